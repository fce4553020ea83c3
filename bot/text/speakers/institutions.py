"""The whole name of a Romance institution a speaker phrase is part of (private to
``resolve.py``).

French, Spanish, Italian and Portuguese capitalize only the first word of many institutions'
names, and join their words with "de la", "du", "y", "et": "le Service cantonal de la
mobilité", "l'échevinat de la Culture", "la Consejería de Salud y Servicios Sociales",
"l'Agence régionale de santé de Bourgogne-Franche-Comté". The name rules read capitalized runs
and find only "Service", "Culture" or "Servicios Sociales" there; this module reads on from an
institution's head noun through adjectives and complements to the whole name. It also reads
the body an English spokesperson speaks for ("a spokesperson for X", "an X spokesman").
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.epithets import REACH_BACK
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.foreign import CLUB_FORMS, GERMANIC_CLUB_FORMS
from bot.text.speakers.orgs import org_named_before
from bot.text.speakers.reading import language, romance_text
from bot.text.speakers.salience import business_noun

# head nouns an institution's name opens on (capitalized, or lower case after an article)
_HEADS = (
    "service office agence direction conseil ministère caisse chambre commission institut"
    " centre hôpital secrétariat département tribunal parquet préfecture fédération syndicat"
    " association échevinat observatoire autorité inspection gendarmerie"
    " consejería servicio sistema agencia dirección secretaría ministerio instituto consejo"
    " comisión juzgado fiscalía delegación subdelegación concejalía diputación confederación"
    " federación asociación sindicato hospital defensoría superintendencia"
    " ufficio agenzia servizio ministero istituto consiglio direzione procura"
    " questura prefettura associazione federazione commissione"
    " agência serviço secretaria ministério conselho direção associação federação"
    " confederação procuradoria comissão fundação théâtre fondation"
)
# (the article in capitals too, opening a sentence: "Le ministère de la Culture a salué …")
# the head nouns above, for a phrase after "dalla" ("fanno sapere dalla questura di X")
INSTITUTION_HEADS = frozenset(_HEADS.split())
_ARTICLE = r"(?<![\w'’])(?:(?:[lL]e|[lL]a|[eE]l|[iI]l|[lL]o|[oO]|[aA])\s+|[lL]['’])"
_OF = (
    r"(?:de\s+la|de\s+las|de\s+los|de\s+l['’]|de|du|des|del|della|dei|delle|di|da|do|dos|das|d['’])"
)
_CAP_WORD = r"[A-ZÀ-Ý][\w'’-]*"
_LOW_WORD = r"[a-zà-ÿ][\w'’-]*"
_TAIL = (
    rf"(?:\s+(?:{_LOW_WORD}|{_CAP_WORD})"  # an adjective or a second capitalized word
    rf"|\s+{_OF}\s*(?:{_CAP_WORD}|{_LOW_WORD})"  # a complement: "de la mobilité", "de Salud"
    rf"|\s+(?:y|et|e)\s+{_CAP_WORD}"  # "de Salud y Servicios Sociales"
    # a list of capitalized words an "e" closes: "da Ciência, Tecnologia e Inovação"
    rf"|,\s+{_CAP_WORD}(?=(?:,\s+{_CAP_WORD})*\s+(?:y|et|e)\s+{_CAP_WORD}))*"
)
_NAME_RE = re.compile(
    rf"(?:{_ARTICLE}(?i:{'|'.join(_HEADS.split())})|(?<![\w'’])(?:{'|'.join(w.capitalize() for w in _HEADS.split())}))"
    + _TAIL
)
_OPENING_RE = re.compile(_CAP_WORD + _TAIL)
# adjective endings of the four languages ("cantonal", "régionale", "nacional", "civile")
_ADJECTIVE_ENDS = (
    "al",
    "ale",
    "ales",
    "aux",
    "el",
    "elle",
    "ien",
    "ienne",
    "ique",
    "ica",
    "ico",
    "aire",
    "ario",
    "aria",
    "if",
    "ive",
    "ivo",
    "iva",
    "é",
    "ée",
    "ado",
    "ada",
    "ano",
    "ana",
    "ais",
    "aise",
    "ois",
    "oise",
    "ense",
    "ial",
    "ile",
    "il",
    "ale",
    "eral",
    "ista",
    "ande",  # "romande", "flamande"
    "ère",  # "horlogère", "ouvrière"
)


def _trim(name: str) -> str:
    """Cut a name where a lower-case word that is no adjective, nor the noun of a
    complement, stands: "Service cantonal de la mobilité" stays, "Consejería de Salud
    aseguró" loses the verb."""
    words = name.split()
    keep = 1
    for k in range(1, len(words)):
        w = words[k]
        prev = words[k - 1].lower()
        after_of = re.fullmatch(
            r"de|du|des|del|della|delle|dei|degli|di|da|do|dos|das|la|las|los|l['’]\w*", prev
        )
        if (
            w[:1].isupper()
            or re.fullmatch(_OF, w)
            or w in ("y", "et", "e", "la", "las", "los")
            # "Agenzia regionale per la sicurezza del territorio": an Italian purpose complement
            or (w == "per" and k + 1 < len(words) and words[k + 1] in ("la", "il", "i", "le"))
        ):
            keep = k + 1
            continue
        if w[:2].lower() in ("d'", "d’", "l'", "l’"):
            keep = k + 1
            continue
        bare = nm.bare(w)
        if bare in nm.SPEECH_VERBS or bare in nm.AUXILIARIES or bare in nm.STOPWORDS:
            break
        if after_of or bare.endswith(_ADJECTIVE_ENDS):
            keep = k + 1
            continue
        break
    words = words[:keep]
    while words and (
        re.fullmatch(_OF, words[-1]) or words[-1] in ("y", "et", "e", "la", "las", "per", "il")
    ):
        words.pop()  # a complement cut before its noun
    return " ".join(words)


