"""Scheduled digests against FakeDiscord: posted once at start-up when missed, never again after a
restart, once per guild with two shard processes, and once when two processes hold one guild."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

from bot.discord_app.client import SummaryBot
from bot.models import Scope
from bot.schedules import latest_due
from bot.storage import SqliteHistoryStore
from tests.discord_app.conftest import e2e_settings, point_discord_at
from tests.discord_app.fake_discord import FakeDiscord
from tests.discord_app.helpers import MANAGE_CHANNELS, MEMBER, opt
from tests.discord_app.shards import sharded_bots
from tests.storage.conftest import make_entry

GUILD = 1000
NEWS, DIGESTS, QUIET, LOCKED, ORPHAN = 2000, 2001, 2002, 2003, 2004
DELETED = 2999  # a channel that no longer exists
GUILD_ON_0 = (10 << 22) | 5  # shard 0 of 2
GUILD_ON_1 = (11 << 22) | 5  # shard 1 of 2
CHANNEL_0, CHANNEL_1 = 4100, 4200
TITLES = ("Harbour ferry gets a second deck", "Library opens on Sundays", "Night buses return")


def later(hours: float):
    """A clock ``hours`` ahead of real time: the bot lives in the future of the stored history."""
    return lambda: datetime.now(UTC) + timedelta(hours=hours)


def hour_in(hours: float) -> int:
    """The UTC hour ``hours`` from now: with the clock 3 hours ahead and the schedule at the hour
    2 hours from now, the digest fell due between 1 and 2 hours from now, while the bot was down,
    and its 24 hours hold the entries stored now."""
    return (datetime.now(UTC) + timedelta(hours=hours)).hour


def store_service(store):
    """What ``fill`` needs of a service: its store."""
    return type("StoreOnly", (), {"store": store})()


async def fill(service, scope: Scope, titles=TITLES) -> None:
    for number, title in enumerate(titles):
        await service.store.add(scope, make_entry(title, url=f"https://news.example/{number}"))


@asynccontextmanager
async def running(settings, service, **options) -> AsyncIterator[SummaryBot]:
    """One bot process's worth: a SummaryBot on ``service``, ready; closed at the end."""
    bot = SummaryBot(settings, service, guild_ready_timeout=0.05, **options)
    runner = asyncio.create_task(bot.start(settings.discord_token))
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 15)
        yield bot
    finally:
        await bot.close()
        await asyncio.wait_for(runner, 10)


def posted(fake: FakeDiscord, channel_id: int) -> list:
    return [s for s in fake.sent if s.kind == "channel" and s.channel_id == channel_id]


async def all_finished(service, guild: int, timeout: float = 15.0) -> None:
    """Wait until every digest schedule of the guild has its latest run recorded as done."""

    async def finished() -> bool:
        schedules = await service.store.digest_schedules([guild])
        return all(s.last_run is not None and s.last_run.done for s in schedules)

    async with asyncio.timeout(timeout):
        while not await finished():
            await asyncio.sleep(0.02)


