"""Chat exports read into ``ChatMessage`` records: DiscordChatExporter JSON and Slack export JSON.

Pure parsing of local files; no network. ``load_export`` runs in a worker (hostile JSON gets the
job's time and memory limits) and raises ``InputError`` with a plain message on anything it can't read.
"""

from __future__ import annotations

import html
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.errors import InputError
from bot.text.chat import ChatMessage

MAX_EXPORT_BYTES = 100_000_000
_DISCORD_TYPES = frozenset({"Default", "Reply", "ThreadStarterMessage", "0", "19"})
_MESSAGE_LINK = re.compile(
    r"https?://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/channels/(?:\d+|@me)/\d+/(\d+)"
)
_SLACK_SKIPPED = frozenset(
    """channel_join channel_leave channel_topic channel_purpose channel_name channel_archive
    channel_unarchive group_join group_leave pinned_item unpinned_item""".split()
)
_SLACK_MARKUP = re.compile(r"<([@#!]?)([^<>|]+)(?:\|([^<>]*))?>")


def message_links(text: str) -> list[str]:
    """Ids of the Discord messages ``text`` links to."""
    return _MESSAGE_LINK.findall(text)


def load_export(path: str, max_bytes: int = MAX_EXPORT_BYTES) -> list[ChatMessage]:
    """The messages of an export file, or of a Slack channel folder of per-day JSON files."""
    target = Path(path)
    if not target.exists():
        raise InputError(f"No such file or folder: {path}")
    if target.is_dir():
        days = sorted(p for p in target.glob("*.json") if p.name != "users.json")
        if not days:
            raise InputError(
                f"{path} holds no JSON files (a Slack channel folder has one per day)."
            )
        users = _slack_users(target.parent / "users.json")
        messages: list[ChatMessage] = []
        total = 0
        for day in days:
            data = _read(day, max_bytes - total)
            total += len(data)
            messages.extend(_slack_messages(_json(data, str(day)), users, str(day)))
        return messages
    data = _read(target, max_bytes)
    return parse_export(
        data, path, slack_users=_slack_users(target.parent / "users.json", target.parent.parent)
    )


def parse_export(
    data: bytes | str, source: str = "export", *, slack_users: dict[str, str] | None = None
) -> list[ChatMessage]:
    """Messages of one export file's content (DiscordChatExporter or Slack)."""
    doc = _json(data, source)
    if isinstance(doc, dict) and isinstance(doc.get("messages"), list):
        if "channel" in doc or "guild" in doc:
            return _discord_messages(doc, source)
        return _slack_messages(doc["messages"], slack_users or {}, source)
    if isinstance(doc, list):
        return _slack_messages(doc, slack_users or {}, source)
    raise InputError(
        f"{source} isn't a chat export I know: give DiscordChatExporter JSON or Slack export JSON."
    )


def _read(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path} is {size:,} bytes; exports are read up to {max_bytes:,}.")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"Can't read {path}: {exc.strerror or exc}") from None


def _json(data: bytes | str, source: str) -> Any:
    try:
        return json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise InputError(f"{source} isn't valid JSON ({exc}).") from None


# ---------------------------------------------------------------------------- Discord


