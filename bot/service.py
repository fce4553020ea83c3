"""The use cases every front end (Discord, console, CLI) calls.

A front end hands a source to the service; the service turns a link into an ``Article`` (web/),
an ``Article`` into a ``Summary`` (text/, in a worker process with a time limit), stores the
result (storage/) and returns it. No layer reaches back up.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from bot.chat_exports import load_export
from bot.chat_exports import message_links as message_links  # front ends use it through here
from bot.config import Settings
from bot.errors import InputError
from bot.models import Article, Attachment, HistoryEntry, Quote, Scope, Summary
from bot.storage import ChannelSettings, NewEntry, SearchHit, SqliteHistoryStore
from bot.text.chat import CatchUp, ChatMessage, parse_since
from bot.text.pipeline import analyze, quotations
from bot.text.summarize import METHODS
from bot.web.extract import LOCAL_TYPES, extract_article
from bot.web.fetch import Fetcher
from bot.web.links import canonical_url, find_links, is_summarizable_link
from bot.web.service import fetch_article
from bot.workers import JobRunner

log = logging.getLogger(__name__)

SUPPORTED_EXTENSIONS = frozenset(LOCAL_TYPES)
MAX_CATCH_UP_MESSAGES = 50_000
_ONLY_LINK = re.compile(r"^<?(https?://\S+?)>?$", re.IGNORECASE)


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


class Service:
    """Summaries, quotes and per-channel history on top of the store, the fetcher and the workers."""

    def __init__(
        self, settings: Settings, *, store: SqliteHistoryStore, fetcher: Fetcher, runner: JobRunner
    ) -> None:
        self.settings = settings
        self.store = store
        self.fetcher = fetcher
        self.runner = runner

    @classmethod
    async def create(cls, settings: Settings) -> Service:
        """Open the history database, the HTTP session and the worker pool."""
        store = await open_store(settings)
        try:
            fetcher = Fetcher(settings)
            await fetcher.__aenter__()
        except BaseException:
            await store.close()
            raise
        runner = JobRunner(settings.workers, memory_mb=settings.worker_memory_mb)
        return cls(settings, store=store, fetcher=fetcher, runner=runner)

    async def close(self) -> None:
        """Close everything ``create`` opened (safe to call twice)."""
        await self.runner.close()
        await self.fetcher.close()
        await self.store.close()

    async def __aenter__(self) -> Service:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @staticmethod
    def methods() -> list[str]:
        """Names of the summarizer methods, the default first."""
        return list(METHODS)

    @staticmethod
    def languages() -> dict[str, str]:
        """Language codes and names the text engine handles."""
        from bot.text.language import LANGUAGES

        return dict(LANGUAGES)

    # ------------------------------------------------------------------ sources

    async def load(
        self, source: str | None = None, *, attachment: Attachment | None = None
    ) -> Article:
        """Turn a link, pasted text or an attached file into an ``Article``."""
        if attachment is not None:
            return await self._load_attachment(attachment)
        if source is None or not source.strip():
            raise InputError("Give me a link, some text or a file to work with.")
        link = link_in(source)
        if link:
            return await fetch_article(
                link, fetcher=self.fetcher, runner=self.runner, settings=self.settings
            )
        self._check_size(len(source.encode("utf-8", errors="replace")))
        return Article(source="text", text=source)

    async def _load_attachment(self, attachment: Attachment) -> Article:
        self._check_size(len(attachment.data))
        suffix = PurePath(attachment.filename).suffix.lower()
        ctype = (attachment.content_type or "").split(";")[0].strip().lower()
        kind = LOCAL_TYPES.get(suffix) or (ctype if ctype in LOCAL_TYPES.values() else None)
        if kind is None:
            raise InputError(
                f"I can't read {attachment.filename!r}: attach a .txt, .md, .html or .pdf file."
            )
        if not attachment.data.strip():
            raise InputError(f"{attachment.filename} is empty.")
        # decoding, binary checks and HTML/PDF parsing run in a worker that is stopped if it hangs
        return await self.runner.run(
            extract_article,
            attachment.data,
            url=None,
            content_type=kind,
            source=attachment.filename,
            timeout=self.settings.extract_timeout,
        )

    def _check_size(self, size: int) -> None:
        cap = self.settings.max_input_bytes
        if size > cap:
            raise InputError(
                f"That's {_mb(size)} of text; I summarize up to {_mb(cap)}. Try a shorter part of it."
            )

    # ------------------------------------------------------------------ use cases

    async def summarize(
        self,
        scope: Scope,
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
        """Summarize a link, text or file for ``scope`` and store it in the channel's history."""
        if reuse_earlier and attachment is None and source:
            link = link_in(source)
            if link:
                earlier = await self.store.find_by_url(
                    scope, canonical_url(link), max_age_hours=self.settings.recent_duplicate_hours
                )
                if earlier is not None:
                    return SummaryResult(
                        entry_article(earlier), entry_summary(earlier), earlier, True
                    )
        prefs = await self.store.get_settings(scope)
        article = await self.load(source, attachment=attachment)
        summary = await self._analyze(
            article,
            sentences=sentences if sentences is not None or ratio is not None else prefs.length,
            ratio=ratio,
            method=method or prefs.method or self.settings.default_method,
            language=language or prefs.language,
        )
        entry = None
        if store:
            entry = await self.store.add(
                scope, NewEntry.from_summary(summary, article, requester_id=requester_id)
            )
        return SummaryResult(article, summary, entry, False)

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
            sentences=sentences,
            ratio=ratio,
            method=method or entry.method,
            language=entry.language,
        )
        return SummaryResult(article, summary, entry, False)

    async def _analyze(self, article: Article, **options: Any) -> Summary:
        if not article.text.strip():
            raise InputError("I found no text to summarize there.")
        return await self.runner.run(
            analyze,
            article.text,
            title=article.title,
            default_sentences=self.settings.default_sentences,
            timeout=self.settings.job_timeout,
            **options,
        )

    async def quotes(
        self, scope: Scope, source: str | None = None, *, attachment: Attachment | None = None
    ) -> QuotesResult:
        """Every direct quotation in a link, text or file, with its speaker, ranked."""
        article = await self.load(source, attachment=attachment)
        found = await self.runner.run(quotations, article.text, timeout=self.settings.job_timeout)
        return QuotesResult(article, tuple(found))

    async def auto_links(self, scope: Scope, text: str) -> list[str]:
        """Links in a chat message to summarize automatically (none when the channel turned it off)."""
        links = [url for url in find_links(text) if is_summarizable_link(url)]
        if not links:
            return []
        prefs = await self.store.get_settings(scope)
        if not prefs.autolink:
            return []
        return links[: self.settings.autolink_max_links]

    # ------------------------------------------------------------------ conversations

    async def catch_up(
        self, messages: Sequence[ChatMessage], *, since: float | str | None = None
    ) -> CatchUp:
        """Topics, central messages, links and open questions of a conversation (in a worker)."""
        from bot.text.conversation import catch_up, within

        seconds = parse_since(since) if isinstance(since, str) else since
        recent = within(messages, seconds)
        if len(recent) > MAX_CATCH_UP_MESSAGES:
            raise InputError(
                f"That's {len(recent):,} messages; I catch up on up to "
                f"{MAX_CATCH_UP_MESSAGES:,} at a time. Ask for a shorter time span."
            )
        return await self.runner.run(catch_up, recent, timeout=self.settings.job_timeout)

    async def catch_up_export(self, path: str, *, since: float | str | None = None) -> CatchUp:
        """The catch-up of a chat export file (DiscordChatExporter or Slack JSON)."""
        messages = await self.runner.run(load_export, path, timeout=self.settings.job_timeout)
        return await self.catch_up(messages, since=since)

    # ------------------------------------------------------------------ history

    async def recent(self, scope: Scope, *, limit: int = 10, offset: int = 0) -> list[HistoryEntry]:
        return await self.store.recent(scope, limit=limit, offset=offset)

    async def count(self, scope: Scope) -> int:
        return await self.store.count(scope)

    async def search(
        self, scope: Scope, query: str, *, limit: int = 10, offset: int = 0
    ) -> list[SearchHit]:
        return await self.store.search(scope, query, limit=limit, offset=offset)

    async def show(self, scope: Scope, entry_id: int) -> HistoryEntry:
        return await self.store.get(scope, entry_id)

    async def delete(
        self, scope: Scope, entry_id: int, *, user_id: int, is_moderator: bool
    ) -> HistoryEntry:
        return await self.store.delete(scope, entry_id, user_id=user_id, is_moderator=is_moderator)

    async def export(self, scope: Scope, fmt: str) -> tuple[str, bytes]:
        """The channel's history as a file: (file name, content)."""
        fmt = fmt.strip().lower()
        fmt = {"md": "markdown"}.get(fmt, fmt)
        if fmt not in ("json", "csv", "markdown"):
            raise InputError("Export formats: json, csv or markdown.")
        text = await self.store.export(scope, fmt)
        suffix = {"json": "json", "csv": "csv", "markdown": "md"}[fmt]
        return f"history.{suffix}", text.encode("utf-8")

    async def purge_channel(self, scope: Scope) -> int:
        return await self.store.purge_channel(scope)

    async def get_settings(self, scope: Scope) -> ChannelSettings:
        return await self.store.get_settings(scope)

    async def update_settings(self, scope: Scope, **changes: Any) -> ChannelSettings:
        if changes.get("method"):
            from bot.text.summarize import resolve_method

            changes["method"] = resolve_method(changes["method"])
        if changes.get("language"):
            from bot.text.language import language_code, resolve_language

            changes["language"] = language_code(resolve_language(changes["language"]))
        return await self.store.update_settings(scope, **changes)

    async def forget_user(self, user_id: int) -> int:
        return await self.store.purge_user(user_id)

    async def forget_guild(self, guild_id: int) -> int:
        return await self.store.purge_guild(guild_id)

    async def apply_retention(self) -> int:
        return await self.store.apply_retention()


