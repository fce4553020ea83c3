"""Schema migrations and the connection settings."""

from __future__ import annotations

import logging
import random
import re
import sqlite3

import aiosqlite
import pytest

from bot.errors import StorageError
from bot.models import Quote, Scope
from bot.storage import NewEntry, SqliteHistoryStore
from bot.storage.codec import INSERT_ENTRY_SQL, SCOPE_NUM_SQL, entry_params, scope_key
from bot.storage.db import APPLICATION_ID, configure_sync
from bot.storage.migrations import (
    MIGRATIONS,
    PREFIX_INDEX_CHARS,
    Migration,
    ensure_search_tokens,
    latest_version,
    migrate,
)
from bot.storage.query import parse_query
from bot.storage.tokens import (
    SCOPE_DIGITS,
    SCOPE_PREFIX_CHARS,
    SQL_FUNCTION,
    TOKENS_VERSION,
    scope_prefix,
    words,
)
from tests.storage.conftest import make_entry


def _sql(path, query):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def test_migration_list_is_numbered_from_one_without_gaps():
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert latest_version() == len(MIGRATIONS)
    assert all(m.name and m.statements for m in MIGRATIONS)


async def test_fresh_database_gets_the_latest_schema(tmp_path):
    path = tmp_path / "h.db"
    async with await SqliteHistoryStore.open(path):
        pass
    assert _sql(path, "PRAGMA user_version") == [(latest_version(),)]
    assert _sql(path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert [r[0] for r in _sql(path, "SELECT version FROM schema_migrations ORDER BY version")] == [
        m.version for m in MIGRATIONS
    ]
    assert _sql(path, "PRAGMA journal_mode") == [("wal",)]
    tables = {
        r[0] for r in _sql(path, "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')")
    }
    assert {
        "entries",
        "entry_articles",
        "entries_fts",
        "entry_search",
        "channel_settings",
    } <= tables


async def test_reopening_keeps_data_and_does_not_migrate_again(tmp_path):
    path = tmp_path / "h.db"
    async with await SqliteHistoryStore.open(path) as store:
        added = await store.add(Scope(1, 2), make_entry())
    applied = _sql(path, "SELECT version, applied_at FROM schema_migrations")
    async with await SqliteHistoryStore.open(path) as store:
        assert (await store.get(Scope(1, 2), added.id)).title == added.title
    assert _sql(path, "SELECT version, applied_at FROM schema_migrations") == applied


async def test_connections_use_wal_foreign_keys_and_busy_timeout(store):
    for conn in (store._writer, store._reader):
        assert (await conn.execute_fetchall("PRAGMA foreign_keys"))[0][0] == 1
        assert (await conn.execute_fetchall("PRAGMA busy_timeout"))[0][0] == 5000
        assert (await conn.execute_fetchall("PRAGMA journal_mode"))[0][0] == "wal"
        assert (await conn.execute_fetchall("PRAGMA synchronous"))[0][0] == 2  # FULL


async def test_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "h.db"
    async with await SqliteHistoryStore.open(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    with pytest.raises(StorageError, match="newer summarybot") as error:
        await SqliteHistoryStore.open(path)
    assert f"schema version {latest_version() + 1}" in str(error.value)
    assert "Upgrade summarybot" in str(error.value)


async def test_other_programs_databases_are_refused(tmp_path):
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="not a summarybot history"):
        await SqliteHistoryStore.open(foreign)
    assert _sql(foreign, "SELECT name FROM sqlite_schema") == [("customers",)]  # untouched

    tagged = tmp_path / "tagged.db"
    conn = sqlite3.connect(tagged)
    conn.execute("PRAGMA application_id = 12345")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="another program"):
        await SqliteHistoryStore.open(tagged)


async def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 200)
    with pytest.raises(StorageError, match="not an SQLite database"):
        await SqliteHistoryStore.open(path)
    assert path.read_bytes().startswith(b"these are my notes")


async def _conn(path):
    conn = await aiosqlite.connect(str(path), isolation_level=None)
    return conn


