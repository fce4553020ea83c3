"""Slash commands and context menus end to end: real Service, unmodified discord.py, fake Discord."""

from __future__ import annotations

import asyncio
import csv
import io
import json

import pytest

from bot.models import Scope
from tests.discord_app.fake_discord import (
    CHANNEL_MESSAGE,
    DEFERRED_CHANNEL_MESSAGE,
    MESSAGE_CONTENT_INTENT,
)
from tests.discord_app.helpers import (
    MANAGE_CHANNELS,
    MANAGE_MESSAGES,
    MEMBER,
    NO_PINGS,
    REPORT,
    REPORT_SENTENCES,
    bullets,
    entry_id,
    file_option,
    opt,
    sub,
    unescape,
)

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def summarize(h, channel, user, *options, resolved=None, permissions=MEMBER):
    record = await h.fake.invoke(
        "summarize",
        list(options),
        channel_id=channel,
        user_id=user,
        resolved=resolved,
        permissions=permissions,
    )
    return record, await h.fake.wait_answered(record)


def assert_public_answer(record) -> None:
    assert record.callback.payload["type"] == DEFERRED_CHANNEL_MESSAGE
    assert not record.callback.ephemeral
    assert record.ack_seconds < 3.0
    assert not record.final.ephemeral


def assert_ephemeral_error(record, fragment: str) -> None:
    final = record.final
    assert final.ephemeral, final
    assert final.content.startswith("⚠️ ")
    assert fragment in final.content, final.content
    assert final.allowed_mentions == NO_PINGS
    assert record.ack_seconds < 3.0
    if (
        record.callback.payload["type"] == DEFERRED_CHANNEL_MESSAGE
        and not record.callback.ephemeral
    ):
        # The public "thinking…" message must not stay behind (or turn into the error).
        assert record.deleted_original


# ---------------------------------------------------------------------------- start-up


async def test_startup_syncs_commands_to_the_dev_guild_only(harness, no_errors):
    from bot.service import Service

    fake = harness.fake
    assert harness.startup_syncs == [1000]  # DISCORD_GUILD_ID only: never a global sync at start
    names = {(c["name"], c["type"]) for c in fake.commands[1000]}
    assert names == {
        ("summarize", 1),
        ("quotes", 1),
        ("history", 1),
        ("settings", 1),
        ("forgetme", 1),
        ("Summarize", 3),
        ("Key quotes", 3),
        ("tldr", 1),
        ("Catch me up from here", 3),
        ("digest", 1),
        ("privacy", 1),
    }
    summarize = fake.find_command("summarize", 1000)
    options = {o["name"]: o for o in summarize["options"]}
    assert summarize["options"][0]["name"] == "source" and summarize["options"][0]["type"] == 3
    assert options["source"]["max_length"] == 6000
    assert (options["sentences"]["min_value"], options["sentences"]["max_value"]) == (1, 20)
    assert [c["value"] for c in options["method"]["choices"]] == Service.methods()
    assert options["file"]["type"] == 11
    history = fake.find_command("history", 1000)
    assert {o["name"] for o in history["options"]} == {
        "recent",
        "search",
        "show",
        "delete",
        "export",
    }
    export = next(o for o in history["options"] if o["name"] == "export")
    assert {c["value"] for c in export["options"][0]["choices"]} == {"json", "csv", "markdown"}
    settings = fake.find_command("settings", 1000)
    assert {o["name"] for o in settings["options"]} == {
        "autolink",
        "length",
        "method",
        "language",
        "retention",
        "digest",
        "digest_channel",
        "digest_hour",
    }
    assert settings["contexts"] == [0]  # guild only
    intents = fake.identifies[0]["intents"]
    assert intents & MESSAGE_CONTENT_INTENT and intents & 1 and intents & (1 << 9)


# ---------------------------------------------------------------------------- /summarize


