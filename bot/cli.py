"""``summarybot`` command line: run the bot, the console, or summarize from the shell.

Heavy imports (discord, aiohttp, the text engine) happen inside the commands that need them, so
``summarybot --help`` and the text commands start fast.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Callable
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

from bot.errors import SummarybotError

log = logging.getLogger("bot")

LOCAL_CHANNEL = "local"


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
    configure_logging(settings.log_level if args.command in ("run", "sync") else "WARNING")
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summarybot",
        description="Summarize articles: extractive summaries, key quotes with speakers, keywords, "
        "and a searchable per-channel history. Runs as a Discord bot or locally.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("run", help="run the Discord bot (needs DISCORD_TOKEN)")
    p.set_defaults(handler=cmd_run)

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
    action.add_argument("--show", type=int, metavar="ID", help="show one entry in full")
    action.add_argument("--delete", type=int, metavar="ID", help="delete one entry")
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
    p.add_argument("--output", metavar="FILE", help="with --export: write to FILE (default stdout)")
    p.add_argument("--yes", action="store_true", help="with --purge/--forget-*: do not ask")
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

    p = sub.add_parser("methods", help="list the summarizer methods")
    p.set_defaults(handler=cmd_methods)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("summarybot")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


# ---------------------------------------------------------------------------- commands


def cmd_run(args: argparse.Namespace, settings) -> int:
    from bot.discord_app.client import run_bot

    if not settings.discord_token:
        print(
            "summarybot: DISCORD_TOKEN is not set. Put it in the environment or in .env "
            "(see .env.example). Without a token, try `summarybot console`.",
            file=sys.stderr,
        )
        return 2
    asyncio.run(run_bot(settings))
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
    from bot.text.summarize import METHODS

    for name, description in METHODS.items():
        print(f"{name:10} {description}")
    return 0


def cmd_summarize(args: argparse.Namespace, settings) -> int:
    from bot.text.pipeline import analyze
    from bot.text.summarize import resolve_method

    method = resolve_method(args.method)  # a bad method name fails once, before any work
    if args.language:
        from bot.text.language import resolve_language

        resolve_language(args.language)

    async def one(ctx: _Context, source: str) -> dict[str, Any]:
        article = await ctx.load(source)
        summary = analyze(
            article.text,
            title=article.title,
            sentences=args.sentences,
            ratio=args.ratio,
            method=method,
            language=args.language,
            default_sentences=settings.default_sentences,
        )
        record = _summary_record(source, article, summary)
        if ctx.store is not None:
            from bot.models import Scope
            from bot.storage import NewEntry

            entry = await ctx.store.add(
                Scope.local(args.channel), NewEntry.from_summary(summary, article)
            )
            record["id"] = entry.id
        if not args.json:
            from bot.terminal import format_summary, use_color

            record["_text"] = format_summary(
                article, summary, entry_id=record.get("id"), color=use_color()
            )
        return record

    return _run_sources(args, settings, one, channel=args.channel)


def cmd_quotes(args: argparse.Namespace, settings) -> int:
    from bot.text.pipeline import quotations

    async def one(ctx: _Context, source: str) -> dict[str, Any]:
        article = await ctx.load(source)
        found = quotations(article.text)
        record = {
            "source": source,
            "title": article.title,
            "quotes": [q.to_dict() for q in found],
            "count": len(found),
        }
        if not args.json:
            from bot.terminal import format_quotes, use_color

            record["_text"] = format_quotes(article, found, color=use_color())
        return record

    return _run_sources(args, settings, one)


def cmd_extract(args: argparse.Namespace, settings) -> int:
    async def one(ctx: _Context, source: str) -> dict[str, Any]:
        article = await ctx.load(source)
        record = {
            "source": source,
            "url": article.url,
            "title": article.title,
            "author": article.author,
            "date": article.date,
            "site": article.site,
            "language": article.language,
            "text": article.text,
        }
        if not args.json:
            head = [article.title or source]
            meta = " · ".join(
                m for m in (article.site, article.author, article.date, article.url) if m
            )
            if meta:
                head.append(meta)
            record["_text"] = "\n".join([*head, "", article.text])
        return record

    return _run_sources(args, settings, one)


def cmd_tldr(args: argparse.Namespace, settings) -> int:
    """Catch up on each chat export through the service; a failing export doesn't stop the rest."""
    from bot.service import Service, parse_since

    if args.since:
        parse_since(args.since)  # a bad span fails once, before any work

    async def go() -> int:
        from bot.terminal import format_catch_up, use_color

        status = 0
        async with await Service.create(settings) as service:
            for source in args.exports:
                try:
                    result = await service.catch_up_export(source, since=args.since)
                except SummarybotError as exc:
                    status = 1
                    record: dict[str, Any] = {"source": source, "error": str(exc)}
                else:
                    record = result.to_dict(source)
                    if not args.json:
                        record["_text"] = format_catch_up(result, source, color=use_color())
                _emit(record, as_json=args.json)
        return status

    return asyncio.run(go())


