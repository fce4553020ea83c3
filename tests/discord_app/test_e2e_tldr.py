"""/tldr, "Catch me up from here" and the Post to channel button against the fake Discord."""

from datetime import UTC, datetime, timedelta

import pytest

from tests.discord_app.fake_discord import CHANNEL_MESSAGE
from tests.discord_app.helpers import MEMBER, NO_PINGS, opt

pytestmark = pytest.mark.asyncio(loop_scope="session")

READER = MEMBER | (1 << 10) | (1 << 16)  # view channel and read message history
DECISION = "Decision: the summer fair moves to the town hall because the park is closed for works."
UNANSWERED = "Does anyone know whether the town hall has enough power sockets for the stalls?"


def fill_channel(fake, channel: int, *, chatter: int = 140) -> dict:
    """A channel of ``chatter`` noise and planning messages ending in a decision thread."""
    now = datetime.now(UTC)
    start = now - timedelta(hours=5)
    for i in range(chatter):  # more than a page of history
        text = ["lol", "gm", "👍", "!play jazz", "ok thanks"][i % 5]
        fake.add_history(
            channel, text, when=start + timedelta(seconds=20 * i), author_id=7000 + i % 4
        )
    when = now - timedelta(hours=1)
    lines = [
        (7001, "The park is closed for works in June, so the summer fair needs a new place."),
        (7002, "The town hall could host the fair, the main hall fits forty stalls."),
        (7003, "The school yard is free too, but it has no roof if it rains."),
        (7001, "The town hall costs a little more but keeps the fair dry."),
    ]
    for k, (author, text) in enumerate(lines):
        fake.add_history(channel, text, when=when + timedelta(minutes=3 * k), author_id=author)
    decision = fake.add_history(
        channel, DECISION, when=when + timedelta(minutes=15), author_id=7002, reactions=6
    )
    for k, (author, text) in enumerate(
        [
            (7001, "Great, I'll tell the stall holders about the town hall."),
            (7003, "I'll book the town hall for the fair weekend."),
        ]
    ):
        fake.add_history(
            channel,
            text,
            when=when + timedelta(minutes=16 + k),
            author_id=author,
            reply_to=decision,
        )
    fake.add_history(channel, UNANSWERED, when=when + timedelta(minutes=30), author_id=7000)
    fake.add_history(
        channel, "Now playing: jazz", when=when + timedelta(minutes=31), author_id=7999, bot=True
    )
    return decision


async def test_tldr_reads_paginated_history_and_answers_only_the_requester(harness, no_errors):
    fake, channel, user = harness.fake, harness.channel(), harness.user()
    fill_channel(fake, channel)
    pages_before = len(fake.history_pages)
    record = await fake.invoke(
        "tldr", [opt("messages", 500)], channel_id=channel, user_id=user, permissions=READER
    )
    answer = await fake.wait_answered(record)
    assert answer.ephemeral
    pages = [n for c, n in fake.history_pages[pages_before:] if c == channel]
    assert len(pages) >= 2 and sum(pages) == len(fake.history[channel])
    embed = answer.embeds[0]
    assert DECISION.split(":")[1].strip()[:40] in embed["description"]
    fields = {f["name"]: f["value"] for f in embed.get("fields", [])}
    assert "power sockets" in fields["Unanswered"]
    assert "Now playing" not in str(embed) and "!play" not in str(embed)
    assert answer.allowed_mentions == NO_PINGS
    buttons = answer.payload["components"][0]["components"]
    assert buttons[0]["label"] == "Post to channel"

    click = await fake.click(
        answer.message, buttons[0]["custom_id"], channel_id=channel, user_id=user
    )
    posted = await fake.wait_answered(click)
    assert click.callback.payload["type"] == CHANNEL_MESSAGE
    assert not posted.ephemeral
    data = posted.payload["data"]  # an interaction callback carries the message in "data"
    assert data["embeds"][0]["description"] == embed["description"]
    assert "shared by" in data["content"]
    assert data["allowed_mentions"] == NO_PINGS


async def test_tldr_since_keeps_the_recent_stretch(harness, no_errors):
    fake, channel, user = harness.fake, harness.channel(), harness.user()
    fill_channel(fake, channel)
    record = await fake.invoke(
        "tldr", [opt("since", "90m")], channel_id=channel, user_id=user, permissions=READER
    )
    answer = await fake.wait_answered(record)
    assert "town hall" in answer.embeds[0]["description"]
    footer = answer.embeds[0]["footer"]["text"]
    assert footer.startswith("9 messages read")  # the chatter is hours old


async def test_tldr_needs_read_history_for_requester_and_bot(harness, no_errors):
    fake, channel, user = harness.fake, harness.channel(), harness.user()
    fill_channel(fake, channel, chatter=5)
    record = await fake.invoke("tldr", [], channel_id=channel, user_id=user, permissions=MEMBER)
    answer = await fake.wait_answered(record)
    assert answer.ephemeral and "Read Message History" in answer.content
    fake.app_permissions &= ~(1 << 16)
    try:
        record = await fake.invoke(
            "tldr", [], channel_id=channel, user_id=harness.user(), permissions=READER
        )
        answer = await fake.wait_answered(record)
    finally:
        fake.app_permissions |= 1 << 16
    assert answer.ephemeral and "I need the View Channel and Read Message History" in answer.content


async def test_catch_me_up_from_here_starts_at_the_message(harness, no_errors):
    fake, channel, user = harness.fake, harness.channel(), harness.user()
    decision = fill_channel(fake, channel)
    record = await fake.invoke(
        "Catch me up from here",
        channel_id=channel,
        user_id=user,
        permissions=READER,
        command_type=3,
        target_id=int(decision["id"]),
        resolved={"messages": {decision["id"]: decision}},
    )
    answer = await fake.wait_answered(record)
    assert answer.ephemeral
    description = answer.embeds[0]["description"]
    assert "summer fair moves to the town hall" in description
    assert "school yard" not in description  # before the chosen message
    assert answer.embeds[0]["footer"]["text"].startswith("5 messages read")


async def test_tldr_waits_out_a_rate_limit_while_reading_history(harness, no_errors):
    fake, channel, user = harness.fake, harness.channel(), harness.user()
    fill_channel(fake, channel)
    fake.rate_limit[("GET", rf"/channels/{channel}/messages")] = 1  # one page request gets 429
    pages_before = len(fake.history_pages)
    record = await fake.invoke(
        "tldr", [opt("messages", 500)], channel_id=channel, user_id=user, permissions=READER
    )
    answer = await fake.wait_answered(record)
    assert ("GET", f"/channels/{channel}/messages") in fake.rate_limited
    assert "summer fair" in answer.embeds[0]["description"]
    pages = [n for c, n in fake.history_pages[pages_before:] if c == channel]
    assert sum(pages) == len(fake.history[channel])