def institution_around(text: str, start: int, end: int, name: str) -> str | None:
    """The whole Romance institution name covering ``name`` found in ``text[start:end]``
    (without its article), when it is longer than ``name``; else None (and in English)."""
    if language() not in (None, "french", "spanish", "italian", "portuguese"):
        return None
    for m in _NAME_RE.finditer(text, max(0, start - 80), min(len(text), end + 80)):
        if m.start() > end or m.end() < start:
            continue
        full = _trim(re.sub(rf"^{_ARTICLE}", "", m.group()))
        if m.group()[:1].isupper() and full[:1].islower() and not re.search(rf"\s{_OF}\s", full):
            continue  # "Le syndicat Unia" opening a sentence: the name after the noun is it
        if (
            re.sub(rf"^{_ARTICLE}", "", name, flags=re.I) in full  # ("Le Syndicat": the article)
            and len(full) > len(name)
            and any(w[:1].isupper() for w in full.split())
        ):
            return full
    return None


def name_opening(text: str, at: int, end: int) -> str | None:
    """The Romance name that opens at ``at`` on a capitalized head noun, read on through its
    adjectives and complements before ``end``: "Institut cantonal de la statistique" out of
    "L'Institut cantonal de la statistique a publié …"; None when nothing follows the head."""
    m = _OPENING_RE.match(text, at, end)
    if m is None:
        return None
    name = _trim(m.group())
    return name if " " in name else None


def institution_subject(text: str, start: int, verb_at: int) -> tuple[int, int] | None:
    """The institution a Romance sentence opening at ``start`` names as the subject of the
    verb at ``verb_at``, only auxiliaries and adverbs between: "Le ministère de la Culture et
    du Patrimoine historique a salué « … »" (a lower-case word ending the name)."""
    m = _NAME_RE.match(text, start, verb_at)
    if m is None or language() not in ("french", "spanish", "italian", "portuguese"):
        return None
    name = _trim(m.group())
    if not m.group().startswith(name) or not any(w[:1].isupper() for w in name.split()[1:]):
        return None
    between = text[m.start() + len(name) : verb_at].split()
    if any(w not in nm.AUXILIARIES and w not in nm.ADVERBS for w in between):
        return None
    return m.start(), m.start() + len(name)


