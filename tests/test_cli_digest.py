"""``summarybot digest``: the JSON contract and the text, after real summarize runs."""

import json
import re
from datetime import UTC, datetime, timedelta

import pytest

from tests.digest_articles import ARTICLES
from tests.test_cli import run
from tests.test_digests import JSON_KEYS

ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


@pytest.fixture
def channel(tmp_path):
    """A local channel "news" holding the three invented articles, summarized for real."""
    paths = []
    for i, text in enumerate(ARTICLES):
        path = tmp_path / f"article{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    stored = run("summarize", "--json", "--channel", "news", *paths, tmp_path=tmp_path)
    assert stored.returncode == 0, stored.stderr.decode()
    return [json.loads(line)["id"] for line in stored.stdout.decode().splitlines()]


def test_digest_json_is_one_object_with_the_contract_keys(channel, tmp_path):
    before = datetime.now(UTC)
    proc = run("digest", "--channel", "news", "--since", "7d", "--json", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    (line,) = proc.stdout.decode().splitlines()
    digest = json.loads(line)
    assert list(digest) == JSON_KEYS
    assert digest["channel"] == "news" and digest["count"] == 3
    assert ISO.fullmatch(digest["since"]) and ISO.fullmatch(digest["until"])
    until = datetime.fromisoformat(digest["until"].replace("Z", "+00:00"))
    since = datetime.fromisoformat(digest["since"].replace("Z", "+00:00"))
    assert abs(until - before) < timedelta(minutes=1) and until - since == timedelta(days=7)
    listed = [e["id"] for t in digest["topics"] for e in t["entries"]]
    assert sorted(listed) == sorted(channel)  # every entry in exactly one topic
    tunnel, chess = digest["topics"]
    assert sorted(e["id"] for e in tunnel["entries"]) == channel[:2]
    assert [e["id"] for e in chess["entries"]] == [channel[2]]
    assert set(tunnel) == {"title", "keywords", "entries"}
    assert "tunnel" in tunnel["title"].lower() and tunnel["keywords"]
    first = chess["entries"][0]
    assert set(first) == {"id", "title", "url", "created_at"}
    assert first["title"] == "Teenager Wins The Regional Chess Tournament"
    assert first["url"] is None and ISO.fullmatch(first["created_at"])  # a file has no link
    assert digest["people"][0] == {
        "speaker": "Ines Okafor",
        "quote": digest["people"][0]["quote"],
        "count": 2,
    }
    assert (
        "harbour crossing" in digest["people"][0]["quote"] or "toll" in digest["people"][0]["quote"]
    )
    assert any("tunnel" in k.lower() for k in digest["keywords"])


def test_digest_as_text(channel, tmp_path):
    proc = run("digest", "--channel", "news", "--since", "week", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    text = proc.stdout.decode()
    assert text.startswith("Digest of 'news' · ")
    assert "3 summaries · 2 topics · " in text
    assert "(2 articles)" in text and "★ #" in text
    assert f"#{channel[2]} Teenager Wins The Regional Chess Tournament" in text
    assert "Quoted most" in text and "Ines Okafor (2)" in text


def test_an_empty_period_and_a_bad_one(channel, tmp_path):
    proc = run("digest", "--channel", "elsewhere", "--json", tmp_path=tmp_path)
    assert proc.returncode == 0
    digest = json.loads(proc.stdout)
    assert (digest["count"], digest["topics"], digest["people"]) == (0, [], [])
    proc = run("digest", "--channel", "news", "--since", "fortnight", tmp_path=tmp_path)
    assert proc.returncode == 1 and proc.stdout == b""
    error = proc.stderr.decode()
    assert error.startswith("summarybot: I can't read 'fortnight' as a period")
    assert "Traceback" not in error
