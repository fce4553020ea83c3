"""Exports in JSON, CSV and Markdown: pure functions over entries that parse back to them."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.errors import InputError
from bot.exports import CSV_FIELDS, escape_markdown, render, timestamp
from bot.models import HistoryEntry, Quote, Scope

CHANNEL = Scope(guild_id=10, channel_id=20)
EXPORTED_AT = "2024-05-01T12:10:00Z"


def _entry(entry_id: int, title: str, **fields) -> HistoryEntry:
    values = {
        "source": "https://news.example/bridge",
        "canonical_url": "https://news.example/bridge",
        "summary": ("The city opened a new bridge.", "It carries trams."),
        "quotes": (Quote("It is a great day for the city", "Mayor Ada Lind", 10, 40, 0.9),),
        "keywords": ("bridge", "river"),
        "created_at": f"2024-05-01T12:0{entry_id}:00Z",
        "site": "news.example",
        "author": "Jo Reporter",
        "date": "2024-04-30",
        "language": "en",
        "method": "default",
        "requester_id": 42,
        "words": 812,
        "sentences_total": 41,
        "reduction": 0.83,
        "article_text": "The whole article, which an export never holds.",
    }
    values.update(fields)
    return HistoryEntry(id=entry_id, scope=CHANNEL, title=title, **values)


@pytest.fixture
def entries() -> list[HistoryEntry]:
    tricky = _entry(
        2,
        '=HYPERLINK("http://evil") *bold* _it_ #tag',
        summary=(
            'He said "yes", then left.',
            "Line two, with a comma; and a semicolon.",
            "-5 degrees",
        ),
        quotes=(Quote('Quote with "marks"', None), Quote("@everyone listen", "Ana, PhD")),
        keywords=("alpha", "beta gamma"),
        source="https://x.example/a?b=1&c=2",
        canonical_url="https://x.example/a?b=1&c=2",
    )
    return [_entry(1, "First entry"), tricky]


def test_json_export_round_trips(entries):
    data = json.loads(render(entries, "json", scope=CHANNEL, exported_at=EXPORTED_AT))
    assert data["format"] == "summarybot-history" and data["version"] == 1
    assert data["count"] == 2 and data["exported_at"] == EXPORTED_AT
    assert [e["id"] for e in data["entries"]] == [1, 2]  # in the order given: oldest first
    got, entry = data["entries"][1], entries[1]
    assert got["title"] == entry.title
    assert got["summary"] == list(entry.summary)
    assert got["quotes"] == [{"quote": q.quote, "speaker": q.speaker} for q in entry.quotes]
    assert got["keywords"] == ["alpha", "beta gamma"]
    assert got["created_at"] == entry.created_at
    assert got["scope"] == {"guild_id": 10, "channel_id": 20}
    assert (got["words"], got["sentences_total"], got["reduction"]) == (812, 41, 0.83)
    assert "article_text" not in got and "extra" not in got


def test_csv_export_parses_back_with_formula_guard(entries):
    text = render(entries, "csv", scope=CHANNEL, exported_at=EXPORTED_AT)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(CSV_FIELDS)
    assert [int(r["id"]) for r in rows] == [1, 2]
    row, entry = rows[1], entries[1]
    assert row["title"] == "'" + entry.title  # a spreadsheet must not run it as a formula
    assert row["summary"].split("\n") == list(entry.summary)
    assert row["quotes"].split("\n") == ['“Quote with "marks"”', "“@everyone listen” — Ana, PhD"]
    assert row["keywords"] == "alpha; beta gamma"
    assert row["canonical_url"] == "https://x.example/a?b=1&c=2"
    assert row["requester_id"] == "42" and row["reduction"] == "0.83"


def test_markdown_export_escapes_user_text(entries):
    text = render(entries, "markdown", scope=CHANNEL, exported_at=EXPORTED_AT)
    assert text.startswith("# Summary history of channel 20 of server 10\n")
    assert f"Exported {EXPORTED_AT}: 2 entries, oldest first." in text
    assert '## #2 \\=HYPERLINK("http://evil") \\*bold\\* \\_it\\_ #tag' in text
    assert "Source: <https://x.example/a?b=1&c=2>" in text
    assert '- He said "yes", then left.' in text
    assert "> “@everyone listen” — Ana, PhD" in text
    assert text.index("First entry") < text.index("HYPERLINK")


def test_empty_and_unknown_exports():
    data = json.loads(render([], "json", scope=CHANNEL, exported_at=EXPORTED_AT))
    assert data["count"] == 0 and data["entries"] == []
    assert list(csv.reader(io.StringIO(render([], "csv", scope=CHANNEL, exported_at="")))) == [
        list(CSV_FIELDS)
    ]
    assert "0 entries" in render([], "markdown", scope=CHANNEL, exported_at=EXPORTED_AT)
    with pytest.raises(InputError, match="json, csv, markdown"):
        render([], "xml", scope=CHANNEL, exported_at=EXPORTED_AT)


def test_dm_and_local_headings():
    assert "direct-message channel 5" in render(
        [], "markdown", scope=Scope(None, 5), exported_at=""
    )
    assert "local channel 5" in render([], "markdown", scope=Scope(0, 5), exported_at="")


def test_timestamp_is_utc_to_the_second():
    moment = datetime(2024, 5, 1, 14, 0, 7, 999_999, tzinfo=timezone(timedelta(hours=2)))
    assert timestamp(moment) == "2024-05-01T12:00:07Z"
    assert timestamp(datetime(2024, 5, 1, tzinfo=UTC)) == "2024-05-01T00:00:00Z"


def test_escape_markdown():
    assert (
        escape_markdown("a*b_c `d` [e](f) <g> | ~h~ #i")
        == r"a\*b\_c \`d\` \[e\](f) \<g\> \| \~h\~ #i"
    )
    # hyphens, parentheses and # inside a line need no escape; at a line's start they would
    # open a list, a heading, a quote or a numbered item
    assert escape_markdown("stage-three (of four) #2") == "stage-three (of four) #2"
    assert [escape_markdown(t) for t in ("- a", "# b", "> c", "+ d", "12. e", "3) f")] == [
        r"\- a",
        r"\# b",
        r"\> c",
        r"\+ d",
        r"12\. e",
        r"3\) f",
    ]
    assert escape_markdown("multi\nline   text") == "multi line text"


def test_markdown_export_names_the_channel_and_keeps_quotes_apart(entries):
    local = Scope.local("news")
    text = render(entries, "markdown", scope=local, exported_at=EXPORTED_AT, channel_name="news")
    assert text.startswith("# Summary history of local channel #news\n")
    assert str(local.channel_id) not in text
    assert "requested by user" not in text  # the console's user is always user 0
    assert '> “Quote with "marks"”\n\n> “@everyone listen” — Ana, PhD' in text
    server = render(entries, "markdown", scope=CHANNEL, exported_at="", channel_name="general")
    assert server.startswith("# Summary history of channel #general\n")
    assert "requested by user 42" in server


def test_exports_keep_each_quotation_s_own_marks():
    quote = Quote("Nous partons demain,", "Léa Martin", marks=("«", "»"))
    entry = _entry(1, "Départ", quotes=(quote,))
    text = render([entry], "markdown", scope=CHANNEL, exported_at=EXPORTED_AT)
    assert "> «Nous partons demain» — Léa Martin" in text
    row = next(csv.DictReader(io.StringIO(render([entry], "csv", scope=CHANNEL, exported_at=""))))
    assert row["quotes"] == "«Nous partons demain» — Léa Martin"
