from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import AsyncIterator

import pytest

from bot.config import Settings
from bot.web.fetch import Fetcher
from tests.web.servers import ScriptedServer

LOOPBACK = (ipaddress.ip_network("127.0.0.0/8"),)


def loopback_settings(**overrides) -> Settings:
    """Settings that may reach the test servers on 127.0.0.1, with short limits."""
    values = {
        "fetch_allow_networks": LOOPBACK,
        "fetch_timeout": 3.0,
        "fetch_connect_timeout": 1.0,
        "fetch_read_timeout": 1.0,
        "fetch_max_bytes": 100_000,
        "fetch_max_redirects": 5,
    }
    values.update(overrides)
    return Settings(**values)


def fake_dns(table: dict[str, list[str]], calls: list[str] | None = None):
    """A getaddrinfo stand-in answering from ``table`` (name -> addresses), recording lookups."""

    async def getaddrinfo(host, port, *, family=0, type=0, proto=0, flags=0):
        if calls is not None:
            calls.append(host)
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        infos = []
        for address in table[host]:
            if ":" in address:
                infos.append((socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port, 0, 0)))
            else:
                infos.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)))
        return infos

    return getaddrinfo


def pending_tasks() -> list[asyncio.Task]:
    current = asyncio.current_task()
    return [t for t in asyncio.all_tasks() if t is not current and not t.done()]


@pytest.fixture
async def server() -> AsyncIterator[ScriptedServer]:
    srv = await ScriptedServer().start()
    yield srv
    await srv.close()
    await asyncio.sleep(0)
    assert pending_tasks() == [], "something was left running"


@pytest.fixture
async def fetcher(server: ScriptedServer) -> AsyncIterator[Fetcher]:
    f = Fetcher(loopback_settings())
    yield f
    await f.close()
