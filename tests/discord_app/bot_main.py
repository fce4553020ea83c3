"""``python -m tests.discord_app.bot_main [run|sync]``: `summarybot run` or `sync` against the fake
Discord named by FAKE_DISCORD_API and FAKE_DISCORD_GATEWAY (an unmodified discord.py, aimed)."""

import asyncio
import os
import sys

import discord
import yarl

from bot.cli import configure_logging
from bot.config import Settings
from bot.discord_app.client import run_bot, sync_commands

if __name__ == "__main__":
    discord.http.Route.BASE = os.environ["FAKE_DISCORD_API"]
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["FAKE_DISCORD_GATEWAY"])
    settings = Settings.from_env(dotenv=False)
    configure_logging("INFO")
    if sys.argv[1:] == ["sync"]:
        asyncio.run(sync_commands(settings, guild_id=None))
    else:
        asyncio.run(run_bot(settings))
