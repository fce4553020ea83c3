from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
import time
from collections.abc import AsyncIterator

import pytest
import trustme

from bot.config import Settings
from bot.errors import FetchError
from bot.web.fetch import Fetcher
from tests.web.servers import ScriptedServer

LOOPBACK = (ipaddress.ip_network("127.0.0.0/8"),)
TLS_NAME = "tls.test"  # the HTTPS test server's name; tests map it to 127.0.0.1 with fake_dns
PAGE = b"<html><head><title>A page</title></head><body><p>Hello there.</p></body></html>"


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


async def refused(fetcher: Fetcher, url: str, *, within: float = 2.0) -> str:
    """Fetch ``url`` expecting a FetchError within ``within`` seconds; return its message."""
    start = time.monotonic()
    with pytest.raises(FetchError) as info:
        await fetcher.fetch(url)
    assert time.monotonic() - start < within
    return str(info.value)


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


# ------------------------------------------------------------------------------------ HTTPS


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    """A throwaway certificate authority, made for this test run and trusted by nothing else."""
    return trustme.CA()


def server_context(cert: trustme.LeafCert) -> ssl.SSLContext:
    """A server context presenting ``cert``. Make one per server: ScriptedServer sets its SNI
    callback."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    return context


def trusting(*cas: trustme.CA) -> ssl.SSLContext:
    """A normal verifying client context that also trusts ``cas``."""
    context = ssl.create_default_context()
    for authority in cas:
        authority.configure_trust(context)
    return context


async def start_tls_server(cert: trustme.LeafCert) -> ScriptedServer:
    return await ScriptedServer(tls=server_context(cert)).start()


@pytest.fixture
async def tls_server(ca: trustme.CA) -> AsyncIterator[ScriptedServer]:
    """An HTTPS ScriptedServer on 127.0.0.1 whose certificate, from ``ca``, names
    :data:`TLS_NAME` only."""
    srv = await start_tls_server(ca.issue_cert(TLS_NAME))
    yield srv
    await srv.close()
    await asyncio.sleep(0)
    assert pending_tasks() == [], "something was left running"
