"""The body opening a sentence before a point in the text (private to the speaker modules).

News names a body as a sentence's subject and then speaks of it by what it is: "Copperfold
Mutual, which insures a third of the homes, said it had paid out £2m. “…,” a spokeswoman
said.", "De Dijkwacht bevestigt de melding. ‘…’, aldus een woordvoerder.", "Die Stadt
Rennfeld verweist auf die Vereinbarung. Man sei »gesprächsbereit«, teilte ein Sprecher mit.",
"Corrivia respinge le accuse. In una nota, la società sostiene che «…»". ``body_before``
reads that body for a bare spokesperson (``spokes``, ``roles_germanic``, ``resolve``) and a
Romance business noun no other rule named (``body_rules``); ``subject_before`` also gives
the person opening a sentence, for a statement whose verb leaves its subject out
(``statement_subjects``).

The body is the subject of a speech or stance verb ("said", "confirmed", "refused",
"bevestigt", "verweist", "respinge") opening one of the three sentences before the point (its
paragraph and the one before), behind at most a short fronted phrase ("In a statement, …",
"Procurada, …") and through a clause in commas: a name of capitalized words that is no person
the text names, no place, time, title, paper or document, and not two bodies joined ("Copperfold
Water said …", "Belmunt erkent de storing.", "The Match Officials Panel, which …, refused
…"), or an article and a common noun for a body ("The council said …", "De politie
bevestigde …"). A bridge that "will close", a product that "has been recalled", a storm that
"brought down" lines speak for no one. A nearer sentence whose subject speaks and is no body
("O sindicato criticou …"), or a named person opening one, stops the search; so does anyone
named between the body's sentence and the point. A one-word name must never be written in
lower case and must stand after an article, before a relative clause, or again inside a
sentence ("Belmunt", not "Officials"); a German name must read as a body (a kind of
organisation in it), since every German noun is capitalized.
"""

from __future__ import annotations

import bisect
import functools
import re

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.orgs_germanic import kind
from bot.text.speakers.people import People
from bot.text.speakers.reading import language

_BARE_RE = re.compile(
    r"(?:an?|one|een|un|une|ein|eine|una|um|uma)\s+"
    r"(?:spokes(?:man|woman|person)|woordvoer(?:der|ster)|porte-parole|sprecher(?:in)?"
    r"|portavoz|portavoce|porta-voz)",
    re.IGNORECASE,
)
# a Romance business noun after its article: "la società", "L'azienda", "la compañía"
_COMPANY_RE = re.compile(
    r"(?:(?:la|le|el|il|a|o)\s+|l['’])(?:società|azienda|compagnia|gruppo|compañía|empresa"
    r"|grupo|sociedad|firma|société|entreprise|compagnie|groupe|enseigne|companhia|sociedade"
    # (and a public body's or a group's kind: "la entidad", "el organismo", "el colectivo")
    r"|entidad|organismo|colectivo|ente|organisme|collectif|entidade|coletivo)",
    re.IGNORECASE,
)
_SENTENCES = 3  # sentences read back

