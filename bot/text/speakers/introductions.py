"""How a name stands in the sentence that introduces it (private to ``salience``): an age
in apposition after it, past a title its run opens on ("Engineer Paul Dorrington, 45,"), and
a name in commas after another person's kin noun ("Her granddaughter, Lily,"), and the
subject of an English sentence inverted after "Among …" ("Among the crowd was X")."""

from __future__ import annotations

import re
from typing import Any


def right_before(text: str, mention: Any, at: int) -> bool:
    """True when the age at ``at`` follows ``mention``'s name, past a title its run opens on:
    "Ana Lind, 34,", "Engineer Paul Dorrington, 45,"."""
    gap, name = at - mention.pos, mention.name
    if gap <= len(name) + 8:
        return True
    return gap <= len(name) + 30 and text[mention.pos : at].rstrip(" )").endswith(name.split()[-1])


_KIN_BEFORE_RE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|whose) ([a-z]+), $")


def kin_of_other(text: str, at: list[int], nouns: frozenset[str], noun: str) -> bool:
    """True when a name is given in commas after another's kin noun ("Her granddaughter,
    Lily, 19, swam …"): a relative of the person the text is about, not the one a role
    ``noun`` stands for, unless their sentence gives them that noun ("Her daughter, Sofia
    Ruiz, is a junior at …" for "the junior")."""
    for pos in at:
        m = _KIN_BEFORE_RE.search(text, max(0, pos - 30), pos)
        if m is None or m.group(1) not in nouns:
            continue
        end = text.find(".", pos, pos + 300)
        if not noun or not re.search(
            rf"\b{re.escape(noun)}\b", text[pos : end if end > 0 else pos + 300]
        ):
            return True
    return False


_AMONG = frozenset("Among Alongside Beside".split())


def inverted_among(words: list[str]) -> bool:
    """True for the English words before a name that make it the subject of an inverted
    sentence: "Among the crowd was", "Also among the guests were" (a place or a group
    fronted, then "was"/"were", then the subject)."""
    if words[:1] == ["Also"]:
        words = words[1:]
    return (
        2 <= len(words) <= 8
        and (words[0] in _AMONG or words[0] == "among")
        and words[-1] in ("was", "were")
        and all(w.isalpha() and w.islower() for w in words[1:])
    )
