"""The PostgreSQL history store (asyncpg): channel-scoped, shared by many processes.

Same behaviour as the SQLite store (:mod:`bot.storage.history`) for every operation. Every query
on a channel's entries filters on the scope's columns (``guild_key``, ``channel_id``, indexed)
before any limit; search uses a tsvector column (kept in the row) with a GIN index keyed by
channel and word, stemmed in each entry's language (see :mod:`bot.storage.postgres.search`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Collection
from datetime import datetime
from typing import Any

import asyncpg

from bot.config import redact_url
from bot.errors import StorageError
from bot.models import HistoryEntry, Scope, parse_entry_id
from bot.storage.base import (
    NewEntry,
    SearchHit,
    check_page,
)
from bot.storage.codec import (
    ARTICLE_CODEC,
    ENTRY_COLUMNS,
    StoreBase,
    compress_article,
    entry_from_values,
    entry_not_found,
    entry_values,
    keyed_entry,
    max_age_us,
    row_to_entry,
    scope_key,
    time_window,
    url_hash,
)
from bot.storage.digest_runs import DigestRuns
from bot.storage.optouts import PostgresOptOuts
from bot.storage.postgres.planner import NOTHING, plan_search
from bot.storage.postgres.purges import PostgresPurges
from bot.storage.postgres.rows import (
    ENTRY_WITH_ARTICLE,
    INSERT_ARTICLE_SQL,
    INSERT_ENTRY_SQL,
    SCOPE_SQL,
    db_errors,
    friendly,
    search_params,
    utc_now,
)
from bot.storage.postgres.schema import SIMPLE_CONFIG, TEXT_SEARCH_PREFIX, migrate
from bot.storage.postgres.search import (
    HEADLINE_OPTIONS,
    RANK_WEIGHTS,
    config_for,
    headlines,
    hits_from_rows,
    marks_line_up,
    search_sql,
    to_tsquery_text,
)
from bot.storage.postgres.upkeep import SettingsAndUpkeep
from bot.storage.query import parse_query

log = logging.getLogger(__name__)

SEARCH_WINDOW = 2_000
# how long a search trusts its list of the languages entries were stored in: an entry in a new
# language added by another process is searched with its stemmer at most this much later
CONFIGS_TTL = 10.0


class PostgresHistoryStore(
    StoreBase, SettingsAndUpkeep, PostgresPurges, PostgresOptOuts, DigestRuns
):
    """A :class:`~bot.storage.base.HistoryStore` in a PostgreSQL database. Open with :meth:`open`."""

    _dialect = "postgres"

    def __init__(
        self,
        pool: asyncpg.Pool,
        *,
        label: str,
        configs: frozenset[str],
        default_retention_days: int | None,
        clock: Callable[[], datetime],
        methods: frozenset[str] | None,
        search_window: int = SEARCH_WINDOW,
    ) -> None:
        self.label = label
        self._pool = pool
        self._configs = configs
        self._registered: set[str] = set()
        self._stored_configs: set[str] = set()
        self._configs_read_at = -CONFIGS_TTL - 1.0
        self._default_retention_days = default_retention_days
        self._clock = clock
        self._methods = methods
        self._closed = False
        self.search_window = search_window

    # -- lifecycle -------------------------------------------------------------------------

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        pool_size: int = 10,
        default_retention_days: int | None = None,
        clock: Callable[[], datetime] | None = None,
        methods: Collection[str] | None = None,
        search_window: int = SEARCH_WINDOW,
        connect_timeout: float = 10.0,
    ) -> PostgresHistoryStore:
        """Connect a pool of up to ``pool_size`` connections to ``url`` and migrate the schema.

        The options mean what they mean for :meth:`SqliteHistoryStore.open`.
        """
        if not isinstance(search_window, int) or search_window < 1:
            raise ValueError("search_window must be a positive number of entries")
        if default_retention_days is not None and not (
            isinstance(default_retention_days, int) and default_retention_days >= 1
        ):
            raise StorageError(
                "The default history retention must be a number of days (1 or more)."
            )
        label = f"The history database {redact_url(url)}"
        try:
            pool = await asyncpg.create_pool(
                url,
                min_size=1,
                max_size=max(1, pool_size),
                timeout=connect_timeout,
                # the tsquery is a parameter: plan each search for its words (the estimates that
                # choose how a search runs need them); no JIT and no parallel workers: compiling
                # or starting workers costs more than a search's few milliseconds of work.
                # work_mem: a search's list of a big channel's matches stays exact in memory
                # (a lossy one would make the index expression be computed again for every row
                # of its pages)
                server_settings={
                    "plan_cache_mode": "force_custom_plan",
                    "jit": "off",
                    "max_parallel_workers_per_gather": "0",
                    "work_mem": "16MB",
                },
            )
        except (TimeoutError, OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as error:
            raise StorageError(f"{label} cannot be reached: {error}") from error
        try:
            async with pool.acquire() as conn:
                try:
                    await migrate(conn, label=label)
                except asyncpg.PostgresError as error:
                    raise StorageError(f"{label} could not be prepared: {error}") from error
                rows = await conn.fetch(
                    "SELECT cfgname FROM pg_ts_config WHERE cfgname LIKE $1",
                    TEXT_SEARCH_PREFIX + "%",
                )
        except BaseException:
            await pool.close()
            raise
        log.info("history database %s opened", redact_url(url))
        return cls(
            pool,
            label=label,
            configs=frozenset(str(r[0]) for r in rows) | {SIMPLE_CONFIG},
            default_retention_days=default_retention_days,
            clock=clock or utc_now,
            methods=frozenset(methods) if methods is not None else None,
            search_window=search_window,
        )

    async def close(self) -> None:
        """Wait for running queries, then close the pool."""
        if self._closed:
            return
        self._closed = True
        await self._pool.close()

    # -- plumbing --------------------------------------------------------------------------

    async def _fetch(self, sql: str, *params: Any) -> list[asyncpg.Record]:
        self._check_open()
        with db_errors():
            return await self._pool.fetch(sql, *params)

    async def _write(self, work: Callable[[asyncpg.Connection], Any]) -> Any:
        """Run ``work`` in one transaction, committed or rolled back whole (even if cancelled)."""
        self._check_open()

        async def transaction() -> Any:
            with db_errors():
                async with self._pool.acquire() as conn, conn.transaction():
                    return await work(conn)

        task = asyncio.ensure_future(transaction())
        task.add_done_callback(lambda t: t.cancelled() or t.exception())
        return await asyncio.shield(task)

    def _config(self, language: str | None) -> str:
        return config_for(language, self._configs)

    async def _insert(
        self, conn: asyncpg.Connection, values: dict[str, Any], config: str, body: bytes | None
    ) -> int:
        """Insert one entry (codec ``values``) and its compressed article; return its id."""
        if config not in self._registered:
            await conn.execute(
                "INSERT INTO search_configs (name) VALUES ($1::regconfig) ON CONFLICT DO NOTHING",
                config,
            )
        entry_id = int(await conn.fetchval(INSERT_ENTRY_SQL, *search_params(values, config)))
        if body is not None:
            await conn.execute(INSERT_ARTICLE_SQL, entry_id, ARTICLE_CODEC, body)
        return entry_id

    # -- entries ---------------------------------------------------------------------------

    async def add(self, scope: Scope, entry: NewEntry) -> HistoryEntry:
        """Store ``entry`` in the scope's history; return it with its id and creation time."""
        key = scope_key(scope)
        values = entry_values(key, 0, entry, self._now_us())
        body = None
        if entry.article_text:
            if len(entry.article_text) > 200_000:
                body = await asyncio.to_thread(compress_article, entry.article_text)
            else:
                body = compress_article(entry.article_text)
        config = self._config(values["language"])

        async def work(conn: asyncpg.Connection) -> int:
            return await self._insert(conn, values, config, body)

        entry_id = await self._write(work)
        self._registered.add(config)
        return entry_from_values(entry_id, values, article_text=entry.article_text)

    async def recent(self, scope: Scope, *, limit: int = 10, offset: int = 0) -> list[HistoryEntry]:
        """The scope's entries, newest first (without article text)."""
        key = scope_key(scope)
        check_page(limit, offset)
        rows = await self._fetch(
            f"SELECT {ENTRY_COLUMNS} FROM entries AS e WHERE {SCOPE_SQL} "
            "ORDER BY e.created_us DESC, e.id DESC LIMIT $3 OFFSET $4",
            *key,
            limit,
            offset,
        )
        return [row_to_entry(row) for row in rows]

    async def count(self, scope: Scope) -> int:
        key = scope_key(scope)
        rows = await self._fetch(f"SELECT count(*) FROM entries AS e WHERE {SCOPE_SQL}", *key)
        return int(rows[0][0])

    async def get(self, scope: Scope, entry_id: int) -> HistoryEntry:
        """One entry of the scope, with its article text (``NotFoundError`` otherwise)."""
        key = scope_key(scope)
        valid = parse_entry_id(entry_id)
        if valid is None:
            raise entry_not_found(entry_id)
        rows = await self._fetch(
            f"{ENTRY_WITH_ARTICLE} WHERE {SCOPE_SQL} AND e.id = $3", *key, valid
        )
        if not rows:
            raise entry_not_found(valid)
        return row_to_entry(rows[0], article=True)

    async def _find_keyed(
        self, scope: Scope, key_text: str, max_age_hours: float | None, *, url: bool
    ) -> HistoryEntry | None:
        key = scope_key(scope)
        if not key_text:
            return None
        since = self._now_us() - max_age_us(max_age_hours)
        match = "e.canonical_url = $5" if url else "e.canonical_url IS NULL"
        rows = await self._fetch(
            f"{ENTRY_WITH_ARTICLE} WHERE e.url_hash = $3 AND {match} AND {SCOPE_SQL}"
            " AND e.created_us >= $4 ORDER BY e.created_us DESC, e.id DESC LIMIT 8",
            *key,
            url_hash(key_text),
            since,
            *([key_text] if url else []),
        )
        return keyed_entry((row_to_entry(row, article=True) for row in rows), key_text, url=url)

    async def _search_configs(self, conn: asyncpg.Connection) -> list[str]:
        """The configurations entries were stored with (re-read at most every few seconds)."""
        now = time.monotonic()
        if now - self._configs_read_at > CONFIGS_TTL:
            rows = await conn.fetch("SELECT name::text FROM search_configs")
            self._stored_configs = {r[0] for r in rows}
            self._configs_read_at = now
        return sorted(self._stored_configs | self._registered)

    async def search(
        self, scope: Scope, query: str, *, limit: int = 10, offset: int = 0
    ) -> list[SearchHit]:
        """Ranked full-text search of the scope's titles, summaries, keywords, quotes and sites.

        Same query language and ranking window as the SQLite store: the best (``ts_rank``) of
        the channel's newest ``search_window`` matching entries; entries without article text.
        Each entry matches the query stemmed in its own language. How the window is found is
        chosen per search (see :mod:`bot.storage.postgres.planner`).
        """
        key = scope_key(scope)
        check_page(limit, offset)
        parsed = parse_query(query)
        text = to_tsquery_text(parsed)
        self._check_open()
        try:
            async with self._pool.acquire() as conn:
                configs = await self._search_configs(conn)
                plan = await plan_search(conn, key, parsed, text, configs, self.search_window)
                if plan.first == NOTHING:
                    return []
                tsquery = plan.tsquery
                rows = await conn.fetch(
                    search_sql(tsquery, ENTRY_COLUMNS, first=plan.first, exact=plan.exact),
                    *key,
                    text,
                    self.search_window,
                    limit,
                    offset,
                    RANK_WEIGHTS,
                    HEADLINE_OPTIONS,
                    *plan.params,
                )
                marks = [(row["summary_marks"], row["quotes_marks"]) for row in rows]
                redo = [i for i, row in enumerate(rows) if not marks_line_up(row)]
                if redo:
                    again = await headlines(conn, [rows[i] for i in redo], tsquery, text)
                    for i, pair in zip(redo, again, strict=True):
                        marks[i] = pair
        except asyncpg.exceptions.SyntaxOrAccessError as error:
            log.error("search query %r rendered as %r failed: %s", query, text, error)
            raise StorageError("I could not understand that search. Try plain words.") from error
        except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as error:
            raise friendly(error) from error
        return hits_from_rows(rows, marks, offset)

    async def entries(
        self, scope: Scope, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[HistoryEntry]:
        """The scope's entries, oldest first (for exports and digests); only those created in
        ``[since, until)`` when given."""
        window, bounds = time_window(since, until, first=3)
        rows = await self._fetch(
            f"SELECT {ENTRY_COLUMNS} FROM entries AS e WHERE {SCOPE_SQL} {window} "
            "ORDER BY e.created_us, e.id",
            *scope_key(scope),
            *bounds,
        )
        return [row_to_entry(row) for row in rows]
