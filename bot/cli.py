"""``summarybot`` command line: run the bot, the console, or summarize from the shell.

Heavy imports (discord, aiohttp, the text engine) happen inside the commands that need them, so
``summarybot --help`` and the text commands start fast.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import re
import sys
from collections import deque
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bot.errors import SummarybotError
from bot.models import parse_entry_id

log = logging.getLogger("bot")

LOCAL_CHANNEL = "local"
PRIVACY_ACTIONS = ("exclude-me", "include-me", "status")


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


# ---------------------------------------------------------------------------- commands


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


def cmd_summarize(args: argparse.Namespace, settings) -> int:
    from bot.models import Scope
    from bot.service import Service, summary_record

    # a bad method or language name fails once, before any work
    method = Service.check_options(method=args.method, language=args.language)
    scope = Scope.local(args.channel) if args.channel else None
    # the same link, file or text again gives the channel's earlier entry, unless options differ
    reuse = not any(x is not None for x in (args.sentences, args.ratio, method, args.language))

    async def one(service: Service, source: str) -> dict[str, Any]:
        result = await service.summarize(
            scope,
            **_source(source, settings.max_input_bytes),
            sentences=args.sentences,
            ratio=args.ratio,
            method=method,
            language=args.language,
            reuse_earlier=reuse,
        )
        record = {**summary_record(result.article, result.summary, result.entry), "source": source}
        if result.entry is not None:
            record["earlier"] = result.earlier
        if not args.json:
            from bot.terminal import format_summary, use_color

            record["_text"] = format_summary(
                result.article,
                result.summary,
                entry_id=record.get("id"),
                earlier=result.earlier,
                color=use_color(),
            )
        return record

    return _run_sources(args, settings, one)


def cmd_quotes(args: argparse.Namespace, settings) -> int:
    from bot.service import Service, quotes_record

    async def one(service: Service, source: str) -> dict[str, Any]:
        result = await service.quotes(None, **_source(source, settings.max_input_bytes))
        record = {**quotes_record(result.article, result.quotes), "source": source}
        if not args.json:
            from bot.terminal import format_quotes, use_color

            record["_text"] = format_quotes(result.article, result.quotes, color=use_color())
        return record

    return _run_sources(args, settings, one)


def cmd_extract(args: argparse.Namespace, settings) -> int:
    from bot.service import Service, article_record

    async def one(service: Service, source: str) -> dict[str, Any]:
        article = await service.extract(**_source(source, settings.max_input_bytes))
        record = {**article_record(article), "source": source}
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


def cmd_digest(args: argparse.Namespace, settings) -> int:
    """The digest of a local channel over the last ``--since``, as text or one JSON object."""
    from datetime import UTC, datetime

    from bot.models import Scope
    from bot.service import Service, parse_period
    from bot.terminal import format_digest, use_color

    span = parse_period(args.since)  # a bad period fails before any work

    async def go():
        async with await Service.create(settings) as service:
            until = datetime.now(UTC)
            return await service.digest(Scope.local(args.channel), since=until - span, until=until)

    digest = asyncio.run(go())
    if args.json:
        print(json.dumps(digest.to_dict(args.channel), ensure_ascii=False))
    else:
        print(format_digest(digest, args.channel, color=use_color()))
    return 0


def cmd_privacy(args: argparse.Namespace, settings) -> int:
    """``privacy exclude-me|include-me|status --user ID``: a user's opt-out of catch-ups."""
    from bot.service import Service
    from bot.terminal import format_privacy

    async def go() -> dict[str, Any]:
        async with await Service.create(settings) as service:
            if args.action == "status":
                excluded, changed = await service.is_excluded(args.user), None
            else:
                excluded = args.action == "exclude-me"
                change = service.exclude_user if excluded else service.include_user
                changed = await change(args.user)
        return {"user": args.user, "excluded": excluded, "changed": changed}

    record = asyncio.run(go())
    if args.json:
        print(json.dumps(record))
    else:
        print(format_privacy(f"User {args.user}'s", record["excluded"], record["changed"]))
    return 0


