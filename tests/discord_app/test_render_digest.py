"""The digest embed stays within Discord's limits; what does not fit goes into the Markdown file."""

from dataclasses import replace

from bot.discord_app.render import EMBED_TOTAL_LIMIT, embed_size
from bot.discord_app.render_digest import digest_reply
from bot.models import Quote
from tests.test_digests import ALL, CHESS, digest_of, entry


def test_a_short_digest_is_one_embed_without_a_file():
    embeds, file = digest_reply(digest_of(ALL), title="Weekly digest: #news")
    (embed,) = embeds
    assert file is None
    assert embed.title == "Weekly digest: #news"
    blocks = embed.description.split("\n\n")
    assert blocks[0].startswith("<t:") and " – <t:" in blocks[0]
    tunnel = blocks[1].split("\n")
    assert tunnel[0] == "**harbour tunnel** · 4 articles"
    assert tunnel[1] == "[Harbour tunnel opens to traffic](https://news.example/1)"
    assert tunnel[2].startswith("↳ [Tunnel tolls anger drivers](https://news.example/2) · ")
    assert (
        blocks[-1]
        == "**sourdough, starter, bread**\n[A starter for sourdough bread](https://news.example/30)"
    )
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Keywords"].startswith("harbour tunnel · ")
    people = fields["Quoted most"].split("\n")
    assert people[0] == "**Mayor Ines Okafor** (3×): “We finally have a crossing that works”"
    assert people[2] == "**Mira Sato**: “I was nervous until the last move”"
    assert embed.footer.text == (
        "10 summaries · 4 topics · 6 quotes from 3 people · 6,000 words read"
    )


def test_a_huge_digest_fits_one_embed_and_the_file_holds_everything():
    long_title = "A *very* long title about the [harbour] " * 10
    entries = [
        entry(
            i,
            f"{long_title} {i}",
            (f"Article number{i} alone.",),
            (f"topic{i:03d}", f"theme{i:03d} words"),
            (Quote("A long quotation that goes on and on " * 10, f"Person {i} " * 20, score=1),),
            hour=i % 60,
        )
        for i in range(1, 121)
    ]
    digest = digest_of(entries)
    (embed,), file = digest_reply(digest, title="T" * 300)
    assert embed_size(embed) <= EMBED_TOTAL_LIMIT
    assert len(embed.title) <= 256 and len(embed.description) <= 4096
    assert all(len(f.value) <= 1024 and len(f.name) <= 256 for f in embed.fields)
    assert "\\*very\\*" in embed.description  # markdown in titles is shown, not applied
    assert "more topics and every article in the attached file" in embed.description
    assert file is not None and file.filename == "t" * 60 + ".md"
    text = file.fp.read().decode("utf-8")
    assert all(f"- #{i} " in text for i in range(1, 121))
    assert "## Quoted most" in text and "- Person 1 Person 1 " in text


def test_a_topic_with_many_articles_links_a_few_and_files_them_all():
    many = [
        replace(CHESS[i % 2], id=100 + i, created_at=f"2026-12-02T0{i}:00:00Z") for i in range(8)
    ]
    (embed,), file = digest_reply(digest_of(many), title="Daily digest: #chess")
    assert "· 8 articles" in embed.description
    assert embed.description.count("](https://news.example/") == 5  # the central one and four
    assert "· and 3 more" in embed.description
    assert file is not None
    assert sum(line.startswith("- #1") for line in file.fp.read().decode().splitlines()) == 8


def test_an_empty_digest_says_so():
    (embed,), file = digest_reply(digest_of([]), title="Daily digest: #quiet")
    assert file is None and embed.fields == []
    assert "No summaries in this period." in embed.description
    assert embed.footer.text == "0 summaries · 0 topics"
