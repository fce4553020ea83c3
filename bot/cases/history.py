"""A channel's history and settings: list, search, show, delete, export, purge, copy."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from bot import exports
from bot.config import database_target
from bot.errors import InputError
from bot.models import HistoryEntry, Scope
from bot.storage import ChannelSettings, SearchHit, open_history_store
from bot.storage.copy import CopyReport, copy_history

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.runners import Runner
    from bot.storage import HistoryStore


class HistoryCases:
    """The history and settings of a channel, and the store-wide upkeep (forget, retention, copy)."""

    settings: Settings
    store: HistoryStore
    runner: Runner

    async def recent(self, scope: Scope, *, limit: int = 10, offset: int = 0) -> list[HistoryEntry]:
        return await self.store.recent(scope, limit=limit, offset=offset)

    async def count(self, scope: Scope) -> int:
        return await self.store.count(scope)

    async def search(
        self, scope: Scope, query: str, *, limit: int = 10, offset: int = 0
    ) -> list[SearchHit]:
        return await self.store.search(scope, query, limit=limit, offset=offset)

    async def show(self, scope: Scope, entry_id: int) -> HistoryEntry:
        return await self.store.get(scope, entry_id)

    async def delete(
        self, scope: Scope, entry_id: int, *, user_id: int, is_moderator: bool
    ) -> HistoryEntry:
        return await self.store.delete(scope, entry_id, user_id=user_id, is_moderator=is_moderator)

    async def export(
        self, scope: Scope, fmt: str, *, channel_name: str | None = None
    ) -> tuple[str, bytes]:
        """The channel's history as a file: (file name, content); the name heads Markdown."""
        fmt = fmt.strip().lower()
        fmt = {"md": "markdown"}.get(fmt, fmt)
        if fmt not in ("json", "csv", "markdown"):
            raise InputError("Export formats: json, csv or markdown.")
        text = await export_text(self.store, scope, fmt, channel_name=channel_name)
        suffix = {"json": "json", "csv": "csv", "markdown": "md"}[fmt]
        return f"history.{suffix}", text.encode("utf-8")

    async def purge_channel(self, scope: Scope) -> int:
        return await self.store.purge_channel(scope)

    async def get_settings(self, scope: Scope) -> ChannelSettings:
        return await self.store.get_settings(scope)

    async def update_settings(self, scope: Scope, **changes: Any) -> ChannelSettings:
        if changes.get("method"):
            from bot.text.methods import resolve_method

            changes["method"] = resolve_method(changes["method"])
        if changes.get("language"):
            from bot.text.language import language_code, resolve_language

            changes["language"] = language_code(resolve_language(changes["language"]))
        return await self.store.update_settings(scope, **changes)

    async def forget_user(self, user_id: int) -> int:
        return await self.store.purge_user(user_id)

    async def forget_guild(self, guild_id: int) -> int:
        return await self.store.purge_guild(guild_id)

    async def apply_retention(self) -> int:
        return await self.store.apply_retention()

    async def copy_history_to(self, url: str) -> CopyReport:
        """Copy every channel's history and settings into the store at ``url`` (idempotent)."""
        from bot.text.methods import METHODS

        target = await open_history_store(
            database_target(url).location,
            methods=frozenset(METHODS),
            pool_size=self.settings.database_pool_size,
        )
        try:
            return await copy_history(self.store, target)
        finally:
            await target.close()


async def export_text(
    store: HistoryStore, scope: Scope, fmt: str, *, channel_name: str | None = None
) -> str:
    """The scope's history as ``json``, ``csv`` or ``markdown`` text (``bot.exports``)."""
    entries = await store.entries(scope)
    exported_at = exports.timestamp(datetime.now(UTC))
    return await asyncio.to_thread(
        exports.render,
        entries,
        fmt,
        scope=scope,
        exported_at=exported_at,
        channel_name=channel_name,
    )
