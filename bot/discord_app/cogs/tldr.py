"""/tldr and the "Catch me up from here" message menu: a catch-up of the channel's conversation.

The catch-up is shown only to the requester; a **Post to channel** button shares it. History is
read page by page through discord.py (which waits out rate limits), the engine runs in the worker
pool through the service, and nothing of the conversation is stored.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app import render, render_catch_up, replies
from bot.discord_app.cogs.summarize import heavy_cooldown
from bot.errors import InputError, PermissionDenied
from bot.service import ChatMessage, message_links, parse_since

if TYPE_CHECKING:
    from bot.discord_app.client import SummaryBot

log = logging.getLogger(__name__)

DEFAULT_MESSAGES = 200
MAX_MESSAGES = 1000
POST_SECONDS = 15 * 60  # how long the Post to channel button works
_CHAT_TYPES = (discord.MessageType.default, discord.MessageType.reply)


class Tldr(commands.Cog):
    """Conversation catch-ups."""

    def __init__(self, bot: SummaryBot) -> None:
        self.bot = bot
        self.menu = app_commands.ContextMenu(name="Catch me up from here", callback=self.from_here)
        self.menu.guild_only = True
        self.menu.add_check(heavy_cooldown)
        bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    @app_commands.command(
        name="tldr", description="Catch up on this channel: topics, who said what, open questions."
    )
    @app_commands.describe(
        messages="How many recent messages to read (20-1000, default 200)",
        since="Only messages of the last 30m, 6h, 1d, …",
        thread="A thread to catch up on instead of this channel",
    )
    @app_commands.guild_only()
    @app_commands.check(heavy_cooldown)
    async def tldr(
        self,
        interaction: discord.Interaction,
        messages: app_commands.Range[int, 20, MAX_MESSAGES] = DEFAULT_MESSAGES,
        since: app_commands.Range[str, 1, 20] | None = None,
        thread: discord.Thread | None = None,
    ) -> None:
        cutoff = time.time() - parse_since(since) if since else None
        await replies.defer(interaction, ephemeral=True)
        channel = thread or interaction.channel
        check_can_read(interaction, channel)
        history = []
        async for message in channel.history(limit=messages):  # newest first, page by page
            if cutoff is not None and message.created_at.timestamp() < cutoff:
                break
            history.append(message)
        await self._answer(interaction, channel, history)

    async def from_here(self, interaction: discord.Interaction, message: discord.Message) -> None:
        await replies.defer(interaction, ephemeral=True)
        channel = message.channel
        check_can_read(interaction, channel)
        history = [message]
        async for later in channel.history(limit=MAX_MESSAGES - 1, after=message):
            history.append(later)
        await self._answer(interaction, channel, history)

    async def _answer(
        self, interaction: discord.Interaction, channel, history: list[discord.Message]
    ) -> None:
        records = [chat_message(m) for m in history if m.type in _CHAT_TYPES]
        if not records:
            raise InputError("There are no messages to catch up on here.")
        result = await self.bot.service.catch_up(records)
        log.info(
            "catch-up of %d messages in channel %s for user %s",
            len(records),
            getattr(channel, "id", None),
            interaction.user.id,
        )
        where = f"#{getattr(channel, 'name', None) or 'this channel'}"
        reply = render_catch_up.catch_up_message(result, where=where)
        view = PostCatchUp(reply, interaction.user.id)
        await interaction.followup.send(
            **reply.send_kwargs(),
            view=view,
            ephemeral=True,
            allowed_mentions=replies.NO_MENTIONS,
        )


class PostCatchUp(discord.ui.View):
    """The button under an ephemeral catch-up that posts it to the channel for everyone."""

    def __init__(self, reply: render.Rendered, user_id: int) -> None:
        super().__init__(timeout=POST_SECONDS)
        self.reply = reply
        self.user_id = user_id

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return interaction.user.id == self.user_id

    @discord.ui.button(label="Post to channel", style=discord.ButtonStyle.primary)
    async def post(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        if interaction.permissions is not None and not interaction.permissions.send_messages:
            raise PermissionDenied("You can't send messages in this channel.")
        self.stop()
        name = discord.utils.escape_markdown(interaction.user.display_name)
        await interaction.response.send_message(
            content=f"Catch-up shared by {name}",
            **self.reply.send_kwargs(),
            allowed_mentions=replies.NO_MENTIONS,
        )

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item
    ) -> None:
        await replies.on_app_command_error(interaction, error)


def check_can_read(interaction: discord.Interaction, channel) -> None:
    """Both the requester and the bot must be able to read the channel's history."""
    if channel is None or not hasattr(channel, "history"):
        raise InputError("I can't read this channel's history.")
    if channel.id == interaction.channel_id:
        mine, bots = interaction.permissions, interaction.app_permissions
    else:
        member = interaction.user if isinstance(interaction.user, discord.Member) else None
        guild = interaction.guild
        me = guild.me if guild is not None else None
        if member is None or me is None:
            raise PermissionDenied("I can't check who may read that channel.")
        mine, bots = channel.permissions_for(member), channel.permissions_for(me)
    if not (mine.view_channel and mine.read_message_history):
        raise PermissionDenied("You need the Read Message History permission in that channel.")
    if not (bots.view_channel and bots.read_message_history):
        raise PermissionDenied(
            "I need the View Channel and Read Message History permissions there to catch you up."
        )


def chat_message(message: discord.Message) -> ChatMessage:
    """A Discord message as the conversation engine's plain record."""
    reference = message.reference
    return ChatMessage(
        id=str(message.id),
        author_id=str(message.author.id),
        author=message.author.display_name,
        timestamp=message.created_at.timestamp(),
        text=message.content,
        is_bot=message.author.bot,
        reply_to=str(reference.message_id) if reference and reference.message_id else None,
        reactions=sum(r.count for r in message.reactions),
        mentions=tuple(message_links(message.content)),
        url=message.jump_url,
        links=tuple(a.url for a in message.attachments),
    )


async def setup(bot: SummaryBot) -> None:
    await bot.add_cog(Tldr(bot))
