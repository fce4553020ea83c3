"""Automatic summaries of article links pasted in a channel (needs the Message Content intent)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from bot.discord_app import render, render_history
from bot.discord_app.replies import NO_MENTIONS
from bot.discord_app.sources import previewable_text
from bot.errors import SummarybotError
from bot.models import Scope
from bot.service import metrics

if TYPE_CHECKING:
    from bot.discord_app.client import SummaryBot

log = logging.getLogger(__name__)

_CHAT_MESSAGES = (discord.MessageType.default, discord.MessageType.reply)


class Autolink(commands.Cog):
    """Replies to a message holding article links with one summary per link."""

    def __init__(self, bot: SummaryBot) -> None:
        self.bot = bot

    def wants(self, message: discord.Message) -> bool:
        """Whether a message could hold links to summarize (cheap checks, no I/O)."""
        if self.bot.inflight.draining:
            return False
        if message.guild is None or message.type not in _CHAT_MESSAGES:
            return False
        if message.author.bot or message.webhook_id is not None:
            return False
        if self.bot.user is not None and message.author.id == self.bot.user.id:
            return False
        return "http" in message.content.lower()

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if not self.wants(message):
            return
        async with self.bot.inflight.track():
            await self._handle(message)

    async def _handle(self, message: discord.Message) -> None:
        scope = Scope(guild_id=message.guild.id, channel_id=message.channel.id)
        if not self._can_reply(message):
            log.debug("not allowed to reply in channel %s; links ignored", message.channel.id)
            return
        try:
            links = await self.bot.service.auto_links(scope, previewable_text(message.content))
        except SummarybotError as exc:
            log.warning("could not check links of message %s: %s", message.id, exc)
            return
        for url in links:
            if not await self.bot.limits.channel_allows(message.channel.id):
                metrics.COOLDOWN_REFUSALS.inc(limit="autolink")
                log.info(
                    "automatic summaries throttled in channel %s; skipped %s",
                    message.channel.id,
                    url,
                )
                return
            if not await self.bot.limits.claim_link(message.channel.id, url):
                log.info("%s is already being summarized in channel %s", url, scope.channel_id)
                continue
            try:
                await self._summarize(message, scope, url)
            finally:
                await self.bot.limits.release_link(message.channel.id, url)

    def _can_reply(self, message: discord.Message) -> bool:
        me = message.guild.me if message.guild else None
        if me is None:
            return True
        perms = message.channel.permissions_for(me)
        sending = (
            perms.send_messages_in_threads
            if isinstance(message.channel, discord.Thread)
            else perms.send_messages
        )
        return sending and perms.embed_links

    async def _summarize(self, message: discord.Message, scope: Scope, url: str) -> None:
        try:
            await message.channel.typing()
        except discord.HTTPException:
            pass
        try:
            result = await self.bot.service.summarize(
                scope, url, requester_id=message.author.id, reuse_earlier=True
            )
        except SummarybotError as exc:
            # A chat link that is not an article (or is down) gets no reply: no noise in the channel.
            log.info("no automatic summary of %s in channel %s: %s", url, message.channel.id, exc)
            return
        except Exception:
            log.exception(
                "automatic summary of %s failed (guild %s, channel %s, message %s)",
                url,
                scope.guild_id,
                scope.channel_id,
                message.id,
            )
            return
        if result.earlier:
            kwargs = {"content": render_history.earlier_pointer(result.entry)}
        else:
            kwargs = render.summary_message(render.SummaryView.from_result(result)).send_kwargs()
        try:
            await message.channel.send(
                **kwargs,
                reference=message.to_reference(fail_if_not_exists=False),
                mention_author=False,
                allowed_mentions=NO_MENTIONS,
            )
        except discord.HTTPException as exc:
            log.warning(
                "could not reply to message %s in channel %s: %s",
                message.id,
                message.channel.id,
                exc,
            )


async def setup(bot: SummaryBot) -> None:
    await bot.add_cog(Autolink(bot))
