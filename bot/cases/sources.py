"""Sources: a link, pasted text or a file turned into an ``Article``; links a message brings."""

from __future__ import annotations

from pathlib import PurePath
from typing import TYPE_CHECKING

from bot.errors import InputError
from bot.inputs import (
    LOCAL_TYPES,
    check_scheme,
    check_size,
    link_in,
    readable_kind,
    require_words,
)
from bot.models import MESSAGE_SOURCE, Article, Attachment, Scope
from bot.runners.jobs import PLAIN_TYPES, extract_article
from bot.web.links import find_links, is_summarizable_link

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.fairness import JobOwner
    from bot.runners import Runner
    from bot.storage import HistoryStore
    from bot.web.fetch import Fetcher


class SourceCases:
    """Loading what a user gives: links through the fetcher, files in a worker, text as is."""

    settings: Settings
    store: HistoryStore
    runner: Runner
    fetcher: Fetcher

    async def load(
        self,
        source: str | None = None,
        *,
        attachment: Attachment | None = None,
        owner: JobOwner | None = None,
    ) -> Article:
        """Turn a link, pasted text or a file into an ``Article`` (its jobs run for ``owner``)."""
        if attachment is not None:
            return await self._load_attachment(attachment, owner)
        if source is None or not source.strip():
            raise InputError("Give me a link, some text or a file to work with.")
        link = link_in(source)
        if link:
            from bot.web.service import fetch_article

            return await fetch_article(
                link, fetcher=self.fetcher, runner=self.runner, settings=self.settings, owner=owner
            )
        check_scheme(source)
        check_size(len(source.encode("utf-8", errors="replace")), self.settings.max_input_bytes)
        return Article(source=MESSAGE_SOURCE, text=source)

    async def _load_attachment(self, attachment: Attachment, owner: JobOwner | None) -> Article:
        # decoding, binary checks and HTML/PDF parsing run in a worker that is stopped if it hangs
        return await self.runner.run(
            extract_article,
            attachment.data,
            url=None,
            content_type=readable_kind(attachment, self.settings.max_input_bytes),
            source=attachment.filename,
            timeout=self.settings.extract_timeout,
            owner=owner,
        )

    async def extract(
        self, source: str | None = None, *, attachment: Attachment | None = None
    ) -> Article:
        """The article text and metadata of a link, text or file (nothing is summarized or stored)."""
        article = await self.load(source, attachment=attachment)
        require_words(article.text)
        return article

    async def auto_links(self, scope: Scope, text: str) -> list[str]:
        """Links in a chat message to summarize automatically (none when the channel turned it off)."""
        links = [url for url in find_links(text) if is_summarizable_link(url)]
        if not links:
            return []
        prefs = await self.store.get_settings(scope)
        if not prefs.autolink:
            return []
        return links[: self.settings.autolink_max_links]


def plain_text_source(source: str) -> bool:
    """True for ``-`` (stdin) and a plain-text or Markdown file name: nothing a page parser reads."""
    if source == "-":
        return True
    return (
        link_in(source) is None and LOCAL_TYPES.get(PurePath(source).suffix.lower()) in PLAIN_TYPES
    )
