"""A quotation after "In her view," and its like, in the seven languages (private to
``before``).

News often gives someone's words after a phrase of opinion with a possessive that points back
to the person the sentence before introduces: "More sceptical was Ines Lacey, of the
consultancy X. In her view, “…”", "A su juicio, «…»", "À son avis, « … »", "A suo giudizio,
«…»", "Na sua opinião, “…”", "Ihrer Meinung nach sei „…“", "Naar haar mening ‘…’". The words
are that person's, as after "according to her". The phrase must open its sentence and lead
straight into the quotation (a verb between them would have a subject of its own); the person
is the last one named before it in the same or the previous paragraph whose gender fits the
possessive (any person for the possessives that show none: "su", "suo", "son", "seu").
"""

from __future__ import annotations

import bisect
import re
from typing import Any

# the phrase, then an optional comma and (German) "sei"/"seien" or (Dutch) "is": "Ihrer
# Meinung nach sei „…“"
_OPINION_RE = re.compile(
    r"(?:(?P<en>In (?P<en_own>her|his|their) (?:view|opinion))"
    r"|(?P<es>(?:A su (?:juicio|entender|parecer)|En su opinión))"
    r"|(?P<it>(?:A suo (?:giudizio|parere|avviso)|Secondo il suo parere))"
    r"|(?P<fr>(?:À|A) (?:son avis|ses yeux))"
    r"|(?P<pt>(?:Na sua opinião|No seu entender|A seu ver|Na opinião (?P<pt_own>dela|dele)))"
    r"|(?P<de>(?P<de_own>Ihrer|Seiner) (?:Meinung|Ansicht|Einschätzung) nach"
    r"|Aus (?P<de_own2>ihrer|seiner) Sicht)"
    r"|(?P<nl>Naar (?P<nl_own>haar|zijn) (?:mening|idee)|In (?P<nl_own2>haar|zijn) ogen))"
    r"\s*,?\s*(?:(?:sei|seien|ist|is|zijn)\s+)?$"
)
_GENDER = {
    "her": "f", "his": "m", "ihrer": "f", "seiner": "m", "haar": "f", "zijn": "m",
    "dela": "f", "dele": "m",
}  # fmt: skip
_NAME_RUN_RE = re.compile(r"[^\W\d_][\w'’-]*(?:\s+(?:[^\W\d_a-z][\w'’-]*|van|von|de|da|del|di))*")


def opinion_holder(people: Any, start: int, open_at: int) -> tuple[int, int] | None:
    """The span of the person whose opinion the sentence opening at ``start`` gives in the
    quotation opening at ``open_at`` ("In her view, “…”"), else None."""
    text: str = people.text
    m = _OPINION_RE.match(text, start, open_at)
    if m is None or m.end() != open_at:
        return None
    own = next(
        (
            m.group(g)
            for g in ("en_own", "pt_own", "de_own", "de_own2", "nl_own", "nl_own2")
            if m.group(g)
        ),
        None,
    )
    if own is not None and own.lower() == "their":
        return None  # (a group: read elsewhere)
    gender = _GENDER.get(own.lower()) if own else None
    para = people._para(start)
    mentions = people.mentions
    k = bisect.bisect_left([0] if not mentions else _positions(people), start)
    for mention in reversed(mentions[:k]):
        if people._para(mention.pos) < para - 1:
            break
        if gender is not None and mention.gender not in (None, gender):
            continue
        if " " not in mention.name:
            continue  # (a full name: not a body's word read as one)
        run = _NAME_RUN_RE.match(text, mention.pos)
        return (mention.pos, run.end()) if run else None
    return None


def _positions(people: Any) -> list[int]:
    """The positions of the text's mentions, in order (read once per text)."""
    cached = getattr(people, "_mention_positions", None)
    if cached is None or len(cached) != len(people.mentions):
        cached = [m.pos for m in people.mentions]
        people._mention_positions = cached
    return cached
