"""Full-text search: query syntax, ranking, snippets, and hostile input."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.errors import StorageError
from bot.models import Quote, Scope
from bot.storage import SqliteHistoryStore
from bot.storage.db import configure_sync
from bot.storage.query import MAX_TERMS, SearchQuery, Term, parse_query
from tests.storage.conftest import make_entry

CHANNEL = Scope(guild_id=5, channel_id=6)


@pytest.fixture
async def library(store):
    """A small channel history about different things."""
    entries = {
        "bridge": make_entry(
            "Council approves the new river bridge",
            summary=("The council approved a bridge across the river.", "Building starts in June."),
            keywords=("bridge", "council"),
            quotes=(Quote("This bridge will connect two towns", "Mayor Ada Lind"),),
        ),
        "bridges": make_entry(
            "Old bridges need repairs",
            summary=("Many old bridges in the region need urgent repairs.", "Funding is short."),
            keywords=("repairs",),
            quotes=(),
        ),
        "election": make_entry(
            "Election results are in",
            summary=("Voters chose a new council.", "Turnout was high in the capital."),
            keywords=("election", "council"),
            quotes=(Quote("We listened to the voters", "Sam Okafor"),),
        ),
        "cafe": make_entry(
            "A café opens downtown",
            summary=("The Café Ñandú opened on Main Street.", "Its coffee costs two euros."),
            keywords=("café",),
            quotes=(),
            url=None,
        ),
    }
    ids = {name: (await store.add(CHANNEL, entry)).id for name, entry in entries.items()}
    return store, ids


async def _found(store, query):
    return [h.entry.id for h in await store.search(CHANNEL, query)]


async def test_plain_words_must_all_match_and_stemming_helps(library):
    store, ids = library
    assert set(await _found(store, "bridge")) == {ids["bridge"], ids["bridges"]}
    assert await _found(store, "bridge council") == [ids["bridge"]]
    assert await _found(store, "bridge penguin") == []


async def test_phrases_prefixes_or_and_not(library):
    store, ids = library
    assert await _found(store, '"new river bridge"') == [ids["bridge"]]
    assert await _found(store, '"bridge river"') == []
    assert set(await _found(store, "elect*")) == {ids["election"]}
    assert set(await _found(store, "repair* OR voters")) == {ids["bridges"], ids["election"]}
    assert await _found(store, "council NOT bridge") == [ids["election"]]
    assert await _found(store, "council -bridge") == [ids["election"]]
    assert set(await _found(store, "council AND bridge")) == {ids["bridge"]}


async def test_accents_case_and_speakers(library):
    store, ids = library
    assert await _found(store, "CAFE") == [ids["cafe"]]
    assert await _found(store, "nandu") == [ids["cafe"]]
    assert await _found(store, "okafor") == [ids["election"]]  # quote speakers are searchable
    assert await _found(store, "news.example") != []  # the site column


async def test_ranking_prefers_title_and_keyword_matches(library):
    store, ids = library
    hits = await store.search(CHANNEL, "council")
    # both mention the council in title or keywords; the order is by score, best first
    assert [h.rank for h in hits] == [1, 2]
    assert hits[0].score >= hits[1].score
    assert {h.entry.id for h in hits} == {ids["bridge"], ids["election"]}


async def test_snippets_highlight_matches(library):
    store, ids = library
    [hit] = await store.search(CHANNEL, "capital")
    assert hit.entry.id == ids["election"]
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["capital"]
    assert "**capital**" in hit.marked()
    assert "\x1e" not in hit.snippet and "\ufdd0" not in hit.snippet
    assert hit.entry.article_text == ""
    [quote_hit] = await store.search(CHANNEL, "towns")
    assert "**towns**" in quote_hit.marked() and "Ada Lind" in quote_hit.snippet
    # matched only in the title: the snippet is the start of the summary, nothing highlighted
    [title_hit] = await store.search(CHANNEL, "downtown")
    assert title_hit.highlights == () and title_hit.snippet.startswith("The Café")
    assert title_hit.marked("<b>", "</b>", escape=str.upper).startswith("THE CAFÉ")


async def test_search_pagination(store):
    ids = [
        (await store.add(CHANNEL, make_entry(f"story {i}", keywords=("zebra",)))).id
        for i in range(23)
    ]
    pages = [await store.search(CHANNEL, "zebra", limit=10, offset=off) for off in (0, 10, 20)]
    assert [len(p) for p in pages] == [10, 10, 3]
    seen = [h.entry.id for p in pages for h in p]
    assert sorted(seen) == sorted(ids)
    assert [h.rank for p in pages for h in p] == list(range(1, 24))


async def test_prefix_search_highlights_and_pages(store):
    ids = [
        (
            await store.add(
                CHANNEL,
                make_entry(
                    f"story {i}",
                    summary=(f"Story {i} is about a bridge.", "Its brickwork is old."),
                    keywords=("masonry",),
                    quotes=(),
                ),
            )
        ).id
        for i in range(23)
    ]
    await store.add(
        CHANNEL,
        make_entry("Nothing here", summary=("A quiet day.",), keywords=("calm",), quotes=()),
    )
    for query in ("br*", "bri*", "bric*", "brick*"):
        pages = [await store.search(CHANNEL, query, limit=10, offset=off) for off in (0, 10, 20)]
        assert [len(p) for p in pages] == [10, 10, 3], query
        assert sorted(h.entry.id for p in pages for h in p) == sorted(ids)
        marked = {hit.snippet[a:b] for p in pages for hit in p for a, b in hit.highlights}
        assert marked == ({"bridge", "brickwork"} if query in ("br*", "bri*") else {"brickwork"})
        assert await store.search(CHANNEL, query, limit=10, offset=30) == []


HOSTILE = [
    '"',
    '""',
    '"""',
    "*",
    "**",
    "NEAR(",
    "NEAR(bridge council, 2)",
    "col:",
    "title:bridge",
    "{title}: bridge",
    "AND OR",
    "OR bridge",
    "bridge AND",
    "bridge OR OR council",
    "bridge NOT NOT council",
    "((bridge",
    "bridge))",
    "(",
    ")",
    "🌉",
    "🌉 bridge",
    "bridge 🌉*",
    "^bridge",
    "bridge + council",
    "'; DROP TABLE entries; --",
    "bridge\x00council",
    "\ud800bridge",
    "-",
    "--bridge",
    '"bridge',
    'bridge"*',
    "b-r-i-d-g-e",
    "a" * 400,
]


