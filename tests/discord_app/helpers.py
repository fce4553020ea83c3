"""Small builders for interaction options, and test texts written for these tests."""

from __future__ import annotations

import re

from tests.discord_app.fake_discord import ATTACHMENT, BOOLEAN, INTEGER, STRING, SUB_COMMAND, Sent

SEND_MESSAGES = 1 << 11
USE_COMMANDS = 1 << 31
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
MANAGE_MESSAGES = 1 << 13
MEMBER = SEND_MESSAGES | USE_COMMANDS

NO_PINGS = {"parse": []}

# A short report written for these tests (no evaluation data), with quotations and mentions.
REPORT_SENTENCES = [
    "The regional rail company will add forty new trains to its fleet by the end of next year.",
    "The order is the largest in the company's history and is worth about nine hundred million euros.",
    "The new trains are longer than the current ones and have room for bicycles and wheelchairs.",
    "Passengers have complained for years about crowded carriages during the morning rush hour.",
    '"We heard them, and these trains are our answer," said chief executive Dana Weiss.',
    "The first trains will run on the coastal line, where demand has grown fastest since 2019.",
    "Unions welcomed the order but warned that the company also needs more drivers.",
    '"A train without a driver is just an expensive shed," said union spokesman Karl Brandt.',
    "The company plans to hire two hundred drivers and train them at a new school in the capital.",
    "Old trains will be refurbished and sold to operators in neighbouring countries.",
    "Environmental groups praised the plan because the new trains use a third less energy.",
    "The transport ministry said it would pay for part of the order from the climate fund.",
]
REPORT = " ".join(REPORT_SENTENCES)


def opt(name: str, value, type_: int | None = None) -> dict:
    """One command option; the type is guessed from the value when not given."""
    if type_ is None:
        type_ = (
            BOOLEAN if isinstance(value, bool) else INTEGER if isinstance(value, int) else STRING
        )
    return {"name": name, "type": type_, "value": value}


def sub(name: str, *options: dict) -> list[dict]:
    """A subcommand with its options (for /history)."""
    return [{"name": name, "type": SUB_COMMAND, "options": list(options)}]


def file_option(fake, name: str, filename: str, data: bytes, content_type: str | None = None):
    """(options, resolved) for an attachment option."""
    attachment = fake.attachment(filename, data, content_type)
    options = [{"name": name, "type": ATTACHMENT, "value": attachment["id"]}]
    resolved = {"attachments": {attachment["id"]: attachment}}
    return options, resolved


def bullets(sent: Sent) -> list[str]:
    """The summary sentences of a summary embed, markdown escapes removed."""
    description = sent.embeds[0]["description"]
    return [unescape(line[2:]) for line in description.split("\n") if line.startswith("• ")]


def unescape(text: str) -> str:
    return re.sub(r"\\([\\*_`~|>#\-\[\]()])", r"\1", text)


def entry_id(sent: Sent) -> int:
    """The history entry number from a summary embed's footer."""
    match = re.search(r"entry #(\d+)", sent.embeds[0]["footer"]["text"])
    assert match, sent.embeds[0]["footer"]
    return int(match.group(1))
