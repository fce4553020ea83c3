"""Schema migrations: an append-only list, each applied in its own transaction.

Rules: never edit or reorder a released migration; add a new one with the next version number.
Each migration runs inside ``BEGIN IMMEDIATE`` together with the record of its version (in
``schema_migrations`` and ``PRAGMA user_version``), so a crash leaves the schema at the previous
version, never half-way. Several processes may start at once: the version is re-read inside the
transaction and a migration another process already applied is skipped.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import aiosqlite

from bot.errors import StorageError
from bot.storage.db import APPLICATION_ID
from bot.storage.tokens import SQL_FUNCTION, TOKENS_VERSION

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


_FTS_COLUMNS = "title, summary, keywords, quotes, site"

_V1 = (
    # A small number per scope: the prefix of the scope's words in the search index.
    # Rows are never deleted, so a number is never reused for another scope.
    """
    CREATE TABLE scopes (
        num INTEGER PRIMARY KEY,
        guild_key INTEGER NOT NULL,
        channel_id INTEGER NOT NULL,
        UNIQUE (guild_key, channel_id)
    )
    """,
    # One row per stored summary. guild_key is the guild id, or -1 for a DM (never NULL, so that
    # equality works); created_us is microseconds since the epoch (UTC). summary and keywords
    # are lists joined by the record separator (char(30)); quotes (with speakers and offsets)
    # and extra are JSON, quotes_text is the quotes as the search index reads them. The article
    # text lives in entry_articles to keep these rows small.
    """
    CREATE TABLE entries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_key INTEGER NOT NULL CHECK (guild_key >= -1),
        channel_id INTEGER NOT NULL CHECK (channel_id >= 0),
        scope_num INTEGER NOT NULL REFERENCES scopes (num),
        created_us INTEGER NOT NULL,
        requester_id INTEGER,
        source TEXT NOT NULL,
        canonical_url TEXT,
        url_hash INTEGER,
        title TEXT,
        site TEXT,
        author TEXT,
        date TEXT,
        language TEXT,
        method TEXT,
        summary TEXT NOT NULL,
        keywords TEXT NOT NULL,
        quotes TEXT NOT NULL CHECK (json_type(quotes) = 'array'),
        quotes_text TEXT NOT NULL,
        words INTEGER NOT NULL DEFAULT 0,
        sentences_total INTEGER NOT NULL DEFAULT 0,
        reduction REAL NOT NULL DEFAULT 0,
        extra TEXT NOT NULL DEFAULT '{}' CHECK (json_type(extra) = 'object')
    )
    """,
    "CREATE INDEX entries_scope ON entries (guild_key, channel_id, created_us)",
    "CREATE INDEX entries_requester ON entries (requester_id)",
    "CREATE INDEX entries_url ON entries (url_hash) WHERE url_hash IS NOT NULL",
    """
    CREATE TABLE entry_articles (
        entry_id INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
        codec TEXT NOT NULL,
        body BLOB NOT NULL
    )
    """,
    # What the search index reads: title, summary, keywords, quotes with their speakers and
    # site, each written as the scope's prefixed words by a function the store registers on
    # its connections (bot.storage.tokens). Plain columns otherwise, so FTS5 can 'rebuild'.
    f"""
    CREATE VIEW entry_search AS
    SELECT e.id AS id,
           {SQL_FUNCTION}(e.scope_num, e.title) AS title,
           {SQL_FUNCTION}(e.scope_num, e.summary) AS summary,
           {SQL_FUNCTION}(e.scope_num, e.keywords) AS keywords,
           {SQL_FUNCTION}(e.scope_num, e.quotes_text) AS quotes,
           {SQL_FUNCTION}(e.scope_num, e.site) AS site
    FROM entries AS e
    """,
    f"""
    CREATE VIRTUAL TABLE entries_fts USING fts5 (
        {_FTS_COLUMNS},
        content = 'entry_search',
        content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2'
    )
    """,
    # ranking: title and keywords weigh most
    "INSERT INTO entries_fts (entries_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 3.0, 1.5, 0.5)')",
    f"""
    CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
        INSERT INTO entries_fts (rowid, {_FTS_COLUMNS})
        SELECT id, {_FTS_COLUMNS} FROM entry_search WHERE id = new.id;
    END
    """,
    f"""
    CREATE TRIGGER entries_fts_delete BEFORE DELETE ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, {_FTS_COLUMNS})
        SELECT 'delete', id, {_FTS_COLUMNS} FROM entry_search WHERE id = old.id;
    END
    """,
    f"""
    CREATE TRIGGER entries_fts_update_old BEFORE UPDATE ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, {_FTS_COLUMNS})
        SELECT 'delete', id, {_FTS_COLUMNS} FROM entry_search WHERE id = old.id;
    END
    """,
    f"""
    CREATE TRIGGER entries_fts_update_new AFTER UPDATE ON entries BEGIN
        INSERT INTO entries_fts (rowid, {_FTS_COLUMNS})
        SELECT id, {_FTS_COLUMNS} FROM entry_search WHERE id = new.id;
    END
    """,
    """
    CREATE TABLE channel_settings (
        guild_key INTEGER NOT NULL,
        channel_id INTEGER NOT NULL,
        autolink INTEGER NOT NULL DEFAULT 1 CHECK (autolink IN (0, 1)),
        length INTEGER CHECK (length >= 1),
        method TEXT,
        language TEXT,
        retention_days INTEGER CHECK (retention_days >= 1),
        updated_us INTEGER NOT NULL,
        PRIMARY KEY (guild_key, channel_id)
    ) WITHOUT ROWID
    """,
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    f"INSERT INTO meta (key, value) VALUES ('search_tokens_version', '{TOKENS_VERSION}')",
)

# Version 2: a prefix index. A prefix query (``bri*``) without one makes FTS5 merge the postings
# of every word of the channel that starts with the prefix (all of them, before the first row
# comes out): up to 200 ms for 4 letters in a channel of 100,000 entries. With the scope prefix
# padded to a fixed length (search words version 2: 10 characters), indexes of 12, 13 and 14
# characters answer 2, 3 and 4 letters before the star from one list each, read newest first like
# a plain word (prefixes the stemmer shortens, e.g. ``bras*`` to ``bra*``, land on them too).
# Longer prefixes match few words and stay fast from the main index. Measured on a 100,000-entry
# channel: without the 12/13 indexes 2-letter prefixes took up to 156 ms (p99); they cost about
# 1 KB per entry. The table is recreated with the option (and the ranking
# setting, kept in its config table) and rebuilt from the entries with the current search words.
# The length is fixed here, not derived from bot.storage.tokens: changing the length of the scope
# prefix needs a new migration.
PREFIX_INDEX_CHARS = (12, 13, 14)
_V2 = (
    "DROP TABLE entries_fts",
    f"""
    CREATE VIRTUAL TABLE entries_fts USING fts5 (
        {_FTS_COLUMNS},
        content = 'entry_search',
        content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2',
        prefix = '{" ".join(str(n) for n in PREFIX_INDEX_CHARS)}'
    )
    """,
    "INSERT INTO entries_fts (entries_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 3.0, 1.5, 0.5)')",
    "INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')",
    # the index now holds the current search words (the triggers of version 1 keep it in step)
    "INSERT INTO meta (key, value) VALUES ('search_tokens_version', "
    f"'{TOKENS_VERSION}') ON CONFLICT (key) DO UPDATE SET value = excluded.value",
)

# Version 3: search words version 3 split where FTS5 does (bot.storage.tokens.FTS5_SEPARATORS).
# An index written before may hold words that another channel's text smuggled in under this
# channel's prefix; rebuilding from the entries, with the words as they are now, drops them.
# A search checks the scope of each match before its window's LIMIT: this narrow index answers
# that check from a few pages, where the table's rows (about 2 KB each) would cost a page read
# per match (1.8 times the search time, measured on a 100,000-entry channel).
_V3 = (
    "CREATE INDEX IF NOT EXISTS entries_id_scope ON entries (id, guild_key, channel_id)",
    "INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')",
    "INSERT INTO meta (key, value) VALUES ('search_tokens_version', "
    f"'{TOKENS_VERSION}') ON CONFLICT (key) DO UPDATE SET value = excluded.value",
)

# Version 4: users who asked to be left out of catch-ups (``/privacy exclude-me``). One row per
# Discord user id, in every server at once; created_us is when they asked (microseconds, UTC).
# No conversation text is stored: only the id of the person who opted out.
_V4 = (
    """
    CREATE TABLE opt_outs (
        user_id INTEGER PRIMARY KEY CHECK (user_id >= 0),
        created_us INTEGER NOT NULL
    ) WITHOUT ROWID
    """,
)

# Version 5: scheduled digests (``/settings digest``). The schedule is part of the channel's
# settings; digest_since_us is when it was set (digests due before are not owed). digest_runs
# holds one row per digest posted (or found empty, or given up): processes claim a run with an
# insert that only one of them can make, so a digest is posted once whichever process holds the
# guild, and a claim never finished (its process died) is taken over after a few minutes.
_V5 = (
    "ALTER TABLE channel_settings ADD COLUMN digest TEXT CHECK (digest IN ('daily', 'weekly'))",
    "ALTER TABLE channel_settings ADD COLUMN digest_channel INTEGER CHECK (digest_channel >= 1)",
    "ALTER TABLE channel_settings ADD COLUMN digest_hour INTEGER "
    "CHECK (digest_hour BETWEEN 0 AND 23)",
    "ALTER TABLE channel_settings ADD COLUMN digest_since_us INTEGER",
    "CREATE INDEX channel_settings_digest ON channel_settings (guild_key) WHERE digest IS NOT NULL",
    """
    CREATE TABLE digest_runs (
        guild_key INTEGER NOT NULL,
        channel_id INTEGER NOT NULL,
        due_us INTEGER NOT NULL,
        claimed_us INTEGER NOT NULL,
        claimer TEXT NOT NULL,
        done_us INTEGER,
        outcome TEXT,
        PRIMARY KEY (guild_key, channel_id, due_us)
    ) WITHOUT ROWID
    """,
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "entries, articles, full-text index, channel settings", _V1),
    Migration(2, "prefix index for 4-letter prefix searches", _V2),
    Migration(3, "search index rebuilt with words split where FTS5 splits them", _V3),
    Migration(4, "users left out of catch-ups", _V4),
    Migration(5, "scheduled digests: schedule settings and digest runs", _V5),
)

_BOOKKEEPING = """
    CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
    )
