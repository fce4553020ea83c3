"""What the console reads from a line: ``key:value`` options before free text, numbers and entry
ids written by hand, the settings' words, and pasted input split into messages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.errors import InputError, SummarybotError
from bot.models import parse_entry_id

OPTION_KEYS = ("sentences", "ratio", "method", "language", "file")


@dataclass
class Parsed:
    options: dict[str, str] = field(default_factory=dict)
    rest: str = ""


def parse_options(text: str) -> Parsed:
    """Split leading ``key:value`` or ``--key value`` options from the free text after them."""
    parsed = Parsed()
    rest = text.strip()
    while rest:
        head, _, tail = rest.partition(" ")
        key = None
        if ":" in head and not head.startswith(("http://", "https://")):
            name, _, value = head.partition(":")
            if name in OPTION_KEYS and value:
                key, val = name, value
        elif head.startswith("--") and head[2:] in OPTION_KEYS and tail:
            value, _, tail = tail.partition(" ")
            key, val = head[2:], value
        if key is None:
            break
        parsed.options[key] = val
        rest = tail.strip()
    parsed.rest = rest
    return parsed


SETTING_NAMES = {"length": "length", "retention": "retention_days"}
SETTING_HELP = {
    "length": "0 (the bot's default) or a number of sentences",
    "retention": "0 (keep forever) or a number of days",
}


def setting_number(value: str, name: str) -> int | None:
    """``/settings length N`` or ``retention N``: 0 or a reset word means the default (None)."""
    if value.lower() in ("none", "default", "off", "reset", "auto", "forever"):
        return None
    number = value.strip().lower().removesuffix("d") if name == "retention" else value.strip()
    if not re.fullmatch(r"[0-9]+", number):
        raise InputError(f"{name} must be {SETTING_HELP[name]}, not {value!r}.")
    return int(number) or None


def user_names(exc: SummarybotError) -> SummarybotError:
    """The store's message with the settings' user-facing names (``retention``)."""
    text = str(exc)
    for shown, internal in SETTING_NAMES.items():
        text = text.replace(internal, shown)
    return InputError(text) if text != str(exc) else exc


def whole_number(value: str | None, name: str) -> int | None:
    """A whole number written in ASCII digits (``int()`` would also read ``"٣"`` as 3)."""
    if value is None:
        return None
    if not re.fullmatch(r"[+-]?[0-9]+", value.strip()):
        raise SummarybotError(f"{name} must be a whole number, not {value!r}.")
    return int(value)


def read_entry_id(value: str | None) -> int | None:
    if value is None:
        return None
    parsed = parse_entry_id(value)
    if parsed is None:
        raise SummarybotError(f"id must be an entry number such as 12, not {value!r}.")
    return parsed


def number(value: str | None, name: str) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        raise SummarybotError(f"{name} must be a number, not {value!r}.") from None


def split_messages(data: str) -> list[str]:
    """Commands are one line each; other consecutive lines form one pasted message."""
    messages: list[str] = []
    block: list[str] = []
    for line in data.splitlines():
        if line.startswith("/"):
            if block:
                messages.append("\n".join(block))
                block = []
            messages.append(line)
        elif not line.strip():
            if block:
                messages.append("\n".join(block))
                block = []
        else:
            block.append(line)
    if block:
        messages.append("\n".join(block))
    return messages
