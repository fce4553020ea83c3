"""Exports in JSON, CSV and Markdown parse back to what was stored."""

from __future__ import annotations

import csv
import io
import json

import pytest

from bot.errors import StorageError
from bot.models import Quote, Scope
from bot.storage.export import CSV_FIELDS, escape_markdown
from tests.storage.conftest import make_entry

CHANNEL = Scope(guild_id=10, channel_id=20)


@pytest.fixture
async def exported(store, clock):
    tricky = make_entry(
        '=HYPERLINK("http://evil") *bold* _it_ #tag',
        summary=(
            'He said "yes", then left.',
            "Line two, with a comma; and a semicolon.",
            "-5 degrees",
        ),
        quotes=(Quote('Quote with "marks"', None), Quote("@everyone listen", "Ana, PhD")),
        keywords=("alpha", "beta gamma"),
        url="https://x.example/a?b=1&c=2",
    )
    first = await store.add(CHANNEL, make_entry("First entry"))
    clock.advance(minutes=5)
    second = await store.add(CHANNEL, tricky)
    return store, [first, second]


async def test_json_export_round_trips(exported):
    store, entries = exported
    data = json.loads(await store.export(CHANNEL, "json"))
    assert data["format"] == "summarybot-history" and data["version"] == 1
    assert data["count"] == 2
    assert data["exported_at"].endswith("Z")
    assert [e["id"] for e in data["entries"]] == [e.id for e in entries]  # oldest first
    got = data["entries"][1]
    entry = entries[1]
    assert got["title"] == entry.title
    assert got["summary"] == list(entry.summary)
    assert got["quotes"] == [{"quote": q.quote, "speaker": q.speaker} for q in entry.quotes]
    assert got["keywords"] == ["alpha", "beta gamma"]
    assert got["created_at"] == entry.created_at
    assert got["scope"] == {"guild_id": 10, "channel_id": 20}
    assert (got["words"], got["sentences_total"], got["reduction"]) == (812, 41, 0.83)
    assert "article_text" not in got


async def test_csv_export_parses_back_with_formula_guard(exported):
    store, entries = exported
    rows = list(csv.DictReader(io.StringIO(await store.export(CHANNEL, "csv"))))
    assert list(rows[0]) == list(CSV_FIELDS)
    assert [int(r["id"]) for r in rows] == [e.id for e in entries]
    row, entry = rows[1], entries[1]
    assert row["title"] == "'" + entry.title  # a spreadsheet must not run it as a formula
    assert row["summary"].split("\n") == list(entry.summary)
    assert row["quotes"].split("\n") == ['“Quote with "marks"”', "“@everyone listen” — Ana, PhD"]
    assert row["keywords"] == "alpha; beta gamma"
    assert row["canonical_url"] == "https://x.example/a?b=1&c=2"
    assert row["requester_id"] == "42" and row["reduction"] == "0.83"


async def test_markdown_export_escapes_user_text(exported):
    store, entries = exported
    text = await store.export(CHANNEL, "markdown")
    assert text.startswith("# Summary history of channel 20 of server 10\n")
    assert "2 entries, oldest first" in text
    assert f'## #{entries[1].id} =HYPERLINK\\("http://evil"\\) \\*bold\\* \\_it\\_ \\#tag' in text
    assert "Source: <https://x.example/a?b=1&c=2>" in text
    assert '- He said "yes", then left.' in text
    assert "> “@everyone listen” — Ana, PhD" in text
    assert text.index("First entry") < text.index("HYPERLINK")


async def test_empty_and_unknown_exports(store):
    data = json.loads(await store.export(CHANNEL, "json"))
    assert data["count"] == 0 and data["entries"] == []
    assert list(csv.reader(io.StringIO(await store.export(CHANNEL, "csv")))) == [list(CSV_FIELDS)]
    assert "0 entries" in await store.export(CHANNEL, "markdown")
    with pytest.raises(StorageError, match="json, csv, markdown"):
        await store.export(CHANNEL, "xml")  # type: ignore[arg-type]


async def test_dm_and_local_headings(store):
    assert "direct-message channel 5" in await store.export(Scope(None, 5), "markdown")
    assert "local channel 5" in await store.export(Scope(0, 5), "markdown")


def test_escape_markdown():
    assert (
        escape_markdown("a*b_c `d` [e](f) <g> | ~h~ #i")
        == r"a\*b\_c \`d\` \[e\]\(f\) \<g\> \| \~h\~ \#i"
    )
    assert escape_markdown("multi\nline   text") == "multi line text"
