"""Several sharded bot clients in one event loop, as separate bot processes would run them."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.config import Settings
from bot.discord_app.client import bot_class, shard_options


@asynccontextmanager
async def sharded_bots(
    settings: Settings, *, service: object | None = None, **options
) -> AsyncIterator[tuple[list, list]]:
    """One bot per shard of ``settings.shard_count``, ready, with the commands synced globally.

    Each bot gets its own service (opened from ``settings``) unless one ``service`` is shared;
    ``options`` go to each bot (e.g. ``clock``). Yields ``(bots, services)``; everything is
    closed at the end.
    """
    from bot.service import Service

    bots, services, runners = [], [], []
    try:
        for shard in range(settings.shard_count or 1):
            shard_settings = dataclasses.replace(settings, shard_ids=(shard,))
            if service is None:
                services.append(await Service.create(shard_settings))
            bot = bot_class(shard_settings)(
                shard_settings,
                service or services[-1],
                guild_ready_timeout=0.05,
                **shard_options(shard_settings),
                **options,
            )
            bots.append(bot)
            runners.append(asyncio.create_task(bot.start(shard_settings.discord_token or "")))
        for bot in bots:
            await asyncio.wait_for(bot.wait_until_ready(), 60)
        await bots[0].tree.sync()  # global commands, as `summarybot sync` publishes them
        yield bots, services
    finally:
        for bot in bots:
            await bot.close()
        await asyncio.gather(*runners, return_exceptions=True)
        for opened in services:
            await opened.close()
