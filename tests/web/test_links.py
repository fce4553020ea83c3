from __future__ import annotations

import pytest

from bot.web.links import canonical_url, find_links, is_summarizable_link


def test_finds_plain_suppressed_and_markdown_links_in_order():
    text = (
        "read https://one.example/a, then <https://two.example/b> and "
        "[the third](https://three.example/c) (https://four.example/d)."
    )
    assert find_links(text) == [
        "https://one.example/a",
        "https://two.example/b",
        "https://three.example/c",
        "https://four.example/d",
    ]


def test_markdown_links_with_angle_brackets_and_titles():
    text = '[a](<https://a.example/x>) [b](https://b.example/p "Title")'
    assert find_links(text) == ["https://a.example/x", "https://b.example/p"]


def test_trailing_punctuation_is_not_part_of_the_link():
    assert find_links("see https://example.com/page.") == ["https://example.com/page"]
    assert find_links("really? https://example.com/q?x=1!") == ["https://example.com/q?x=1"]
    assert find_links('"https://example.com/quoted"') == ["https://example.com/quoted"]
    assert find_links("**https://example.com/bold**") == ["https://example.com/bold"]


def test_balanced_parentheses_stay_in_the_link():
    assert find_links("https://en.wikipedia.org/wiki/Python_(language)") == [
        "https://en.wikipedia.org/wiki/Python_(language)"
    ]
    assert find_links("(see https://en.wikipedia.org/wiki/Python_(language))") == [
        "https://en.wikipedia.org/wiki/Python_(language)"
    ]


def test_links_in_code_are_ignored():
    text = (
        "`https://code.example/a` and\n```\nhttps://block.example/b\n```\nbut https://real.example/"
    )
    assert find_links(text) == ["https://real.example/"]


def test_spoiler_bars_are_not_part_of_the_link():
    assert find_links("||https://spoiler.example/x||") == ["https://spoiler.example/x"]


def test_duplicates_by_canonical_form_keep_the_first_spelling():
    text = (
        "https://Example.com/story?utm_source=tw&id=7#top "
        "https://example.com/story?id=7 "
        "http://example.com:80/other"
        " http://example.com/other?fbclid=abc"
    )
    assert find_links(text) == [
        "https://Example.com/story?utm_source=tw&id=7#top",
        "http://example.com:80/other",
    ]


def test_only_http_links_are_found():
    assert find_links("ftp://x.example/ file:///etc/passwd mailto:a@b.example") == []
    assert find_links("") == []
    assert find_links("no links here") == []
    assert find_links("https:// nothing") == []


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://WWW.Example.COM/Path", "https://www.example.com/Path"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com/a#section", "https://example.com/a"),
        ("https://example.com/a?", "https://example.com/a"),
        (
            "https://example.com/a?utm_source=x&utm_medium=y&UTM_Campaign=z&fbclid=1&gclid=2&id=5",
            "https://example.com/a?id=5",
        ),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?b=2&a=1"),
        ("https://example.com/a/./b/../c", "https://example.com/a/c"),
        ("https://user:pw@example.com/a", "https://example.com/a"),
        ("https://bücher.example/", "https://xn--bcher-kva.example/"),
        ("https://example.com./a", "https://example.com/a"),
        ("https://[2001:DB8::1]:8443/x", "https://[2001:db8::1]:8443/x"),
        ("https://example.com/a?mc_cid=1&mc_eid=2&igshid=3&si=4", "https://example.com/a?si=4"),
    ],
)
def test_canonical_url(url: str, canonical: str):
    assert canonical_url(url) == canonical


def test_canonical_url_is_idempotent_and_never_raises():
    for url in ("https://example.com/a?x=1&utm_source=2#f", "not a url", "http://[bad/", ""):
        once = canonical_url(url)
        assert canonical_url(once) == once


@pytest.mark.parametrize(
    "url",
    [
        "https://cdn.discordapp.com/attachments/1/2/cat.png",
        "https://media.discordapp.net/attachments/1/2/file",
        "https://discord.com/channels/1/2/3",
        "https://discord.gg/invite",
        "https://tenor.com/view/cat-gif-123",
        "https://media.tenor.com/abc/tenor.gif",
        "https://giphy.com/gifs/cat",
        "https://media.giphy.com/media/x/giphy.gif",
        "https://i.imgur.com/abc.jpg",
        "https://www.youtube.com/watch?v=abc",
        "https://youtu.be/abc",
        "https://example.com/photo.JPEG",
        "https://example.com/clip.mp4?download=1",
        "https://example.com/song.mp3",
        "https://example.com/archive.zip",
        "ftp://example.com/file.txt",
        "not a link",
    ],
)
def test_media_and_chat_links_are_not_summarizable(url: str):
    assert not is_summarizable_link(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.bbc.co.uk/news/world-123",
        "https://example.com/article",
        "https://example.com/report.pdf",
        "https://example.com/page.html",
        "https://notdiscord.com/story",  # only discord.com and its subdomains are skipped
        "https://blog.example.com/2024/05/post/",
    ],
)
def test_articles_are_summarizable(url: str):
    assert is_summarizable_link(url)