# a short fronted phrase before the subject: "In a statement, ", "Dans un communiqué, "
_FRONTED_RE = re.compile(
    r"(?:(?:In|Dans|En|Nel|Nella|Em|Na|Op|Bei|Auf|Asked|Contacted)\b[^,.\n«»“”„\"]{0,40}"
    # (or a participle before an article: "Procurada, a X …", "Contattata, la Y …",
    # "Interpellée, la mairie …"; not "Transvallée, qui …", a name)
    r"|[A-ZÀ-Ý][a-zà-ÿ]+(?:ada|ado|ata|ato|ida|ido|ita|ito|ée|é)(?=,\s+(?:a|o|la|le|il|el|lo|l['’])\b))"
    r",\s+"
)
_ARTICLES = frozenset("the de het die der das le la les el il lo gli o a os as".split())
# the capitalized run: words opening on a capital or a digit, joined by small words
_JOINS = frozenset(
    "and & of for van voor de der des du di del della dello dei degli delle do da dos das für"
    " und y e et".split()
)
_WORD_RE = re.compile(r"[A-ZÀ-Ý0-9][\w'’&.-]*|&|[a-zà-ÿ]+|\S")
# common nouns for a body after an article: "The council said", "De politie bevestigde"
_BODY_NOUNS = frozenset(
    """
    council police ministry department government company firm agency trust authority board
    club university hospital airline airport union regulator watchdog operator charity
    gemeente politie provincie brandweer ministerie bedrijf universiteit ziekenhuis
    waterschap kustwacht luchthaven club bond vakbond
    """.split()
)
# words for what a company is, before its name at a sentence's start: "Retailer Pike &
# Mossop said", "Agents Greenaway & Lyle, who handled the sale, said", "Der Sender TV X",
# "Zender TV X meldt"
_DESCRIPTORS = frozenset(
    """
    retailer retailers agent agents insurer developer housebuilder builder charity operator
    landlord broker manufacturer supplier contractor lender carrier broadcaster publisher
    chain supermarket regulator watchdog provider firm
    sender hersteller konzern händler discounter betreiber versicherer veranstalter anbieter
    verlag zender omroep supermarktketen winkelketen ticketverkoper verzekeraar vervoerder
    projectontwikkelaar webwinkel
    """.split()
)
# a relative pronoun or an indefinite article after a one-word name and its comma: "Transvallée,
# qui exploite le réseau, …", "Belmunt, een ticketverkoper, …"
_CLAUSE_OPENERS = frozenset(
    "which who qui que die dat welke che que quem cuya cuyo a an un une una um uma een".split()
)
# verbs of taking a stand a body's statement opens on, beyond the speech verbs: "refused to be
# drawn", "declined to comment", "verweist auf …", "begrüßten den Beschluss"
_STANCE = frozenset(
    """
    refused declined rejected denied disputed defended welcomed criticised criticized responded
    reacted apologised apologized verweist verwies begrüßte begrüßten begrüßt reagierte
    reagiert weigert weigerte ontkent ontkende reageerde
    """.split()
)
# the auxiliaries of a passive: "has been recalled", "was fined", "fue sancionada", "wurde"
_PASSIVE = frozenset(
    "been was were being fue fueron foi foram è stata stato wurde wurden werd".split()
)
# a preposition or an article before a name that makes it an object: "criticó al alcalde, X"
_OBJECT_MARKS = frozenset("al a ao à aos del de do da di alla allo ai agli to for of".split())
# papers and documents, which report and find but speak for no body here
_PAPERS = frozenset(
    "gazette times post herald courier journal tribune zeitung dagblad courant".split()
)
_DOCUMENTS = frozenset(
    "review report rapport informe relatório relatorio studie study survey act decreto decree"
    " wet gesetz".split()
)
# German public bodies named by their kind and their place: "Die Stadt Rennfeld", "Die
# Feuerwehr Hamburg" (German capitalizes every noun: a body needs such a word or a kind)
_GERMAN_PUBLIC = frozenset("stadt gemeinde feuerwehr polizei landkreis kreis bezirk".split())
# endings of German nouns for a body: "Flugsicherung", "Staatsanwaltschaft", "Landratsamt"
_GERMAN_BODY_ENDS = ("ung", "schaft", "amt", "ium", "behörde", "verband", "verein", "rat")


def bare_spokes_body(phrase: str, people: People, pos: int) -> str | None:
    """The body a bare spokesperson at ``pos`` speaks for ("a spokeswoman", "een
    woordvoerder", "ein Sprecher", "un portavoz"): the body opening a sentence before, or
    None."""
    if not _BARE_RE.fullmatch(phrase.strip()):
        return None
    return body_before(people.text, pos, people, language() or "english")


def company_before(words: list[str], people: People, pos: int) -> str | None:
    """The company or body a Romance noun at ``pos`` no other rule named stands for ("la
    società", "L'azienda", "la compañía", "la entidad"): a name opening a sentence before
    (not a lower-case kind: "la dirección"), or None."""
    if not _COMPANY_RE.fullmatch(" ".join(words)):
        return None
    found = body_before(people.text, pos, people, language() or "")
    if found is None or not any(c.isupper() for c in found):
        return None
    # (the company's name without the article its sentence opened on: "Le Officine X …")
    return re.sub(
        r"^(?:(?:Il|Lo|La|Le|I|Gli|El|Los|Las|O|A|Os|As)\s+|L['’])(?=[A-ZÀ-Ý])", "", found
    )


