"""/privacy against the fake Discord: an opted-out user's messages are absent from /tldr."""

from datetime import UTC, datetime, timedelta

import pytest

from tests.discord_app.helpers import NO_PINGS, sub
from tests.discord_app.test_e2e_tldr import DECISION, READER, fill_channel

pytestmark = pytest.mark.asyncio(loop_scope="session")

SETUP = "The caretaker can open the town hall at seven so the stall holders can set up early."
PARKING = "Has anyone checked whether the town hall car park has room for the stall holders' vans?"


async def privacy(harness, command: str, user: int) -> str:
    """Run ``/privacy <command>`` as ``user``; return the (ephemeral, ping-free) answer."""
    channel = harness.channel()  # another channel each time: the choice holds everywhere
    record = await harness.fake.invoke("privacy", sub(command), channel_id=channel, user_id=user)
    answer = await harness.fake.wait_answered(record)
    assert answer.ephemeral and answer.allowed_mentions == NO_PINGS
    return answer.content


async def tldr(harness, channel: int) -> tuple[dict, list[str]]:
    """A fresh user's /tldr of the whole channel: the embed and its participants."""
    fake = harness.fake
    pages_before = len(fake.history_pages)
    record = await fake.invoke(
        "tldr",
        [{"name": "messages", "type": 4, "value": 500}],
        channel_id=channel,
        user_id=harness.user(),
        permissions=READER,
    )
    answer = await fake.wait_answered(record)
    pages = [n for c, n in fake.history_pages[pages_before:] if c == channel]
    assert len(pages) >= 2 and sum(pages) == len(fake.history[channel])  # paginated, all read
    embed = answer.embeds[0]
    fields = {f["name"]: f["value"] for f in embed.get("fields", [])}
    return embed, fields["Participants"].split(", ")


async def test_an_opted_out_users_messages_are_absent_from_tldr(harness, no_errors):
    fake, channel, me = harness.fake, harness.channel(), harness.user()
    fill_channel(fake, channel)  # 140 messages of chatter, then a decision thread
    later = datetime.now(UTC) - timedelta(minutes=50)
    fake.add_history(channel, SETUP, when=later, author_id=me, reactions=5)
    fake.add_history(channel, PARKING, when=later + timedelta(minutes=22), author_id=me)
    name = f"User {me}"

    said = await privacy(harness, "exclude-me", me)
    assert "Done." in said and "left out" in said and "every server" in said
    assert "Nothing of a conversation is stored" in said
    assert "left out" in await privacy(harness, "status", me)
    assert "already" in await privacy(harness, "exclude-me", me)

    embed, people = await tldr(harness, channel)
    assert name not in people and len(people) >= 3
    assert "caretaker" not in str(embed) and "car park" not in str(embed)
    assert DECISION.split(":")[1].strip()[:40] in embed["description"]  # the rest is there

    said = await privacy(harness, "include-me", me)
    assert "Done." in said and "included" in said
    assert not await harness.service.is_excluded(me)
    embed, people = await tldr(harness, channel)
    assert name in people
    assert "car park" in {f["name"]: f["value"] for f in embed["fields"]}["Unanswered"]
