"""Purges and retention in the SQLite store: a channel's, a user's or a guild's entries, and
whatever is older than its channel keeps.

``SqlitePurges`` is mixed into ``SqliteHistoryStore``; it uses the store's ``_read``, ``_write``,
``_delete_where`` (which deletes in chunks) and ``_checkpoint``, its clock (``_now_us``), its
``_default_retention_days`` and ``read_only``.
"""

from __future__ import annotations

import logging
from datetime import datetime

import aiosqlite

from bot.models import Scope
from bot.storage.codec import US_PER_DAY, checked_user_id, scope_key, to_us

log = logging.getLogger(__name__)


class SqlitePurges:
    """``purge_channel``, ``purge_user``, ``purge_guild`` and ``apply_retention`` for the SQLite store."""

    async def purge_channel(self, scope: Scope) -> int:
        """Delete every entry of the scope (its settings stay); return how many."""
        deleted = await self._delete_where("guild_key = ? AND channel_id = ?", scope_key(scope))
        if deleted:
            await self._checkpoint()
        log.info("purged %d history entries of %s", deleted, scope)
        return deleted

    async def purge_user(self, user_id: int) -> int:
        """Delete every entry ``user_id`` requested, in every channel; return how many.

        The user's opt-out of catch-ups stays: it is their wish not to be included, not
        something stored for them (``bot.storage.optouts``)."""
        deleted = await self._delete_where("requester_id = ?", (checked_user_id(user_id),))
        if deleted:
            await self._checkpoint()
        log.info("purged %d history entries of a user on request", deleted)
        return deleted

    async def purge_guild(self, guild_id: int) -> int:
        """Delete every entry and channel setting of a guild; return how many entries."""
        guild = checked_user_id(guild_id)
        deleted = await self._delete_where("guild_key = ?", (guild,))

        async def settings(conn: aiosqlite.Connection) -> None:
            await conn.execute("DELETE FROM channel_settings WHERE guild_key = ?", (guild,))
            await conn.execute("DELETE FROM digest_runs WHERE guild_key = ?", (guild,))

        await self._write(settings)
        await self._checkpoint()
        log.info("purged %d history entries of guild %d", deleted, guild)
        return deleted

    async def apply_retention(self, now: datetime | None = None) -> int:
        """Purge entries older than their channel's retention (or the default); return how many."""
        now_us = to_us(now) if now is not None else self._now_us()
        rows = await self._read(
            "SELECT guild_key, channel_id, retention_days FROM channel_settings WHERE retention_days IS NOT NULL"
        )
        days_by_channel: dict[tuple[int, int], int | None] = {(r[0], r[1]): r[2] for r in rows}
        if self._default_retention_days is not None:
            channels = await self._read("SELECT guild_key, channel_id FROM scopes")
            for r in channels:
                days_by_channel.setdefault((r[0], r[1]), self._default_retention_days)
        if self.read_only is not None and any(days_by_channel.values()):
            log.warning("retention not applied: the history is read-only (%s)", self.read_only)
            return 0
        total = 0
        for (guild_key, channel_id), days in sorted(days_by_channel.items()):
            if days:
                cutoff = now_us - days * US_PER_DAY
                total += await self._delete_where(
                    "guild_key = ? AND channel_id = ? AND created_us < ?",
                    (guild_key, channel_id, cutoff),
                )
        if total:
            await self._checkpoint()
            log.info("retention purged %d history entries", total)
        return total
