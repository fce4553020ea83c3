"""The PostgreSQL search index keyed by channel (schema version 5): each entry's words and word
pairs under its channel's key, the index's query built from a search, and the channel kept
apart even where two channels share a key."""

from __future__ import annotations

import pytest

from bot.errors import StorageError
from bot.models import Scope
from bot.storage.postgres.planner import (
    keyed_is_exact,
    keyed_query_text,
    positive_groups,
    term_words,
)
from bot.storage.query import parse_query
from tests.storage.conftest import make_entry

ENGLISH = "summarybot_english"


# -- the index's query, from the query tree (pure) ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("kiwi", [[0]]),
        ("kiwi mango", [[0, 1]]),
        ("kiwi OR mango", [[0], [2]]),
        ("kiwi -mango", [[0]]),
        ("kiwi NOT mango plum", [[0, 3]]),
        ("kiwi OR mango -plum OR fig", [[0], [2], [6]]),
        ('"ripe kiwi" OR fig*', [[0], [2]]),
        ("kiwi OR -mango", [[0]]),  # the parser reads this as kiwi NOT mango
    ],
)
def test_the_index_query_needs_every_term_that_is_not_excluded(text, groups):
    assert positive_groups(parse_query(text)) == groups


def test_a_group_of_exclusions_only_cannot_use_the_index():
    from bot.storage.query import SearchQuery, Term

    # the parser refuses such queries; the index query would need every entry without "mango"
    with pytest.raises(StorageError):
        parse_query("-mango OR kiwi")
    query = SearchQuery(items=(Term("kiwi"), "OR", "NOT", Term("mango")))
    assert positive_groups(query) is None


def test_term_words_split_the_prefix_word_off():
    assert term_words(parse_query("kiwi").items[0]) == ("kiwi", "")
    assert term_words(parse_query("kiw*").items[0]) == ("", "kiw")
    assert term_words(parse_query('"ripe kiw"*').items[0]) == ("ripe", "kiw")
    assert term_words(parse_query('"Ripe  Kiwi"').items[0]) == ("ripe kiwi", "")


def test_keys_are_anded_in_a_group_and_ored_across_groups_and_languages():
    groups = [[0, 1], [3]]
    keys = {
        ("en", 0): "'k~a'",
        ("en", 1): "'k~b' & 'k^1f0'",
        ("en", 3): "'k~c':*",
        ("fr", 0): "'k~a'",
        ("fr", 1): "'k~b'",
        ("fr", 3): "'k~c':*",
    }
    assert keyed_query_text(groups, keys, ["en"]) == ("(('k~a') & ('k~b' & 'k^1f0')) | (('k~c':*))")
    both = keyed_query_text(groups, keys, ["en", "fr"])
    assert both.count(" | ") == 3 and "(('k~a') & ('k~b'))" in both
    # a term without keys in one language (words it keeps no lexeme of) is left out, as the
    # full query leaves it out; so is a group left empty; with nothing left, nothing matches
    assert keyed_query_text(groups, {**keys, ("fr", 3): None}, ["en", "fr"]) == (
        "(('k~a') & ('k~b' & 'k^1f0')) | (('k~c':*)) | (('k~a') & ('k~b'))"
    )
    assert keyed_query_text(groups, {**keys, ("en", 1): None}, ["en"]) == (
        "(('k~a')) | (('k~c':*))"
    )
    assert keyed_query_text(groups, dict.fromkeys(keys), ["en", "fr"]) == ""


@pytest.mark.parametrize(
    ("text", "exact"),
    [
        ("kiwi", True),
        ("kiwi mango OR fig", True),
        ("kiw*", True),
        ('"ripe kiwi"', False),  # word pairs share buckets: the vector checks the order
        ("don't", False),  # two words: a phrase
        ("kiwi -mango", False),  # the index does not hold what is missing
    ],
)
def test_the_index_alone_decides_only_single_words_without_exclusions(text, exact):
    query = parse_query(text)
    assert keyed_is_exact(query, positive_groups(query)) is exact


# -- the keys in the database -------------------------------------------------------------------


