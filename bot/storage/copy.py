"""Copy every channel's history and settings from one store into another (``history --copy-to``).

Entries keep their creation time, texts, quotes, details and compressed article; users' opt-outs
of catch-ups are copied too (with the time they asked). Copying is
idempotent: an entry is identified by its channel, creation time (microseconds), source, title
and summary, and a channel's entries already in the target are not copied again (two identical
entries in the source need two in the target). After each channel the target is read back and
every source entry must be found there.

The SQL is written once in asyncpg's ``$1`` style and rewritten for SQLite (as mautrix-python
does); the few statements that differ between the backends are chosen by the store's type.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from bot.errors import StorageError
from bot.models import HistoryEntry, Scope
from bot.storage.base import ChannelSettings, HistoryStore, NewEntry
from bot.storage.codec import (
    ENTRY_COLUMNS,
    INSERT_ARTICLE_SQL,
    INSERT_ENTRY_SQL,
    SCOPE_NUM_SQL,
    entry_params,
    entry_values,
    row_to_entry,
    scope_from_key,
)
from bot.storage.history import SqliteHistoryStore
from bot.storage.optouts import EXCLUDE_SQL

log = logging.getLogger(__name__)

BATCH = 500
_ENTRIES_SQL = (
    f"SELECT {ENTRY_COLUMNS}, a.codec AS codec, a.body AS body FROM entries AS e "
    "LEFT JOIN entry_articles AS a ON a.entry_id = e.id "
    "WHERE e.guild_key = $1 AND e.channel_id = $2 AND e.id > $3 ORDER BY e.id LIMIT $4"
)
_KEYS_SQL = (
    "SELECT e.created_us, e.source, e.title, e.summary FROM entries AS e "
    "WHERE e.guild_key = $1 AND e.channel_id = $2"
)
_SCOPES_SQL = {
    "sqlite": "SELECT guild_key, channel_id FROM scopes "
    "UNION SELECT guild_key, channel_id FROM channel_settings ORDER BY 1, 2",
    "postgres": "SELECT DISTINCT guild_key, channel_id FROM entries "
    "UNION SELECT guild_key, channel_id FROM channel_settings ORDER BY 1, 2",
}
_SETTINGS_SCOPES_SQL = "SELECT guild_key, channel_id FROM channel_settings"
_OPT_OUTS_SQL = "SELECT user_id, created_us FROM opt_outs ORDER BY user_id"

Key = tuple[int, str, Any, str]


@dataclass
class CopyReport:
    """What a copy did: channels seen, entries copied or already there, settings copied, and
    the users left out of catch-ups (``opt_outs``: how many the source holds)."""

    channels: int = 0
    source_entries: int = 0
    copied: int = 0
    already_there: int = 0
    settings: int = 0
    verified_entries: int = 0
    opt_outs: int = 0
    problems: list[str] = field(default_factory=list)


def _backend(store: HistoryStore) -> str:
    if isinstance(store, SqliteHistoryStore):
        return "sqlite"
    if type(store).__name__ == "PostgresHistoryStore":
        return "postgres"
    raise StorageError(f"Cannot copy history from or to a {type(store).__name__}.")


async def _read(store: HistoryStore, sql: str, *params: Any) -> list:
    if _backend(store) == "sqlite":
        return await store._read(re.sub(r"\$\d+", "?", sql), params)
    return await store._fetch(sql, *params)


def _key(created_us: int, source: str, title: str | None, summary: str) -> Key:
    return (int(created_us), source, title, summary)


async def _keys(store: HistoryStore, key: tuple[int, int]) -> Counter[Key]:
    rows = await _read(store, _KEYS_SQL, *key)
    return Counter(_key(r[0], r[1], r[2], r[3]) for r in rows)


def _new_entry(entry: HistoryEntry) -> NewEntry:
    return NewEntry(
        source=entry.source,
        summary=entry.summary,
        quotes=entry.quotes,
        keywords=entry.keywords,
        canonical_url=entry.canonical_url,
        title=entry.title,
        site=entry.site,
        author=entry.author,
        date=entry.date,
        language=entry.language,
        words=entry.words,
        sentences_total=entry.sentences_total,
        reduction=entry.reduction,
        method=entry.method,
        requester_id=entry.requester_id,
        extra=entry.extra,
    )


async def _insert(target: HistoryStore, key: tuple[int, int], rows: list) -> None:
    """Insert source ``rows`` (entry columns, codec, body) into ``target`` in one transaction."""
    items = [(_new_entry(row_to_entry(row)), int(row["created_us"]), row) for row in rows]
    if _backend(target) == "sqlite":

        async def work(conn) -> None:
            num = int((await conn.execute_fetchall(SCOPE_NUM_SQL, key))[0][0])
            for new, created_us, row in items:
                cursor = await conn.execute(
                    INSERT_ENTRY_SQL, entry_params(key, num, new, created_us)
                )
                if row["body"] is not None:
                    await conn.execute(
                        INSERT_ARTICLE_SQL, (cursor.lastrowid, row["codec"], row["body"])
                    )

    else:

        async def work(conn) -> None:
            for new, created_us, row in items:
                values = entry_values(key, 0, new, created_us)
                body = bytes(row["body"]) if row["body"] is not None else None
                await target._insert(conn, values, target._config(values["language"]), body)

    await target._write(work)


async def _copy_opt_outs(source: HistoryStore, target: HistoryStore, report: CopyReport) -> None:
    """Every user left out of catch-ups in ``source`` is left out in ``target`` too."""
    values = [(int(r[0]), int(r[1])) for r in await _read(source, _OPT_OUTS_SQL)]
    if not values:
        return
    if _backend(target) == "sqlite":
        sql = re.sub(r"\$\d+", "?", EXCLUDE_SQL)
    else:
        sql = EXCLUDE_SQL
    await target._write(lambda conn: conn.executemany(sql, values))
    report.opt_outs = len(values)
    missing = len(values) - len(await target.opted_out(v[0] for v in values))
    if missing:
        report.problems.append(f"{missing} opt-outs of catch-ups missing in the target")


async def copy_history(
    source: HistoryStore,
    target: HistoryStore,
    *,
    progress: Callable[[Scope, int], None] | None = None,
) -> CopyReport:
    """Copy every channel's entries and settings, and the opt-outs of catch-ups, from ``source``
    into ``target``; verify them."""
    report = CopyReport()
    scopes = [(int(r[0]), int(r[1])) for r in await _read(source, _SCOPES_SQL[_backend(source)])]
    with_settings = {(int(r[0]), int(r[1])) for r in await _read(source, _SETTINGS_SCOPES_SQL)}
    _backend(target)
    for key in scopes:
        scope = scope_from_key(*key)
        report.channels += 1
        present = await _keys(target, key)
        wanted: Counter[Key] = Counter()
        after = 0
        while True:
            rows = await _read(source, _ENTRIES_SQL, *key, after, BATCH)
            if not rows:
                break
            after = int(rows[-1]["id"])
            missing = []
            for row in rows:
                k = _key(row["created_us"], row["source"], row["title"], row["summary"])
                wanted[k] += 1
                if present[k] > 0:
                    present[k] -= 1
                    report.already_there += 1
                else:
                    missing.append(row)
            if missing:
                await _insert(target, key, missing)
                report.copied += len(missing)
        report.source_entries += sum(wanted.values())
        if key in with_settings:
            settings = await source.get_settings(scope)
            changes = {k: v for k, v in asdict(settings).items() if k in ChannelSettings.names()}
            if await target.update_settings(scope, **changes) != settings:
                report.problems.append(f"{scope}: the settings differ in the target")
            report.settings += 1
        found = await _keys(target, key)
        short = sum((wanted - found).values())
        report.verified_entries += sum(wanted.values()) - short
        if short:
            report.problems.append(f"{scope}: {short} entries missing in the target")
        if progress is not None:
            progress(scope, sum(wanted.values()))
    await _copy_opt_outs(source, target, report)
    log.info("history copy: %s", report)
    return report