def cmd_history(args: argparse.Namespace, settings) -> int:
    return asyncio.run(_history(args, settings))


async def _history(args: argparse.Namespace, settings) -> int:
    from bot.models import Scope
    from bot.service import open_store
    from bot.terminal import format_entry_line, highlighted, use_color

    scope = Scope.local(args.channel)
    color = use_color()
    store = await open_store(settings)
    try:
        if args.export:
            text = await store.export(scope, args.export)
            if args.output:
                Path(args.output).write_text(text, encoding="utf-8")
                print(f"Exported {args.channel!r} history to {args.output}.", file=sys.stderr)
            else:
                sys.stdout.write(text if text.endswith("\n") else text + "\n")
            return 0
        if args.purge:
            if not args.yes and not _confirm(f"Delete the whole history of {args.channel!r}?"):
                print("Nothing deleted.", file=sys.stderr)
                return 1
            removed = await store.purge_channel(scope)
            print(f"Deleted {removed} entries from {args.channel!r}.")
            return 0
        if args.forget_user is not None or args.forget_guild is not None:
            what = (
                f"user {args.forget_user}"
                if args.forget_user is not None
                else f"server {args.forget_guild}"
            )
            if not args.yes and not _confirm(f"Delete every history entry of {what}?"):
                print("Nothing deleted.", file=sys.stderr)
                return 1
            if args.forget_user is not None:
                removed = await store.purge_user(args.forget_user)
            else:
                removed = await store.purge_guild(args.forget_guild)
            print(f"Deleted {removed} entries of {what}.")
            return 0
        if args.delete is not None:
            entry = await store.delete(scope, args.delete, user_id=0, is_moderator=True)
            print(f"Deleted entry #{entry.id}.")
            return 0
        if args.show is not None:
            entry = await store.get(scope, args.show)
            if args.json:
                print(json.dumps(entry_record(entry), ensure_ascii=False))
            else:
                from bot.service import entry_article, entry_summary
                from bot.terminal import format_summary

                print(
                    format_summary(
                        entry_article(entry), entry_summary(entry), entry_id=entry.id, color=color
                    )
                )
            return 0
        if args.search:
            hits = await store.search(scope, args.search, limit=args.limit, offset=args.offset)
            for hit in hits:
                if args.json:
                    print(
                        json.dumps(
                            {**entry_record(hit.entry), "snippet": hit.snippet}, ensure_ascii=False
                        )
                    )
                else:
                    print(
                        format_entry_line(
                            hit.entry, snippet=highlighted(hit, color=color), color=color
                        )
                    )
            if not hits and not args.json:
                print(f"Nothing in {args.channel!r} matches {args.search!r}.", file=sys.stderr)
            return 0
        entries = await store.recent(scope, limit=args.limit, offset=args.offset)
        for entry in entries:
            if args.json:
                print(json.dumps(entry_record(entry), ensure_ascii=False))
            else:
                print(format_entry_line(entry, color=color))
        if not entries and not args.json:
            print(f"No history in {args.channel!r} yet.", file=sys.stderr)
        return 0
    finally:
        await store.close()


def entry_record(entry) -> dict[str, Any]:
    """A history entry as the JSON line of ``summarybot history --json``."""
    return {
        "id": entry.id,
        "source": entry.source,
        "url": entry.canonical_url,
        "title": entry.title,
        "site": entry.site,
        "author": entry.author,
        "date": entry.date,
        "language": entry.language,
        "summary": list(entry.summary),
        "quotes": [q.to_dict() for q in entry.quotes],
        "keywords": list(entry.keywords),
        "method": entry.method,
        "words": entry.words,
        "sentences_total": entry.sentences_total,
        "reduction": entry.reduction,
        "created_at": entry.created_at,
    }


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


# ---------------------------------------------------------------------------- sources


