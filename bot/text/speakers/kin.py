"""Relatives in a report about a family (private to ``people.py`` and ``germanic_lone.py``).

Two shapes, each told apart from the people around it by kinship:

- English profiles name a mother and her daughter, a father and his son, in full once and then
  by age: "Her mother, Pat Quayle, reads every draft. … Reached by phone, the elder Quayle is
  unrepentant." The surname alone would be the first of them named; after "the elder" it is the
  parent (the one introduced as "mother", or the one not introduced as "daughter"), after "the
  younger" the other (``elder_or_younger``).
- German and Dutch reports quote one member and then another introduced only by kinship:
  "Lena Brandt war mit ihrer Mutter Petra Brandt gekommen. „…“, sagte die Schülerin. Ihre
  Mutter nickte. „Wir …“" or "‘…’, vertelt Joost Verbeke. Zijn broer vult aan. ‘…’". The
  quotation after the sentence opening on "Ihre Mutter"/"Zijn broer" is the relative's: the
  name that followed the kinship noun when the text introduced them ("ihrer Mutter Petra
  Brandt"), else the one other person named with the same surname as the person named last
  (``KIN_OPENING_RE``, ``kin_person``, ``kin_cut``).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from bot.text.speakers.names import SPEECH_VERBS
from bot.text.speakers.reading import language

if TYPE_CHECKING:
    from bot.text.speakers.people import People

_PARENTS = frozenset("mother father mum mom dad grandmother grandfather".split())
_CHILDREN = frozenset("daughter son granddaughter grandson niece nephew".split())
_ELDER_RE = re.compile(r"\b[Tt]he (elder|older|younger)\s+$")


def elder_or_younger(
    text: str,
    pos: int,
    entries: list[tuple[int, tuple[str, ...], str | None]],
    roles: dict[str, dict[str, int]],
) -> tuple[str, str | None] | None:
    """(name, gender) of the one of two people sharing the surname at ``pos`` (``entries``,
    the registry's full names for it) that "the elder" or "the younger" before ``pos`` stands
    for; None when the text does not say who is older."""
    m = _ELDER_RE.search(text[max(0, pos - 20) : pos])
    genders = {" ".join(e[1]): e[2] for e in entries if len(e[1]) > 1}
    kin = set(genders)
    if m is None or len(kin) != 2:
        return None
    parents = {n for r in _PARENTS for n in roles.get(r, {}) if n in kin}
    children = {n for r in _CHILDREN for n in roles.get(r, {}) if n in kin}
    older = parents or (kin - children if children else set())
    if len(older) != 1 or (parents and children & parents):
        return None
    old = older.pop()
    name = old if m.group(1) != "younger" else (kin - {old}).pop()
    return name, genders[name]


_KIN = (
    "mutter vater tochter sohn bruder schwester oma opa großmutter großvater enkelin enkel"
    " moeder vader dochter zoon broer zus zuster oma opa grootmoeder grootvader kleindochter"
    " kleinzoon"
).split()
_KIN_ALT = "|".join(sorted(set(_KIN), key=len, reverse=True))
# a sentence opening on a possessive and a kinship noun: "Ihre Mutter nickte.", "Haar jongere
# zus is boos.", "Zijn broer vult aan."
KIN_OPENING_RE = re.compile(
    rf"(?:^|(?<=[.!?…\"“”’«»]\s))(?:Ihre|Ihr|Seine|Sein|Haar|Zijn)\s+(?:[a-zäöüë]+\s+)?"
    rf"((?i:{_KIN_ALT}))\b",
    re.MULTILINE,
)
_CAP = r"[^\W\d_a-zäöüë][\w-]+"
_NAME = rf"{_CAP}(?:\s+(?:(?:van|von|de|der|den|ter|ten)\s+)*{_CAP})*"
_READ_BACK = 4000  # characters read back for the relative's introduction (linear time)
_MENTIONS_BACK = 32


def kin_person(people: People, kin: str, pos: int) -> str | None:
    """The name of the relative a sentence at ``pos`` calls by ``kin`` ("Mutter", "zus")."""
    text = people.text
    # "ihrer Mutter Petra Brandt", "haar zus Ingrid van Dijk": the kinship noun and a name
    # (not a pair: "de broers Luc en Marc X")
    intro = re.compile(
        rf"\b(?i:{re.escape(kin.lower())})\w{{0,2}}\s+({_NAME})\b(?!\s+(?:en|und)\s)",
    )
    found = list(intro.finditer(text, max(0, pos - _READ_BACK), pos))
    found = found[-1] if found else None  # the last one
    k = bisect.bisect_left(people._mention_pos, pos)
    owner = people.mentions[k - 1].name if k else None
    if found is not None:
        got = people.name_in(found.group(1), found.start(1))
        # (not the subject named last, whose relative is meant: "X führt die Firma mit seinem
        # Bruder Andreas X. Andreas X betonte … Sein Bruder sprach von …" is the first X)
        last = people.mentions[k - 1] if k else None
        owner_gender = _owner_gender(text, pos)
        if (
            got is not None
            and got[1]
            and " " in got[0]
            and not (
                got[0] == owner
                and last is not None
                and last.subject
                # (but "Zijn dochter Ellen X vertelt … ‘…’, zegt zijn dochter": the relative
                # named last by the introduction itself with the same possessive, or one of
                # the other gender than the possessive's owner, is the one meant again)
                and not (
                    found.start(1) <= last.pos < found.end(1)
                    and _owner_gender(text, found.start()) == owner_gender
                )
                and (last.gender is None or last.gender != _other_gender(owner_gender))
            )
        ):
            return got[0]
    # "de broers Luc en Marc Wouters … vertelt Luc Wouters. Zijn broer …": the one other
    # person with the surname of the person named last
    if owner is None:
        return None
    if " " not in owner:
        return None
    surname = owner.split(" ", 1)[1]
    near = people.mentions[max(0, k - _MENTIONS_BACK) : k]
    # (of the noun's gender: "haar dochter" after "Zijn dochter Ellen X" is not her father)
    sex = _KIN_GENDER.get(kin.lower())
    others = {
        m.name
        for m in near
        if m.name != owner
        and m.name.endswith(f" {surname}")
        and (sex is None or m.gender in (None, sex))
    }
    return others.pop() if len(others) == 1 else None


# the gender of a German or Dutch kinship noun ("dochter": f)
_KIN_GENDER = {
    **dict.fromkeys(
        "mutter tochter schwester oma großmutter enkelin moeder dochter zus zuster grootmoeder"
        " kleindochter".split(),
        "f",
    ),
    **dict.fromkeys(
        "vater sohn bruder opa großvater enkel vader zoon broer grootvader kleinzoon".split(), "m"
    ),
}


def kin_gender(noun: str) -> str | None:
    """The gender a German or Dutch kinship noun shows ("Enkelin": f, "broer": m), else None."""
    return _KIN_GENDER.get(noun.lower())


# possessives before a kinship noun: "sein Bruder", "haar zus"
_POSSESSIVES = frozenset("sein seine ihr ihre zijn haar".split())
_POSSESSIVE_GENDER = {"sein": "m", "seine": "m", "zijn": "m", "haar": "f", "ihr": "f", "ihre": "f"}


def _owner_gender(text: str, pos: int) -> str | None:
    """The gender of the possessive that opens the phrase at ``pos`` or stands right before it
    ("zijn dochter": m; "ihre Tochter": f), else None."""
    words = text[pos : pos + 8].split()[:1] + (text[max(0, pos - 8) : pos].split() or [""])[-1:]
    for word in words:
        if (gender := _POSSESSIVE_GENDER.get(word.lower())) is not None:
            return gender
    return None


def _other_gender(gender: str | None) -> str | None:
    return {"m": "f", "f": "m"}.get(gender or "")


def kin_noun(text: str, pos: int, phrase: str) -> str | None:
    """The kinship noun of a German or Dutch speaker phrase at ``pos`` that is only a
    possessive and that noun ("sein Bruder", or "Bruder" right after "sein"), else None."""
    words = phrase.split()
    if not words or words[-1].lower() not in _KIN_SET or len(words) > 2:
        return None
    before = words[0] if len(words) == 2 else (text[max(0, pos - 8) : pos].split() or [""])[-1]
    return words[-1] if before.lower() in _POSSESSIVES else None


def kin_cut(words: list[str]) -> list[str]:
    """The name after a kinship noun that opens a speaker phrase: "Tochter Katharina" ->
    ["Katharina"], "Sohn Max Huber" -> ["Max", "Huber"], also after a German possessive
    ("Ihre Tochter Katharina" -> ["Katharina"]); else ``words``."""
    if len(words) >= 2 and words[0].lower() in _KIN_SET | _COMPANIONS and words[1][:1].isupper():
        return words[1:]
    if (
        len(words) >= 3
        and words[0].lower() in _OWNERS_DE
        and words[1].lower() in _KIN_SET | _COMPANIONS
        and words[2][:1].isupper()
        and words[2].isalpha()
    ):
        return words[2:]  # "Ihre Tochter Katharina", "Sein Bruder Jonas Ebner"
    return words


_KIN_SET = frozenset(_KIN)
_OWNERS_DE = frozenset("ihr ihre sein seine".split())
# a friend, a partner, a colleague, a neighbour before a name, no part of it ("ihr Freund
# Malte", "Kollegin Ute Berg", "buurman Kees"; German capitalizes the noun, a Dutch sentence's
# first word too), but no kin: ``converse_relative`` reads only kinship
_COMPANIONS = frozenset(
    "freund freundin partner partnerin kollege kollegin nachbar nachbarin vriend vriendin"
    " collega buurman buurvrouw".split()
)


# A parent, a child, a sibling, in every language read: (noun, generation, gender). A report about a
# family introduces one relative by kinship ("Il figlio, Matteo X, …", "Ihre Tochter Marie X")
# and then calls the other by the converse noun with an article alone ("risponde il padre",
# "Die Mutter zweifelt …: »…«"): that is the one other person of the surname named before the
# relative, not the relative named last (``converse_relative``); "la sorella", "der Bruder"
# so called are the one other person of the surname of the person named last.
_GENERATIONS = {
    noun: (gen, sex)
    for gen, sex, nouns in (
        ("parent", "m", "father dad père vater padre pai vader"),
        ("parent", "f", "mother mum mom mère mutter madre mãe moeder"),
        ("child", "m", "son fils sohn hijo figlio filho zoon"),
        ("child", "f", "daughter fille tochter hija figlia filha dochter"),
        ("sibling", "m", "brother frère bruder hermano fratello irmão broer"),
        ("sibling", "f", "sister sœur schwester hermana sorella irmã zus"),
    )
    for noun in nouns.split()
}
_DEFINITE = frozenset("the le la der die el il lo o a de".split())
# every parent, child, sibling and grandparent noun read here, in any language
RELATIVES = frozenset(_GENERATIONS) | _KIN_SET


def converse_relative(people: People, words: list[str], pos: int) -> str | None:
    """The person a speaker phrase of an article and a parent or child noun at ``pos`` ("il
    padre", "Die Mutter", "la fille") stands for when the text introduced someone by the
    converse noun and a full name before it ("Il figlio, Matteo X"): the one other person of
    that surname (of the noun's gender) named before that introduction; else None."""
    if len(words) != 2 or words[0].lower() not in _DEFINITE:
        return None
    kin = _GENERATIONS.get(words[1].lower())
    if kin is None:
        return None
    if kin[0] == "sibling":
        return _other_sibling(people, pos, kin[1])
    own = re.compile(rf"\b(?i:{re.escape(words[1])}),?\s+{_CAP}(?:\s+{_CAP}){{1,3}}\b", re.UNICODE)
    if own.search(people.text, max(0, pos - _READ_BACK), pos):
        return None  # "Il padre, Franco X, …": the one the text names with the noun itself
    converse = [n for n, (gen, _sex) in _GENERATIONS.items() if gen != kin[0]]
    intro = re.compile(
        rf"\b(?i:{'|'.join(converse)}),?\s+({_CAP}(?:\s+{_CAP}){{1,3}})\b", re.UNICODE
    )
    found = list(intro.finditer(people.text, max(0, pos - _READ_BACK), pos))
    if not found:
        return None
    at = found[-1].start(1)
    got = people.name_in(found[-1].group(1), at)
    if got is None or not got[1] or " " not in got[0]:
        return None
    relative = tuple(got[0].split())
    key = relative[-1].lower()
    others = {
        " ".join(e[1])
        for e in people.registry.get(key, [])
        if len(e[1]) > 1 and e[1] != relative and e[0] < at and e[2] in (None, kin[1])
    }
    return others.pop() if len(others) == 1 else None


def _other_sibling(people: People, pos: int, sex: str) -> str | None:
    """The sibling "La sorella annuisce: «…»" stands for after "… racconta Anna X" (the sisters
    Anna and Giulia X named before): the one other person of the surname of the person named last, of the
    noun's gender."""
    k = bisect.bisect_left(people._mention_pos, pos)
    last = people.mentions[k - 1].name if k else ""
    if " " not in last:
        return None
    named = tuple(last.split())
    others = {
        " ".join(e[1])
        for e in people.registry.get(named[-1].lower(), [])
        if len(e[1]) > 1 and e[1] != named and e[0] < pos and e[2] in (None, sex)
    }
    return others.pop() if len(others) == 1 else None


# Spanish and Italian nouns of kinship and company
_KIN_NOUNS = (
    "padre madre fratello sorella figlio figlia marito moglie nonno nonna cugino cugina zio zia"
    " nipote compagno compagna fidanzato fidanzata suocero suocera cognato cognata"
    " hermano hermana hijo hija esposo esposa marido mujer abuelo abuela primo prima tío tía"
    " sobrino sobrina novio novia pareja suegro suegra cuñado cuñada"
    # (Portuguese and French)
    " pai mãe irmão irmã filho filha esposa avô avó neto neta tio tia sobrinho sobrinha"
    " namorado namorada sogro sogra cunhado cunhada companheiro companheira"
    " père mère frère sœur fils fille mari femme épouse époux grand-père grand-mère oncle"
    " tante cousin cousine neveu nièce compagnon"
)
_KIN_ALT = "|".join(_KIN_NOUNS.split())
# a person's name hanging off another person's in the same clause, as the complement of a
# relative's noun ("l'allevatore X, cugino di Ivana,", "Ana X, hija de Pedro,") or as the
# relative someone is with ("X spala il fango insieme al padre, Ivo X", "X llegó con su hija,
# Marta X"): a dependent, not the one a following "dice."/"dijo." speaks of
_KIN_DEPENDENT_RE = re.compile(
    rf"(?:\b(?:{_KIN_ALT})\s+(?:di|de|del|della|dello|dei|delle|do|da|du|des)\s+"
    r"|(?<!\w)(?:al|alla|allo|ai|alle|a|con|col|coi|de|del|di|della|dal|dalla"
    # ("ao pai, X", "com a filha, X", "à sa mère, X", "avec son frère, X")
    r"|ao|aos|à|às|com|do|da|au|aux|avec|du)\s+"
    r"(?:(?:su|sus|suo|sua|suoi|sue|il|la|lo|el|los|las|i|gli|le|mio|mia"
    r"|o|os|as|seu|seus|suas|son|sa|ses|mon|ma)\s+){0,2}"
    rf"(?:{_KIN_ALT}),?\s+)$",
    re.IGNORECASE,
)


def kin_dependent(text: str, pos: int) -> bool:
    """True for a Romance name at ``pos`` that a relative's noun governs in another person's
    clause: "cugino di Ivana", "insieme al padre, Ivo X", "con su hija, Marta X", "dedicou um
    tema ao pai, Manuel X", "avec sa fille, Léa X" (but "Il padre, Ivo X, dice" opens its own
    clause)."""
    m = _KIN_DEPENDENT_RE.search(text[max(0, pos - 40) : pos])
    # (the Portuguese "a" is the article: "A filha, Inês X, é enfermeira" is her own clause)
    return m is not None and not (language() == "portuguese" and m.group()[:2].lower() == "a ")


# an aside in dashes or brackets right after a name, then a speech verb: "Ana X —sin relación
# con el edil—, explicó", "Gino Y (nessuna parentela con il sindaco) ha detto"
_ASIDE_RE = re.compile(
    r"\s*(?:[—–][^—–\n«»“”]{1,80}[—–]|\([^()\n«»“”]{1,80}\)),?\s+(?:ha\s+|han\s+)?(\w+)"
)


def aside_speaker(text: str, end: int) -> bool:
    """True when a Spanish or Italian name ending at ``end`` is followed by an aside in
    dashes or brackets and then a speech verb (the name is that verb's subject)."""
    m = _ASIDE_RE.match(text, end)
    return m is not None and m.group(1).lower() in SPEECH_VERBS


# the nouns of a relative a speaker phrase may be ("le mari", "el padre", "o filho", "der
# Sohn"), by the kinship they name: parents and children (one line: "il figlio" before "il
# padre" speaks of the same family), siblings, spouses ("fille" is also "girl")
_SPOUSES = frozenset(
    "husband wife mari épouse époux marido esposo esposa marito moglie ehemann ehefrau"
    " echtgenoot echtgenote".split()
)
_KINSHIPS = (
    frozenset(n for n, (gen, _sex) in _GENERATIONS.items() if gen != "sibling") - {"fille"},
    frozenset(n for n, (gen, _sex) in _GENERATIONS.items() if gen == "sibling"),
    _SPOUSES,
)
_RELATIVE_HEADS = frozenset().union(*_KINSHIPS)
_ARTICLE_HEAD = frozenset("le la el il lo o a der die de het the".split())
_COMPLEMENT_WORDS = frozenset("de du des del della dello di da do dos das van von of".split())
# an indefinite complement after the noun does not tie the relative to anyone the text knows
# ("le fils d'une victime", "el padre de un alumno"); any other complement does ("le grand
# frère du héros du soir", "der Sohn des Bürgermeisters") or describes the one named ("la
# mère de trois enfants", "la mère de famille")
_INDEFINITE_OF_RE = re.compile(
    r"\s*(?:d['’]\s*(?:une?|um|uma)|(?:de|di|do|da)\s+(?:une?|una|uno|um|uma)|of\s+an?|van\s+een"
    r"|von\s+einer?m?|einer|eines)\b",
    re.IGNORECASE,
)
_KIN_BACK = 4000  # characters read back for the relative's earlier mention (linear time)
# the nouns of each kinship as one pattern: a text that spoke of that kinship before ("Il figlio,
# Piero X, …" before "risponde il padre") is about that family, its relatives the people named
_KINSHIP_RES = [
    (nouns, re.compile(rf"\b(?:{'|'.join(sorted(nouns, key=len, reverse=True))})\b", re.I))
    for nouns in _KINSHIPS
]


def unlinked_kin(text: str, phrase: str, pos: int) -> bool:
    """True when the speaker phrase at ``pos`` is a relative's noun after an article ("plaisante
    le mari", "se queja el padre", "le fils d'une victime") that the text does not tie to
    anyone: no noun of that kinship in the text before it ("figlio" for "il padre") and no
    complement after it but an indefinite one. Such a relative is someone new (the husband of the woman quoted, the father
    of a family passing by), never the most salient person named before."""
    words = phrase.split()
    if not words:
        return False
    first = words[0].lower()
    if first[:2] in ("l'", "l’"):
        rest = [first[2:], *words[1:]]
    elif first in _ARTICLE_HEAD and len(words) > 1:
        rest = words[1:]
    else:
        return False
    cut = next(
        (
            k
            for k, w in enumerate(rest)
            if w.lower() in _COMPLEMENT_WORDS or w[:2].lower() in ("d'", "d’")
        ),
        len(rest),
    )
    head = rest[cut - 1].lower() if 0 < cut <= 3 else ""
    if head not in _RELATIVE_HEADS:
        return False
    after = (
        " ".join(rest[cut:])
        if cut < len(rest)
        else text[pos + len(phrase) : pos + len(phrase) + 40]
    )
    if re.match(
        r"\s*(?:[dD]['’]|(?:de|du|des|del|della|dello|di|da|do|dos|das|van|von|of|des|der)\b)",
        after,
    ):
        if not _INDEFINITE_OF_RE.match(after):
            return False  # "du héros", "de trois enfants", "de famille"
    kinship = next(pattern for nouns, pattern in _KINSHIP_RES if head in nouns)
    return kinship.search(text, max(0, pos - _KIN_BACK), pos) is None