def institution_phrase(text: str, start: int, phrase: str) -> str | None:
    """The name (without its article) of the institution a speaker phrase at ``start`` is all
    of: "Le ministère de la Culture et du Patrimoine historique" -> "ministère de la Culture
    et du Patrimoine historique" (a capitalized word after its head noun); else None."""
    m = _NAME_RE.match(text, start, start + len(phrase))
    if m is None or language() not in ("french", "spanish", "italian", "portuguese"):
        return None
    name = _trim(re.sub(rf"^{_ARTICLE}", "", m.group()))
    if not phrase.endswith(name) or not any(w[:1].isupper() for w in name.split()[1:]):
        return None
    return name


# an English spokesperson and the body they speak for: "a spokesperson for Harbour Ferries",
# "A Harbour Ferries spokesman"
_SPOKES = r"(?:spokes(?:man|woman|person)|press officer|representative)"
_SPOKES_FOR_RE = re.compile(rf"(?i:an?|the|one) {_SPOKES} (?:for|at|from|of) (?:the )?")
_SPOKES_AFTER_RE = re.compile(rf"(?i:an?|the) ((?:[A-Z][\w'’&.-]*\s)+){_SPOKES}$")


def spokes_body(phrase: str, got: tuple[str, bool] | None) -> str | None:
    """The body an English spokesperson speaks for, which is then the speaker as a careful
    reader names it: "A spokesperson for Millbrook Council said …" -> "Millbrook Council"
    (``got``, what the name rules read in the phrase, when that is no person), "A Millbrook
    Council spokesman" -> "Millbrook Council" (a run of capitalized words for a body; not "a
    Whitlock spokesman", the spokesman of a person)."""
    if language() != "english":
        return None
    m = _SPOKES_FOR_RE.match(phrase)
    if m is not None:
        body = phrase[m.end() :].strip(" ,.")
        return body if got is not None and not got[1] and body == got[0] else None
    m = _SPOKES_AFTER_RE.match(phrase)
    if m is None or (got is not None and got[1]):
        return None
    words = m.group(1).split()
    return " ".join(words) if nm.looks_like_org(words) else None