async def test_pending_migrations_are_applied_in_order(tmp_path):
    path = tmp_path / "m.db"
    first = (Migration(1, "one", ("CREATE TABLE a (x)",)),)
    both = first + (Migration(2, "two", ("CREATE TABLE b (y)", "INSERT INTO b VALUES (1)")),)
    conn = await _conn(path)
    try:
        assert await migrate(conn, migrations=first) == 1
        assert await migrate(conn, migrations=both) == 2
        assert await migrate(conn, migrations=both) == 2
        rows = await conn.execute_fetchall(
            "SELECT version, name FROM schema_migrations ORDER BY version"
        )
        assert [tuple(r) for r in rows] == [(1, "one"), (2, "two")]
        assert (await conn.execute_fetchall("SELECT y FROM b"))[0][0] == 1
        with pytest.raises(StorageError, match="newer summarybot"):
            await migrate(conn, migrations=first)
    finally:
        await conn.close()


async def test_a_failing_migration_is_rolled_back_whole(tmp_path):
    path = tmp_path / "m.db"
    good = Migration(1, "one", ("CREATE TABLE a (x)",))
    bad = Migration(2, "two", ("CREATE TABLE b (y)", "INSERT INTO b VALUES (1)", "THIS IS NOT SQL"))
    conn = await _conn(path)
    try:
        with pytest.raises(sqlite3.OperationalError):
            await migrate(conn, migrations=(good, bad))
        assert (await conn.execute_fetchall("PRAGMA user_version"))[0][0] == 1
        names = {r[0] for r in await conn.execute_fetchall("SELECT name FROM sqlite_schema")}
        assert "a" in names and "b" not in names
        assert not conn.in_transaction
    finally:
        await conn.close()


async def test_a_malformed_migration_list_is_a_programming_error(tmp_path):
    conn = await _conn(tmp_path / "m.db")
    try:
        with pytest.raises(RuntimeError, match="1, 2, 3"):
            await migrate(conn, migrations=(Migration(2, "gap", ("SELECT 1",)),))
    finally:
        await conn.close()


# -- version 2: fixed-length scope prefixes and prefix indexes ------------------------------


def _v1_search_text(scope_num, text):
    """The search words of version 1 (``z7zbridge``), frozen here to build old databases."""
    if not text or scope_num is None:
        return None
    return " ".join(f"z{int(scope_num)}z{word}" for _, _, word in words(text))


_WORDS = (
    "bridge bridges bright brick brickwork bring river rivet riverside trade traffic tram "
    "transit council counted country brücke café cafés caffeine harbour harbor hardware "
    "election elected elegant"
).split()


def _v1_entries() -> list[tuple[Scope, NewEntry]]:
    """Two channels with overlapping words (the same scope numbers every run)."""
    rng = random.Random(5)
    out = []
    for i in range(40):
        scope = Scope(1, 10) if i % 3 else Scope(2, 20)
        picked = rng.sample(_WORDS, 6)
        out.append(
            (
                scope,
                make_entry(
                    " ".join(picked[:3]).capitalize(),
                    summary=(f"The {picked[3]} and the {picked[4]} story {i}.", "Nothing else."),
                    keywords=(picked[5],),
                    quotes=(Quote(f"We saw the {picked[0]}", "Mayor Ada Lind"),),
                    url=f"https://news.example/{i}",
                ),
            )
        )
    return out


async def _build_v1(path) -> dict[Scope, int]:
    """A version-1 history as version 1 wrote it: old search words, no prefix indexes."""
    conn = await aiosqlite.connect(str(path), isolation_level=None)
    try:
        await conn.create_function(SQL_FUNCTION, 2, _v1_search_text, deterministic=True)
        assert await migrate(conn, migrations=MIGRATIONS[:1]) == 1
        await conn.execute("UPDATE meta SET value = '1' WHERE key = 'search_tokens_version'")
        await conn.execute("BEGIN")
        nums: dict[Scope, int] = {}
        for serial, (scope, entry) in enumerate(_v1_entries()):
            key = scope_key(scope)
            rows = await conn.execute_fetchall(SCOPE_NUM_SQL, key)
            nums[scope] = int(rows[0][0])
            created = 1_714_564_800_000_000 + serial * 1_000_000
            await conn.execute(INSERT_ENTRY_SQL, entry_params(key, nums[scope], entry, created))
        await conn.execute("COMMIT")
    finally:
        await conn.close()
    return nums