async def test_a_missed_digest_is_posted_once_at_start_up_and_not_after_a_restart(
    tmp_path, monkeypatch, caplog
):
    from bot.service import Service

    caplog.set_level(logging.INFO, logger="bot.discord_app.digest_schedule")
    async with FakeDiscord(guilds={GUILD: (NEWS, DIGESTS, QUIET, LOCKED, ORPHAN)}) as fake:
        point_discord_at(monkeypatch, fake)
        settings = e2e_settings(tmp_path)
        clock = later(3)
        async with await Service.create(settings) as service:
            await fill(service, Scope(GUILD, NEWS))
            await fill(service, Scope(GUILD, LOCKED), TITLES[:1])
            await fill(service, Scope(GUILD, ORPHAN), TITLES[:1])
            hour = hour_in(2)
            # news: posted in another channel; quiet: nothing happened; locked: cannot post;
            # orphan: its digest channel was deleted
            await service.update_settings(
                Scope(GUILD, NEWS), digest="daily", digest_hour=hour, digest_channel=DIGESTS
            )
            await service.update_settings(Scope(GUILD, QUIET), digest="daily", digest_hour=hour)
            await service.update_settings(Scope(GUILD, LOCKED), digest="daily", digest_hour=hour)
            await service.update_settings(
                Scope(GUILD, ORPHAN), digest="daily", digest_hour=hour, digest_channel=DELETED
            )
            fake.forbidden_channels.add(LOCKED)

            async with running(settings, service, clock=clock, digest_every=0.05) as bot:
                await all_finished(service, GUILD)
                assert await bot.digests.check() == 0  # every run is recorded: nothing more
            (message,) = posted(fake, DIGESTS)
            (embed,) = message.embeds
            assert embed["title"] == f"Daily digest: #channel-{NEWS}"
            due = latest_due("daily", hour, clock())
            period = (
                f"<t:{int((due - timedelta(days=1)).timestamp())}:f> – <t:{int(due.timestamp())}:f>"
            )
            assert embed["description"].startswith(period)
            assert all(title in embed["description"] for title in TITLES)
            assert embed["footer"]["text"].startswith("3 summaries")
            assert message.allowed_mentions == {"parse": []}
            assert posted(fake, QUIET) == [] and posted(fake, LOCKED) == []
            assert "no permission to post in #channel-2003 (Missing Permissions)" in caplog.text
            assert f"the channel {DELETED} no longer exists" in caplog.text
            assert f"Scope(guild_id={GUILD}, channel_id={QUIET}) due" in caplog.text  # "empty"
            assert not [r for r in caplog.records if r.levelno >= logging.ERROR]

        # a restart (a new process on the same database) posts nothing again
        caplog.clear()
        async with (
            await Service.create(settings) as service,
            running(settings, service, clock=clock, digest_every=0.05) as bot,
        ):
            await asyncio.sleep(0.3)  # several checks
            assert await bot.digests.check() == 0
        assert len(posted(fake, DIGESTS)) == 1 and posted(fake, LOCKED) == []
        assert "was not posted" not in caplog.text  # a failed digest is not tried again
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR]

        # a day later the next one is due, covering what came after the first: posted once more,
        # with the whole digest as a file when the embed cannot list every article
        tram = tuple(f"Tram line extended, part {n}" for n in range(1, 8))
        async with await SqliteHistoryStore.open(settings.database_path, clock=later(5)) as store:
            await fill(store_service(store), Scope(GUILD, NEWS), tram)
        async with (
            await Service.create(settings) as service,
            running(settings, service, clock=later(27), digest_every=0.05),
        ):
            await fake.wait_for(lambda: len(posted(fake, DIGESTS)) == 2, timeout=15)
            await all_finished(service, GUILD)
        second = posted(fake, DIGESTS)[1]
        assert "Tram line extended" in second.embeds[0]["description"]
        assert not any(title in second.embeds[0]["description"] for title in TITLES)
        ((name, data),) = second.files
        assert name.endswith(".md") and all(title in data.decode() for title in tram)


async def test_settings_digest_sets_shows_and_stops_the_schedule(tmp_path, monkeypatch):
    from bot.service import Service

    async with FakeDiscord(guilds={GUILD: (NEWS, DIGESTS)}) as fake:
        point_discord_at(monkeypatch, fake)
        settings = e2e_settings(tmp_path)
        async with await Service.create(settings) as service, running(settings, service):
            resolved = {
                "channels": {
                    str(DIGESTS): {
                        "id": str(DIGESTS),
                        "type": 0,
                        "name": f"channel-{DIGESTS}",
                        "permissions": "0",
                    }
                }
            }

            async def settings_cmd(options, permissions=MEMBER | MANAGE_CHANNELS):
                record = await fake.invoke(
                    "settings",
                    options,
                    channel_id=NEWS,
                    permissions=permissions,
                    resolved=resolved,
                )
                return await fake.wait_answered(record)

            answer = await settings_cmd(
                [
                    opt("digest", "weekly"),
                    opt("digest_channel", str(DIGESTS), 7),
                    opt("digest_hour", 18),
                ]
            )
            fields = {f["name"]: f["value"] for f in answer.embeds[0]["fields"]}
            assert fields["Digest ✏️"].startswith(
                f"weekly, on Mondays at 18:00 UTC, in <#{DIGESTS}> (next: <t:"
            )
            prefs = await service.get_settings(Scope(GUILD, NEWS))
            assert (prefs.digest, prefs.digest_channel, prefs.digest_hour) == (
                "weekly",
                DIGESTS,
                18,
            )

            answer = await settings_cmd([opt("digest_hour", 7)])
            fields = {f["name"]: f["value"] for f in answer.embeds[0]["fields"]}
            assert fields["Digest ✏️"].startswith(
                f"weekly, on Mondays at 07:00 UTC, in <#{DIGESTS}>"
            )

            denied = await settings_cmd([opt("digest", "daily")], permissions=MEMBER)
            assert "Manage Server or Manage Channel" in denied.content

            answer = await settings_cmd([opt("digest", "off")])
            assert {f["name"]: f["value"] for f in answer.embeds[0]["fields"]}["Digest ✏️"] == "off"
            prefs = await service.get_settings(Scope(GUILD, NEWS))
            assert (prefs.digest, prefs.digest_channel, prefs.digest_hour) == (None, None, None)

            refused = await settings_cmd([opt("digest_hour", 7)])
            assert "There is no digest here yet" in refused.content
            # a member is told they may not change settings, not how the digest options are wrong
            denied = await settings_cmd([opt("digest_hour", 7)], permissions=MEMBER)
            assert "Manage Server or Manage Channel" in denied.content
            answer = await settings_cmd([opt("digest", "daily")])
            fields = {f["name"]: f["value"] for f in answer.embeds[0]["fields"]}
            assert fields["Digest ✏️"].startswith("daily at 09:00 UTC, in this channel")