@pytest.mark.parametrize("query", HOSTILE)
async def test_hostile_queries_never_raise_sql_errors(library, query):
    store, _ = library
    try:
        hits = await store.search(CHANNEL, query)
    except StorageError as error:
        assert "SQL" not in str(error) and "fts5" not in str(error).lower()
        assert str(error)
    else:
        assert all(h.entry.scope == CHANNEL for h in hits)


@pytest.mark.parametrize(
    "query, message",
    [
        ("", "nothing to search for"),
        ("   ", "nothing to search for"),
        ("🌉 🎉", "nothing to search for"),
        ('"" * ( )', "nothing to search for"),
        ("AND OR NOT", "nothing to search for"),
        ("NOT bridge", "before NOT"),
        ("-bridge", "before NOT"),
        ("b*", "at least 2 letters"),
        ("x" * 600, "too long"),
        (" ".join(f"w{i}" for i in range(MAX_TERMS + 1)), "too many words"),
    ],
)
async def test_unsearchable_queries_get_friendly_errors(store, query, message):
    with pytest.raises(StorageError, match=message):
        await store.search(CHANNEL, query)


def test_parser_structure():
    q = parse_query('bridge "river crossing" repai* OR -old AND NOT x')
    assert q.items == (
        Term("bridge"),
        Term("river crossing", phrase=True),
        Term("repai", prefix=True),
        "NOT",
        Term("old"),
        "NOT",
        Term("x"),
    )
    z3 = "z00000003z"
    assert q.to_fts5(3) == (
        f'"{z3}bridge" "{z3}river {z3}crossing" "{z3}repai" * NOT "{z3}old" NOT "{z3}x"'
    )


def test_parser_quotes_every_term():
    q = parse_query('say"hi" NEAR(a,b) col:x')
    z1, z2 = "z00000001z", "z00000002z"
    assert q.to_fts5(1) == f'"{z1}say" "{z1}hi" "{z1}near" "{z1}a {z1}b" "{z1}col {z1}x"'
    assert parse_query("Ñandú ½").to_fts5(2) == f'"{z2}nandu" "{z2}1 {z2}2"'
    assert parse_query("bridge NOT 🙂 river").items == (Term("bridge"), Term("river"))
    assert parse_query("lowercase or and not").items == tuple(
        Term(w) for w in ("lowercase", "or", "and", "not")
    )


@pytest.fixture(scope="module")
def fts_db(tmp_path_factory):
    """A real schema (with a few rows) for rendering checks without the event loop."""
    path = tmp_path_factory.mktemp("fts") / "h.db"

    async def build():
        async with await SqliteHistoryStore.open(path) as s:
            await s.add(CHANNEL, make_entry())

    asyncio.run(build())
    conn = sqlite3.connect(path)
    configure_sync(conn)
    yield conn
    conn.close()


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab \"*()-:^+{}NEAROTD\\'\u00e9\U0001f309 \x00")), max_size=40
    )
)
def test_any_text_parses_or_fails_politely_and_renders_valid_fts5(fts_db, text):
    try:
        query = parse_query(text)
    except StorageError:
        return
    assert isinstance(query, SearchQuery)
    match = query.to_fts5(1)
    fts_db.execute(
        "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (match,)
    ).fetchone()


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=60))
def test_any_unicode_text_is_safe(fts_db, text):
    try:
        query = parse_query(text)
    except StorageError:
        return
    match = query.to_fts5(1)
    fts_db.execute(
        "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (match,)
    ).fetchone()


async def test_search_ranks_within_the_newest_window(tmp_path, clock):
    async with await SqliteHistoryStore.open(
        tmp_path / "w.db", clock=clock, search_window=5
    ) as store:
        best = await store.add(CHANNEL, make_entry("kiwi kiwi kiwi", keywords=("kiwi",)))
        newer = [
            (await store.add(CHANNEL, make_entry(f"note {i}", keywords=("kiwi",)))).id
            for i in range(8)
        ]
        hits = await store.search(CHANNEL, "kiwi", limit=10)
        # only the 5 newest matches are ranked: the old, best-matching entry is beyond the window
        assert {h.entry.id for h in hits} == set(newer[-5:])
        assert best.id not in {h.entry.id for h in hits}
        store.search_window = 100
        assert (await store.search(CHANNEL, "kiwi"))[0].entry.id == best.id
