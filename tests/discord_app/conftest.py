"""End-to-end harness: the real Service and an unmodified discord.py client against FakeDiscord."""

from __future__ import annotations

import asyncio
import ipaddress
import itertools
import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field

import discord
import pytest
import pytest_asyncio

from bot.config import Settings
from tests.discord_app.article_site import ArticleSite
from tests.discord_app.fake_discord import FakeDiscord

GUILD_ID = 1000
OTHER_GUILD_ID = 1001
CHANNELS = tuple(range(2000, 2100))
OTHER_CHANNELS = tuple(range(3000, 3010))


class ErrorLog(logging.Handler):
    """Collects ERROR records: errors inside commands are only logged, so tests check this."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def expect(self, fragment: str) -> logging.LogRecord:
        """Take one expected error record out of the list (fails when there is none)."""
        for record in self.records:
            if fragment in record.getMessage():
                self.records.remove(record)
                return record
        raise AssertionError(f"no ERROR record containing {fragment!r}: {self.describe()}")

    def describe(self) -> str:
        return "; ".join(f"{r.name}: {r.getMessage()}" for r in self.records)


@dataclass
class Harness:
    fake: FakeDiscord
    site: ArticleSite
    settings: Settings
    bot: object
    service: object
    errors: ErrorLog
    startup_syncs: list
    _channels: Iterator[int] = field(default_factory=lambda: iter(CHANNELS))
    _other_channels: Iterator[int] = field(default_factory=lambda: iter(OTHER_CHANNELS))
    _users: Iterator[int] = field(default_factory=lambda: itertools.count(6000))

    def channel(self) -> int:
        """A channel no other test used (history, settings and throttles are per channel)."""
        return next(self._channels)

    def other_guild_channel(self) -> int:
        """A fresh channel in the second guild."""
        return next(self._other_channels)

    def user(self) -> int:
        """A user no other test used (cooldowns are per user)."""
        return next(self._users)


def e2e_settings(tmp_path, **changes) -> Settings:
    values = dict(
        discord_token="fake-token",
        discord_guild_id=GUILD_ID,
        database_path=str(tmp_path / "history.db"),
        fetch_allow_networks=(ipaddress.ip_network("127.0.0.0/8"),),
        workers=2,
        job_timeout=30.0,
    )
    values.update(changes)
    return Settings(**values)


@pytest.fixture(scope="session")
def error_log() -> Iterator[ErrorLog]:
    handler = ErrorLog()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def harness(tmp_path_factory, error_log) -> AsyncIterator[Harness]:
    from bot.discord_app.client import SummaryBot
    from bot.service import Service

    tmp_path = tmp_path_factory.mktemp("e2e")
    async with (
        FakeDiscord(guilds={GUILD_ID: CHANNELS, OTHER_GUILD_ID: OTHER_CHANNELS}) as fake,
        ArticleSite() as site,
    ):
        with pytest.MonkeyPatch.context() as mp:
            point_discord_at(mp, fake)
            settings = e2e_settings(tmp_path)
            service = await Service.create(settings)
            bot = SummaryBot(settings, service, guild_ready_timeout=0.05)
            runner = asyncio.create_task(bot.start(settings.discord_token))
            try:
                await asyncio.wait_for(bot.wait_until_ready(), 15)
                assert not error_log.records, error_log.describe()
                yield Harness(fake, site, settings, bot, service, error_log, list(fake.sync_calls))
            finally:
                await bot.close()
                await asyncio.wait_for(runner, 10)
                await service.close()


def point_discord_at(mp: pytest.MonkeyPatch, fake: FakeDiscord) -> None:
    """Aim an unmodified discord.py at the fake: REST base URL and gateway URL."""
    mp.setattr(discord.http.Route, "BASE", fake.api_base)
    mp.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", fake.gateway_url)


@pytest.fixture
def no_errors(error_log: ErrorLog) -> Iterator[ErrorLog]:
    """Fail the test if anything was logged at ERROR (beyond what the test expected)."""
    error_log.records.clear()
    yield error_log
    assert not error_log.records, f"unexpected ERROR log records: {error_log.describe()}"
