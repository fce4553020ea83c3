"""Rendering is pure: embeds and Markdown files within every Discord limit."""

from __future__ import annotations

import re

import discord
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.discord_app import render, render_history, render_settings
from bot.discord_app.render import (
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    FIELD_NAME_LIMIT,
    FIELD_VALUE_LIMIT,
    TITLE_LIMIT,
    SummaryView,
    clip,
    size,
)
from bot.models import HistoryEntry, Quote, Scope

SENTENCES = (
    "The city council approved the new budget on Tuesday after a long debate.",
    "Spending on public transport will rise by twelve percent next year.",
    "Critics said the plan does little for the outer districts.",
    "The mayor called the vote a turning point for the region.",
    "A final reading is planned for early next month.",
)


def view(**changes) -> SummaryView:
    base = dict(
        title="Council passes budget",
        url="https://news.example.org/2024/budget",
        site="Example News",
        author="Jane Doe",
        date="2024-05-01T10:30:00Z",
        sentences=SENTENCES,
        quotes=(Quote("This is a turning point for the region.", "Mayor Ana Ruiz"),),
        keywords=("budget", "council", "transport"),
        method="default",
        reading_time_seconds=245,
        reduction=0.78,
        entry_id=42,
        words=900,
    )
    base.update(changes)
    return SummaryView(**base)


def assert_within_limits(embed: discord.Embed) -> None:
    assert size(embed.title or "") <= TITLE_LIMIT
    assert size(embed.description or "") <= DESCRIPTION_LIMIT
    assert len(embed.fields) <= 25
    for f in embed.fields:
        assert 0 < size(f.name) <= FIELD_NAME_LIMIT
        assert 0 < size(f.value) <= FIELD_VALUE_LIMIT
    assert size(embed.footer.text or "") <= 2048
    assert size(embed.author.name or "") <= 256
    assert len(embed) <= EMBED_TOTAL_LIMIT
    assert render.embed_size(embed) <= EMBED_TOTAL_LIMIT
    # Discord rejects an embed whose url is not http(s).
    if embed.url:
        assert embed.url.startswith(("http://", "https://"))


def test_summary_embed_shows_every_part():
    out = render.summary_message(view())
    assert not out.truncated and out.files() == []
    (embed,) = out.embeds
    assert embed.title == "Council passes budget"
    assert embed.url == "https://news.example.org/2024/budget"
    assert embed.author.name == "Example News"
    lines = embed.description.split("\n")
    assert lines[0] == "*By Jane Doe · 2024-05-01*"
    assert [line for line in lines if line.startswith("• ")] == ["• " + s for s in SENTENCES]
    quote = embed.fields[0]
    assert quote.name == "💬 Mayor Ana Ruiz"
    assert quote.value == "“This is a turning point for the region.”"
    assert embed.fields[-1].name == "Keywords"
    assert embed.fields[-1].value == "budget · council · transport"
    assert embed.footer.text == "4 min read · 78% shorter · default · entry #42"
    assert_within_limits(embed)


def test_summary_without_metadata_still_renders():
    out = render.summary_message(
        view(
            title=None,
            url=None,
            site=None,
            author=None,
            date=None,
            quotes=(),
            keywords=(),
            entry_id=None,
        )
    )
    (embed,) = out.embeds
    assert embed.title == "Summary of your text"
    assert embed.url is None
    assert embed.author.name is None
    assert embed.description.startswith("• The city council")
    assert embed.fields == []
    assert "entry" not in embed.footer.text


def test_markdown_in_article_text_is_escaped():
    out = render.summary_message(view(sentences=("Use *stars* and __underscores__ `code` here.",)))
    assert "\\*stars\\*" in out.embeds[0].description
    assert "\\_\\_underscores\\_\\_" in out.embeds[0].description


