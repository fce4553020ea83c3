"""Starting, stopping, publishing commands and the Message Content fallback, against FakeDiscord."""

from __future__ import annotations

import asyncio
import logging
import os
import signal

import pytest

from bot.config import ConfigError
from bot.discord_app.client import run_bot, serve, sync_commands
from tests.discord_app.conftest import e2e_settings, point_discord_at
from tests.discord_app.fake_discord import MESSAGE_CONTENT_INTENT, FakeDiscord
from tests.discord_app.helpers import REPORT, REPORT_SENTENCES, bullets, opt, sub


async def test_run_without_token_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="DISCORD_TOKEN is not set"):
        await run_bot(e2e_settings(tmp_path, discord_token=None))
    assert not (tmp_path / "history.db").exists()


async def test_sync_publishes_globally_or_to_one_guild_without_connecting(tmp_path, monkeypatch):
    async with FakeDiscord() as fake:
        point_discord_at(monkeypatch, fake)
        settings = e2e_settings(tmp_path, discord_guild_id=None)
        synced_globally = await sync_commands(settings, guild_id=None)
        synced_to_guild = await sync_commands(settings, guild_id=1000)
        assert fake.sync_calls == [None, 1000]
        # the count printed is what Discord received (every command of every cog, 11 now)
        assert synced_globally == len(fake.commands[None]) == synced_to_guild >= 11
        assert {c["name"] for c in fake.commands[None]} == {c["name"] for c in fake.commands[1000]}
        assert fake.identifies == []  # no gateway connection needed
    assert not (tmp_path / "history.db").exists()  # nor a database


async def test_a_wrong_token_is_a_clear_error(tmp_path, monkeypatch):
    async with FakeDiscord(token="the-real-token") as fake:
        point_discord_at(monkeypatch, fake)
        with pytest.raises(ConfigError, match="Discord refused DISCORD_TOKEN"):
            await sync_commands(e2e_settings(tmp_path), guild_id=None)


async def test_sigterm_closes_the_connection_and_the_service(tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.INFO)
    async with FakeDiscord() as fake:
        point_discord_at(monkeypatch, fake)
        task = asyncio.create_task(run_bot(e2e_settings(tmp_path)))
        await fake.wait_for(lambda: fake.identifies or task.done(), timeout=15)
        assert fake.sync_calls == [1000]  # DISCORD_GUILD_ID: commands synced there at start-up
        await asyncio.sleep(0.3)  # READY and GUILD_CREATE
        # A request in progress when SIGTERM arrives still gets its answer before shutdown.
        record = await fake.invoke(
            "summarize",
            [opt("source", REPORT), opt("sentences", 2), opt("method", "lead")],
            channel_id=2000,
        )
        await fake.wait_for(lambda: record.callback, timeout=10)
        os.kill(os.getpid(), signal.SIGTERM)
        await asyncio.wait_for(task, 20)
        assert bullets(record.final) == REPORT_SENTENCES[:2]
        await fake.wait_for(lambda: fake.closed_sockets, timeout=5)
    # The bot closed its one connection itself (discord.py sends 1000 or, when a read is pending,
    # 4000), and did not reconnect.
    assert len(fake.closed_sockets) == 1 and fake.closed_sockets[0] in (1000, 4000)
    assert len(fake.identifies) == 1
    assert "received SIGTERM; shutting down" in caplog.text
    assert "service closed (database, HTTP session, worker pool)" in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_without_message_content_intent_commands_still_work(tmp_path, monkeypatch, caplog):
    from bot.service import Service

    caplog.set_level(logging.INFO)
    async with FakeDiscord(refuse_message_content=True) as fake:
        point_discord_at(monkeypatch, fake)
        settings = e2e_settings(tmp_path)
        service = await Service.create(settings)
        stop = asyncio.Event()
        task = asyncio.create_task(serve(settings, service, stop, guild_ready_timeout=0.05))
        try:
            await fake.wait_for(lambda: len(fake.identifies) >= 2 and fake._sockets, timeout=20)
            assert fake.identifies[0]["intents"] & MESSAGE_CONTENT_INTENT
            assert not fake.identifies[1]["intents"] & MESSAGE_CONTENT_INTENT
            warnings = [
                r
                for r in caplog.records
                if r.levelno == logging.WARNING and "Message Content intent" in r.getMessage()
            ]
            assert warnings and "Privileged Gateway Intents" in warnings[0].getMessage()
            await asyncio.sleep(0.2)  # READY and GUILD_CREATE

            record = await fake.invoke("history", sub("recent"), channel_id=2000)
            answer = await fake.wait_answered(record)
            assert answer.embeds[0]["title"] == "Recent summaries"

            # Pasted links arrive without content, so nothing happens; a mention still carries it.
            await fake.post_message("http://127.0.0.1:9/news/x", channel_id=2001)
            await fake.post_message(
                f"<@{fake.bot_id}> sync global", channel_id=2001, author_id=fake.owner_id
            )
            await fake.wait_for(lambda: [s for s in fake.sent if s.kind == "channel"], timeout=10)
            (reply,) = [s for s in fake.sent if s.kind == "channel"]
            assert reply.content.startswith(f"Synced {len(fake.commands[None])} commands globally")
        finally:
            stop.set()
            await asyncio.wait_for(task, 15)
            await service.close()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
