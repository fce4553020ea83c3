"""A husband or wife named only through their partner in German and Dutch news (private to
``resolve.py``).

News about a couple names one of them and then the other as "her husband" or "his wife": "Ria
Jansen … Haar man vulde aan: ‘…’, zei hij." / "„…“, sagt ihr Mann." The "hij" there, and the
phrase "ihr Mann" itself, are the partner, not the woman named before. The partner's own name
is known when the text introduced the couple together ("Kees en Ria Jansen", "Anna und Karl
Huber") or named someone of that gender with the partner's surname; otherwise the quotation is
left unattributed rather than given to the wrong one of the two.
"""

from __future__ import annotations

import bisect
import re

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import name_gender
from bot.text.speakers.people import People
from bot.text.speakers.reading import language

# the partner's noun and its gender ("haar man": he); the owner is of the other gender
_PARTNERS = {
    **dict.fromkeys("man echtgenoot mann ehemann gatte lebensgefährte".split(), "m"),
    **dict.fromkeys("vrouw echtgenote frau ehefrau gattin lebensgefährtin".split(), "f"),
}
_OWNERS = {"haar": "f", "ihr": "f", "zijn": "m", "sein": "m", "seine": "m"}
# the partner's noun and a comma before their name: "Zijn vrouw, Anna X, was …"
_APPOSITION_RE = re.compile(r"\w+\s+\w+,\s*$")
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
    others = {n for n in known if n != owner and n.endswith(f" {surname}") and n != first}
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
    if named is not None and _APPOSITION_RE.match(people.text, at, named.pos):
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
