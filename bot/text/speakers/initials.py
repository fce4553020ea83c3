"""A person the text shortens to the initial of their surname (private to ``people.py``).

Court and police reports in German and Dutch name a defendant or a victim by their first
name and the initial of their surname only ("Dennis K.", "Markus S."), then by that initial
alone: "K. zelf toonde ter zitting spijt. ‘…’, zei hij." / "S. schwieg." The lone initial is
that person, as much a mention as a surname would be (the name runs need two letters, so
``People`` misses it otherwise).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from bot.text.speakers.mentions import Mention

# a capital and a stop, not after another capital word or initial ("Dr. K. Bauer", "J. K.
# Rowling"), before a lower-case word or a verb ("K. zelf", "K. had", "S. schwieg")
_INITIAL_RE = re.compile(r"(?<![\w.] )(?<![\w.])([A-ZÄÖÜ])\.(?= [a-zäöüß])")


def initial_mentions(people: Any, quoted: list[tuple[int, int]]) -> list[Mention]:
    """Mentions of the people named "First X." whom the text later calls "X." alone."""
    if not people._germanic:
        return []
    out: list[Mention] = []
    starts = [q[0] for q in quoted]
    for m in _INITIAL_RE.finditer(people.text):
        pos = m.start()
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and quoted[k][1] > pos:
            continue  # inside a quotation
        entries = [
            e
            for e in people.registry.get(m.group(1).lower(), [])
            if len(e[1]) >= 2 and e[1][-1] == m.group(1) and e[0] < pos
        ]
        if len({e[1] for e in entries}) != 1:
            continue  # (no one, or two people, so shortened)
        name, gender = " ".join(entries[0][1]), entries[0][2]
        out.append(
            Mention(
                pos,
                name,
                gender,
                subject=people._is_subject(pos),
                speaker=people._is_speaker(pos, m.end()),
                sent=bisect.bisect_right(people.bounds, pos),
                para=people._para(pos),
            )
        )
    return out