def test_long_summary_is_cut_at_sentence_boundaries_and_attached_as_markdown():
    long_sentences = tuple(
        f"Sentence number {i} explains another detail of the long report in plain words, "
        f"with enough text to take up room in the embed description."
        for i in range(200)
    )
    out = render.summary_message(view(sentences=long_sentences))
    (embed,) = out.embeds
    assert_within_limits(embed)
    bullets = [line for line in embed.description.split("\n") if line.startswith("• ")]
    assert 10 < len(bullets) < 200
    # Whole sentences only: every bullet is one of the input sentences, unchanged.
    assert all(b[2:] in long_sentences for b in bullets)
    assert out.truncated
    assert out.file_name.startswith("summary-42-council-passes-budget") and out.file_name.endswith(
        ".md"
    )
    text = out.file_text
    assert text.startswith("# Council passes budget")
    assert all(f"- {s}" in text for s in long_sentences)
    assert "## Key quotes" in text and "> — Mayor Ana Ruiz" in text
    (file,) = out.files()
    assert file.filename == out.file_name


def test_one_giant_sentence_is_clipped_not_dropped():
    giant = "word " * 3000 + "end."
    out = render.summary_message(view(sentences=(giant,)))
    (embed,) = out.embeds
    assert_within_limits(embed)
    assert embed.description.count("• ") == 1
    assert embed.description.endswith("…")
    assert out.truncated


def test_many_long_quotes_respect_field_and_total_limits():
    quotes = tuple(Quote("“" + "A very long statement. " * 80, f"Speaker {i}") for i in range(30))
    out = render.summary_message(
        view(quotes=quotes, keywords=tuple(f"keyword{i}" for i in range(300)))
    )
    (embed,) = out.embeds
    assert_within_limits(embed)
    assert 1 <= len([f for f in embed.fields if f.name.startswith("💬")]) <= render.MAX_EMBED_QUOTES
    assert out.truncated
    assert "Speaker 29" in out.file_text


def test_long_speaker_names_fit_the_field_name():
    out = render.summary_message(view(quotes=(Quote("Fine.", "Dr. " + "Longname " * 60),)))
    name = out.embeds[0].fields[0].name
    assert name.startswith("💬 Dr. Longname") and name.endswith("…")
    assert size(name) <= FIELD_NAME_LIMIT


def test_short_quotes_are_all_shown():
    quotes = tuple(Quote("Yes.", f"Speaker {i}") for i in range(3))
    out = render.summary_message(view(quotes=quotes))
    assert [f.value for f in out.embeds[0].fields[:3]] == ["“Yes.”"] * 3
    assert not out.truncated


def test_non_http_urls_are_not_linked():
    out = render.summary_message(view(url="javascript:alert(1)"))
    assert out.embeds[0].url is None
    assert render.safe_url("ftp://example.org/x") is None
    assert render.safe_url("https://example.org/a b") == "https://example.org/a%20b"
    assert (
        render.safe_url("https://bücher.example/straße?q=ä")
        == "https://xn--bcher-kva.example/stra%C3%9Fe?q=%C3%A4"
    )
    assert render.safe_url("https://example.org/" + "a" * 3000) is None


@settings(max_examples=60, deadline=None)
@given(
    title=st.text(max_size=400),
    site=st.text(max_size=400),
    author=st.text(max_size=300),
    sentences=st.lists(st.text(min_size=1, max_size=2500), max_size=30),
    quotes=st.lists(
        st.tuples(st.text(min_size=1, max_size=1500), st.one_of(st.none(), st.text(max_size=300))),
        max_size=12,
    ),
    keywords=st.lists(st.text(min_size=1, max_size=60), max_size=40),
)
def test_any_input_stays_within_discord_limits(title, site, author, sentences, quotes, keywords):
    v = view(
        title=title or None,
        site=site.strip() or None,
        author=author or None,
        sentences=tuple(sentences),
        quotes=tuple(Quote(q, s) for q, s in quotes),
        keywords=tuple(keywords),
    )
    out = render.summary_message(v)
    for embed in out.embeds:
        assert_within_limits(embed)
    quotes_out = render.quotes_message(title or None, None, [Quote(q, s) for q, s in quotes])
    for embed in quotes_out.embeds:
        assert_within_limits(embed)