_SPOKES_REACH = 3000  # characters read back for the spokesperson a later "the spokesperson" is
_SPOKES_BACK_RE = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne) (?:((?:[A-Z][\w'’&.-]*\s)+){_SPOKES}\b"
    rf"|{_SPOKES} (?:for|at|from|of) (?:the )?((?:[A-Z][\w'’&.-]*(?:\s|(?=[,.;]|$)))+))"
)
_THE_SPOKES_RE = re.compile(rf"(?i:the) {_SPOKES}")
_FOR_KIND_RE = re.compile(rf"(?i:an?|one) {_SPOKES} (?:for|at|from) (the [a-z]+)")
_KIND_SPOKES_RE = re.compile(rf"(?i:an?|one) ([a-z]+) {_SPOKES}")  # "A council spokesperson"


def spokes_before(phrase: str, people: Any, pos: int) -> str | None:
    """The body an English spokesperson at ``pos`` speaks for when the phrase does not name
    it: for "the spokesperson", the body the text gave the spokesperson it introduced last
    ("An RSPCA spokesperson said … “…,” the spokesperson said" -> "RSPCA"); for "a spokesman
    for the company", the company named before (``people.business``); else None."""
    if language() != "english":
        return None
    kind = _FOR_KIND_RE.fullmatch(phrase) or _KIND_SPOKES_RE.fullmatch(phrase)
    if kind is not None:
        noun = kind.group(1) if kind.group(1).startswith("the ") else f"the {kind.group(1)}"
        if business_noun(noun.split()):
            return people.business(pos)
        # "A council spokesperson told me …", "a spokesman for the council": the body of
        # that kind named in full before ("Brackenshire County Council")
        return org_named_before(noun, people.text, pos)
    if not _THE_SPOKES_RE.fullmatch(phrase):
        return None
    last = None
    for m in _SPOKES_BACK_RE.finditer(people.text, max(0, pos - _SPOKES_REACH), pos):
        last = m
    if last is None:
        return None
    words = (last.group(1) or last.group(2) or "").split()
    acronym = len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6
    return " ".join(words) if words and (acronym or nm.looks_like_org(words)) else None


_ARTICLE_WORDS = frozenset("La Il El Lo Le Los Las".split())


def without_article(text: str, name: str | None, pos: int) -> str | None:
    """An organisation's name as found, without a Spanish or Italian article it was read with,
    read on through its lower-case words ("La Protezione" -> "Protezione civile regionale"
    out of "La Protezione civile regionale ha …")."""
    if name is None or " " not in name or name.split()[0] not in _ARTICLE_WORDS:
        return name
    if language() not in ("spanish", "italian"):
        return name
    at = text.rfind(name, 0, pos)
    bare = name.split(" ", 1)[1]
    if at < 0:
        return bare
    return name_opening(text, at + len(name) - len(bare), pos) or bare


# Spanish and Italian "of" fused with an article, opening the phrase after a noun of speech
FUSED_OF = {
    ("del", "italian"): "il",
    ("della", "italian"): "la",
    ("dello", "italian"): "lo",
    ("del", "spanish"): "el",
}
# Spanish and Italian nouns for a body's spokesperson
_SPOKES_NOUNS = frozenset("vocero vocera portavoz portavoce".split())


def spokes_kind(words: list[str]) -> list[str] | None:
    """The body's kind an unnamed Spanish or Italian spokesperson speaks for, as an article
    and its noun: "un vocero de la cooperativa consultado" -> ["la", "cooperativa",
    "consultado"] (``orgs.body_by_kind`` finds the body named before), else None."""
    if not (
        len(words) >= 4
        and words[0].lower() in ("un", "una", "uno")
        and words[1].lower() in _SPOKES_NOUNS
        and words[2] in ("de", "del", "della", "dell'", "dell’")
    ):
        return None
    rest = [FUSED_OF.get((words[2], language() or ""), ""), *words[3:]]
    return [w for w in rest if w][:3]


# an English body named for the district or region it serves: "the Harbour Commission for
# the Northern Territory", "the Trustee's Office for the Southern District of Kelso"
_FOR_THE_RE = re.compile(
    r"((?:[A-Z][\w.'’&-]*\s){0,4}(?:Office|Department|Court|Commission|Committee|Agency"
    r"|Bureau|Service|Authority|Ombudsman)) for the $"
)


def body_for_the(text: str, pos: int, phrase: str) -> str | None:
    """The whole name of an English body when the speaker phrase at ``pos`` is only the
    district or region after its "for the" ("District of Kelso" in "the Trustee's Office for
    the District of Kelso said"), else None."""
    words = phrase.split()
    if language() != "english" or not words or not all(w[:1].isupper() or w == "of" for w in words):
        return None
    m = _FOR_THE_RE.search(text, max(0, pos - 80), pos)
    return f"{m.group(1)} for the {phrase}" if m else None


# a Spanish or Italian body's name whose capitalized words are joined by "de la", "y", "para
# los", "dell'": "Cofradía de Pescadores de Punta X", "Correos y Telégrafos del Estado",
# "Agencia de la ONU para los Refugiados", "Cassa di Risparmio dell'Appennino"
_CAP_RUN = r"[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*)*"
_JOIN = (
    r"(?:de\s+la|de\s+las|de\s+los|del|de|y|e|para\s+(?:el|la|los|las)|per\s+(?:il|la|i|le|gli)"
    r"|di|della|delle|dei|degli|dello)\s+|dell['’]|de\s+l['’]"
)
_JOINED_AFTER_RE = re.compile(rf"(?:\s+|(?=dell['’]|de\s+l['’])\s*)?(?:{_JOIN})({_CAP_RUN})")
_JOINED_BEFORE_RE = re.compile(rf"({_CAP_RUN})\s+(?:{_JOIN})$")
_LEADING_ARTICLE_RE = re.compile(r"^(?:El|La|Los|Las|Il|Lo|I|Gli|Le|L['’])\s*(?=[A-ZÀ-Ý])")


def joined_name(text: str, at: int, name: str, first_names: frozenset[str]) -> str | None:
    """The whole Spanish or Italian body's name that ``name`` (written at ``at``) is part of,
    read back and on over the words that join its capitalized words ("La Agencia de la ONU
    para los Refugiados" for "Refugiados"), without an article; None when it is no longer, when
    a join would take in a person ("y Ana X"), or in other languages."""
    if language() not in ("spanish", "italian"):
        return None
    begin = text.find(name, at, at + len(name) + 40)
    if begin < 0:
        return None
    end = begin + len(name)
    for _ in range(4):
        m = _JOINED_BEFORE_RE.search(text, max(0, begin - 60), begin)
        if m is None or m.end() != begin or "\n" in m.group():
            break
        begin = m.start()
    for _ in range(4):
        m = _JOINED_AFTER_RE.match(text, end)
        if m is None or "\n" in m.group() or nm.bare(m.group(1).split()[0]) in first_names:
            break
        end = m.end()
    full = _LEADING_ARTICLE_RE.sub("", text[begin:end])
    bare = _LEADING_ARTICLE_RE.sub("", name)
    return full if len(full) > len(bare) and bare in full else None


_ARTICLE_ONE_WORD_RE = re.compile(r"^(?:(?:El|La|Il|Lo)\s+|L['’]\s?)([A-ZÀ-Ý][\w'’-]+)$")


def longer_body(text: str, pos: int, name: str | None) -> str | None:
    """A Spanish or Italian body shown by its article and one word ("El Almenara", "Il
    Borgorosso": a headline's or a fan's short name) that the text named in full before ``pos``
    ("La Unión Deportiva Almenara anunció …"): that full name, capitalized words before the one
    word, no first name among them; else ``name`` as it was."""
    m = _ARTICLE_ONE_WORD_RE.match(name or "")
    if m is None or language() not in ("spanish", "italian"):
        return name
    word = re.escape(m.group(1))
    best = None
    pattern = re.compile(rf"((?:[A-ZÀ-Ý][\w'’.-]*\s+){{1,4}}){word}\b")
    for full in pattern.finditer(text, max(0, pos - REACH_BACK), pos):
        words = full.group().split()
        while words and words[0] in ("El", "La", "Il", "Lo", "Los", "Las"):
            words = words[1:]
        if len(words) < 2 or any(nm.bare(w) in FIRST_NAMES for w in words[:-1]):
            continue
        if best is None or len(words) > len(best):
            best = words
    return " ".join(best) if best is not None else name


def club_name(words: list[str]) -> str | None:
    """A sports club's name opening on its legal form in capitals: all the words, the form a
    part of the name ("US Monteverde", "CD Numancia" in Romance text; "FC Lindewijk", "SV
    Ahrenfeld 05" in German or Dutch text); else None."""
    if len(words) > 1 and words[0] in CLUB_FORMS and romance_text():
        return " ".join(words)
    if len(words) in (2, 3) and words[0] in GERMANIC_CLUB_FORMS and language() in _GERMANIC:
        return " ".join(words)
    return None


_GERMANIC = ("german", "dutch")