async def test_summarize_pasted_text_with_lead_method(harness, no_errors):
    channel, user = harness.channel(), harness.user()
    record, answer = await summarize(
        harness, channel, user, opt("source", REPORT), opt("sentences", 3), opt("method", "lead")
    )
    assert_public_answer(record)
    assert bullets(answer) == REPORT_SENTENCES[:3]
    embed = answer.embeds[0]
    # a pasted text is titled by its first sentence, shortened (so history lines differ)
    assert embed["title"] == "The regional rail company will add forty new trains to its …"
    assert "lead" in embed["footer"]["text"] and "min read" in embed["footer"]["text"]
    assert answer.allowed_mentions == NO_PINGS
    assert answer.files == []
    entry = await harness.service.show(Scope(1000, channel), entry_id(answer))
    assert entry.requester_id == user


async def test_summarize_default_length_and_key_quotes(harness, no_errors):
    channel, user = harness.channel(), harness.user()
    record, answer = await summarize(harness, channel, user, opt("source", REPORT))
    assert_public_answer(record)
    sentences = bullets(answer)
    assert 1 <= len(sentences) <= harness.settings.default_sentences
    assert all(s in REPORT for s in sentences)
    fields = answer.embeds[0].get("fields", [])
    quote_fields = [f for f in fields if f["name"].startswith("💬")]
    assert quote_fields, fields
    assert {f["name"] for f in quote_fields} <= {"💬 Dana Weiss", "💬 Karl Brandt"}
    assert fields[-1]["name"] == "Keywords"


async def test_summarize_link(harness, no_errors):
    url = harness.site.url("harbour-bridge")
    record, answer = await summarize(harness, harness.channel(), harness.user(), opt("source", url))
    assert_public_answer(record)
    embed = answer.embeds[0]
    assert embed["title"] == "Harbour bridge to reopen after two years of repairs"
    assert embed["url"].startswith(url)
    assert embed["description"].startswith("*By Marta Klein · 2024-03-14*")
    assert embed["author"]["name"] == "Elling Gazette"
    assert len(bullets(answer)) >= 3
    assert any(f["name"] == "💬 Tomas Berg" for f in embed.get("fields", []))


async def test_summarize_text_file(harness, no_errors):
    options, resolved = file_option(
        harness.fake, "file", "trains.txt", REPORT.encode(), "text/plain; charset=utf-8"
    )
    record, answer = await summarize(
        harness, harness.channel(), harness.user(), opt("sentences", 2), *options, resolved=resolved
    )
    assert_public_answer(record)
    assert len(bullets(answer)) == 2
    assert answer.embeds[0]["title"] == "Summary of trains.txt"


async def test_a_file_is_used_instead_of_the_source_text(harness, no_errors):
    options, resolved = file_option(
        harness.fake, "file", "trains.txt", REPORT.encode(), "text/plain"
    )
    record, answer = await summarize(
        harness,
        harness.channel(),
        harness.user(),
        opt("source", "ignored words"),
        opt("method", "lead"),
        opt("sentences", 1),
        *options,
        resolved=resolved,
    )
    assert bullets(answer) == REPORT_SENTENCES[:1]


async def test_commands_work_in_direct_messages(harness, no_errors):
    # DMs see only global commands; the harness publishes to its guild, so publish globally
    # here as a deployment does (the test passed only after another test had synced globally)
    await harness.bot.tree.sync()
    dm_channel, user = 4_000_000 + harness.user(), harness.user()
    record = await harness.fake.invoke(
        "summarize",
        [opt("source", REPORT), opt("sentences", 2), opt("method", "lead")],
        channel_id=dm_channel,
        user_id=user,
        dm=True,
    )
    answer = await harness.fake.wait_answered(record)
    assert bullets(answer) == REPORT_SENTENCES[:2]
    record = await harness.fake.invoke(
        "history", sub("recent"), channel_id=dm_channel, user_id=user, dm=True
    )
    listing = await harness.fake.wait_answered(record)
    assert f"`#{entry_id(answer)}`" in listing.embeds[0]["description"]
    assert await harness.service.count(Scope(None, dm_channel)) == 1


async def test_summarize_html_file(harness, no_errors):
    from tests.discord_app.article_site import page

    options, resolved = file_option(
        harness.fake, "file", "library.html", page("library-hours").encode(), "text/html"
    )
    record, answer = await summarize(
        harness, harness.channel(), harness.user(), *options, resolved=resolved
    )
    assert_public_answer(record)
    assert answer.embeds[0]["title"] == "City library extends its opening hours"


