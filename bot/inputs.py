"""What a user hands the service, checked before any work: a link, some text or a file."""

from __future__ import annotations

import hashlib
import re
from pathlib import PurePath

from bot.errors import InputError
from bot.models import Attachment
from bot.web.extract import LOCAL_TYPES
from bot.web.links import find_links

SUPPORTED_EXTENSIONS = frozenset(LOCAL_TYPES)
_ONLY_LINK = re.compile(r"^<?(https?://\S+?)>?$", re.IGNORECASE)
_SCHEME = re.compile(r"^<?([a-z][a-z0-9+.-]*)://", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
NO_WORDS = "I couldn't find any words to work with (only numbers, symbols or emoji)."


def readable_kind(attachment: Attachment, cap: int) -> str:
    """The media type to read ``attachment`` as; refuses files too big, empty or unknown."""
    check_size(len(attachment.data), cap)
    suffix = PurePath(attachment.filename).suffix.lower()
    ctype = (attachment.content_type or "").split(";")[0].strip().lower()
    kind = LOCAL_TYPES.get(suffix) or (ctype if ctype in LOCAL_TYPES.values() else None)
    if kind is None:
        raise InputError(
            f"I can't read {attachment.filename!r}: attach a .txt, .md, .html or .pdf file."
        )
    if not attachment.data.strip():
        raise InputError(f"{attachment.filename} is empty.")
    return kind


def check_size(size: int, cap: int) -> None:
    """Refuse more than ``cap`` bytes (MAX_INPUT_BYTES) with a friendly message."""
    if size > cap:
        raise InputError(
            f"That's {_mb(size)} of text; I summarize up to {_mb(cap)}. Try a shorter part of it."
        )


def link_in(source: str) -> str | None:
    """The link when ``source`` is just a link (optionally in <> or with surrounding space)."""
    text = source.strip()
    if (
        len(text) > 4096 or "://" not in text
    ):  # long pasted text is text, not a link (and stays cheap)
        return None
    match = _ONLY_LINK.match(text)
    if match:
        return match.group(1)
    links = find_links(text)
    if len(links) == 1 and len(text) <= len(links[0]) + 4:
        return links[0]
    return None


def check_scheme(source: str) -> None:
    """Refuse a single ``scheme://…`` word that is not a link to fetch: another scheme
    (``ftp://``, ``file:///``) or an http(s) link with nothing after it. Call it where
    ``link_in`` found no link."""
    text = source.strip()
    match = _SCHEME.match(text)
    if not match or len(text.split()) != 1:
        return
    scheme = match.group(1).lower()
    if scheme not in ("http", "https"):
        raise InputError(f"I only fetch http and https links, not {scheme}:// ones.")
    raise InputError(f"{text} is not a whole link: I need an address after {scheme}://.")


def require_words(text: str) -> None:
    """Refuse a text without a single letter (emoji, numbers, symbols): nothing to work with."""
    if not _LETTER.search(text or ""):
        raise InputError(NO_WORDS)


def content_key(source: str | None, attachment: Attachment | None) -> str | None:
    """What a file or pasted text is stored under instead of a link (``sha256:<hex>`` of its
    bytes), so the same content is found again; ``None`` for a link or for nothing."""
    if attachment is not None:
        data = attachment.data
    elif source and source.strip() and not link_in(source):
        data = source.strip().encode("utf-8", errors="replace")
    else:
        return None
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _mb(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{size / 1000:.0f} KB"
