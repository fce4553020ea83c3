"""A conversation catch-up as one Discord embed: topics, who said what, questions, links."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from bot.discord_app.render import (
    COLOUR,
    TITLE_LIMIT,
    Rendered,
    clip,
    escaped,
    fit,
    safe_url,
)

if TYPE_CHECKING:
    from bot.service import CatchUp


def catch_up_message(result: CatchUp, *, where: str) -> Rendered:
    """A catch-up as one embed: topics with who said what (jump links), questions, links, people."""
    embed = discord.Embed(title=clip(f"Catch-up: {where}", TITLE_LIMIT), colour=COLOUR)
    blocks = []
    for topic in result.topics:
        lines = [f"**{escaped(topic.title, 200)}**"]
        for pick in topic.messages:
            said = f"**{escaped(pick.author, 80)}**: {escaped(pick.text, 350)}"
            url = safe_url(pick.url)
            lines.append(f"> {said} [↗]({url})" if url else f"> {said}")
        blocks.append("\n".join(lines))
    if not blocks:
        blocks = ["Nothing to catch up on: only greetings, reactions, commands or bots."]
    kept, _ = fit(blocks, 3000, "\n\n")  # the fields below keep the embed under 6000
    embed.description = "\n\n".join(kept)
    questions = []
    for q in result.open_questions:
        url = safe_url(q.url)
        said = f"**{escaped(q.author, 80)}**: {escaped(q.text, 200)}"
        questions.append(f"{said} [↗]({url})" if url else said)
    if questions:
        value, _ = fit(questions, 800)
        embed.add_field(name="Unanswered", value="\n".join(value), inline=False)
    links = [u for u in (safe_url(link) for link in result.links) if u]
    if links:
        value, more = fit((f"<{u}>" for u in links), 560)
        extra = f"\n…and {len(links) - len(value)} more" if more else ""
        embed.add_field(name="Links", value="\n".join(value) + extra, inline=False)
    people = ", ".join(escaped(p, 80) for p in result.participants[:15])
    if len(result.participants) > 15:
        people += f" and {len(result.participants) - 15} more"
    if people:
        embed.add_field(name="Participants", value=clip(people, 400), inline=False)
    embed.set_footer(
        text=f"{result.messages} messages read · {result.kept} worth reading · "
        "nothing of it is stored"
    )
    return Rendered(embeds=(embed,))
