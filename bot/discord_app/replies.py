"""Answering interactions: defer, follow up, and turn errors into friendly ephemeral messages."""

from __future__ import annotations

import logging
import math

import discord
from discord import app_commands

from bot.discord_app import render
from bot.errors import InputError, SummarybotError
from bot.models import Scope

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
# Set in Interaction.extras while a public "thinking…" message stands in for the answer.
_PUBLIC_THINKING = "summarybot.public_thinking"

APOLOGY = "Sorry, something went wrong on my side. It has been logged; please try again later."


def scope_of(interaction: discord.Interaction) -> Scope:
    """The (guild, channel) an interaction came from: history and settings are kept per channel."""
    if interaction.channel_id is None:
        raise InputError("I can't tell which channel this came from.")
    return Scope(guild_id=interaction.guild_id, channel_id=interaction.channel_id)


async def defer(interaction: discord.Interaction, *, ephemeral: bool = False) -> None:
    """Acknowledge now (Discord allows 3 seconds); the answer follows with :func:`send`."""
    if interaction.response.is_done():
        return
    await interaction.response.defer(ephemeral=ephemeral, thinking=True)
    interaction.extras[_PUBLIC_THINKING] = not ephemeral


async def send(
    interaction: discord.Interaction,
    reply: render.Rendered | None = None,
    *,
    content: str | None = None,
    embed: discord.Embed | None = None,
    file: discord.File | None = None,
    ephemeral: bool = False,
) -> None:
    """Send the answer to a deferred interaction (it replaces the "thinking…" message)."""
    kwargs: dict = reply.send_kwargs() if reply is not None else {}
    if content is not None:
        kwargs["content"] = content
    if embed is not None:
        kwargs.setdefault("embeds", []).append(embed)
    if file is not None:
        kwargs.setdefault("files", []).append(file)
    if interaction.response.is_done():
        await interaction.followup.send(**kwargs, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(
            **kwargs, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS
        )
    interaction.extras[_PUBLIC_THINKING] = False


async def send_ephemeral(interaction: discord.Interaction, text: str) -> None:
    """Tell only the user ``text``, however far the interaction has got.

    After a public defer, the first follow-up would inherit the public "thinking…" message, so
    that message is deleted first and the note is sent as a fresh ephemeral follow-up.
    """
    try:
        if not interaction.response.is_done():
            await interaction.response.send_message(
                text, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        if interaction.extras.get(_PUBLIC_THINKING):
            interaction.extras[_PUBLIC_THINKING] = False
            try:
                await interaction.delete_original_response()
            except discord.HTTPException:
                log.debug("could not delete the thinking message of %s", interaction.id)
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException as exc:
        log.warning("could not send an error note for interaction %s: %s", interaction.id, exc)


def friendly_message(error: Exception) -> str | None:
    """What to tell the user about ``error``; None for an unexpected error (a bug)."""
    original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    if isinstance(original, SummarybotError):
        return str(original)
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"You're going a bit fast. Try again in {math.ceil(error.retry_after)} s."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command only works in a server channel."
    if isinstance(error, app_commands.MissingPermissions):
        return f"You need the {_perms(error.missing_permissions)} permission for that."
    if isinstance(error, app_commands.BotMissingPermissions):
        return f"I need the {_perms(error.missing_permissions)} permission in this channel."
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use this command here."
    if isinstance(error, app_commands.TransformerError):
        return "I couldn't understand one of the values you gave. Please check the options."
    if isinstance(original, discord.Forbidden):
        return (
            "Discord didn't let me answer here. I need View Channel, Send Messages, "
            "Embed Links and Attach Files in this channel."
        )
    return None


def _perms(names: list[str]) -> str:
    return " / ".join(n.replace("_", " ").replace("guild", "server").title() for n in names)


def describe(interaction: discord.Interaction) -> str:
    """Context for log lines: command, user, guild, channel and (short) options."""
    command = interaction.command.qualified_name if interaction.command else "?"
    options = {k: _short(v) for k, v in interaction.namespace.__dict__.items()}
    return (
        f"command={command!r} user={interaction.user.id if interaction.user else None} "
        f"guild={interaction.guild_id} channel={interaction.channel_id} options={options}"
    )


def _short(value: object) -> str:
    text = str(getattr(value, "filename", value))
    return text if len(text) <= 80 else text[:77] + "..."


async def on_app_command_error(interaction: discord.Interaction, error: Exception) -> None:
    """The one place where command errors become replies: friendly ones, or an apology and a log."""
    message = friendly_message(error)
    if message is None:
        original = getattr(error, "original", error)
        log.error("unexpected error in %s", describe(interaction), exc_info=original)
        message = APOLOGY
    elif isinstance(getattr(error, "original", None), discord.Forbidden):
        log.warning("missing permissions: %s", describe(interaction))
    else:
        log.info("refused %s: %s", describe(interaction), message)
    await send_ephemeral(interaction, render.error_text(message))
