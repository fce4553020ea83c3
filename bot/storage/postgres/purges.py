"""Deleting from the PostgreSQL store: one entry, a channel's, a user's or a guild's entries.

:class:`PostgresPurges` is a base of :class:`~bot.storage.postgres.store.PostgresHistoryStore`
and uses its plumbing (``_write``). Large purges delete in chunks, each its own transaction, so
other writers wait at most one chunk (as in the SQLite store).
"""

from __future__ import annotations

import logging
from typing import Any

import asyncpg

from bot.errors import PermissionDenied
from bot.models import HistoryEntry, Scope, parse_entry_id
from bot.storage.codec import (
    ENTRY_COLUMNS,
    checked_user_id,
    entry_not_found,
    row_to_entry,
    scope_key,
)
from bot.storage.postgres.rows import SCOPE_SQL

log = logging.getLogger(__name__)

DELETE_CHUNK = 500  # entries per purge transaction, as in the SQLite store


class PostgresPurges:
    """``delete``, ``purge_channel``, ``purge_user`` and ``purge_guild`` for the PostgreSQL store."""

    async def _delete_where(self, where: str, *params: Any) -> int:
        """Delete matching entries in chunks (each its own transaction); return how many."""
        sql = (
            f"DELETE FROM entries WHERE id IN (SELECT id FROM entries AS e WHERE {where} "
            f"LIMIT {DELETE_CHUNK})"
        )

        async def chunk(conn: asyncpg.Connection) -> int:
            status = await conn.execute(sql, *params)
            return int(status.split()[-1])

        total = 0
        while True:
            deleted = await self._write(chunk)
            total += deleted
            if deleted < DELETE_CHUNK:
                return total

    async def delete(
        self, scope: Scope, entry_id: int, *, user_id: int, is_moderator: bool
    ) -> HistoryEntry:
        """Delete one entry of the scope; only its requester or a moderator may."""
        key = scope_key(scope)
        valid = parse_entry_id(entry_id)
        if valid is None:
            raise entry_not_found(entry_id)

        async def work(conn: asyncpg.Connection) -> HistoryEntry:
            row = await conn.fetchrow(
                f"SELECT {ENTRY_COLUMNS} FROM entries AS e WHERE {SCOPE_SQL} AND e.id = $3 FOR UPDATE",
                *key,
                valid,
            )
            if row is None:
                raise entry_not_found(valid)
            entry = row_to_entry(row)
            if not is_moderator and (entry.requester_id is None or entry.requester_id != user_id):
                raise PermissionDenied(
                    f"Only the person who asked for entry #{valid} or a moderator can delete it."
                )
            await conn.execute("DELETE FROM entries WHERE id = $1", valid)
            return entry

        return await self._write(work)

    async def purge_channel(self, scope: Scope) -> int:
        """Delete every entry of the scope (its settings stay); return how many."""
        deleted = await self._delete_where(SCOPE_SQL, *scope_key(scope))
        log.info("purged %d history entries of %s", deleted, scope)
        return deleted

    async def purge_user(self, user_id: int) -> int:
        """Delete every entry ``user_id`` requested, in every channel; return how many.

        The user's opt-out of catch-ups stays (see the SQLite store)."""
        deleted = await self._delete_where("e.requester_id = $1", checked_user_id(user_id))
        log.info("purged %d history entries of a user on request", deleted)
        return deleted

    async def purge_guild(self, guild_id: int) -> int:
        """Delete every entry and channel setting of a guild; return how many entries."""
        guild = checked_user_id(guild_id)
        deleted = await self._delete_where("e.guild_key = $1", guild)

        async def settings(conn: asyncpg.Connection) -> None:
            await conn.execute("DELETE FROM channel_settings WHERE guild_key = $1", guild)
            await conn.execute("DELETE FROM digest_runs WHERE guild_key = $1", guild)

        await self._write(settings)
        log.info("purged %d history entries of guild %d", deleted, guild)
        return deleted
