"""A channel digest as a Discord embed, with the whole digest as a Markdown file when it is long.

Pure like ``render``: embeds and text, no I/O. The embed holds a line per topic (its most central
article, then the others linked), the period's keywords, the people quoted most and the counts;
whatever does not fit (more topics, more articles of a topic) is in the attached file.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

import discord

from bot.discord_app.render import (
    COLOUR,
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    FOOTER_LIMIT,
    TITLE_LIMIT,
    SummaryView,
    clip,
    escaped,
    fit,
    link,
    one_line,
    safe_url,
    size,
)
from bot.service import Digest, DigestTopic, QuotedPerson

MAX_OTHERS = 4  # other articles linked on a topic's line (the file lists them all)
MAX_PEOPLE = 5
PEOPLE_LIMIT = 900
KEYWORDS_LIMIT = 500
LINK_URL_LIMIT = 500  # a longer address is left out of the embed (the file has it)
# what the title, the two fields and the footer leave of the 6000 units an embed may hold
DESCRIPTION_BUDGET = min(
    DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT - TITLE_LIMIT - KEYWORDS_LIMIT - PEOPLE_LIMIT - 300
)


def digest_reply(digest: Digest, *, title: str) -> tuple[list[discord.Embed], discord.File | None]:
    """The embeds of a digest, and a Markdown file with all of it when the embed is not enough."""
    embed = discord.Embed(title=clip(one_line(title), TITLE_LIMIT), colour=COLOUR)
    head = f"{_day(digest.since)} – {_day(digest.until)}"
    blocks = [_topic_block(topic) for topic in digest.topics]
    room = DESCRIPTION_BUDGET - size(head) - 80  # a line saying what the file holds
    kept, cut = fit(blocks, room, sep="\n\n")
    cut = cut or any(len(t.entries) > MAX_OTHERS + 1 for t in digest.topics)
    description = head + "\n\n" + ("\n\n".join(kept) or "*No summaries in this period.*")
    if cut:
        left = len(digest.topics) - len(kept)
        more = f"{left} more topic{'s' if left != 1 else ''} and " if left else ""
        description += f"\n\n*…{more}every article in the attached file.*"
    embed.description = description
    if digest.keywords:
        shown, _ = fit((escaped(k, 100) for k in digest.keywords), KEYWORDS_LIMIT, sep=" · ")
        embed.add_field(name="Keywords", value=" · ".join(shown), inline=False)
    people, _ = fit((_person_line(p) for p in digest.people[:MAX_PEOPLE]), PEOPLE_LIMIT)
    if people:
        embed.add_field(name="Quoted most", value="\n".join(people), inline=False)
    embed.set_footer(text=clip(digest.counts_line(), FOOTER_LIMIT))
    if not cut:
        return [embed], None
    data = digest_markdown(digest, title=title).encode("utf-8")
    return [embed], discord.File(io.BytesIO(data), filename=_filename(title))


def _day(moment: datetime) -> str:
    return f"<t:{int(moment.timestamp())}:f>"


def _topic_block(topic: DigestTopic) -> str:
    """``**title** · 3 articles`` then the central article's link and the others' short links."""
    central = SummaryView.from_entry(topic.central)
    heading = f"**{escaped(topic.title, 200)}**"
    if len(topic.entries) > 1:
        heading += f" · {len(topic.entries)} articles"
    line = f"{heading}\n{_link(central, 150)}"
    others = [SummaryView.from_entry(e) for e in topic.entries[1 : MAX_OTHERS + 1]]
    if others:
        line += "\n↳ " + " · ".join(_link(o, 60) for o in others)
        rest = len(topic.entries) - 1 - len(others)
        if rest:
            line += f" · and {rest} more"
    return line


def _link(view: SummaryView, limit: int) -> str:
    url = safe_url(view.url)
    return link(view.heading, url if url and len(url) <= LINK_URL_LIMIT else None, limit)


def _person_line(person: QuotedPerson) -> str:
    opening, closing = person.quote.marks
    times = f" ({person.count}×)" if person.count > 1 else ""
    quote = escaped(person.quote.display, 160)
    return f"**{escaped(person.speaker, 80)}**{times}: {opening}{quote}{closing}"


def _filename(title: str) -> str:
    stem = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
    return f"{stem or 'digest'}.md"


def digest_markdown(digest: Digest, *, title: str) -> str:
    """The whole digest: every topic with every article, the keywords and the people quoted."""
    out = [f"# {one_line(title)}", ""]
    out += [f"{_iso(digest.since)} – {_iso(digest.until)} · {digest.counts_line()}", ""]
    for topic in digest.topics:
        out += [f"## {one_line(topic.title)}", ""]
        if topic.keywords:
            out += ["Keywords: " + ", ".join(topic.keywords), ""]
        for entry in topic.entries:
            view = SummaryView.from_entry(entry)
            url = safe_url(view.url)
            where = f" <{url}>" if url else ""
            out.append(f"- #{entry.id} {one_line(view.heading)}{where} · {entry.created_at}")
        out.append("")
    if digest.keywords:
        out += ["## Keywords of the period", "", ", ".join(digest.keywords), ""]
    if digest.people:
        out += ["## Quoted most", ""]
        for person in digest.people:
            out.append(f"- {person.speaker} ({person.count}): {one_line(person.quote.shown)}")
        out.append("")
    return "\n".join(out)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
