"""Several processes writing one database, some killed with SIGKILL mid-write, on both backends.

Afterwards the database must pass its checks (SQLite: ``PRAGMA integrity_check`` and the search
index's own check; PostgreSQL: the store's check and the foreign keys), and every entry a writer
reported as committed must be there, intact and searchable.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bot.models import Scope
from bot.storage import SqliteHistoryStore, open_history_store
from tests.storage.conftest import create_database, drop_database, make_entry, run_sync
from tests.storage.writer_process import SHARED, entry, writer_scope

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")


@pytest.fixture(params=["sqlite", "postgres"])
def database(request, tmp_path):
    """A fresh database of each backend: an SQLite file path or a PostgreSQL URL."""
    if request.param == "sqlite":
        yield str(tmp_path / "shared.db")
        return
    server = request.getfixturevalue("postgres_server")
    url = run_sync(create_database(server, "summarybot_crash"))
    try:
        yield url
    finally:
        run_sync(drop_database(server, url))


def _is_url(database: str) -> bool:
    return "://" in database


class Writer:
    def __init__(self, path: str | Path, number: int, count: int, *, purge: bool = False) -> None:
        args = [
            sys.executable,
            "-m",
            "tests.storage.writer_process",
            str(path),
            str(number),
            str(count),
        ]
        self.number = number
        self.proc = subprocess.Popen(
            args + (["purge"] if purge else []),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.committed: list[tuple[int, int]] = []  # (entry id, n)
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            if line.strip() == "ready":
                self.ready.set()
                continue
            entry_id, _, n = line.split()
            self.committed.append((int(entry_id), int(n)))

    def wait_for(self, commits: int, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.committed) < commits:
            assert self.proc.poll() is None or len(self.committed) >= commits, (
                self.proc.stderr.read()
            )
            assert time.monotonic() < deadline, "writer too slow"
            time.sleep(0.002)

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        self.thread.join()

    def finish(self) -> None:
        assert self.proc.wait(timeout=120) == 0, self.proc.stderr.read()
        self.thread.join()


def _expected(writers: list[Writer]) -> dict[int, tuple]:
    """Entry id -> (title, guild, channel) of every entry a writer reported as committed."""
    out = {}
    for w in writers:
        for entry_id, n in w.committed:
            scope = SHARED if n % 2 else writer_scope(w.number)
            out[entry_id] = (f"writer{w.number} entry{n}", scope.guild_id, scope.channel_id)
    return out


async def _check_postgres(url: str, writers: list[Writer]) -> int:
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        # no entry without its article, no article without its entry
        assert (
            await conn.fetchval(
                "SELECT count(*) FROM entries e LEFT JOIN entry_articles a ON a.entry_id = e.id "
                "WHERE a.entry_id IS NULL"
            )
            == 0
        )
        assert (
            await conn.fetchval(
                "SELECT count(*) FROM entry_articles a LEFT JOIN entries e ON a.entry_id = e.id "
                "WHERE e.id IS NULL"
            )
            == 0
        )
        expected = _expected(writers)
        rows = await conn.fetch(
            "SELECT id, title, guild_key, channel_id FROM entries WHERE id = any($1::bigint[])",
            list(expected),
        )
        assert {r[0]: (r[1], r[2], r[3]) for r in rows} == expected
        return len(expected)
    finally:
        await conn.close()


def _check_database(path: str, writers: list[Writer]) -> int:
    if _is_url(path):
        return asyncio.run(_check_postgres(path, writers))
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")
        # no entry without its article, no article without its entry
        assert conn.execute(
            "SELECT count(*) FROM entries e LEFT JOIN entry_articles a ON a.entry_id = e.id WHERE a.entry_id IS NULL"
        ).fetchone() == (0,)
        total = 0
        for w in writers:
            for entry_id, n in w.committed:
                row = conn.execute(
                    "SELECT title, guild_key, channel_id FROM entries WHERE id = ?", (entry_id,)
                ).fetchone()
                scope = SHARED if n % 2 else writer_scope(w.number)
                assert row == (f"writer{w.number} entry{n}", scope.guild_id, scope.channel_id), (
                    entry_id,
                    row,
                )
                total += 1
        return total
    finally:
        conn.close()


async def _check_store(path: str, writers: list[Writer]) -> None:
    async with await open_history_store(path) as store:
        assert await store.check() == []
        for w in writers:
            for entry_id, n in w.committed[-3:]:
                scope = SHARED if n % 2 else writer_scope(w.number)
                got = await store.get(scope, entry_id)
                assert got.article_text == entry(w.number, n).article_text
                hits = await store.search(scope, f"writer{w.number} entry{n}")
                assert [h.entry.id for h in hits] == [entry_id]


def test_concurrent_writers_with_kills_lose_nothing_committed(database):
    path = database  # created (or migrated) by the writers themselves, all at once
    writers = [Writer(path, i, 120, purge=(i == 3)) for i in range(5)]
    victims, survivors = writers[:2], writers[2:]
    victims[0].wait_for(15)
    time.sleep(random.uniform(0, 0.005))
    victims[0].kill()
    victims[1].wait_for(40)
    time.sleep(random.uniform(0, 0.005))
    victims[1].kill()
    # a killed writer may leave a WAL with a torn last frame (SQLite) or a connection that died
    # inside a transaction (PostgreSQL): a new writer must cope with it
    late = Writer(path, 9, 30)
    for w in survivors + [late]:
        w.finish()
    everyone = writers + [late]
    assert _check_database(path, everyone) >= 15 + 40 + 3 * 120 + 30
    asyncio.run(_check_store(path, everyone))


_LOUD_PURGE = """
import asyncio, sys
from bot.storage import SqliteHistoryStore
import bot.storage.history as h
if "://" in sys.argv[1]:
    import bot.storage.postgres.purges as h
    from bot.storage.postgres import PostgresHistoryStore as Base
