"""Decide what to summarize in a Discord message: an attached file, a link or the text itself.

Pure functions over plain values, so they are tested without Discord.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from bot.service import SUPPORTED_EXTENSIONS
from bot.web.links import find_links  # noqa: TID251 - allowed pure helper (tests/test_layering.py PURE_HELPERS)

# Files the service can read.
SUPPORTED_SUFFIXES = tuple(sorted(SUPPORTED_EXTENSIONS))
SUPPORTED_TYPES = (
    "text/plain",
    "text/markdown",
    "text/html",
    "application/pdf",
    "application/xhtml+xml",
)

# A message with fewer words than this besides its links is "a link with a comment": use the link.
MIN_TEXT_WORDS = 40

_URL = re.compile(r"https?://[^\s<>|\"'`]+", re.IGNORECASE)
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)
_SPOILER = re.compile(r"\|\|.*?\|\|", re.DOTALL)
_SUPPRESSED = re.compile(r"<https?://[^\s>]+>", re.IGNORECASE)


def previewable_text(text: str) -> str:
    """``text`` without the parts whose links the author chose not to preview.

    Discord convention: ``<https://...>`` suppresses the preview; links in spoilers and code are
    not meant to be opened either. Automatic summaries respect that.
    """
    text = _CODE.sub(" ", text or "")
    text = _SPOILER.sub(" ", text)
    return _SUPPRESSED.sub(" ", text)


def is_supported_file(filename: str, content_type: str | None = None) -> bool:
    """Whether an attachment looks like a file the service can summarize."""
    suffix = PurePosixPath(filename.lower()).suffix
    if suffix in SUPPORTED_SUFFIXES:
        return True
    kind = (content_type or "").split(";")[0].strip().lower()
    return kind in SUPPORTED_TYPES


@dataclass(frozen=True, slots=True)
class FileRef:
    """An attachment as far as choosing a source is concerned."""

    index: int
    filename: str
    size: int
    content_type: str | None = None


@dataclass(frozen=True, slots=True)
class MessageSource:
    """What to hand the service for a message: one of a file (by index), a link or text."""

    kind: str  # "file" | "link" | "text"
    value: str = ""
    file_index: int = -1


def choose_source(
    content: str,
    files: Sequence[FileRef] = (),
    embed_texts: Sequence[str] = (),
    embed_urls: Sequence[str] = (),
) -> MessageSource | None:
    """Pick what to summarize in a message; None when it holds nothing usable.

    Order: a supported attached file; the message text when it is long enough to be the article
    itself; the first link in it; the text of its embeds (messages from other bots); an embed's
    link; finally any short text.
    """
    for ref in files:
        if is_supported_file(ref.filename, ref.content_type):
            return MessageSource("file", ref.filename, ref.index)
    content = (content or "").strip()
    links = find_links(content)
    words_besides_links = len(_URL.sub(" ", content).split())
    if words_besides_links >= MIN_TEXT_WORDS:
        return MessageSource("text", content)
    if links:
        return MessageSource("link", links[0])
    embedded = "\n\n".join(t.strip() for t in embed_texts if t and t.strip())
    if len(embedded.split()) >= MIN_TEXT_WORDS:
        return MessageSource("text", embedded)
    for url in embed_urls:
        found = find_links(url)
        if found:
            return MessageSource("link", found[0])
    if content:
        return MessageSource("text", content)
    if embedded:
        return MessageSource("text", embedded)
    return None
