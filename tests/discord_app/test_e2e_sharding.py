"""Two bot processes' worth of shards (0 and 1 of 2) against a sharded FakeDiscord."""

from __future__ import annotations

import pytest

from bot.config import ConfigError
from bot.discord_app.client import ShardedSummaryBot, SummaryBot, bot_class, shard_options
from tests.discord_app.conftest import e2e_settings, point_discord_at
from tests.discord_app.fake_discord import FakeDiscord, shard_of
from tests.discord_app.helpers import REPORT, opt
from tests.discord_app.shards import sharded_bots

# Guild ids are snowflakes: (id >> 22) % 2 puts these on shard 0 and shard 1.
GUILD_ON_0 = (10 << 22) | 5
GUILD_ON_1 = (11 << 22) | 5
CHANNEL_0, CHANNEL_1 = 4100, 4200


def test_shard_options_and_the_bot_class(tmp_path):
    plain = e2e_settings(tmp_path)
    assert bot_class(plain) is SummaryBot and shard_options(plain) == {}
    sharded = e2e_settings(tmp_path, shard_count=2, shard_ids=(1,))
    assert bot_class(sharded) is ShardedSummaryBot
    assert shard_options(sharded) == {"shard_count": 2, "shard_ids": [1]}
    with pytest.raises(ConfigError, match="outside the shard count 2"):
        shard_options(e2e_settings(tmp_path, shard_count=2, shard_ids=(0, 2)))


async def test_each_shard_gets_its_guilds_and_answers_their_interactions(tmp_path, monkeypatch):
    from bot.service import Service

    assert shard_of(GUILD_ON_0, 2) == 0 and shard_of(GUILD_ON_1, 2) == 1
    guilds = {GUILD_ON_0: (CHANNEL_0,), GUILD_ON_1: (CHANNEL_1,)}
    async with FakeDiscord(guilds=guilds, recommended_shards=2) as fake:
        point_discord_at(monkeypatch, fake)
        base = e2e_settings(tmp_path, discord_guild_id=None)
        settings = e2e_settings(tmp_path, discord_guild_id=None, shard_count=2)
        async with (
            await Service.create(base) as service,
            sharded_bots(settings, service=service) as (bots, _),
        ):
            assert sorted(tuple(i["shard"]) for i in fake.identifies) == [(0, 2), (1, 2)]
            assert [g.id for g in bots[0].guilds] == [GUILD_ON_0]
            assert [g.id for g in bots[1].guilds] == [GUILD_ON_1]

            fake.deliveries.clear()
            records = {}
            for guild, channel in ((GUILD_ON_0, CHANNEL_0), (GUILD_ON_1, CHANNEL_1)):
                records[guild] = await fake.invoke(
                    "summarize",
                    [opt("source", REPORT), opt("sentences", 2)],
                    channel_id=channel,
                    guild_id=guild,
                    user_id=7000 + channel,
                )
            for record in records.values():
                answer = await fake.wait_answered(record)
                assert not answer.ephemeral and len(answer.embeds) == 1
            # each guild's interaction went to its own shard's connection, and only there
            created = [(s, g) for s, e, g in fake.deliveries if e == "INTERACTION_CREATE"]
            assert sorted(created) == [(0, GUILD_ON_0), (1, GUILD_ON_1)]


async def test_an_identify_for_a_shard_outside_the_count_is_refused():
    async with FakeDiscord() as fake:
        import aiohttp

        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(str(fake.gateway_url)) as ws:
                await ws.receive_json()  # HELLO
                await ws.send_json({"op": 2, "d": {"token": "fake-token", "shard": [2, 2]}})
                closed = await ws.receive()
                assert ws.close_code == 4010, closed
