"""A husband or wife named only through their partner in German and Dutch news (private to
``resolve.py``).

News about a couple names one of them and then the other as "her husband" or "his wife": "Ria
Jansen … Haar man vulde aan: ‘…’, zei hij." / "„…“, sagt ihr Mann." The "hij" there, and the
phrase "ihr Mann" itself, are the partner, not the woman named before. The partner's own name
is known when the text introduced the couple together ("Kees en Ria Jansen", "Anna und Karl
Huber") or named someone of that gender with the partner's surname; otherwise the quotation is
left unattributed rather than given to the wrong one of the two -- unless no one is named in
the partner's paragraph ("ein älterer Herr … Seine Frau ergänzte: »…«"): then the phrase is
kept as written (``owner_unnamed``). A sentence opening on the partner between a quotation and
the one before ("‘…’, zegt ze. Haar man vulde aan: ‘…’") makes the later one the partner's
(``partner_between``). English relatives called by kinship ("… his widow said") are the one
the text introduced by name with that noun ("His widow, Joan X,": ``english_relative``).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import name_gender
from bot.text.speakers.people import People
from bot.text.speakers.raw import Raw
from bot.text.speakers.reading import language

# the partner's noun and its gender ("haar man": he); the owner is of the other gender
_PARTNERS = {
    **dict.fromkeys("man echtgenoot mann ehemann gatte lebensgefährte".split(), "m"),
    **dict.fromkeys("vrouw echtgenote frau ehefrau gattin lebensgefährtin".split(), "f"),
}
_OWNERS = {"haar": "f", "ihr": "f", "zijn": "m", "sein": "m", "seine": "m"}
# the partner's noun and a comma before their name: "Zijn vrouw, Anna X, was …" (or no comma:
# "Seine Frau Anna X begleitet ihn")
_APPOSITION_RE = re.compile(r"\w+\s+\w+,?\s*$")
_PARTNER_RE = re.compile(r"(?i:haar|ihr|zijn|sein|seine)\s+(\w+)")
_MENTIONS_BACK = 64  # the people named last before the partner, read for one of their surname
_READ_BACK = 2  # sentences read back for a partner opening one ("Haar man vulde aan …")


def partner_phrase(phrase: str) -> str | None:
    """The partner's gender for "haar man", "seine Frau", "ihr Ehemann", else None."""
    words = [nm.bare(w) for w in phrase.split()]
    if len(words) != 2 or words[0] not in _OWNERS or language() not in ("german", "dutch"):
        return None
    gender = _PARTNERS.get(words[1])
    return gender if gender is not None and gender != _OWNERS[words[0]] else None


def partner_opening(text: str, bounds: list[int], pos: int, gender: str) -> int | None:
    """Where a sentence opening on the partner of ``gender`` stands, among the two sentences
    that end at ``pos`` (within its paragraph): "Haar man vulde aan dat … ‘…’, zei hij." ->
    the start of "Haar man"; else None."""
    if language() not in ("german", "dutch"):
        return None
    k = bisect.bisect_right(bounds, pos) - 1
    para = text.rfind("\n", 0, pos)
    for start in reversed(bounds[max(0, k - _READ_BACK + 1) : k + 1]):
        if start <= para:
            break
        at = start
        while at < pos and not text[at].isalpha():
            at += 1
        m = _PARTNER_RE.match(text, at)
        if m is not None and partner_phrase(m.group()) == gender:
            return at
    return None


def partner_name(
    text: str, pos: int, owner: str | None, gender: str, known: list[str]
) -> str | None:
    """The partner's name (before ``pos``): the first name before "en"/"und" in "Kees en Ria Jansen" when the
    owner is "Ria Jansen", or the one other person of ``gender`` in ``known`` with the owner's
    surname; else None."""
    if owner is None or " " not in owner:
        return None
    first, surname = owner.split(" ", 1)
    # (read back a bounded stretch: a text of many quotations stays linear)
    m = re.search(rf"\b(\w+)\s+(?:en|und)\s+{re.escape(owner)}\b", text[max(0, pos - 8000) : pos])
    if m is not None and m.group(1)[:1].isupper() and name_gender(m.group(1)) in (None, gender):
        return f"{m.group(1)} {surname}"
    # (or a Dutch married name opening on the owner's surname: "Anna Jansen-de Boer")
    others = {
        n
        for n in known
        if n != owner and (n.endswith(f" {surname}") or f" {surname}-" in n) and n != first
    }
    return others.pop() if len(others) == 1 else None


