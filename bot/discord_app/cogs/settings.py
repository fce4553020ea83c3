"""/settings for a channel (Manage Server or Manage Channel to change) and /forgetme."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app import render_settings, replies
from bot.discord_app.cogs.summarize import METHOD_CHOICES
from bot.errors import InputError, PermissionDenied
from bot.models import Scope

if TYPE_CHECKING:
    from bot.discord_app.client import SummaryBot

log = logging.getLogger(__name__)

RESET_WORDS = frozenset({"auto", "default", "reset", "none"})
DIGEST_CHOICES = [
    app_commands.Choice(name="daily", value="daily"),
    app_commands.Choice(name="weekly (Mondays)", value="weekly"),
    app_commands.Choice(name="off", value="off"),
]
CONFIRM_SECONDS = 60.0


def can_configure(interaction: discord.Interaction) -> bool:
    """Manage Server or Manage Channel (administrators have both)."""
    perms = interaction.permissions
    return perms.manage_guild or perms.manage_channels or perms.administrator


def language_choices(current: str, languages: dict[str, str]) -> list[app_commands.Choice[str]]:
    """Autocomplete choices for ``current``: "auto" plus each language whose name or code matches,
    names starting with what was typed first, then codes, then any other match."""
    typed = current.strip().lower()
    options = [("auto (detect the language)", "auto", "auto")] + [
        (f"{name} ({code})", name, code)
        for code, name in sorted(languages.items(), key=lambda kv: kv[1])
    ]
    ranked = []
    for label, value, code in options:
        if value.startswith(typed):
            rank = 0
        elif code.startswith(typed):
            rank = 1
        elif typed in label.lower():
            rank = 2
        else:
            continue
        ranked.append((rank, label, value))
    ranked.sort(key=lambda r: r[0])  # stable: alphabetical within a rank
    return [app_commands.Choice(name=label, value=value) for _, label, value in ranked[:25]]


def check_can_post(interaction: discord.Interaction, channel_id: int) -> None:
    """Refuse a digest channel the bot cannot post a digest in (embeds and a file)."""
    guild = interaction.guild
    target = guild.get_channel(channel_id) if guild is not None else None
    if target is None or guild.me is None:
        return  # not in the cache: a failure to post is logged when the digest is due
    perms = target.permissions_for(guild.me)
    missing = [
        name
        for name, allowed in (
            ("View Channel", perms.view_channel),
            ("Send Messages", perms.send_messages),
            ("Embed Links", perms.embed_links),
            ("Attach Files", perms.attach_files),
        )
        if not allowed
    ]
    if missing:
        raise InputError(
            f"I can't post the digest in #{target.name}: I need {', '.join(missing)} there."
        )


class Settings(commands.Cog):
    """Per-channel preferences and the user's right to be forgotten."""

    def __init__(self, bot: SummaryBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="settings", description="Show or change how I behave in this channel."
    )
    @app_commands.guild_only()
    @app_commands.describe(
        autolink="Summarize article links people paste here",
        length="Default number of summary sentences (0: the bot's default)",
        method="Default summarizer",
        language="Language of the articles, e.g. english or de ('auto' to detect)",
        retention="Days to keep summaries in the history (0: keep them)",
        digest="Post a digest of this channel's summaries: daily, weekly (Mondays) or off",
        digest_channel="Where to post the digest (default: this channel)",
        digest_hour="Hour of the day to post it, in UTC (0-23, default 9)",
    )
    @app_commands.choices(method=METHOD_CHOICES, digest=DIGEST_CHOICES)
    async def settings(
        self,
        interaction: discord.Interaction,
        autolink: bool | None = None,
        length: app_commands.Range[int, 0, 20] | None = None,
        method: str | None = None,
        language: app_commands.Range[str, 1, 30] | None = None,
        retention: app_commands.Range[int, 0, 36_500] | None = None,
        digest: str | None = None,
        digest_channel: discord.TextChannel | None = None,
        digest_hour: app_commands.Range[int, 0, 23] | None = None,
    ) -> None:
        await replies.defer(interaction, ephemeral=True)
        scope = replies.scope_of(interaction)
        changes: dict = {}
        if autolink is not None:
            changes["autolink"] = autolink
        if length is not None:
            changes["length"] = length or None
        if method is not None:
            changes["method"] = method
        if language is not None:
            language = language.strip()
            changes["language"] = None if language.lower() in RESET_WORDS else language
        if retention is not None:
            changes["retention_days"] = retention or None
        digest_asked = (digest, digest_channel, digest_hour) != (None, None, None)
        if (changes or digest_asked) and not can_configure(interaction):
            # before the digest options are looked at: their refusals are for moderators
            raise PermissionDenied(
                "Changing settings needs the Manage Server or Manage Channel permission."
            )
        changes.update(
            await self._digest_changes(interaction, scope, digest, digest_channel, digest_hour)
        )
        channel = getattr(interaction.channel, "name", None)
        if not changes:
            current = await self.bot.service.get_settings(scope)
            await replies.send(
                interaction,
                embed=render_settings.settings_embed(
                    current,
                    channel_name=channel,
                    default_length=self.bot.service.settings.default_sentences,
                ),
                ephemeral=True,
            )
            return
        updated = await self.bot.service.update_settings(scope, **changes)
        log.info(
            "settings of channel %s changed by user %s: %s",
            interaction.channel_id,
            interaction.user.id,
            changes,
        )
        names = {"retention_days": "retention"}
        embed = render_settings.settings_embed(
            updated,
            channel_name=channel,
            changed=[names.get(k, k) for k in changes],
            default_length=self.bot.service.settings.default_sentences,
        )
        await replies.send(interaction, embed=embed, ephemeral=True)

    async def _digest_changes(
        self,
        interaction: discord.Interaction,
        scope: Scope,
        digest: str | None,
        channel: discord.TextChannel | None,
        hour: int | None,
    ) -> dict:
        """The schedule options as setting changes; ``off`` clears the whole schedule."""
        if digest == "off":
            if channel is not None or hour is not None:
                raise InputError("digest: off stops the digest; leave out its channel and hour.")
            return {"digest": None, "digest_channel": None, "digest_hour": None}
        changes: dict = {}
        if digest is not None:
            changes["digest"] = digest
        if channel is not None:
            changes["digest_channel"] = None if channel.id == interaction.channel_id else channel.id
        if hour is not None:
            changes["digest_hour"] = hour
        if changes and digest is None and not (await self.bot.service.get_settings(scope)).digest:
            raise InputError(
                "There is no digest here yet: add digest: daily or weekly to start one."
            )
        if changes:
            check_can_post(interaction, channel.id if channel else interaction.channel_id)
        return changes

    @settings.autocomplete("language")
    async def language_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        """Suggest the languages the bot handles; typing still accepts codes and aliases."""
        return language_choices(current, self.bot.service.languages())

    @app_commands.command(
        name="forgetme", description="Delete every summary you requested, in every server."
    )
    async def forgetme(self, interaction: discord.Interaction) -> None:
        view = ForgetConfirm(self.bot, interaction.user.id)
        await interaction.response.send_message(
            "This deletes **every summary you requested**, in every server and channel, and cannot "
            "be undone. Continue?",
            view=view,
            ephemeral=True,
            allowed_mentions=replies.NO_MENTIONS,
        )
        view.interaction = interaction


