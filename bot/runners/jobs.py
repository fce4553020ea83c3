"""The jobs the service hands its runner.

Top-level functions, so that any runner (the local pool, a queue's workers) sends them by name.
Each imports the layer it runs on call, not on import: the process that only hands jobs out (the
bot, the console, the command line) never loads the text engine or the HTML parsers, which the
workers have loaded already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.errors import InputError

if TYPE_CHECKING:
    from bot.models import Article, Quote, Summary

NO_TEXT = "I found no text to summarize there."
# Files whose reading is decoding only (no parsing that could hang): read and summarized in one job.
PLAIN_TYPES = frozenset({"text/plain", "text/markdown"})


def ready() -> bool:
    """Nothing: sent first to start a worker before the real work arrives."""
    return True


def extract_article(body: bytes, **options: Any) -> Article:
    """``bot.web.extract.extract_article``: a fetched page or a file's bytes to an Article."""
    from bot.web.extract import extract_article

    return extract_article(body, **options)


def analyze(text: str, **options: Any) -> Summary:
    """``bot.text.pipeline.analyze``: the summary, key quotes and keywords of a text."""
    from bot.text.pipeline import analyze

    return analyze(text, **options)


def quotations(text: str, *, chat: bool = False) -> list[Quote]:
    """``bot.text.pipeline.quotations``: every quotation of a text with its speaker, ranked
    (``chat``: the text is a chat message, so chat markup is cleaned too)."""
    from bot.text.pipeline import quotations

    return quotations(text, chat=chat)


def read_and_summarize(
    data: bytes, *, content_type: str, source: str, **options: Any
) -> tuple[Article, Summary]:
    """Decode a plain-text or Markdown file and summarize it, in one job instead of two."""
    article = extract_article(data, url=None, content_type=content_type, source=source)
    if not article.text.strip():
        raise InputError(NO_TEXT)
    return article, analyze(article.text, title=article.title, **options)


def catch_up(messages: Any) -> Any:
    """``bot.text.conversation.catch_up``: topics, central turns and open questions of a chat."""
    from bot.text.conversation import catch_up

    return catch_up(messages)


def digest(entries: Any, **options: Any) -> Any:
    """``bot.digests.build_digest``: a channel's period of history entries grouped into topics."""
    from bot.digests import build_digest

    return build_digest(entries, **options)


def load_export(path: str) -> Any:
    """``bot.chat_exports.load_export``: the messages of a chat export file or Slack folder."""
    from bot.chat_exports import load_export

    return load_export(path)