def body_before(text: str, at: int, people: People, lang: str, kinds: bool = False) -> str | None:
    """The body opening one of the sentences before ``at`` (this paragraph and the one
    before) as the subject of a speech or stance verb ("said", "bevestigt", "verweist",
    "respinge"), or None when someone else speaks nearer, or none does; ``kinds``: a German
    body by its kind alone counts too ("Die Flugsicherung", "Das Ministerium")."""
    found, stopped = subject_before(text, at, people, lang, kinds)
    return None if stopped else found


def subject_before(
    text: str, at: int, people: People, lang: str, kinds: bool = False
) -> tuple[str | None, bool]:
    """(the body ``body_before`` reads, False), or (None, False) when no sentence reads as
    one; (None, True) when a nearer sentence's subject speaks and is no body ("O sindicato
    criticou as demissões.", "La oposición criticó …"), (the person, True) when a named person
    opens a nearer sentence as its subject."""
    paras = people.paras
    k = people._para(at)  # (by bisection over the paragraph starts: linear per text)
    floor = paras[k - 1][0] if k > 0 else 0
    bounds = people.bounds
    j = bisect.bisect_right(bounds, at) - 1
    if j >= 0 and bounds[j] == at:
        j -= 1  # (the spokesperson opening its own sentence)
    seen = 0
    while j >= 0 and bounds[j] >= floor and seen < _SENTENCES:
        start = bounds[j]
        end = bounds[j + 1] if j + 1 < len(bounds) else at
        j -= 1
        if _quoted(people, start) or text[start : start + 1] in "«»“”„\"‘’'‹›":
            continue  # a quotation's own sentence
        seen += 1
        sentence = text[start : min(end, at)]
        if "\n" in sentence.rstrip():
            # (a heading with no stop runs into the sentence after it: "La replica della
            # piattaforma ¶ Corrivia respinge le accuse.")
            cut = sentence.rstrip().rfind("\n") + 1
            start, sentence = start + cut, sentence[cut:]
        found = _subject_body(sentence, text, people, lang, kinds)
        if found is not None:
            # (no one named between: "X said …, and its chairman, Owen Y, visited …"; a
            # mention inside the body's own name, "Retailer Pike" in "Retailer Pike & Mossop
            # said", is none)
            named_at = text.find(found.split()[-1], start)
            after = named_at + len(found.split()[-1]) if named_at >= 0 else start
            return (None if people.mentions_between(after, at) else found), False
        if end < at and _speaks(_tokens(sentence)[:8]):
            return None, True  # someone else speaks nearer: "O sindicato criticou …"
        subjects = [
            m
            for m in people.mentions_between(start, end)
            if m.pos < start + 60
            and m.subject
            # (a person: a gender or a first name shown; not "La DANA", a storm)
            and (m.gender is not None or nm.bare(m.name.split()[0]) in FIRST_NAMES)
        ]
        if subjects:
            # a named person is the subject nearer (opening the sentence, maybe behind a
            # role: "O presidente da associação, João X, esteve …", not an object after a
            # verb: "La oposición criticó al alcalde, Ramón X")
            first = subjects[0]
            # (from where the name itself stands: a mention may open on its article)
            named_at = text.find(first.name.split()[0], first.pos, first.pos + 80)
            lead = _tokens(text[start : named_at if named_at >= 0 else first.pos])
            opening = (
                not _speaks(lead)
                and not (lead and lead[-1].lower() in _OBJECT_MARKS)
                # (right at the start, or behind a role in commas: not "La Notte Bianca", a
                # first name inside an event's name)
                and (not lead or lead[-1] == ",")
            )
            return (first.name if opening and len(subjects) == 1 else None), True
    return None, False


def _quoted(people: People, pos: int) -> bool:
    k = bisect.bisect_right(people.quoted, (pos, len(people.text))) - 1
    return k >= 0 and people.quoted[k][0] <= pos < people.quoted[k][1]