def _v1_ranked(path, nums, scope, query) -> list[int]:
    """What version 1's index answers for a query (ids, best first, as the store orders)."""
    num = nums[scope]
    match = parse_query(query).to_fts5(num).replace(scope_prefix(num), f"z{num}z")
    conn = sqlite3.connect(path)
    try:
        conn.create_function(SQL_FUNCTION, 2, _v1_search_text, deterministic=True)
        rows = conn.execute(
            "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rank, rowid DESC",
            (match,),
        ).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


UPGRADE_QUERIES = (
    "br*",
    "bri*",
    "bric*",
    "brick*",
    "bridges*",
    "ri*",
    "rive*",
    "tra*",
    "co*",
    "cou*",
    "caf*",
    "caff*",
    "har*",
    "ele*",
    "elect*",
    "bru*",
    "ma*",
    "bridge",
    "river -bridge",
    '"the river"*',
    "tra* OR har*",
    "bri* cou*",
)


async def test_upgrade_from_version_1_keeps_data_and_search_results(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="bot.storage")
    path = tmp_path / "v1.db"
    nums = await _build_v1(path)
    scopes = list(nums)
    before = {(s, q): _v1_ranked(path, nums, s, q) for s in scopes for q in UPGRADE_QUERIES}
    assert sum(bool(ids) for ids in before.values()) > len(before) * 3 // 4  # a meaningful test
    counts = {
        s: len(_sql(path, f"SELECT id FROM entries WHERE scope_num = {nums[s]}")) for s in scopes
    }

    async with await SqliteHistoryStore.open(path) as store:
        assert _sql(path, "PRAGMA user_version") == [(latest_version(),)]
        messages = [r.getMessage() for r in caplog.records]
        assert any("migrated to version 2" in m for m in messages)
        assert not any("rebuilding" in m for m in messages)  # the migration rebuilt it once
        for scope in scopes:
            assert await store.count(scope) == counts[scope]
            for query in UPGRADE_QUERIES:
                hits = await store.search(scope, query, limit=100)
                assert [h.entry.id for h in hits] == before[(scope, query)], (scope, query)
                assert all(h.entry.scope == scope for h in hits)
        assert await store.check() == []
        # new entries are indexed with the new words and found by prefix
        added = await store.add(scopes[0], make_entry("Zeppelin hangar", keywords=("zeppelins",)))
        assert [h.entry.id for h in await store.search(scopes[0], "zep*")] == [added.id]
        assert await store.search(scopes[1], "zep*") == []

    assert _sql(path, "SELECT value FROM meta WHERE key = 'search_tokens_version'") == [
        (str(TOKENS_VERSION),)
    ]
    conn = sqlite3.connect(path)
    try:
        configure_sync(conn)
        # no word of the old form is left in the index
        old = f'"z{nums[scopes[0]]}zbridge" OR "z{nums[scopes[0]]}zbri" *'
        assert conn.execute(
            "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (old,)
        ).fetchone() == (0,)
    finally:
        conn.close()
    # the upgrade rebuilt the index once: opening again rebuilds nothing
    conn = await aiosqlite.connect(str(path), isolation_level=None)
    try:
        assert await migrate(conn) == latest_version()
        assert await ensure_search_tokens(conn) is False
    finally:
        await conn.close()


def test_prefix_indexes_fit_the_scope_prefix_length():
    # a prefix index answers prefix queries of exactly its length: 2, 3 and 4 letters after the
    # scope prefix. Changing the scope prefix length needs a new migration with new lengths.
    assert len(scope_prefix(1)) == len(scope_prefix(10**SCOPE_DIGITS - 1)) == SCOPE_PREFIX_CHARS
    assert PREFIX_INDEX_CHARS == tuple(SCOPE_PREFIX_CHARS + n for n in (2, 3, 4))


