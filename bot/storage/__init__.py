"""Channel-scoped summary history: the store interface and its SQLite backend."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.errors import StorageError
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
    "parse_setting",
    "validate_setting",
]


async def open_history_store(database: str | Path, **options: Any) -> HistoryStore:
    """Open the history named by the DATABASE_PATH setting.

    A file path opens SQLite. Server URLs (``postgresql://...``) are reserved for a future
    backend implementing the same :class:`HistoryStore` interface.
    """
    text = str(database).strip()
    if "://" in text:
        scheme = text.split("://", 1)[0].lower()
        raise StorageError(
            f"DATABASE_PATH uses {scheme}://, but this version only supports an SQLite file path."
        )
    return await SqliteHistoryStore.open(text, **options)
