"""Direct quotations with their speakers, and a ranking of the key ones.

``find_quotes`` returns every direct quotation of a news text in article order;
``rank_quotes`` scores them and ``key_quotes`` picks the few worth showing next to
a summary. Pure Python, linear in the text length, and it never raises.
"""

from __future__ import annotations

import logging
import re

from bot.models import Quote
from bot.text._marks import Span, find_spans, paragraphs
from bot.text._names import SPEECH_VERBS
from bot.text._speakers import attribute

log = logging.getLogger(__name__)

_WORD_RE = re.compile(r"\w+")
def _standalone(text: str, span: Span, para_start: int) -> bool:
    """True when the quotation is a clause of its own, not a phrase inside a sentence."""
    inner = text[span.start : span.end]
    first = inner[:1]
    if first.isalpha() and not first.isupper():
        return False
    ends = inner[-1:] in ",.!?…—–-" or text[span.close_end : span.close_end + 1] in (".", "!", "?")
    if not ends:
        return False
    before = text[para_start : span.open_at].rstrip()
    if not before:
        return True
    if before[-1] in ".!?:;\"”'’»":
        return True
    last = before.rstrip(",").split()[-2:]
    return any(w.lower().strip(",") in SPEECH_VERBS for w in last)


def _title_case(inner: str) -> bool:
    """A book, show or headline title: every content word capitalized."""
    content = [w for w in _WORD_RE.findall(inner) if len(w) >= 4 and w[0].isalpha()]
    return len(content) >= 3 and all(w[0].isupper() for w in content)


def _splits(text: str, span: Span, nxt: Span | None) -> bool:
    """True for the first piece of a quote split by its attribution: “A,” he said, “B.”"""
    if nxt is None or nxt.paragraph != span.paragraph or nxt.open_at - span.close_end > 80:
        return False
    between = text[span.close_end : nxt.open_at].lower()
    return any(w.strip(".,;:") in SPEECH_VERBS for w in between.split())


def _keep(text: str, spans: list[Span], k: int, paras: list[tuple[int, int]]) -> bool:
    """Drop scare quotes, titles and short fragments that are not quotations of speech."""
    span = spans[k]
    inner = text[span.start : span.end]
    words = len(_WORD_RE.findall(inner))
    if words <= 12 and _title_case(inner):
        return False
    if words >= 5:
        return True
    if inner[-1:] == "," and _splits(text, span, spans[k + 1] if k + 1 < len(spans) else None):
        return inner[:1].isupper()
    return words >= 2 and _standalone(text, span, paras[span.paragraph][0])


def find_quotes(text: str) -> list[Quote]:
    """All direct quotations in ``text`` in article order, each with its speaker or None.

    ``start``/``end`` are the offsets of the text between the marks, so
    ``quote.quote == text[quote.start:quote.end]``.
    """
    if not text or not isinstance(text, str):
        return []
    try:
        paras = paragraphs(text)
        found = find_spans(text)
        spans = [s for k, s in enumerate(found) if _keep(text, found, k, paras)]
        speakers = attribute(text, spans, paras)
    except Exception:  # never let one odd article break a summary
        log.exception("quote extraction failed on a %d-character text", len(text))
        return []
    return [
        Quote(quote=text[s.start : s.end], speaker=sp, start=s.start, end=s.end)
        for s, sp in zip(spans, speakers, strict=True)
    ]
