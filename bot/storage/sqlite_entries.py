"""Reading a channel's entries in the SQLite store: the newest, one by id, one by link or text,
all of them in a time window, and how many there are.

``SqliteEntryReads`` is mixed into ``SqliteHistoryStore``; it uses the store's ``_read`` and its
clock (``_now_us``). Every query filters on the channel's scope key.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from bot.models import HistoryEntry, Scope, parse_entry_id
from bot.storage.base import check_page
from bot.storage.codec import (
    ENTRY_COLUMNS,
    entry_not_found,
    keyed_entry,
    max_age_us,
    row_to_entry,
    scope_key,
    time_window,
    url_hash,
)

_ENTRY_WITH_ARTICLE = (
    f"SELECT {ENTRY_COLUMNS}, a.codec AS codec, a.body AS body FROM entries AS e "
    "{indexed} LEFT JOIN entry_articles AS a ON a.entry_id = e.id"
)


class SqliteEntryReads:
    """``recent``, ``count``, ``get``, ``entries`` and the look-up behind ``find_by_url`` and
    ``find_by_content`` for the SQLite store."""

    async def recent(self, scope: Scope, *, limit: int = 10, offset: int = 0) -> list[HistoryEntry]:
        """The scope's entries, newest first (without article text)."""
        key = scope_key(scope)
        check_page(limit, offset)
        rows = await self._read(
            f"SELECT {ENTRY_COLUMNS} FROM entries AS e WHERE e.guild_key = ? AND e.channel_id = ? "
            "ORDER BY e.created_us DESC, e.id DESC LIMIT ? OFFSET ?",
            (*key, limit, offset),
        )
        return [row_to_entry(row) for row in rows]

    async def count(self, scope: Scope) -> int:
        key = scope_key(scope)
        rows = await self._read(
            "SELECT count(*) FROM entries WHERE guild_key = ? AND channel_id = ?", key
        )
        return int(rows[0][0])

    async def get(self, scope: Scope, entry_id: int) -> HistoryEntry:
        """One entry of the scope, with its article text (``NotFoundError`` otherwise)."""
        key = scope_key(scope)
        valid = parse_entry_id(entry_id)
        if valid is None:
            raise entry_not_found(entry_id)
        rows = await self._read(
            _ENTRY_WITH_ARTICLE.format(indexed="")
            + " WHERE e.id = ? AND e.guild_key = ? AND e.channel_id = ?",
            (valid, *key),
        )
        if not rows:
            raise entry_not_found(valid)
        return row_to_entry(rows[0], article=True)

    async def _find_keyed(
        self, scope: Scope, key_text: str, max_age_hours: float | None, *, url: bool
    ) -> HistoryEntry | None:
        key = scope_key(scope)
        if not key_text:
            return None
        since = self._now_us() - max_age_us(max_age_hours)
        match = "e.canonical_url = ?" if url else "e.canonical_url IS NULL"
        rows = await self._read(
            _ENTRY_WITH_ARTICLE.format(indexed="INDEXED BY entries_url")
            + f" WHERE e.url_hash = ? AND {match} AND e.guild_key = ? AND e.channel_id = ?"
            " AND e.created_us >= ? ORDER BY e.created_us DESC, e.id DESC LIMIT 8",
            (url_hash(key_text), *([key_text] if url else []), *key, since),
        )
        return keyed_entry((row_to_entry(row, article=True) for row in rows), key_text, url=url)

    async def entries(
        self, scope: Scope, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[HistoryEntry]:
        """The scope's entries, oldest first, without article text (for exports and digests);
        only those created in ``[since, until)`` when given."""
        window, bounds = time_window(since, until)
        rows = await self._read(
            f"SELECT {ENTRY_COLUMNS} FROM entries AS e WHERE e.guild_key = ? AND e.channel_id = ? "
            f"{window} ORDER BY e.created_us, e.id",
            (*scope_key(scope), *bounds),
        )
        return await asyncio.to_thread(lambda: [row_to_entry(row) for row in rows])
