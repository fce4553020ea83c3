"""German and Dutch organisations and the nouns that stand for them later (private to the
speaker modules).

German and Dutch news introduce a body with an article and its capitalized name, whose first or
second word is a kind of organisation, often a compound ("Der Naturschutzverein Haslital", "het
Waterschap IJssel-Vechtdelta", "De Nederlandse Schaatsunie"), or with that kind as a title before
a name ("Spoorbeheerder RailNet Nederland"), and then name it by a definite noun: "teilte der
Verein mit", "schreef het waterschap", "liet de schaatsbond weten". Such a noun is the
organisation: the last one before it whose name or title ends in the noun, else (a general noun
of the same kind: "die Behörde", "de vakbond") the last organisation named shortly before.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from bot.text.lexicon import load
from bot.text.speakers import names as nm
from bot.text.speakers.bodywords import LEGAL_FORMS
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.germanic_things import described_company
from bot.text.speakers.reading import language
from bot.text.speakers.roles import AFTER_NAME, role_noun
from bot.text.speakers.shapes import GERMANIC_PREPOSITIONS

STEMS = load("org_stems_de_nl")
# nouns for any body that name no kind of their own: "die Behörde", "de instantie"
GENERAL_KINDS = frozenset("behörde stelle amt organisation instantie organisatie".split())
_STEM_RE = re.compile(rf"(?:{'|'.join(sorted(STEMS, key=len, reverse=True))})$")
_CAP = r"[^\W\d_a-z][\w'’]*(?:-[\w'’]+)*"
# "und", "en", "&" inside a body's name after its kind and a first word ("Gewerkschaft
# Bildung und Wissenschaft", "Autoriteit Wonen & Markt"; not "Die Polizei und Feuerwehr")
_AND = r"[^\S\n]+(?:und|en|&)[^\S\n]+"
# an article (or a Belgian legal form) and a capitalized run of one to five words
# (and an inflected adjective or two between them: "Das örtliche Bauamt X")
_RUN_RE = re.compile(
    rf"(?:\b((?i:der|die|das|den|dem|des|de|het)|vzw|VZW)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}})?"
    rf"({_CAP}(?:[^\S\n]+{_CAP}){{1,4}}{_AND}{_CAP}(?:[^\S\n]+{_CAP}){{0,2}}"
    rf"|{_CAP}(?:[^\S\n]+{_CAP}){{0,4}})"  # (within a paragraph)
)
_ARTICLES = frozenset("der die das de het".split())
_DOTTED_FORM_RE = re.compile(r"\b((?:[^\W\d_a-z][\w&'’-]*\s){1,4}(?:B\.V\.|N\.V\.))")
# a spokesperson and the body they speak for: "een woordvoerder van de verzekeraar"
# (and "von"/"van" before a name: "eine Sprecherin von Nordlicht Kreuzfahrten")
SPOKES_RE = re.compile(
    r"^(?:een|ein|eine|de|der|die)\s+(?:woordvoerder|woordvoerster|zegsman|zegsvrouw|sprecher"
    r"|sprecherin)\s+(?:van\s+(?:de|het)|der|des|von\s+der|vom|(?:von|van)(?=\s+[A-ZÀ-Ý]))\s+(.+)$",
    re.IGNORECASE,
)
# ", de belangenorganisatie van …", ", der Dachverband der …": a kind of body after a name
# (not a relative pronoun and the clause's subject: "eine Nominierung, die der Verband …")
_APPOSITION_RE = re.compile(
    r",\s+(?:de|het|der|die|das)\s+(?!(?:der|die|das|den|dem|des|de|het)\s)"
    r"([^\W\d_][\w-]*)(?:\s+([^\W\d_][\w-]*))?"
)
# a lower-case Dutch kind of body before its name (the body goes by both): "het waterschap
# Rijnland", "de politiezone Kempenland", "het ministerie van Onderwijs, Cultuur en Wetenschap"
_KIND_NAME_RE = re.compile(
    rf"\b(?:de|het|De|Het)\s+([a-zé]+)\s+"
    rf"({_CAP}(?:\s+{_CAP}){{0,3}}|van\s+{_CAP}(?:(?:,\s+|\s+en\s+|\s+){_CAP}){{0,4}})"
)
# an acronym opening a sentence (after its article or not) before a lower-case verb
_ACRONYM_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:Het|De|Die|Der|Das)\s+)?([A-Z]{2,6})\s+[a-zäöü]"
)
# kinds of company that describe the one named after them ("Der Autobauer X", "het
# familiebedrijf Y"), and establishments whose kind is part of their name ("Bäckerei X",
# "Chocolaterie Y", a foundation or a cooperative: "Zorgstichting X", "Energiecoöperatie Y")
_DESCRIPTORS = frozenset(
    "hersteller zulieferer autobauer maschinenbauer anlagenbauer konzern bedrijf unternehmen"
    " anbieter betreiber start-up startup".split()
)
_ESTABLISHMENTS = frozenset(
    """brauerei bäckerei metzgerei druckerei reederei molkerei kellerei spedition werft verlag
    brouwerij bakkerij drukkerij rederij slagerij kwekerij uitgeverij chocolaterie patisserie
    brasserie confiserie schouwburg theater museum stichting stiftung coöperatie
    genossenschaft""".split()
)
# kinds of public body a German text names by one compound after its article, as the one of
# that kind the state or region has: "Das Gesundheitsministerium", "Die Kantonspolizei", "Die
# Staatsanwaltschaft" (later "des Ministeriums", "die Polizei", "der Behörde")
PUBLIC_KINDS = frozenset("ministerium polizei staatsanwaltschaft".split())
_PLACE_PREPS = [[w] for w in "in im bei beim aus van uit naar nach".split()]
# the general nouns of a company ("das Unternehmen", "der Konzern", "het bedrijf")
_COMPANY_NOUNS = frozenset("unternehmen konzern firma bedrijf onderneming".split())
_REACH = 600  # characters back a general noun looks for its organisation (a paragraph or so)


def kind(word: str) -> str | None:
    """The kind of organisation a word is or ends in, else None (public ``_kind``)."""
    return _kind(word)


def nominative_body(phrase: str | None, text: str, pos: int) -> str | None:
    """A German body named in the genitive after "des"/"eines" ("einer Mitteilung des
    Rathauses", "des Ministeriums") as its nominative noun ("Rathaus", "Ministerium"), when
    that noun is a body's kind or the town hall; else ``phrase`` as it was."""
    if (
        not phrase
        or " " in phrase
        or language() != "german"
        or text[max(0, pos - 4) : pos] not in ("des ", "nes ")
    ):
        return phrase
    for cut in (2, 1):
        base = phrase[:-cut]
        if phrase.endswith("es"[-cut:]) and (_kind(base) is not None or base == "Rathaus"):
            return base
    return phrase


def _kind(word: str) -> str | None:
    """The kind of organisation a word is or ends in ("Naturschutzverein" -> "verein")."""
    m = _STEM_RE.search(word.lower())
    return m.group() if m is not None else None


def _compound_name(word: str) -> bool:
    """True for a capitalized compound ending in a kind of body that names one body after its
    article: in Dutch any kind ("Zuidbank", "Zorgverzekeraar" mid-sentence), in German a
    public body ("Bildungsministerium", "Kantonspolizei"); never the kind alone."""
    kind = _kind(word)
    if kind is None or len(word) <= len(kind) + 2:
        return False
    return language() == "dutch" or (language() == "german" and kind in PUBLIC_KINDS)


def _char_before(text: str, pos: int) -> str:
    """The last character before ``pos`` that is not a space ("" at the start), read back over
    the spaces only (not a copy of all the text before, which would make the scan quadratic)."""
    k = pos
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return text[k - 1 : k]


def germanic_orgs(text: str) -> list[tuple[int, str, str]]:
    """(where, name, the noun it is known by) for each organisation a German or Dutch text
    introduces: "Der Verein Anlegerschutz Steiermark" -> "Verein Anlegerschutz Steiermark"
    (known as "verein"); "Spoorbeheerder RailNet Nederland" -> "RailNet Nederland" (known as
    "spoorbeheerder")."""
    out: list[tuple[int, str, str]] = []
    for m in _RUN_RE.finditer(text):
        article, run = m.group(1), m.group(2)
        words = run.split()
        joined = next((k for k, w in enumerate(words) if w in ("und", "en", "&")), 0)
        if joined and (
            any(_kind(w) or nm.bare(w) in FIRST_NAMES for w in words[joined + 1 :])
            or set(words[joined + 1 :]) & set(words[1:joined])
        ):
            # "Gemeente Lier en Waterschap Nete", "Verein X und Anna Y": two bodies, a person;
            # "Polizei Verden und Feuerwehr Verden": two bodies of one place
            words = words[:joined]
            run = " ".join(words)
        cut = next((k for k, w in enumerate(words) if k and w.lower() in AFTER_NAME), 0)
        if cut:
            # "Er habe das Unternehmen Anfang des Monats informiert", "hat der Verein Reportern
            # erklärt": a time or the listeners after the noun, no part of a name
            words = words[:cut]
            run = " ".join(words)
        if article in ("vzw", "VZW"):
            out.append((m.start(), f"{article} {run}", words[0].lower()))
            continue
        if len(words) == 2 and words[1].lower() in _DESCRIPTORS and words[0].endswith("er"):
            continue  # "der Kärntner Konzern": a description of a company named before
        kinds = [(k, w) for k, w in enumerate(words[:2]) if _kind(w)]
        if (
            not kinds
            and article in ("des", "eines")
            and len(words) >= 2
            and words[0].endswith("s")
            and _kind(words[0][:-1]) in _DESCRIPTORS
            and nm.bare(words[1]) not in FIRST_NAMES
        ):
            # "des Logistikkonzerns Frachtwerk Europa", "eines Autobauers X": a company after
            # its kind in the genitive, known by that kind ("der Konzern" stands for it)
            out.append((m.start(2) + len(words[0]) + 1, " ".join(words[1:]), words[0][:-1].lower()))
            continue
        if (
            not kinds
            and article is not None
            and len(words) >= 2
            and words[-1] in LEGAL_FORMS
            and nm.bare(words[0]) not in FIRST_NAMES
        ):
            # "Die Pirker Holzbau AG": shown as the text opens on it, like the body a sentence
            # opens on elsewhere
            name = f"{article} {run}" if article[:1].isupper() else run
            out.append((m.start(2), name, words[-1].lower()))
            continue
        appos = _APPOSITION_RE.match(text, m.end())
        noun = next((g for g in appos.groups() if g and _kind(g)), None) if appos else None
        if not kinds and noun is not None:
            # "LTO Noord, de belangenorganisatie van boeren,": the kind in apposition (after
            # an adjective or not: "X, de regionale zorgverzekeraar,")
            out.append((m.start(2), run, noun.lower()))
            continue
        if not kinds:
            continue
        k, word = kinds[0]
        if article is not None:
            # "Der Landesbetrieb Straßenbau Nordhessen", "De Nederlandse Schaatsunie": the
            # whole run (a second word only after a capitalized adjective, "Nederlandse"; one
            # word alone, "Die Stiftung", is the noun that stands for a body, no name)
            described = language() == "german" and m.start(2) > m.end(1) + 1
            if len(words) == 1 and described and len(word) >= len(_kind(word) or "") + 4:
                # "Das österreichische Umweltministerium", "Der regionale Weinbauverband": the
                # adjective tells which body, shown with its article as written
                out.append((m.start(1), text[m.start(1) : m.end(2)], _kind(word) or word.lower()))
                continue
            if len(words) == 1 and _compound_name(word):
                # "De Zuidbank, waar …": a Dutch compound capitalized after its article is a
                # name (the generic noun is written in lower case: "de bank"); so is a German
                # public body's: "Das Bildungsministerium hat …"
                out.append((m.start(2), run, _kind(word) or word.lower()))
                continue
            if len(words) < 2 or (k == 1 and not words[0].lower().endswith(("e", "er", "sche"))):
                continue
            if k == 0 and len(words) >= 3 and any(w in LEGAL_FORMS for w in words[1:]):
                # "Der Sportverein FC X", "De projectontwikkelaar Y BV": the body its legal
                # form names, known by the kind before it
                out.append((m.start(2) + len(word) + 1, " ".join(words[1:]), word.lower()))
                continue
            if k == 0 and _kind(word) in _DESCRIPTORS:
                # "Der Maschinenbauer X Antriebstechnik", "Het familiebedrijf Y": the kind
                # describes the company named after it
                out.append((m.start(2) + len(word) + 1, " ".join(words[1:]), word.lower()))
                continue
            out.append((m.start(2), run, word.lower()))
        elif (
            k == 0
            and len(words) >= 2
            and nm.bare(words[1]) not in FIRST_NAMES
            and (
                _char_before(text, m.start())
                in ("", ".", "!", "?", ":", "”", "“", "’", "»", "«", '"')
                # "in Schouwburg X": an establishment after a preposition
                or (
                    _kind(word) in _ESTABLISHMENTS
                    and text[max(0, m.start() - 12) : m.start()].split()[-1:] in _PLACE_PREPS
                )
            )
        ):
            # "Spoorbeheerder RailNet Nederland", "Zorgverzekeraar Zorgkring": the kind as a
            # title opening a sentence before the name (not "Beheerder Karin Polderman", a
            # person); but a trade's establishment is part of the name: "Brouwerij X"
            if _kind(word) in _ESTABLISHMENTS:
                out.append((m.start(2), run, word.lower()))
            else:
                out.append((m.start(2) + len(word) + 1, " ".join(words[1:]), word.lower()))
    for m in _DOTTED_FORM_RE.finditer(text):
        # "Brinkers Koekfabrieken B.V.", "Van Dijk Transport N.V.": a company with its legal
        # form in dots (the runs stop at a dot); a kind as a title before it is no part of it
        words = m.group(1).split()
        if _kind(words[0]) and len(words) > 2:
            words = words[1:]
        out.append((m.end(1) - len(" ".join(words)), " ".join(words), words[-1].lower()))
    for m in _ACRONYM_SUBJECT_RE.finditer(text):
        # "Het RIVM doet metingen", "NS besloot …": an acronym a sentence opens on as its
        # subject is a body (no kind of its own: a later general noun may stand for it)
        out.append((m.start(1), m.group(1), ""))
    for m in _KIND_NAME_RE.finditer(text):
        kind, run = m.group(1), m.group(2)
        first = run.split()[1] if run.startswith("van ") else run.split()[0]
        if _kind(kind) == kind and nm.bare(first) not in FIRST_NAMES:
            out.append((m.start(1), f"{kind} {run}", kind))
    return out


def _place_adjective(word: str) -> bool:
    """A German adjective of a town, capitalized: "der Bremer Hersteller", "die Kölner
    Firma" (read as the body's adjectives, like lower-case ones)."""
    return word[:1].isupper() and word.endswith("er") and len(word) > 4 and word[1:].islower()


def companies_before(orgs: list[tuple[int, str, str]], pos: int) -> set[str]:
    """The companies (``germanic_orgs``) the text introduced by a kind of company before
    ``pos`` ("Der Automobilzulieferer X", "des Logistikkonzerns Y", "Das Start-up Z"): one is
    what a later "das Unternehmen" / "der Konzern" stands for; two leave it no one's."""
    names = {o[1] for o in orgs if o[0] < pos and o[2] and _kind(o[2]) in _DESCRIPTORS}
    # (one company named in short and in full, "Kessler" and "Kessler Antriebstechnik": the
    # full name)
    return {n for n in names if not any(o != n and o.startswith(n + " ") for o in names)}


# a capitalized run that opens a sentence as its subject, with no article, before a finite
# verb in the singular ("Triplan hat seinen Sitz in Ulm.", "Nordwerk teilte mit"), or that a
# general noun of a company introduces ("die Firma Triplan", "het bedrijf Triplan")
_BARE_NAME_RE = re.compile(
    # (the general noun first: "Die Firma Triplan hat …" opens a sentence on an article)
    r"\b(?:[Dd]ie Firma|[Dd]as Unternehmen|[Dd]er Konzern|[Hh]et bedrijf|[Dd]e onderneming)"
    rf"[^\S\n]+(?P<named>{_CAP})"
    rf"|(?:(?<=[.!?…]\s)|(?<=[.!?…][“”»«\"’]\s)|(?<=\n)|^)(?P<run>{_CAP}(?:[^\S\n]+{_CAP}){{0,2}})"
    r"[^\S\n]+(?:hat|ist|war|hatte|will|wollte|kann|konnte|muss|musste|soll|sollte|wird|wurde"
    r"|heeft|is|was|had|wil|wilde|kan|kon|moet|moest|zal|zou|wordt|werd"
    r"|[a-zäöü]{2,}(?:te|t))\b"
)


def bare_names_before(text: str, pos: int) -> set[str]:
    """The words of the bodies a German or Dutch text may name by a bare name in the
    ``_REACH`` characters before ``pos`` ("Triplan hat seinen Sitz in Ulm.", "die Firma
    Triplan"): no adverb, pronoun, article, preposition, place, title or role, and no run with
    a first name (a person). Read only by ``org_epithet`` for a company named far back."""
    out: set[str] = set()
    for m in _BARE_NAME_RE.finditer(text, max(0, pos - _REACH), pos):
        words = (m.group("run") or m.group("named")).split()
        first = nm.bare(words[0])
        if (
            nm.germanic_opener(words[0])
            or first in GERMANIC_PREPOSITIONS  # "Im Herbst findet …": a time or a place
            or first in nm.STOPWORDS
            or first in _ARTICLES
            or first in nm.TITLES
            or role_noun(words[0])
            or any(nm.bare(w) in FIRST_NAMES for w in words)
            or nm.is_place(words)
        ):
            continue
        out.update(words)
    return out


def company_word(phrase: str) -> bool:
    """True for "das Unternehmen", "der Konzern", "die Firma", "het bedrijf" (a company)."""
    words = phrase.split()
    return len(words) == 2 and words[0].lower() in _ARTICLES and nm.bare(words[1]) in _COMPANY_NOUNS


def org_epithet(phrase: str, text: str, pos: int, orgs: list[tuple[int, str, str]]) -> str | None:
    """The organisation a German or Dutch definite noun phrase at ``pos`` stands for ("der
    Verein", "het platform", "de socialistische vakbond", "een woordvoerder van de
    verzekeraar"), else None."""
    spokes = SPOKES_RE.match(phrase)
    if spokes is not None:
        phrase = "de " + spokes.group(1)
    words = phrase.split()
    if not 2 <= len(words) <= 3 or words[0].lower() not in _ARTICLES:
        return None
    head = words[-1].lower()
    if spokes is not None and head.endswith("s") and _kind(head[:-1]):
        head = head[:-1]  # "eine Sprecherin des Unternehmens": the genitive
    adjectives = [w.lower() for w in words[1:-1]]
    if not head.isalpha() or any(
        not w.isalpha() or not (w.islower() or _place_adjective(w)) for w in words[1:-1]
    ):
        return None
    before = [o for o in orgs if o[0] < pos]
    # "der Verein" after "Der Naturschutzverein Haslital", "de verzekeraar" after
    # "Zorgverzekeraar Zorgkring": the last one of that kind
    # (an acronym, of no kind, only by a general noun: "een woordvoerster van de NS" as written)
    named = [o for o in before if o[2] and (o[2].endswith(head) or o[1].lower().endswith(head))]
    if named:
        # (a company registered with the adjective and kind that introduced it: "Bremer
        # Hersteller Nordstahl" is Nordstahl)
        rest = described_company(["Der", *named[-1][1].split()])
        return " ".join(rest) if rest else named[-1][1]
    kind = _kind(head)
    if kind is None:
        return None
    near = [o for o in before if pos - o[0] <= _REACH]
    if not near and head in _COMPANY_NOUNS and len(firms := companies_before(before, pos)) == 1:
        # "Das Unternehmen teilte mit, …" after "Das Logistik-Start-up X …" further back, no
        # body named shortly before: the one company the text introduced by its kind (of
        # two, no one: ``companies_before``)
        firm = firms.pop()
        if any(n not in firm.split() for n in bare_names_before(text, pos)):
            # (a body named shortly before by its bare name, "Triplan hat seinen Sitz in Ulm.
            # Das Unternehmen erklärte:", may be the one: no guess)
            return None
        return firm
    # "de socialistische vakbond" after "De Socialistische Voedingscentrale": an adjective
    # its name has; else "die Behörde", "de schaatsbond": the last body named shortly before
    fits = [o for o in near if adjectives and all(a in o[1].lower() for a in adjectives)]
    if fits:
        return fits[-1][1]
    if near and (kind in GENERAL_KINDS or not adjectives):
        return near[-1][1]
    return None


# words that end the body's name after a spokesperson: "ein Sprecher der Polizei vor Ort",
# "een woordvoerder van Rijkswaterstaat ter plaatse"
# a German or Dutch definite noun for any company: "het bedrijf", "das Unternehmen"
_COMPANY_RE = re.compile(
    r"(?:het|de|das|der|die|Het|De|Das|Der|Die)\s+"
    # (an adjective between: "der Kärntner Konzern", "het Brabantse bedrijf")
    r"(?:[a-zäöü]\w*(?:e|en|er|es)\s+|[A-ZÄÖÜ]\w*(?:er|se)\s+)?"
    r"(?:bedrijf|onderneming|firma|concern|Unternehmen|Konzern|Firma)"
)


def company_noun(phrase: str) -> bool:
    """True for "het bedrijf", "de onderneming", "das Unternehmen", "der Konzern" or any
    kind of body after a definite article ("das Verkehrsunternehmen"): the organisation named
    shortly before stands for it."""
    words = phrase.split()
    return _COMPANY_RE.fullmatch(phrase) is not None or (
        len(words) == 2 and words[0].lower() in _ARTICLES and _kind(words[1]) is not None
    )


_JOINT_RE = re.compile(r" (?:en|und|&) ")


def paired_body(rules: Any, pos: int, name: str | None) -> str | None:
    """The whole name of a German or Dutch body whose name pairs two fields after its kind
    ("de Bond Vervoer en Logistiek", "die Gewerkschaft Bildung und Wissenschaft", "Federatie
    Bouw en Infra") when the speaker phrase at ``pos`` closed on or opened at its "en"/"und"
    and so holds only one half ("Logistiek", "de Bond Vervoer"); ``rules`` give the bodies
    ``germanic_orgs`` found, sorted (``_seen``, read only in German or Dutch text). Else
    ``name`` as it was."""
    if not name or language() not in ("german", "dutch"):
        return name
    seen: list[tuple[int, str, str]] = rules._seen()[0]
    words = name.split()
    article = words[0] if len(words) > 1 and words[0].lower() in _ARTICLES else ""
    bare = " ".join(words[1:]) if article else name
    # (``seen`` is sorted: only the bodies named at most 200 characters before the phrase,
    # found by bisection, so that a text of many quotations and names stays linear)
    lo = bisect.bisect_left(seen, (pos - 200,))
    hi = bisect.bisect_right(seen, (pos + 12, "\uffff"))
    for where, full, _ in seen[lo:hi]:
        halves = _JOINT_RE.split(full, 1)
        ends = len(halves) == 2 and (bare in halves or halves[0].endswith(f" {bare}"))
        if ends and where - 12 <= pos <= where + len(full):
            return f"{article} {full}" if article else full
    return name
