"""No operation ever reaches another scope's entries.

Every pair of scopes below looks alike to a careless query: same channel id in another guild,
a DM (no guild) with the same channel id, the local pseudo-guild, and the same content.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.errors import NotFoundError
from bot.models import Scope
from tests.storage.conftest import make_entry

SCOPES = {
    "guild": Scope(guild_id=1, channel_id=500),
    "other guild, same channel id": Scope(guild_id=2, channel_id=500),
    "dm, same channel id": Scope(guild_id=None, channel_id=500),
    "local, same channel id": Scope(guild_id=0, channel_id=500),
    "same guild, other channel": Scope(guild_id=1, channel_id=501),
    "named local channel": Scope.local("console"),
}
PAIRS = list(itertools.permutations(SCOPES, 2))
URL = "https://news.example/bridge"


@pytest.fixture
async def filled(store):
    """Each scope holds the same two entries, tagged with its own marker word."""
    ids = {}
    for i, (name, scope) in enumerate(SCOPES.items()):
        marker = f"marker{i}"
        first = await store.add(
            scope,
            make_entry(f"Bridge report {marker}", keywords=("bridge", marker), requester_id=7),
        )
        second = await store.add(
            scope, make_entry("Bridge follow-up", url=URL + "/2", requester_id=8)
        )
        ids[name] = (first.id, second.id, marker)
    return store, ids


def _ids_of(store_ids, name):
    return set(store_ids[name][:2])


@pytest.mark.parametrize("name", SCOPES)
async def test_reads_return_only_the_scope_entries(filled, name):
    store, ids = filled
    scope = SCOPES[name]
    assert {e.id for e in await store.recent(scope)} == _ids_of(ids, name)
    assert await store.count(scope) == 2
    hits = await store.search(scope, "bridge")
    assert {h.entry.id for h in hits} == _ids_of(ids, name)
    assert all(h.entry.scope == scope for h in hits)
    found = await store.find_by_url(scope, URL)
    assert found is not None and found.id == ids[name][0] and found.scope == scope


@pytest.mark.parametrize("mine, other", PAIRS)
async def test_search_never_crosses_scopes(filled, mine, other):
    store, ids = filled
    other_marker = ids[other][2]
    assert await store.search(SCOPES[mine], other_marker) == []
    assert await store.search(SCOPES[mine], f"{other_marker} OR {ids[mine][2]}") != []
    assert {
        h.entry.id for h in await store.search(SCOPES[mine], f"{other_marker} OR {ids[mine][2]}")
    } == {ids[mine][0]}


@pytest.mark.parametrize("mine, other", PAIRS)
async def test_prefix_search_never_crosses_scopes(filled, mine, other):
    # 4 letters are answered by the prefix index, shorter and longer prefixes by the main index
    store, ids = filled
    for prefix in ("mar", "mark", "marke", "marker"):
        hits = await store.search(SCOPES[mine], prefix + "*")
        assert [h.entry.id for h in hits] == [ids[mine][0]], prefix
    # "ma*" also matches "Mayor" in the quotes of both entries
    assert {h.entry.id for h in await store.search(SCOPES[mine], "ma*")} == _ids_of(ids, mine)
    assert await store.search(SCOPES[mine], f"{ids[other][2]}*") == []
    assert await store.search(SCOPES[mine], f"{ids[other][2][:4]}* {ids[other][2]}") == []


@pytest.mark.parametrize("mine, other", PAIRS)
async def test_get_and_delete_never_cross_scopes(filled, mine, other):
    store, ids = filled
    other_id = ids[other][0]
    with pytest.raises(NotFoundError) as not_there:
        await store.get(SCOPES[mine], other_id)
    with pytest.raises(NotFoundError) as absent:
        await store.get(SCOPES[mine], 10**9)
    assert str(not_there.value).replace(str(other_id), "N") == str(absent.value).replace(
        str(10**9), "N"
    )
    with pytest.raises(NotFoundError):
        await store.delete(SCOPES[mine], other_id, user_id=7, is_moderator=True)
    assert (await store.get(SCOPES[other], other_id)).id == other_id


@pytest.mark.parametrize("mine, other", PAIRS)
async def test_find_by_url_never_crosses_scopes(store, mine, other):
    await store.add(SCOPES[other], make_entry(url="https://only.example/x"))
    assert await store.find_by_url(SCOPES[mine], "https://only.example/x") is None
    assert await store.find_by_url(SCOPES[other], "https://only.example/x") is not None


@pytest.mark.parametrize("name", SCOPES)
async def test_entries_for_export_are_only_the_scope(filled, name):
    store, ids = filled
    scope = SCOPES[name]
    listed = await store.entries(scope)
    assert {e.id for e in listed} == _ids_of(ids, name)
    assert all(e.scope == scope for e in listed)


@pytest.mark.parametrize("name", SCOPES)
async def test_purge_channel_and_settings_stay_in_scope(filled, name):
    store, ids = filled
    await store.update_settings(SCOPES[name], length=9)
    assert await store.purge_channel(SCOPES[name]) == 2
    for other, scope in SCOPES.items():
        if other != name:
            assert await store.count(scope) == 2
            assert (await store.get_settings(scope)).length is None
            assert {h.entry.id for h in await store.search(scope, "bridge")} == _ids_of(ids, other)


async def test_purge_guild_leaves_dms_and_local_channels(filled):
    store, ids = filled
    assert await store.purge_guild(1) == 4
    assert await store.count(SCOPES["dm, same channel id"]) == 2
    assert await store.count(SCOPES["local, same channel id"]) == 2
    assert await store.count(SCOPES["other guild, same channel id"]) == 2
    assert await store.purge_guild(0) == 4  # both local scopes
    assert await store.count(SCOPES["dm, same channel id"]) == 2


async def test_index_words_typed_by_a_user_match_nothing(filled):
    store, _ = filled
    for typed in (
        "z1zbridge",
        "z2zbridge*",
        "z1z*",
        '"z1zbridge z1zreport"',
        "z3zbridge OR bridge",
        "z00000001zbridge",
        "z00000002zbridge*",
        "z00000002zbr*",
        "z00000001z*",
        "z0000000*",
        '"z00000001zbridge z00000001zreport"',
        "z00000003zbridge OR bridge",
    ):
        hits = await store.search(SCOPES["dm, same channel id"], typed)
        assert all(h.entry.scope == SCOPES["dm, same channel id"] for h in hits)
        if "bridge" not in typed:
            assert hits == []


# -- another channel's entries cannot push a channel's own matches out of its search ---------


async def test_titles_built_to_carry_another_scopes_word_prefix_hide_nothing(store):
    """Issue #15 part 3: Python took U+19B0 for a letter, FTS5 for a separator, so such a
    title put ``z00000001zbridge`` into the index from another guild; and the page limit was
    applied before the scope filter, so 11 of them hid the victim's three entries."""
    victim, attacker = Scope(guild_id=1, channel_id=10), Scope(guild_id=2, channel_id=20)
    about = ("The council met on Tuesday and, among many other things, discussed the bridge.",)
    mine = set()
    for i in range(3):
        entry = make_entry(f"Council notes {i}", summary=about, keywords=("council",))
        mine.add((await store.add(victim, entry)).id)
    hostile = " ".join(["x\u19b0z00000001zbridge"] * 4)
    for _ in range(11):
        await store.add(attacker, make_entry(hostile, summary=("Nothing here.",), keywords=()))
    for query in ("bridge", "bri*"):
        assert {h.entry.id for h in await store.search(victim, query)} == mine
        assert {h.entry.id for h in await store.search(victim, query, limit=100)} == mine
        assert all(h.entry.scope == victim for h in await store.search(victim, query))