"""


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return migrations[-1].version if migrations else 0


def _check_list(migrations: Sequence[Migration]) -> None:
    for expected, migration in enumerate(migrations, start=1):
        if migration.version != expected:
            raise RuntimeError(
                f"migration versions must be 1, 2, 3...; found {migration.version} at {expected}"
            )


async def _one(conn: aiosqlite.Connection, sql: str) -> int:
    rows = await conn.execute_fetchall(sql)
    return int(rows[0][0]) if rows else 0


async def schema_version(conn: aiosqlite.Connection) -> int:
    return await _one(conn, "PRAGMA user_version")


async def _check_file(conn: aiosqlite.Connection, label: str, latest: int) -> int:
    """Refuse databases of other programs and of newer code; return the current version."""
    # one statement, so one snapshot: another process may be migrating the file right now
    rows = await conn.execute_fetchall(
        "SELECT (SELECT application_id FROM pragma_application_id()),"
        " (SELECT user_version FROM pragma_user_version()),"
        " (SELECT count(*) FROM sqlite_schema)"
    )
    app_id, version, objects = (int(v) for v in rows[0])
    if app_id not in (0, APPLICATION_ID):
        raise StorageError(
            f"{label} is an SQLite database of another program, not a summarybot history."
        )
    if app_id == 0 and objects:
        raise StorageError(
            f"{label} already holds tables that are not a summarybot history; "
            "point DATABASE_PATH at a new file."
        )
    if version > latest:
        raise StorageError(
            f"{label} was written by a newer summarybot (schema version {version}; this version "
            f"knows up to {latest}). Upgrade summarybot, or point DATABASE_PATH at another file."
        )
    return version


async def migrate(
    conn: aiosqlite.Connection,
    *,
    label: str = "The history database",
    migrations: Sequence[Migration] = MIGRATIONS,
) -> int:
    """Bring the schema up to date; return the version reached.

    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    _check_list(migrations)
    latest = latest_version(migrations)
    current = await _check_file(conn, label, latest)
    for migration in migrations:
        if migration.version <= current:
            continue
        await conn.execute("BEGIN IMMEDIATE")
        try:
            current = await _check_file(conn, label, latest)  # another process may have migrated
            if current >= migration.version:
                await conn.execute("ROLLBACK")
                continue
            log.info(
                "migrating the history database to version %d (%s)",
                migration.version,
                migration.name,
            )
            await conn.execute(_BOOKKEEPING)
            for statement in migration.statements:
                await conn.execute(statement)
            await conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (
                    migration.version,
                    migration.name,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ),
            )
            await conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            await conn.execute(f"PRAGMA user_version = {migration.version}")
            await conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                await conn.execute("ROLLBACK")
            raise
        log.info("history database migrated to version %d (%s)", migration.version, migration.name)
    return await schema_version(conn)


