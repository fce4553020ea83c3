"""Plain text and Markdown articles, and the small text helpers the extractors share."""

from __future__ import annotations

import re
from typing import Any

from bot.errors import ExtractionError
from bot.models import Article

# Extracted text is cut, at a paragraph, past this many characters: some 600 pages of a book,
# more than any summary reads, and a bound on the memory of every step after extraction.
MAX_TEXT_CHARS = 2_000_000

_SPACE = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_BLANK_LINE = re.compile(r"\n\s*\n")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
_MD_SETEXT = re.compile(r"\A\s*([^\n]{1,200})\n(?:=+|-+)\s*(?:\n|\Z)")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def normalize_space(text: str) -> str:
    """Collapse runs of spaces (and drop invisible characters) on one line."""
    return _SPACE.sub(" ", _INVISIBLE.sub("", text.replace("\r", " ").replace("\n", " "))).strip()


def clean_value(value: Any) -> str | None:
    """A metadata value as one line of text (a list joined with "; "), or None if empty."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value if v)
    text = normalize_space(str(value))
    return text or None


def loose_key(text: str) -> str:
    """``text`` for loose comparison: casefolded, without "www." and without punctuation or spaces."""
    return re.sub(r"[\W_]+", "", text.casefold().removeprefix("www."))


def split_lines(text: str) -> list[str]:
    """Non-empty lines of ``text``, each with its spaces collapsed."""
    out = []
    for line in (text or "").splitlines():
        line = normalize_space(line)
        if line:
            out.append(line)
    return out


def split_paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, each joined onto one line."""
    out = []
    for block in _BLANK_LINE.split(text.replace("\r\n", "\n").replace("\r", "\n")):
        block = normalize_space(block)
        if block:
            out.append(block)
    return out


def plain_article(text: str, *, url: str | None, source: str, markdown: bool = False) -> Article:
    """An article from plain text (kept as it is) or Markdown (title from its first heading)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()
    title = None
    if markdown:
        text = _FRONT_MATTER.sub("", text, count=1).strip()
        m = _MD_HEADING.search(text) or _MD_SETEXT.match(text)
        if m:
            title = normalize_space(m.group(1)) or None
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise ExtractionError("There's no text in it to read.")
    return Article(
        source=source,
        text=text,
        url=url,
        canonical_url=None,
        title=title,
        paragraphs=tuple(paragraphs),
    )


def cap_paragraphs(paragraphs: tuple[str, ...], limit: int = MAX_TEXT_CHARS) -> tuple[str, ...]:
    """The leading paragraphs that fit in ``limit`` characters (the first one cut if it must)."""
    total = 0
    for i, paragraph in enumerate(paragraphs):
        total += len(paragraph) + 2  # the blank line that joins paragraphs
        if total > limit:
            return paragraphs[:i] if i else (paragraphs[0][:limit],)
    return paragraphs
