"""Plain records of a chat conversation and of its catch-up (the conversation engine's in and out)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bot.errors import InputError


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One chat message as a front end or an export reader hands it over.

    ``timestamp`` is in seconds since the epoch; ``reply_to`` and ``mentions`` hold ids of other
    messages (a reply, links to messages); ``links`` holds links and attachments shared with it.
    """

    id: str
    author_id: str
    author: str
    timestamp: float
    text: str
    is_bot: bool = False
    reply_to: str | None = None
    reactions: int = 0
    mentions: tuple[str, ...] = ()
    url: str | None = None
    links: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ChatPick:
    """A message shown in a catch-up: the start of a turn, verbatim (shortened at a sentence end)."""

    author: str
    text: str
    url: str | None
    timestamp: float
    message_id: str
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "author": self.author,
            "text": self.text,
            "url": self.url,
            "timestamp": iso_time(self.timestamp),
        }


@dataclass(frozen=True, slots=True)
class ChatTopic:
    """A stretch of the conversation about one thing, with its most central messages in order."""

    title: str
    messages: tuple[ChatPick, ...]
    start: float
    end: float
    turns: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "messages": [m.to_dict() for m in self.messages],
            "start": iso_time(self.start),
            "end": iso_time(self.end),
            "turns": self.turns,
        }


@dataclass(frozen=True, slots=True)
class CatchUp:
    """What a conversation said: topics with picked messages, who spoke, links and open questions."""

    topics: tuple[ChatTopic, ...]
    participants: tuple[str, ...]
    links: tuple[str, ...]
    open_questions: tuple[ChatPick, ...]
    messages: int  # messages read (before noise was dropped)
    kept: int  # messages left after noise was dropped
    language: str = "english"
    start: float | None = None
    end: float | None = None
    counts: dict[str, int] = field(default_factory=dict)  # messages per participant

    def to_dict(self, source: str) -> dict[str, Any]:
        """The JSON object of ``summarybot tldr --json``."""
        return {
            "source": source,
            "topics": [t.to_dict() for t in self.topics],
            "participants": list(self.participants),
            "links": list(self.links),
            "open_questions": [
                {
                    "author": q.author,
                    "text": q.text,
                    "url": q.url,
                    "timestamp": iso_time(q.timestamp),
                }
                for q in self.open_questions
            ],
            "messages": self.messages,
            "kept": self.kept,
            "language": self.language,
            "start": iso_time(self.start) if self.start is not None else None,
            "end": iso_time(self.end) if self.end is not None else None,
        }


def iso_time(timestamp: float) -> str:
    """Seconds since the epoch as an ISO 8601 time in UTC."""
    return datetime.fromtimestamp(timestamp, UTC).isoformat().replace("+00:00", "Z")


_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d|day|w|wk)s?", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_since(text: str) -> float:
    """Seconds in a duration like ``30m``, ``6h``, ``1d``, ``2w`` or ``1h30m``."""
    compact = text.strip().lower().replace(" ", "")
    parts = list(_DURATION.finditer(compact))
    if not compact or "".join(p.group(0) for p in parts) != compact:
        raise InputError(f"I can't read {text!r} as a time span: write it like 30m, 6h, 1d or 2w.")
    seconds = sum(float(p.group(1)) * _UNIT_SECONDS[p.group(2)[0]] for p in parts)
    if seconds <= 0:
        raise InputError("The time span must be longer than zero.")
    return seconds