async def test_fresh_database_has_the_prefix_indexes(tmp_path):
    path = tmp_path / "h.db"
    async with await SqliteHistoryStore.open(path) as store:
        for i in range(3):
            await store.add(Scope(1, 2), make_entry(f"Bridge {i}", keywords=("brickwork",)))
        assert len(await store.search(Scope(1, 2), "bri*")) == 3
    [(sql,)] = _sql(path, "SELECT sql FROM sqlite_schema WHERE name = 'entries_fts'")
    assert "prefix = '12 13 14'" in sql
    # the ranking setting survived the table's re-creation
    assert _sql(path, "SELECT v FROM entries_fts_config WHERE k = 'rank'") == [
        ("bm25(4.0, 1.0, 3.0, 1.5, 0.5)",)
    ]
    assert _sql(path, "SELECT value FROM meta WHERE key = 'search_tokens_version'") == [
        (str(TOKENS_VERSION),)
    ]


def test_scope_prefixes_are_unique_and_self_delimiting():
    nums = [0, 1, 7, 10, 99, 10**SCOPE_DIGITS - 1, 10**SCOPE_DIGITS, 10**SCOPE_DIGITS + 1]
    prefixes = [scope_prefix(n) for n in nums]
    assert len(set(prefixes)) == len(prefixes)
    for a in prefixes:
        for b in prefixes:
            assert a == b or not b.startswith(a)
    assert set("".join(prefixes)) <= set("z0123456789")


# -- version 3: words split where FTS5 splits them, index rebuilt -----------------------------


def _v2_search_text(scope_num, text):
    """Version 2's search words: runs of str.isalnum() characters, frozen here."""
    if not text or scope_num is None:
        return None
    runs = re.findall(r"[^\W_]+", text.lower())
    return " ".join(f"{scope_prefix(int(scope_num))}{run}" for run in runs)


async def test_upgrade_from_version_2_drops_words_smuggled_into_another_scope(tmp_path):
    path = tmp_path / "v2.db"
    victim, attacker = Scope(1, 10), Scope(2, 20)
    conn = await aiosqlite.connect(str(path), isolation_level=None)
    try:
        await conn.create_function(SQL_FUNCTION, 2, _v2_search_text, deterministic=True)
        assert await migrate(conn, migrations=MIGRATIONS[:2]) == 2
        await conn.execute("UPDATE meta SET value = '2' WHERE key = 'search_tokens_version'")
        await conn.execute("BEGIN")
        rows = [(victim, make_entry(f"Council notes {i}", keywords=("council",))) for i in range(3)]
        rows += [(attacker, make_entry("x\u19b0z00000001zbridge " * 4)) for _ in range(11)]
        for serial, (scope, entry) in enumerate(rows):
            key = scope_key(scope)
            [(num,)] = await conn.execute_fetchall(SCOPE_NUM_SQL, key)
            created = 1_714_564_800_000_000 + serial * 1_000_000
            await conn.execute(INSERT_ENTRY_SQL, entry_params(key, num, entry, created))
        await conn.execute("COMMIT")
    finally:
        await conn.close()
    smuggled = (
        "SELECT count(*) FROM entries_fts AS f JOIN entries AS e ON e.id = f.rowid "
        "WHERE entries_fts MATCH '\"z00000001zbridge\"' AND e.guild_key = 2"
    )
    conn = sqlite3.connect(path)
    conn.create_function(SQL_FUNCTION, 2, _v2_search_text, deterministic=True)
    assert conn.execute(smuggled).fetchone() == (11,)  # the old index holds the attack
    conn.close()

    async with await SqliteHistoryStore.open(path) as store:
        assert _sql(path, "PRAGMA user_version") == [(latest_version(),)]
        assert await store.count(victim) == 3 and await store.count(attacker) == 11
        assert [h.entry.title for h in await store.search(victim, "bridge")] == [
            "Council notes 2",
            "Council notes 1",
            "Council notes 0",
        ]
        assert len(await store.search(attacker, "z00000001zbridge", limit=100)) == 11
        assert await store.check() == []
    conn = sqlite3.connect(path)
    try:
        configure_sync(conn)
        assert conn.execute(smuggled).fetchone() == (0,)
    finally:
        conn.close()
