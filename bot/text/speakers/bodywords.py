"""Words that name a body, never a person (private to ``names.py``): a German or Dutch kind of
organisation ("Stiftung", "Naturschutzverein", "Schaatsunie") and a party's one word after
"van" ("GroenLinks-PvdA", "D66"); an English name "its" refers to ("X said its chair …") or a
plural verb follows ("X have denied …")."""

from __future__ import annotations

import re

from bot.text.lexicon import load
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.reading import language
from bot.text.stopwords import stop_words

# the German and Dutch kinds of body (not the agent nouns: "Beheerder Karin X" is a person)
_BODY_STEMS = tuple(w for w in load("org_stems_de_nl") if not w.endswith(("er", "aar", "eur")))
_EDGES = ".,;:!?\"“”‘’'()[]"
_STOP_WORDS = stop_words("english")
# a body's legal form or club prefix: "X GmbH", "X BV", "FC X"
LEGAL_FORMS = frozenset("GmbH AG KG NV BV vzw VZW FC SV TSV VfB VfL".split())
# a company's legal form after its name ("Dunmore Tools Inc.", "X Ltd", "Y GmbH")
CORPORATE = frozenset("Inc Ltd LLC Corp Co plc PLC GmbH AG SA NV BV".split())


def body_word(word: str, opening: bool) -> bool:
    """True for a German or Dutch word that is a kind of body ("Stiftung", opening a run) or
    ends in one ("Naturschutzverein", "Schaatsunie"; not "Bond" closing "James Bond")."""
    low = word.strip(_EDGES).lower()
    if low == "bund":
        return True  # "Der Bund der Steuerzahler", "der Bund" (the federal state)
    return any(low.endswith(stem) and (opening or len(low) > len(stem) + 2) for stem in _BODY_STEMS)


def party_token(word: str) -> bool:
    """True for one word that names a party or a body, never a surname: "GroenLinks-PvdA",
    "D66", "CDA" (a digit, or a capital inside a part that is no "Mc"/"Mac")."""
    core = word.strip(_EDGES)
    return len(core) >= 2 and (
        any(ch.isdigit() for ch in core)
        or any(
            any(ch.isupper() for ch in part[1:]) and not part.startswith(("Mc", "Mac"))
            for part in core.split("-")
        )
    )


# English: a name then a verb and "its" ("X said its chair …", "X cut its dividend"), or
# "its" right after it ("X and its lenders"), is a body's (a person's is "his" or "her")
# (not after a comma: "Satya X, its chief executive, said" is a person in apposition)
_ITS_AFTER_RE = re.compile(r" (?:(?:and|has|had|said|says|cut|raised|told|reported) )?its\b")


def its_body(text: str, end: int, words: list[str]) -> bool:
    """True in English for a run of two or more ``words`` ending at ``end`` that "its" refers
    to right after it ("Castlegate Foods said its chair …"); not when it opens on a first name
    ("Ana Lind said its design …" speaks of a plan)."""
    if len(words) < 2 or language() != "english" or words[0].strip(_EDGES).lower() in FIRST_NAMES:
        return False
    return _ITS_AFTER_RE.match(text, end, end + 30) is not None


# English: a name opening its sentence with a plural verb after it ("Harbour Lights have denied
# …", "Kestrel Audio are to appeal"), as British news agrees a company's, a band's or a club's
# name, is a body's wherever the text names it (read once per text; not "Hale and Lind have",
# nor "passengers on the Sea Lark are": the verb agrees with a noun before the name)
_PLURAL_AFTER_RE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(?:The )?((?:[A-Z][\w&'’-]*)(?: [A-Z][\w&'’-]*){0,3})"
    r" (?:have|are|were) [a-z]"
)
_PLURAL_BODIES: dict[str, frozenset[str]] = {}  # the last two texts' names
# an honorific right before the name ("Mr. and Mrs. Hale were not invited": a couple, whose
# abbreviation's stop the sentence-start test takes for a sentence's end), or one the text
# gives the name anywhere ("Mr. Hale"): a person's surname, never a body's name
_HONORIFIC_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Messrs|Dr|Prof|Sen|Rep|Gov|Gen)\.? $")
_HONORIFIC_NAME = r"\b(?:Mr|Mrs|Ms|Mx|Messrs|Dr|Prof|Sen|Rep|Gov|Gen|Sir|Dame|Lord|Lady)\.? "
_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lady lord prof".split())


