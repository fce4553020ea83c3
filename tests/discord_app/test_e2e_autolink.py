"""Pasted links end to end: automatic summaries, duplicates, limits, and what is ignored."""

from __future__ import annotations

import asyncio

import pytest

from bot.models import Scope
from tests.discord_app.helpers import MANAGE_CHANNELS, MEMBER, NO_PINGS, opt

pytestmark = pytest.mark.asyncio(loop_scope="session")


def replies_in(fake, channel: int) -> list:
    return [s for s in fake.sent if s.kind == "channel" and s.channel_id == channel]


async def post_and_wait(h, channel: int, content: str, count: int = 1, **kwargs) -> list:
    """Post a message and wait until the channel holds ``count`` bot messages in all."""
    message = await h.fake.post_message(content, channel_id=channel, **kwargs)
    await h.fake.wait_for(lambda: len(replies_in(h.fake, channel)) >= count, timeout=30)
    return message


async def test_pasted_link_gets_a_summary_reply(harness, no_errors):
    channel = harness.channel()
    url = harness.site.url("harbour-bridge")
    message = await post_and_wait(harness, channel, f"Good news for commuters: {url}")
    (reply,) = replies_in(harness.fake, channel)
    assert str(reply.payload["message_reference"]["message_id"]) == message["id"]
    assert reply.payload["message_reference"]["fail_if_not_exists"] is False
    assert reply.allowed_mentions == {**NO_PINGS, "replied_user": False}
    embed = reply.embeds[0]
    assert embed["title"] == "Harbour bridge to reopen after two years of repairs"
    assert "entry #" in embed["footer"]["text"]
    assert channel in harness.fake.typing
    entries = await harness.service.recent(Scope(1000, channel))
    assert [e.requester_id for e in entries] == [int(message["author"]["id"])]


async def test_a_link_summarized_recently_gets_a_pointer(harness, no_errors):
    channel = harness.channel()
    url = harness.site.url("library-hours")
    await post_and_wait(harness, channel, url)
    first = replies_in(harness.fake, channel)[0]
    number = first.embeds[0]["footer"]["text"].rsplit("#", 1)[1]
    await post_and_wait(harness, channel, f"did anyone see this? {url}", count=2)
    second = replies_in(harness.fake, channel)[1]
    assert second.embeds == []
    assert f"entry #{number}" in second.content and f"/history show id:{number}" in second.content
    assert second.allowed_mentions == {**NO_PINGS, "replied_user": False}
    assert await harness.service.count(Scope(1000, channel)) == 1


async def test_a_link_pasted_twice_at_once_is_summarized_once(harness, no_errors):
    channel, other = harness.channel(), harness.channel()
    url = harness.site.url("river-cleanup")
    await harness.fake.post_message(f"look {url}", channel_id=channel)
    await harness.fake.post_message(f"same here {url}", channel_id=channel)
    await harness.fake.wait_for(lambda: replies_in(harness.fake, channel), timeout=30)
    await post_and_wait(harness, other, harness.site.url("library-hours"))  # the queue drained
    await asyncio.sleep(0.3)
    assert await harness.service.count(Scope(1000, channel)) == 1
    summaries = [r for r in replies_in(harness.fake, channel) if r.embeds]
    assert len(summaries) == 1  # the second paste is skipped, or points at the first


async def test_mentions_in_article_text_never_ping(harness, no_errors):
    channel = harness.channel()
    url = harness.site.url("festival")  # its title starts with "@everyone"
    await post_and_wait(harness, channel, url)
    await post_and_wait(harness, channel, url, count=2)
    first, pointer = replies_in(harness.fake, channel)
    assert first.embeds[0]["title"] == "@everyone harbour festival moves to Saturday"
    assert "**@everyone harbour festival moves to Saturday**" in pointer.content
    for reply in (first, pointer):
        assert reply.allowed_mentions == {"parse": [], "replied_user": False}


async def test_bots_webhooks_and_itself_are_ignored(harness, no_errors):
    channel = harness.channel()
    fake = harness.fake
    await fake.post_message(
        harness.site.url("river-cleanup"), channel_id=channel, bot=True, author_id=7001
    )
    await fake.post_message(
        harness.site.url("river-cleanup"), channel_id=channel, webhook_id=7002, author_id=7002
    )
    await fake.post_message(
        harness.site.url("river-cleanup"), channel_id=channel, author_id=fake.bot_id, bot=True
    )
    # A human's message posted afterwards is answered; the three before it were not.
    await post_and_wait(harness, channel, harness.site.url("harbour-bridge"))
    (reply,) = replies_in(fake, channel)
    assert reply.embeds[0]["title"].startswith("Harbour bridge")


async def test_links_that_should_not_be_previewed_are_ignored(harness, no_errors):
    channel = harness.channel()
    site = harness.site
    hidden = f"<{site.url('river-cleanup')}> ||{site.url('river-cleanup')}|| `{site.url('river-cleanup')}`"
    await harness.fake.post_message(hidden, channel_id=channel)
    await harness.fake.post_message(f"http://127.0.0.1:{site.port}/photo.png", channel_id=channel)
    await harness.fake.post_message(site.url("no-such-story"), channel_id=channel)
    await post_and_wait(harness, channel, site.url("library-hours"))
    (reply,) = replies_in(harness.fake, channel)
    assert reply.embeds[0]["title"] == "City library extends its opening hours"


