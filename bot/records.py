"""Summaries and history entries as plain JSON-able records, built in one place.

The same builder makes the lines of ``summarybot summarize --json`` and ``summarybot history
--json`` and the entries of the exports, so their keys cannot drift apart. Keys are only ever
added, never renamed: outside scripts read them (README, "Command line").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from bot.models import Article, HistoryEntry, Quote, Scope, Summary


def summary_record(
    article: Article, summary: Summary, entry: HistoryEntry | None = None
) -> dict[str, Any]:
    """One summary of ``article``; with its stored ``entry``, the entry's id, scope and time too."""
    record: dict[str, Any] = {
        "source": article.source,
        "title": summary.title or article.title,  # a text file's headline, as shown and stored
        "language": summary.language,
        "summary": list(summary.sentences),
        "quotes": [q.to_dict() for q in summary.quotes],
        "keywords": list(summary.keywords),
        "words": summary.words,
        "sentences_total": summary.sentences_total,
        "reduction": summary.reduction,
        "method": summary.method,
        "url": article.url,
        "canonical_url": article.canonical_url,
        "site": article.site,
        "author": article.author,
        "date": article.date,
        "reading_time_seconds": summary.reading_time_seconds,
    }
    if entry is not None:
        record.update(
            id=entry.id,
            created_at=entry.created_at,
            scope=scope_record(entry.scope),
            canonical_url=entry.canonical_url,
            requester_id=entry.requester_id,
            language=entry.language,  # as stored (the same as the summary's for a new entry)
            method=entry.method,
        )
    return record


def article_record(article: Article) -> dict[str, Any]:
    """The text and metadata found in a page or file (``summarybot extract``)."""
    return {
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "author": article.author,
        "date": article.date,
        "site": article.site,
        "language": article.language,
        "text": article.text,
    }


def quotes_record(article: Article, quotes: Sequence[Quote]) -> dict[str, Any]:
    """Every quotation of an article, ranked (``summarybot quotes``)."""
    return {
        "source": article.source,
        "title": article.title,
        "quotes": [{**q.to_dict(), "count": q.count} for q in quotes],
        "count": len(quotes),
    }


def entry_record(entry: HistoryEntry) -> dict[str, Any]:
    """A stored entry (no article text); its ``url`` is the canonical address it was stored under."""
    article = replace(entry_article(entry), url=entry.canonical_url)
    return summary_record(article, entry_summary(entry), entry)


def scope_record(scope: Scope) -> dict[str, Any]:
    return {"guild_id": scope.guild_id, "channel_id": scope.channel_id}


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
