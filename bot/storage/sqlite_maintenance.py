"""Upkeep of the SQLite store's file: compacting the search index and checking integrity.

``SqliteMaintenance`` is mixed into ``SqliteHistoryStore``; it uses the store's ``_read``,
``_write``, ``_checkpoint``, and its writer connection with the lock that guards it.
"""

from __future__ import annotations

import aiosqlite

from bot.errors import StorageError
from bot.storage.sqlite_errors import storage_errors


class SqliteMaintenance:
    """``compact`` and ``check`` for the SQLite store."""

    async def compact(self) -> None:
        """Merge the search index into one segment (dropping what deleted entries left in it),
        refresh the query planner's statistics and truncate the WAL. Can take a while."""

        async def work(conn: aiosqlite.Connection) -> None:
            await conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('optimize')")

        await self._write(work)
        async with self._write_lock:
            with storage_errors():
                await self._writer.execute("PRAGMA optimize")
        await self._checkpoint()

    async def check(self) -> list[str]:
        """Problems found by SQLite's integrity check and the search index's check (empty: ok)."""
        rows = await self._read("PRAGMA integrity_check")
        problems = [str(r[0]) for r in rows if str(r[0]) != "ok"]
        try:
            await self._write(
                lambda conn: conn.execute(
                    "INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')"
                )
            )
        except StorageError as error:
            problems.append(f"search index: {error.__cause__ or error}")
        return problems
