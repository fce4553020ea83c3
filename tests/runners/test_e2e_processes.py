"""Issue 11 end to end with real processes: two `summarybot run` bot processes (shards 0 and 1 of
2), two queue workers, real Redis and a real PostgreSQL history, against the fake Discord."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.models import Scope
from bot.storage import open_history_store
from tests.discord_app.article_site import ArticleSite
from tests.discord_app.fake_discord import FakeDiscord
from tests.discord_app.helpers import opt, sub
from tests.runners.redis_env import (
    ROOT,
    delete_prefix,
    needs_redis,
    new_prefix,
    worker_env,
    workers,
)
from tests.storage.conftest import POSTGRES_ENV, create_database, drop_database

pytestmark = [
    needs_redis,
    pytest.mark.skipif(
        not os.environ.get(POSTGRES_ENV),
        reason=f"needs PostgreSQL: set {POSTGRES_ENV}=postgresql://postgres@127.0.0.1:5432/postgres",
    ),
]

SHARD0, SHARD1 = (10 << 22) | 3, (11 << 22) | 3  # (guild >> 22) % 2 is 0 and 1
GUILDS = {SHARD0: (8100, 8101), SHARD1: (8200,)}


class BotProcess:
    """`summarybot run` for some shards, aimed at the fake Discord; its log in a file."""

    def __init__(self, env: dict[str, str], log: Path, *args: str) -> None:
        self.log = log
        self._out = log.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.discord_app.bot_main", *args],
            env=env,
            cwd=ROOT,
            stdout=self._out,
            stderr=subprocess.STDOUT,
        )

    def text(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()  # SIGTERM: the bot's graceful stop
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self._out.close()


async def stop_all(bots: list[BotProcess]) -> None:
    """Stop the bots while the fake Discord still serves their gateways, off its event loop: a
    graceful stop talks to the gateway this loop serves."""
    for bot in bots:
        await asyncio.to_thread(bot.stop)


async def test_two_bot_processes_answer_their_own_shards_and_share_one_history(tmp_path):
    server = os.environ[POSTGRES_ENV]
    prefix = new_prefix()
    database = await create_database(server, "summarybot_e2e")
    bots: list[BotProcess] = []
    try:
        async with contextlib.AsyncExitStack() as stack:
            fake = await stack.enter_async_context(FakeDiscord(guilds=GUILDS, recommended_shards=2))
            site = await stack.enter_async_context(ArticleSite())
            stack.push_async_callback(stop_all, bots)  # before the fake Discord closes
            env = worker_env(
                prefix,
                DISCORD_TOKEN=fake.token,
                DATABASE_URL=database,
                SHARD_COUNT="2",
                FETCH_ALLOW_NETWORKS="127.0.0.0/8",
                FAKE_DISCORD_API=fake.api_base,
                FAKE_DISCORD_GATEWAY=str(fake.gateway_url),
            )
            sync = BotProcess(env, tmp_path / "sync.log", "sync")
            assert await asyncio.to_thread(sync.process.wait, 60) == 0, sync.text()
            with workers(tmp_path, prefix) as start:
                pair = [
                    start(test_jobs=False, FETCH_ALLOW_NETWORKS="127.0.0.0/8") for _ in range(2)
                ]
                for worker in pair:
                    await asyncio.to_thread(worker.ready)
                for shard in (0, 1):
                    bots.append(
                        BotProcess({**env, "SHARD_IDS": str(shard)}, tmp_path / f"bot{shard}.log")
                    )
                await fake.wait_for(lambda: len(fake.identifies) >= 2, timeout=90)
                await asyncio.sleep(1.0)  # the guilds' GUILD_CREATE reach their shards
                assert {tuple(i["shard"]) for i in fake.identifies} == {(0, 2), (1, 2)}

                # /summarize in a guild of each shard, then a pasted link
                answers = {}
                for guild, slug in ((SHARD0, "harbour-bridge"), (SHARD1, "festival")):
                    record = await fake.invoke(
                        "summarize",
                        [opt("source", site.url(slug)), opt("sentences", 2)],
                        channel_id=GUILDS[guild][0],
                        guild_id=guild,
                        user_id=9100,
                    )
                    answers[guild] = await fake.wait_answered(record, timeout=90)
                    assert answers[guild].embeds, (bots[0].text(), bots[1].text())
                    assert len(record.followups) + len(record.edits) == 1
                # a pasted link in shard 1's guild gets its reply from shard 1's process
                await fake.post_message(
                    f"worth a read {site.url('library-hours')}",
                    channel_id=GUILDS[SHARD1][0],
                    guild_id=SHARD1,
                )
                await fake.wait_for(
                    lambda: [
                        s
                        for s in fake.sent
                        if s.kind == "channel" and s.channel_id == GUILDS[SHARD1][0]
                    ],
                    timeout=90,
                )

                # each event reached only the shard that holds its guild
                for shard, event, guild in fake.deliveries:
                    if guild in GUILDS and event in ("INTERACTION_CREATE", "MESSAGE_CREATE"):
                        assert shard == (guild >> 22) % 2

                # one shared history: each entry stored once, seen only from its own channel
                store = await open_history_store(database)
                try:
                    assert await store.count(Scope(SHARD0, GUILDS[SHARD0][0])) == 1
                    assert await store.count(Scope(SHARD1, GUILDS[SHARD1][0])) == 2
                    assert await store.count(Scope(SHARD0, GUILDS[SHARD0][1])) == 0
                    found = await store.search(Scope(SHARD0, GUILDS[SHARD0][0]), "bridge")
                    assert len(found) == 1
                    assert not await store.search(Scope(SHARD1, GUILDS[SHARD1][0]), "bridge")
                finally:
                    await store.close()
                # /history, answered by each guild's own process, finds its own channel's entry
                for guild, word, hit in ((SHARD0, "bridge", True), (SHARD1, "bridge", False)):
                    record = await fake.invoke(
                        "history",
                        sub("search", opt("query", word)),
                        channel_id=GUILDS[guild][0],
                        guild_id=guild,
                        user_id=9100,
                    )
                    found = (await fake.wait_answered(record, timeout=60)).embeds[0]["description"]
                    nothing = found == "Nothing in this channel's history matches that."
                    assert nothing != hit, found
    finally:
        delete_prefix(prefix)
        await drop_database(server, database)
