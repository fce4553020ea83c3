"""The one factory: DATABASE_URL (or DATABASE_PATH) picks and opens the history backend."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, Settings
from bot.models import Scope
from bot.storage import SqliteHistoryStore, open_store
from tests.storage.conftest import make_entry

ROOT = Path(__file__).resolve().parents[2]
CHANNEL = Scope(guild_id=1, channel_id=2)


def test_database_url_forms():
    assert Settings.from_env({"DATABASE_URL": "sqlite:///srv/bot/h.db"}).database().location == (
        "/srv/bot/h.db"
    )
    assert Settings.from_env({"DATABASE_PATH": "data/h.db"}).database().location == "data/h.db"
    for url in ("postgresql://u:pw@db:5432/bot", "postgres://db/bot"):
        target = Settings.from_env({"DATABASE_URL": url}).database()
        assert (target.kind, target.location) == ("postgresql", url)
    assert "pw" not in str(Settings.from_env({"DATABASE_URL": "postgres://u:pw@db/b"}).database())


def test_database_url_wins_over_database_path():
    s = Settings.from_env({"DATABASE_URL": "postgresql://db/bot", "DATABASE_PATH": "/tmp/h.db"})
    assert s.database().kind == "postgresql"
    assert Settings.from_env({"DATABASE_POOL_SIZE": "3"}).database_pool_size == 3


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DATABASE_URL": "mysql://db/bot"}, "mysql://, which summarybot cannot open"),
        ({"DATABASE_URL": "sqlite://relative.db"}, "absolute file path"),
        ({"DATABASE_URL": "postgresql:///bot"}, "names no server"),
        ({"DATABASE_PATH": "postgresql://db.example/x"}, "takes a file path, not a URL"),
        ({"DATABASE_POOL_SIZE": "0"}, "at least 1"),
    ],
)
def test_bad_database_settings_fail_at_start_up(env, message):
    with pytest.raises(ConfigError, match=message):
        Settings.from_env(env)


def test_an_unknown_scheme_names_the_accepted_forms():
    with pytest.raises(ConfigError) as caught:
        Settings.from_env({"DATABASE_URL": "redis://127.0.0.1/0"})
    for form in ("sqlite:///", "plain file path", "postgresql://", "postgres://"):
        assert form in str(caught.value)


def test_a_server_url_in_database_path_creates_no_file(tmp_path):
    env = {
        **os.environ,
        "DATABASE_PATH": "postgresql://db.example/x",
        "PYTHONPATH": str(ROOT),
        "NO_COLOR": "1",
    }
    env.pop("DATABASE_URL", None)
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "history"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "DATABASE_URL" in proc.stderr and "Traceback" not in proc.stderr
    assert list(tmp_path.iterdir()) == []


async def test_sqlite_url_opens_that_file_without_loading_asyncpg(tmp_path):
    path = tmp_path / "sub" / "h.db"
    code = (
        "import asyncio, sys\n"
        "from bot.config import Settings\n"
        "from bot.storage import open_store\n"
        "async def main():\n"
        f"    s = await open_store(Settings.from_env({{'DATABASE_URL': 'sqlite://{path}'}}))\n"
        "    print(type(s).__name__, 'asyncpg' in sys.modules)\n"
        "    await s.close()\n"
        "asyncio.run(main())\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.stdout.split() == ["SqliteHistoryStore", "False"], proc.stderr
    assert path.exists()


async def test_settings_open_the_store_they_name(tmp_path, postgres_url):
    from bot.storage.postgres import PostgresHistoryStore

    pg = await open_store(
        Settings.from_env({"DATABASE_URL": postgres_url, "DATABASE_POOL_SIZE": "3"})
    )
    try:
        assert isinstance(pg, PostgresHistoryStore)
        assert pg._pool.get_max_size() == 3
        added = await pg.add(CHANNEL, make_entry("via the factory"))
        assert (await pg.get(CHANNEL, added.id)).title == "via the factory"
    finally:
        await pg.close()
    lite = await open_store(Settings.from_env({"DATABASE_PATH": str(tmp_path / "h.db")}))
    try:
        assert isinstance(lite, SqliteHistoryStore)
        assert await lite.count(CHANNEL) == 0
    finally:
        await lite.close()
