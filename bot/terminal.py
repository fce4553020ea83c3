"""Plain-text rendering for the terminal front ends (CLI and console), with optional colour."""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Iterable
from datetime import UTC
from typing import TYPE_CHECKING

from bot.models import Article, HistoryEntry, Quote, Summary

if TYPE_CHECKING:
    from bot.service import CatchUp, Digest

_CODES = {
    "bold": "1",
    "dim": "2",
    "italic": "3",
    "cyan": "36",
    "green": "32",
    "yellow": "33",
    "red": "31",
    "magenta": "35",
}


def use_color(stream=sys.stdout) -> bool:
    """Colour only for a terminal, and never when NO_COLOR is set."""
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


class Style:
    """Wraps text in ANSI codes when colour is on."""

    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, *styles: str) -> str:
        if not self.color or not styles:
            return text
        codes = ";".join(_CODES[s] for s in styles)
        return f"\033[{codes}m{text}\033[0m"


def _wrap(text: str, indent: str, width: int) -> str:
    return textwrap.fill(
        text, width=width, initial_indent=indent, subsequent_indent=" " * len(indent)
    )


def plural(count: int, one: str, many: str | None = None) -> str:
    """``1 entry``, ``2 entries``, ``1,024 words``."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def more_quotes(count: int) -> str:
    """``1 more quote is in the summary``: key quotes left out because a bullet shows them."""
    return f"{plural(count, 'more quote', 'more quotes')} {'is' if count == 1 else 'are'} in the summary"


def reading_time(seconds: int) -> str:
    minutes = max(1, round(seconds / 60))
    return f"{minutes} min read"


def format_summary(
    article: Article,
    summary: Summary,
    *,
    entry_id: int | None = None,
    earlier: bool = False,
    color: bool = False,
    width: int = 88,
) -> str:
    """A readable summary: title and metadata, bullets, key quotes, keywords and stats."""
    s = Style(color)
    lines: list[str] = []
    title = article.title or summary.title or _short_source(article.source)
    lines.append(s(title, "bold", "cyan"))
    meta = [m for m in (article.site, article.author, article.date) if m]
    if article.url:
        meta.append(article.url)
    if meta:
        lines.append(s(" · ".join(meta), "dim"))
    if earlier and entry_id is not None:
        lines.append(s(f"Already summarized here earlier (entry #{entry_id}).", "yellow"))
    lines.append("")
    speakers = summary.sentence_speakers or (None,) * len(summary.sentences)
    for sentence, speaker in zip(summary.sentences, speakers, strict=False):
        bullet = _wrap(sentence, "  • ", width)
        lines.append(bullet + (s(f" — {speaker}", "italic") if speaker else ""))
    if summary.quotes:
        lines.append("")
        lines.append(s("Key quotes", "bold"))
        lines.extend(format_quote_lines(summary.quotes, s, width))
    if summary.quotes_in_summary:
        lines.append(s(f"  ({more_quotes(summary.quotes_in_summary)})", "dim"))
    if summary.keywords:
        lines.append("")
        lines.append(s("Keywords: ", "bold") + ", ".join(summary.keywords))
    stats = [
        reading_time(summary.reading_time_seconds),
        f"{plural(summary.words, 'word')} → {len(summary.sentences):,} of "
        + plural(summary.sentences_total, "sentence"),
        f"{round(summary.reduction * 100)}% shorter",
        f"method {summary.method}",
    ]
    if entry_id is not None:
        stats.append(f"history #{entry_id}")
    lines.append(s(" · ".join(stats), "dim"))
    return "\n".join(lines)


def format_quote_lines(quotes: Iterable[Quote], s: Style, width: int = 88) -> list[str]:
    lines = []
    for q in quotes:
        speaker = q.speaker or "unattributed"
        text = f"{q.shown} — {speaker}" + (f" (×{q.count})" if q.count > 1 else "")
        wrapped = _wrap(text, "  ❝ ", width)
        lines.append(s(wrapped, "italic") if q.speaker else s(wrapped, "italic", "dim"))
    return lines


def format_quotes(
    article: Article, quotes: Iterable[Quote], *, color: bool = False, width: int = 88
) -> str:
    s = Style(color)
    quotes = list(quotes)
    title = article.title or _short_source(article.source)
    head = s(title, "bold", "cyan")
    if not quotes:
        return f"{head}\n  No direct quotations found."
    body = format_quote_lines(quotes, s, width)
    return "\n".join([head, s(plural(len(quotes), "quotation"), "dim"), *body])


def format_entry_line(
    entry: HistoryEntry, *, snippet: str | None = None, color: bool = False, width: int = 88
) -> str:
    """One history entry: id, title, time, and the search snippet or the first summary sentence."""
    s = Style(color)
    title = entry.title or _short_source(entry.source)
    when = entry.created_at[:16].replace("T", " ")
    line = f"{s(f'#{entry.id}', 'yellow')} {s(title, 'bold')} {s(when, 'dim')}"
    if snippet:
        line += "\n" + _wrap(snippet, "    ", width)
    elif entry.summary:
        line += "\n    " + textwrap.shorten(entry.summary[0], width - 4, placeholder=" …")
    return line


def highlighted(hit, *, color: bool) -> str:
    """A search hit's snippet with the matched words in bold yellow (when colour is on)."""
    return hit.marked("\033[1;33m", "\033[0m") if color else hit.snippet


