"""The use cases every front end (Discord, console, CLI) calls.

A front end hands a source to the service; the service turns a link into an ``Article`` (web/),
an ``Article`` into a ``Summary`` (text/, in a worker process with a time limit), stores the
result (storage/) and returns it. No layer reaches back up.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot import metrics
from bot.cases.conversations import ConversationCases
from bot.cases.digests import DIGEST_PERIODS, DigestCases
from bot.cases.history import HistoryCases
from bot.cases.sources import SourceCases, plain_text_source
from bot.chat_exports import message_links as message_links  # front ends use it through here
from bot.config import Settings
from bot.digests import Digest, DigestTopic, QuotedPerson, parse_period
from bot.errors import InputError, SummarybotError
from bot.fairness import JobOwner
from bot.inputs import (
    SUPPORTED_EXTENSIONS,
    check_scheme,
    content_key,
    link_in,
    readable_kind,
    require_words,
)
from bot.limits import Limits, open_limits
from bot.models import Article, Attachment, HistoryEntry, Quote, Scope, Summary
from bot.records import (
    article_record,
    entry_article,
    entry_record,
    entry_summary,
    quotes_record,
    summary_record,
)
from bot.runners import Runner, open_runner
from bot.runners.jobs import (
    NO_TEXT,
    PLAIN_TYPES,
    analyze,
    quotations,
    read_and_summarize,
    ready,
)
from bot.schedules import DEFAULT_HOUR as DEFAULT_DIGEST_HOUR
from bot.schedules import DueDigest, next_due
from bot.storage import ChannelSettings, HistoryStore, NewEntry, SearchHit
from bot.storage import open_store as open_history
from bot.storage.base import CONTENT_KEY
from bot.text.chat import CatchUp, ChatMessage, iso_time, parse_since
from bot.web.links import canonical_url

if TYPE_CHECKING:  # the text engine and aiohttp load on first use (the workers have them)
    from bot.web.fetch import Fetcher

# What front ends may use besides the Service itself (they import nothing below this module).
__all__ = [
    "DEFAULT_DIGEST_HOUR",
    "DIGEST_PERIODS",
    "SUPPORTED_EXTENSIONS",
    "CatchUp",
    "ChannelSettings",
    "ChatMessage",
    "DueDigest",
    "Digest",
    "DigestTopic",
    "Limits",
    "QuotedPerson",
    "QuotesResult",
    "SearchHit",
    "Service",
    "SummaryResult",
    "article_record",
    "entry_article",
    "entry_record",
    "entry_summary",
    "check_scheme",
    "link_in",
    "iso_time",
    "message_links",
    "parse_period",
    "parse_since",
    "plain_text_source",
    "metrics",
    "next_due",
    "open_limits",
    "quotes_record",
    "run_worker",
    "summary_record",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SummaryResult:
    """A summarized article; ``earlier`` marks a stored summary returned instead of a new one."""

    article: Article
    summary: Summary
    entry: HistoryEntry | None
    earlier: bool = False


@dataclass(frozen=True, slots=True)
class QuotesResult:
    """Every quotation of an article, ranked."""

    article: Article
    quotes: tuple[Quote, ...]


class Service(SourceCases, ConversationCases, DigestCases, HistoryCases):
    """Summaries, quotes and per-channel history on top of the store, the fetcher and the workers.

    Summarizing is here; loading sources, catch-ups, digests and the history are in ``bot.cases``
    (inherited).
    """

    def __init__(
        self,
        settings: Settings,
        *,
        store: HistoryStore,
        runner: Runner,
        fetcher: Fetcher | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.runner = runner
        self._fetcher = fetcher

    @property
    def fetcher(self) -> Fetcher:
        """The HTTP fetcher, made on the first link (aiohttp and TLS set-up cost a command line
        that only reads files a noticeable part of its run)."""
        if self._fetcher is None:
            from bot.web.fetch import Fetcher

            self._fetcher = Fetcher(self.settings)
        return self._fetcher

    @classmethod
    async def create(
        cls, settings: Settings, *, prestart: bool = False, pages: bool = True, batch: bool = False
    ) -> Service:
        """Open the history database and the runner (pool or queue); the fetcher opens on use.

        With ``prestart`` the first worker starts while the rest opens (for a front end about to
        send work: it saves the command line a second on each call). ``pages=False`` says the
        sources are plain text (see :func:`plain_text_source`): the workers start without the
        HTML and PDF parsers. ``batch`` says one caller sends many sources at once: each worker
        gets its next job while it runs one (``bot.workers.JobRunner``'s ``depth``).
        """
        runner = await open_runner(settings, pages=pages, batch=batch)  # local pool, or queue
        warm = None
        if prestart:
            warm = asyncio.ensure_future(runner.run(ready, timeout=settings.job_timeout))
            await asyncio.sleep(0)  # let it start the worker before the store's imports run
        try:
            store = await open_store(settings)
        except BaseException:
            if warm is not None:
                warm.cancel()
            await runner.close()
            raise
        if warm is not None:
            with contextlib.suppress(SummarybotError):
                await warm  # a worker that failed to start is started again by the first job
        return cls(settings, store=store, runner=runner)

    async def close(self) -> None:
        """Close everything ``create`` opened, and the fetcher if it was used (safe to call twice)."""
        await self.runner.close()
        if self._fetcher is not None:
            await self._fetcher.close()
        await self.store.close()

    async def __aenter__(self) -> Service:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @staticmethod
    def methods() -> list[str]:
        """Names of the summarizer methods, the default first."""
        from bot.text.methods import METHODS

        return list(METHODS)

    @staticmethod
    def method_descriptions() -> dict[str, str]:
        """Each summarizer method with a one-line description, the default first."""
        from bot.text.methods import METHODS

        return dict(METHODS)

    @staticmethod
    def check_options(*, method: str | None = None, language: str | None = None) -> str | None:
        """Fail early on an unknown method or language name; return the method's full name."""
        from bot.text.methods import resolve_method

        if language:
            from bot.text.language import resolve_language

            resolve_language(language)
        return resolve_method(method) if method else None

    @staticmethod
    def languages() -> dict[str, str]:
        """Language codes and names the text engine handles."""
        from bot.text.language import LANGUAGES

        return dict(LANGUAGES)

    # ------------------------------------------------------------------ use cases

    async def summarize(
        self,
        scope: Scope | None,
        source: str | None = None,
        *,
        attachment: Attachment | None = None,
        sentences: int | None = None,
        ratio: float | None = None,
        method: str | None = None,
        language: str | None = None,
        requester_id: int | None = None,
        store: bool = True,
        reuse_earlier: bool = False,
    ) -> SummaryResult:
        """Summarize a link, text or file for ``scope`` and store it in the channel's history.

        The channel's settings (length, method, language) apply unless given here; without a
        ``scope`` (a one-off summary from the command line) only the global settings apply and
        nothing is stored.
        """
        if scope is None:
            store = False
        elif reuse_earlier:
            earlier = await self._earlier(scope, source, attachment)
            if earlier is not None:
                return SummaryResult(entry_article(earlier), entry_summary(earlier), earlier, True)
        prefs = ChannelSettings() if scope is None else await self.store.get_settings(scope)
        options = {
            "sentences": sentences if sentences is not None or ratio is not None else prefs.length,
            "ratio": ratio,
            "method": method or prefs.method or self.settings.default_method,
            "language": language or prefs.language,
        }
        owner = JobOwner(requester_id, scope)
        kind = readable_kind(attachment, self.settings.max_input_bytes) if attachment else None
        if kind in PLAIN_TYPES:  # a text file: read and summarized in one job
            article, summary = await self.runner.run(
                read_and_summarize,
                attachment.data,
                content_type=kind,
                source=attachment.filename,
                default_sentences=self.settings.default_sentences,
                timeout=self.settings.job_timeout,
                owner=owner,
                **options,
            )
        else:
            article = await self.load(source, attachment=attachment, owner=owner)
            summary = await self._analyze(article, owner, **options)
        entry = None
        if store and scope is not None:
            key = content_key(source, attachment)
            entry = await self.store.add(
                scope,
                NewEntry.from_summary(
                    summary,
                    article,
                    requester_id=requester_id,
                    extra={CONTENT_KEY: key} if key else None,
                ),
            )
        return SummaryResult(article, summary, entry, False)

    async def _earlier(
        self, scope: Scope, source: str | None, attachment: Attachment | None
    ) -> HistoryEntry | None:
        """The channel's recent entry (``RECENT_DUPLICATE_HOURS``) for the same link, or for the
        same file or text (by content hash), if any."""
        hours = self.settings.recent_duplicate_hours
        key = content_key(source, attachment)
        if key is not None:
            return await self.store.find_by_content(scope, key, max_age_hours=hours)
        link = link_in(source) if source else None
        if link is None:
            return None
        return await self.store.find_by_url(scope, canonical_url(link), max_age_hours=hours)

    async def resummarize(
        self,
        scope: Scope,
        entry_id: int,
        *,
        sentences: int | None = None,
        ratio: float | None = None,
        method: str | None = None,
    ) -> SummaryResult:
        """Summarize a stored entry again at another length or with another method (no fetching)."""
        entry = await self.store.get(scope, entry_id)
        article = entry_article(entry)
        summary = await self._analyze(
            article,
            JobOwner(None, scope),
            sentences=sentences,
            ratio=ratio,
            method=method or entry.method,
            language=entry.language,
        )
        return SummaryResult(article, summary, entry, False)

    async def _analyze(self, article: Article, owner: JobOwner, **options: Any) -> Summary:
        if not article.text.strip():
            raise InputError(NO_TEXT)
        return await self.runner.run(
            analyze,
            article.text,
            title=article.title,
            default_sentences=self.settings.default_sentences,
            chat=article.from_message,
            timeout=self.settings.job_timeout,
            owner=owner,
            **options,
        )

    async def quotes(
        self,
        scope: Scope | None,
        source: str | None = None,
        *,
        attachment: Attachment | None = None,
        requester_id: int | None = None,
    ) -> QuotesResult:
        """Every direct quotation in a link, text or file, with its speaker, ranked."""
        owner = JobOwner(requester_id, scope)
        article = await self.load(source, attachment=attachment, owner=owner)
        require_words(article.text)
        found = await self.runner.run(
            quotations,
            article.text,
            chat=article.from_message,
            timeout=self.settings.job_timeout,
            owner=owner,
        )
        return QuotesResult(article, tuple(found))


async def run_worker(settings: Settings, *, concurrency: int | None = None) -> None:
    """``summarybot worker``: take heavy jobs from the queue until SIGTERM (``bot.runners.worker``)."""
    from bot.runners.worker import run_worker as serve_queue

    await serve_queue(settings, concurrency=concurrency)


async def open_store(settings: Settings) -> HistoryStore:
    """Open the history database and apply retention once (the bot repeats it every few hours)."""
    from bot.text.methods import METHODS

    store = await open_history(settings, methods=frozenset(METHODS))
    try:
        await store.apply_retention()
    except BaseException:
        await store.close()
        raise
    return store
