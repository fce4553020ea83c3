"""A history this process cannot write is read, and every write says why it cannot be made.

Tests run as root, whom permissions do not stop. The reader runs in a child process in its own
user namespace (``unshare --user``: an unprivileged user, for whom a 0444 file in a 0555
folder is really read-only) or with the database's folder bind-mounted read-only
(``unshare --mount --map-root-user``: a real read-only mount, which stops root too).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import aiosqlite
import pytest

from bot.models import Scope
from bot.storage import SqliteHistoryStore
from bot.storage.migrations import MIGRATIONS, migrate
from bot.storage.tokens import SQL_FUNCTION, search_text
from tests.storage.conftest import make_entry

ROOT = Path(__file__).resolve().parents[2]
SCOPE = Scope(guild_id=5, channel_id=6)


def _can(*command: str) -> bool:
    try:
        return subprocess.run([*command, "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


needs_user_ns = pytest.mark.skipif(
    not _can("unshare", "--user"), reason="needs `unshare --user` (util-linux, user namespaces)"
)
needs_mount_ns = pytest.mark.skipif(
    not _can("unshare", "--mount", "--map-root-user"),
    reason="needs `unshare --mount --map-root-user` (util-linux, user namespaces)",
)


@pytest.fixture
async def history(tmp_path) -> Path:
    """A folder everyone may enter, holding a closed history with two entries of SCOPE."""
    folder = tmp_path / "data"
    folder.mkdir()
    os.chmod(tmp_path, 0o755)
    async with await SqliteHistoryStore.open(folder / "history.db") as store:
        await store.add(SCOPE, make_entry("Bridge opens"))
        await store.add(SCOPE, make_entry("Bridge reopens"))
    yield folder
    os.chmod(folder, 0o755)


def _run(prefix: list[str], *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    return subprocess.run(
        [*prefix, sys.executable, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


def _check_reads_and_refusals(proc: subprocess.CompletedProcess, reason: str) -> None:
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["read_only"] == reason
    assert out["recent"] == ["Bridge reopens", "Bridge opens"]
    assert sorted(out["search"]) == ["Bridge opens", "Bridge reopens"]
    assert out["get"] == "Bridge reopens"
    assert out["retention"] == 0
    for name in ("add", "delete", "settings", "purge"):
        assert "is read-only" in out[name] and reason in out[name], (name, out[name])
        assert "full" not in out[name]


@needs_user_ns
def test_another_users_history_is_read_and_writes_say_why(history):
    (history / "history.db").chmod(0o444)
    history.chmod(0o555)
    proc = _run(
        ["unshare", "--user"], "-m", "tests.storage.reader_process", str(history / "history.db")
    )
    _check_reads_and_refusals(proc, "this user may not write to the file or to its folder")
    assert sorted(p.name for p in history.iterdir()) == ["history.db"]


@needs_mount_ns
def test_history_on_a_read_only_mount_is_read_and_writes_say_why(history, tmp_path):
    mount = tmp_path / "mnt"
    mount.mkdir()
    script = f'mount --bind {history} {mount} && mount -o remount,bind,ro {mount} && exec "$@"'
    shell = ["unshare", "--mount", "--map-root-user", "sh", "-c", script, "sh"]
    proc = _run(shell, "-m", "tests.storage.reader_process", str(mount / "history.db"))
    _check_reads_and_refusals(proc, "it is on a file system mounted read-only")
    # the command line: lists the history, and a delete is refused in one clear line
    env = ["env", f"DATABASE_PATH={mount / 'history.db'}"]
    listed = _run([*shell, *env], "-m", "bot", "history", "--channel", "ro", "--json")
    assert listed.returncode == 0 and "Traceback" not in listed.stderr, listed.stderr
    deleted = _run([*shell, *env], "-m", "bot", "history", "--delete", "1", "--yes")
    assert deleted.returncode == 1 and "Traceback" not in deleted.stderr
    assert "is read-only (it is on a file system mounted read-only)" in deleted.stderr


@needs_user_ns
async def test_an_old_schema_that_cannot_be_upgraded_is_refused_clearly(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    os.chmod(tmp_path, 0o755)
    conn = await aiosqlite.connect(str(folder / "history.db"), isolation_level=None)
    try:
        await conn.create_function(SQL_FUNCTION, 2, search_text, deterministic=True)
        await migrate(conn, migrations=MIGRATIONS[:2])
    finally:
        await conn.close()
    (folder / "history.db").chmod(0o444)
    folder.chmod(0o555)
    try:
        proc = _run(
            ["unshare", "--user"], "-m", "tests.storage.reader_process", str(folder / "history.db")
        )
    finally:
        folder.chmod(0o755)
    assert proc.returncode == 0, proc.stderr
    message = json.loads(proc.stdout)["open"]
    assert (
        "needs an upgrade (schema version 2" in message
        and "Open it once with write access" in message
    )


@needs_user_ns
def test_a_missing_history_in_a_read_only_folder_is_a_clear_error(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir(mode=0o555)
    os.chmod(tmp_path, 0o755)
    try:
        proc = _run(
            ["unshare", "--user"], "-m", "tests.storage.reader_process", str(folder / "history.db")
        )
    finally:
        folder.chmod(0o755)
    assert "does not exist and cannot be created" in json.loads(proc.stdout)["open"]


@pytest.mark.parametrize(
    "sqlite_message, said, not_said",
    [
        ("attempt to write a readonly database", "is read-only", "full"),
        ("database or disk is full", "the disk is full", "read-only"),
        ("disk I/O error", "disk error", "full"),
    ],
)
def test_write_failures_are_named_for_what_they_are(sqlite_message, said, not_said):
    from bot.storage.sqlite_errors import friendly_error as _friendly

    message = str(_friendly(sqlite3.OperationalError(sqlite_message)))
    assert said in message and not_said not in message