async def test_summarize_refuses_unsupported_and_oversized_files_without_downloading(
    harness, no_errors
):
    fake = harness.fake
    downloads = len(fake.file_downloads)
    options, resolved = file_option(
        fake, "file", "photo.png", b"\x89PNG" + b"\0" * 100, "image/png"
    )
    record, _ = await summarize(
        harness, harness.channel(), harness.user(), *options, resolved=resolved
    )
    assert_ephemeral_error(record, "attach a .txt, .md, .html or .pdf file")

    big = b"word " * (harness.settings.max_input_bytes // 5 + 10)
    options, resolved = file_option(fake, "file", "huge.txt", big, "text/plain")
    record, _ = await summarize(
        harness, harness.channel(), harness.user(), *options, resolved=resolved
    )
    assert_ephemeral_error(record, "I read files up to")
    assert len(fake.file_downloads) == downloads


async def test_summarize_needs_a_source(harness, no_errors):
    record, _ = await summarize(harness, harness.channel(), harness.user())
    assert_ephemeral_error(record, "Give me a link, some text or a file")


async def test_summarize_bad_link_is_a_friendly_error(harness, no_errors):
    record, _ = await summarize(
        harness, harness.channel(), harness.user(), opt("source", harness.site.url("no-such-story"))
    )
    assert record.final.ephemeral
    assert record.final.content.startswith("⚠️ ")
    assert record.deleted_original


# ---------------------------------------------------------------------------- /quotes


async def test_quotes_lists_every_quote_with_speaker(harness, no_errors):
    record = await harness.fake.invoke(
        "quotes", [opt("source", REPORT)], channel_id=harness.channel(), user_id=harness.user()
    )
    answer = await harness.fake.wait_answered(record)
    assert_public_answer(record)
    description = unescape(answer.embeds[0]["description"])
    assert "“We heard them, and these trains are our answer”" in description
    assert "— **Dana Weiss**" in description
    assert "— **Karl Brandt**" in description
    assert answer.embeds[0]["footer"]["text"].startswith("2 quotations · 2 speakers")


# ---------------------------------------------------------------------------- context menus


async def context_menu(h, name, message, channel, user):
    record = await h.fake.invoke(
        name,
        command_type=3,
        target_id=int(message["id"]),
        resolved={"messages": {message["id"]: message}},
        channel_id=channel,
        user_id=user,
    )
    return record, await h.fake.wait_answered(record)


async def test_summarize_context_menu_on_a_message_with_a_link(harness, no_errors):
    channel = harness.channel()
    url = harness.site.url("river-cleanup")
    message = harness.fake.message_payload(f"worth a read {url}", channel_id=channel)
    record, answer = await context_menu(harness, "Summarize", message, channel, harness.user())
    assert_public_answer(record)
    assert answer.embeds[0]["title"] == "Volunteers pull three tonnes of rubbish from the river"


async def test_summarize_context_menu_on_a_long_text_message(harness, no_errors):
    channel = harness.channel()
    message = harness.fake.message_payload(REPORT, channel_id=channel)
    record, answer = await context_menu(harness, "Summarize", message, channel, harness.user())
    assert_public_answer(record)
    assert all(s in REPORT for s in bullets(answer))


async def test_summarize_context_menu_on_an_attachment(harness, no_errors):
    channel = harness.channel()
    attachment = harness.fake.attachment(
        "notes.md", ("# Trains\n\n" + REPORT).encode(), "text/markdown"
    )
    message = harness.fake.message_payload("", channel_id=channel, attachments=[attachment])
    record, answer = await context_menu(harness, "Summarize", message, channel, harness.user())
    assert_public_answer(record)
    assert answer.embeds[0]["title"] in ("Trains", "Summary of notes.md")


async def test_key_quotes_context_menu(harness, no_errors):
    channel = harness.channel()
    message = harness.fake.message_payload(REPORT, channel_id=channel)
    record, answer = await context_menu(harness, "Key quotes", message, channel, harness.user())
    assert_public_answer(record)
    assert "Karl Brandt" in answer.embeds[0]["description"]


async def test_context_menu_on_an_empty_message(harness, no_errors):
    channel = harness.channel()
    photo = harness.fake.attachment("cat.png", b"\x89PNG", "image/png")
    message = harness.fake.message_payload("", channel_id=channel, attachments=[photo])
    record, _ = await context_menu(harness, "Key quotes", message, channel, harness.user())
    assert_ephemeral_error(record, "cat.png")


# ---------------------------------------------------------------------------- /history


async def history(h, options, channel, user, permissions=MEMBER):
    record = await h.fake.invoke(
        "history", options, channel_id=channel, user_id=user, permissions=permissions
    )
    return record, await h.fake.wait_answered(record)


async def test_history_recent_search_show_delete_export(harness, no_errors):
    channel, author, other = harness.channel(), harness.user(), harness.user()
    _, first = await summarize(
        harness, channel, author, opt("source", REPORT), opt("method", "lead"), opt("sentences", 2)
    )
    _, second = await summarize(
        harness, channel, author, opt("source", harness.site.url("library-hours"))
    )
    first_id, second_id = entry_id(first), entry_id(second)

    record, recent = await history(harness, sub("recent"), channel, other)
    assert recent.ephemeral and record.callback.ephemeral
    lines = recent.embeds[0]["description"].split("\n")
    assert lines[0].startswith(f"`#{second_id}` [City library extends its opening hours](")
    assert lines[1].startswith(f"`#{first_id}` **The regional rail company will add forty")
    assert "2 entries" in recent.embeds[0]["footer"]["text"]

    _, found = await history(harness, sub("search", opt("query", "library")), channel, other)
    description = found.embeds[0]["description"]
    assert f"`#{second_id}`" in description and f"`#{first_id}`" not in description
    assert "**" in description.split("\n> ", 1)[1]  # the matched word is highlighted

    _, nothing = await history(harness, sub("search", opt("query", "zeppelin")), channel, other)
    assert nothing.embeds[0]["description"] == "Nothing in this channel's history matches that."

    record, shown = await history(harness, sub("show", opt("id", first_id)), channel, other)
    assert not shown.ephemeral
    assert bullets(shown) == REPORT_SENTENCES[:2]

    # Someone else cannot delete the entry; a moderator can.
    record, _ = await history(harness, sub("delete", opt("id", first_id)), channel, other)
    assert record.final.ephemeral and record.final.content.startswith("⚠️ ")
    record, deleted = await history(
        harness, sub("delete", opt("id", first_id)), channel, other, MEMBER | MANAGE_MESSAGES
    )
    assert deleted.content.startswith(f"🗑️ Deleted entry #{first_id}")
    record, _ = await history(harness, sub("show", opt("id", first_id)), channel, other)
    assert record.final.ephemeral and record.final.content.startswith("⚠️ ")
    # The author can delete their own.
    record, deleted = await history(harness, sub("delete", opt("id", second_id)), channel, author)
    assert deleted.content.startswith(f"🗑️ Deleted entry #{second_id}")
    assert await harness.service.count(Scope(1000, channel)) == 0


async def test_history_export_formats(harness, no_errors):
    channel, user = harness.channel(), harness.user()
    _, answer = await summarize(harness, channel, user, opt("source", REPORT), opt("sentences", 2))
    number = entry_id(answer)
    _, exported = await history(harness, sub("export", opt("format", "json")), channel, user)
    assert exported.ephemeral
    ((name, data),) = exported.files
    assert name.endswith(".json")
    document = json.loads(data)
    assert [e["id"] for e in document["entries"]] == [number]
    assert document["entries"][0]["summary"] == bullets(answer)
    _, exported = await history(harness, sub("export", opt("format", "csv")), channel, user)
    ((name, data),) = exported.files
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert name.endswith(".csv") and len(rows) == 1
    _, exported = await history(harness, sub("export", opt("format", "markdown")), channel, user)
    ((name, data),) = exported.files
    assert name.endswith(".md") and REPORT_SENTENCES[0][:30].encode() in data


async def test_history_is_kept_per_channel(harness, no_errors):
    channel, elsewhere, user = harness.channel(), harness.channel(), harness.user()
    _, answer = await summarize(harness, channel, user, opt("source", REPORT), opt("sentences", 2))
    record, _ = await history(harness, sub("show", opt("id", entry_id(answer))), elsewhere, user)
    assert_ephemeral_error(record, "")
    _, recent = await history(harness, sub("recent"), elsewhere, user)
    assert recent.embeds[0]["description"] == "No summaries in this channel yet."


# ---------------------------------------------------------------------------- /settings, /forgetme


async def settings_cmd(h, options, channel, user, permissions=MEMBER):
    record = await h.fake.invoke(
        "settings", options, channel_id=channel, user_id=user, permissions=permissions
    )
    return record, await h.fake.wait_answered(record)


async def test_settings_show_and_change_needs_permission(harness, no_errors):
    channel, user = harness.channel(), harness.user()
    _, shown = await settings_cmd(harness, [], channel, user)
    assert shown.ephemeral
    fields = {f["name"]: f["value"] for f in shown.embeds[0]["fields"]}
    assert fields["Automatic link summaries"] == "on"

    record, _ = await settings_cmd(harness, [opt("autolink", False)], channel, user)
    assert_ephemeral_error(record, "Manage Server or Manage Channel")
    assert (await harness.service.get_settings(Scope(1000, channel))).autolink is True

    _, changed = await settings_cmd(
        harness,
        [opt("autolink", False), opt("length", 4), opt("method", "lead"), opt("retention", 30)],
        channel,
        user,
        MEMBER | MANAGE_CHANNELS,
    )
    fields = {f["name"]: f["value"] for f in changed.embeds[0]["fields"]}
    assert fields["Automatic link summaries ✏️"] == "off"
    assert fields["Default length ✏️"] == "4 sentences"
    assert fields["Method ✏️"] == "lead"
    assert fields["History kept ✏️"] == "30 days"
    prefs = await harness.service.get_settings(Scope(1000, channel))
    assert (prefs.autolink, prefs.length, prefs.method, prefs.retention_days) == (
        False,
        4,
        "lead",
        30,
    )

    # The channel defaults now apply to /summarize.
    _, answer = await summarize(harness, channel, harness.user(), opt("source", REPORT))
    assert bullets(answer) == REPORT_SENTENCES[:4]


async def test_settings_language_and_reset(harness, no_errors):
    channel, user = harness.channel(), harness.user()
    admin = MEMBER | (1 << 5)  # Manage Server
    _, changed = await settings_cmd(harness, [opt("language", "german")], channel, user, admin)
    fields = {f["name"]: f["value"] for f in changed.embeds[0]["fields"]}
    assert fields["Language ✏️"] in ("german", "de")
    _, changed = await settings_cmd(
        harness, [opt("language", "auto"), opt("retention", 0)], channel, user, admin
    )
    fields = {f["name"]: f["value"] for f in changed.embeds[0]["fields"]}
    assert fields["Language ✏️"] == "detect automatically"
    assert fields["History kept ✏️"] == "forever"
    record, _ = await settings_cmd(harness, [opt("language", "klingon")], channel, user, admin)
    assert_ephemeral_error(record, "klingon")


async def test_a_rate_limited_follow_up_still_reaches_the_user(harness, no_errors):
    channel, user = harness.channel(), harness.user()
    harness.fake.rate_limit[("POST", r"/webhooks/\d+/[^/]+")] = 1  # the follow-up after the defer
    before = len(harness.fake.rate_limited)
    record, answer = await summarize(
        harness, channel, user, opt("source", REPORT), opt("sentences", 2)
    )
    assert bullets(answer) == REPORT_SENTENCES[:2]
    assert len(record.followups) == 1  # retried, not duplicated
    assert [p.split("/")[1] for _, p in harness.fake.rate_limited[before:]] == ["webhooks"]


async def test_settings_language_autocomplete_suggests_supported_languages(harness, no_errors):
    channel = harness.channel()
    typed = {**opt("language", "ge"), "focused": True}
    record = await harness.fake.autocomplete(
        "settings", [typed], channel_id=channel, user_id=harness.user()
    )
    await harness.fake.wait_for(lambda: record.callback is not None)
    assert record.callback.payload["type"] == 8  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    choices = record.callback.payload["data"]["choices"]
    assert choices[0] == {"name": "german (de)", "value": "german"}
    assert all("ge" in c["name"] for c in choices)

    empty = {**opt("language", ""), "focused": True}
    record = await harness.fake.autocomplete(
        "settings", [empty], channel_id=channel, user_id=harness.user()
    )
    await harness.fake.wait_for(lambda: record.callback is not None)
    values = [c["value"] for c in record.callback.payload["data"]["choices"]]
    assert values[0] == "auto" and {"english", "german", "french", "japanese"} <= set(values)
    # every suggestion is accepted by /settings itself
    for value in values:
        assert harness.bot.service.languages() and (
            value == "auto" or value in harness.bot.service.languages().values()
        )
    assert harness.bot.inflight.count == 0  # suggestions are not requests to drain at shutdown


async def test_forgetme_asks_then_deletes_everywhere(harness, no_errors):
    user = harness.user()
    one, two = harness.channel(), harness.channel()
    await summarize(harness, one, user, opt("source", REPORT), opt("sentences", 2))
    await summarize(harness, two, user, opt("source", REPORT), opt("sentences", 2))
    await summarize(harness, two, harness.user(), opt("source", REPORT), opt("sentences", 2))

    record = await harness.fake.invoke("forgetme", channel_id=one, user_id=user)
    prompt = await harness.fake.wait_answered(record)
    assert record.callback.payload["type"] == CHANNEL_MESSAGE and prompt.ephemeral
    buttons = prompt.payload["data"]["components"][0]["components"]
    cancel = next(b for b in buttons if b["label"] == "Cancel")
    confirm = next(b for b in buttons if b["label"] == "Delete my summaries")

    click = await harness.fake.click(
        prompt.message, cancel["custom_id"], channel_id=one, user_id=user
    )
    answer = await harness.fake.wait_answered(click)
    assert answer.payload["data"]["content"] == "Nothing was deleted."
    assert await harness.service.count(Scope(1000, one)) == 1

    record = await harness.fake.invoke("forgetme", channel_id=one, user_id=user)
    prompt = await harness.fake.wait_answered(record)
    confirm = next(
        b
        for b in prompt.payload["data"]["components"][0]["components"]
        if b["label"] == "Delete my summaries"
    )
    click = await harness.fake.click(
        prompt.message, confirm["custom_id"], channel_id=one, user_id=user
    )
    answer = await harness.fake.wait_answered(click)
    assert answer.payload["content"] == "🗑️ Done: I deleted 2 summaries you had requested."
    assert await harness.service.count(Scope(1000, one)) == 0
    assert await harness.service.count(Scope(1000, two)) == 1  # someone else's entry stays


# ---------------------------------------------------------------------------- limits and errors


async def test_cooldown_per_user_on_heavy_commands(harness, no_errors):
    channel, user = harness.channel(), harness.user()
    burst = harness.bot.limits.burst
    for _ in range(burst):
        record, _ = await summarize(
            harness, channel, user, opt("source", REPORT), opt("sentences", 1)
        )
        assert not record.final.ephemeral
    record = await harness.fake.invoke(
        "quotes", [opt("source", REPORT)], channel_id=channel, user_id=user
    )
    await harness.fake.wait_answered(record)
    assert record.callback.payload["type"] == CHANNEL_MESSAGE  # refused at once, never deferred
    assert record.callback.ephemeral
    assert "going a bit fast" in record.callback.payload["data"]["content"]
    # Another user is not slowed down.
    record, _ = await summarize(
        harness, channel, harness.user(), opt("source", REPORT), opt("sentences", 1)
    )
    assert not record.final.ephemeral


async def test_unexpected_errors_are_logged_with_context_and_answered_with_an_apology(
    harness, no_errors, monkeypatch
):
    async def broken(*args, **kwargs):
        raise RuntimeError("database on fire")

    monkeypatch.setattr(harness.service, "recent", broken)
    channel, user = harness.channel(), harness.user()
    record, _ = await history(harness, sub("recent"), channel, user)
    assert record.final.ephemeral
    assert (
        record.final.content
        == "⚠️ Sorry, something went wrong on my side. It has been logged; please try again later."
    )
    logged = no_errors.expect("unexpected error in")
    message = logged.getMessage()
    assert (
        "command='history recent'" in message
        and f"user={user}" in message
        and f"channel={channel}" in message
    )
    assert "database on fire" in str(logged.exc_info[1])


async def test_every_interaction_is_acknowledged_within_3_seconds_under_load(harness, no_errors):
    """Four 1 MB summaries keep both workers busy; other commands are still acknowledged at once."""
    sentences = [
        s.replace("forty", f"{n} and forty") for n in range(1, 1000) for s in REPORT_SENTENCES[:6]
    ]
    big = (" ".join(sentences) * 2)[:1_000_000].encode()
    assert len(big) == 1_000_000
    heavy = []
    for _ in range(4):
        options, resolved = file_option(harness.fake, "file", "big.txt", big, "text/plain")
        heavy.append(
            await harness.fake.invoke(
                "summarize",
                options,
                channel_id=harness.channel(),
                user_id=harness.user(),
                resolved=resolved,
            )
        )
    light = [
        await harness.fake.invoke(
            "history", sub("recent"), channel_id=harness.channel(), user_id=harness.user()
        ),
        await harness.fake.invoke(
            "summarize",
            [opt("source", REPORT)],
            channel_id=harness.channel(),
            user_id=harness.user(),
        ),
        await harness.fake.invoke(
            "settings", [], channel_id=harness.channel(), user_id=harness.user()
        ),
    ]
    await harness.fake.wait_for(lambda: all(r.callback for r in heavy + light), timeout=10)
    for record in heavy + light:
        assert record.ack_seconds < 3.0, record.ack_seconds
    results = await asyncio.gather(
        *(harness.fake.wait_answered(r, timeout=120) for r in heavy + light)
    )
    assert all(not r.content.startswith("⚠️") for r in results), [r.content for r in results]
    for answer in results[:4]:
        assert len(bullets(answer)) == harness.settings.default_sentences
        assert len(answer.embeds[0]["footer"]["text"]) > 10


async def test_requests_during_shutdown_are_turned_away_politely(harness, no_errors):
    await harness.fake.wait_for(lambda: harness.bot.inflight.count == 0, timeout=10)
    harness.bot.inflight.draining = True
    try:
        record = await harness.fake.invoke(
            "quotes", [opt("source", REPORT)], channel_id=harness.channel(), user_id=harness.user()
        )
        answer = await harness.fake.wait_answered(record)
    finally:
        harness.bot.inflight.draining = False
    assert (
        answer.ephemeral
        and answer.payload["data"]["content"]
        == "I'm restarting right now; please try again in a minute."
    )
    assert harness.bot.inflight.count == 0


async def test_no_message_the_bot_sent_can_ping(harness, no_errors):
    """Text users control (here an option echoed in an error) never pings: every message the bot
    sent in this session carries allowed_mentions with nothing allowed."""
    channel = harness.channel()
    admin = MEMBER | MANAGE_CHANNELS
    record, _ = await settings_cmd(
        harness, [opt("language", "@everyone <@5001>")], channel, harness.user(), admin
    )
    assert "@everyone <@5001>" in record.final.content
    messages = [s for s in harness.fake.sent if s.kind in ("channel", "followup", "edit")]
    messages += [
        s
        for s in harness.fake.sent
        if s.kind == "callback" and s.payload.get("type") in (CHANNEL_MESSAGE, 7)
    ]
    assert messages
    for sent in messages:
        payload = (
            sent.payload.get("data", sent.payload) if sent.kind == "callback" else sent.payload
        )
        assert payload.get("allowed_mentions", {}).get("parse") == [], payload
        assert payload["allowed_mentions"].get("replied_user") in (None, False)