# -- property: another channel's writes change nothing a channel's search shows ---------------

_VOCABULARY = ("bridge", "bridges", "river", "tram", "council", "harbour", "brick")
_HOSTILE = ("x\u19b0z00000001zbridge", "z00000001zbridge", "\u1cf2bridge", "bridge\u19c8river")
_QUERIES = ("bridge", "bri*", "bridge river", "river OR tram", "harbour -tram", '"bridge river"')
_OTHERS = (
    Scope(guild_id=2, channel_id=7),  # another guild, the same channel id as the victim's
    Scope(guild_id=1, channel_id=8),  # the same guild, another channel
    Scope(guild_id=None, channel_id=7),  # a DM with the same channel id
)
_texts = st.lists(st.sampled_from(_VOCABULARY + ("the", "and", "news")), min_size=1, max_size=12)
_victims = itertools.count(1000)


async def _pages(store, scope):
    """Each query's whole result (titles as a set) and its pages of two, in page order."""
    out = {}
    for query in _QUERIES:
        found = {h.entry.title for h in await store.search(scope, query, limit=100)}
        pages = [
            [h.entry.title for h in await store.search(scope, query, limit=2, offset=offset)]
            for offset in range(0, len(found) + 2, 2)
        ]
        out[query] = (found, pages)
    return out


def _shape(pages):
    """What must not move: the matches, how many pages they fill, and that pages partition them.

    The order inside a result is bm25's, whose document count and average lengths are
    index-wide (SQLite FTS5 has no per-scope statistics): another channel's writes can swap two
    close scores, never add, drop or repeat an entry (see README, "Search").
    """
    out = {}
    for query, (found, paged) in pages.items():
        flat = [title for page in paged for title in page]
        assert len(flat) == len(set(flat)) and set(flat) == found, query
        out[query] = (found, [len(page) for page in paged])
    return out


@settings(
    max_examples=40,
    deadline=None,
    # every example writes to channels of its own: what earlier examples left is more "others"
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    mine=st.lists(st.tuples(_texts, _texts), min_size=1, max_size=6),
    theirs=st.lists(
        st.tuples(
            st.sampled_from(range(len(_OTHERS))),
            st.lists(st.sampled_from(_VOCABULARY + _HOSTILE), min_size=1, max_size=30),
        ),
        min_size=1,
        max_size=12,
    ),
)
async def test_other_channels_writes_change_no_result_or_page(store, mine, theirs):
    channel = next(_victims)
    victim = Scope(guild_id=1, channel_id=channel)
    for i, (title, summary) in enumerate(mine):
        await store.add(victim, make_entry(f"{i} " + " ".join(title), summary=(" ".join(summary),)))
    before = _shape(await _pages(store, victim))
    for which, text in theirs:
        other = _OTHERS[which]
        other = Scope(guild_id=other.guild_id, channel_id=other.channel_id + channel * 10)
        # the same channel id as the victim's in another guild and in a DM, too
        for scope in (other, Scope(guild_id=2, channel_id=channel), Scope(None, channel)):
            await store.add(scope, make_entry(" ".join(text), summary=(" ".join(text),)))
    assert _shape(await _pages(store, victim)) == before
