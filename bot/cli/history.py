"""``summarybot history``: list, search, show, delete, export or purge a local channel's history."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys


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
    from bot.export_files import export_folder, export_name, write_export
    from bot.models import Scope
    from bot.service import Service, entry_article, entry_record, entry_summary
    from bot.terminal import format_entry_line, format_summary, highlighted, use_color

    scope = Scope.local(args.channel)
    color = use_color()
    async with await Service.create(settings) as service:
        if args.export:
            name, data = await service.export(scope, args.export)
            if args.output:
                path = write_export(
                    data,
                    args.output,
                    name=export_name(args.channel, name),
                    folder=export_folder(settings),
                )
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
