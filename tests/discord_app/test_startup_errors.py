"""`summarybot run` and `sync` end in one clear line when Discord is unreachable or refuses the token."""

from __future__ import annotations

import socket
import subprocess
import sys

import discord
import pytest

from bot.config import ConfigError
from bot.discord_app.client import run_bot, sync_commands
from bot.errors import DiscordUnreachable
from tests.discord_app.conftest import e2e_settings, point_discord_at
from tests.discord_app.fake_discord import FakeDiscord


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def unreachable_discord(monkeypatch):
    port = closed_port()
    monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{port}/api/v10")
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", f"ws://127.0.0.1:{port}/"
    )


async def test_run_without_network_is_one_clear_error(tmp_path, unreachable_discord):
    with pytest.raises(DiscordUnreachable, match="Cannot reach Discord .*check the network"):
        await run_bot(e2e_settings(tmp_path, workers=1))


async def test_sync_without_network_is_one_clear_error(tmp_path, unreachable_discord):
    with pytest.raises(DiscordUnreachable, match="Cannot reach Discord"):
        await sync_commands(e2e_settings(tmp_path, workers=1), guild_id=None)


async def test_a_refused_token_is_one_clear_error(tmp_path, monkeypatch):
    async with FakeDiscord(token="the-real-token") as fake:
        point_discord_at(monkeypatch, fake)
        settings = e2e_settings(tmp_path, workers=1, discord_token="an-old-token")
        with pytest.raises(ConfigError, match="refused DISCORD_TOKEN"):
            await run_bot(settings)
        with pytest.raises(ConfigError, match="refused DISCORD_TOKEN"):
            await sync_commands(settings, guild_id=None)


def test_the_cli_prints_one_line_and_no_traceback(
    tmp_path, monkeypatch, capsys, unreachable_discord
):
    from bot.cli import main

    monkeypatch.setenv("DISCORD_TOKEN", "abc")
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "h.db"))
    monkeypatch.setenv("WORKERS", "1")
    assert main(["run"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert [line for line in err.splitlines() if line.startswith("summarybot:")] == [
        next(line for line in err.splitlines() if "Cannot reach Discord" in line)
    ]


def test_no_voice_library_noise():
    # A fresh interpreter: discord.py warns once per process, at the first client it builds.
    code = (
        "import logging; logging.basicConfig(level=logging.INFO)\n"
        "import discord, bot.discord_app.client\n"
        "discord.Client(intents=discord.Intents.none())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "voice will NOT be supported" not in done.stderr