def plural_body(text: str, pos: int, words: list[str]) -> bool:
    """True in English for a name the text makes agree with a plural verb somewhere ("Harbour
    Lights have denied it …"): a body, not a person, also where it is named again; not one
    opening on a first name or a title, nor a pronoun or a plural noun alone ("They have",
    "Officials are")."""
    if not words or language() != "english":
        return False
    found = _PLURAL_BODIES.get(text)
    if found is None:
        named = {
            m.group(1)
            for m in _PLURAL_AFTER_RE.finditer(text)
            if not _HONORIFIC_BEFORE_RE.search(text, max(0, m.start() - 8), m.start())
        }
        found = frozenset(
            name for name in named if not re.search(_HONORIFIC_NAME + re.escape(name) + r"\b", text)
        )
        if len(_PLURAL_BODIES) >= 2:
            _PLURAL_BODIES.pop(next(iter(_PLURAL_BODIES)))
        _PLURAL_BODIES[text] = found
    first = words[0].strip(_EDGES).lower()
    if first in FIRST_NAMES or first in _HONORIFICS or first in _STOP_WORDS:
        return False
    if len(words) == 1 and first.endswith("s"):
        return False
    return " ".join(words) in found


# an English company introduced by its kind in commas or right after it: "the supplier,
# Wexcombe Water", "the rail operator Northline Rail" (a later "the company" stands for it)
_KIND_BEFORE_RE = re.compile(
    r"\b[Tt]he (?:[a-z-]+ ){0,2}(?:company|firm|supplier|operator|carrier|airline|retailer"
    r"|lender|insurer|manufacturer|carmaker|developer|landlord|brewery),? "
    r"((?:[A-Z][\w&'’-]*)(?: [A-Z][\w&'’-]*)+)"
)
_KIND_REACH = 3000  # characters read back for it


def kind_named_before(text: str, pos: int, orgs: list[tuple[int, str, bool]]) -> str | None:
    """The one company the English text before ``pos`` introduced by its kind ("… the
    supplier, Wexcombe Water." … "The company said"), when it names no other body before
    ``pos`` (``orgs``, the bodies the text names) and no other company so; else None. A name
    opening on a first name is a person ("the firm's founder, Ana Lind")."""
    if language() != "english" or any(opos < pos for opos, _, _ in orgs):
        return None
    found = {
        m.group(1)
        for m in _KIND_BEFORE_RE.finditer(text, max(0, pos - _KIND_REACH), pos)
        if m.group(1).split()[0].lower() not in FIRST_NAMES
    }
    return found.pop() if len(found) == 1 else None


# Romance adjectives of a public body's kind ("ospedaliera", "metropolitana", "sanitaria",
# "regional", "municipale", French "populaire", "foncière", "mutuelle"): a lower-case word of
# that shape after its head noun
_BODY_ADJECTIVE_RE = re.compile(
    r"(?:ale|ali|ana|ane|ano|ani|aria|ario|arie|ari|aire|iera|iero|ière|ier|elle|ica|ico|iche|ici|iva|ivo|al|ais|aise|ienne"
    r"|ien|ique|ense|eña|eño)$"
)
# a head noun that names a public body only with such an adjective ("la Città metropolitana di
# X", but "Città di Castello" is a town)
_ADJECTIVE_HEADS = frozenset("città ciudad cidade ville".split())