def _discord_messages(doc: dict[str, Any], source: str) -> list[ChatMessage]:
    guild = _dict(doc.get("guild"))
    channel = _dict(doc.get("channel"))
    guild_id = str(guild.get("id") or "")
    guild_part = guild_id if guild_id and guild_id != "0" else "@me"
    channel_id = str(channel.get("id") or "")
    out = []
    for raw in doc["messages"]:
        if not isinstance(raw, dict) or str(raw.get("type", "Default")) not in _DISCORD_TYPES:
            continue
        message_id = str(raw.get("id") or "")
        stamp = _time(raw.get("timestamp"))
        if not message_id or stamp is None:
            continue
        author = _dict(raw.get("author"))
        text = raw.get("content") if isinstance(raw.get("content"), str) else ""
        links = [a.get("url") for a in _dicts(raw.get("attachments")) if a.get("url")]
        links += [e.get("url") for e in _dicts(raw.get("embeds")) if e.get("url")]
        reference = _dict(raw.get("reference"))
        out.append(
            ChatMessage(
                id=message_id,
                author_id=str(author.get("id") or author.get("name") or "unknown"),
                author=str(author.get("nickname") or author.get("name") or "unknown"),
                timestamp=stamp,
                text=text,
                is_bot=bool(author.get("isBot")),
                reply_to=str(reference["messageId"]) if reference.get("messageId") else None,
                reactions=sum(_count(r.get("count")) for r in _dicts(raw.get("reactions"))),
                mentions=tuple(message_links(text)),
                url=f"https://discord.com/channels/{guild_part}/{channel_id}/{message_id}"
                if channel_id
                else None,
                links=tuple(str(link) for link in links if str(link) not in text),
            )
        )
    if not out and doc["messages"]:
        raise InputError(f"{source} has no chat messages I can read.")
    return out


def _time(value: Any) -> float | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=datetime.now().astimezone().tzinfo).timestamp()
    return moment.timestamp()


# ---------------------------------------------------------------------------- Slack


def _slack_users(*candidates: Path) -> dict[str, str]:
    for path in candidates:
        if not path.is_file():
            continue
        try:
            users = json.loads(path.read_bytes())
        except (OSError, ValueError, RecursionError):
            return {}
        names = {}
        for user in users if isinstance(users, list) else []:
            if isinstance(user, dict) and user.get("id"):
                profile = _dict(user.get("profile"))
                names[str(user["id"])] = str(
                    profile.get("display_name")
                    or user.get("real_name")
                    or profile.get("real_name")
                    or user.get("name")
                    or user["id"]
                )
        return names
    return {}


def _slack_messages(items: list[Any], users: dict[str, str], source: str) -> list[ChatMessage]:
    out = []
    for raw in items:
        if not isinstance(raw, dict) or raw.get("subtype") in _SLACK_SKIPPED:
            continue
        ts = raw.get("ts")
        try:
            stamp = float(ts)
        except (TypeError, ValueError):
            continue
        user = str(raw.get("user") or raw.get("bot_id") or raw.get("username") or "unknown")
        profile = _dict(raw.get("user_profile"))
        name = (
            profile.get("display_name")
            or users.get(user)
            or profile.get("real_name")
            or raw.get("username")
            or user
        )
        text = _slack_text(str(raw.get("text") or ""), users)
        thread = raw.get("thread_ts")
        files = [f.get("url_private") or f.get("permalink") for f in _dicts(raw.get("files"))]
        out.append(
            ChatMessage(
                id=str(ts),
                author_id=user,
                author=str(name),
                timestamp=stamp,
                text=text,
                is_bot=bool(raw.get("bot_id")) or raw.get("subtype") == "bot_message",
                reply_to=str(thread) if thread and str(thread) != str(ts) else None,
                reactions=sum(_count(r.get("count")) for r in _dicts(raw.get("reactions"))),
                url=raw.get("permalink") if isinstance(raw.get("permalink"), str) else None,
                links=tuple(str(f) for f in files if f),
            )
        )
    if not out and items:
        raise InputError(f"{source} has no chat messages I can read.")
    return out


def _slack_text(text: str, users: dict[str, str]) -> str:
    """Slack markup as plain text: <@U1> is @name, <#C1|general> is #general, <url|label> the url."""

    def plain(match: re.Match) -> str:
        sign, target, label = match.groups()
        if sign == "@":
            return "@" + (users.get(target) or label or target)
        if sign == "#":
            return "#" + (label or target)
        if sign == "!":
            return "@" + (label or target)
        return target

    return html.unescape(_SLACK_MARKUP.sub(plain, text))


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _count(value: Any) -> int:
    return value if isinstance(value, int) and value > 0 else 0