def cmd_history(args: argparse.Namespace, settings) -> int:
    if args.copy_to:
        return asyncio.run(_copy_history(args.copy_to, settings))
    return asyncio.run(_history(args, settings))


async def _copy_history(url: str, settings) -> int:
    """``history --copy-to URL``: copy through the service and print the verified counts."""
    from bot.config import database_target
    from bot.service import Service

    target = database_target(url, key="--copy-to")
    async with await Service.create(settings) as service:
        report = await service.copy_history_to(url)
    print(
        f"Copied {report.copied:,} entries ({report.already_there:,} were already there), the "
        f"settings of {report.settings:,} channels and the catch-up opt-outs of "
        f"{report.opt_outs:,} users from {settings.database()} to {target}."
    )
    print(
        f"Verified: {report.channels:,} channels, {report.source_entries:,} entries in the source, "
        f"{report.verified_entries:,} found in the target."
    )
    for problem in report.problems:
        print(f"summarybot: {problem}", file=sys.stderr)
    return 1 if report.problems else 0


async def _history(args: argparse.Namespace, settings) -> int:
    from bot.models import Scope
    from bot.service import Service, entry_article, entry_record, entry_summary
    from bot.terminal import format_entry_line, format_summary, highlighted, use_color

    scope = Scope.local(args.channel)
    color = use_color()
    async with await Service.create(settings) as service:
        if args.export:
            name, data = await service.export(scope, args.export)
            if args.output:
                channel = re.sub(r"[^\w.-]+", "-", args.channel).strip("-.") or LOCAL_CHANNEL
                name = f"{channel}-{name}"
                path = _write_export(Path(args.output), name, data)
                print(f"Exported {args.channel!r} history to {path}.", file=sys.stderr)
            else:
                sys.stdout.buffer.write(data if data.endswith(b"\n") else data + b"\n")
            return 0
        if args.purge:
            if not args.yes and not _confirm(f"Delete the whole history of {args.channel!r}?"):
                return 1
            removed = await service.purge_channel(scope)
            print(f"Deleted {removed:,} entries from {args.channel!r}.")
            return 0
        if args.forget_user is not None or args.forget_guild is not None:
            what = (
                f"user {args.forget_user}"
                if args.forget_user is not None
                else f"server {args.forget_guild}"
            )
            if not args.yes and not _confirm(f"Delete every history entry of {what}?"):
                return 1
            if args.forget_user is not None:
                removed = await service.forget_user(args.forget_user)
            else:
                removed = await service.forget_guild(args.forget_guild)
            print(f"Deleted {removed:,} entries of {what}.")
            return 0
        if args.delete is not None:
            await service.show(scope, args.delete)  # a missing entry fails before the question
            if not args.yes and not _confirm(f"Delete entry #{args.delete} of {args.channel!r}?"):
                return 1
            entry = await service.delete(scope, args.delete, user_id=0, is_moderator=True)
            print(f"Deleted entry #{entry.id}.")
            return 0
        if args.show is not None:
            entry = await service.show(scope, args.show)
            if args.json:
                print(json.dumps(entry_record(entry), ensure_ascii=False))
            else:
                print(
                    format_summary(
                        entry_article(entry), entry_summary(entry), entry_id=entry.id, color=color
                    )
                )
            return 0
        if args.search:
            hits = await service.search(scope, args.search, limit=args.limit, offset=args.offset)
            for hit in hits:
                if args.json:
                    record = {**entry_record(hit.entry), "snippet": hit.snippet}
                    print(json.dumps(record, ensure_ascii=False))
                else:
                    snippet = highlighted(hit, color=color)
                    print(format_entry_line(hit.entry, snippet=snippet, color=color))
            if not hits and not args.json:
                print(f"Nothing in {args.channel!r} matches {args.search!r}.", file=sys.stderr)
            return 0
        entries = await service.recent(scope, limit=args.limit, offset=args.offset)
        for entry in entries:
            if args.json:
                print(json.dumps(entry_record(entry), ensure_ascii=False))
            else:
                print(format_entry_line(entry, color=color))
        if not entries and not args.json:
            print(f"No history in {args.channel!r} yet.", file=sys.stderr)
        return 0