def adjectives_after_head(words: list[str], org_words: frozenset[str]) -> bool:
    """Whether ``words`` (in text order, ending right before "di"/"de") are a body's
    capitalized head noun and one or two lower-case adjectives of its kind: "Azienda
    ospedaliera", "Città metropolitana", "Agenzia regionale", "Ufficio scolastico regionale"."""
    # (the head may carry an elided article: "l'Azienda")
    head = words[0].strip(_EDGES).split("'")[-1].split("’")[-1] if words else ""
    if not 2 <= len(words) <= 3 or not head[:1].isupper():
        return False
    head = head.lower()
    if head not in org_words and head not in _ADJECTIVE_HEADS:
        return False
    return all(w.islower() and _BODY_ADJECTIVE_RE.search(w) for w in words[1:])


# a German body and the genitive after it: "Das Sozialministerium des Landes", "der Kreistag
# der Region"
_GENITIVE_BODY_RE = re.compile(
    r"(?:(?:[Dd](?:as|er|ie))\s+)?([^\W\d_a-z]\w+)\s+(?:des|der)\s+[^\W\d_a-z]\w+$"
)


def genitive_body(phrase: str) -> str | None:
    """A German phrase that is a kind of body and its genitive noun, whole (not the genitive's
    noun alone, "Landes"); None for anything else."""
    if language() != "german":
        return None
    m = _GENITIVE_BODY_RE.search(phrase.strip())
    if m is None or not body_word(m.group(1), True) or m.group(1).lower() in FIRST_NAMES:
        return None
    return m.group(0)


# the police named as a body in German or Dutch text: "Das Polizeipräsidium Oberland", "die
# Kantonspolizei Graubünden", "Polizeiinspektion Heidekreis", "Politie Waterland",
# "politiezone Bossenhoek", "de politie Midden-Nederland" (Dutch writes the force in lower case
# in running text) (a kind of police body and the place it serves; never a person's role,
# "Polizeisprecher X", "Polizeipräsidentin Y")
_POLICE_BODY_RE = re.compile(
    r"\b(?:(?:[A-ZÄÖÜ][a-zäöüß]*polizei|Polizei(?:präsidium|inspektion|direktion|dienststelle"
    r"|revier|station))|[Pp]olitie|[Pp]olitiezone)(?: [A-ZÄÖÜ][\w-]+){1,2}"
    r"|\b[A-ZÄÖÜ][a-zäöüß]*polizei(?:direktion|präsidium|inspektion)?\b"
)
_POLICE_ALONE = frozenset(("die polizei", "de politie"))
# a force that only helped another ("Politie Oost-Nederland ondersteunde met een
# arrestatieteam", "unterstützt von der Polizeiinspektion X"): not the one that speaks
_HELPED_RE = re.compile(
    r"\b(?:ondersteun\w*|assist\w*|hielp|geholpen|unterstütz\w*|half|geholfen)\b", re.I
)


def police_named_before(phrase: str, text: str, pos: int) -> str | None:
    """The one police body the German or Dutch text names, for "die Polizei" / "de politie"
    ("Das Polizeipräsidium Oberland warnte auf X … „…“, schrieb die Polizei." ->
    "Polizeipräsidium Oberland"; "Politie Waterland zoekt getuigen … ‘…’, meldt de politie"
    -> "Politie Waterland"); None (the phrase as written) when it names none or several
    anywhere in the text ("… ondersteunde Politie X. ‘…’, meldt de politie. De politie Y
    onderzoekt …"), or one named before ``pos`` only as helping another."""
    if phrase.lower() not in _POLICE_ALONE or language() not in ("german", "dutch"):
        return None
    found = {m.group()[:1].upper() + m.group()[1:] for m in _POLICE_BODY_RE.finditer(text)}
    found = {f for f in found if not any(f != g and f in g for g in found)}  # its full name
    if len(found) != 1:
        return None
    name = found.pop()
    for m in _POLICE_BODY_RE.finditer(text, 0, pos):
        stop = min((text.find(c, m.end()) % (len(text) + 1) for c in ".;!?"), default=len(text))
        if _HELPED_RE.search(text, m.end(), stop) or _HELPED_RE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            return None
    return name if any(m.start() < pos for m in _POLICE_BODY_RE.finditer(text)) else None
