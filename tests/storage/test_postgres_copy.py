"""``history --copy-to``: every channel's entries and settings, and the users left out of
catch-ups, move to another store, once."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from bot.models import Quote, Scope
from bot.storage import SqliteHistoryStore
from bot.storage.copy import copy_history
from tests.storage.conftest import make_entry, open_postgres

ROOT = Path(__file__).resolve().parents[2]
A = Scope(guild_id=1, channel_id=10)
B = Scope(guild_id=1, channel_id=11)
DM = Scope(guild_id=None, channel_id=12)
SETTINGS_ONLY = Scope(guild_id=2, channel_id=20)


async def _fill(store, clock) -> None:
    await store.add(A, make_entry("Bridge opens", article_text="Long article. " * 500))
    await store.add(A, make_entry("Bridge opens"))  # an identical twin at the same time
    clock.advance(seconds=1.5)
    await store.add(
        B,
        make_entry(
            "Les ponts", language="fr", quotes=(Quote("C'est beau", "Zoé"),), extra={"k": [1]}
        ),
    )
    await store.add(DM, make_entry("A private note", url=None, article_text=""))
    await store.update_settings(
        A, length=3, method="lexrank", retention_days=30, digest="weekly", digest_hour=18
    )
    await store.update_settings(B, digest="daily", digest_channel=77)
    await store.update_settings(SETTINGS_ONLY, autolink=False)
    for user in (77, 2**62):
        await store.set_opt_out(user, True)


def _same(a, b) -> bool:
    return replace(a, id=0) == replace(b, id=0)


async def _assert_copied(source, target) -> None:
    for scope in (A, B, DM):
        mine = await source.recent(scope, limit=100)
        theirs = await target.recent(scope, limit=100)
        assert len(mine) == len(theirs) == await target.count(scope)
        for a, b in zip(mine, theirs, strict=True):
            assert _same(await source.get(scope, a.id), await target.get(scope, b.id))
        assert await target.get_settings(scope) == await source.get_settings(scope)
    assert await target.get_settings(SETTINGS_ONLY) == await source.get_settings(SETTINGS_ONLY)
    assert [h.entry.title for h in await target.search(B, "pont")] == ["Les ponts"]
    assert await target.opted_out([77, 78, 2**62]) == {77, 2**62}


async def test_sqlite_to_postgres_and_back_is_exact_and_idempotent(tmp_path, postgres_url, clock):
    source = await SqliteHistoryStore.open(tmp_path / "h.db", clock=clock)
    target = await open_postgres(postgres_url, clock=clock)
    back = await SqliteHistoryStore.open(tmp_path / "back.db", clock=clock)
    try:
        await _fill(source, clock)
        first = await copy_history(source, target)
        assert (first.channels, first.source_entries, first.copied, first.already_there) == (
            4,
            4,
            4,
            0,
        )
        assert (first.settings, first.verified_entries, first.problems) == (3, 4, [])
        assert first.opt_outs == 2
        await _assert_copied(source, target)
        again = await copy_history(source, target)
        assert (again.copied, again.already_there, again.verified_entries) == (0, 4, 4)
        assert (again.opt_outs, again.problems) == (2, [])
        assert await target.count(A) == 2
        # a new entry in the source is the only one copied next time
        await source.add(A, make_entry("Later"))
        third = await copy_history(source, target)
        assert (third.copied, third.already_there) == (1, 4)
        # and back to SQLite
        home = await copy_history(target, back)
        assert (home.copied, home.problems) == (5, [])
        await _assert_copied(source, back)
    finally:
        for store in (source, target, back):
            await store.close()


def test_cli_copy_to_prints_the_verified_counts(tmp_path, postgres_url):
    from tests.storage.conftest import run_sync

    async def prepare() -> None:
        store = await open_postgres(postgres_url)  # empty the target
        await store.close()
        async with await SqliteHistoryStore.open(tmp_path / "h.db") as lite:
            await lite.add(Scope.local("c1"), make_entry("One"))
            await lite.add(Scope.local("c2"), make_entry("Two"))

    run_sync(prepare())
    env = {**os.environ, "DATABASE_PATH": str(tmp_path / "h.db"), "NO_COLOR": "1", "WORKERS": "1"}
    env.pop("DATABASE_URL", None)

    def copy() -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "bot", "history", "--copy-to", postgres_url],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    first = copy()
    assert first.returncode == 0, first.stderr
    assert "Copied 2 entries (0 were already there)" in first.stdout
    assert "Verified: 2 channels, 2 entries in the source, 2 found in the target." in first.stdout
    second = copy()
    assert "Copied 0 entries (2 were already there)" in second.stdout
    listed = subprocess.run(
        [sys.executable, "-m", "bot", "history", "--json", "--channel", "c1"],
        cwd=ROOT,
        env={**env, "DATABASE_URL": postgres_url},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert [line for line in listed.stdout.splitlines() if '"One"' in line], listed.stderr
    bad = subprocess.run(
        [sys.executable, "-m", "bot", "history", "--copy-to", "mysql://db/x"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 1 and "cannot open" in bad.stderr and "Traceback" not in bad.stderr
