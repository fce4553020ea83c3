"""``summarybot summarize | quotes | extract``: files, stdin and links, one record each."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections import deque
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bot.cli.common import emit
from bot.errors import SummarybotError

log = logging.getLogger("bot")


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
                    status |= emit(await pending.popleft(), as_json=args.json)
            while pending:
                status |= emit(await pending.popleft(), as_json=args.json)
        return status

    return asyncio.run(go())