async def test_each_shard_posts_its_own_guilds_digest_once(tmp_path, monkeypatch):
    from bot.service import Service

    guilds = {GUILD_ON_0: (CHANNEL_0,), GUILD_ON_1: (CHANNEL_1,)}
    async with FakeDiscord(guilds=guilds, recommended_shards=2) as fake:
        point_discord_at(monkeypatch, fake)
        base = e2e_settings(tmp_path, discord_guild_id=None)
        async with await Service.create(base) as service:
            for guild, channel in ((GUILD_ON_0, CHANNEL_0), (GUILD_ON_1, CHANNEL_1)):
                await fill(service, Scope(guild, channel))
                await service.update_settings(
                    Scope(guild, channel), digest="daily", digest_hour=hour_in(2)
                )
        settings = dataclasses.replace(base, shard_count=2)
        by_shard: dict[int, list[int]] = {0: [], 1: []}
        ahead = [0.0]  # nothing is due until the posters below are in place

        def clock():
            return datetime.now(UTC) + timedelta(hours=ahead[0])

        async with sharded_bots(settings, clock=clock, digest_every=0.05) as (bots, services):
            assert len({id(s) for s in services}) == 2  # a service (and database pool) each
            for shard, bot in enumerate(bots):

                async def recorded(due, shard=shard, real=bot.digests.post):
                    by_shard[shard].append(due.scope.guild_id)
                    return await real(due)

                bot.digests.post = recorded
            ahead[0] = 3.0
            await fake.wait_for(
                lambda: posted(fake, CHANNEL_0) and posted(fake, CHANNEL_1), timeout=20
            )
            for bot in bots:
                assert await bot.digests.check() == 0
        assert by_shard == {0: [GUILD_ON_0], 1: [GUILD_ON_1]}
        assert len(posted(fake, CHANNEL_0)) == len(posted(fake, CHANNEL_1)) == 1
        for channel in (CHANNEL_0, CHANNEL_1):
            (message,) = posted(fake, channel)
            assert message.embeds[0]["title"] == f"Daily digest: #channel-{channel}"


async def test_two_processes_holding_one_guild_post_its_digest_once(tmp_path, monkeypatch):
    from bot.service import Service

    async with FakeDiscord(guilds={GUILD: (NEWS,)}) as fake:
        point_discord_at(monkeypatch, fake)
        settings = e2e_settings(tmp_path)
        ahead = [0.0]  # nothing is due until both processes are up

        def clock():
            return datetime.now(UTC) + timedelta(hours=ahead[0])

        async with (
            await Service.create(settings) as first_service,
            await Service.create(settings) as second_service,
        ):
            await fill(first_service, Scope(GUILD, NEWS))
            await first_service.update_settings(
                Scope(GUILD, NEWS), digest="daily", digest_hour=hour_in(2)
            )
            async with (
                running(settings, first_service, clock=clock, digest_every=3600) as first,
                running(settings, second_service, clock=clock, digest_every=3600) as second,
            ):
                assert first.guilds and second.guilds  # both hold the guild
                ahead[0] = 3.0
                # both find the digest owed at the same moment; the database lets one post it
                checks = [bot.digests.check() for _ in range(4) for bot in (first, second)]
                assert sum(await asyncio.gather(*checks)) == 1
                assert await first.digests.check() == await second.digests.check() == 0
        assert len(posted(fake, NEWS)) == 1
