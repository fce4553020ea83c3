"""The SQLite history store (aiosqlite): channel-scoped, durable, searchable with FTS5.

One writer connection (transactions are serialized by a lock and run as ``BEGIN IMMEDIATE``, so
several processes can write the same file: the busy timeout makes each wait its turn) and one
reader connection (WAL: reads never wait for writes). Every query on a channel's entries filters
on the scope key, and the search index holds each scope's words under the scope's own prefix
(see ``bot.storage.tokens``), so a search never even reads another channel's postings; it also
checks each match's scope before any limit, so that guarantee does not rest on the words alone.
A database this process cannot write is opened for reading only (``read_only`` says why).
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Awaitable, Callable, Collection
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.errors import PermissionDenied, StorageError
from bot.models import HistoryEntry, Scope, parse_entry_id
from bot.storage.base import (
    NewEntry,
)
from bot.storage.codec import (
    ARTICLE_CODEC,
    ENTRY_COLUMNS,
    ENTRY_FIELDS,
    INSERT_ARTICLE_SQL,
    INSERT_ENTRY_SQL,
    SCOPE_NUM_SQL,
    StoreBase,
    compress_article,
    entry_from_values,
    entry_not_found,
    entry_values,
    row_to_entry,
    scope_key,
)
from bot.storage.db import (
    connect,
    connect_read_only,
    read_only_reason,
    resolve_path,
    writable,
)
from bot.storage.digest_runs import DigestRuns
from bot.storage.migrations import check_current, ensure_search_tokens, migrate
from bot.storage.optouts import SqliteOptOuts
from bot.storage.sqlite_entries import SqliteEntryReads
from bot.storage.sqlite_errors import friendly_error, storage_errors
from bot.storage.sqlite_maintenance import SqliteMaintenance
from bot.storage.sqlite_purges import SqlitePurges
from bot.storage.sqlite_search import SEARCH_WINDOW, SqliteSearch
from bot.storage.sqlite_settings import SqliteSettings

log = logging.getLogger(__name__)

T = TypeVar("T")
DELETE_CHUNK = 500  # entries per purge transaction: other writers wait at most one chunk


def _utc_now() -> datetime:
    return datetime.now(UTC)


async def _open_read_only(path: Path, label: str, busy_timeout: float) -> aiosqlite.Connection:
    """The one connection of a store that cannot write ``path`` (see ``open``)."""
    reason = read_only_reason(path)
    if not path.exists():
        raise StorageError(f"{label} does not exist and cannot be created: {reason}.")
    conn = await connect_read_only(path, busy_timeout=busy_timeout)
    try:
        await check_current(conn, label=label, reason=reason)
    except BaseException:
        await conn.close()
        raise
    log.warning("%s is read-only (%s): reads only", label, reason)
    return conn


class SqliteHistoryStore(
    SqliteEntryReads,  # (first: its ``_find_keyed`` is the one ``StoreBase`` asks for)
    StoreBase,
    SqliteSearch,
    SqliteSettings,
    SqlitePurges,
    SqliteMaintenance,
    SqliteOptOuts,
    DigestRuns,
):
    """A :class:`~bot.storage.base.HistoryStore` in one SQLite file. Open with :meth:`open`.

    Here: opening, the connections and transactions, and adding and deleting entries; reading
    them, search, settings, purges and retention, maintenance, opt-outs and digest runs are
    mixed in from their own modules.
    """

    _dialect = "sqlite"

    def __init__(
        self,
        path: Path,
        writer: aiosqlite.Connection | None,
        reader: aiosqlite.Connection,
        *,
        default_retention_days: int | None,
        clock: Callable[[], datetime],
        methods: frozenset[str] | None,
        search_window: int = SEARCH_WINDOW,
    ) -> None:
        self.path = path
        self._writer = writer
        self._reader = reader
        self._write_lock = asyncio.Lock()
        self._default_retention_days = default_retention_days
        self._clock = clock
        self._methods = methods
        self._closed = False
        self._scope_nums: dict[tuple[int, int], int] = {}
        self.search_window = search_window
        # why nothing can be written (None: the store has a writer)
        self.read_only = None if writer is not None else read_only_reason(path)

    # -- lifecycle -------------------------------------------------------------------------

    @classmethod
    async def open(
        cls,
        path: str | Path,
        *,
        busy_timeout: float = 5.0,
        synchronous: str = "FULL",
        default_retention_days: int | None = None,
        clock: Callable[[], datetime] | None = None,
        methods: Collection[str] | None = None,
        search_window: int = SEARCH_WINDOW,
    ) -> SqliteHistoryStore:
        """Open (creating or migrating) the database at ``path``.

        ``default_retention_days`` applies to channels without their own retention setting
        (None keeps entries forever); ``methods``, if given, are the summary methods a channel
        setting may name; ``search_window`` is how many of a channel's newest matches a search
        ranks (see :meth:`search`); ``clock`` (returning an aware UTC datetime) is for tests.

        A database this process cannot write (a read-only mount, another user's file) is opened
        for reading only, if its schema is current; every write then raises a ``StorageError``
        that says why.
        """
        if not isinstance(search_window, int) or search_window < 1:
            raise ValueError("search_window must be a positive number of entries")
        if default_retention_days is not None and not (
            isinstance(default_retention_days, int) and default_retention_days >= 1
        ):
            raise StorageError(
                "The default history retention must be a number of days (1 or more)."
            )
        resolved = resolve_path(path)
        label = f"The history database {resolved}"
        writer = reader = None
        try:
            try:
                if not writable(resolved):
                    reader = await _open_read_only(resolved, label, busy_timeout)
                else:
                    writer = await connect(
                        resolved, busy_timeout=busy_timeout, synchronous=synchronous, writer=True
                    )
                    await migrate(writer, label=label)
                    await ensure_search_tokens(writer)
                    reader = await connect(
                        resolved, busy_timeout=busy_timeout, synchronous=synchronous, writer=False
                    )
            except sqlite3.DatabaseError as error:
                if "not a database" in str(error).lower():
                    raise StorageError(f"{label} is not an SQLite database.") from error
                raise friendly_error(error) from error
        except BaseException:
            for conn in (reader, writer):
                if conn is not None:
                    await conn.close()
            raise
        log.info("history database %s opened", resolved)
        return cls(
            resolved,
            writer,
            reader,
            default_retention_days=default_retention_days,
            clock=clock or _utc_now,
            methods=frozenset(methods) if methods is not None else None,
            search_window=search_window,
        )

    async def close(self) -> None:
        """Wait for running writes, then close both connections."""
        if self._closed:
            return
        self._closed = True
        if self._writer is None:
            await self._reader.close()
            return
        async with self._write_lock:
            try:
                await self._writer.execute("PRAGMA optimize")
            except sqlite3.Error as error:  # closing must not fail because of a hint
                log.debug("PRAGMA optimize failed: %s", error)
            await self._reader.close()
            await self._writer.close()

    # -- plumbing --------------------------------------------------------------------------

    async def _read(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        self._check_open()
        with storage_errors():
            return list(await self._reader.execute_fetchall(sql, params))

    async def _write(self, work: Callable[[aiosqlite.Connection], Awaitable[T]]) -> T:
        """Run ``work`` in one ``BEGIN IMMEDIATE`` transaction, committed or rolled back whole.

        The transaction runs in its own task: if the caller is cancelled it still finishes (or
        rolls back) before the next one starts, so a timeout never leaves a transaction open.
        """
        self._check_open()
        if self.read_only is not None:
            raise StorageError(
                f"The history database {self.path} is read-only ({self.read_only}): "
                "nothing can be saved, deleted or changed. Reading works."
            )
        task = asyncio.ensure_future(self._transaction(work))
        task.add_done_callback(lambda t: t.cancelled() or t.exception())
        return await asyncio.shield(task)

    async def _transaction(self, work: Callable[[aiosqlite.Connection], Awaitable[T]]) -> T:
        async with self._write_lock:
            conn = self._writer
            with storage_errors():
                await conn.execute("BEGIN IMMEDIATE")
                try:
                    result = await work(conn)
                    await conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        await conn.execute("ROLLBACK")
                    raise
            return result

    async def _checkpoint(self) -> None:
        """Copy the WAL into the database and truncate it (purged data leaves the WAL file)."""
        async with self._write_lock:
            try:
                await self._writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as error:
                log.warning("WAL checkpoint after purge failed: %s", error)

    async def _delete_where(self, where: str, params: tuple) -> int:
        """Delete matching entries in chunks (each its own transaction); return how many."""
        sql = f"DELETE FROM entries WHERE id IN (SELECT id FROM entries WHERE {where} LIMIT {DELETE_CHUNK})"

        async def chunk(conn: aiosqlite.Connection) -> int:
            cursor = await conn.execute(sql, params)
            return cursor.rowcount

        total = 0
        while True:
            deleted = await self._write(chunk)
            total += deleted
            if deleted < DELETE_CHUNK:
                return total

    # -- entries ---------------------------------------------------------------------------

    async def add(self, scope: Scope, entry: NewEntry) -> HistoryEntry:
        """Store ``entry`` in the scope's history; return it with its id and creation time."""
        key = scope_key(scope)
        created_us = self._now_us()
        entry_values(key, 0, entry, created_us)  # refuse bad entries before taking the lock
        body = None
        if entry.article_text:
            if len(entry.article_text) > 200_000:
                body = await asyncio.to_thread(compress_article, entry.article_text)
            else:
                body = compress_article(entry.article_text)

        async def work(conn: aiosqlite.Connection) -> tuple[int, dict[str, Any]]:
            rows = await conn.execute_fetchall(SCOPE_NUM_SQL, key)
            values = entry_values(key, int(rows[0][0]), entry, created_us)
            row = await conn.execute_insert(
                INSERT_ENTRY_SQL, tuple(values[name] for name in ENTRY_FIELDS)
            )
            entry_id = int(row[0])
            if body is not None:
                await conn.execute(INSERT_ARTICLE_SQL, (entry_id, ARTICLE_CODEC, body))
            return entry_id, values

        entry_id, values = await self._write(work)
        self._scope_nums[key] = values["scope_num"]
        return entry_from_values(entry_id, values, article_text=entry.article_text)

    async def _scope_num(self, key: tuple[int, int]) -> int | None:
        """The scope's number in the search index (None: nothing was ever stored there)."""
        num = self._scope_nums.get(key)
        if num is None:
            rows = await self._read(
                "SELECT num FROM scopes WHERE guild_key = ? AND channel_id = ?", key
            )
            if rows:
                num = self._scope_nums[key] = int(rows[0][0])
        return num

    async def delete(
        self, scope: Scope, entry_id: int, *, user_id: int, is_moderator: bool
    ) -> HistoryEntry:
        """Delete one entry of the scope; only its requester or a moderator may."""
        key = scope_key(scope)
        valid = parse_entry_id(entry_id)
        if valid is None:
            raise entry_not_found(entry_id)

        async def work(conn: aiosqlite.Connection) -> HistoryEntry:
            rows = await conn.execute_fetchall(
                f"SELECT {ENTRY_COLUMNS} FROM entries AS e WHERE e.id = ? AND e.guild_key = ? AND e.channel_id = ?",
                (valid, *key),
            )
            if not rows:
                raise entry_not_found(valid)
            entry = row_to_entry(rows[0])
            if not is_moderator and (entry.requester_id is None or entry.requester_id != user_id):
                raise PermissionDenied(
                    f"Only the person who asked for entry #{valid} or a moderator can delete it."
                )
            await conn.execute("DELETE FROM entries WHERE id = ?", (valid,))
            return entry

        return await self._write(work)
