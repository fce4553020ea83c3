"""How entries are laid out in SQLite rows: scope keys, JSON columns, compressed articles.

The SQL and row builders here are the only insert path: the store uses them, and the benchmark's
bulk loader uses the very same statements and parameters.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Self

from bot.errors import NotFoundError, StorageError
from bot.models import HistoryEntry, Quote, Scope, parse_entry_id
from bot.storage.base import CONTENT_KEY, NewEntry

# Summary sentences and keywords are stored as one text column each, joined by the ASCII record
# separator: normalized text never contains it, and the search tokenizer treats it as a space.
LIST_SEPARATOR = "\x1e"
DM_GUILD_KEY = -1  # stored guild key of scopes without a guild (DMs): NULL never equals NULL
ARTICLE_CODEC = "zlib"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MAX_ID = 2**63 - 1
US_PER_HOUR = 3_600_000_000
US_PER_DAY = 24 * US_PER_HOUR

ENTRY_FIELDS = (
    "guild_key",
    "channel_id",
    "scope_num",
    "created_us",
    "requester_id",
    "source",
    "canonical_url",
    "url_hash",
    "title",
    "site",
    "author",
    "date",
    "language",
    "method",
    "summary",
    "keywords",
    "quotes",
    "quotes_text",
    "words",
    "sentences_total",
    "reduction",
    "extra",
)
INSERT_ENTRY_SQL = (
    f"INSERT INTO entries ({', '.join(ENTRY_FIELDS)}) "
    f"VALUES ({', '.join('?' for _ in ENTRY_FIELDS)})"
)
INSERT_ARTICLE_SQL = "INSERT INTO entry_articles (entry_id, codec, body) VALUES (?, ?, ?)"
# columns of ``entries e`` that row_to_entry reads (article columns are added where needed)
ENTRY_COLUMNS = "e.id, " + ", ".join(
    f"e.{name}" for name in ENTRY_FIELDS if name not in ("url_hash", "quotes_text", "scope_num")
)
# the scope's number (a new scope gets the next one); run inside the adding transaction
SCOPE_NUM_SQL = (
    "INSERT INTO scopes (guild_key, channel_id) VALUES (?, ?) "
    "ON CONFLICT (guild_key, channel_id) DO UPDATE SET guild_key = excluded.guild_key RETURNING num"
)


def sqlite_sql(sql: str) -> str:
    """SQL written in asyncpg's ``$1`` style, with SQLite's numbered ``?1`` parameters."""
    return re.sub(r"\$(\d+)", r"?\1", sql)


def scope_key(scope: Scope) -> tuple[int, int]:
    """``(guild_key, channel_id)`` as stored; a DM's missing guild becomes ``DM_GUILD_KEY``."""
    if not isinstance(scope, Scope):
        raise TypeError(f"scope must be a bot.models.Scope, not {type(scope).__name__}")
    guild, channel = scope.guild_id, scope.channel_id
    if guild is not None and (
        isinstance(guild, bool) or not isinstance(guild, int) or not 0 <= guild <= MAX_ID
    ):
        raise ValueError(f"invalid guild id {guild!r}")
    if isinstance(channel, bool) or not isinstance(channel, int) or not 0 <= channel <= MAX_ID:
        raise ValueError(f"invalid channel id {channel!r}")
    return (DM_GUILD_KEY if guild is None else guild), channel


def scope_from_key(guild_key: int, channel_id: int) -> Scope:
    return Scope(guild_id=None if guild_key == DM_GUILD_KEY else guild_key, channel_id=channel_id)