def partner_before(people: People, pos: int, pronoun: str) -> str | None:
    """For a German or Dutch "hij"/"sie" after a sentence opening on a partner of its gender
    ("Haar man vulde aan …"): the partner's name, or "" when it is not known; None for any
    other pronoun."""
    gender = "m" if pronoun in nm.MALE_PRONOUNS else "f"
    at = partner_opening(people.text, people.bounds, pos, gender)
    if at is None:
        return None
    k = bisect.bisect_left(people._mention_pos, at)
    named = people.mentions[k] if k < len(people.mentions) else None
    if (
        named is not None
        and named.gender in (None, gender)
        and (named.pos == at or _APPOSITION_RE.match(people.text, at, named.pos))
    ):
        return named.name  # "Zijn vrouw, Anna X, …": the partner named in apposition
    return partner_of(people, at, gender) or ""


def partner_of(people: People, pos: int, gender: str) -> str | None:
    """The name of the partner of ``gender`` a German or Dutch text calls "haar man" or
    "seine Frau" at ``pos``: the partner of the person of the other gender named last."""
    owner = people.antecedent(pos, "f" if gender == "m" else "m")
    k = bisect.bisect_left(people._mention_pos, pos)
    near = people.mentions[max(0, k - _MENTIONS_BACK) : k]  # (a bound: linear time)
    known = [m.name for m in near if m.gender in (None, gender)]
    return partner_name(people.text, pos, owner, gender, known)


# the partner's noun right before a first name: "Haar man Jan", "ihr Mann Peter"
_BEFORE_FIRST_RE = re.compile(r"(?i:haar|ihr|zijn|sein|seine)\s+\w+\s+$")


def partner_named(people: People, words: list[str], pos: int) -> str | None:
    """For a German or Dutch speaker phrase that is a partner ("ihr Mann") or the first name
    after one ("Jan" in "Haar man Jan, die naast haar zat, …"): the partner's name ("" when it
    is not known); None for any other phrase. The first name takes the surname of the person
    of the other gender named last ("Jan" + "Gerda X" -> "Jan X")."""
    gender = partner_phrase(" ".join(words))
    if gender is not None:
        return partner_of(people, pos, gender) or ""
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    m = _BEFORE_FIRST_RE.search(people.text, max(0, pos - 30), pos)
    gender = partner_phrase(m.group()) if m is not None else None
    if gender is None or name_gender(words[0]) not in (None, gender):
        return None
    owner = people.antecedent(m.start(), "f" if gender == "m" else "m", known=True)
    return f"{words[0]} {owner.split(' ', 1)[1]}" if owner and " " in owner else None


# English relatives a text introduces with their name and then calls by kinship alone: "His
# widow, Joan X, said … “…,” his widow said." (gender of the noun, None: either)
_EN_RELATIVES = {
    **dict.fromkeys("widow wife mother daughter sister granddaughter".split(), "f"),
    **dict.fromkeys("widower husband father son brother grandson".split(), "m"),
    "partner": None,
}
_EN_CAP = r"[A-Z][\w'’-]+"
_EN_NAME = rf"{_EN_CAP}(?:\s+(?:[A-Z]\.\s+)?{_EN_CAP}){{1,2}}"


def english_relative(people: People, words: list[str], pos: int) -> str | None:
    """For an English speaker phrase "his widow" / "her son": the full name the text gave that
    relative when it introduced them ("His widow, Joan X,", "Dolan's son Liam X"), the last such
    introduction before ``pos``; else None (the phrase is kept as written)."""
    if language() != "english" or len(words) != 2 or words[0].lower() not in ("his", "her"):
        return None
    noun = words[1].lower()
    if noun not in _EN_RELATIVES:
        return None
    intro = re.compile(
        rf"\b(?:(?i:{words[0]})|{_EN_CAP}['’]s)\s+{noun},?\s+({_EN_NAME})\b",
    )
    found = list(intro.finditer(people.text, max(0, pos - 4000), pos))
    if not found:
        return None
    got = people.name_in(found[-1].group(1), found[-1].start(1))
    if got is None or not got[1] or " " not in got[0]:
        return None
    gender = _EN_RELATIVES[noun]
    if gender is not None and name_gender(got[0].split()[0]) not in (None, gender):
        return None
    # whose relative: the "his"/"her" is the last man/woman named before the phrase; the
    # relative introduced must be theirs ("Mayor Tom X and his wife, Lila X, … The architect
    # Peter Y … “…,” his wife said." is Y's wife, not Lila X)
    owner = "m" if words[0].lower() == "his" else "f"
    whose = _last_of(people, pos, owner, got[0])
    if whose is None or whose != _last_of(people, found[-1].start(1), owner, got[0]):
        return None
    return got[0]