class _Context:
    """What the per-source commands share: the HTTP fetcher and worker pool (only for links)
    and the history store (only with --channel)."""

    def __init__(self, settings, stack: AsyncExitStack) -> None:
        self.settings = settings
        self.stack = stack
        self.store = None
        self._fetcher = None
        self._runner = None

    async def open_store(self) -> None:
        from bot.service import open_store

        self.store = await open_store(self.settings)
        self.stack.push_async_callback(self.store.close)

    async def runner(self):
        from bot.workers import JobRunner

        if self._runner is None:
            self._runner = await self.stack.enter_async_context(
                JobRunner(1, memory_mb=self.settings.worker_memory_mb)
            )
        return self._runner

    async def load(self, source: str):
        link = None
        if "://" in source:
            from bot.service import link_in

            link = link_in(source)
        if link:
            from bot.web.fetch import Fetcher
            from bot.web.service import fetch_article

            if self._fetcher is None:
                self._fetcher = await self.stack.enter_async_context(Fetcher(self.settings))
            return await fetch_article(
                link, fetcher=self._fetcher, runner=await self.runner(), settings=self.settings
            )
        from bot.errors import InputError
        from bot.web.extract import LOCAL_TYPES, extract_article

        data = _read_source(source, self.settings.max_input_bytes)
        if not data.strip():
            raise InputError(f"{'The input' if source == '-' else source} is empty.")
        kind = LOCAL_TYPES.get(Path(source).suffix.lower(), "text/plain")
        if kind.startswith("text/") and kind != "text/html":
            # plain text and Markdown: decoding only, no parsing that could hang
            return extract_article(data, url=None, content_type=kind, source=source)
        runner = await self.runner()  # hostile HTML or PDF: a killable worker with a time limit
        return await runner.run(
            extract_article,
            data,
            url=None,
            content_type=kind,
            source=source,
            timeout=self.settings.extract_timeout,
        )


def _read_source(source: str, cap: int) -> bytes:
    from bot.errors import InputError

    if source == "-":
        data = sys.stdin.buffer.read(cap + 1)
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"No such file: {source}")
        if path.is_dir():
            raise InputError(f"{source} is a folder, not a file.")
        if path.stat().st_size > cap:
            raise InputError(
                f"{source} is {path.stat().st_size:,} bytes; the limit is {cap:,} (MAX_INPUT_BYTES)."
            )
        try:
            with path.open("rb") as fh:
                data = fh.read(cap + 1)
        except OSError as exc:
            raise InputError(f"Can't read {source}: {exc.strerror or exc}") from None
    if len(data) > cap:
        raise InputError(f"The input is over the {cap:,}-byte limit (MAX_INPUT_BYTES).")
    return data


def _run_sources(
    args: argparse.Namespace,
    settings,
    one: Callable[[_Context, str], Any],
    *,
    channel: str | None = None,
) -> int:
    """Run ``one`` for every source in order; a failing source reports an error and the rest go on."""

    async def go() -> int:
        status = 0
        async with AsyncExitStack() as stack:
            ctx = _Context(settings, stack)
            if channel:
                await ctx.open_store()
            for source in args.sources:
                try:
                    record = await one(ctx, source)
                except SummarybotError as exc:
                    status = 1
                    record = {"source": source, "error": str(exc)}
                except Exception as exc:  # a bug: say so briefly, keep going with the next source
                    log.exception("failed on %s", source)
                    status = 1
                    record = {
                        "source": source,
                        "error": f"Internal error ({type(exc).__name__}); see the log.",
                    }
                _emit(record, as_json=args.json)
        return status

    return asyncio.run(go())


def _emit(record: dict[str, Any], *, as_json: bool) -> None:
    if as_json:
        record.pop("_text", None)
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif "error" in record:
        from bot.terminal import format_error, use_color

        print(
            f"{record['source']}: " + format_error(record["error"], color=use_color(sys.stderr)),
            file=sys.stderr,
        )
    else:
        sys.stdout.write(record["_text"] + "\n\n")
    sys.stdout.flush()


def _summary_record(source: str, article, summary) -> dict[str, Any]:
    return {
        "source": source,
        "title": article.title,
        "language": summary.language,
        "summary": list(summary.sentences),
        "quotes": [q.to_dict() for q in summary.quotes],
        "keywords": list(summary.keywords),
        "words": summary.words,
        "sentences_total": summary.sentences_total,
        "reduction": summary.reduction,
        "method": summary.method,
        "url": article.url,
        "site": article.site,
        "author": article.author,
        "date": article.date,
        "reading_time_seconds": summary.reading_time_seconds,
    }
