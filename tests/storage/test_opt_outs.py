"""Users left out of catch-ups: the ``opt_outs`` table of both stores."""

from __future__ import annotations

import sqlite3

import pytest

from bot.models import Scope
from bot.storage import SqliteHistoryStore
from bot.storage.db import connect
from bot.storage.migrations import MIGRATIONS, migrate
from tests.storage.conftest import create_database, drop_database, make_entry

CHANNEL = Scope(guild_id=111, channel_id=222)
BIG_ID = 2**63 - 1  # the largest id a store takes (Discord ids are far below it)


async def test_opting_out_and_back_in(store):
    assert await store.opted_out([10, 11]) == set()
    assert await store.set_opt_out(10, True) is True
    assert await store.set_opt_out(10, True) is False  # already left out
    assert await store.opted_out([10, 11, 12]) == {10}
    assert await store.set_opt_out(BIG_ID, True) is True
    assert await store.opted_out([BIG_ID, 10, 0]) == {10, BIG_ID}
    assert await store.set_opt_out(10, False) is True
    assert await store.set_opt_out(10, False) is False  # already included
    assert await store.set_opt_out(11, False) is False  # never opted out
    assert await store.opted_out([10, 11]) == set()
    assert await store.opted_out([BIG_ID]) == {BIG_ID}


async def test_the_batch_lookup_takes_any_number_of_ids(store):
    wanted = {7, 4_001, 123_456_789_012_345_678}
    for user in wanted:
        await store.set_opt_out(user, True)
    many = (n * 1_000 + 1 for n in range(40_000))  # more ids than SQLite takes as parameters
    assert await store.opted_out(many) == {4_001}
    assert await store.opted_out([*range(10), *wanted, *wanted]) == wanted
    assert await store.opted_out([]) == set()


async def test_forgetting_a_user_or_guild_keeps_their_opt_out(store):
    await store.add(CHANNEL, make_entry(requester_id=10))
    await store.set_opt_out(10, True)
    assert await store.purge_user(10) == 1
    assert await store.purge_guild(111) == 0
    assert await store.purge_channel(CHANNEL) == 0
    assert await store.opted_out([10]) == {10}


@pytest.mark.parametrize("bad", [-1, 2**63, True, "10", None, 1.5])
async def test_ids_are_checked(store, bad):
    with pytest.raises(ValueError):
        await store.set_opt_out(bad, True)
    with pytest.raises(ValueError):
        await store.opted_out([1, bad])


def _before_opt_outs(migrations) -> int:
    """How many migrations came before the one that adds ``opt_outs``."""
    return next(
        i for i, m in enumerate(migrations) if any("opt_outs" in sql for sql in m.statements)
    )


async def test_an_older_sqlite_history_gets_the_table(tmp_path):
    path = tmp_path / "older.db"
    conn = await connect(path, busy_timeout=5.0, synchronous="FULL", writer=True)
    try:
        await migrate(conn, migrations=MIGRATIONS[: _before_opt_outs(MIGRATIONS)])
        await conn.execute(
            "INSERT INTO channel_settings (guild_key, channel_id, length, updated_us) "
            "VALUES (111, 222, 4, 0)"
        )
    finally:
        await conn.close()
    assert sqlite3.connect(path).execute(
        "SELECT count(*) FROM sqlite_schema WHERE name = 'opt_outs'"
    ).fetchone() == (0,)
    async with await SqliteHistoryStore.open(path) as store:
        assert (await store.get_settings(CHANNEL)).length == 4
        assert await store.set_opt_out(5, True) is True
        assert await store.opted_out([5, 6]) == {5}


async def test_an_older_postgres_history_gets_the_table(postgres_server):
    import asyncpg

    from bot.storage.postgres import PostgresHistoryStore
    from bot.storage.postgres.schema import MIGRATIONS as PG_MIGRATIONS
    from bot.storage.postgres.schema import migrate as pg_migrate

    url = await create_database(postgres_server, "summarybot_optouts")
    try:
        conn = await asyncpg.connect(url)
        try:
            older = PG_MIGRATIONS[: _before_opt_outs(PG_MIGRATIONS)]
            await pg_migrate(conn, label="test", migrations=older)
            assert await conn.fetchval("SELECT to_regclass('opt_outs')") is None
        finally:
            await conn.close()
        async with await PostgresHistoryStore.open(url) as store:
            assert await store.set_opt_out(5, True) is True
            assert await store.opted_out([5, 6]) == {5}
    finally:
        await drop_database(postgres_server, url)