class ForgetConfirm(discord.ui.View):
    """Two buttons: delete the user's entries everywhere, or cancel."""

    def __init__(self, bot: SummaryBot, user_id: int) -> None:
        super().__init__(timeout=CONFIRM_SECONDS)
        self.bot = bot
        self.user_id = user_id
        self.interaction: discord.Interaction | None = None

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return interaction.user.id == self.user_id

    @discord.ui.button(label="Delete my summaries", style=discord.ButtonStyle.danger)
    async def confirm(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.stop()
        await interaction.response.defer()
        removed = await self.bot.service.forget_user(self.user_id)
        log.info("user %s asked to be forgotten: %d entries removed", self.user_id, removed)
        await interaction.edit_original_response(
            content=f"🗑️ Done: I deleted {removed} summar{'y' if removed == 1 else 'ies'} you had requested.",
            view=None,
            allowed_mentions=replies.NO_MENTIONS,
        )

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.stop()
        await interaction.response.edit_message(content="Nothing was deleted.", view=None)

    async def on_timeout(self) -> None:
        if self.interaction is not None:
            try:
                await self.interaction.edit_original_response(
                    content="Nothing was deleted (no answer in time).", view=None
                )
            except discord.HTTPException:
                pass

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item
    ) -> None:
        await replies.on_app_command_error(interaction, error)


async def setup(bot: SummaryBot) -> None:
    await bot.add_cog(Settings(bot))
