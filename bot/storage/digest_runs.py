"""Digest schedules and their runs, for both stores (a part of each store's class).

The SQL is written once in asyncpg's ``$1`` style and rewritten for SQLite. A run is claimed with
one atomic upsert: it inserts the ``(guild, channel, due time)`` row, or takes over a row whose
claim is stale and was never finished; any other existing row makes it a no-op. Exactly one of
several processes racing for the same run gets a row back (SQLite serializes writers; PostgreSQL
re-checks the ``WHERE`` on the locked row), and only that one posts.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import datetime, timedelta
from typing import Any

from bot.models import Scope
from bot.schedules import DEFAULT_HOUR, DigestSchedule, LastRun
from bot.storage.codec import from_us, scope_from_key, scope_key, sqlite_sql, to_us

# Finished runs are kept this long after their due time (a channel's latest run is always kept).
RUNS_KEPT = timedelta(days=60)

_SCHEDULES_SQL = """
SELECT s.guild_key, s.channel_id, s.digest, s.digest_channel, s.digest_hour, s.digest_since_us,
       r.due_us, r.claimed_us, r.done_us
FROM channel_settings AS s
LEFT JOIN digest_runs AS r ON r.guild_key = s.guild_key AND r.channel_id = s.channel_id
    AND r.due_us = (SELECT max(m.due_us) FROM digest_runs AS m
                    WHERE m.guild_key = s.guild_key AND m.channel_id = s.channel_id)
WHERE s.digest IS NOT NULL AND {guilds}
ORDER BY s.guild_key, s.channel_id
"""
_GUILDS = {
    "sqlite": "s.guild_key IN (SELECT value FROM json_each($1))",
    "postgres": "s.guild_key = ANY($1::bigint[])",
}
_CLAIM_SQL = """
INSERT INTO digest_runs (guild_key, channel_id, due_us, claimed_us, claimer)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (guild_key, channel_id, due_us) DO UPDATE
SET claimed_us = excluded.claimed_us, claimer = excluded.claimer
WHERE digest_runs.done_us IS NULL AND digest_runs.claimed_us < $6
RETURNING claimer
"""
_FINISH_SQL = """
UPDATE digest_runs SET done_us = $5, outcome = $6
WHERE guild_key = $1 AND channel_id = $2 AND due_us = $3 AND claimer = $4
RETURNING due_us
"""
_PRUNE_SQL = "DELETE FROM digest_runs WHERE guild_key = $1 AND channel_id = $2 AND due_us < $3"


def _schedule(row: Any) -> DigestSchedule:
    scope = scope_from_key(int(row["guild_key"]), int(row["channel_id"]))
    last = None
    if row["due_us"] is not None:
        last = LastRun(
            due=from_us(int(row["due_us"])),
            claimed_at=from_us(int(row["claimed_us"])),
            done=row["done_us"] is not None,
        )
    return DigestSchedule(
        scope=scope,
        period=str(row["digest"]),
        hour=DEFAULT_HOUR if row["digest_hour"] is None else int(row["digest_hour"]),
        post_channel_id=int(row["digest_channel"] or scope.channel_id),
        since=from_us(int(row["digest_since_us"] or 0)),
        last_run=last,
    )


class DigestRuns:
    """``digest_schedules``, ``claim_digest`` and ``finish_digest`` on the store's plumbing:
    SQLite's ``_read``/``_write`` (aiosqlite) or PostgreSQL's ``_fetch``/``_write`` (asyncpg)."""

    _dialect: str  # "sqlite" or "postgres"

    async def _rows(self, sql: str, *params: Any, write: bool = False) -> list:
        if self._dialect == "sqlite":
            sql = sqlite_sql(sql)
            if write:
                return list(await self._write(lambda conn: conn.execute_fetchall(sql, params)))
            return await self._read(sql, params)
        if write:
            return await self._write(lambda conn: conn.fetch(sql, *params))
        return await self._fetch(sql, *params)

    async def digest_schedules(self, guild_ids: Collection[int]) -> list[DigestSchedule]:
        """The digest schedules of the channels of these guilds, each with its latest run."""
        ids = sorted({int(g) for g in guild_ids})
        if not ids:
            return []
        sql = _SCHEDULES_SQL.format(guilds=_GUILDS[self._dialect])
        rows = await self._rows(sql, json.dumps(ids) if self._dialect == "sqlite" else ids)
        return [_schedule(row) for row in rows]

    async def claim_digest(
        self, scope: Scope, due: datetime, *, claimer: str, now: datetime, stale_after: timedelta
    ) -> bool:
        """Claim the scope's run due at ``due``; True if this call won it (see the module)."""
        key = scope_key(scope)
        rows = await self._rows(
            _CLAIM_SQL,
            *key,
            to_us(due),
            to_us(now),
            claimer,
            to_us(now - stale_after),
            write=True,
        )
        return bool(rows) and rows[0][0] == claimer

    async def finish_digest(
        self, scope: Scope, due: datetime, *, claimer: str, outcome: str, now: datetime
    ) -> bool:
        """Mark ``claimer``'s run done with ``outcome``; False if another claimer has it now."""
        key = scope_key(scope)
        rows = await self._rows(
            _FINISH_SQL, *key, to_us(due), claimer, to_us(now), outcome[:500], write=True
        )
        await self._rows(_PRUNE_SQL, *key, to_us(due - RUNS_KEPT), write=True)
        return bool(rows)