def format_error(message: str, *, color: bool = False) -> str:
    return Style(color)(f"✗ {message}", "red")


def _short_source(source: str) -> str:
    if source == "text":
        return "Pasted text"
    source = " ".join(source.split())
    return textwrap.shorten(source, 70, placeholder=" …") if source else "Pasted text"


def format_catch_up(result: CatchUp, source: str, *, color: bool = False, width: int = 88) -> str:
    """A readable catch-up: topics with who said what, open questions, links and participants."""
    from bot.service import iso_time

    s = Style(color)
    lines = [s(_short_source(source), "bold", "cyan")]
    span = ""
    if result.start is not None and result.end is not None:
        span = f" from {iso_time(result.start)[:16]} to {iso_time(result.end)[:16]} UTC"
    lines.append(s(f"{result.messages:,} messages ({result.kept:,} worth reading){span}", "dim"))
    if not result.topics:
        lines.append("  Nothing to catch up on: only greetings, reactions, commands or bots.")
    for number, topic in enumerate(result.topics, 1):
        lines.append("")
        lines.append(s(f"{number}. {topic.title}", "bold") + s(f"  ({topic.turns} turns)", "dim"))
        for pick in topic.messages:
            lines.append(_wrap(f"{pick.author}: {pick.text}", "  • ", width))
            if pick.url:
                lines.append(s(f"    {pick.url}", "dim"))
    if result.open_questions:
        lines.append("")
        lines.append(s("Unanswered", "bold", "yellow"))
        for q in result.open_questions:
            lines.append(_wrap(f"{q.author}: {q.text}", "  ? ", width))
            if q.url:
                lines.append(s(f"    {q.url}", "dim"))
    if result.links:
        lines.append("")
        lines.append(s("Links", "bold"))
        lines.extend(f"  {link}" for link in result.links)
    if result.participants:
        lines.append("")
        who = [f"{name} ({result.counts.get(name, 0)})" for name in result.participants]
        lines.append(_wrap(s("Participants: ", "bold") + ", ".join(who), "", width))
    return "\n".join(lines)


def format_digest(digest: Digest, channel: str, *, color: bool = False, width: int = 88) -> str:
    """A readable digest: topics (the central article first), keywords, the people quoted most."""
    s = Style(color)
    since, until = (f"{m.astimezone(UTC):%Y-%m-%d %H:%M}" for m in (digest.since, digest.until))
    lines = [s(f"Digest of {channel!r}", "bold", "cyan") + s(f" · {since} – {until} UTC", "dim")]
    lines.append(s(digest.counts_line(), "dim"))
    if not digest.topics:
        lines.append("  No summaries in this period.")
    for number, topic in enumerate(digest.topics, 1):
        lines.append("")
        size = f"  ({plural(len(topic.entries), 'article')})" if len(topic.entries) > 1 else ""
        lines.append(s(f"{number}. {topic.title}", "bold") + s(size, "dim"))
        for rank, entry in enumerate(topic.entries):
            title = entry.title or _short_source(entry.canonical_url or entry.source)
            mark = "★" if rank == 0 and len(topic.entries) > 1 else "•"
            when = entry.created_at[:16].replace("T", " ")
            lines.append(f"  {mark} {s(f'#{entry.id}', 'yellow')} {title} {s(when, 'dim')}")
            if entry.canonical_url:
                lines.append(s(f"      {entry.canonical_url}", "dim"))
    if digest.keywords:
        lines.append("")
        lines.append(_wrap(s("Keywords: ", "bold") + ", ".join(digest.keywords), "", width))
    if digest.people:
        lines.append("")
        lines.append(s("Quoted most", "bold"))
        for person in digest.people:
            said = f"{person.speaker} ({person.count}): {person.quote.shown}"
            lines.append(s(_wrap(said, "  ❝ ", width), "italic"))
    return "\n".join(lines)


def format_privacy(whose: str, excluded: bool, changed: bool | None = None) -> str:
    """One line on whether ``whose`` ("Your", "User 42's") messages are in catch-ups; ``changed``
    is None for a status, else whether the command changed it."""
    if excluded:
        state = "left out of every catch-up anyone asks for, in every channel and server"
    else:
        state = "included in catch-ups (the default)"
    if changed is None:
        return f"{whose} messages are {state}."
    if changed:
        return f"Done. {whose} messages are now {state}."
    return f"{whose} messages were already {state}."
