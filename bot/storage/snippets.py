"""Build search snippets from the original text and the index's highlight of its words.

FTS5's ``highlight()`` marks matched words in the indexed text (the prefixed search words, one
per word of the original, see :mod:`bot.storage.tokens`). Here the marks are carried back to
the original text, and a window of words around the best cluster of matches is cut out.
"""

from __future__ import annotations

from typing import Any

from bot.storage.base import SearchHit
from bot.storage.codec import row_to_entry
from bot.storage.tokens import words

# Unicode noncharacters: never in indexed text, so safe as the highlight marks of both stores
MARK_OPEN = "\ufdd0"
MARK_CLOSE = "\ufdd1"
SNIPPET_WORDS = 24
WORDS_BEFORE = 6
ELLIPSIS = "…"


def marked_words(highlighted: str | None, open_mark: str, close_mark: str) -> list[bool]:
    """For each word of the indexed text, whether ``highlight()`` marked it."""
    if not highlighted:
        return []
    out = []
    inside = False
    for piece in highlighted.split(" "):
        if not piece:
            continue
        starts = piece.startswith(open_mark) or open_mark in piece
        out.append(inside or starts)
        if starts:
            inside = True
        if close_mark in piece:
            inside = piece.rfind(open_mark) > piece.rfind(close_mark)
    return out


def build_snippet(
    text: str,
    marked: list[bool],
    *,
    size: int = SNIPPET_WORDS,
    before: int = WORDS_BEFORE,
    separators: str = "\n\x1e",
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of about ``size`` words of ``text`` around its marked words.

    Returns the snippet (``…`` where it was cut) and the spans of the marked words in it.
    If ``marked`` does not line up with the words of ``text``, nothing is highlighted.
    """
    found = words(text)
    if len(marked) != len(found):
        marked = [False] * len(found)
    if not found:
        return " ".join(text.split()), ()
    # words of one original run (e.g. "½" folding into two) share a span: merge them
    spans: list[tuple[int, int]] = []
    flags: list[bool] = []
    for (start, end, _), flag in zip(found, marked, strict=True):
        if spans and spans[-1] == (start, end):
            flags[-1] = flags[-1] or flag
        else:
            spans.append((start, end))
            flags.append(flag)
    hits = [i for i, flag in enumerate(flags) if flag]
    if hits:
        best = max(hits, key=lambda i: (sum(1 for j in hits if i <= j < i + size - before), -i))
        first = max(0, best - before)
    else:
        first = 0
    last = min(len(spans), first + size) - 1
    if last - first + 1 < size:
        first = max(0, last - size + 1)
    begin = 0 if first == 0 else spans[first][0]
    end = spans[last][1]
    if last == len(spans) - 1:
        end = len(text)
    else:
        while end < len(text) and not text[end].isspace() and text[end] not in separators:
            end += 1  # keep the punctuation that follows the last word
    piece = text[begin:end]
    lead = ELLIPSIS if begin > 0 else ""
    tail = ELLIPSIS if end < len(text) else ""
    table = {ord(ch): " " for ch in separators}
    snippet = lead + piece.translate(table).rstrip() + tail
    shift = len(lead) - begin
    marks = tuple(
        (s + shift, e + shift) for i, (s, e) in enumerate(spans) if flags[i] and first <= i <= last
    )
    return snippet, marks


def search_hit(
    row: Any, summary_marks: str | None, quotes_marks: str | None, *, rank: int, score: float
) -> SearchHit:
    """A search hit of either store: the entry, and a snippet cut around the summary's matched
    words, or around the quotes' when the summary has none."""
    snippet, spans = build_snippet(
        row["summary"], marked_words(summary_marks, MARK_OPEN, MARK_CLOSE)
    )
    if not spans:
        quoted = marked_words(quotes_marks, MARK_OPEN, MARK_CLOSE)
        if any(quoted):
            snippet, spans = build_snippet(row["quotes_text"], quoted)
    return SearchHit(
        entry=row_to_entry(row), snippet=snippet, highlights=spans, rank=rank, score=score
    )
