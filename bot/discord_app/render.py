"""Turn service results (summaries, quotes, errors) into Discord embeds and Markdown files.

Everything here is pure: it builds ``discord.Embed`` objects and strings and performs no I/O, so
it is unit-tested without Discord. Lengths are measured in UTF-16 code units, which is never less
than the character count, so the limits hold however Discord counts (see ``render_text``).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

import discord

from bot.discord_app.render_text import (
    AUTHOR_LIMIT,
    CONTENT_LIMIT,
    DESCRIPTION_LIMIT,
    ELLIPSIS,
    EMBED_TOTAL_LIMIT,
    FIELD_NAME_LIMIT,
    FIELD_VALUE_LIMIT,
    FOOTER_LIMIT,
    TITLE_LIMIT,
    clip,
    discord_time,
    embed_size,
    escaped,
    estimate_reading_seconds,
    fit,
    link,
    one_line,
    reading_time,
    safe_url,
    short_date,
    size,
)
from bot.models import HistoryEntry, Quote

# The limits and text helpers come from render_text; the others import them from here too.
__all__ = [
    "COLOUR",
    "CONTENT_LIMIT",
    "DESCRIPTION_LIMIT",
    "EMBED_TOTAL_LIMIT",
    "FIELD_NAME_LIMIT",
    "FIELD_VALUE_LIMIT",
    "FOOTER_LIMIT",
    "MAX_EMBED_QUOTES",
    "TITLE_LIMIT",
    "Rendered",
    "SummaryView",
    "byline",
    "clip",
    "discord_time",
    "embed_size",
    "error_text",
    "escaped",
    "fit",
    "footer_text",
    "link",
    "markdown_filename",
    "one_line",
    "quote_field",
    "quotes_message",
    "safe_url",
    "short_date",
    "size",
    "source_label",
    "summary_markdown",
    "summary_message",
]

MAX_EMBED_QUOTES = 5
COLOUR = discord.Colour(0x4F7CAC)


# --------------------------------------------------------------------------- summaries


@dataclass(frozen=True, slots=True)
class SummaryView:
    """What a summary reply shows, whether it comes fresh from the service or from history."""

    title: str | None
    url: str | None
    site: str | None
    author: str | None
    date: str | None
    sentences: tuple[str, ...]
    quotes: tuple[Quote, ...]
    keywords: tuple[str, ...]
    method: str | None
    reading_time_seconds: int
    reduction: float
    entry_id: int | None
    words: int = 0
    label: str = "your text"  # what to call a source without a title
    sentence_speakers: tuple[str | None, ...] = ()  # who says each sentence that is a quotation
    quotes_in_summary: int = 0  # key quotes left out because a bullet shows them

    @classmethod
    def from_result(cls, result) -> SummaryView:
        """Build the view of a ``bot.service.SummaryResult``."""
        article, summary, entry = result.article, result.summary, result.entry
        return cls(
            title=article.title or summary.title,
            url=article.canonical_url or article.url,
            site=article.site,
            author=article.author,
            date=article.date,
            sentences=tuple(summary.sentences),
            quotes=tuple(summary.quotes),
            keywords=tuple(summary.keywords),
            method=summary.method,
            reading_time_seconds=summary.reading_time_seconds
            or estimate_reading_seconds(summary.words),
            reduction=summary.reduction,
            entry_id=entry.id if entry is not None else None,
            words=summary.words,
            label=source_label(article.source),
            sentence_speakers=tuple(summary.sentence_speakers),
            quotes_in_summary=summary.quotes_in_summary,
        )

    @classmethod
    def from_entry(cls, entry: HistoryEntry) -> SummaryView:
        """Build the view of a stored history entry."""
        seconds = entry.extra.get("reading_time_seconds") if entry.extra else None
        return cls(
            title=entry.title,
            url=entry.canonical_url or (entry.source if safe_url(entry.source) else None),
            site=entry.site,
            author=entry.author,
            date=entry.date,
            sentences=tuple(entry.summary),
            quotes=tuple(entry.quotes),
            keywords=tuple(entry.keywords),
            method=entry.method,
            reading_time_seconds=int(seconds or estimate_reading_seconds(entry.words)),
            reduction=entry.reduction,
            entry_id=entry.id,
            words=entry.words,
            label=source_label(entry.source),
        )

    @property
    def heading(self) -> str:
        if self.title:
            return one_line(self.title)
        return f"Summary of {self.label}"


def source_label(source: str | None) -> str:
    """How to name a source without a title: its file name, else "your text"."""
    if (
        source
        and len(source) <= 120
        and re.fullmatch(r"[^/\\\n]+\.[A-Za-z0-9]{1,8}", source.strip())
    ):
        return source.strip()
    return "your text"


@dataclass(frozen=True, slots=True)
class Rendered:
    """A reply: message text, embeds and, when the output did not fit, a Markdown file."""

    content: str | None = None
    embeds: tuple[discord.Embed, ...] = ()
    file_name: str | None = None
    file_text: str | None = None

    @property
    def truncated(self) -> bool:
        return self.file_text is not None

    def files(self) -> list[discord.File]:
        """Fresh ``discord.File`` objects for sending (a File can be sent only once)."""
        if self.file_text is None or self.file_name is None:
            return []
        return [discord.File(io.BytesIO(self.file_text.encode("utf-8")), filename=self.file_name)]

    def send_kwargs(self) -> dict:
        """Keyword arguments for ``send``/``followup.send`` (without allowed_mentions)."""
        kwargs: dict = {"embeds": list(self.embeds)}
        if self.content:
            kwargs["content"] = self.content
        files = self.files()
        if files:
            kwargs["files"] = files
        return kwargs


def footer_text(view: SummaryView) -> str:
    parts = [reading_time(view.reading_time_seconds)]
    if view.words and view.reduction > 0:
        parts.append(f"{round(view.reduction * 100)}% shorter")
    if view.method:
        parts.append(view.method)
    if view.entry_id is not None:
        parts.append(f"entry #{view.entry_id}")
    return clip(" · ".join(parts), FOOTER_LIMIT)


def byline(view: SummaryView) -> str | None:
    """``*By Jane Doe · 2024-05-01*`` or None."""
    parts = []
    if view.author:
        parts.append("By " + escaped(view.author, 200))
    date = short_date(view.date)
    if date:
        parts.append(escaped(date, 60))
    return f"*{' · '.join(parts)}*" if parts else None


def quote_field(quote: Quote, value_limit: int = FIELD_VALUE_LIMIT) -> tuple[str, str]:
    """A (name, value) pair for an embed field showing one quotation."""
    mark = "💬 "
    speaker = one_line(quote.speaker or "") or "Unattributed"
    opening, closing = quote.marks
    value = escaped(quote.display, value_limit - size(opening) - size(closing))
    return mark + clip(speaker, FIELD_NAME_LIMIT - size(mark)), opening + value + closing


def _speakers(view: SummaryView) -> tuple[str | None, ...]:
    """Who says each summary sentence (None where no one or not known)."""
    known = view.sentence_speakers[: len(view.sentences)]
    return known + (None,) * (len(view.sentences) - len(known))


def _credit(speaker: str | None) -> str:
    return f" — *{escaped(speaker, 100)}*" if speaker else ""


def summary_message(view: SummaryView, *, note: str | None = None) -> Rendered:
    """One embed for one article; a Markdown file with everything when the embed had to be cut.

    The summary sentences go into the description as bullets (whole sentences only), then the key
    quotes one field each, then the keywords; the footer holds reading time, reduction, method and
    history id.
    """
    embed = discord.Embed(
        title=clip(view.heading, TITLE_LIMIT), url=safe_url(view.url), colour=COLOUR
    )
    if view.site:
        embed.set_author(name=clip(one_line(view.site), AUTHOR_LIMIT))
    embed.set_footer(text=footer_text(view))
    truncated = False

    keywords = None
    if view.keywords:
        kept, cut = fit((escaped(k, 100) for k in view.keywords), FIELD_VALUE_LIMIT, sep=" · ")
        keywords = " · ".join(kept)
        truncated |= cut
    reserved = embed_size(embed) + (size("Keywords") + size(keywords) if keywords else 0)

    head = byline(view)
    intro = f"{head}\n\n" if head else ""
    bullets = [
        "• " + escaped(s, DESCRIPTION_LIMIT - 2) + _credit(who)
        for s, who in zip(view.sentences, _speakers(view), strict=True)
    ]
    budget = min(DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT - reserved) - size(intro)
    kept, cut = fit(bullets, budget)
    truncated |= cut
    embed.description = intro + ("\n".join(kept) if kept else "*(The summary is empty.)*")

    remaining = EMBED_TOTAL_LIMIT - reserved - size(embed.description)
    for i, quote in enumerate(view.quotes):
        name, _ = quote_field(quote, 4)
        limit = min(FIELD_VALUE_LIMIT, remaining - size(name))
        if i >= MAX_EMBED_QUOTES or limit < 40:
            truncated = True
            break
        name, value = quote_field(quote, limit)
        truncated |= value.endswith(ELLIPSIS + quote.marks[1])
        embed.add_field(name=name, value=value, inline=False)
        remaining -= size(name) + size(value)
    if view.quotes_in_summary and remaining > 100:
        more = view.quotes_in_summary
        said = f"{more} more quote is" if more == 1 else f"{more} more quotes are"
        embed.add_field(name="\u200b", value=f"*({said} in the summary)*", inline=False)

    if keywords:
        embed.add_field(name="Keywords", value=keywords, inline=False)

    if not truncated:
        return Rendered(content=note, embeds=(embed,))
    return Rendered(
        content=note,
        embeds=(embed,),
        file_name=markdown_filename(view),
        file_text=summary_markdown(view),
    )


def markdown_filename(view: SummaryView, prefix: str = "summary") -> str:
    stem = re.sub(r"[^a-z0-9]+", "-", view.heading.lower()).strip("-")[:60] or prefix
    number = f"-{view.entry_id}" if view.entry_id is not None else ""
    return f"{prefix}{number}-{stem}.md"


def summary_markdown(view: SummaryView) -> str:
    """The full summary as a Markdown document (used when the embed is not enough)."""
    out = [f"# {view.heading}", ""]
    if safe_url(view.url):
        out += [f"<{view.url}>", ""]
    meta = [x for x in (view.site, view.author and f"by {view.author}", short_date(view.date)) if x]
    if meta:
        out += ["*" + " · ".join(meta) + "*", ""]
    out += ["## Summary", ""]
    out += [
        f"- {one_line(s)}" + (f" — {who}" if who else "")
        for s, who in zip(view.sentences, _speakers(view), strict=True)
    ] or ["(empty)"]
    if view.quotes:
        out += ["", "## Key quotes", ""]
        out += _markdown_quotes(view.quotes)
    if view.keywords:
        out += ["", "## Keywords", "", ", ".join(view.keywords)]
    out += ["", "---", footer_text(view), ""]
    return "\n".join(out)


def _markdown_quotes(quotes: Sequence[Quote]) -> list[str]:
    lines: list[str] = []
    for q in quotes:
        lines.append(f"> {one_line(q.shown)}")
        lines.append(f"> — {q.speaker or 'unattributed'}")
        lines.append("")
    return lines[:-1] if lines else lines


# --------------------------------------------------------------------------- quotes


def quotes_message(
    title: str | None,
    url: str | None,
    quotes: Sequence[Quote],
    *,
    site: str | None = None,
    label: str = "your text",
) -> Rendered:
    """Every quotation with its speaker; the ones that do not fit go into a Markdown file."""
    heading = one_line(title) if title else f"Quotes in {label}"
    embed = discord.Embed(
        title=clip("Quotes: " + heading if title else heading, TITLE_LIMIT),
        url=safe_url(url),
        colour=COLOUR,
    )
    if site:
        embed.set_author(name=clip(one_line(site), AUTHOR_LIMIT))
    speakers = {q.speaker for q in quotes if q.speaker}
    footer = f"{len(quotes)} quotation{'s' if len(quotes) != 1 else ''}"
    if speakers:
        footer += f" · {len(speakers)} speaker{'s' if len(speakers) != 1 else ''}"
    if not quotes:
        embed.description = "I found no quotations in this text."
        embed.set_footer(text=footer)
        return Rendered(embeds=(embed,))

    blocks = []
    for q in quotes:
        speaker = escaped(q.speaker, 200) if q.speaker else "*unattributed*"
        opening, closing = q.marks
        blocks.append(f"> {opening}{escaped(q.display, 1500)}{closing}\n> — **{speaker}**")
    budget = min(
        DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT - size(embed.title or "") - size(site or "") - 200
    )
    kept, cut = fit(blocks, budget, sep="\n\n")
    clipped = any(ELLIPSIS + q.marks[1] in block for q, block in zip(quotes, kept, strict=False))
    embed.description = "\n\n".join(kept)
    if cut or clipped:
        footer += f" · {len(kept)} shown, all in the attached file"
    embed.set_footer(text=clip(footer, FOOTER_LIMIT))
    if not (cut or clipped):
        return Rendered(embeds=(embed,))
    stem = re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")[:60] or "quotes"
    text = "\n".join([f"# Quotes: {heading}", "", *_markdown_quotes(quotes), ""])
    return Rendered(embeds=(embed,), file_name=f"quotes-{stem}.md", file_text=text)


def error_text(message: str) -> str:
    """A friendly error line for an ephemeral reply."""
    return clip("⚠️ " + message, CONTENT_LIMIT)
