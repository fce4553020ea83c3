"""The ``channel_settings`` row of a channel, the same for both stores: its columns, its
upsert and select (asyncpg's ``$1`` style; SQLite takes them through ``codec.sqlite_sql``), and
the conversions between a row and :class:`~bot.storage.base.ChannelSettings`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.storage.base import DIGEST_SETTINGS, ChannelSettings

# channel_settings columns that ChannelSettings holds (both backends), and the upsert of a row
SETTINGS_FIELDS = ChannelSettings.names()
SETTINGS_COLUMNS = ", ".join(SETTINGS_FIELDS)
_SETTINGS_ROW = ("guild_key", "channel_id", *SETTINGS_FIELDS, "digest_since_us", "updated_us")
SETTINGS_UPSERT_SQL = (
    f"INSERT INTO channel_settings ({', '.join(_SETTINGS_ROW)}) "
    f"VALUES ({', '.join(f'${i}' for i in range(1, len(_SETTINGS_ROW) + 1))}) "
    "ON CONFLICT (guild_key, channel_id) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in _SETTINGS_ROW[2:])
)
SETTINGS_SELECT_SQL = (
    f"SELECT {SETTINGS_COLUMNS}, digest_since_us FROM channel_settings "
    "WHERE guild_key = $1 AND channel_id = $2"
)


def settings_from_row(row: Any) -> ChannelSettings:
    """A ``channel_settings`` row (sqlite3.Row or asyncpg.Record) as ChannelSettings."""
    values = {name: row[name] for name in SETTINGS_FIELDS}
    values["autolink"] = bool(values["autolink"])
    return ChannelSettings(**values)


def settings_params(
    key: tuple[int, int],
    current: Any | None,
    changes: Mapping[str, Any],
    *,
    methods: frozenset[str] | None,
    now_us: int,
) -> tuple[ChannelSettings, tuple]:
    """The settings after ``changes`` over the ``current`` row (None: defaults), and the
    parameters of ``SETTINGS_UPSERT_SQL``. Changing the digest schedule restarts its clock."""
    settings = settings_from_row(current) if current is not None else ChannelSettings()
    updated = settings.with_changes(changes, methods=methods)
    since_us = current["digest_since_us"] if current is not None else None
    if since_us is None or any(name in changes for name in DIGEST_SETTINGS):
        since_us = now_us
    values = tuple(getattr(updated, name) for name in SETTINGS_FIELDS)
    return updated, (*key, *values, since_us, now_us)