else:
    Base = SqliteHistoryStore
h.DELETE_CHUNK = 20
class Loud(Base):
    async def _write(self, work):
        result = await super()._write(work)
        print('chunk', flush=True)
        return result
async def main():
    s = await Loud.open(sys.argv[1])
    await s.purge_user(3)
asyncio.run(main())
"""


async def _left_after_kill(path: str) -> int:
    """Entries of the purged user still there (SQLite: after the file's own checks)."""
    if not _is_url(path):
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")
            return conn.execute("SELECT count(*) FROM entries WHERE requester_id = 3").fetchone()[0]
        finally:
            conn.close()
    import asyncpg

    conn = await asyncpg.connect(path)
    try:
        return await conn.fetchval("SELECT count(*) FROM entries WHERE requester_id = 3")
    finally:
        await conn.close()


def test_kill_during_large_purge_keeps_the_database_consistent(database):
    path = database

    async def fill():
        async with await open_history_store(path) as store:
            for i in range(600):
                await store.add(Scope(1, 1), make_entry(f"doomed {i}", requester_id=3))
            for i in range(5):
                await store.add(Scope(1, 2), make_entry(f"kept {i}", requester_id=4))

    asyncio.run(fill())
    proc = subprocess.Popen(
        [sys.executable, "-c", _LOUD_PURGE, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "chunk"
    assert proc.stdout.readline().strip() == "chunk"
    os.kill(proc.pid, signal.SIGKILL)  # most likely inside the third chunk's transaction
    proc.wait()

    left = asyncio.run(_left_after_kill(path))
    assert 0 < left < 600 - 2 * 20 + 1
    assert left % 20 == 0  # whole chunks only: a killed transaction leaves no trace

    async def finish():
        async with await open_history_store(path) as store:
            assert await store.purge_user(3) == left
            assert await store.count(Scope(1, 1)) == 0
            assert await store.count(Scope(1, 2)) == 5
            assert len(await store.search(Scope(1, 2), "kept")) == 5
            assert await store.search(Scope(1, 1), "doomed") == []
            assert await store.check() == []

    asyncio.run(finish())


async def test_two_stores_in_one_process_share_the_file(tmp_path):
    path = tmp_path / "two.db"
    a = await SqliteHistoryStore.open(path)
    b = await SqliteHistoryStore.open(path)
    try:
        scope = Scope(5, 5)
        results = await asyncio.gather(
            *(s.add(scope, make_entry(f"e{i}")) for i in range(40) for s in (a, b))
        )
        assert len({r.id for r in results}) == 80
        assert await a.count(scope) == 80
        assert await b.count(scope) == 80
    finally:
        await a.close()
        await b.close()


async def test_cancelled_writes_finish_or_roll_back_cleanly(store):
    scope = Scope(6, 6)
    tasks = [asyncio.create_task(store.add(scope, make_entry(f"c{i}"))) for i in range(30)]
    await asyncio.sleep(0)
    for task in tasks[::3]:
        task.cancel()
    done = await asyncio.gather(*tasks, return_exceptions=True)
    cancelled = sum(isinstance(r, asyncio.CancelledError) for r in done)
    assert cancelled >= 1
    stored = await store.count(scope)
    # a cancelled caller does not stop its transaction: every add either committed or never began
    assert 30 - cancelled <= stored <= 30
    if isinstance(store, SqliteHistoryStore):
        assert not store._writer.in_transaction
    else:  # every connection went back to the pool, none inside a transaction
        conns = [await store._pool.acquire() for _ in range(store._pool.get_size())]
        assert not any(c.is_in_transaction() for c in conns)
        for c in conns:
            await store._pool.release(c)
    await store.add(scope, make_entry("after"))
    assert await store.check() == []
