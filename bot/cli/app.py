"""``summarybot`` command line: the parser, argument types and the entry point.

Heavy imports (discord, aiohttp, the text engine) happen inside the commands that need them, so
``summarybot --help`` and the text commands start fast.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from typing import Any

from bot.cli.chat import cmd_digest, cmd_privacy, cmd_tldr
from bot.cli.common import LOCAL_CHANNEL, PRIVACY_ACTIONS
from bot.cli.history import cmd_history
from bot.cli.serve import cmd_console, cmd_methods, cmd_run, cmd_sync, cmd_worker
from bot.cli.sources import cmd_extract, cmd_quotes, cmd_summarize
from bot.errors import SummarybotError
from bot.models import parse_entry_id


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``summarybot`` and ``python -m bot``."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    from bot.config import ConfigError, Settings

    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        print(f"summarybot: configuration error: {exc}", file=sys.stderr)
        return 2
    configure_logging(
        settings.log_level if args.command in ("run", "sync", "worker") else "WARNING"
    )
    try:
        return args.handler(args, settings)
    except KeyboardInterrupt:
        return 130
    except SummarybotError as exc:
        print(f"summarybot: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


def configure_logging(level: str) -> None:
    """Logging is configured here, once, and nowhere else."""
    logging.basicConfig(
        level=getattr(logging, level, logging.INFO),
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
        datefmt="%Y-%m-%d %H:%M:%S",
    )


def _entry_id(text: str) -> int:
    """An entry number for ``--show``/``--delete``: ASCII digits (``#12`` works too)."""
    entry_id = parse_entry_id(text)
    if entry_id is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not an entry number such as 12")
    return entry_id


def _user_id(text: str) -> int:
    """A Discord user id for ``privacy --user``: ASCII digits (the service checks the range)."""
    if not re.fullmatch(r"[0-9]+", text.strip()):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a Discord user id such as 80351110224678912"
        )
    return int(text)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summarybot",
        description="Summarize articles: extractive summaries, key quotes with speakers, keywords, "
        "and a searchable per-channel history. Runs as a Discord bot or locally.",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("run", help="run the Discord bot (needs DISCORD_TOKEN)")
    p.add_argument("--shard-count", type=int, metavar="N", help="shards in all (SHARD_COUNT)")
    p.add_argument("--shard-ids", metavar="IDS", help="this process's shards, e.g. 0-3 (SHARD_IDS)")
    p.set_defaults(handler=cmd_run)

    p = sub.add_parser("worker", help="run queue jobs from JOB_QUEUE_URL (see Running at scale)")
    p.add_argument(
        "--concurrency", type=_positive, metavar="N", help="jobs at once (default WORKERS)"
    )
    p.set_defaults(handler=cmd_worker)

    p = sub.add_parser("sync", help="sync slash commands with Discord (globally, or to one guild)")
    p.add_argument("--guild", type=int, metavar="ID", help="sync to this guild only (instant)")
    p.set_defaults(handler=cmd_sync)

    p = sub.add_parser("console", help="a local terminal channel with the bot's commands")
    p.add_argument("--channel", default=LOCAL_CHANNEL, metavar="NAME", help="local channel name")
    p.set_defaults(handler=cmd_console)

    p = sub.add_parser("summarize", help="summarize files, stdin (-) or links")
    length = p.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=int, metavar="N", help="sentences in the summary")
    length.add_argument("--ratio", type=float, metavar="R", help="share of the sentences (0-1)")
    p.add_argument("--method", metavar="M", help="summarizer (see `summarybot methods`)")
    p.add_argument("--language", metavar="L", help="language name or code (default: detect)")
    p.add_argument("--channel", metavar="NAME", help="also store each result in this local channel")
    p.add_argument("--json", action="store_true", help="one JSON object per source, per line")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="file path, - for stdin, or URL")
    p.set_defaults(handler=cmd_summarize)

    p = sub.add_parser("quotes", help="every direct quotation with its speaker, ranked")
    p.add_argument("--json", action="store_true", help="one JSON object per source, per line")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="file path, - for stdin, or URL")
    p.set_defaults(handler=cmd_quotes)

    p = sub.add_parser("extract", help="the article text and metadata of a page, file or link")
    p.add_argument("--json", action="store_true", help="one JSON object per source, per line")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="URL or .html/.htm/.pdf/.txt file")
    p.set_defaults(handler=cmd_extract)

    p = sub.add_parser("history", help="list, search, show, delete, export or purge local history")
    p.add_argument("--channel", default=LOCAL_CHANNEL, metavar="NAME", help="local channel name")
    p.add_argument(
        "--search", metavar="QUERY", help='full-text search ("phrase", prefix*, OR, NOT)'
    )
    p.add_argument("--limit", type=int, default=10, metavar="N")
    p.add_argument("--offset", type=int, default=0, metavar="N")
    p.add_argument("--json", action="store_true", help="one JSON object per entry, per line")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--show", type=_entry_id, metavar="ID", help="show one entry in full")
    action.add_argument("--delete", type=_entry_id, metavar="ID", help="delete one entry")
    action.add_argument("--export", choices=("json", "csv", "markdown"), help="export the channel")
    action.add_argument("--purge", action="store_true", help="delete the channel's whole history")
    action.add_argument(
        "--forget-user",
        type=int,
        metavar="USER_ID",
        help="privacy request: delete a user's entries everywhere",
    )
    action.add_argument(
        "--forget-guild",
        type=int,
        metavar="GUILD_ID",
        help="delete a Discord server's history and settings",
    )
    action.add_argument(
        "--copy-to",
        metavar="DATABASE_URL",
        help="copy every channel's history and settings into another database (idempotent)",
    )
    p.add_argument(
        "--output",
        metavar="FILE",
        help="with --export: write to FILE, or into a folder under the export's name "
        "(default stdout)",
    )
    p.add_argument(
        "--yes", action="store_true", help="with --delete/--purge/--forget-*: do not ask"
    )
    p.set_defaults(handler=cmd_history)

    p = sub.add_parser("tldr", help="catch up on chat exports: topics, who said what, questions")
    p.add_argument("--since", metavar="SPAN", help="only the last 30m, 6h, 1d… before the newest")
    p.add_argument("--json", action="store_true", help="one JSON object per export, per line")
    p.add_argument(
        "exports",
        nargs="+",
        metavar="EXPORT",
        help="DiscordChatExporter JSON, or Slack export JSON (a day's file or a channel folder)",
    )
    p.set_defaults(handler=cmd_tldr)

    p = sub.add_parser("digest", help="a local channel's topics, keywords and people quoted")
    p.add_argument("--channel", default=LOCAL_CHANNEL, metavar="NAME", help="local channel name")
    p.add_argument(
        "--since",
        default="7d",
        metavar="PERIOD",
        help="day, week, month or a span like 7d or 36h (default 7d)",
    )
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(handler=cmd_digest)

    p = sub.add_parser(
        "privacy", help="leave a user's messages out of catch-ups (tldr), or back in"
    )
    p.add_argument("action", choices=PRIVACY_ACTIONS, help="what to do for the user")
    p.add_argument("--user", type=_user_id, required=True, metavar="ID", help="a Discord user id")
    p.add_argument("--json", action="store_true", help='one JSON object: {"user", "excluded", …}')
    p.set_defaults(handler=cmd_privacy)

    p = sub.add_parser("methods", help="list the summarizer methods")
    p.set_defaults(handler=cmd_methods)
    return parser


class _VersionAction(argparse.Action):
    """``--version``: looks the installed version up only when asked (it costs every other
    command a few tens of milliseconds)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        print(f"{parser.prog} {_version()}")
        parser.exit()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("summarybot")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"
