"""The PostgreSQL store's channel settings, retention and maintenance (a part of its class).

:class:`SettingsAndUpkeep` is a base of :class:`~bot.storage.postgres.store.PostgresHistoryStore`
and uses its plumbing (``_fetch``, ``_write``, ``_delete_where``, ``_pool``).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

import asyncpg

from bot.models import Scope
from bot.storage.base import ChannelSettings
from bot.storage.codec import US_PER_DAY, scope_key, to_us
from bot.storage.postgres.rows import SCOPE_SQL, db_errors
from bot.storage.postgres.schema import current_version, latest_version
from bot.storage.settings_rows import (
    SETTINGS_SELECT_SQL,
    SETTINGS_UPSERT_SQL,
    settings_from_row,
    settings_params,
)

log = logging.getLogger(__name__)


class SettingsAndUpkeep:
    """Settings per channel, retention, VACUUM and checks of a PostgreSQL history."""

    _pool: asyncpg.Pool
    _default_retention_days: int | None
    _methods: frozenset[str] | None

    async def apply_retention(self, now: datetime | None = None) -> int:
        """Purge entries older than their channel's retention (or the default); return how many."""
        now_us = to_us(now) if now is not None else self._now_us()
        rows = await self._fetch(
            "SELECT guild_key, channel_id, retention_days FROM channel_settings "
            "WHERE retention_days IS NOT NULL"
        )
        days_by_channel: dict[tuple[int, int], int] = {(r[0], r[1]): r[2] for r in rows}
        total = 0
        for (guild_key, channel_id), days in sorted(days_by_channel.items()):
            total += await self._delete_where(
                f"{SCOPE_SQL} AND e.created_us < $3",
                guild_key,
                channel_id,
                now_us - days * US_PER_DAY,
            )
        if self._default_retention_days is not None:
            # channels without their own setting
            total += await self._delete_where(
                "e.created_us < $1 AND NOT EXISTS (SELECT 1 FROM channel_settings AS s WHERE "
                "s.guild_key = e.guild_key AND s.channel_id = e.channel_id "
                "AND s.retention_days IS NOT NULL)",
                now_us - self._default_retention_days * US_PER_DAY,
            )
        if total:
            log.info("retention purged %d history entries", total)
        return total

    # -- settings --------------------------------------------------------------------------

    async def get_settings(self, scope: Scope) -> ChannelSettings:
        rows = await self._fetch(SETTINGS_SELECT_SQL, *scope_key(scope))
        return settings_from_row(rows[0]) if rows else ChannelSettings()

    async def update_settings(self, scope: Scope, **changes: Any) -> ChannelSettings:
        """Change some settings of the scope (``None`` resets one to the default)."""
        key = scope_key(scope)
        ChannelSettings().with_changes(changes, methods=self._methods)  # validate before writing
        now_us = self._now_us()

        async def work(conn: asyncpg.Connection) -> ChannelSettings:
            # lock the row (or the scope's key, for a first setting) against concurrent updates
            await conn.execute(
                "SELECT pg_advisory_xact_lock($1, $2)", key[0] % 2**31, key[1] % 2**31
            )
            row = await conn.fetchrow(SETTINGS_SELECT_SQL, *key)
            updated, params = settings_params(
                key, row, changes, methods=self._methods, now_us=now_us
            )
            await conn.execute(SETTINGS_UPSERT_SQL, *params)
            return updated

        return await self._write(work)

    # -- maintenance -----------------------------------------------------------------------

    async def compact(self) -> None:
        """Reclaim what deleted entries left behind (VACUUM) and refresh the planner's statistics."""
        self._check_open()
        with db_errors():
            async with self._pool.acquire() as conn:
                for table in ("entries", "entry_articles", "channel_settings"):
                    await conn.execute(f"VACUUM (ANALYZE) {table}")

    async def check(self) -> list[str]:
        """Problems found by checking the schema and the search index's bookkeeping."""
        problems = []
        async with self._pool.acquire() as conn:
            with db_errors():
                version = await current_version(conn)
                missing = await conn.fetch(
                    "SELECT DISTINCT search_config::text FROM entries "
                    "EXCEPT SELECT name::text FROM search_configs"
                )
        if version != latest_version():
            problems.append(f"schema version {version}, expected {latest_version()}")
        for row in missing:
            problems.append(f"search configuration {row[0]} is not registered")
        return problems
