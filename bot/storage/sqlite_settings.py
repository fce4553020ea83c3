"""Channel settings in the SQLite store: the ``channel_settings`` row of each scope.

``SqliteSettings`` is mixed into ``SqliteHistoryStore``; it uses the store's ``_read`` and
``_write``, its clock (``_now_us``) and ``_methods`` (the summary methods a setting may name).
"""

from __future__ import annotations

from typing import Any

import aiosqlite

from bot.models import Scope
from bot.storage.base import ChannelSettings
from bot.storage.codec import scope_key, sqlite_sql
from bot.storage.settings_rows import (
    SETTINGS_SELECT_SQL,
    SETTINGS_UPSERT_SQL,
    settings_from_row,
    settings_params,
)

_SETTINGS_SELECT = sqlite_sql(SETTINGS_SELECT_SQL)
_SETTINGS_UPSERT = sqlite_sql(SETTINGS_UPSERT_SQL)


class SqliteSettings:
    """``get_settings`` and ``update_settings`` for the SQLite store."""

    async def get_settings(self, scope: Scope) -> ChannelSettings:
        rows = await self._read(_SETTINGS_SELECT, scope_key(scope))
        return settings_from_row(rows[0]) if rows else ChannelSettings()

    async def update_settings(self, scope: Scope, **changes: Any) -> ChannelSettings:
        """Change some settings of the scope (``None`` resets one to the default)."""
        key = scope_key(scope)
        ChannelSettings().with_changes(changes, methods=self._methods)  # validate before locking
        now_us = self._now_us()

        async def work(conn: aiosqlite.Connection) -> ChannelSettings:
            rows = await conn.execute_fetchall(_SETTINGS_SELECT, key)
            updated, params = settings_params(
                key, rows[0] if rows else None, changes, methods=self._methods, now_us=now_us
            )
            await conn.execute(_SETTINGS_UPSERT, params)
            return updated

        return await self._write(work)
