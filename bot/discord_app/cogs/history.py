"""/history recent | search | show | delete | export: the channel's stored summaries."""

from __future__ import annotations

import gzip
import io
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app import render, render_history, replies
from bot.errors import InputError

if TYPE_CHECKING:
    from bot.discord_app.client import SummaryBot

log = logging.getLogger(__name__)

PER_PAGE = 10
EXPORT_CHOICES = [
    app_commands.Choice(name="Markdown", value="markdown"),
    app_commands.Choice(name="JSON", value="json"),
    app_commands.Choice(name="CSV", value="csv"),
]


def is_moderator(interaction: discord.Interaction) -> bool:
    """May delete anyone's entries here: Manage Messages (or Manage Channel / Server)."""
    perms = interaction.permissions
    return (
        perms.manage_messages or perms.manage_channels or perms.manage_guild or perms.administrator
    )


class History(
    commands.GroupCog, group_name="history", group_description="This channel's summaries"
):
    """Browse, search, show, delete and export the summaries made in a channel."""

    def __init__(self, bot: SummaryBot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="recent", description="The latest summaries in this channel.")
    @app_commands.describe(page="Page number (10 entries a page)")
    async def recent(
        self, interaction: discord.Interaction, page: app_commands.Range[int, 1, 10_000] = 1
    ) -> None:
        await replies.defer(interaction, ephemeral=True)
        scope = replies.scope_of(interaction)
        total = await self.bot.service.count(scope)
        entries = await self.bot.service.recent(scope, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
        empty = (
            "No summaries in this channel yet."
            if page == 1 or not total
            else f"There is no page {page}."
        )
        embed = render_history.history_list(
            entries,
            title="Recent summaries",
            total=total,
            page=page,
            per_page=PER_PAGE,
            empty=empty,
        )
        await replies.send(interaction, embed=embed, ephemeral=True)

    @app_commands.command(
        name="search", description="Search this channel's summaries and articles."
    )
    @app_commands.describe(
        query="Words to look for (titles, summaries, quotes, keywords, article text)"
    )
    async def search(
        self,
        interaction: discord.Interaction,
        query: app_commands.Range[str, 1, 200],
        page: app_commands.Range[int, 1, 1000] = 1,
    ) -> None:
        await replies.defer(interaction, ephemeral=True)
        scope = replies.scope_of(interaction)
        hits = await self.bot.service.search(
            scope, query, limit=PER_PAGE + 1, offset=(page - 1) * PER_PAGE
        )
        more = len(hits) > PER_PAGE
        hits = hits[:PER_PAGE]
        embed = render_history.history_list(
            [h.entry for h in hits],
            title=f"Search: {render.one_line(query)}",
            snippets=[render_history.hit_snippet(h) for h in hits],
            empty="Nothing in this channel's history matches that.",
        )
        if hits:
            footer = f"Page {page}" + (f" · more on page {page + 1}" if more else "")
            embed.set_footer(text=footer + " · /history show id:<n> for one")
        await replies.send(interaction, embed=embed, ephemeral=True)

    @app_commands.command(name="show", description="Show a stored summary again.")
    @app_commands.rename(entry_id="id")
    @app_commands.describe(entry_id="The entry number (shown in each summary's footer)")
    async def show(
        self, interaction: discord.Interaction, entry_id: app_commands.Range[int, 1]
    ) -> None:
        await replies.defer(interaction)
        entry = await self.bot.service.show(replies.scope_of(interaction), entry_id)
        await replies.send(interaction, render_history.entry_message(entry))

    @app_commands.command(
        name="delete", description="Delete a stored summary (yours, or any with Manage Messages)."
    )
    @app_commands.rename(entry_id="id")
    @app_commands.describe(entry_id="The entry number (shown in each summary's footer)")
    async def delete(
        self, interaction: discord.Interaction, entry_id: app_commands.Range[int, 1]
    ) -> None:
        await replies.defer(interaction, ephemeral=True)
        entry = await self.bot.service.delete(
            replies.scope_of(interaction),
            entry_id,
            user_id=interaction.user.id,
            is_moderator=is_moderator(interaction),
        )
        title = render.escaped(render.SummaryView.from_entry(entry).heading, 200)
        await replies.send(
            interaction, content=f"🗑️ Deleted entry #{entry.id}: **{title}**.", ephemeral=True
        )

    @app_commands.command(name="export", description="Download this channel's history as a file.")
    @app_commands.rename(fmt="format")
    @app_commands.describe(fmt="File format")
    @app_commands.choices(fmt=EXPORT_CHOICES)
    async def export(self, interaction: discord.Interaction, fmt: str = "markdown") -> None:
        await replies.defer(interaction, ephemeral=True)
        filename, data = await self.bot.service.export(
            replies.scope_of(interaction),
            fmt,
            channel_name=getattr(interaction.channel, "name", None),
        )
        limit = interaction.filesize_limit
        note = f"📦 This channel's history as {fmt}."
        if len(data) > limit:
            data, filename = gzip.compress(data), filename + ".gz"
            note += " (Compressed: it was too big to attach as is.)"
            if len(data) > limit:
                raise InputError(
                    "This channel's history is too big to attach here, even compressed. "
                    "Delete old entries or ask the bot's host to export it with the command line."
                )
        file = discord.File(io.BytesIO(data), filename=filename)
        await replies.send(interaction, content=note, file=file, ephemeral=True)


async def setup(bot: SummaryBot) -> None:
    await bot.add_cog(History(bot))