async def test_at_most_a_few_links_per_message(harness, no_errors):
    channel = harness.channel()
    site = harness.site
    links = [
        site.url(slug)
        for slug in (
            "harbour-bridge",
            "library-hours",
            "river-cleanup",
            "harbour-bridge",
            "library-hours",
        )
    ]
    limit = harness.settings.autolink_max_links
    await post_and_wait(harness, channel, " ".join(links), count=limit)
    # Let a later message through to be sure no more replies to the first one are coming.
    await post_and_wait(harness, channel, site.url("river-cleanup"), count=limit + 1)
    replies = replies_in(harness.fake, channel)
    assert len(replies) == limit + 1
    assert [r.embeds[0]["title"][:10] for r in replies[:limit]] == [
        "Harbour br",
        "City libra",
        "Volunteers",
    ]


async def test_automatic_summaries_are_throttled_per_channel(harness, no_errors):
    channel, other = harness.channel(), harness.channel()
    per_minute = harness.settings.autolink_per_channel_per_minute
    site = harness.site
    sent = 0
    for _ in range(3):
        links = " ".join(site.url(s) for s in ("harbour-bridge", "library-hours", "river-cleanup"))
        sent += 3
        await post_and_wait(harness, channel, links, count=min(sent, per_minute))
    # Another channel is not affected, and proves the first channel's queue has drained.
    await post_and_wait(harness, other, site.url("library-hours"))
    assert len(replies_in(harness.fake, channel)) == per_minute < sent


async def test_autolink_off_in_settings(harness, no_errors):
    channel = harness.channel()
    record = await harness.fake.invoke(
        "settings",
        [opt("autolink", False)],
        channel_id=channel,
        user_id=harness.user(),
        permissions=MEMBER | MANAGE_CHANNELS,
    )
    await harness.fake.wait_answered(record)
    await harness.fake.post_message(harness.site.url("harbour-bridge"), channel_id=channel)
    record = await harness.fake.invoke(
        "history",
        [{"name": "recent", "type": 1, "options": []}],
        channel_id=channel,
        user_id=harness.user(),
    )
    await harness.fake.wait_answered(record)
    assert replies_in(harness.fake, channel) == []
    assert await harness.service.count(Scope(1000, channel)) == 0


async def test_mentioning_the_bot_is_not_an_error(harness, no_errors):
    channel = harness.channel()
    await harness.fake.post_message(f"<@{harness.fake.bot_id}> hello there", channel_id=channel)
    await post_and_wait(
        harness, channel, f"<@{harness.fake.bot_id}> {harness.site.url('river-cleanup')}"
    )
    assert len(replies_in(harness.fake, channel)) == 1


async def test_owner_can_sync_globally_by_mention(harness, no_errors):
    fake = harness.fake
    channel = harness.channel()
    global_syncs = fake.sync_calls.count(None)  # other tests of the session may have synced
    await fake.post_message(f"<@{fake.bot_id}> sync global", channel_id=channel, author_id=5001)
    await fake.post_message(
        f"<@{fake.bot_id}> sync global", channel_id=channel, author_id=fake.owner_id
    )
    await fake.wait_for(lambda: replies_in(fake, channel), timeout=10)
    assert fake.sync_calls.count(None) == global_syncs + 1  # the owner's, not the other user's
    (reply,) = replies_in(fake, channel)
    assert reply.content.startswith(f"Synced {len(fake.commands[None])} commands globally")


async def test_leaving_a_guild_forgets_its_history(harness, no_errors):
    fake = harness.fake
    leaving, staying = harness.other_guild_channel(), harness.channel()
    await post_and_wait(harness, leaving, harness.site.url("river-cleanup"), guild_id=1001)
    await post_and_wait(harness, staying, harness.site.url("river-cleanup"))
    assert await harness.service.count(Scope(1001, leaving)) == 1
    await fake.dispatch("GUILD_DELETE", {"id": "1001"})
    for _ in range(100):
        if await harness.service.count(Scope(1001, leaving)) == 0:
            break
        await asyncio.sleep(0.05)
    assert await harness.service.count(Scope(1001, leaving)) == 0
    assert await harness.service.count(Scope(1000, staying)) == 1


async def test_a_rate_limited_reply_is_sent_once_discord_allows_it(harness, no_errors):
    channel = harness.channel()
    harness.fake.rate_limit[("POST", rf"/channels/{channel}/messages")] = 1  # the reply
    before = len(harness.fake.rate_limited)
    url = harness.site.url("harbour-bridge")
    await post_and_wait(harness, channel, f"Worth a read {url}")
    (reply,) = replies_in(harness.fake, channel)  # sent once, after the wait
    assert reply.embeds[0]["title"] == "Harbour bridge to reopen after two years of repairs"
    ((method, path),) = harness.fake.rate_limited[before:]
    assert (method, path) == ("POST", f"/channels/{channel}/messages")
