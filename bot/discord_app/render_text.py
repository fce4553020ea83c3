"""Text that fits Discord: its limits, sizes in UTF-16 code units, clipping at a sentence or word,
escaping, safe links, reading times and timestamps. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from urllib.parse import quote as url_quote
from urllib.parse import urlsplit, urlunsplit

import discord
from discord.utils import escape_markdown

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELD_COUNT_LIMIT = 25
FOOTER_LIMIT = 2048
AUTHOR_LIMIT = 256
EMBED_TOTAL_LIMIT = 6000
CONTENT_LIMIT = 2000
URL_LIMIT = 2048

ELLIPSIS = "…"

_SENTENCE_END = re.compile(r"(?<=[.!?…。！？])[\"'”’»)\]]*(?=\s)")
_SPACES = re.compile(r"\s+")


def size(text: str) -> int:
    """Length as Discord may count it (UTF-16 code units; >= the number of characters)."""
    return len(text.encode("utf-16-le")) // 2


def clip(text: str, limit: int) -> str:
    """Shorten ``text`` to at most ``limit`` units: after a sentence if one ends late enough,
    else at a word boundary, marking the cut with an ellipsis."""
    text = text.strip()
    if size(text) <= limit:
        return text
    if limit < 2:
        return ELLIPSIS[:limit]
    head = _prefix(text, limit - 2)  # room for " …"
    best = None
    for match in _SENTENCE_END.finditer(text[: len(head) + 1]):
        if match.end() <= len(head):
            best = match.end()
    if best is not None and best >= len(head) // 2:
        return head[:best].rstrip() + " " + ELLIPSIS
    head = _prefix(text, limit - 1)
    space = head.rfind(" ")
    if space >= len(head) // 2:
        return head[:space].rstrip() + ELLIPSIS
    return head.rstrip() + ELLIPSIS


def _prefix(text: str, units: int) -> str:
    """The longest prefix of ``text`` that fits in ``units``."""
    if size(text) <= units:
        return text
    lo, hi = 0, min(len(text), units)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if size(text[:mid]) <= units:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo]


def one_line(text: str) -> str:
    """Collapse every run of whitespace (newlines included) into one space."""
    return _SPACES.sub(" ", text).strip()


def escaped(text: str, limit: int) -> str:
    """``text`` on one line with Discord markdown escaped, clipped so that the result fits ``limit``."""
    text = one_line(text)
    budget = limit
    result = escape_markdown(clip(text, budget))
    while size(result) > limit and budget > 1:
        budget -= size(result) - limit
        result = escape_markdown(clip(text, max(1, budget)))
    return result if size(result) <= limit else ""


def fit(items: Iterable[str], budget: int, sep: str = "\n") -> tuple[list[str], bool]:
    """Take whole items, in order, while their joined size stays within ``budget``.

    Returns the kept items and whether anything was left out. When not even the first item fits,
    it is clipped (at a sentence or word boundary) so that something is always shown.
    """
    kept: list[str] = []
    used = 0
    items = list(items)
    for item in items:
        extra = size(item) + (size(sep) if kept else 0)
        if used + extra > budget:
            if not kept and budget > 20:
                kept.append(clip(item, budget))
            return kept, True
        kept.append(item)
        used += extra
    return kept, False


def safe_url(url: str | None) -> str | None:
    """``url`` as an ASCII http(s) link Discord accepts (IDNA host, percent-encoded rest), or None."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        netloc = (
            parts.netloc if parts.netloc.isascii() else parts.netloc.encode("idna").decode("ascii")
        )
    except (ValueError, UnicodeError):
        return None
    if parts.scheme.lower() not in ("http", "https") or not netloc:
        return None
    safe = "/?#[]@!$&'*+,;=%~:"
    result = urlunsplit(
        (
            parts.scheme.lower(),
            netloc,
            url_quote(parts.path, safe=safe),
            url_quote(parts.query, safe=safe),
            url_quote(parts.fragment, safe=safe),
        )
    )
    return result if len(result) <= URL_LIMIT else None


def link(text: str, url: str | None, limit: int = 300) -> str:
    """A Markdown masked link (or bold text when there is no usable URL)."""
    label = escaped(text.replace("[", "(").replace("]", ")"), limit) or "untitled"
    url = safe_url(url)
    if url is None:
        return f"**{label}**"
    return f"[{label}]({url.replace(')', '%29').replace('(', '%28')})"


def reading_time(seconds: int) -> str:
    """``"4 min read"``; never less than a minute."""
    minutes = max(1, round(seconds / 60)) if seconds else 1
    return f"{minutes} min read"


def estimate_reading_seconds(words: int, wpm: int = 230) -> int:
    """Reading time of ``words`` words at an adult's silent reading pace."""
    return round(words * 60 / wpm) if words > 0 else 0


def short_date(value: str | None) -> str | None:
    """``2024-05-01T10:00:00Z`` -> ``2024-05-01``; other strings unchanged."""
    if not value:
        return None
    value = value.strip()
    match = re.match(r"^(\d{4}-\d{2}-\d{2})[T ]\d", value)
    return match.group(1) if match else value


def discord_time(iso: str | None, style: str = "R") -> str:
    """A Discord timestamp tag (shown in each reader's time zone) for an ISO time."""
    if not iso:
        return "unknown time"
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"<t:{int(moment.timestamp())}:{style}>"


def embed_size(embed: discord.Embed) -> int:
    """Like ``len(embed)`` (what counts toward the 6000 total), in UTF-16 units."""
    total = size(embed.title or "") + size(embed.description or "")
    total += sum(size(f.name or "") + size(f.value or "") for f in embed.fields)
    total += size(embed.footer.text or "") + size(embed.author.name or "")
    return total
