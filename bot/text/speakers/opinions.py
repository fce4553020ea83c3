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
# the capitalized words of the name at a mention ("Claire Martin" of "Claire Martin de La
# France insoumise": the resolver gives the full name the text registers)
_NAME_RUN_RE = re.compile(r"[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_a-z][\w'’-]*)*")
# the end of the sentence right after the quotation: no attribution after it
_ENDS_RE = re.compile(r"\s*(?:[.!?…]|$|\n)")


def opinion_holder(people: Any, start: int, open_at: int, close_end: int) -> tuple[int, int] | None:
    """The span of the person whose opinion the sentence opening at ``start`` gives in the
    quotation between ``open_at`` and ``close_end`` ("In her view, “…”."), else None: not
    when an attribution follows the quotation (", a déclaré X", ", ha detto Rossi": read
    there)."""
    text: str = people.text
    m = _OPINION_RE.match(text, start, open_at)
    if m is None or m.end() != open_at or not _ENDS_RE.match(text, close_end):
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
    k = bisect.bisect_left(people._mention_pos, start)
    fits = []
    for mention in reversed(people.mentions[:k]):
        if people._para(mention.pos) < para - 1 or (fits and mention.sent != fits[0].sent):
            break
        if gender is not None and mention.gender not in (None, gender):
            continue
        if " " in mention.name:  # (a full name: not a body's word read as one)
            fits.append(mention)
    if not fits:
        return None
    # the last sentence that names someone fitting: its subject if it has one ("Mayor Tom X
    # responded to criticism from councillor Jim Y. In his view, “…”" is Tom X's), else the
    # last one named ("More sceptical was Ines Z, of the consultancy W.")
    held = next((f for f in fits if f.subject), None)
    if held is None and len({f.name for f in fits}) > 1:
        return None  # (two people named in one sentence, neither its subject: no telling)
    held = held or fits[0]
    run = _NAME_RUN_RE.match(text, held.pos)
    return (held.pos, run.end()) if run else None