def _subject_body(
    sentence: str, text: str, people: People, lang: str, kinds: bool = False
) -> str | None:
    """The body a sentence opens on, with its article as written, or None."""
    fronted = _FRONTED_RE.match(sentence)
    rest = sentence[fronted.end() :] if fronted else sentence
    tokens = _tokens(rest)
    if not tokens:
        return None
    article = None
    if tokens[0].lower() in _ARTICLES and len(tokens) > 1:
        article, tokens = tokens[0], tokens[1:]
    if lang == "german" and article and tokens[0][:1].islower():
        tokens = tokens[1:]  # "Das baden-württembergische Wirtschaftsministerium"
    if article and tokens and tokens[0].lower() in _BODY_NOUNS and tokens[0][:1].islower():
        after = tokens[1:2]
        if (after and after[0][:1].islower() or after == [","]) and _verb_after(tokens, 1):
            return f"{article} {tokens[0]}"
        return None
    name: list[str] = []
    for tok in tokens:
        if tok[:1].isupper() or tok[:1].isdigit() or (name and tok.lower() in _JOINS):
            name.append(tok)
        else:
            break
    while name and name[-1].lower() in _JOINS:
        name.pop()
    follows = tokens[len(name)] if len(name) < len(tokens) else ""
    if not name or len(name) > 7 or not (follows == "," or follows[:1].islower()):
        return None
    if not _verb_after(tokens, len(name)) or _not_a_body(name):
        return None  # "The Meridian Bridge will close …", "The Carver Review found …"
    described = False
    if len(name) >= 2 and name[0].lower() in _DESCRIPTORS and name[1].lower() not in _JOINS:
        name, article, described = name[1:], None, True  # ("Der Sender TV X": TV X)
    if not described and not _a_body(
        name, text, people, lang, (bool(article), follows, tokens), kinds
    ):
        return None
    joined = _joined(rest, name)
    return f"{article} {joined}" if article else joined


def _tokens(sentence: str) -> list[str]:
    return [m.group() for m in _WORD_RE.finditer(sentence[:160].split("\n", 1)[0])]


def _speaks(words: list[str]) -> bool:
    """True when one of ``words`` is a speech or stance verb ("said", "confirmed",
    "refused", "bevestigt", "verweist", "respinge")."""
    return any(
        w[:1].islower()
        and (nm.bare(w) in nm.SPEECH_VERBS or w.lower() in _STANCE)
        and not (w == "dit" and language() != "french")  # (Dutch "this", French "says")
        for w in words
    )


def _verb_after(tokens: list[str], k: int) -> bool:
    """True when the subject ending at token ``k`` is followed by a speech or stance verb:
    right after it, or after a clause or apposition in commas ("Copperfold Mutual, which insures
    …, said", "Energia&Acqua X, in una nota, riconosce")."""
    if k < len(tokens) and tokens[k] == ",":
        close = next((q for q in range(k + 1, min(len(tokens), k + 30)) if tokens[q] == ","), None)
        if close is None:
            return False
        k = close + 1
    for word in tokens[k : k + 3]:
        if word.lower() in _PASSIVE:
            return False  # "has been recalled", "fue sancionada": done to it, not said by it
        if _speaks([word]):
            return True
    return False


def _not_a_body(name: list[str]) -> bool:
    """True for a name that is no body's though written like one: a paper or a document
    ("The Ellsmouth Gazette", "The Carver Review", "El Informe X"), or two bodies joined
    ("Harlow Buses and Ellsmouth Council")."""
    low = [w.lower() for w in name]
    if low[-1] in _PAPERS or any(w in _DOCUMENTS for w in low):
        return True
    for k, w in enumerate(low[1:-1], 1):
        if (
            w in ("and", "en", "und", "et", "y", "e", "&")
            and nm.looks_like_org(name[:k])
            and nm.looks_like_org(name[k + 1 :])
        ):
            return True
    return False


def _joined(rest: str, name: list[str]) -> str:
    """The name as written (its own spaces), from its first word to its last."""
    start = rest.find(name[0])
    end = rest.find(name[-1], start) + len(name[-1])
    return rest[start:end]