async def open_store(settings: Settings) -> SqliteHistoryStore:
    """Open the history database and apply retention once (the bot repeats it every few hours)."""
    from bot.text.summarize import METHODS

    store = await SqliteHistoryStore.open(
        settings.database_path,
        default_retention_days=settings.history_retention_days,
        methods=frozenset(METHODS),
    )
    try:
        await store.apply_retention()
    except BaseException:
        await store.close()
        raise
    return store


def link_in(source: str) -> str | None:
    """The link when ``source`` is just a link (optionally in <> or with surrounding space)."""
    text = source.strip()
    if (
        len(text) > 4096 or "://" not in text
    ):  # long pasted text is text, not a link (and stays cheap)
        return None
    match = _ONLY_LINK.match(text)
    if match:
        return match.group(1)
    links = find_links(text)
    if len(links) == 1 and len(text) <= len(links[0]) + 4:
        return links[0]
    return None


def entry_article(entry: HistoryEntry) -> Article:
    """The article an entry was made from (its text is kept for re-summarizing)."""
    url = entry.source if entry.source.startswith(("http://", "https://")) else None
    return Article(
        source=entry.source,
        text=entry.article_text,
        url=url,
        canonical_url=entry.canonical_url,
        title=entry.title,
        author=entry.author,
        date=entry.date,
        site=entry.site,
        language=entry.language,
    )


def entry_summary(entry: HistoryEntry) -> Summary:
    """The stored summary of an entry, as the text engine returned it."""
    words = entry.words
    summary_words = entry.extra.get("summary_words") or (
        round(words * (1 - entry.reduction)) if words else 0
    )
    return Summary(
        sentences=tuple(entry.summary),
        quotes=tuple(entry.quotes),
        keywords=tuple(entry.keywords),
        language=entry.language or "english",
        method=entry.method or "default",
        words=words,
        sentences_total=entry.sentences_total,
        summary_words=summary_words,
        reading_time_seconds=entry.extra.get("reading_time_seconds") or round(words * 60 / 230),
        title=entry.title,
    )


def _mb(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{size / 1000:.0f} KB"
