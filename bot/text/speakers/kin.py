"""The elder or the younger of two relatives sharing a surname (private to ``people.py``).

A profile of a mother and her daughter, a father and his son, names both in full once and then
tells them apart by age: "Her mother, Pat Quayle, reads every draft. … Reached by phone, the
elder Quayle is unrepentant." The surname alone would be the first of them named; after "the
elder" it is the parent (the one introduced as "mother", or the one not introduced as
"daughter"), after "the younger" the other.
"""

from __future__ import annotations

import re

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
