"""Choosing what to summarize in a message, and which links to leave alone."""

from __future__ import annotations

from bot.discord_app.sources import (
    FileRef,
    choose_source,
    find_links,
    is_supported_file,
    previewable_text,
)

LONG_TEXT = " ".join(["The committee met again to review the budget and the transport plan."] * 6)


def test_find_links_trims_punctuation_and_keeps_balanced_parentheses():
    text = (
        "See https://example.org/a, and (https://example.org/b). "
        "Also https://en.wikipedia.org/wiki/Python_(programming_language)! https://example.org/a"
    )
    assert find_links(text) == [
        "https://example.org/a",
        "https://example.org/b",
        "https://en.wikipedia.org/wiki/Python_(programming_language)",
    ]
    assert find_links("no links here, just http talk") == []


def test_previewable_text_drops_suppressed_spoilered_and_code_links():
    text = (
        "read https://a.example/1 but not <https://b.example/2> or ||https://c.example/3|| "
        "or `https://d.example/4` or ```\nhttps://e.example/5\n```"
    )
    assert find_links(previewable_text(text)) == ["https://a.example/1"]


def test_supported_files():
    assert is_supported_file("Report.PDF")
    assert is_supported_file("notes.md")
    assert is_supported_file("page", "text/html; charset=utf-8")
    assert not is_supported_file("photo.png", "image/png")
    assert not is_supported_file("archive.zip")


def test_attached_file_wins():
    files = [FileRef(0, "photo.png", 10, "image/png"), FileRef(1, "minutes.txt", 100, "text/plain")]
    chosen = choose_source("look https://example.org/x", files)
    assert (chosen.kind, chosen.file_index) == ("file", 1)


def test_link_with_a_comment_uses_the_link():
    chosen = choose_source("this is worth reading: https://example.org/story")
    assert (chosen.kind, chosen.value) == ("link", "https://example.org/story")


def test_long_text_is_the_article_even_with_links():
    chosen = choose_source(LONG_TEXT + " source: https://example.org/story")
    assert chosen.kind == "text" and chosen.value.startswith("The committee")


def test_embeds_of_bot_messages_are_used():
    chosen = choose_source("", embed_texts=[LONG_TEXT])
    assert chosen.kind == "text" and chosen.value == LONG_TEXT
    chosen = choose_source("", embed_texts=["short"], embed_urls=["https://example.org/e"])
    assert (chosen.kind, chosen.value) == ("link", "https://example.org/e")


def test_short_text_and_nothing():
    assert choose_source("hello there").kind == "text"
    assert choose_source("", [FileRef(0, "photo.png", 5, "image/png")]) is None
    assert choose_source("   ") is None
