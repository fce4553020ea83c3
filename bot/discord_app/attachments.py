"""Fetch what a Discord message or option holds and hand it over as plain service inputs."""

from __future__ import annotations

import logging

import discord

from bot.config import Settings
from bot.discord_app.sources import FileRef, choose_source, is_supported_file
from bot.errors import InputError
from bot.models import Attachment

log = logging.getLogger(__name__)


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{max(1, size // 1000)} KB"


async def read_attachment(attachment: discord.Attachment, settings: Settings) -> Attachment:
    """Download an attached file after checking its type and size (before any download)."""
    if not is_supported_file(attachment.filename, attachment.content_type):
        raise InputError(
            f"I can't read {attachment.filename!r}: attach a .txt, .md, .html or .pdf file."
        )
    if attachment.size > settings.max_input_bytes:
        raise InputError(
            f"{attachment.filename!r} is {_mb(attachment.size)}; I read files up to "
            f"{_mb(settings.max_input_bytes)}."
        )
    try:
        data = await attachment.read()
    except discord.HTTPException as exc:
        log.warning("could not download attachment %s: %s", attachment.url, exc)
        raise InputError(
            f"I couldn't download {attachment.filename!r} from Discord. Try again."
        ) from None
    return Attachment(filename=attachment.filename, data=data, content_type=attachment.content_type)


async def message_source(
    message: discord.Message, settings: Settings
) -> tuple[str | None, Attachment | None]:
    """What to summarize in a message (context menus): its file, its text or its link."""
    files = [
        FileRef(i, a.filename, a.size, a.content_type) for i, a in enumerate(message.attachments)
    ]
    embed_texts = ["\n\n".join(x for x in (e.title, e.description) if x) for e in message.embeds]
    embed_urls = [e.url for e in message.embeds if e.url]
    chosen = choose_source(message.content, files, embed_texts, embed_urls)
    if chosen is None:
        if message.attachments:
            names = ", ".join(repr(a.filename) for a in message.attachments[:3])
            raise InputError(f"I can't read {names}: I handle .txt, .md, .html and .pdf files.")
        raise InputError("That message has no text, link or file I can work with.")
    if chosen.kind == "file":
        return None, await read_attachment(message.attachments[chosen.file_index], settings)
    return chosen.value, None
