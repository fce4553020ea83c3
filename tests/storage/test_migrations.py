"""Schema migrations and the connection settings."""

from __future__ import annotations

import sqlite3

import aiosqlite
import pytest

from bot.errors import StorageError
from bot.models import Scope
from bot.storage import SqliteHistoryStore
from bot.storage.db import APPLICATION_ID
from bot.storage.migrations import MIGRATIONS, Migration, latest_version, migrate
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
