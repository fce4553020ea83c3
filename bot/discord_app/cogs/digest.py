"""/digest [day|week|month]: what this channel summarized over the period, grouped into topics.

Built from the channel's history (nothing is fetched again) and posted in the channel; a long
digest comes with the whole of it as a Markdown file (``render_digest``).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app import render, replies
from bot.discord_app.cogs.summarize import heavy_cooldown
from bot.discord_app.render_digest import digest_reply
from bot.service import parse_period

if TYPE_CHECKING:
    from bot.discord_app.client import SummaryBot

log = logging.getLogger(__name__)

PERIOD_CHOICES = [
    app_commands.Choice(name="the last day", value="day"),
    app_commands.Choice(name="the last week", value="week"),
    app_commands.Choice(name="the last month", value="month"),
]
TITLES = {"day": "Daily digest", "week": "Weekly digest", "month": "Monthly digest"}


class Digests(commands.Cog):
    """Channel digests on demand."""

    def __init__(self, bot: SummaryBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="digest",
        description="What this channel summarized lately: topics, keywords, who was quoted most.",
    )
    @app_commands.describe(period="How far back to look (default: the last week)")
    @app_commands.choices(period=PERIOD_CHOICES)
    @app_commands.check(heavy_cooldown)
    async def digest(self, interaction: discord.Interaction, period: str = "week") -> None:
        scope = replies.scope_of(interaction)
        span = parse_period(period)
        await replies.defer(interaction)
        until = discord.utils.utcnow()
        result = await self.bot.service.digest(scope, since=until - span, until=until)
        name = getattr(interaction.channel, "name", None)
        where = f"#{name}" if name else "this channel"
        if not result.count:
            here = f"<#{scope.channel_id}>" if name else "this channel"  # a link, never a ping
            await replies.send_ephemeral(
                interaction,
                f"Nothing was summarized in {here} over the last {period}, so there is no "
                "digest yet. Summarize a link with /summarize and try again later.",
            )
            return
        embeds, file = digest_reply(result, title=f"{TITLES.get(period, 'Digest')}: {where}")
        log.info(
            "digest of %d entries in %d topics for channel %s",
            result.count,
            len(result.topics),
            scope.channel_id,
        )
        await replies.send(interaction, render.Rendered(embeds=tuple(embeds)), file=file)


async def setup(bot: SummaryBot) -> None:
    await bot.add_cog(Digests(bot))
