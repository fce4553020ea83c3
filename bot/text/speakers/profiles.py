"""The protagonist of a Spanish or Italian profile speaks the quotation paragraphs no one is
named by (private to ``resolve.py``; French and Portuguese portraits: ``protagonist``).

A profile or an interview piece lets its subject talk in paragraphs that are only quotation,
after a paragraph of description that names no one ("La cocinera se ríe cuando le preguntamos
por los clientes difíciles.¶«Una vez vino un señor de Madrid …»"). When one person plainly
dominates the article's attributed quotations (at least three, and two more than anyone else),
such a paragraph is theirs; when the description names someone else, or quotes someone else,
it is left unattributed.
"""

from __future__ import annotations

from collections import Counter

from bot.text.speakers.marks import Span
from bot.text.speakers.people import People
from bot.text.speakers.reading import language

_MIN_QUOTES = 3  # the protagonist's attributed quotations at least
_LEAD = 2  # and this many more than anyone else's


def protagonist(people: People, speakers: list[str | None]) -> str | None:
    """The one person (a full name) with most of the text's attributed quotations, or None."""
    counts = Counter(s for s in speakers if s and s[:1].isupper() and " " in s)
    if not counts:
        return None
    ranked = counts.most_common(2)
    name, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if top < _MIN_QUOTES or top < second + _LEAD:
        return None
    person = any(m.name == name and (m.gender or m.subject) for m in people.mentions)
    return name if person else None


def fill_profile(
    people: People,
    spans: list[Span],
    paras: list[tuple[int, int]],
    unattributed: list[bool],
    speakers: list[str | None],
) -> None:
    """Give the protagonist the quotations in ``speakers`` that no rule attributed
    (``unattributed``) and that make up a paragraph of their own after a paragraph naming or
    quoting no one else (Spanish and Italian)."""
    if language() not in ("spanish", "italian") or not any(unattributed):
        return
    name = protagonist(people, speakers)
    if name is None:
        return
    text = people.text
    for idx, span in enumerate(spans):
        if not unattributed[idx] or speakers[idx] is not None:
            continue
        para = span.paragraph
        if para < 1 or people.is_headline(para - 1):
            continue
        ps, pe = paras[para]
        if span.open_at != ps or text[span.close_end : pe].strip(" .") != "":
            continue  # (not a paragraph that is only this quotation)
        if not text[span.start : span.start + 1].isupper():
            continue  # (a fragment, not what someone said)
        pps, ppe = paras[para - 1]
        named = {m.name for m in people.mentions if pps <= m.pos < ppe}
        if named - {name}:
            continue  # the paragraph before names someone else
        quoted = {speakers[k] for k, s in enumerate(spans) if s.paragraph == para - 1}
        if quoted - {name, None}:
            continue  # or quotes someone else
        speakers[idx] = name
