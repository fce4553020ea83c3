"""Background upkeep: history retention runs at start-up and then every few hours."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from discord.ext import commands, tasks

if TYPE_CHECKING:
    from bot.discord_app.client import SummaryBot

log = logging.getLogger(__name__)

RETENTION_EVERY_HOURS = 6


class Maintenance(commands.Cog):
    """Deletes history entries older than each channel's retention."""

    def __init__(self, bot: SummaryBot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        if self.bot.has_service:  # not when the bot only syncs commands
            self.retention.start()

    async def cog_unload(self) -> None:
        self.retention.cancel()

    @tasks.loop(hours=RETENTION_EVERY_HOURS)
    async def retention(self) -> None:
        try:
            removed = await self.bot.service.apply_retention()
        except Exception:
            log.exception("history retention failed")
            return
        if removed:
            log.info("retention removed %d old history entries", removed)


async def setup(bot: SummaryBot) -> None:
    await bot.add_cog(Maintenance(bot))
