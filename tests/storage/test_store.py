"""The SQLite history store: entries, lookups, deletes, purges, retention, settings."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from bot.errors import NotFoundError, PermissionDenied, StorageError
from bot.models import Quote, Scope
from bot.storage import (
    ChannelSettings,
    HistoryStore,
    NewEntry,
    SqliteHistoryStore,
    open_history_store,
    parse_setting,
    validate_setting,
)
from tests.storage.conftest import make_entry

CHANNEL = Scope(guild_id=111, channel_id=222)
OTHER = Scope(guild_id=111, channel_id=333)


async def test_store_implements_the_protocol(store):
    assert isinstance(store, HistoryStore)


async def test_add_returns_what_get_reads_back(store, clock):
    added = await store.add(CHANNEL, make_entry())
    assert added.id >= 1
    assert added.scope == CHANNEL
    assert added.created_at == "2024-05-01T12:00:00Z"
    got = await store.get(CHANNEL, added.id)
    assert got == added
    assert got.summary == make_entry().summary
    assert got.quotes == (Quote("It is a great day for the city", "Mayor Ada Lind", 10, 40, 0.9),)
    assert got.keywords == ("bridge", "river", "traffic")
    assert (got.words, got.sentences_total, got.reduction) == (812, 41, 0.83)
    assert got.article_text == make_entry().article_text
    assert (got.title, got.site, got.author, got.date, got.language, got.method) == (
        "A new bridge over the river",
        "news.example",
        "Jo Reporter",
        "2024-04-30",
        "en",
        "default",
    )


async def test_text_is_stored_exactly(store):
    summary = (
        "Première phrase — avec « guillemets ».\nSuite sur une autre ligne.",
        "日本語の文。",
        "Emoji 🌉 ok.",
    )
    article = (
        "Ünïcödé text 🌉\n\nSecond paragraph.\x1e" * 5_000
    )  # about 200 kB: compressed in a thread
    entry = make_entry(
        summary=summary, keywords=("a; b", "c,d"), article_text=article, extra={"n": [1, 2]}
    )
    added = await store.add(CHANNEL, entry)
    got = await store.get(CHANNEL, added.id)
    assert got.summary == summary
    assert got.keywords == ("a; b", "c,d")
    assert got.article_text == article
    assert got.extra == {"n": [1, 2]}


async def test_article_is_stored_compressed(store, tmp_path):
    text = "The same sentence about the bridge is repeated. " * 2_000
    added = await store.add(CHANNEL, make_entry(article_text=text))
    conn = sqlite3.connect(tmp_path / "history.db")
    codec, size = conn.execute(
        "SELECT codec, length(body) FROM entry_articles WHERE entry_id = ?", (added.id,)
    ).fetchone()
    conn.close()
    assert codec == "zlib"
    assert size < len(text) / 20


async def test_lone_surrogates_do_not_break_storage(store):
    added = await store.add(
        CHANNEL, make_entry(title="broken \ud800 text", article_text="x\udfffy")
    )
    got = await store.get(CHANNEL, added.id)
    assert got.title == "broken \ufffd text"
    assert got.article_text == "x\ufffdy"


async def test_entry_without_article_or_url(store):
    added = await store.add(CHANNEL, make_entry(url=None, article_text="", requester_id=None))
    got = await store.get(CHANNEL, added.id)
    assert got.article_text == ""
    assert got.canonical_url is None
    assert got.source == "pasted text"
    assert got.requester_id is None


async def test_add_refuses_an_entry_without_source(store):
    with pytest.raises(ValueError):
        await store.add(CHANNEL, NewEntry(source="  ", summary=("x",)))
    with pytest.raises(TypeError):
        await store.add(CHANNEL, {"source": "x"})  # type: ignore[arg-type]


async def test_from_summary_builds_a_complete_entry(store):
    from bot.models import Article, Summary

    article = Article(
        source="https://a.example/x",
        text="Body text.",
        url="https://a.example/x?utm=1",
        canonical_url="https://a.example/x",
        title="Page title",
        author="A. Writer",
        date="2024-01-02",
        site="a.example",
        language="en",
    )
    summary = Summary(
        sentences=("One.", "Two."),
        quotes=(Quote("Yes", "Bo"),),
        keywords=("k",),
        language="en",
        method="lexrank",
        words=100,
        sentences_total=9,
        summary_words=20,
        reading_time_seconds=30,
    )
    entry = NewEntry.from_summary(summary, article, requester_id=7)
    got = await store.get(CHANNEL, (await store.add(CHANNEL, entry)).id)
    assert got.canonical_url == "https://a.example/x"
    assert got.title == "Page title"
    assert got.reduction == 0.8
    assert got.method == "lexrank"
    assert got.article_text == "Body text."
    assert got.extra == {"summary_words": 20, "reading_time_seconds": 30}


async def test_recent_is_newest_first_and_paginated(store, clock):
    ids = []
    for i in range(25):
        ids.append((await store.add(CHANNEL, make_entry(f"entry {i}"))).id)
        clock.advance(minutes=1)
    assert await store.count(CHANNEL) == 25
    page1 = await store.recent(CHANNEL, limit=10)
    page3 = await store.recent(CHANNEL, limit=10, offset=20)
    assert [e.id for e in page1] == ids[::-1][:10]
    assert [e.id for e in page3] == ids[::-1][20:]
    assert all(e.article_text == "" for e in page1)
    assert await store.recent(CHANNEL, limit=10, offset=100) == []
    every = [
        e.id for off in (0, 7, 14, 21) for e in await store.recent(CHANNEL, limit=7, offset=off)
    ]
    assert every == ids[::-1]


async def test_same_second_entries_keep_insertion_order(store):
    a = await store.add(CHANNEL, make_entry("first"))
    b = await store.add(CHANNEL, make_entry("second"))
    assert [e.id for e in await store.recent(CHANNEL)] == [b.id, a.id]


@pytest.mark.parametrize("limit, offset", [(0, 0), (101, 0), (10, -1), (True, 0), ("5", 0)])
async def test_bad_pages_are_refused_politely(store, limit, offset):
    with pytest.raises(StorageError, match="page"):
        await store.recent(CHANNEL, limit=limit, offset=offset)
    with pytest.raises(StorageError, match="page"):
        await store.search(CHANNEL, "bridge", limit=limit, offset=offset)


@pytest.mark.parametrize("bad_id", [0, -1, 2**63, "abc", None, 1.5, 999])
async def test_get_unknown_ids_is_not_found(store, bad_id):
    await store.add(CHANNEL, make_entry())
    with pytest.raises(NotFoundError, match="no entry"):
        await store.get(CHANNEL, bad_id)


@pytest.mark.parametrize("digits", ["\u0661", "\uff11", "\u00b9", "\u09e7", "#\u0661", "1\u0661"])
async def test_ids_in_other_scripts_digits_are_not_entry_ids(store, digits):
    # int() reads "١" (Arabic-Indic one) as 1; an entry id is ASCII digits only
    added = await store.add(CHANNEL, make_entry())
    assert added.id == 1
    with pytest.raises(NotFoundError, match="no entry"):
        await store.get(CHANNEL, digits)
    with pytest.raises(NotFoundError, match="no entry"):
        await store.delete(CHANNEL, digits, user_id=42, is_moderator=True)
    assert (await store.get(CHANNEL, " 1 ")).id == 1


async def test_get_accepts_hash_ids(store):
    added = await store.add(CHANNEL, make_entry())
    assert (await store.get(CHANNEL, f"#{added.id}")).id == added.id


async def test_find_by_url_returns_the_newest_recent_entry(store, clock):
    await store.add(CHANNEL, make_entry("old"))
    clock.advance(hours=1)
    newer = await store.add(CHANNEL, make_entry("newer"))
    clock.advance(hours=2)
    found = await store.find_by_url(CHANNEL, "https://news.example/bridge", max_age_hours=24)
    assert found is not None and found.id == newer.id
    assert found == await store.get(CHANNEL, newer.id)  # as stored: no presentation flags
    assert found.article_text == make_entry().article_text
    assert await store.find_by_url(CHANNEL, "https://news.example/bridge", max_age_hours=1) is None
    assert (await store.find_by_url(CHANNEL, "https://news.example/bridge")).id == newer.id
    assert await store.find_by_url(CHANNEL, "https://news.example/other") is None
    assert await store.find_by_url(CHANNEL, "") is None


async def test_entries_are_the_whole_history_oldest_first(store, clock):
    added = []
    for title in ("first", "second", "third"):
        added.append(await store.add(CHANNEL, make_entry(title)))
        clock.advance(minutes=1)
    await store.add(Scope(guild_id=10, channel_id=21), make_entry("elsewhere"))
    listed = await store.entries(CHANNEL)
    assert [e.id for e in listed] == [e.id for e in added]
    assert all(e.article_text == "" for e in listed)
    assert listed[0] == replace(added[0], article_text="")
    assert await store.entries(Scope(guild_id=99, channel_id=1)) == []


async def test_find_by_url_uses_its_index(store, tmp_path):
    await store.add(CHANNEL, make_entry())
    conn = sqlite3.connect(tmp_path / "history.db")
    plan = conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM entries INDEXED BY entries_url "
        "WHERE url_hash = 1 AND canonical_url = 'x' AND guild_key = 1 AND channel_id = 2"
    ).fetchall()
    conn.close()
    assert any("entries_url" in row[-1] for row in plan)


async def test_delete_by_requester_or_moderator_only(store):
    mine = await store.add(CHANNEL, make_entry(requester_id=1))
    theirs = await store.add(CHANNEL, make_entry(requester_id=2))
    anonymous = await store.add(CHANNEL, make_entry(requester_id=None))
    with pytest.raises(PermissionDenied, match="moderator"):
        await store.delete(CHANNEL, theirs.id, user_id=1, is_moderator=False)
    with pytest.raises(PermissionDenied):
        await store.delete(CHANNEL, anonymous.id, user_id=1, is_moderator=False)
    deleted = await store.delete(CHANNEL, mine.id, user_id=1, is_moderator=False)
    assert deleted.id == mine.id
    await store.delete(CHANNEL, theirs.id, user_id=1, is_moderator=True)
    assert [e.id for e in await store.recent(CHANNEL)] == [anonymous.id]
    with pytest.raises(NotFoundError):
        await store.get(CHANNEL, mine.id)
    with pytest.raises(NotFoundError):
        await store.delete(CHANNEL, mine.id, user_id=1, is_moderator=True)


async def test_delete_removes_article_and_search_index_rows(store, tmp_path):
    added = await store.add(CHANNEL, make_entry("zeppelin story", keywords=("zeppelin",)))
    assert len(await store.search(CHANNEL, "zeppelin")) == 1
    await store.delete(CHANNEL, added.id, user_id=42, is_moderator=False)
    assert await store.search(CHANNEL, "zeppelin") == []
    conn = sqlite3.connect(tmp_path / "history.db")
    assert conn.execute("SELECT count(*) FROM entry_articles").fetchone()[0] == 0
    assert (
        conn.execute(
            "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'zeppelin'"
        ).fetchone()[0]
        == 0
    )
    conn.close()
    assert await store.check() == []


async def test_ids_are_never_reused(store):
    first = await store.add(CHANNEL, make_entry())
    await store.delete(CHANNEL, first.id, user_id=0, is_moderator=True)
    second = await store.add(CHANNEL, make_entry())
    assert second.id > first.id


async def test_purge_channel_user_and_guild(store):
    dm = Scope(guild_id=None, channel_id=222)
    other_guild = Scope(guild_id=999, channel_id=444)
    for scope in (CHANNEL, OTHER, dm, other_guild):
        await store.add(scope, make_entry(requester_id=1))
        await store.add(scope, make_entry(requester_id=2))
    await store.update_settings(OTHER, length=3)
    await store.update_settings(other_guild, length=4)

    assert await store.purge_channel(CHANNEL) == 2
    assert await store.count(CHANNEL) == 0
    assert await store.count(OTHER) == 2

    assert await store.purge_user(1) == 3  # OTHER, dm, other_guild
    assert [e.requester_id for s in (OTHER, dm, other_guild) for e in await store.recent(s)] == [
        2,
        2,
        2,
    ]

    assert await store.purge_guild(111) == 1  # OTHER's remaining entry
    assert await store.count(OTHER) == 0
    assert (await store.get_settings(OTHER)).length is None  # settings of the guild are gone
    assert await store.count(dm) == 1  # a DM is not part of guild 111
    assert await store.count(other_guild) == 1
    assert (await store.get_settings(other_guild)).length == 4
    assert await store.check() == []


async def test_purges_work_in_chunks(store, monkeypatch):
    import bot.storage.history as history

    monkeypatch.setattr(history, "DELETE_CHUNK", 3)
    for i in range(10):
        await store.add(CHANNEL, make_entry(f"e{i}", requester_id=5))
    assert await store.purge_user(5) == 10
    assert await store.count(CHANNEL) == 0


async def test_purge_arguments_are_checked(store):
    with pytest.raises(ValueError):
        await store.purge_user(-1)
    with pytest.raises(ValueError):
        await store.purge_guild(None)  # type: ignore[arg-type]


async def test_retention_without_default_keeps_unconfigured_channels(store, clock):
    await store.add(CHANNEL, make_entry())
    clock.advance(days=10_000)
    assert await store.apply_retention() == 0
    assert await store.count(CHANNEL) == 1


async def test_default_settings_and_updates(store):
    assert await store.get_settings(CHANNEL) == ChannelSettings(True, None, None, None, None)
    updated = await store.update_settings(
        CHANNEL, autolink=False, length=3, language="FR", method="LexRank"
    )
    assert updated == ChannelSettings(False, 3, "lexrank", "fr", None)
    assert await store.get_settings(CHANNEL) == updated
    assert await store.get_settings(OTHER) == ChannelSettings()
    again = await store.update_settings(CHANNEL, length=None, retention_days=30)
    assert again == ChannelSettings(False, None, "lexrank", "fr", 30)
    assert await store.update_settings(CHANNEL) == again


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"autolink": "yes"}, "autolink must be on or off"),
        ({"length": 0}, "length must be"),
        ({"length": 51}, "length must be"),
        ({"length": True}, "length must be"),
        ({"length": "5"}, "length must be"),
        ({"retention_days": 0}, "retention_days must be"),
        ({"retention_days": 100_000}, "retention_days must be"),
        ({"language": "english"}, "language must be"),
        ({"method": "drop table"}, "method must be"),
        ({"colour": "red"}, "no setting called 'colour'"),
    ],
)
async def test_settings_are_validated(store, changes, message):
    with pytest.raises(StorageError, match=message):
        await store.update_settings(CHANNEL, **changes)
    assert await store.get_settings(CHANNEL) == ChannelSettings()


async def test_a_failed_transaction_leaves_no_trace(store):
    await store.add(CHANNEL, make_entry("kept"))

    async def half_then_fail(conn):
        await conn.execute("DELETE FROM entries")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        await store._write(half_then_fail)
    assert [e.title for e in await store.recent(CHANNEL)] == ["kept"]
    assert (await store.add(CHANNEL, make_entry("after"))).title == "after"


async def test_scope_must_be_a_scope(store):
    with pytest.raises(TypeError):
        await store.recent((111, 222))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        await store.recent(Scope(guild_id=-5, channel_id=1))


async def test_open_history_store_picks_the_backend(tmp_path):
    store = await open_history_store(tmp_path / "sub" / "dir" / "h.db")
    assert isinstance(store, SqliteHistoryStore)
    assert (tmp_path / "sub" / "dir" / "h.db").exists()
    await store.close()
    with pytest.raises(StorageError, match="postgresql://"):
        await open_history_store("postgresql://db.example/summarybot")
    for bad in ("", ":memory:", str(tmp_path)):
        with pytest.raises(StorageError, match="DATABASE_PATH"):
            await open_history_store(bad)


async def test_compact_keeps_everything_searchable(store):
    for i in range(30):
        await store.add(CHANNEL, make_entry(f"item {i}", keywords=(f"kw{i}", "common")))
    await store.purge_user(0)
    for entry in (await store.recent(CHANNEL, limit=15))[::2]:
        await store.delete(CHANNEL, entry.id, user_id=0, is_moderator=True)
    await store.compact()
    assert await store.check() == []
    assert len(await store.search(CHANNEL, "common", limit=100)) == 22


@pytest.mark.parametrize(
    "name, text, value",
    [
        ("autolink", "off", False),
        ("autolink", "ON", True),
        ("length", "7", 7),
        ("length", "default", None),
        ("retention-days", "30d", 30),
        ("retention_days", "none", None),
        ("language", "auto", None),
        ("language", "DE", "de"),
        ("method", "TextRank", "textrank"),
    ],
)
def test_parse_setting_turns_user_text_into_values(name, text, value):
    assert parse_setting(name, text) == value


@pytest.mark.parametrize(
    "name, text, message",
    [
        ("autolink", "maybe", "on or off"),
        ("length", "lots", "length must be"),
        ("length", "0", "length must be"),
        ("retention_days", "-3", "retention_days must be"),
        ("language", "klingon", "language must be"),
        ("speed", "fast", "no setting called 'speed'"),
    ],
)
def test_parse_setting_refuses_bad_text_politely(name, text, message):
    with pytest.raises(StorageError, match=message):
        parse_setting(name, text)


def test_validate_setting_with_known_methods():
    assert validate_setting("method", "LSA", methods=frozenset({"lsa"})) == "lsa"
    with pytest.raises(StorageError, match="Methods: lsa"):
        validate_setting("method", "luhn", methods=frozenset({"lsa"}))
