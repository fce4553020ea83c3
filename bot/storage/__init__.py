"""Channel-scoped summary history: the store interface, its backends and the factory that
opens the one the settings name (SQLite by default, PostgreSQL for a ``postgresql://`` URL)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.config import Settings, database_target
from bot.storage.base import (
    ChannelSettings,
    HistoryStore,
    NewEntry,
    SearchHit,
    parse_setting,
    validate_setting,
)
from bot.storage.history import SqliteHistoryStore

__all__ = [
    "ChannelSettings",
    "HistoryStore",
    "NewEntry",
    "SearchHit",
    "SqliteHistoryStore",
    "open_history_store",
    "open_store",
    "parse_setting",
    "validate_setting",
]


async def open_history_store(database: str | Path, **options: Any) -> HistoryStore:
    """Open the history at ``database``: a file path, ``sqlite:///abs/path`` or ``postgresql://``.

    ``options`` are the backend's ``open`` options (``pool_size`` only applies to PostgreSQL).
    A URL with another scheme is a ``ConfigError`` naming the accepted forms.
    """
    text = str(database).strip()
    if not text:  # the SQLite store explains what DATABASE_PATH needs
        return await SqliteHistoryStore.open(text, **options)
    target = database_target(text)
    if target.kind == "postgresql":
        from bot.storage.postgres import PostgresHistoryStore  # needs asyncpg: import on use

        return await PostgresHistoryStore.open(target.location, **options)
    options.pop("pool_size", None)
    return await SqliteHistoryStore.open(target.location, **options)


async def open_store(settings: Settings, **options: Any) -> HistoryStore:
    """The one factory: open the history the settings name (``DATABASE_URL``, else
    ``DATABASE_PATH``) with the settings' retention and pool size."""
    target = settings.database()
    options.setdefault("default_retention_days", settings.history_retention_days)
    if target.kind == "postgresql":
        options.setdefault("pool_size", settings.database_pool_size)
    return await open_history_store(target.location, **options)
