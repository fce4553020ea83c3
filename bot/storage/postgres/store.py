"""The PostgreSQL history store (asyncpg): channel-scoped, shared by many processes.

Same behaviour as the SQLite store (:mod:`bot.storage.history`) for every operation. Every query
on a channel's entries filters on the scope's columns (``guild_key``, ``channel_id``, indexed)
before any limit; search uses a tsvector column with a GIN index, stemmed in each entry's
language (see :mod:`bot.storage.postgres.search`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import asyncpg

from bot.config import redact_url
from bot.errors import NotFoundError, PermissionDenied, StorageError
from bot.models import HistoryEntry, Scope
from bot.storage import export as export_module
from bot.storage.base import (
    EXPORT_FORMATS,
    ChannelSettings,
    ExportFormat,
    NewEntry,
    SearchHit,
    check_page,
)
from bot.storage.codec import (
    ARTICLE_CODEC,
    ENTRY_COLUMNS,
    compress_article,
    entry_from_values,
    entry_values,
    iso_from_us,
    row_to_entry,
    scope_key,
    to_us,
    url_hash,
)
from bot.storage.postgres.schema import SIMPLE_CONFIG, TEXT_SEARCH_PREFIX, migrate
from bot.storage.postgres.search import (
    RANK_WEIGHTS,
    config_for,
    is_config_name,
    to_tsquery_text,
    word_text,
)
from bot.storage.query import parse_query
from bot.storage.snippets import build_snippet, marked_words

log = logging.getLogger(__name__)

DELETE_CHUNK = 500  # entries per purge transaction, as in the SQLite store
SEARCH_WINDOW = 2_000
_MARK_OPEN = "\ufdd0"
_MARK_CLOSE = "\ufdd1"
_US_PER_HOUR = 3_600_000_000
_US_PER_DAY = 24 * _US_PER_HOUR
_MAX_ID = 2**63 - 1

# codec's column values (minus SQLite's scope number), then the search configuration and words
FIELDS = (
    "guild_key",
    "channel_id",
    "created_us",
    "requester_id",
    "source",
    "canonical_url",
    "url_hash",
    "title",
    "site",
    "author",
    "date",
    "language",
    "method",
    "summary",
    "keywords",
    "quotes",
    "quotes_text",
    "words",
    "sentences_total",
    "reduction",
    "extra",
)
_N = len(FIELDS)
SEARCH_VECTOR_SQL = (
    f"setweight(to_tsvector(${_N + 1}::regconfig, ${_N + 2}), 'A') || "
    f"setweight(to_tsvector(${_N + 1}::regconfig, ${_N + 3}), 'B') || "
    f"setweight(to_tsvector(${_N + 1}::regconfig, ${_N + 4}), 'C') || "
    f"setweight(to_tsvector(${_N + 1}::regconfig, ${_N + 5}), 'D')"
)
INSERT_ENTRY_SQL = (
    f"INSERT INTO entries ({', '.join(FIELDS)}, search_config, search) VALUES "
    f"({', '.join(f'${i}' for i in range(1, _N + 1))}, ${_N + 1}::regconfig, {SEARCH_VECTOR_SQL}) "
    "RETURNING id"
)
INSERT_ARTICLE_SQL = "INSERT INTO entry_articles (entry_id, codec, body) VALUES ($1, $2, $3)"
_SETTINGS_COLUMNS = "autolink, length, method, language, retention_days"
_ENTRY_WITH_ARTICLE = (
    f"SELECT {ENTRY_COLUMNS}, a.codec AS codec, a.body AS body FROM entries AS e "
    "LEFT JOIN entry_articles AS a ON a.entry_id = e.id"
)
_SCOPE = "e.guild_key = $1 AND e.channel_id = $2"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _entry_id(value: Any) -> int | None:
    """A valid entry id, or None (``"#12"`` and ``"12"`` are accepted for convenience)."""
    if isinstance(value, str):
        value = value.strip().lstrip("#")
        if not value.isdecimal():
            return None
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= _MAX_ID:
        return None
    return value


def _not_found(entry_id: Any) -> NotFoundError:
    label = f"#{entry_id}" if _entry_id(entry_id) is not None else repr(entry_id)
    return NotFoundError(f"There is no entry {label} in this channel's history.")


def _user_id(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_ID:
        raise ValueError(f"invalid user or guild id {value!r}")
    return value


def _friendly(error: Exception) -> StorageError:
    """A user-facing message for a database failure (details go to the log)."""
    if isinstance(error, OSError | asyncpg.exceptions.ConnectionDoesNotExistError):
        log.error("history database unreachable: %s", error)
        return StorageError("The history database cannot be reached. Please try again later.")
    if isinstance(
        error, asyncpg.exceptions.DiskFullError | asyncpg.exceptions.ReadOnlySQLTransactionError
    ):
        log.error("history database cannot be written: %s", error)
        return StorageError("The history could not be saved: the database is full or read-only.")
    log.error("history database error: %s", error, exc_info=error)
    return StorageError("The history database failed; the error has been logged.")


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as error:
        raise _friendly(error) from error


def search_params(values: dict[str, Any], config: str) -> tuple:
    """The parameters of ``INSERT_ENTRY_SQL`` for codec ``values`` stored with ``config``."""
    return (
        *(values[name] for name in FIELDS),
        config,
        word_text(values["title"]),
        word_text(values["keywords"]),
        word_text(values["quotes_text"]),
        word_text(values["summary"]) + " " + word_text(values["site"]),
    )


class PostgresHistoryStore:
    """A :class:`~bot.storage.base.HistoryStore` in a PostgreSQL database. Open with :meth:`open`."""

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
                # the tsquery is a parameter: plan each search for its words
                server_settings={"plan_cache_mode": "force_custom_plan"},
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
            clock=clock or _utc_now,
            methods=frozenset(methods) if methods is not None else None,
            search_window=search_window,
        )

    async def close(self) -> None:
        """Wait for running queries, then close the pool."""
        if self._closed:
            return
        self._closed = True
        await self._pool.close()

    async def __aenter__(self) -> PostgresHistoryStore:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- plumbing --------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise StorageError("The history store is closed.")

    def _now_us(self) -> int:
        return to_us(self._clock())

    async def _fetch(self, sql: str, *params: Any) -> list[asyncpg.Record]:
        self._check_open()
        with _errors():
            return await self._pool.fetch(sql, *params)

    async def _write(self, work: Callable[[asyncpg.Connection], Any]) -> Any:
        """Run ``work`` in one transaction, committed or rolled back whole (even if cancelled)."""
        self._check_open()

        async def transaction() -> Any:
            with _errors():
                async with self._pool.acquire() as conn, conn.transaction():
                    return await work(conn)

        task = asyncio.ensure_future(transaction())
        task.add_done_callback(lambda t: t.cancelled() or t.exception())
        return await asyncio.shield(task)

    async def _delete_where(self, where: str, *params: Any) -> int:
        """Delete matching entries in chunks (each its own transaction); return how many."""
        sql = (
            f"DELETE FROM entries WHERE id IN (SELECT id FROM entries AS e WHERE {where} "
            f"LIMIT {DELETE_CHUNK})"
        )

        async def chunk(conn: asyncpg.Connection) -> int:
            status = await conn.execute(sql, *params)
            return int(status.split()[-1])

        total = 0
        while True:
            deleted = await self._write(chunk)
            total += deleted
            if deleted < DELETE_CHUNK:
                return total

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
            f"SELECT {ENTRY_COLUMNS} FROM entries AS e WHERE {_SCOPE} "
            "ORDER BY e.created_us DESC, e.id DESC LIMIT $3 OFFSET $4",
            *key,
            limit,
            offset,
        )
        return [row_to_entry(row) for row in rows]

    async def count(self, scope: Scope) -> int:
        key = scope_key(scope)
        rows = await self._fetch(f"SELECT count(*) FROM entries AS e WHERE {_SCOPE}", *key)
        return int(rows[0][0])

    async def get(self, scope: Scope, entry_id: int) -> HistoryEntry:
        """One entry of the scope, with its article text (``NotFoundError`` otherwise)."""
        key = scope_key(scope)
        valid = _entry_id(entry_id)
        if valid is None:
            raise _not_found(entry_id)
        rows = await self._fetch(f"{_ENTRY_WITH_ARTICLE} WHERE {_SCOPE} AND e.id = $3", *key, valid)
        if not rows:
            raise _not_found(valid)
        return row_to_entry(rows[0], article=True)

    async def find_by_url(
        self, scope: Scope, canonical_url: str, *, max_age_hours: float | None = None
    ) -> HistoryEntry | None:
        """The scope's newest entry for ``canonical_url`` no older than ``max_age_hours``.

        The entry comes with its article text and ``extra["earlier"] = True``.
        """
        key = scope_key(scope)
        if not canonical_url:
            return None
        if max_age_hours is not None and not max_age_hours >= 0:
            raise ValueError("max_age_hours must be 0 or more")
        since = (
            -(2**62)
            if max_age_hours is None
            else self._now_us() - int(max_age_hours * _US_PER_HOUR)
        )
        rows = await self._fetch(
            f"{_ENTRY_WITH_ARTICLE} WHERE e.url_hash = $3 AND e.canonical_url = $4 AND {_SCOPE}"
            " AND e.created_us >= $5 ORDER BY e.created_us DESC, e.id DESC LIMIT 1",
            *key,
            url_hash(canonical_url),
            canonical_url,
            since,
        )
        if not rows:
            return None
        entry = row_to_entry(rows[0], article=True)
        entry.extra["earlier"] = True
        return entry

    async def _query_sql(self) -> str:
        """The tsquery of parameter ``$3`` in every configuration entries were stored with."""
        rows = await self._fetch("SELECT name::text FROM search_configs ORDER BY 1")
        names = [r[0] for r in rows if is_config_name(r[0])] or [SIMPLE_CONFIG]
        return " || ".join(f"to_tsquery('{name}', $3)" for name in names)

    async def search(
        self, scope: Scope, query: str, *, limit: int = 10, offset: int = 0
    ) -> list[SearchHit]:
        """Ranked full-text search of the scope's titles, summaries, keywords, quotes and sites.

        Same query language and ranking window as the SQLite store: the best (``ts_rank``) of
        the channel's newest ``search_window`` matching entries; entries without article text.
        Each entry matches the query stemmed in its own language.
        """
        key = scope_key(scope)
        check_page(limit, offset)
        text = to_tsquery_text(parse_query(query))
        tsquery = await self._query_sql()
        sql = f"""
            WITH candidates AS MATERIALIZED (
                SELECT e.id, e.search FROM entries AS e
                WHERE {_SCOPE} AND e.search @@ ({tsquery})
                ORDER BY e.id DESC LIMIT $4
            ),
            top AS MATERIALIZED (
                SELECT id, ts_rank($7::float4[], search, ({tsquery})) AS score FROM candidates
                ORDER BY score DESC, id DESC LIMIT $5 OFFSET $6
            )
            SELECT top.score AS score, e.quotes_text AS quotes_text,
                   e.search_config::text AS search_config, {ENTRY_COLUMNS}
            FROM top JOIN entries AS e ON e.id = top.id
            ORDER BY top.score DESC, top.id DESC
        """
        params = (*key, text, self.search_window, limit, offset, RANK_WEIGHTS)
        try:
            self._check_open()
            async with self._pool.acquire() as conn:
                rows = await conn.fetch(sql, *params)
                marks = await self._headlines(conn, rows, tsquery, text) if rows else []
        except asyncpg.exceptions.SyntaxOrAccessError as error:
            log.error("search query %r rendered as %r failed: %s", query, text, error)
            raise StorageError("I could not understand that search. Try plain words.") from error
        except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as error:
            raise _friendly(error) from error
        hits = []
        for position, (row, (summary_marks, quotes_marks)) in enumerate(
            zip(rows, marks, strict=True), start=offset + 1
        ):
            snippet, spans = build_snippet(
                row["summary"], marked_words(summary_marks, _MARK_OPEN, _MARK_CLOSE)
            )
            if not spans:
                quoted = marked_words(quotes_marks, _MARK_OPEN, _MARK_CLOSE)
                if any(quoted):
                    snippet, spans = build_snippet(row["quotes_text"], quoted)
            hits.append(
                SearchHit(
                    entry=row_to_entry(row),
                    snippet=snippet,
                    highlights=spans,
                    rank=position,
                    score=float(row["score"]),
                )
            )
        return hits

    @staticmethod
    async def _headlines(
        conn: asyncpg.Connection, rows: list[asyncpg.Record], tsquery: str, text: str
    ) -> list[tuple[str, str]]:
        """``ts_headline`` of each row's summary and quotes words, every match marked."""
        options = f"HighlightAll=true, StartSel={_MARK_OPEN}, StopSel={_MARK_CLOSE}"
        marked = await conn.fetch(
            f"""
            SELECT ts_headline(u.config::regconfig, u.summary, q.q, $4),
                   ts_headline(u.config::regconfig, u.quotes, q.q, $4)
            FROM unnest($1::text[], $2::text[], $5::text[]) WITH ORDINALITY
                 AS u(config, summary, quotes, n),
                 (SELECT {tsquery} AS q) AS q
            ORDER BY u.n
            """,
            [row["search_config"] for row in rows],
            [word_text(row["summary"]) for row in rows],
            text,
            options,
            [word_text(row["quotes_text"]) for row in rows],
        )
        return [(r[0], r[1]) for r in marked]

    async def delete(
        self, scope: Scope, entry_id: int, *, user_id: int, is_moderator: bool
    ) -> HistoryEntry:
        """Delete one entry of the scope; only its requester or a moderator may."""
        key = scope_key(scope)
        valid = _entry_id(entry_id)
        if valid is None:
            raise _not_found(entry_id)

        async def work(conn: asyncpg.Connection) -> HistoryEntry:
            row = await conn.fetchrow(
                f"SELECT {ENTRY_COLUMNS} FROM entries AS e WHERE {_SCOPE} AND e.id = $3 FOR UPDATE",
                *key,
                valid,
            )
            if row is None:
                raise _not_found(valid)
            entry = row_to_entry(row)
            if not is_moderator and (entry.requester_id is None or entry.requester_id != user_id):
                raise PermissionDenied(
                    f"Only the person who asked for entry #{valid} or a moderator can delete it."
                )
            await conn.execute("DELETE FROM entries WHERE id = $1", valid)
            return entry

        return await self._write(work)

    async def purge_channel(self, scope: Scope) -> int:
        """Delete every entry of the scope (its settings stay); return how many."""
        deleted = await self._delete_where(_SCOPE, *scope_key(scope))
        log.info("purged %d history entries of %s", deleted, scope)
        return deleted

    async def purge_user(self, user_id: int) -> int:
        """Delete every entry ``user_id`` requested, in every channel; return how many."""
        deleted = await self._delete_where("e.requester_id = $1", _user_id(user_id))
        log.info("purged %d history entries of a user on request", deleted)
        return deleted

    async def purge_guild(self, guild_id: int) -> int:
        """Delete every entry and channel setting of a guild; return how many entries."""
        guild = _user_id(guild_id)
        deleted = await self._delete_where("e.guild_key = $1", guild)
        await self._write(
            lambda conn: conn.execute("DELETE FROM channel_settings WHERE guild_key = $1", guild)
        )
        log.info("purged %d history entries of guild %d", deleted, guild)
        return deleted

    async def export(self, scope: Scope, fmt: ExportFormat) -> str:
        """The scope's history, oldest first, as ``json``, ``csv`` or ``markdown`` text."""
        key = scope_key(scope)
        if fmt not in EXPORT_FORMATS:
            raise StorageError(f"Export formats are {', '.join(EXPORT_FORMATS)}, not {fmt!r}.")
        rows = await self._fetch(
            f"SELECT {ENTRY_COLUMNS} FROM entries AS e WHERE {_SCOPE} ORDER BY e.created_us, e.id",
            *key,
        )
        exported_at = iso_from_us(self._now_us())

        def build() -> str:
            entries = [row_to_entry(row) for row in rows]
            return export_module.render(entries, fmt, scope=scope, exported_at=exported_at)

        return await asyncio.to_thread(build)

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
                f"{_SCOPE} AND e.created_us < $3",
                guild_key,
                channel_id,
                now_us - days * _US_PER_DAY,
            )
        if self._default_retention_days is not None:
            # channels without their own setting
            total += await self._delete_where(
                "e.created_us < $1 AND NOT EXISTS (SELECT 1 FROM channel_settings AS s WHERE "
                "s.guild_key = e.guild_key AND s.channel_id = e.channel_id "
                "AND s.retention_days IS NOT NULL)",
                now_us - self._default_retention_days * _US_PER_DAY,
            )
        if total:
            log.info("retention purged %d history entries", total)
        return total

    # -- settings --------------------------------------------------------------------------

    async def get_settings(self, scope: Scope) -> ChannelSettings:
        rows = await self._fetch(
            f"SELECT {_SETTINGS_COLUMNS} FROM channel_settings WHERE guild_key = $1 AND channel_id = $2",
            *scope_key(scope),
        )
        return _settings_from_row(rows[0]) if rows else ChannelSettings()

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
            row = await conn.fetchrow(
                f"SELECT {_SETTINGS_COLUMNS} FROM channel_settings "
                "WHERE guild_key = $1 AND channel_id = $2",
                *key,
            )
            current = _settings_from_row(row) if row else ChannelSettings()
            updated = current.with_changes(changes, methods=self._methods)
            await conn.execute(
                f"INSERT INTO channel_settings (guild_key, channel_id, {_SETTINGS_COLUMNS}, updated_us) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (guild_key, channel_id) DO UPDATE SET "
                "autolink = excluded.autolink, length = excluded.length, method = excluded.method, "
                "language = excluded.language, retention_days = excluded.retention_days, "
                "updated_us = excluded.updated_us",
                *key,
                updated.autolink,
                updated.length,
                updated.method,
                updated.language,
                updated.retention_days,
                now_us,
            )
            return updated

        return await self._write(work)

    # -- maintenance -----------------------------------------------------------------------

    async def compact(self) -> None:
        """Reclaim what deleted entries left behind (VACUUM) and refresh the planner's statistics."""
        self._check_open()
        with _errors():
            async with self._pool.acquire() as conn:
                for table in ("entries", "entry_articles", "channel_settings"):
                    await conn.execute(f"VACUUM (ANALYZE) {table}")

    async def check(self) -> list[str]:
        """Problems found by checking the schema and the search index's bookkeeping."""
        from bot.storage.postgres.schema import current_version, latest_version

        problems = []
        async with self._pool.acquire() as conn:
            with _errors():
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


def _settings_from_row(row: asyncpg.Record) -> ChannelSettings:
    return ChannelSettings(
        autolink=bool(row["autolink"]),
        length=row["length"],
        method=row["method"],
        language=row["language"],
        retention_days=row["retention_days"],
    )
