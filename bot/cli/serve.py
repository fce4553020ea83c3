"""``summarybot run | worker | sync | console | methods``: the long-running and small commands."""

from __future__ import annotations

import argparse
import asyncio
import sys


def cmd_run(args: argparse.Namespace, settings) -> int:
    from bot.config import with_shards
    from bot.discord_app.client import run_bot

    settings = with_shards(settings, args.shard_count, args.shard_ids)
    if not settings.discord_token:
        print(
            "summarybot: DISCORD_TOKEN is not set. Put it in the environment or in .env "
            "(see .env.example). Without a token, try `summarybot console`.",
            file=sys.stderr,
        )
        return 2
    asyncio.run(run_bot(settings))
    return 0


def cmd_worker(args: argparse.Namespace, settings) -> int:
    from bot.service import run_worker

    asyncio.run(run_worker(settings, concurrency=args.concurrency))
    return 0


def cmd_sync(args: argparse.Namespace, settings) -> int:
    from bot.discord_app.client import sync_commands

    if not settings.discord_token:
        print("summarybot: DISCORD_TOKEN is not set (see .env.example).", file=sys.stderr)
        return 2
    count = asyncio.run(sync_commands(settings, guild_id=args.guild))
    where = f"guild {args.guild}" if args.guild else "all guilds (may take up to an hour to show)"
    print(f"Synced {count} commands to {where}.")
    return 0


def cmd_console(args: argparse.Namespace, settings) -> int:
    from bot.console import run_console

    return asyncio.run(run_console(settings, channel=args.channel))


def cmd_methods(args: argparse.Namespace, settings) -> int:
    from bot.service import Service

    for name, description in Service.method_descriptions().items():
        print(f"{name:10} {description}")
    return 0