def url_hash(url: str | None) -> int | None:
    """A signed 64-bit hash of a canonical URL, for a compact index."""
    if not url:
        return None
    digest = hashlib.sha256(url.encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def max_age_us(max_age_hours: float | None) -> int:
    """``max_age_hours`` in microseconds (no limit for ``None``); refuses a negative age."""
    if max_age_hours is None:
        return 2**62
    if not max_age_hours >= 0:
        raise ValueError("max_age_hours must be 0 or more")
    return int(max_age_hours * US_PER_HOUR)


def keyed_entry(
    entries: Iterable[HistoryEntry], key_text: str, *, url: bool
) -> HistoryEntry | None:
    """The first entry stored under ``key_text``: its canonical URL, or its content key (the
    index holds 64-bit hashes, so the key itself is compared here)."""
    for entry in entries:
        if (entry.canonical_url if url else entry.extra.get(CONTENT_KEY)) == key_text:
            return entry
    return None


class StoreBase:
    """What both stores share: ``async with``, the closed check, the clock, and
    ``find_by_url``/``find_by_content`` on the store's own ``_find_keyed``."""

    _closed: bool
    _clock: Callable[[], datetime]

    async def close(self) -> None:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _check_open(self) -> None:
        if self._closed:
            raise StorageError("The history store is closed.")

    def _now_us(self) -> int:
        return to_us(self._clock())

    async def _find_keyed(
        self, scope: Scope, key_text: str, max_age_hours: float | None, *, url: bool
    ) -> HistoryEntry | None:
        raise NotImplementedError

    async def find_by_url(
        self, scope: Scope, canonical_url: str, *, max_age_hours: float | None = None
    ) -> HistoryEntry | None:
        """The scope's newest entry for ``canonical_url`` no older than ``max_age_hours``,
        with its article text."""
        return await self._find_keyed(scope, canonical_url, max_age_hours, url=True)

    async def find_by_content(
        self, scope: Scope, content_key: str, *, max_age_hours: float | None = None
    ) -> HistoryEntry | None:
        """The scope's newest entry made from a file or text with this ``content_key``, no older
        than ``max_age_hours``, with its article text."""
        return await self._find_keyed(scope, content_key, max_age_hours, url=False)


def to_us(moment: datetime) -> int:
    """Microseconds since the epoch of an aware (or UTC-naive) datetime."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - _EPOCH) // timedelta(microseconds=1)


def from_us(us: int) -> datetime:
    """The aware UTC datetime of microseconds since the epoch."""
    return _EPOCH + timedelta(microseconds=us)


def time_window(
    since: datetime | None, until: datetime | None, *, first: int | None = None
) -> tuple[str, tuple[int, ...]]:
    """SQL keeping the entries (``e``) created in ``[since, until)``, and its parameters.

    Placeholders are ``?`` (SQLite) or, from ``first`` on, ``$n`` (PostgreSQL). The condition
    on ``created_us`` after the scope's columns uses the (guild_key, channel_id, created_us) index.
    """
    sql: list[str] = []
    params: list[int] = []
    for moment, test in ((since, ">="), (until, "<")):
        if moment is not None:
            mark = "?" if first is None else f"${first + len(params)}"
            sql.append(f"AND e.created_us {test} {mark}")
            params.append(to_us(moment))
    return " ".join(sql), tuple(params)


def iso_from_us(us: int) -> str:
    """ISO-8601 UTC, to the second: ``2024-05-01T12:00:00Z``."""
    return (_EPOCH + timedelta(microseconds=us)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _text(value: str | None) -> str | None:
    """Text SQLite can store: lone surrogates (invalid UTF-8) become U+FFFD."""
    if value is None:
        return None
    value = str(value)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in value)
    return value


def _json(value: Any) -> str:
    return _text(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _int_or_none(value: Any) -> int | None:
    return None if value is None else int(value)


def quote_to_json(quote: Quote) -> dict:
    return {
        "quote": quote.quote,
        "speaker": quote.speaker,
        "start": quote.start,
        "end": quote.end,
        "score": quote.score,
    }


def quote_from_json(data: Mapping[str, Any]) -> Quote:
    return Quote(
        quote=data.get("quote", ""),
        speaker=data.get("speaker"),
        start=int(data.get("start", 0)),
        end=int(data.get("end", 0)),
        score=float(data.get("score", 0.0)),
    )


def join_list(items: Iterable[str]) -> str:
    """Sentences or keywords as one text column, separated by ``LIST_SEPARATOR``."""
    return LIST_SEPARATOR.join(_text(str(item)).replace(LIST_SEPARATOR, " ") for item in items)


def split_list(text: str | None) -> tuple[str, ...]:
    return tuple(text.split(LIST_SEPARATOR)) if text else ()


def entry_values(
    key: tuple[int, int], scope_num: int, entry: NewEntry, created_us: int
) -> dict[str, Any]:
    """The column values of ``entry`` in the scope ``key`` (numbered ``scope_num`` in the
    ``scopes`` table), by the names of ``ENTRY_FIELDS``."""
    if not isinstance(entry, NewEntry):
        raise TypeError(f"entry must be a NewEntry, not {type(entry).__name__}")
    if not entry.source or not str(entry.source).strip():
        raise ValueError("an entry needs its source (a link or a description of the text)")
    canonical = _text(entry.canonical_url) or None
    quotes = [quote_to_json(q) for q in entry.quotes]
    return {
        "guild_key": key[0],
        "channel_id": key[1],
        "scope_num": scope_num,
        "created_us": created_us,
        "requester_id": _int_or_none(entry.requester_id),
        "source": _text(entry.source),
        "canonical_url": canonical,
        # an entry made from a file or text is found by its content key (``find_by_content``)
        "url_hash": url_hash(canonical or entry.extra.get(CONTENT_KEY)),
        "title": _text(entry.title),
        "site": _text(entry.site),
        "author": _text(entry.author),
        "date": _text(entry.date),
        "language": _text(entry.language),
        "method": _text(entry.method),
        "summary": join_list(entry.summary),
        "keywords": join_list(entry.keywords),
        "quotes": _json(quotes),
        "quotes_text": join_list(quote_search_text(q["quote"], q["speaker"]) for q in quotes),
        "words": int(entry.words),
        "sentences_total": int(entry.sentences_total),
        "reduction": float(entry.reduction),
        "extra": _json(dict(entry.extra)),
    }


def entry_params(key: tuple[int, int], scope_num: int, entry: NewEntry, created_us: int) -> tuple:
    """The parameters of ``INSERT_ENTRY_SQL`` for ``entry`` in the scope ``key``."""
    values = entry_values(key, scope_num, entry, created_us)
    return tuple(values[name] for name in ENTRY_FIELDS)


def quote_search_text(quote: str, speaker: str | None) -> str:
    return f"{quote} — {speaker}" if speaker else quote


def entry_from_values(
    entry_id: int, values: dict[str, Any], *, article_text: str = ""
) -> HistoryEntry:
    """The ``HistoryEntry`` just stored from ``values`` (as ``row_to_entry`` would read it)."""
    return _build(entry_id, values, article_text)


def compress_article(text: str) -> bytes:
    return zlib.compress((_text(text) or "").encode("utf-8"), 9)


def decompress_article(codec: str | None, body: bytes | None) -> str:
    if body is None:
        return ""
    if codec != ARTICLE_CODEC:
        raise ValueError(f"unknown article codec {codec!r}")
    return zlib.decompress(body).decode("utf-8")


def row_to_entry(row: sqlite3.Row, *, article: bool = False) -> HistoryEntry:
    """Rebuild a ``HistoryEntry`` from a row selected with ``ENTRY_COLUMNS``.

    With ``article=True`` the row must also have ``codec`` and ``body`` (LEFT JOIN of
    ``entry_articles``).
    """
    text = decompress_article(row["codec"], row["body"]) if article else ""
    return _build(row["id"], row, text)


def _build(entry_id: int, values: Mapping[str, Any], article_text: str) -> HistoryEntry:
    return HistoryEntry(
        id=entry_id,
        scope=scope_from_key(values["guild_key"], values["channel_id"]),
        source=values["source"],
        summary=split_list(values["summary"]),
        quotes=tuple(quote_from_json(q) for q in json.loads(values["quotes"])),
        keywords=split_list(values["keywords"]),
        created_at=iso_from_us(values["created_us"]),
        canonical_url=values["canonical_url"],
        title=values["title"],
        site=values["site"],
        author=values["author"],
        date=values["date"],
        language=values["language"],
        method=values["method"],
        requester_id=values["requester_id"],
        words=values["words"],
        sentences_total=values["sentences_total"],
        reduction=values["reduction"],
        article_text=article_text,
        extra=json.loads(values["extra"]),
    )


def entry_not_found(entry_id: Any) -> NotFoundError:
    """The error for an entry id that is not in the scope's history (same wording everywhere)."""
    label = f"#{entry_id}" if parse_entry_id(entry_id) is not None else repr(entry_id)
    return NotFoundError(f"There is no entry {label} in this channel's history.")


def checked_user_id(value: Any) -> int:
    """A user or guild id as stored, or ValueError (a bug upstream, never user input)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_ID:
        raise ValueError(f"invalid user or guild id {value!r}")
    return value