async def test_an_entry_is_indexed_by_its_words_and_word_pairs_under_its_channel_key(pg_store):
    pool = pg_store._pool
    keys = await pool.fetchval(
        "SELECT tsvector_to_array(summarybot_search_keys(to_tsvector($1::regconfig, $2), 'k7'))",
        ENGLISH,
        "running dogs bark",
    )
    words = sorted(k for k in keys if k.startswith("k7~"))
    pairs = [k for k in keys if k.startswith("k7^")]
    assert words == ["k7~bark", "k7~dog", "k7~run"]  # stemmed, every one under the key
    assert len(pairs) == 2 and all(len(p) == len("k7^") + 3 for p in pairs)
    # a search term asks for the same keys: its words, their pairs, and its prefix word
    term = await pool.fetchval(
        "SELECT summarybot_search_term($1::regconfig, 'k7', $2, $3)", ENGLISH, "running dogs", "ba"
    )
    parts = term.split(" & ")
    assert "'k7~run'" in parts and "'k7~dog'" in parts and "'k7~ba':*" in parts
    assert sum(p.startswith("'k7^") for p in parts) == 1
    assert set(p.strip("'") for p in parts if p.startswith("'k7^")) <= set(pairs)
    # words the configuration keeps no lexeme of give no term at all
    assert (
        await pool.fetchval("SELECT summarybot_search_term($1::regconfig, 'k7', '', '')", ENGLISH)
        is None
    )


async def test_channels_that_share_an_index_key_still_see_only_their_own_entries(pg_store):
    pool = pg_store._pool
    first = Scope(guild_id=41, channel_id=5_000)
    # the key is the guild and channel modulo a prime: this channel lands on the same key
    second = Scope(guild_id=41, channel_id=5_000 + 1_048_573)
    from bot.storage.codec import scope_key

    same = await pool.fetchval(
        "SELECT summarybot_search_key($1, $2) = summarybot_search_key($3, $4)",
        *scope_key(first),
        *scope_key(second),
    )
    assert same
    mine = await pg_store.add(
        first, make_entry("Harbour crane repaired", url="https://a.example/1")
    )
    theirs = await pg_store.add(
        second, make_entry("Harbour crane broken again", url="https://b.example/1")
    )
    for query in ("harbour", "harb*", '"harbour crane"', "crane -again"):
        assert [h.entry.id for h in await pg_store.search(first, query)] == [mine.id], query
    assert [h.entry.id for h in await pg_store.search(second, "harbour")] == [theirs.id]


async def test_searches_read_the_keyed_index(pg_store):
    """The query's expression must be the index's, or every search reads the whole channel."""
    from bot.storage.codec import ENTRY_COLUMNS, scope_key
    from bot.storage.postgres.planner import plan_search
    from bot.storage.postgres.search import (
        HEADLINE_OPTIONS,
        RANK_WEIGHTS,
        search_sql,
        to_tsquery_text,
    )

    scope = Scope(guild_id=8, channel_id=9)
    for i in range(400):  # a channel where the words searched for are rare
        title = f"Ferry timetable {i}" if i % 100 == 0 else f"Harbour notice {i}"
        await pg_store.add(scope, make_entry(title, url=f"https://ferry.example/{i}"))
    await pg_store._pool.execute("ANALYZE entries")
    async with pg_store._pool.acquire() as conn:
        for text in ("timetable", "time*", '"ferry timetable"', "ferry -bus"):
            parsed = parse_query(text)
            plan = await plan_search(
                conn, scope_key(scope), parsed, to_tsquery_text(parsed), [ENGLISH], 2_000
            )
            assert plan.first is None, text
            sql = search_sql(plan.tsquery, ENTRY_COLUMNS, first=plan.first, exact=plan.exact)
            explained = await conn.fetch(
                "EXPLAIN " + sql,
                *scope_key(scope),
                to_tsquery_text(parsed),
                2_000,
                10,
                0,
                RANK_WEIGHTS,
                HEADLINE_OPTIONS,
                *plan.params,
            )
            lines = "\n".join(r[0] for r in explained)
            assert "entries_keyed_search" in lines, text + "\n" + lines


async def test_a_word_too_long_for_the_index_never_stops_an_entry(pg_store):
    # a key holds 2,047 bytes: with the channel's key in front, such a word is left out
    scope = Scope(guild_id=12, channel_id=13)
    blob = "q" * 2_044
    added = await pg_store.add(
        scope, make_entry(f"Encoded payload {blob}", url="https://blob.example/1")
    )
    assert [h.entry.id for h in await pg_store.search(scope, "payload")] == [added.id]
    assert [h.entry.id for h in await pg_store.search(scope, "encod*")] == [added.id]


async def test_words_with_no_lexeme_are_left_out_as_the_full_query_leaves_them(pg_store):
    # PostgreSQL's parser keeps nothing of an Ethiopic digit, which our words keep
    scope = Scope(guild_id=14, channel_id=15)
    added = await pg_store.add(scope, make_entry("Kiwi harvest", url="https://k.example/1"))
    assert await pg_store.search(scope, "\u1369") == []
    for query in ("\u1369 kiwi", "\u1369 OR kiwi", '"\u1369 kiwi"'):
        assert [h.entry.id for h in await pg_store.search(scope, query)] == [added.id], query
