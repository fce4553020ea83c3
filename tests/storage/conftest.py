"""Shared fixtures: a fresh store per test in ``tmp_path`` and a controllable clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.models import Quote
from bot.storage import NewEntry, SqliteHistoryStore


class Clock:
    """A settable UTC clock for the store."""

    def __init__(self) -> None:
        self.now = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def make_entry(
    title: str = "A new bridge over the river",
    *,
    summary: tuple[str, ...] = (
        "The city opened a new bridge over the river on Monday.",
        "Engineers say it will carry twenty thousand cars a day.",
    ),
    url: str | None = "https://news.example/bridge",
    requester_id: int | None = 42,
    keywords: tuple[str, ...] = ("bridge", "river", "traffic"),
    quotes: tuple[Quote, ...] = (
        Quote("It is a great day for the city", "Mayor Ada Lind", 10, 40, 0.9),
    ),
    article_text: str = "The city opened a new bridge. " * 40,
    **fields,
) -> NewEntry:
    return NewEntry(
        source=url or "pasted text",
        canonical_url=url,
        title=title,
        site="news.example" if url else None,
        author="Jo Reporter",
        date="2024-04-30",
        language="en",
        summary=summary,
        quotes=quotes,
        keywords=keywords,
        words=812,
        sentences_total=41,
        reduction=0.83,
        method="default",
        requester_id=requester_id,
        article_text=article_text,
        **fields,
    )


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def store(tmp_path, clock) -> AsyncIterator[SqliteHistoryStore]:
    s = await SqliteHistoryStore.open(tmp_path / "history.db", clock=clock)
    try:
        yield s
    finally:
        await s.close()
