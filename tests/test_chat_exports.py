"""Chat exports read into message records, and ``summarybot tldr`` on them."""

import json
from datetime import UTC, datetime, timedelta

import pytest

from bot.chat_exports import load_export, parse_export
from bot.errors import InputError
from tests.test_cli import run
from tests.text.test_conversation import DECISION, DECISION_THREAD, SUPPORT, TWO_TOPICS

BASE = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def discord_export(lines, *, guild="111", channel="222", extra=()):
    """A DiscordChatExporter JSON document from (minute, author, text[, extras]) lines."""
    messages = []
    for i, (minute, author, text, *rest) in enumerate(lines, 1):
        extras = dict(rest[0]) if rest else {}
        message = {
            "id": str(1000 + i),
            "type": "Reply" if extras.get("reply_to") else "Default",
            "timestamp": (BASE + timedelta(minutes=minute)).isoformat(),
            "content": text,
            "author": {
                "id": str(sum(map(ord, author)) * 7919),
                "name": author.lower(),
                "nickname": author,
                "isBot": bool(extras.get("is_bot")),
            },
            "attachments": [],
            "embeds": [],
            "reactions": (
                [{"emoji": {"name": "👍"}, "count": extras["reactions"]}]
                if extras.get("reactions")
                else []
            ),
            "mentions": [],
        }
        if extras.get("reply_to"):
            message["reference"] = {"messageId": str(1000 + int(extras["reply_to"]))}
        messages.append(message)
    messages.extend(extra)
    return {
        "guild": {"id": guild, "name": "Team"},
        "channel": {"id": channel, "name": "release", "type": "GuildTextChat"},
        "messages": messages,
        "messageCount": len(messages),
    }


def test_discord_export_becomes_message_records():
    doc = discord_export(
        DECISION_THREAD,
        extra=[
            {
                "id": "9000",
                "type": "GuildMemberJoin",
                "timestamp": BASE.isoformat(),
                "content": "",
                "author": {"id": "5", "name": "newbie", "isBot": False},
            }
        ],
    )
    messages = parse_export(json.dumps(doc), "release.json")
    assert len(messages) == len(DECISION_THREAD)  # the join notice is not a chat message
    decision = messages[7]
    assert decision.text == DECISION
    assert decision.author == "Priya"
    assert decision.reactions == 7
    assert decision.url == "https://discord.com/channels/111/222/1008"
    assert messages[8].reply_to == "1008"
    assert decision.timestamp == (BASE + timedelta(minutes=8)).timestamp()


def test_discord_links_attachments_and_message_links():
    doc = discord_export([(0, "Ana", "see https://discord.com/channels/111/222/1001 for the plan")])
    doc["messages"][0]["attachments"] = [{"url": "https://cdn.example/plan.pdf"}]
    (message,) = parse_export(json.dumps(doc))
    assert message.mentions == ("1001",)
    assert message.links == ("https://cdn.example/plan.pdf",)


def test_slack_channel_folder_with_threads_and_users(tmp_path):
    (tmp_path / "users.json").write_text(
        json.dumps([{"id": "U1", "name": "lena", "profile": {"display_name": "Lena"}}])
    )
    channel = tmp_path / "support"
    channel.mkdir()
    day = [
        {"type": "message", "user": "U1", "text": "How do I reset my password?", "ts": "100.0"},
        {
            "type": "message",
            "user": "U2",
            "text": "Use the link in <@U1>'s email &amp; check spam",
            "ts": "160.5",
            "thread_ts": "100.0",
            "reactions": [{"name": "tada", "count": 2}],
        },
        {"type": "message", "subtype": "channel_join", "user": "U3", "text": "joined", "ts": "1.0"},
        {"type": "message", "bot_id": "B1", "text": "Reminder: standup", "ts": "200.0"},
    ]
    (channel / "2026-03-02.json").write_text(json.dumps(day))
    messages = load_export(str(channel))
    assert [m.author for m in messages] == ["Lena", "U2", "B1"]
    assert messages[1].reply_to == "100.0" and messages[1].reactions == 2
    assert messages[1].text == "Use the link in @Lena's email & check spam"
    assert messages[2].is_bot


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "isn't valid JSON"),
        ('{"title": "a page"}', "isn't a chat export"),
        ('{"channel": {}, "messages": [{"id": "1"}]}', "no chat messages"),
    ],
)
def test_bad_exports_get_a_clear_error(content, message):
    with pytest.raises(InputError, match=message):
        parse_export(content, "x.json")


def test_tldr_json_contract(tmp_path):
    path = tmp_path / "support.json"
    path.write_text(json.dumps(discord_export(SUPPORT)))
    proc = run("tldr", "--json", str(path), tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    (line,) = proc.stdout.decode().splitlines()
    record = json.loads(line)
    assert record["source"] == str(path)
    assert set(record) >= {"source", "topics", "participants", "links", "open_questions"}
    assert [q["text"] for q in record["open_questions"]] == [
        "Does the desktop app support offline mode on Linux?",
        "Is there a way to change the invoice currency after paying?",
    ]
    assert record["open_questions"][0]["url"] == "https://discord.com/channels/111/222/1004"
    for topic in record["topics"]:
        assert topic["title"] and topic["messages"]
        for message in topic["messages"]:
            assert set(message) >= {"author", "text", "url", "timestamp"}


def test_tldr_text_since_and_a_bad_export(tmp_path):
    good = tmp_path / "two.json"
    good.write_text(json.dumps(discord_export(TWO_TOPICS)))
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2")
    proc = run("tldr", "--since", "7m", str(good), str(bad), tmp_path=tmp_path)
    assert proc.returncode == 1
    out = proc.stdout.decode()
    assert "hotel" in out and "pods" not in out  # only the last seven minutes
    assert "Participants:" in out
    assert "bad.json" in proc.stderr.decode() and "valid JSON" in proc.stderr.decode()


def test_tldr_refuses_a_bad_time_span(tmp_path):
    proc = run("tldr", "--since", "soon", "x.json", tmp_path=tmp_path)
    assert proc.returncode == 1
    assert "30m, 6h, 1d" in proc.stderr.decode()


def test_privacy_command_leaves_a_user_out_of_tldr(tmp_path):
    path = tmp_path / "two.json"
    doc = discord_export(TWO_TOPICS)
    path.write_text(json.dumps(doc))
    raj = next(m["author"]["id"] for m in doc["messages"] if m["author"]["nickname"] == "Raj")

    def privacy(*args: str) -> str:
        proc = run("privacy", *args, "--user", raj, tmp_path=tmp_path)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout.decode().strip()

    def participants() -> list[str]:
        proc = run("tldr", "--json", str(path), tmp_path=tmp_path)
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)["participants"]

    assert "Raj" in participants()
    assert privacy("exclude-me") == (
        f"Done. User {raj}'s messages are now left out of every catch-up anyone asks for, "
        "in every channel and server."
    )
    status = json.loads(privacy("status", "--json"))
    assert status == {"user": int(raj), "excluded": True, "changed": None}
    assert "Raj" not in participants() and "Nina" in participants()
    assert json.loads(privacy("include-me", "--json"))["changed"] is True
    assert "already included" in privacy("include-me")
    assert "Raj" in participants()
