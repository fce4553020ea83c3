"""``summarybot tldr | digest | privacy``: catch-ups of chat exports, channel digests, opt-outs."""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from bot.cli.common import emit
from bot.errors import SummarybotError


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
                emit(record, as_json=args.json)
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
