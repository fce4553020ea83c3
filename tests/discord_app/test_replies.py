"""Which errors become which friendly messages (the e2e tests cover how they are sent)."""

from __future__ import annotations

from types import SimpleNamespace

import discord
import pytest
from discord import app_commands

from bot.discord_app.replies import friendly_message
from bot.errors import FetchError, NotFoundError, PermissionDenied


def invoke_error(exc: Exception) -> app_commands.CommandInvokeError:
    return app_commands.CommandInvokeError(SimpleNamespace(name="summarize"), exc)


@pytest.mark.parametrize(
    "exc",
    [
        FetchError("That page did not answer."),
        NotFoundError("No entry #3 here."),
        PermissionDenied("Not yours."),
    ],
)
def test_domain_errors_show_their_own_message(exc):
    assert friendly_message(invoke_error(exc)) == str(exc)
    assert friendly_message(exc) == str(exc)


def test_cooldown_says_when_to_retry():
    error = app_commands.CommandOnCooldown(app_commands.Cooldown(1, 10), 4.2)
    assert friendly_message(error) == "You're going a bit fast. Try again in 5 s."


def test_permission_errors_name_the_permissions():
    assert friendly_message(app_commands.MissingPermissions(["manage_guild"])) == (
        "You need the Manage Server permission for that."
    )
    assert "Manage Messages" in friendly_message(
        app_commands.BotMissingPermissions(["manage_messages"])
    )
    assert (
        friendly_message(app_commands.NoPrivateMessage())
        == "This command only works in a server channel."
    )


def test_discord_refusing_the_bot_is_explained():
    response = SimpleNamespace(status=403, reason="Forbidden")
    forbidden = discord.Forbidden(response, {"code": 50013, "message": "Missing Permissions"})
    assert "Send Messages" in friendly_message(invoke_error(forbidden))


def test_bugs_have_no_friendly_message():
    assert friendly_message(invoke_error(RuntimeError("boom"))) is None
    assert friendly_message(invoke_error(KeyError("x"))) is None
