"""/digest against the fake Discord: topics of the channel's summaries, within the embed limits."""

import pytest

from bot.models import Quote, Scope
from bot.storage import NewEntry
from tests.digest_articles import ARTICLES
from tests.discord_app.fake_discord import DEFERRED_CHANNEL_MESSAGE
from tests.discord_app.helpers import MEMBER, NO_PINGS, opt

pytestmark = pytest.mark.asyncio(loop_scope="session")

GUILD = 1000


async def digest(harness, channel, user, *options):
    record = await harness.fake.invoke(
        "digest", list(options), channel_id=channel, user_id=user, permissions=MEMBER
    )
    return record, await harness.fake.wait_answered(record)


def size(embed: dict) -> int:
    """What counts toward Discord's 6000 per embed (UTF-16 units)."""
    parts = [embed.get("title", ""), embed.get("description", "")]
    parts += [f["name"] + f["value"] for f in embed.get("fields", [])]
    parts.append(embed.get("footer", {}).get("text", ""))
    return sum(len(p.encode("utf-16-le")) // 2 for p in parts)


async def test_digest_of_the_week_groups_the_channel_summaries(harness, no_errors):
    channel, user = harness.channel(), harness.user()
    for text in ARTICLES:
        record = await harness.fake.invoke(
            "summarize", [opt("source", text)], channel_id=channel, user_id=user
        )
        await harness.fake.wait_answered(record)
    record, answer = await digest(harness, channel, harness.user())
    assert record.callback.payload["type"] == DEFERRED_CHANNEL_MESSAGE
    assert not answer.ephemeral and answer.files == []
    assert answer.allowed_mentions == NO_PINGS
    (embed,) = answer.embeds
    assert embed["title"] == f"Weekly digest: #channel-{channel}"
    description = embed["description"]
    assert "· 2 articles" in description  # the two tunnel articles in one topic
    assert "Teenager Wins The Regional Chess Tournament" in description
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Quoted most"].startswith("**Ines Okafor** (2×)")
    assert "tunnel" in fields["Keywords"].lower()
    assert embed["footer"]["text"].startswith("3 summaries · 2 topics · ")


async def test_digest_of_a_quiet_period_says_so(harness, no_errors):
    channel = harness.channel()
    record, answer = await digest(harness, channel, harness.user(), opt("period", "day"))
    assert answer.ephemeral and answer.embeds == []
    assert answer.content.startswith(f"Nothing was summarized in <#{channel}> over the last day")
    assert record.deleted_original  # the public "thinking…" message does not stay behind
    assert answer.allowed_mentions == NO_PINGS


async def test_a_long_digest_fits_the_embed_and_comes_with_the_whole_file(harness, no_errors):
    channel = harness.channel()
    scope = Scope(GUILD, channel)
    stored = []
    for i in range(70):  # seventy unrelated articles: seventy topics
        word = f"subject{i:02d}"
        stored.append(
            await harness.service.store.add(
                scope,
                NewEntry(
                    source=f"https://news.example/{word}",
                    canonical_url=f"https://news.example/{word}?" + "q=1&" * 60,
                    title=f"A long report on {word} " + "with a very long title " * 8,
                    summary=(f"The {word} report is long.",),
                    keywords=(word, f"{word} report"),
                    quotes=(Quote("We will read it all @everyone", f"Speaker {i}", score=0.5),),
                ),
            )
        )
    record, answer = await digest(harness, channel, harness.user(), opt("period", "month"))
    (embed,) = answer.embeds
    assert embed["title"] == f"Monthly digest: #channel-{channel}"
    assert size(embed) <= 6000 and len(embed["description"]) <= 4096
    assert all(len(f["value"]) <= 1024 for f in embed["fields"])
    assert "more topics and every article in the attached file" in embed["description"]
    ((name, data),) = answer.files
    assert name == f"monthly-digest-channel-{channel}.md"
    text = data.decode("utf-8")
    assert all(f"- #{entry.id} A long report on" in text for entry in stored)
    assert text.count("\n## ") == 70 + 2  # every topic, then the keywords and the people
    assert answer.allowed_mentions == NO_PINGS