def _a_body(
    name: list[str],
    text: str,
    people: People,
    lang: str,
    shape: tuple[bool, str, list[str]],
    kinds: bool = False,
) -> bool:
    """True for a capitalized run that names a body: no person the text names, no first name
    (unless a body's word is in it), no place, time, title or common word."""
    words = [w for w in name if w not in ("&",)]
    bare = [nm.bare(w) for w in words]
    if bare[0] in nm.STOPWORDS or any(b in nm.TIME_WORDS for b in bare):
        return False
    if bare[0] == "côté" or words[-1].endswith(("'s", "’s")):
        return False  # "Côté ARS, on …" (a fronted side), "Natural England’s … body": no name
    if any(b in nm.TITLES or b in nm.ROLES_EU for b in bare):
        return False
    org = nm.looks_like_org(words)
    if not org and (bare[0] in FIRST_NAMES or nm.is_place(words)):
        return False
    if not org and _person(words, people):
        return False  # a person the text names ("Veldkamp zegt …")
    if lang == "german":
        if len(words) == 1:
            # (a kind alone, "Das Ministerium", "Der Verein", is any body: no name; but one
            # is read when asked for, after its article: "Die Flugsicherung")
            return kinds and shape[0] and _german_kind(words[0])
        return org or any(kind(w) for w in words) or bare[0] in _GERMAN_PUBLIC
    article, follows, tokens = shape
    if len(words) == 1:
        # a one-word name never written in lower case, after an article ("De Dijkwacht
        # bevestigt"), before a relative clause or an apposition ("Transvallée, qui …"), or
        # given again inside a sentence ("Belmunt erkent …" after "bij Belmunt"); not
        # "Officials", "Daar", "Intanto, il sindaco"
        lower, inner = _word_sets(text)
        if not words[0].isalpha() or words[0].lower() in lower:
            return False
        after = tokens[2].lower() if follows == "," and len(tokens) > 2 else ""
        if after in ("a", "o") and lang != "english":
            after = ""  # (a Portuguese or Italian article, not "a bus operator")
        return bool(article) or after in _CLAUSE_OPENERS or words[0] in inner
    return True


@functools.lru_cache(maxsize=4)
def _word_sets(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The text's words written in lower case, and its capitalized words standing inside a
    sentence (after a word or a comma), read once per text (a long text stays linear)."""
    lower = frozenset(_LOWER_RE.findall(text))
    inner = frozenset(_INNER_CAP_RE.findall(text))
    return lower, inner


_LOWER_RE = re.compile(r"(?<!\w)[a-zà-ÿ][\w]*(?!\w)")
_INNER_CAP_RE = re.compile(r"(?<=[\w,] )[A-ZÀ-Ý][\w]*(?!\w)")


def _german_kind(word: str) -> bool:
    """True for a German noun for a body: a kind ("Polizei", "Ministerium") or a body's
    ending ("Flugsicherung", "Staatsanwaltschaft")."""
    return bool(kind(word)) or word.lower() in _GERMAN_PUBLIC or word.endswith(_GERMAN_BODY_ENDS)


def _person(words: list[str], people: People) -> bool:
    """True when the text names a person by ``words``: a registered name opening on a first
    name, or part of a longer name ("Veldkamp" after "Jan Veldkamp", "Echavarri" after "Marina
    Echavarri Soler"). (Every capitalized run is registered, "Copperfold Water" too, and a body
    in apposition takes a gender from its noun, "Aceros X, propietaria de …": neither makes a
    person; nor does a name's own article, "De Dijkwacht".)"""
    key = nm.surname_key(words)
    if key is not None and any(
        nm.bare(full[0]) in FIRST_NAMES for _pos, full, _g in people.registry.get(key, [])
    ):
        return True
    n = len(words)
    for _pos, full, _g in people.by_word().get(words[0], []):  # (names holding the first word)
        if len(full) > n and full[0].lower() not in _ARTICLES:
            if any(list(full[k : k + n]) == words for k in range(len(full) - n + 1)):
                return True
    return False
