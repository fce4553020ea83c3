"""/summarize, /quotes and the "Summarize" / "Key quotes" message context menus."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app import render, replies
from bot.discord_app.attachments import message_source, read_attachment
from bot.errors import InputError
from bot.models import Attachment
from bot.service import Service, metrics

if TYPE_CHECKING:
    from bot.discord_app.client import SummaryBot

log = logging.getLogger(__name__)

METHOD_CHOICES = [app_commands.Choice(name=m, value=m) for m in Service.methods()][:25]
SOURCE_MAX = 6000  # Discord's limit for a string option


async def heavy_cooldown(interaction: discord.Interaction) -> bool:
    """Check for the heavy commands: one shared per-user allowance (see ``bot.limits``)."""
    limits = interaction.client.limits
    wait = await limits.user_wait(interaction.user.id)
    if wait:
        metrics.COOLDOWN_REFUSALS.inc(limit="user")
        raise app_commands.CommandOnCooldown(app_commands.Cooldown(limits.burst, limits.per), wait)
    return True


class Summarize(commands.Cog):
    """Summaries and quotations of links, pasted text, files and existing messages."""

    def __init__(self, bot: SummaryBot) -> None:
        self.bot = bot
        self.summarize_menu = app_commands.ContextMenu(
            name="Summarize", callback=self.summarize_message
        )
        self.quotes_menu = app_commands.ContextMenu(name="Key quotes", callback=self.quotes_message)
        for menu in (self.summarize_menu, self.quotes_menu):
            menu.add_check(heavy_cooldown)
            bot.tree.add_command(menu)

    async def cog_unload(self) -> None:
        for menu in (self.summarize_menu, self.quotes_menu):
            self.bot.tree.remove_command(menu.name, type=menu.type)

    # ------------------------------------------------------------------ slash commands

    @app_commands.command(
        name="summarize", description="Summarize an article link, pasted text or a file."
    )
    @app_commands.describe(
        source="A link to an article, or the text itself",
        sentences="How many sentences (default: this channel's setting)",
        method="Which summarizer to use",
        file="A .txt, .md, .html or .pdf file to summarize (used instead of source if both are given)",
    )
    @app_commands.choices(method=METHOD_CHOICES)
    @app_commands.check(heavy_cooldown)
    async def summarize(
        self,
        interaction: discord.Interaction,
        source: app_commands.Range[str, 1, SOURCE_MAX] | None = None,
        sentences: app_commands.Range[int, 1, 20] | None = None,
        method: str | None = None,
        file: discord.Attachment | None = None,
    ) -> None:
        await replies.defer(interaction)
        attachment = await self._file(file)
        _require(source, attachment)
        await self._summarize(interaction, source, attachment, sentences=sentences, method=method)

    @app_commands.command(
        name="quotes", description="Every quotation in an article, with its speaker."
    )
    @app_commands.describe(
        source="A link to an article, or the text itself",
        file="A .txt, .md, .html or .pdf file to read (used instead of source if both are given)",
    )
    @app_commands.check(heavy_cooldown)
    async def quotes(
        self,
        interaction: discord.Interaction,
        source: app_commands.Range[str, 1, SOURCE_MAX] | None = None,
        file: discord.Attachment | None = None,
    ) -> None:
        await replies.defer(interaction)
        attachment = await self._file(file)
        _require(source, attachment)
        await self._quotes(interaction, source, attachment)

    # ------------------------------------------------------------------ context menus

    async def summarize_message(
        self, interaction: discord.Interaction, message: discord.Message
    ) -> None:
        await replies.defer(interaction)
        source, attachment = await message_source(message, self.bot.settings)
        await self._summarize(interaction, source, attachment)

    async def quotes_message(
        self, interaction: discord.Interaction, message: discord.Message
    ) -> None:
        await replies.defer(interaction)
        source, attachment = await message_source(message, self.bot.settings)
        await self._quotes(interaction, source, attachment)

    # ------------------------------------------------------------------ shared

    async def _file(self, file: discord.Attachment | None) -> Attachment | None:
        return await read_attachment(file, self.bot.settings) if file is not None else None

    async def _summarize(
        self,
        interaction: discord.Interaction,
        source: str | None,
        attachment: Attachment | None,
        *,
        sentences: int | None = None,
        method: str | None = None,
    ) -> None:
        result = await self.bot.service.summarize(
            replies.scope_of(interaction),
            None if attachment else source,
            attachment=attachment,
            sentences=sentences,
            method=method,
            requester_id=interaction.user.id,
        )
        log.info(
            "summarized %s for user %s in channel %s (entry %s)",
            result.article.url or "a text or file",
            interaction.user.id,
            interaction.channel_id,
            result.entry.id if result.entry else None,
        )
        await replies.send(
            interaction, render.summary_message(render.SummaryView.from_result(result))
        )

    async def _quotes(
        self, interaction: discord.Interaction, source: str | None, attachment: Attachment | None
    ) -> None:
        result = await self.bot.service.quotes(
            replies.scope_of(interaction),
            None if attachment else source,
            attachment=attachment,
            requester_id=interaction.user.id,
        )
        article = result.article
        reply = render.quotes_message(
            article.title,
            article.canonical_url or article.url,
            result.quotes,
            site=article.site,
            label=render.source_label(article.source),
        )
        await replies.send(interaction, reply)


def _require(source: str | None, attachment: Attachment | None) -> None:
    if attachment is None and not (source and source.strip()):
        raise InputError("Give me a link, some text or a file to work with.")


async def setup(bot: SummaryBot) -> None:
    await bot.add_cog(Summarize(bot))