def test_clip_prefers_sentence_then_word_boundaries():
    text = "First sentence here. Second sentence is a bit longer than the first one."
    assert clip(text, 200) == text
    assert clip(text, 40) == "First sentence here. …"
    assert clip("alpha beta gamma delta epsilon", 20) == "alpha beta gamma…"
    assert size(clip("x" * 100, 10)) <= 10
    assert clip("anything", 1) == "…"


def test_sizes_count_utf16_units():
    assert size("abc") == 3
    assert size("😀") == 2  # outside the BMP: two UTF-16 units
    out = clip("😀" * 100, 11)
    assert size(out) <= 11


def test_quotes_message_lists_every_quote_with_speaker():
    quotes = [
        Quote("We will rebuild the bridge by spring.", "Mayor Ana Ruiz"),
        Quote("Nobody asked us.", None),
    ]
    out = render.quotes_message(
        "Bridge plan", "https://news.example.org/bridge", quotes, site="Example News"
    )
    (embed,) = out.embeds
    assert embed.title == "Quotes: Bridge plan"
    assert "> “We will rebuild the bridge by spring.”\n> — **Mayor Ana Ruiz**" in embed.description
    assert "> — ***unattributed***" in embed.description
    assert embed.footer.text == "2 quotations · 1 speaker"
    assert not out.truncated


def test_quotes_overflow_goes_to_file():
    quotes = [
        Quote(f"Statement number {i} is a fairly long sentence about the plan.", f"Person {i}")
        for i in range(200)
    ]
    out = render.quotes_message(None, None, quotes, label="minutes.txt")
    (embed,) = out.embeds
    assert embed.title == "Quotes in minutes.txt"
    assert_within_limits(embed)
    assert out.truncated and out.file_name == "quotes-quotes-in-minutes-txt.md"
    assert out.file_text.count("> — Person") == 200
    assert "shown, all in the attached file" in embed.footer.text


def test_no_quotes():
    out = render.quotes_message("Quiet piece", None, [])
    assert out.embeds[0].description == "I found no quotations in this text."


def entry(i: int, **changes) -> HistoryEntry:
    base = dict(
        id=i,
        scope=Scope(1, 2),
        source=f"https://news.example.org/{i}",
        summary=SENTENCES[:2],
        quotes=(),
        keywords=("budget",),
        created_at="2024-05-01T10:00:00+00:00",
        canonical_url=f"https://news.example.org/{i}",
        title=f"Story [{i}] (update)",
        site="Example News",
        words=600,
        reduction=0.8,
        method="lead",
    )
    base.update(changes)
    return HistoryEntry(**base)


def test_history_list():
    embed = render_history.history_list(
        [entry(3), entry(2)], title="Recent summaries", total=12, page=1, per_page=10
    )
    lines = embed.description.split("\n")
    assert (
        lines[0]
        == "`#3` [Story (3) (update)](https://news.example.org/3) · Example News · <t:1714557600:R>"
    )
    assert embed.footer.text.startswith("Page 1 of 2 · 12 entries")
    empty = render_history.history_list([], title="Recent summaries", total=0)
    assert empty.description == "No summaries in this channel yet."


def test_history_list_with_snippets_and_many_entries_fits():
    entries = [entry(i, title="T" * 300) for i in range(100)]
    embed = render_history.history_list(
        entries, title="Search", snippets=["…the **budget** vote…"] * 100
    )
    assert size(embed.description) <= DESCRIPTION_LIMIT
    assert "> …the **budget** vote…" in embed.description