def _confirm(question: str) -> bool:
    """Ask on a terminal; without one, refuse and say that ``--yes`` deletes without asking."""
    if not sys.stdin.isatty():
        print(
            "summarybot: nothing deleted: stdin is not a terminal, so I can't ask. "
            "Add --yes to delete without asking.",
            file=sys.stderr,
        )
        return False
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        answer = ""
    if answer.strip().lower() in ("y", "yes"):
        return True
    print("Nothing deleted.", file=sys.stderr)
    return False


def _write_export(path: Path, name: str, data: bytes) -> Path:
    """Write an export to ``path``; a folder gets the export's own file ``name`` inside it."""
    from bot.errors import InputError

    if path.is_dir():
        path = path / name  # e.g. news-history.md
    elif not path.parent.is_dir():
        raise InputError(f"There is no folder {str(path.parent)!r} to write {path.name!r} into.")
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise InputError(f"Can't write {path}: {exc.strerror or exc}") from None
    return path


# ---------------------------------------------------------------------------- sources


def _source(source: str, cap: int) -> dict[str, Any]:
    """What to hand the service for one SOURCE: a link as it is, a file or stdin read as bytes
    (never more than ``cap`` + 1 bytes: the service decides what it can read)."""
    from bot.errors import InputError
    from bot.models import Attachment
    from bot.service import check_scheme, link_in

    link = link_in(source) if "://" in source else None
    if link:
        return {"source": link}
    if not source.strip():
        raise InputError("An empty SOURCE: give a file path, - for stdin, or a link.")
    if source != "-" and not Path(source).exists():
        check_scheme(source)
    data = _read_source(source, cap)
    if source == "-":
        return {"attachment": Attachment("stdin", data, content_type="text/plain")}
    return {"attachment": Attachment(source, data)}


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
    args: argparse.Namespace, settings, one: Callable[[Any, str], Awaitable[dict[str, Any]]]
) -> int:
    """Run ``one`` for every source on one service; print the results in the given order.

    Sources run concurrently, more at a time than the worker pool has workers, and each worker
    is handed its next file while it works on one, so that it never waits for the next file;
    a failing source reports an error and the rest go on.
    """

    async def guarded(service, source: str) -> dict[str, Any]:
        try:
            return await one(service, source)
        except SummarybotError as exc:
            return {"source": source, "error": str(exc)}
        except Exception as exc:  # a bug: say so briefly, keep going with the next source
            log.exception("failed on %s", source)
            return {
                "source": source,
                "error": f"Internal error ({type(exc).__name__}); see the log.",
            }

    async def go() -> int:
        from bot.service import Service, plain_text_source

        status = 0
        # two jobs per worker (one running, the next queued in it) and as many more ready
        window = 4 * settings.workers + 1
        pages = not all(plain_text_source(source) for source in args.sources)
        batch = len(args.sources) > 1
        async with await Service.create(
            settings, prestart=True, pages=pages, batch=batch
        ) as service:
            pending: deque[asyncio.Task[dict[str, Any]]] = deque()
            for source in args.sources:
                pending.append(asyncio.ensure_future(guarded(service, source)))
                if len(pending) >= window:
                    status |= _emit(await pending.popleft(), as_json=args.json)
            while pending:
                status |= _emit(await pending.popleft(), as_json=args.json)
        return status

    return asyncio.run(go())


def _emit(record: dict[str, Any], *, as_json: bool) -> int:
    """Print one result; return the exit status it asks for (1 for an error)."""
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
    return 1 if "error" in record else 0
