"""History lists, search hits and stored entries as Discord embeds (``render`` has the limits)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import discord
from discord.utils import escape_markdown

from bot.discord_app.render import (
    COLOUR,
    CONTENT_LIMIT,
    DESCRIPTION_LIMIT,
    TITLE_LIMIT,
    Rendered,
    SummaryView,
    clip,
    discord_time,
    escaped,
    fit,
    link,
    one_line,
    size,
    summary_message,
)
from bot.models import HistoryEntry

if TYPE_CHECKING:
    pass


def entry_line(entry: HistoryEntry) -> str:
    """One line of a history list: ``#12 [Title](url) · site · 3 hours ago``."""
    view = SummaryView.from_entry(entry)
    parts = [link(view.heading, view.url, 200)]
    if entry.site:
        parts.append(escaped(entry.site, 100))
    parts.append(discord_time(entry.created_at))
    return f"`#{entry.id}` " + " · ".join(parts)


def history_list(
    entries: Sequence[HistoryEntry],
    *,
    title: str,
    total: int | None = None,
    page: int = 1,
    per_page: int = 10,
    snippets: Sequence[str | None] | None = None,  # Markdown, e.g. from hit_snippet()
    empty: str = "No summaries in this channel yet.",
) -> discord.Embed:
    """An embed listing history entries (optionally each with a search snippet)."""
    embed = discord.Embed(title=clip(title, TITLE_LIMIT), colour=COLOUR)
    if not entries:
        embed.description = empty
        return embed
    blocks = []
    for i, entry in enumerate(entries):
        block = entry_line(entry)
        snippet = snippets[i] if snippets and i < len(snippets) else None
        if snippet:
            block += "\n> " + snippet
        blocks.append(block)
    kept, _ = fit(blocks, DESCRIPTION_LIMIT, sep="\n")
    embed.description = "\n".join(kept)
    if total is not None:
        pages = max(1, -(-total // per_page))
        embed.set_footer(
            text=f"Page {page} of {pages} · {total} entr{'y' if total == 1 else 'ies'} · "
            "/history show id:<n> for one"
        )
    return embed


def hit_snippet(hit, limit: int = 300) -> str:
    """A search hit's snippet (``bot.storage.SearchHit``) with the matched words in bold."""
    marked = one_line(hit.marked("**", "**", escape=escape_markdown))
    return marked if size(marked) <= limit else escaped(hit.snippet, limit)


def entry_message(entry: HistoryEntry) -> Rendered:
    """A stored entry shown again, the same way as a fresh summary."""
    return summary_message(SummaryView.from_entry(entry))


def earlier_pointer(entry: HistoryEntry | None) -> str:
    """The reply for a link that was summarized in this channel recently."""
    if entry is None:
        return "This link was summarized here recently."
    view = SummaryView.from_entry(entry)
    title = escaped(view.heading, 200)
    return clip(
        f"🔁 Already summarized here {discord_time(entry.created_at)}: entry #{entry.id}, "
        f"**{title}**. Use `/history show id:{entry.id}` to see it again.",
        CONTENT_LIMIT,
    )
