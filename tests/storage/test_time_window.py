"""A channel's entries of a period (what a digest reads), on both stores."""

from __future__ import annotations

from datetime import timedelta

from bot.models import Scope
from tests.storage.conftest import make_entry

CHANNEL = Scope(guild_id=111, channel_id=222)
OTHER = Scope(guild_id=111, channel_id=333)


async def test_entries_of_a_period_oldest_first(store, clock):
    start = clock.now
    added = []
    for day in range(5):  # one entry a day, at noon
        added.append(await store.add(CHANNEL, make_entry(f"day {day}")))
        await store.add(OTHER, make_entry(f"elsewhere {day}"))
        clock.advance(days=1)
    since, until = start + timedelta(days=1), start + timedelta(days=3)
    window = await store.entries(CHANNEL, since=since, until=until)
    assert [e.title for e in window] == ["day 1", "day 2"]  # since included, until left out
    assert all(e.scope == CHANNEL and e.article_text == "" for e in window)
    assert window[0].id == added[1].id
    assert [e.title for e in await store.entries(CHANNEL, since=since)] == [
        "day 1",
        "day 2",
        "day 3",
        "day 4",
    ]
    assert [e.title for e in await store.entries(CHANNEL, until=until)] == [
        "day 0",
        "day 1",
        "day 2",
    ]
    assert len(await store.entries(CHANNEL)) == 5


async def test_a_period_to_the_microsecond(store, clock):
    first = await store.add(CHANNEL, make_entry("first"))
    clock.advance(microseconds=1)
    second = await store.add(CHANNEL, make_entry("second"))
    assert [e.id for e in await store.entries(CHANNEL, since=clock.now)] == [second.id]
    assert [e.id for e in await store.entries(CHANNEL, until=clock.now)] == [first.id]


async def test_an_empty_or_reversed_period_has_no_entries(store, clock):
    await store.add(CHANNEL, make_entry())
    now = clock.now
    assert await store.entries(CHANNEL, since=now, until=now) == []
    assert await store.entries(CHANNEL, since=now + timedelta(hours=1), until=now) == []
    assert await store.entries(OTHER, since=now - timedelta(days=1)) == []
