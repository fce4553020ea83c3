"""The channel digest engine: topics of similar summaries, central articles, keywords, people."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.digests import Digest, build_digest, parse_period
from bot.errors import InputError
from bot.models import HistoryEntry, Quote, Scope

CHANNEL = Scope(guild_id=5, channel_id=6)
SINCE = datetime(2026, 11, 28, tzinfo=UTC)
UNTIL = datetime(2026, 12, 5, tzinfo=UTC)


def entry(
    entry_id: int,
    title: str,
    summary: tuple[str, ...],
    keywords: tuple[str, ...],
    quotes: tuple[Quote, ...] = (),
    *,
    hour: int = 0,
    words: int = 600,
) -> HistoryEntry:
    return HistoryEntry(
        id=entry_id,
        scope=CHANNEL,
        source=f"https://news.example/{entry_id}",
        canonical_url=f"https://news.example/{entry_id}",
        summary=summary,
        quotes=quotes,
        keywords=keywords,
        created_at=f"2026-12-0{1 + hour // 24}T{hour % 24:02d}:00:00Z",
        title=title,
        language="english",
        words=words,
    )


TUNNEL = [
    entry(
        1,
        "Harbour tunnel opens to traffic",
        (
            "The new harbour tunnel opened to traffic on Tuesday after six years of building.",
            "Commuters crossing the harbour saved twenty minutes on the first morning.",
        ),
        ("harbour tunnel", "traffic", "commuters"),
        (Quote("We finally have a crossing that works", "Mayor Ines Okafor", score=0.8),),
        hour=1,
    ),
    entry(
        2,
        "Tunnel tolls anger drivers",
        (
            "Drivers complained about the toll charged for the harbour tunnel.",
            "The council said the tunnel toll pays for its upkeep.",
        ),
        ("tunnel toll", "drivers", "harbour tunnel"),
        (Quote("The toll is fair and it is temporary", "Okafor", score=0.5),),
        hour=5,
    ),
    entry(
        3,
        "Storm floods a lane of the harbour tunnel",
        (
            "Storm water flooded one lane of the harbour tunnel overnight.",
            "Engineers pumped the tunnel dry by noon and traffic moved again.",
        ),
        ("harbour tunnel", "storm", "engineers"),
        hour=30,
    ),
    entry(
        4,
        "Crowds walk the harbour tunnel before it opens",
        (
            "Thousands walked through the harbour tunnel at the opening ceremony.",
            "The mayor cut the ribbon before the first cars drove in.",
        ),
        ("harbour tunnel", "opening ceremony", "mayor"),
        (Quote("This is a day for the whole city", "Mayor Ines Okafor", score=0.7),),
        hour=50,
    ),
]
# The second article shares words with both others, which share little with each other.
WILDFIRE = [
    entry(
        10,
        "Wildfire near Pine Ridge forces evacuations",
        (
            "A wildfire near Pine Ridge forced hundreds of families to leave their homes.",
            "Evacuations were ordered for every street east of the river.",
        ),
        ("wildfire", "Pine Ridge", "evacuations"),
        hour=2,
    ),
    entry(
        11,
        "Firefighters contain the Pine Ridge wildfire",
        (
            "Firefighters contained the Pine Ridge wildfire after four days.",
            "Evacuations were lifted and volunteers helped families return home.",
        ),
        ("Pine Ridge wildfire", "firefighters", "evacuations", "volunteers"),
        (Quote("The wind finally turned in our favour", "Chief Rosa Lindqvist", score=0.9),),
        hour=20,
    ),
    entry(
        12,
        "Volunteers thanked for help with wildfire",
        (
            "Firefighters thanked the volunteers who cooked meals during the wildfire.",
            "The volunteers served food to crews every night.",
        ),
        ("volunteers", "firefighters", "wildfire"),
        (Quote("They fed us every single night", "Chief Rosa Lindqvist", score=0.4),),
        hour=44,
    ),
]
CHESS = [
    entry(
        20,
        "Local teenager wins chess tournament",
        (
            "A sixteen year old won the regional chess tournament with a final round checkmate.",
            "She beat two grandmasters on the way.",
        ),
        ("chess tournament", "grandmasters", "checkmate"),
        (Quote("I was nervous until the last move", "Mira Sato", score=0.6),),
        hour=8,
    ),
    entry(
        21,
        "Chess club doubles its members",
        (
            "The chess club doubled its members after the tournament win.",
            "New players meet every Thursday to study openings and endgames.",
        ),
        ("chess club", "chess tournament", "openings"),
        hour=60,
    ),
]
SOURDOUGH = entry(
    30,
    "A starter for sourdough bread",
    ("Sourdough bread needs a starter fed with flour for a week.", "Bake it in a covered pot."),
    ("sourdough", "starter", "bread"),
    hour=12,
)
ALL = [*TUNNEL, *WILDFIRE, *CHESS, SOURDOUGH]


# The keys of ``summarybot digest --json`` (issue 14), then the ones added since, in order.
JSON_KEYS = ["channel", "since", "until", "count", "topics", "keywords", "people", "counts"]


def digest_of(entries) -> Digest:
    return build_digest(entries, scope=CHANNEL, since=SINCE, until=UNTIL)


def ids(topic) -> list[int]:
    return [e.id for e in topic.entries]


def test_articles_group_into_their_topics():
    digest = digest_of(ALL)
    groups = sorted(sorted(ids(t)) for t in digest.topics)
    assert groups == [[1, 2, 3, 4], [10, 11, 12], [20, 21], [30]]
    # the biggest topic first; one article alone is a topic of its own
    assert [len(t.entries) for t in digest.topics] == [4, 3, 2, 1]


def test_every_entry_is_in_exactly_one_topic():
    digest = digest_of(ALL)
    listed = [e.id for t in digest.topics for e in t.entries]
    assert sorted(listed) == sorted(e.id for e in ALL)
    assert digest.count == len(ALL)


def test_the_most_central_article_comes_first_then_the_others_in_order():
    wildfire = next(t for t in digest_of(ALL).topics if 11 in ids(t))
    assert ids(wildfire) == [11, 10, 12]
    assert wildfire.central.id == 11


def test_topics_are_titled_by_the_keywords_their_articles_share():
    topics = {min(ids(t)): t for t in digest_of(ALL).topics}
    assert topics[1].title == "harbour tunnel"
    assert topics[1].keywords[0] == "harbour tunnel"
    assert "chess tournament" in topics[20].title
    assert "wildfire" in topics[10].title.lower()
    assert topics[30].title == "sourdough, starter, bread"  # alone: its own keywords


def test_period_keywords_are_the_most_shared():
    keywords = digest_of(ALL).keywords
    assert keywords[0] == "harbour tunnel"  # in all four tunnel articles
    assert {"wildfire", "chess tournament", "firefighters", "volunteers"} <= set(keywords)
    assert "harbour" not in keywords and "tunnel" not in keywords  # the phrase says it


def test_the_people_quoted_most_with_a_key_quote_and_a_count():
    digest = digest_of(ALL)
    first, second, third = digest.people
    # "Okafor" is the only person of that name: the same as "Mayor Ines Okafor"
    assert (first.speaker, first.count) == ("Mayor Ines Okafor", 3)
    assert first.quote.display == "We finally have a crossing that works"  # her best-scored one
    assert first.entry_id == 1
    assert (second.speaker, second.count) == ("Chief Rosa Lindqvist", 2)
    assert second.quote.display == "The wind finally turned in our favour"
    assert (third.speaker, third.count) == ("Mira Sato", 1)
    assert (digest.quotes, digest.speakers) == (6, 3)


def test_people_of_one_surname_stay_apart_and_roles_are_no_people():
    quotes = (
        Quote("We will rebuild the pier", "Ada Lind", score=0.5),
        Quote("The pier is safe", "Bo Lind", score=0.5),
        Quote("It was a long night", "Lind", score=0.5),
        Quote("No comment on the pier", "a spokesperson", score=0.9),
    )
    digest = digest_of([entry(1, "Pier", ("The pier was damaged.",), ("pier",), quotes)])
    assert sorted((p.speaker, p.count) for p in digest.people) == [
        ("Ada Lind", 1),
        ("Bo Lind", 1),
        ("Lind", 1),
    ]
    assert digest.quotes == 4


def test_a_quotation_stored_twice_counts_once():
    quote = Quote("We will rebuild the pier", "Ada Lind", score=0.5)
    twice = [
        entry(1, "Pier", ("The pier was damaged.",), ("pier",), (quote,)),
        entry(2, "Pier", ("The pier was damaged.",), ("pier",), (quote,), hour=3),
    ]
    (person,) = digest_of(twice).people
    assert person.count == 1


def test_counts():
    digest = digest_of(ALL)
    assert digest.to_dict("news")["counts"] == {
        "entries": 10,
        "topics": 4,
        "quotes": 6,
        "speakers": 3,
        "words": 6000,
    }


def test_the_same_entries_in_any_order_give_the_same_digest():
    shuffled = ALL[:]
    random.Random(3).shuffle(shuffled)
    assert digest_of(shuffled) == digest_of(ALL)


def test_an_empty_period():
    digest = digest_of([])
    assert (digest.topics, digest.keywords, digest.people, digest.count) == ((), (), (), 0)
    record = digest.to_dict("quiet")
    assert record["topics"] == [] and record["count"] == 0


def test_json_record_keeps_the_contract():
    record = digest_of(ALL).to_dict("news")
    assert list(record) == JSON_KEYS
    assert record["channel"] == "news"
    assert (record["since"], record["until"]) == ("2026-11-28T00:00:00Z", "2026-12-05T00:00:00Z")
    topic = record["topics"][0]
    assert set(topic) == {"title", "keywords", "entries"}
    assert topic["entries"][0] == {
        "id": 1,
        "title": "Harbour tunnel opens to traffic",
        "url": "https://news.example/1",
        "created_at": "2026-12-01T01:00:00Z",
    }
    assert record["people"][0] == {
        "speaker": "Mayor Ines Okafor",
        "quote": "We finally have a crossing that works",
        "count": 3,
    }


def test_an_entry_without_keywords_or_title_still_has_a_topic():
    bare = HistoryEntry(
        id=7,
        scope=CHANNEL,
        source="notes.txt",
        summary=("Notes from the meeting.",),
        quotes=(),
        keywords=(),
        created_at="2026-12-01T00:00:00Z",
    )
    (topic,) = digest_of([bare]).topics
    assert topic.title == "notes.txt"
    assert digest_of([bare]).to_dict("x")["topics"][0]["entries"][0]["url"] is None


def test_an_entry_with_only_blanks_for_a_title_gets_a_heading():
    blank = HistoryEntry(
        id=8,
        scope=CHANNEL,
        source=" ",
        title="\u3000 ",
        summary=("Notes.",),
        quotes=(),
        keywords=(),
        created_at="2026-12-01T00:00:00Z",
    )
    (topic,) = digest_of([blank]).topics
    assert topic.title == "Untitled"


words = st.sampled_from("harbour tunnel wildfire chess sourdough pier river storm city".split())


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.lists(words, min_size=0, max_size=8), st.lists(words, max_size=3)),
        max_size=25,
    )
)
def test_any_entries_each_land_in_exactly_one_topic(specs):
    entries = [
        entry(i + 1, " ".join(title[:3]), (" ".join(title) + ".",), tuple(kw), hour=i)
        for i, (title, kw) in enumerate(specs)
    ]
    digest = digest_of(entries)
    listed = [e.id for t in digest.topics for e in t.entries]
    assert sorted(listed) == list(range(1, len(entries) + 1))
    assert all(t.title for t in digest.topics)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("day", timedelta(days=1)),
        ("Week", timedelta(days=7)),
        ("month", timedelta(days=30)),
        ("7d", timedelta(days=7)),
        ("36h", timedelta(hours=36)),
        ("2w", timedelta(days=14)),
    ],
)
def test_periods(text, span):
    assert parse_period(text) == span


@pytest.mark.parametrize(
    "text", ["fortnight", "", "0d", "-3d", "60w", "100y", "999999999999d", "9" * 400 + "d"]
)
def test_bad_periods_are_friendly_errors(text):
    with pytest.raises(InputError) as refused:
        parse_period(text)
    assert len(str(refused.value)) < 200  # a huge input is not echoed back whole
