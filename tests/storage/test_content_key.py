"""Entries made from a file or pasted text are found again by their content key (issue 13, 20)."""

from __future__ import annotations

from bot.models import Scope
from bot.storage.base import CONTENT_KEY
from tests.storage.conftest import make_entry

CHANNEL = Scope(guild_id=5, channel_id=50)
OTHER = Scope(guild_id=5, channel_id=51)
KEY = "sha256:" + "ab" * 32


async def test_find_by_content_returns_the_newest_recent_entry_of_that_content(store, clock):
    older = await store.add(CHANNEL, make_entry("old", url=None, extra={CONTENT_KEY: KEY}))
    await store.add(CHANNEL, make_entry("plain", url=None))  # pasted text stored without a key
    await store.add(CHANNEL, make_entry("link"))  # a link is not found by content
    clock.advance(hours=1)
    newer = await store.add(CHANNEL, make_entry("new", url=None, extra={CONTENT_KEY: KEY}))
    clock.advance(hours=2)
    found = await store.find_by_content(CHANNEL, KEY, max_age_hours=24)
    assert found is not None and found.id == newer.id != older.id
    assert found.canonical_url is None and found.extra[CONTENT_KEY] == KEY
    assert found.article_text == make_entry().article_text
    assert await store.find_by_content(CHANNEL, KEY, max_age_hours=1) is None
    assert await store.find_by_content(CHANNEL, "sha256:" + "cd" * 32) is None
    assert await store.find_by_content(OTHER, KEY) is None
    assert await store.find_by_content(CHANNEL, "") is None
    # a content key never answers a URL lookup, nor a URL a content lookup
    assert await store.find_by_url(CHANNEL, KEY) is None
    assert await store.find_by_content(CHANNEL, "https://news.example/bridge") is None
