"""End to end at scale: two sharded bot clients, queue workers, a worker killed mid-job."""

from __future__ import annotations

import asyncio
import ipaddress
import os
import signal

from aiohttp import web

from bot.models import Scope
from tests.discord_app.article_site import page
from tests.discord_app.conftest import point_discord_at
from tests.discord_app.fake_discord import FakeDiscord
from tests.discord_app.helpers import opt
from tests.discord_app.shards import sharded_bots
from tests.runners.redis_env import delete_prefix, needs_redis, new_prefix, queue_settings, workers

pytestmark = needs_redis

GUILDS = {(10 << 22) | 3: (8100,), (11 << 22) | 3: (8200,)}  # shard 0, shard 1


class SlowSite:
    """One article served after ``delay`` seconds, so a worker can be killed while fetching it."""

    def __init__(self, delay: float) -> None:
        self.delay, self.hits = delay, 0

    async def __aenter__(self) -> SlowSite:
        async def article(request: web.Request) -> web.Response:
            self.hits += 1
            await asyncio.sleep(self.delay)
            return web.Response(text=page("harbour-bridge"), content_type="text/html")

        app = web.Application()
        app.router.add_get("/news/slow", article)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/news/slow"
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._runner.cleanup()


async def test_a_worker_killed_mid_job_still_gives_exactly_one_answer(tmp_path, monkeypatch):
    prefix = new_prefix()
    base = queue_settings(
        prefix,
        discord_token="fake-token",
        database_path=str(tmp_path / "history.db"),
        fetch_allow_networks=(ipaddress.ip_network("127.0.0.0/8"),),
        shard_count=2,
    )
    try:
        with workers(tmp_path, prefix) as start:
            pair = [start(concurrency=1, FETCH_ALLOW_NETWORKS="127.0.0.0/8") for _ in range(2)]
            async with (
                FakeDiscord(guilds=GUILDS, recommended_shards=2) as fake,
                SlowSite(2.0) as site,
            ):
                point_discord_at(monkeypatch, fake)
                for worker in pair:
                    await asyncio.to_thread(worker.ready)
                async with sharded_bots(base) as (_bots, services):
                    guild = list(GUILDS)[1]  # on shard 1
                    record = await fake.invoke(
                        "summarize",
                        [opt("source", site.url), opt("sentences", 2)],
                        channel_id=GUILDS[guild][0],
                        guild_id=guild,
                        user_id=9100,
                    )
                    for _ in range(600):
                        if site.hits:
                            break
                        await asyncio.sleep(0.05)
                    doomed = next(w for w in pair if "Executing task" in w.text())
                    os.kill(doomed.process.pid, signal.SIGKILL)
                    answer = await fake.wait_answered(record, timeout=60)
                    await asyncio.sleep(0.5)  # room for a second answer, if one were coming
                    assert site.hits == 2  # fetched again by the live worker
                    assert answer.embeds and not answer.ephemeral
                    assert len(record.followups) + len(record.edits) == 1  # one answer only
                    assert await services[1].count(Scope(guild, GUILDS[guild][0])) == 1
                    shards = {s for s, e, g in fake.deliveries if e == "INTERACTION_CREATE"}
                    assert shards == {1}
    finally:
        delete_prefix(prefix)
