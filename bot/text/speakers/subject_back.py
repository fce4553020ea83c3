"""The subject a German or Dutch epithet goes back to past a sentence that names no one
(private to ``roles_germanic.py``).

"Dijkstra sleepte de bal langs keepster Iris X. Het publiek ontplofte. ¶ ‘…’, vertelde de
verdedigster": a sentence naming no one between an epithet's quotation and the sentence before
it leaves that sentence's one subject as the person the epithet stands for (both sentences in
one paragraph), not the last person of the right gender named.
"""

from __future__ import annotations

import bisect
from typing import Any


def subjects_past_no_one(people: Any, pos: int, sent: int, gender: str | None) -> set[str]:
    """The subjects (named in full, of a fitting ``gender``) of the sentence two back from the
    quotation's sentence index ``sent`` when the sentence between names no one; else none."""
    bounds, text = people.bounds, people.text
    lo = bisect.bisect_left(people._mention_pos, bounds[sent - 3])
    mid = bisect.bisect_left(people._mention_pos, bounds[sent - 2])
    hi = bisect.bisect_left(people._mention_pos, pos)
    if mid != hi or "\n" in text[bounds[sent - 3] : bounds[sent - 2]].rstrip():
        return set()
    return {
        m.name
        for m in people.mentions[lo:mid]
        if m.subject and len(m.name.split()) >= 2 and (gender is None or m.gender in (None, gender))
    }
