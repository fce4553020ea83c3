"""Owner-only maintenance, by mentioning the bot: ``@summarybot sync [here|global|clear]``."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Literal

import discord
from discord.ext import commands

from bot.discord_app.replies import NO_MENTIONS

if TYPE_CHECKING:
    from bot.discord_app.client import SummaryBot

log = logging.getLogger(__name__)


class Admin(commands.Cog):
    """Commands only the application's owner (or team) can use."""

    def __init__(self, bot: SummaryBot) -> None:
        self.bot = bot

    @commands.command(name="sync", hidden=True)
    @commands.is_owner()
    async def sync(
        self, ctx: commands.Context, where: Literal["here", "global", "clear"] = "here"
    ) -> None:
        """Publish the slash commands: to this server (instant), globally, or clear this server's."""
        tree = self.bot.tree
        if where == "global":
            synced = await tree.sync()
            text = (
                f"Synced {len(synced)} commands globally (Discord may take a while to show them)."
            )
        elif ctx.guild is None:
            text = "Use `sync global` in a DM, or `sync here` in a server."
            synced = []
        elif where == "clear":
            tree.clear_commands(guild=ctx.guild)
            await tree.sync(guild=ctx.guild)
            text = "Removed this server's copy of the commands; the global ones remain."
        else:
            tree.copy_global_to(guild=ctx.guild)
            synced = await tree.sync(guild=ctx.guild)
            text = f"Synced {len(synced)} commands to this server."
        log.info(
            "owner %s ran sync %s (guild %s)", ctx.author.id, where, ctx.guild and ctx.guild.id
        )
        await ctx.send(
            text,
            reference=ctx.message.to_reference(fail_if_not_exists=False),
            allowed_mentions=NO_MENTIONS,
        )

    async def cog_command_error(self, ctx: commands.Context, error: commands.CommandError) -> None:
        if isinstance(error, commands.NotOwner):
            log.info("user %s tried the owner-only %s command", ctx.author.id, ctx.command)
            return
        if isinstance(error, commands.BadArgument | commands.MissingRequiredArgument):
            await ctx.send("Usage: `sync [here|global|clear]`", allowed_mentions=NO_MENTIONS)
            return
        log.error("owner command %s failed", ctx.command, exc_info=error)
        try:
            await ctx.send("That failed; see the logs.", allowed_mentions=NO_MENTIONS)
        except discord.HTTPException:
            pass


async def setup(bot: SummaryBot) -> None:
    await bot.add_cog(Admin(bot))
