"""Render a channel's history as JSON, CSV or Markdown: pure functions over entries.

The service asks the store for a channel's entries (oldest first) and renders them here; no
store formats anything.

Article texts are not exported: an export is the channel's summaries, not copies of articles.
CSV cells that a spreadsheet would run as a formula (starting with ``= + - @``, tab or CR) are
prefixed with ``'`` (the usual guard against CSV injection).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime

from bot.errors import InputError
from bot.models import HistoryEntry, Quote, Scope
from bot.records import entry_record, scope_record

EXPORT_FORMATS: tuple[str, ...] = ("json", "csv", "markdown")
EXPORT_VERSION = 1
CSV_FIELDS = (
    "id",
    "created_at",
    "source",
    "canonical_url",
    "title",
    "site",
    "author",
    "date",
    "language",
    "method",
    "requester_id",
    "words",
    "sentences_total",
    "reduction",
    "summary",
    "quotes",
    "keywords",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")  # syntax anywhere in a line
_MARKDOWN_LEADER = re.compile(r"^(?:[#+\-=>]|[0-9]+[.)])")  # syntax only at a line's start


def entry_to_dict(entry: HistoryEntry) -> dict:
    """The exported fields of an entry (no article text): the one record of ``bot.records``."""
    return entry_record(entry)


def scope_to_dict(scope: Scope) -> dict:
    return scope_record(scope)


def quote_line(quote: Quote) -> str:
    """A quotation between its own marks (« », „ “ …), then its speaker."""
    return quote.shown + (f" — {quote.speaker}" if quote.speaker else "")


def timestamp(moment: datetime) -> str:
    """ISO-8601 UTC to the second, as exports and entries write times: ``2024-05-01T12:00:00Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def render(
    entries: Iterable[HistoryEntry],
    fmt: str,
    *,
    scope: Scope,
    exported_at: str,
    channel_name: str | None = None,
) -> str:
    """The entries (oldest first) in ``fmt`` (``json``, ``csv`` or ``markdown``).

    ``channel_name`` names the channel in the Markdown heading (else its id does).
    """
    if fmt == "json":
        return _json(entries, scope, exported_at)
    if fmt == "csv":
        return _csv(entries)
    if fmt == "markdown":
        return _markdown(entries, scope, exported_at, channel_name)
    raise InputError(f"Export formats are {', '.join(EXPORT_FORMATS)}, not {fmt!r}.")


def _json(entries: Iterable[HistoryEntry], scope: Scope, exported_at: str) -> str:
    items = [entry_to_dict(e) for e in entries]
    document = {
        "format": "summarybot-history",
        "version": EXPORT_VERSION,
        "exported_at": exported_at,
        "scope": scope_to_dict(scope),
        "count": len(items),
        "entries": items,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


def _csv(entries: Iterable[HistoryEntry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for entry in entries:
        data = entry_to_dict(entry)
        data["summary"] = "\n".join(entry.summary)
        data["quotes"] = "\n".join(quote_line(q) for q in entry.quotes)
        data["keywords"] = "; ".join(entry.keywords)
        writer.writerow([_cell(data[name]) for name in CSV_FIELDS])
    return out.getvalue()


def escape_markdown(text: str) -> str:
    """Backslash-escape Markdown syntax so user text shows as written: ``* _ ` [ ] < > | ~`` and
    a ``\\`` anywhere, and ``# + - = >`` or ``1.`` only where they would start a block."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return _MARKDOWN_LEADER.sub(lambda m: m[0][:-1] + "\\" + m[0][-1], escaped)


def _markdown_link(text: str) -> str:
    if re.match(r"https?://[^\s<>]+$", text):
        return f"<{text}>"
    return escape_markdown(text)


def _markdown(
    entries: Iterable[HistoryEntry], scope: Scope, exported_at: str, channel_name: str | None
) -> str:
    local = scope.guild_id == Scope.LOCAL_GUILD
    if channel_name:
        where = f"{'local channel' if local else 'channel'} #{escape_markdown(channel_name)}"
    elif scope.guild_id is None:
        where = f"direct-message channel {scope.channel_id}"
    elif scope.guild_id == Scope.LOCAL_GUILD:
        where = f"local channel {scope.channel_id}"
    else:
        where = f"channel {scope.channel_id} of server {scope.guild_id}"
    items = list(entries)
    lines = [
        f"# Summary history of {where}",
        "",
        f"Exported {exported_at}: {len(items)} {'entry' if len(items) == 1 else 'entries'}, oldest first.",
    ]
    for entry in items:
        title = escape_markdown(entry.title or entry.canonical_url or entry.source)
        lines += ["", f"## #{entry.id} {title}", ""]
        facts = [entry.created_at]
        facts += [escape_markdown(v) for v in (entry.site, entry.author, entry.date) if v]
        if entry.requester_id is not None and not local:  # the console's user is always 0
            facts.append(f"requested by user {entry.requester_id}")
        lines.append("*" + " · ".join(facts) + "*")
        lines.append("")
        lines.append(f"Source: {_markdown_link(entry.canonical_url or entry.source)}")
        if entry.summary:
            lines.append("")
            lines += [f"- {escape_markdown(s)}" for s in entry.summary]
        if entry.quotes:
            lines.append("")
            for quote in entry.quotes:  # a blank line between quotes keeps them apart
                lines += [f"> {escape_markdown(quote_line(quote))}", ""]
            lines.pop()
        if entry.keywords:
            lines += ["", "Keywords: " + ", ".join(escape_markdown(k) for k in entry.keywords)]
    return "\n".join(lines) + "\n"
