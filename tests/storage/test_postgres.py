"""The PostgreSQL store: what the shared store tests cannot show (migrations, languages, many
processes), and store options checked on both backends side by side."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.errors import StorageError
from bot.models import Scope
from bot.storage.query import parse_query
from tests.storage.conftest import create_database, drop_database, make_entry, run_sync

CHANNEL = Scope(guild_id=111, channel_id=222)
OTHER = Scope(guild_id=111, channel_id=333)


@pytest.fixture
async def fresh_database(postgres_server):
    """A database of its own for one test (dropped afterwards)."""
    url = await create_database(postgres_server, "summarybot_fresh")
    try:
        yield url
    finally:
        await drop_database(postgres_server, url)


# -- migrations ------------------------------------------------------------------------------


async def test_fresh_database_records_every_migration(fresh_database):
    from bot.storage.postgres import PostgresHistoryStore
    from bot.storage.postgres.schema import MIGRATIONS

    async with await PostgresHistoryStore.open(fresh_database) as store:
        rows = await store._pool.fetch("SELECT version, name FROM schema_migrations ORDER BY 1")
        assert [(r[0], r[1]) for r in rows] == [(m.version, m.name) for m in MIGRATIONS]
        added = await store.add(CHANNEL, make_entry())
    async with await PostgresHistoryStore.open(fresh_database) as store:  # reopening: no change
        assert (await store.get(CHANNEL, added.id)).title == added.title
        assert await store._pool.fetchval("SELECT count(*) FROM schema_migrations") == len(
            MIGRATIONS
        )


async def test_a_newer_database_is_refused(fresh_database):
    from bot.storage.postgres import PostgresHistoryStore

    async with await PostgresHistoryStore.open(fresh_database) as store:
        await store._pool.execute(
            "INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')"
        )
    with pytest.raises(StorageError, match="newer summarybot"):
        await PostgresHistoryStore.open(fresh_database)


async def test_a_failing_migration_is_rolled_back_whole(fresh_database):
    import asyncpg

    from bot.storage.postgres.schema import MIGRATIONS, Migration, current_version, migrate

    broken = (
        *MIGRATIONS,
        Migration(len(MIGRATIONS) + 1, "broken", ("CREATE TABLE t1 (x int)", "NOT SQL")),
    )
    conn = await asyncpg.connect(fresh_database)
    try:
        with pytest.raises(asyncpg.PostgresSyntaxError):
            await migrate(conn, label="test", migrations=broken)
        assert await current_version(conn) == len(MIGRATIONS)
        assert await conn.fetchval("SELECT to_regclass('t1')") is None
    finally:
        await conn.close()


async def test_a_version_4_database_is_indexed_by_channel_on_upgrade(fresh_database):
    from bot.storage.postgres import PostgresHistoryStore
    from bot.storage.postgres.schema import MIGRATIONS

    queries = ["ferry", "fer*", '"ferry timetable"', "ferry -late", "harbour OR timetable"]
    async with await PostgresHistoryStore.open(fresh_database) as store:
        for i in range(30):
            late = " late" if i % 4 == 0 else ""
            await store.add(
                CHANNEL, make_entry(f"Ferry timetable {i}{late}", url=f"https://f.example/{i}")
            )
            await store.add(OTHER, make_entry(f"Harbour ferry {i}", url=f"https://h.example/{i}"))
        found = {q: [h.entry.id for h in await store.search(CHANNEL, q)] for q in queries}
        # back to version 4: its index over the channel and the words, none of version 5
        version_4 = next(m for m in MIGRATIONS if m.version == 4)
        await store._pool.execute(
            "DROP INDEX entries_keyed_search; DROP FUNCTION summarybot_search_term; "
            "DROP FUNCTION summarybot_slice_keys; DROP FUNCTION summarybot_search_keys; "
            "DROP FUNCTION summarybot_search_key; DELETE FROM schema_migrations WHERE version = 5"
        )
        await store._pool.execute(version_4.statements[1])
    async with await PostgresHistoryStore.open(fresh_database) as store:
        indexes = {
            r[0]
            for r in await store._pool.fetch(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'entries'"
            )
        }
        assert "entries_keyed_search" in indexes and "entries_channel_search" not in indexes
        again = {q: [h.entry.id for h in await store.search(CHANNEL, q)] for q in queries}
    assert again == found and all(found.values())
    assert len(found["ferry -late"]) == 10 and len(found["ferry"]) == 10


async def test_processes_starting_at_once_migrate_once(fresh_database):
    from bot.storage.postgres import PostgresHistoryStore
    from bot.storage.postgres.schema import MIGRATIONS

    stores = await asyncio.gather(
        *(PostgresHistoryStore.open(fresh_database, pool_size=2) for _ in range(6))
    )
    try:
        added = await asyncio.gather(
            *(s.add(CHANNEL, make_entry(f"e{i}")) for i, s in enumerate(stores))
        )
        assert await stores[0].count(CHANNEL) == 6
        assert {e.id for e in added} == {e.id for e in await stores[-1].recent(CHANNEL)}
        versions = await stores[0]._pool.fetch("SELECT version FROM schema_migrations")
        assert sorted(r[0] for r in versions) == [m.version for m in MIGRATIONS]
    finally:
        for s in stores:
            await s.close()


async def test_an_unreachable_server_is_a_clear_error():
    from bot.storage.postgres import PostgresHistoryStore

    with pytest.raises(StorageError, match="cannot be reached") as caught:
        await PostgresHistoryStore.open(
            "postgresql://someone:secret@127.0.0.1:9/nothing", connect_timeout=2
        )
    assert "secret" not in str(caught.value)


# -- languages -------------------------------------------------------------------------------


async def _titles(store, scope, query):
    return [h.entry.title for h in await store.search(scope, query)]


async def test_words_are_stemmed_in_the_entry_language(pg_store):
    await pg_store.add(
        CHANNEL,
        make_entry(
            "Les ponts de la ville", summary=("Les nouveaux ponts sont ouverts.",), language="fr"
        ),
    )
    await pg_store.add(
        CHANNEL,
        make_entry("Running the marathon", summary=("She runs every morning.",), language="en"),
    )
    await pg_store.add(
        CHANNEL,
        make_entry("Unknown tongue", summary=("Kalabas ponts zuri.",), language="xx"),
    )
    assert await _titles(pg_store, CHANNEL, "pont") == ["Les ponts de la ville"]  # French stem
    assert await _titles(pg_store, CHANNEL, "run") == ["Running the marathon"]  # English stem
    assert await _titles(pg_store, CHANNEL, "kalabas") == ["Unknown tongue"]  # simple
    assert set(await _titles(pg_store, CHANNEL, "ponts")) == {
        "Les ponts de la ville",
        "Unknown tongue",
    }
    assert await _titles(pg_store, CHANNEL, "zur") == []  # no stemming without a language


async def test_search_is_accent_and_case_insensitive(pg_store):
    await pg_store.add(
        CHANNEL,
        make_entry("Le Théâtre du Café", summary=("Une soirée à l'Opéra.",), language="fr"),
    )
    for query in ("theatre", "THÉÂTRE", "cafe", "opera", "soiree", "théât*"):
        assert await _titles(pg_store, CHANNEL, query) == ["Le Théâtre du Café"], query


async def test_stop_words_are_searchable(pg_store):
    await pg_store.add(CHANNEL, make_entry("The Who play tonight", language="en"))
    assert await _titles(pg_store, CHANNEL, '"the who"') == ["The Who play tonight"]


# -- the query language renders to valid tsquery for any input -------------------------------


async def _check_tsqueries(url: str, texts: list[str]) -> None:
    import asyncpg

    from bot.storage.postgres.planner import plan_search
    from bot.storage.postgres.search import to_tsquery_text

    rendered = []
    for text in texts:
        try:
            rendered.append(to_tsquery_text(parse_query(text)))
        except StorageError:
            continue
    conn = await asyncpg.connect(url)
    try:
        await conn.fetch(
            "SELECT to_tsquery('summarybot_english', q) FROM unnest($1::text[]) AS q", rendered
        )
        # and the search index's query made from it (the keys of its terms, see planner.py)
        for text in texts:
            try:
                parsed = parse_query(text)
            except StorageError:
                continue
            plan = await plan_search(
                conn, (1, 2), parsed, to_tsquery_text(parsed), ["summarybot_english"], 2_000
            )
            if plan.params and plan.params[0] is not None:
                await conn.fetchval("SELECT $1::tsquery", plan.params[0])
    finally:
        await conn.close()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=40))
def test_any_text_renders_a_valid_tsquery(postgres_url, texts):
    # the store's search fixture may not have run yet: make sure the configurations exist
    from tests.storage.conftest import open_postgres

    async def check() -> None:
        store = await open_postgres(postgres_url)
        await store.close()
        extra = [
            '"a b"* OR -c NOT d e*',
            "x AND OR NOT y",
            "ça « déjà » vu*",
            "don't st*",
            "\u1369",
        ]
        await _check_tsqueries(postgres_url, texts + extra)

    run_sync(check())


# -- options and windows, on both backends ---------------------------------------------------


async def test_search_filters_the_scope_before_the_window(store_factory):
    store = await store_factory(search_window=3)
    mine = [
        (await store.add(CHANNEL, make_entry(f"mine {i}", keywords=("kiwi",)))).id for i in range(2)
    ]
    for i in range(10):  # newer matches in another channel must not fill the window
        await store.add(OTHER, make_entry(f"other {i}", keywords=("kiwi",)))
    assert {h.entry.id for h in await store.search(CHANNEL, "kiwi")} == set(mine)
    assert {h.entry.id for h in await store.search(CHANNEL, "kiw*")} == set(mine)


async def test_search_ranks_within_the_newest_window(store_factory):
    store = await store_factory(search_window=5)
    best = await store.add(CHANNEL, make_entry("kiwi kiwi kiwi", keywords=("kiwi",)))
    newer = [
        (await store.add(CHANNEL, make_entry(f"note {i}", keywords=("kiwi",)))).id for i in range(8)
    ]
    hits = await store.search(CHANNEL, "kiwi", limit=10)
    assert {h.entry.id for h in hits} == set(newer[-5:])
    store.search_window = 100
    assert (await store.search(CHANNEL, "kiwi"))[0].entry.id == best.id


async def test_retention_per_channel_and_default(store_factory, clock):
    store = await store_factory(default_retention_days=30)
    keep_long = Scope(guild_id=1, channel_id=1)
    short = Scope(guild_id=1, channel_id=2)
    default = Scope(guild_id=None, channel_id=3)
    await store.update_settings(keep_long, retention_days=365)
    await store.update_settings(short, retention_days=7)
    for scope in (keep_long, short, default):
        await store.add(scope, make_entry("old"))
    clock.advance(days=20)
    for scope in (keep_long, short, default):
        await store.add(scope, make_entry("new"))
    clock.advance(days=15)
    assert await store.apply_retention() == 3
    assert [e.title for e in await store.recent(keep_long)] == ["new", "old"]
    assert await store.recent(short) == []
    assert [e.title for e in await store.recent(default)] == ["new"]
    assert await store.apply_retention(clock.now + timedelta(days=400)) == 3
    assert await store.check() == []


async def test_settings_methods_can_be_restricted(store_factory):
    store = await store_factory(methods={"default", "lexrank"})
    assert (await store.update_settings(CHANNEL, method="lexrank")).method == "lexrank"
    with pytest.raises(StorageError, match="Unknown summary method 'lsa'"):
        await store.update_settings(CHANNEL, method="lsa")


async def test_closed_store_refuses_politely(store_factory):
    store = await store_factory()
    await store.close()
    await store.close()
    with pytest.raises(StorageError, match="closed"):
        await store.recent(CHANNEL)
    with pytest.raises(StorageError, match="closed"):
        await store.add(CHANNEL, make_entry())
    with pytest.raises(StorageError, match="closed"):
        await store.search(CHANNEL, "bridge")


async def test_concurrent_setting_updates_lose_nothing(store_factory):
    store = await store_factory()
    await asyncio.gather(
        store.update_settings(CHANNEL, length=3),
        store.update_settings(CHANNEL, method="lexrank"),
        store.update_settings(CHANNEL, retention_days=9),
        store.update_settings(CHANNEL, autolink=False),
    )
    got = await store.get_settings(CHANNEL)
    assert (got.length, got.method, got.retention_days, got.autolink) == (3, "lexrank", 9, False)


def test_the_text_search_configuration_follows_the_language():
    from bot.storage.postgres.search import config_for

    available = frozenset({"summarybot_simple", "summarybot_english", "summarybot_french"})
    assert config_for("en", available) == "summarybot_english"
    assert config_for("english", available) == "summarybot_english"  # names as the engine gives
    assert config_for("fr-CA", available) == "summarybot_french"
    assert config_for("pt_BR", available) == "summarybot_simple"  # no such configuration here
    assert config_for("xx", available) == "summarybot_simple"
    assert config_for(None, available) == "summarybot_simple"


async def test_snippets_mark_the_matches_whatever_the_characters(store):
    summaries = (
        ("Add ½ cup of sugar to the dough.", "sugar"),  # words split apart by folding
        ("Der Straßenbahn fährt über die Brücke.", "brucke"),
        ("Plain words about the harbour crane.", "crane"),
    )
    for summary, _ in summaries:
        await store.add(CHANNEL, make_entry(summary, summary=(summary,), quotes=(), language="xx"))
    for summary, query in summaries:
        (hit,) = await store.search(CHANNEL, query)
        assert hit.snippet == summary
        (span,) = hit.highlights
        assert summary[span[0] : span[1]].lower().replace("ü", "u") == query


# -- how a search finds its window: newest first or through the index --------------------------

WALKED = Scope(guild_id=515, channel_id=616)
WALKED_NEIGHBOUR = Scope(guild_id=515, channel_id=617)
PLAN_QUERIES = [
    "kiwi",
    "kiw*",
    '"kiwi ripe"',
    "kiwi OR mango",
    "kiwi -mango",
    "mango",
    "plum",
    '"ripe on stall"',
    '"kiwi ri"*',
    "kiwi OR -mango",
    "sta*",
    'kiwi -"green on"',
]


def _fruit_entry(i: int):
    words = ["kiwi"] + (["ripe"] if i % 2 else ["green"]) + (["mango"] if i % 3 == 0 else [])
    return make_entry(
        f"Market note {i}",
        summary=(" ".join(words) + f" on stall {i}.", "Prices held."),
        keywords=tuple(words) + (("plum",) if i == 7 else ()),
        url=f"https://market.example/{i}",
    )


def _comparable(hits):
    return [(h.entry.id, h.score, h.snippet, h.highlights, h.rank) for h in hits]


def _plan_ways(plan, newest: int):
    """Every way of finding the window for one search plan (``search_sql``'s ``first``)."""
    from dataclasses import replace

    keyed = plan.params[0]
    key = keyed.split("~")[0].split("^")[0].strip("('") if keyed else "none"
    ways = {
        "index": replace(plan, first=None, params=(keyed,)),
        "walk": replace(plan, first="walk", params=(keyed, 1000)),
        "walk gives up": replace(plan, first="walk", params=(keyed, 2)),
        # the channel's only block (test ids are small), and no block at all: every entry is
        # newer than the blocks and comes from the scope index, or none is and the index reads
        "slices": replace(plan, first="slices", params=(keyed, f"'{key}#12.0'", 4096)),
        "slices, newer entries": replace(
            plan, first="slices", params=(keyed, f"'{key}#12.999'", newest - 10)
        ),
        "slices miss": replace(plan, first="slices", params=(keyed, f"'{key}#12.999'", 10**9)),
    }
    if keyed is None:  # a query the index cannot narrow is always walked
        return {"walk everything": plan}
    return ways


async def test_every_way_of_finding_the_window_gives_the_same_hits(pg_store, monkeypatch):
    import bot.storage.postgres.store as store_module

    for i in range(40):
        await pg_store.add(WALKED, _fruit_entry(i))
        # newer matches of a neighbouring channel never take a place in the window
        await pg_store.add(WALKED_NEIGHBOUR, _fruit_entry(i))
    pg_store.search_window = 7
    mine = {e.id for e in await pg_store.recent(WALKED, limit=100)}
    real_plan = store_module.plan_search
    for query in PLAN_QUERIES:
        answers = {}
        for way in _plan_ways(await _plan(pg_store, query), max(mine)):

            async def forced(*args, way=way, **kwargs):
                return _plan_ways(await real_plan(*args, **kwargs), max(mine))[way]

            monkeypatch.setattr(store_module, "plan_search", forced)
            answers[way] = [
                _comparable(await pg_store.search(WALKED, query, limit=4, offset=offset))
                for offset in (0, 4)
            ]
        first = next(iter(answers.values()))
        assert all(answer == first for answer in answers.values()), (query, answers)
        ids = [hit[0] for page in first for hit in page]
        assert ids and set(ids) <= mine, query
        monkeypatch.setattr(store_module, "plan_search", real_plan)
    # the window holds the 7 newest matches: "kiwi" is in every entry
    kiwi = [h.entry.id for h in await pg_store.search(WALKED, "kiwi", limit=10)]
    assert sorted(kiwi) == sorted(mine)[-7:]


async def _plan(store, query: str):
    from bot.storage.codec import scope_key
    from bot.storage.postgres.planner import plan_search
    from bot.storage.postgres.search import to_tsquery_text

    parsed = parse_query(query)
    async with store._pool.acquire() as conn:
        configs = await store._search_configs(conn)
        return await plan_search(
            conn, scope_key(WALKED), parsed, to_tsquery_text(parsed), configs, 7
        )


async def test_common_words_read_the_newest_blocks_and_rare_ones_the_whole_index(
    pg_store, monkeypatch
):
    import bot.storage.postgres.store as store_module

    chosen: list[str | None] = []
    real_plan = store_module.plan_search

    async def spy(*args, **kwargs):
        plan = await real_plan(*args, **kwargs)
        chosen.append(plan.first)
        return plan

    monkeypatch.setattr(store_module, "plan_search", spy)
    scope = Scope(guild_id=515, channel_id=618)
    for i in range(300):
        await pg_store.add(scope, _fruit_entry(i))
    await pg_store._pool.execute("ANALYZE entries")
    pg_store.search_window = 5
    assert len(await pg_store.search(scope, "kiwi")) == 5  # in every entry
    assert len(await pg_store.search(scope, "plum")) == 1
    assert len(await pg_store.search(scope, "ripe")) == 5  # in half of them
    assert len(await pg_store.search(scope, "kiwi -ripe")) == 5
    # a query of exclusions the index cannot narrow walks the channel
    from bot.storage.codec import scope_key
    from bot.storage.postgres import planner
    from bot.storage.query import SearchQuery, Term

    async with pg_store._pool.acquire() as conn:
        plan = await real_plan(
            conn,
            scope_key(scope),
            SearchQuery(items=(Term("kiwi"), "OR", "NOT", Term("ripe"))),
            "'kiwi' | !'ripe'",
            [],
            5,
        )
    assert chosen == ["slices", None, "slices", "slices"]
    assert plan.first == "walk" and plan.params == (None, planner.WALK_EVERYTHING)


def test_the_newest_entries_tell_how_many_match():
    from bot.storage.postgres.planner import SAMPLE, sampled_matches

    # a share of the newest entries stands for the channel (the planner's estimate is ignored)
    assert sampled_matches(50, SAMPLE, 999, 100_000) == 100_000 * 50 / SAMPLE
    # a channel no bigger than the sample was counted whole
    assert sampled_matches(7, 120, 999, 120) == 7
    # none among the newest: fewer than one in SAMPLE, and no more than the planner thinks
    assert sampled_matches(0, SAMPLE, 90_000, 100_000) == 100_000 / SAMPLE
    assert sampled_matches(0, SAMPLE, 12, 100_000) == 12