def _last_of(people: People, pos: int, gender: str, other: str) -> str | None:
    """The last person of ``gender`` named before ``pos`` (not ``other``), else None."""
    k = bisect.bisect_left(people._mention_pos, pos)
    for m in reversed(people.mentions[:k]):
        if m.gender == gender and m.name != other:
            return m.name
    return None


def owner_unnamed(people: People, pos: int) -> bool:
    """True when a quotation stands before a partner phrase at ``pos`` in its paragraph and no
    one is named there ("»…«, schimpfte ein älterer Herr. Seine Frau ergänzte"): the owner is
    the unnamed speaker just quoted."""
    k = bisect.bisect_left(people._mention_pos, pos)
    para_start = people.text.rfind("\n", 0, pos) + 1
    quoted = any(mark in people.text[para_start:pos] for mark in "”“»«’")
    return quoted and (not k or people.mentions[k - 1].pos < para_start)


# a sentence opening on a partner noun: "Haar man vulde aan: ‘…’", "Seine Frau ergänzte: »…«"
_PARTNER_OPENING_RE = re.compile(
    r"(?:^|(?<=[.!?…\"“”’«»]\s))(?:Haar|Zijn|Ihr|Sein|Seine)\s+"
    r"(?:man|vrouw|echtgenoot|echtgenote|Mann|Frau|Ehemann|Ehefrau)\b",
    re.MULTILINE,
)


# what makes a partner's sentence before a quotation theirs: a speech verb ("Seine Frau
# ergänzte:", "Haar man vulde aan:"), a colon, or a stance ("Ihr Mann nickt.", "Seine Frau sieht
# das gelassener.") -- not a sentence about them ("Ihr Mann ist vor zwei Jahren gestorben.")
_PARTNER_STANCE_RE = re.compile(
    r"\b(?:nickt|nickte|knikt|knikte|(?:sieht|sah)\s+(?:das|es)|(?:ziet|zag)\s+(?:dat|het))\b"
)
_PRONOUN_GENDER = {"er": "m", "hij": "m", "sie": "f", "ze": "f", "zij": "f"}


def partner_between(rules: Any, idx: int, pronoun: str | None = None) -> Raw | None:
    """The partner phrase of a German or Dutch sentence opening on one ("Haar man vulde aan:")
    between the quotation before (in its paragraph) and this one, when no name follows it: the
    quotation is the partner's, not the earlier speaker's (``partner_named`` names them).
    With an explicit ``pronoun`` ("‘…’, zegt ze."), only a partner of the pronoun's gender
    ("Haar man doet het onderhoud. ‘…’, zegt hij."); without one, only a partner's sentence
    that speaks or takes a stance ("Ihr Mann nickt. „…“", not "Ihr Mann starb 2015. „Ich …“")."""
    if language() not in ("german", "dutch"):
        return None
    text, span = rules.text, rules.spans[idx]
    ps = rules.paras[span.paragraph][0]
    lo_at = max(ps, rules.spans[idx - 1].close_end if idx > 0 else 0)
    last = None
    for m in _PARTNER_OPENING_RE.finditer(text, lo_at, span.open_at):
        last = m
    if last is None:
        return None
    after = text[last.end() : last.end() + 40].lstrip(" ,").split()
    if after and after[0][:1].isupper() and after[0].isalpha():
        return None  # "Seine Frau Gisela X führt …", "Ihr Mann, Karl X, …": named
    if pronoun is not None:
        if _PRONOUN_GENDER.get(pronoun.lower()) != partner_phrase(last.group()):
            return None  # "Haar man doet het onderhoud. ‘Ik …’, zegt ze.": hers
        return Raw(last.group(), last.start())
    sentence = re.split(r"(?<=[.!?…])\s", text[last.end() : span.open_at], maxsplit=1)[0]
    words = [nm.bare(w) for w in sentence.split()]
    if not (
        sentence.rstrip().endswith(":")
        or any(w in nm.SPEECH_VERBS for w in words)
        or _PARTNER_STANCE_RE.search(sentence)
    ):
        return None  # "Ihr Mann ist vor zwei Jahren gestorben. „Seitdem stehe ich …“": hers
    return Raw(last.group(), last.start())
