"""Shared fixtures: a fresh store per test on each backend, and a controllable clock.

The ``store`` fixture is parametrized by backend (as mautrix-python and Synapse do): every store
test runs on SQLite (a file in ``tmp_path``) and on PostgreSQL. The PostgreSQL half needs a
server: set ``SUMMARYBOT_TEST_POSTGRES_URL`` (``.ci/run`` does); without it those tests are
skipped with a reason that says so. Each test session creates its own database with a random
name on that server, and drops it at the end.

A test runs on SQLite only when it is about SQLite itself: it is in a module of
``SQLITE_ONLY_MODULES``, carries ``@pytest.mark.sqlite_only``, or takes ``tmp_path`` or
``monkeypatch`` itself (it looks at the database file or patches the SQLite module).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import os
import secrets
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit, urlunsplit

import pytest

from bot.models import Quote
from bot.storage import HistoryStore, NewEntry, SqliteHistoryStore

POSTGRES_ENV = "SUMMARYBOT_TEST_POSTGRES_URL"
SKIP_POSTGRES = (
    f"PostgreSQL store tests need a server: run with {POSTGRES_ENV}="
    "postgresql://postgres@127.0.0.1:5432/postgres (.ci/run sets it)"
)
SQLITE_ONLY_MODULES = frozenset({"test_migrations", "test_tokens"})
PG_TABLES = "entries, entry_articles, channel_settings, search_configs, opt_outs, digest_runs"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: a store test about SQLite itself")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    direct = set(inspect.signature(metafunc.function).parameters)
    sqlite_only = (
        metafunc.module.__name__.rsplit(".", 1)[-1] in SQLITE_ONLY_MODULES
        or metafunc.definition.get_closest_marker("sqlite_only") is not None
        or bool(direct & {"tmp_path", "monkeypatch"})
    )
    metafunc.parametrize("backend", ["sqlite"] if sqlite_only else ["sqlite", "postgres"])


def database_url(server_url: str, name: str) -> str:
    """``server_url`` with its database replaced by ``name``."""
    return urlunsplit(urlsplit(server_url)._replace(path="/" + name))


async def create_database(server_url: str, prefix: str = "summarybot_test") -> str:
    """Create a database with a random name on the server; return its URL."""
    import asyncpg

    name = f"{prefix}_{secrets.token_hex(6)}"
    conn = await asyncpg.connect(server_url)
    try:
        await conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    finally:
        await conn.close()
    return database_url(server_url, name)


async def drop_database(server_url: str, url: str) -> None:
    import asyncpg

    name = urlsplit(url).path.lstrip("/")
    conn = await asyncpg.connect(server_url)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The test server's URL (tests that need it are skipped without one)."""
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if not url:
        pytest.skip(SKIP_POSTGRES)
    return url


def run_sync(coro):
    """Run ``coro`` to completion in a thread of its own (callable inside a running loop)."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


@pytest.fixture(scope="session")
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A throwaway database for this test session (dropped afterwards)."""
    url = run_sync(create_database(postgres_server))
    try:
        yield url
    finally:
        run_sync(drop_database(postgres_server, url))


class Clock:
    """A settable UTC clock for the store."""

    def __init__(self) -> None:
        self.now = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def make_entry(
    title: str = "A new bridge over the river",
    *,
    summary: tuple[str, ...] = (
        "The city opened a new bridge over the river on Monday.",
        "Engineers say it will carry twenty thousand cars a day.",
    ),
    url: str | None = "https://news.example/bridge",
    requester_id: int | None = 42,
    keywords: tuple[str, ...] = ("bridge", "river", "traffic"),
    quotes: tuple[Quote, ...] = (
        Quote("It is a great day for the city", "Mayor Ada Lind", 10, 40, 0.9),
    ),
    article_text: str = "The city opened a new bridge. " * 40,
    language: str | None = "en",
    **fields,
) -> NewEntry:
    return NewEntry(
        source=url or "pasted text",
        canonical_url=url,
        title=title,
        site="news.example" if url else None,
        author="Jo Reporter",
        date="2024-04-30",
        language=language,
        summary=summary,
        quotes=quotes,
        keywords=keywords,
        words=812,
        sentences_total=41,
        reduction=0.83,
        method="default",
        requester_id=requester_id,
        article_text=article_text,
        **fields,
    )


@pytest.fixture
def clock() -> Clock:
    return Clock()


async def open_postgres(url: str, **options) -> HistoryStore:
    """A PostgreSQL store on ``url`` with every table emptied (a fresh store for one test)."""
    from bot.storage.postgres import PostgresHistoryStore

    store = await PostgresHistoryStore.open(url, pool_size=4, **options)
    await store._pool.execute(f"TRUNCATE {PG_TABLES} RESTART IDENTITY")
    return store


@pytest.fixture
async def pg_store(postgres_url, clock) -> AsyncIterator[HistoryStore]:
    """A PostgreSQL store of its own for one test (tables emptied), whatever the backend."""
    store = await open_postgres(postgres_url, clock=clock)
    try:
        yield store
    finally:
        await store.close()


@pytest.fixture
async def store(backend, request, tmp_path, clock) -> AsyncIterator[HistoryStore]:
    if backend == "postgres":
        s = await open_postgres(request.getfixturevalue("postgres_url"), clock=clock)
    else:
        s = await SqliteHistoryStore.open(tmp_path / "history.db", clock=clock)
    try:
        yield s
    finally:
        await s.close()


@pytest.fixture
async def store_factory(backend, request, tmp_path, clock):
    """Open stores of the test's backend with options (``clock`` is the test's by default)."""
    opened: list[HistoryStore] = []

    async def open_store(**options) -> HistoryStore:
        options.setdefault("clock", clock)
        if backend == "postgres":
            s = await open_postgres(request.getfixturevalue("postgres_url"), **options)
        else:
            s = await SqliteHistoryStore.open(tmp_path / f"history{len(opened)}.db", **options)
        opened.append(s)
        return s

    try:
        yield open_store
    finally:
        for s in opened:
            await s.close()