async def check_current(
    conn: aiosqlite.Connection,
    *,
    label: str,
    reason: str,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> None:
    """For a database this process cannot write: refuse it unless its schema and search words
    are the current ones (it cannot be migrated, and an older index answers differently)."""
    latest = latest_version(migrations)
    version = await _check_file(conn, label, latest)
    if version == 0:
        raise StorageError(f"{label} is empty and cannot be set up: {reason}.")
    rows = await conn.execute_fetchall("SELECT value FROM meta WHERE key = 'search_tokens_version'")
    if version < latest or not rows or rows[0][0] != str(TOKENS_VERSION):
        raise StorageError(
            f"{label} needs an upgrade (schema version {version}, this summarybot uses "
            f"{latest}) but cannot be written: {reason}. Open it once with write access."
        )


async def ensure_search_tokens(conn: aiosqlite.Connection) -> bool:
    """Rebuild the search index if it was written by another version of the search words.

    Returns True if it rebuilt (this can take minutes on a very large history).
    """
    query = "SELECT value FROM meta WHERE key = 'search_tokens_version'"
    rows = await conn.execute_fetchall(query)
    if rows and rows[0][0] == str(TOKENS_VERSION):
        return False
    await conn.execute("BEGIN IMMEDIATE")
    try:
        rows = await conn.execute_fetchall(query)
        if rows and rows[0][0] == str(TOKENS_VERSION):
            await conn.execute("ROLLBACK")
            return False
        log.warning(
            "rebuilding the history search index for search words version %d", TOKENS_VERSION
        )
        await conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')")
        await conn.execute(
            "INSERT INTO meta (key, value) VALUES ('search_tokens_version', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(TOKENS_VERSION),),
        )
        await conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            await conn.execute("ROLLBACK")
        raise
    return True
