"""A channel's settings, and its digest schedule in words, as a Discord embed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import discord

from bot.discord_app.render import (
    COLOUR,
    TITLE_LIMIT,
    clip,
    escaped,
)
from bot.service import DEFAULT_DIGEST_HOUR, DIGEST_PERIODS, next_due

if TYPE_CHECKING:
    pass


def settings_embed(
    settings,
    *,
    channel_name: str | None = None,
    changed: Iterable[str] = (),
    default_length: int | None = None,
) -> discord.Embed:
    """The channel's settings (``bot.service.ChannelSettings``); ``default_length`` is the bot's
    default number of sentences, shown when the channel has none of its own."""
    changed = set(changed)
    where = f"#{channel_name}" if channel_name else "this channel"
    title = f"Settings updated for {where}" if changed else f"Settings for {where}"
    embed = discord.Embed(title=clip(title, TITLE_LIMIT), colour=COLOUR)

    def mark(key: str) -> str:
        return " ✏️" if key in changed else ""

    retention = getattr(settings, "retention_days", None)
    rows = [
        ("autolink", "Automatic link summaries", "on" if settings.autolink else "off"),
        (
            "length",
            "Default length",
            f"{settings.length} sentences"
            if settings.length
            else f"default ({default_length} sentences)"
            if default_length
            else "default",
        ),
        ("method", "Method", settings.method or "default"),
        ("language", "Language", settings.language or "detect automatically"),
        ("retention", "History kept", f"{retention} days" if retention else "forever"),
    ]
    for key, name, value in rows:
        embed.add_field(name=name + mark(key), value=escaped(str(value), 200), inline=True)
    edited = changed & {"digest", "digest_channel", "digest_hour"}
    embed.add_field(
        name="Digest" + (" ✏️" if edited else ""), value=digest_schedule(settings), inline=False
    )
    embed.set_footer(text="Change with /settings (Manage Server or Manage Channel needed).")
    return embed


def digest_schedule(settings, *, now: datetime | None = None) -> str:
    """The channel's digest schedule in words, with the next one in the reader's time zone."""
    period = getattr(settings, "digest", None)
    if period not in DIGEST_PERIODS:
        return "off"
    hour = settings.digest_hour if settings.digest_hour is not None else DEFAULT_DIGEST_HOUR
    when = f"{hour:02d}:00 UTC"
    text = f"daily at {when}" if period == "daily" else f"weekly, on Mondays at {when}"
    where = f"<#{settings.digest_channel}>" if settings.digest_channel else "this channel"
    upcoming = next_due(period, hour, now or datetime.now(UTC))
    return f"{text}, in {where} (next: <t:{int(upcoming.timestamp())}:f>)"
