"""Users left out of catch-ups (``/privacy exclude-me``): the ``opt_outs`` table of each store.

An opt-out is a person's standing wish, by Discord user id, in every server at once: their
messages are dropped from every catch-up anyone asks for. It is a preference, not something the
bot stored for them, so forgetting a user's history (``purge_user``) and a guild's
(``purge_guild``) keeps it; only ``set_opt_out(user_id, False)`` removes it.

Both stores mix in their class below. The SQL is written once in asyncpg's ``$1`` style; the
backends differ only in how they run it and how a list of ids is passed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from bot.storage.codec import checked_user_id

EXCLUDE_SQL = (
    "INSERT INTO opt_outs (user_id, created_us) VALUES ($1, $2) ON CONFLICT (user_id) DO NOTHING"
)
_INCLUDE = "DELETE FROM opt_outs WHERE user_id = $1"


class OptOuts:
    """``set_opt_out`` and ``opted_out`` on a backend's ``_changed`` and ``_among``."""

    async def set_opt_out(self, user_id: int, excluded: bool) -> bool:
        """Leave ``user_id`` out of catch-ups (``excluded``) or include them again; return
        whether that changed anything (False: it already was so)."""
        user = checked_user_id(user_id)
        if excluded:
            return await self._changed(EXCLUDE_SQL, user, self._now_us()) > 0
        return await self._changed(_INCLUDE, user) > 0

    async def opted_out(self, user_ids: Iterable[int]) -> set[int]:
        """Which of ``user_ids`` asked to be left out of catch-ups (one query for any number)."""
        ids = sorted({checked_user_id(user_id) for user_id in user_ids})
        return set(await self._among(ids)) if ids else set()

    async def _changed(self, sql: str, *params: Any) -> int:
        """Run one statement in its own transaction; return how many rows it changed."""
        raise NotImplementedError

    async def _among(self, ids: list[int]) -> list[int]:
        """The opted-out ids among ``ids``."""
        raise NotImplementedError


class SqliteOptOuts(OptOuts):
    """The SQLite store's part (``_read``, ``_write`` and ``_now_us`` are the store's)."""

    async def _changed(self, sql: str, *params: Any) -> int:
        async def work(conn: Any) -> int:
            cursor = await conn.execute(re.sub(r"\$\d+", "?", sql), params)
            return cursor.rowcount

        return await self._write(work)

    async def _among(self, ids: list[int]) -> list[int]:
        rows = await self._read(
            "SELECT user_id FROM opt_outs WHERE user_id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        )
        return [int(row[0]) for row in rows]


class PostgresOptOuts(OptOuts):
    """The PostgreSQL store's part (``_fetch``, ``_write`` and ``_now_us`` are the store's)."""

    async def _changed(self, sql: str, *params: Any) -> int:
        async def work(conn: Any) -> int:
            status = await conn.execute(sql, *params)  # "INSERT 0 1", "DELETE 1"
            return int(status.split()[-1])

        return await self._write(work)

    async def _among(self, ids: list[int]) -> list[int]:
        rows = await self._fetch(
            "SELECT user_id FROM opt_outs WHERE user_id = ANY($1::bigint[])", ids
        )
        return [int(row[0]) for row in rows]
