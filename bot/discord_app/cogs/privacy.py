"""/privacy exclude-me | include-me | status: whether your messages appear in catch-ups.

The choice is per person, in every server at once, and works in DMs too. Only the requester sees
the answers. A catch-up stores nothing of a conversation either way; opting out only means your
messages are dropped before anyone's catch-up is made.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app import replies

if TYPE_CHECKING:
    from bot.discord_app.client import SummaryBot

log = logging.getLogger(__name__)

CATCH_UPS = "catch-ups (`/tldr` and **Catch me up from here**)"
NOTHING_STORED = (
    "Nothing of a conversation is stored anyway: a catch-up is read, shown to whoever asked "
    "and forgotten."
)
EXCLUDED = (
    f"Your messages are left out of all {CATCH_UPS} that anyone asks for, in every server I'm "
    "in: they are not shown, quoted or counted, and your name is not among the participants. "
    "Catch-ups made or posted before you opted out stay as they are. "
    f"{NOTHING_STORED} `/privacy include-me` puts your messages back."
)
INCLUDED = (
    f"Your messages are included in {CATCH_UPS} (the default): anyone who asks for one may see "
    f"your messages picked, with your name. {NOTHING_STORED} "
    "`/privacy exclude-me` leaves your messages out."
)


def answer(excluded: bool, changed: bool | None = None) -> str:
    """The reply: what the user's choice is now and what it means (``changed``: None for a status,
    else whether this command changed it)."""
    head = {None: "", True: "Done. ", False: "That was already so. "}[changed]
    return head + (EXCLUDED if excluded else INCLUDED)


class Privacy(
    commands.GroupCog, group_name="privacy", group_description="Your messages in catch-ups"
):
    """Opting out of catch-ups, and back in."""

    def __init__(self, bot: SummaryBot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(
        name="exclude-me",
        description="Leave your messages out of every catch-up anyone asks for, in every server.",
    )
    async def exclude_me(self, interaction: discord.Interaction) -> None:
        await replies.defer(interaction, ephemeral=True)
        changed = await self.bot.service.exclude_user(interaction.user.id)
        log.info("user %s opted out of catch-ups (changed: %s)", interaction.user.id, changed)
        await replies.send(interaction, content=answer(True, changed), ephemeral=True)

    @app_commands.command(
        name="include-me", description="Include your messages in catch-ups again (the default)."
    )
    async def include_me(self, interaction: discord.Interaction) -> None:
        await replies.defer(interaction, ephemeral=True)
        changed = await self.bot.service.include_user(interaction.user.id)
        log.info("user %s opted back in to catch-ups (changed: %s)", interaction.user.id, changed)
        await replies.send(interaction, content=answer(False, changed), ephemeral=True)

    @app_commands.command(name="status", description="Whether your messages appear in catch-ups.")
    async def status(self, interaction: discord.Interaction) -> None:
        await replies.defer(interaction, ephemeral=True)
        excluded = await self.bot.service.is_excluded(interaction.user.id)
        await replies.send(interaction, content=answer(excluded), ephemeral=True)


async def setup(bot: SummaryBot) -> None:
    await bot.add_cog(Privacy(bot))