def test_entry_message_uses_stored_fields():
    e = entry(7, extra={"reading_time_seconds": 125})
    out = render_history.entry_message(e)
    (embed,) = out.embeds
    assert embed.title == "Story [7] (update)"
    assert embed.footer.text == "2 min read · 80% shorter · lead · entry #7"


def test_earlier_pointer():
    text = render_history.earlier_pointer(entry(9))
    assert "entry #9" in text and "/history show id:9" in text
    assert re.search(r"<t:\d+:R>", text)


def test_settings_embed():
    class Prefs:
        autolink = False
        length = 7
        method = "lexrank"
        language = None
        retention_days = None

    embed = render_settings.settings_embed(Prefs(), channel_name="news", changed=["autolink"])
    assert embed.title == "Settings updated for #news"
    values = {f.name: f.value for f in embed.fields}
    assert values == {
        "Automatic link summaries ✏️": "off",
        "Default length": "7 sentences",
        "Method": "lexrank",
        "Language": "detect automatically",
        "History kept": "forever",
        "Digest": "off",
    }
    Prefs.length = None  # 0 on Discord and in the console: the bot's default, with its number
    embed = render_settings.settings_embed(Prefs(), default_length=5)
    assert {f.name: f.value for f in embed.fields}["Default length"] == "default (5 sentences)"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-05-01T10:30:00Z", "2024-05-01"),
        ("May 1, 2024", "May 1, 2024"),
        (None, None),
        ("2024-05-01", "2024-05-01"),
    ],
)
def test_short_date(value, expected):
    assert render.short_date(value) == expected


def test_quotes_keep_their_own_marks_and_sentences_name_their_speaker():
    german = Quote("Wir fangen morgen an,", "Jana Vogel", marks=("„", "“"))
    out = render.summary_message(
        view(
            quotes=(german,),
            sentence_speakers=(None, None, None, "Mayor Ana Ruiz", None),
            quotes_in_summary=1,
        )
    )
    (embed,) = out.embeds
    assert_within_limits(embed)
    assert embed.fields[0].value == "„Wir fangen morgen an“"  # no comma, the text's own marks
    bullets = [line for line in embed.description.split("\n") if line.startswith("• ")]
    assert (
        bullets[3]
        == "• The mayor called the vote a turning point for the region. — *Mayor Ana Ruiz*"
    )
    assert [b for b in bullets if "— *" in b] == [bullets[3]]
    assert embed.fields[1].value == "*(1 more quote is in the summary)*"
    assert "„Wir fangen morgen an“" in render.summary_markdown(view(quotes=(german,)))
    quotes = render.quotes_message("T", None, [german])
    assert "> „Wir fangen morgen an“\n> — **Jana Vogel**" in quotes.embeds[0].description


def test_a_view_of_an_old_entry_has_no_speakers_and_still_renders():
    (embed,) = render.summary_message(view(sentence_speakers=())).embeds
    assert "— *" not in embed.description


def test_digest_schedule_in_words():
    from datetime import UTC, datetime

    class Prefs:
        digest = "weekly"
        digest_channel = 555
        digest_hour = 18

    thursday = datetime(2026, 12, 10, 12, tzinfo=UTC)
    monday = int(datetime(2026, 12, 14, 18, tzinfo=UTC).timestamp())
    assert render_settings.digest_schedule(Prefs(), now=thursday) == (
        f"weekly, on Mondays at 18:00 UTC, in <#555> (next: <t:{monday}:f>)"
    )
    Prefs.digest, Prefs.digest_channel, Prefs.digest_hour = "daily", None, None
    friday = int(datetime(2026, 12, 11, 9, tzinfo=UTC).timestamp())
    assert render_settings.digest_schedule(Prefs(), now=thursday) == (
        f"daily at 09:00 UTC, in this channel (next: <t:{friday}:f>)"
    )
    Prefs.digest = None
    assert render_settings.digest_schedule(Prefs(), now=thursday) == "off"
