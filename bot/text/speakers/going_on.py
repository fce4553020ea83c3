"""A quotation with no attribution of its own going on with the one before it across the
paragraph break (private to ``attribution.py``): “A,” Ana Lind said. ¶ “B.” Cutting in, the judge
said: “C” -- B is Lind's, not the judge's whom the sentence after it introduces; and the pieces
of one quotation over paragraphs run together, “A. ”B. “C. ”, whose marks are read in pairs; a
quotation opening its paragraph after one whose last sentence reports someone's speech."""

from __future__ import annotations

import bisect
from typing import Any

from bot.text.speakers.incise import reported_fragment
from bot.text.speakers.raw import Raw
from bot.text.speakers.reading import language


def across_introduction(att: Any, out: list[Raw], idx: int, named: list[int]) -> int | None:
    """The quotation whose speaker quotation ``idx`` shares (the one ending the paragraph
    before, or the one it goes on with) when ``idx`` opens its paragraph and the only attributed
    quotations of the paragraph come after a sentence introducing their speaker ("Cutting in,
    the judge said: “C”"); else None."""
    spans, text = att.spans, att.text
    span = spans[idx]
    if not named or named[0] < idx or idx == 0:
        return None
    later = spans[named[0]]
    para = span.paragraph
    prev = out[idx - 1]
    if (
        span.close_end <= out[named[0]].pos < later.open_at
        and spans[idx - 1].paragraph == para - 1
        and span.open_at == att.paras[para][0]
        and (prev.phrase is not None or prev.inherited is not None)
        and not reported_fragment(text, spans[idx - 1], att.paras)
    ):
        return idx - 1 if prev.phrase is not None else prev.inherited
    return None


def chain_piece(
    att: Any, out: list[Raw], idx: int, continued: list[int], chained: list[int]
) -> bool:
    """True when quotation ``idx``, a whole sentence in marks, follows in its paragraph a
    quotation that goes on with an earlier one (``continued``, ``chained``) with no one named
    between: “…,” he said. ¶ “A. ”B. “C. ” -- C goes on with A like A with the one before."""
    spans = att.spans
    return (
        (idx - 1 in continued or idx - 1 in chained)
        and spans[idx - 1].paragraph == spans[idx].paragraph
        and out[idx - 1].inherited is not None
        and att.text[spans[idx].start].isupper()
        and not att.people.other_named(spans[idx - 1].close_end, spans[idx].open_at, "")
    )


def reported_last(att: Any, idx: int) -> tuple[int, int] | None:
    """The person the last sentence of the paragraph before reports, for an English quotation
    opening its paragraph with no attribution of its own: "The director, Tom Hale, said he was
    sad she stayed away. ¶ “It's a shame. …” Other guests included …" -- Hale's (a name or
    he/she opening a sentence with a speech verb, and no quotation in that sentence)."""
    spans, text = att.spans, att.text
    span = spans[idx]
    para = span.paragraph
    if para == 0 or span.open_at != att.paras[para][0] or language() != "english":
        return None
    ps, pe = att.paras[para - 1]
    last = text[ps:pe].rstrip()
    if not last.endswith(".") or att.people.is_headline(para - 1):
        return None
    start = att._sentence_start(ps + len(last) - 1, ps)
    if idx > 0 and spans[idx - 1].close_end > start:
        return None
    return att._reporting_subject(att._tokens(start, ps + len(last)))


def introduced_before(att: Any, idx: int, earlier: int) -> tuple[str, int] | None:
    """(name, where) of a person a sentence of its own introduces as its subject between
    quotation ``earlier`` and quotation ``idx``, which opens its sentence with no attribution
    (English): "“A,” Lind said. His friend, Tom Hale, who chairs the club, blames the weather. “B.”"
    -- B is Hale's, not Lind's (the person named in full, the sentence's subject)."""
    spans, text = att.spans, att.text
    span = spans[idx]
    if language() != "english":
        return None
    _, ps, _ = att._para_of(span.open_at)
    start = att._sentence_start(span.open_at, ps)
    if text[start : span.open_at].strip() or start <= spans[earlier].close_end:
        return None
    prev = att._sentence_start(start - 1, ps)
    if prev < spans[idx - 1].close_end:
        return None  # (a sentence of its own between the quotations)
    people = att.people
    lo = bisect.bisect_left(people._mention_pos, prev)
    hi = bisect.bisect_left(people._mention_pos, start)
    found = people.mentions[lo:hi]
    if not found or not found[0].subject or len(found[0].name.split()) < 2:
        return None
    first = found[0]
    if text[first.pos : first.pos + 4].split(" ")[0].lower() in ("he", "she"):
        return None  # ("He did not say more.": the pronoun's person, no one new)
    if text[prev : first.pos].count(",") > 1 or len(text[prev : first.pos].split()) > 3:
        return None  # (the subject opens the sentence: "His friend, Tom Hale, …")
    return first.name, first.pos
