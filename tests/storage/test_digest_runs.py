"""Digest schedules in the channel settings, and digest runs claimed exactly once (both stores)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.errors import StorageError
from bot.models import Scope
from bot.schedules import DEFAULT_HOUR, LastRun
from bot.storage import ChannelSettings, SqliteHistoryStore, parse_setting
from tests.storage.conftest import open_postgres

CHANNEL = Scope(guild_id=111, channel_id=222)
SECOND = Scope(guild_id=111, channel_id=223)
ELSEWHERE = Scope(guild_id=999, channel_id=555)
STALE = timedelta(minutes=5)


async def test_the_schedule_is_a_setting_kept_with_the_others(store):
    updated = await store.update_settings(
        CHANNEL, digest="Weekly", digest_channel=777, digest_hour=0, length=4
    )
    assert (updated.digest, updated.digest_channel, updated.digest_hour) == ("weekly", 777, 0)
    assert await store.get_settings(CHANNEL) == updated
    off = await store.update_settings(CHANNEL, digest=None, digest_channel=None, digest_hour=None)
    assert off == ChannelSettings(length=4)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"digest": "monthly"}, "digest must be daily, weekly or off"),
        ({"digest": 1}, "digest must be"),
        ({"digest_hour": 24}, "digest_hour must be an hour"),
        ({"digest_hour": -1}, "digest_hour must be"),
        ({"digest_hour": "9"}, "digest_hour must be"),
        ({"digest_channel": 0}, "digest_channel must be a channel id"),
    ],
)
async def test_bad_schedules_are_refused(store, changes, message):
    with pytest.raises(StorageError, match=message):
        await store.update_settings(CHANNEL, **changes)
    assert await store.get_settings(CHANNEL) == ChannelSettings()


def test_typed_schedule_values():
    assert parse_setting("digest", "Daily") == "daily"
    assert parse_setting("digest", "off") is None
    assert parse_setting("digest-hour", "18") == 18
    assert parse_setting("digest_hour", "0") == 0
    assert parse_setting("digest_channel", "<#1234>") == 1234
    with pytest.raises(StorageError, match="digest_hour must be"):
        parse_setting("digest_hour", "noon")


async def test_schedules_of_the_guilds_asked_for(store, clock):
    set_at = clock.now
    await store.update_settings(CHANNEL, digest="daily")
    await store.update_settings(SECOND, digest="weekly", digest_channel=888, digest_hour=17)
    await store.update_settings(ELSEWHERE, digest="daily")
    await store.update_settings(Scope(guild_id=111, channel_id=224), autolink=False)  # no digest
    schedules = await store.digest_schedules([111])
    assert [(s.scope, s.period, s.hour, s.post_channel_id) for s in schedules] == [
        (CHANNEL, "daily", DEFAULT_HOUR, 222),
        (SECOND, "weekly", 17, 888),
    ]
    assert all(s.since == set_at and s.last_run is None for s in schedules)
    assert [s.scope for s in await store.digest_schedules({999, 111, 4})] == [
        CHANNEL,
        SECOND,
        ELSEWHERE,
    ]
    assert await store.digest_schedules([]) == []
    assert await store.digest_schedules([4]) == []


async def test_only_a_schedule_change_restarts_its_clock(store, clock):
    first = clock.now
    await store.update_settings(CHANNEL, digest="daily")
    clock.advance(hours=3)
    await store.update_settings(CHANNEL, autolink=False, length=2)
    (schedule,) = await store.digest_schedules([111])
    assert schedule.since == first
    clock.advance(hours=1)
    await store.update_settings(CHANNEL, digest_hour=20)
    (schedule,) = await store.digest_schedules([111])
    assert schedule.since == first + timedelta(hours=4)


async def test_a_run_is_claimed_once_and_finished_once(store, clock):
    await store.update_settings(CHANNEL, digest="daily")
    due = clock.now.replace(hour=9)
    now = clock.now
    assert await store.claim_digest(CHANNEL, due, claimer="a", now=now, stale_after=STALE)
    assert not await store.claim_digest(CHANNEL, due, claimer="b", now=now, stale_after=STALE)
    (schedule,) = await store.digest_schedules([111])
    assert schedule.last_run == LastRun(due=due, claimed_at=now, done=False)
    # another channel's run, or another due time, is another run
    assert await store.claim_digest(SECOND, due, claimer="b", now=now, stale_after=STALE)
    assert not await store.finish_digest(CHANNEL, due, claimer="b", outcome="posted", now=now)
    assert await store.finish_digest(CHANNEL, due, claimer="a", outcome="posted", now=now)
    (schedule,) = await store.digest_schedules([111])
    assert schedule.last_run.done
    # a finished run is never claimed again, however old
    later = now + timedelta(days=2)
    assert not await store.claim_digest(CHANNEL, due, claimer="c", now=later, stale_after=STALE)


async def test_a_stale_claim_is_taken_over_and_the_old_claimer_cannot_finish(store, clock):
    await store.update_settings(CHANNEL, digest="daily")
    due, now = clock.now, clock.now
    assert await store.claim_digest(CHANNEL, due, claimer="died", now=now, stale_after=STALE)
    soon = now + STALE - timedelta(seconds=1)
    assert not await store.claim_digest(CHANNEL, due, claimer="b", now=soon, stale_after=STALE)
    late = now + STALE + timedelta(seconds=1)
    assert await store.claim_digest(CHANNEL, due, claimer="b", now=late, stale_after=STALE)
    assert not await store.claim_digest(CHANNEL, due, claimer="c", now=late, stale_after=STALE)
    assert not await store.finish_digest(CHANNEL, due, claimer="died", outcome="posted", now=late)
    assert await store.finish_digest(CHANNEL, due, claimer="b", outcome="empty", now=late)
    (schedule,) = await store.digest_schedules([111])
    assert schedule.last_run == LastRun(due=due, claimed_at=late, done=True)


async def test_the_latest_run_is_reported_and_old_runs_are_pruned(store, clock):
    await store.update_settings(CHANNEL, digest="daily")
    start = clock.now
    for day in (0, 1, 70):
        due = start + timedelta(days=day)
        assert await store.claim_digest(CHANNEL, due, claimer="a", now=due, stale_after=STALE)
        assert await store.finish_digest(CHANNEL, due, claimer="a", outcome="posted", now=due)
    (schedule,) = await store.digest_schedules([111])
    assert schedule.last_run.due == start + timedelta(days=70)
    # the runs of day 0 and 1 are gone, so they could be claimed again: but only the latest due
    # time is ever claimed (bot.schedules.owed), and it is kept
    assert await store.claim_digest(CHANNEL, start, claimer="x", now=start, stale_after=STALE)


async def test_forgetting_a_guild_forgets_its_schedules_and_runs(store, clock):
    await store.update_settings(CHANNEL, digest="daily")
    await store.update_settings(ELSEWHERE, digest="daily")
    for scope in (CHANNEL, ELSEWHERE):
        assert await store.claim_digest(
            scope, clock.now, claimer="a", now=clock.now, stale_after=STALE
        )
    await store.purge_guild(111)
    assert await store.digest_schedules([111]) == []
    assert await store.claim_digest(
        CHANNEL, clock.now, claimer="b", now=clock.now, stale_after=STALE
    )
    assert len(await store.digest_schedules([999])) == 1
    assert not await store.claim_digest(
        ELSEWHERE, clock.now, claimer="b", now=clock.now, stale_after=STALE
    )


@pytest.fixture
async def two_stores(backend, request, tmp_path_factory, clock):
    """Two stores on one database, as two bot processes would have."""
    if backend == "postgres":
        url = request.getfixturevalue("postgres_url")
        first = await open_postgres(url, clock=clock)
        from bot.storage.postgres import PostgresHistoryStore

        second = await PostgresHistoryStore.open(url, pool_size=4, clock=clock)
    else:
        path = tmp_path_factory.mktemp("shared") / "history.db"
        first = await SqliteHistoryStore.open(path, clock=clock)
        second = await SqliteHistoryStore.open(path, clock=clock)
    try:
        yield first, second
    finally:
        await first.close()
        await second.close()


async def test_concurrent_claimers_exactly_one_wins(two_stores, clock):
    first, second = two_stores
    await first.update_settings(CHANNEL, digest="daily")
    for round_ in range(5):
        due = clock.now + timedelta(days=round_)
        claims = [
            store.claim_digest(CHANNEL, due, claimer=f"{i}", now=due, stale_after=STALE)
            for i, store in enumerate([first, second] * 4)
        ]
        won = [str(i) for i, ok in enumerate(await asyncio.gather(*claims)) if ok]
        assert len(won) == 1
        # and a stale claim, taken over by many at once: again exactly one
        later = due + STALE * 2
        takeovers = [
            store.claim_digest(CHANNEL, due, claimer=f"t{i}", now=later, stale_after=STALE)
            for i, store in enumerate([second, first] * 4)
        ]
        assert sum(await asyncio.gather(*takeovers)) == 1


async def test_upgrading_keeps_the_settings_and_starts_without_schedules(tmp_path):
    from bot.storage.db import connect
    from bot.storage.migrations import MIGRATIONS, migrate

    before = MIGRATIONS[: next(i for i, m in enumerate(MIGRATIONS) if "digest" in m.name)]
    path = tmp_path / "old.db"
    conn = await connect(path, busy_timeout=5.0, synchronous="FULL", writer=True)
    try:
        await migrate(conn, migrations=before)
        await conn.execute(
            "INSERT INTO channel_settings (guild_key, channel_id, autolink, length, updated_us) "
            "VALUES (111, 222, 0, 4, 0)"
        )
    finally:
        await conn.close()
    async with await SqliteHistoryStore.open(path) as store:
        assert await store.get_settings(CHANNEL) == ChannelSettings(autolink=False, length=4)
        assert await store.digest_schedules([111]) == []
        await store.update_settings(CHANNEL, digest="weekly")
        (schedule,) = await store.digest_schedules([111])
        assert (schedule.period, schedule.post_channel_id) == ("weekly", 222)
