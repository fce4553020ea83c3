"""The fetcher over HTTPS, against TLS servers that the tests run on 127.0.0.1.

Certificates come from a throwaway CA made at test time (trustme). The fetcher trusts it only
when given ``ssl_context=trusting(ca)``; without it, it uses the system trust store, as in
production, and must refuse the same server. The server's name, :data:`TLS_NAME`, exists only
in the tests' fake resolver, so each successful fetch also shows that the connection went to
the checked address while SNI and certificate checks used the link's host name.
"""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import ssl

import pytest
import trustme

from bot.config import Settings
from bot.web.addresses import PRIVATE_MESSAGE, REDIRECT_PRIVATE_MESSAGE
from bot.web.fetch import Fetcher
from tests.web.conftest import (
    PAGE,
    TLS_NAME,
    fake_dns,
    loopback_settings,
    refused,
    start_tls_server,
    trusting,
)
from tests.web.servers import ScriptedServer, redirect, reply, response_bytes

DNS = {TLS_NAME: ["127.0.0.1"]}


def tls_fetcher(ca: trustme.CA | None, dns: dict[str, list[str]] = DNS, **settings) -> Fetcher:
    """A fetcher that may reach loopback and trusts ``ca`` (None: the system trust store)."""
    return Fetcher(
        loopback_settings(**settings),
        getaddrinfo=fake_dns(dns),
        ssl_context=None if ca is None else trusting(ca),
    )


def assert_friendly(message: str) -> None:
    for leak in ("Traceback", "SSL", "_ssl.c", "CERTIFICATE_VERIFY_FAILED", "[", "Error"):
        assert leak not in message, message


# ------------------------------------------------------------------------------ good pages


async def test_fetches_an_https_page_from_a_trusted_ca(ca: trustme.CA, tls_server: ScriptedServer):
    body = "<html><body><p>Caf\xe9 cr\xe8me, 20 \u20ac.</p></body></html>".encode("cp1252")
    tls_server.routes["/page"] = reply(200, body, content_type="text/html; charset=windows-1252")
    calls: list[str] = []
    fetcher = Fetcher(
        loopback_settings(), getaddrinfo=fake_dns(DNS, calls), ssl_context=trusting(ca)
    )
    async with fetcher:
        page = await fetcher.fetch(tls_server.url("/page", host=TLS_NAME))
    assert page.body == body
    assert page.content_type == "text/html"
    assert page.charset == "windows-1252"
    assert page.body.decode(page.charset).endswith("20 \u20ac.</p></body></html>")
    assert page.final_url == f"https://{TLS_NAME}:{tls_server.port}/page"
    # one lookup, the pinned address reached, the name used for SNI and for the Host header
    assert calls == [TLS_NAME]
    assert tls_server.handshakes == 1
    assert tls_server.server_names == [TLS_NAME]
    assert tls_server.requests[0].headers["host"] == f"{TLS_NAME}:{tls_server.port}"


# --------------------------------------------------------------------- refused certificates


async def test_certificate_from_an_untrusted_ca_is_refused(
    ca: trustme.CA, tls_server: ScriptedServer
):
    tls_server.routes["/page"] = reply(200, PAGE)
    url = tls_server.url("/page", host=TLS_NAME)
    expected = (
        f"{TLS_NAME}'s security certificate couldn't be verified, so I didn't fetch the page."
    )
    # the default, as in production: the system trust store, which has never heard of `ca`
    async with tls_fetcher(None) as fetcher:
        assert await refused(fetcher, url) == expected
    # a custom trust store that trusts another CA only
    async with tls_fetcher(trustme.CA()) as fetcher:
        assert await refused(fetcher, url) == expected
    assert_friendly(expected)
    assert tls_server.connections == 2
    assert tls_server.handshakes == 0
    assert tls_server.requests == []  # nothing was sent over the untrusted connection


async def test_certificate_for_another_name_is_refused(ca: trustme.CA, tls_server: ScriptedServer):
    """The server's certificate names tls.test only; the same server under another name, or
    by its bare address, is refused. The DNS pinning must not weaken the name check."""
    tls_server.routes["/page"] = reply(200, PAGE)
    dns = {**DNS, "other.test": ["127.0.0.1"]}
    async with tls_fetcher(ca, dns) as fetcher:
        for host in ("other.test", "127.0.0.1"):
            message = await refused(fetcher, tls_server.url("/page", host=host))
            assert message == (
                f"{host}'s security certificate is for a different site, "
                "so I didn't fetch the page."
            )
            assert_friendly(message)
        assert tls_server.requests == []
        # positive control: the same server, fetcher and trust, under the certificate's name
        page = await fetcher.fetch(tls_server.url("/page", host=TLS_NAME))
    assert page.body == PAGE
    assert tls_server.server_names == ["other.test", None, TLS_NAME]  # no SNI for an address
    assert [r.path for r in tls_server.requests] == ["/page"]


async def test_expired_certificate_is_refused(ca: trustme.CA):
    start = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    cert = ca.issue_cert(TLS_NAME, not_before=start, not_after=start + datetime.timedelta(days=90))
    server = await start_tls_server(cert)
    try:
        server.routes["/page"] = reply(200, PAGE)
        async with tls_fetcher(ca) as fetcher:
            message = await refused(fetcher, server.url("/page", host=TLS_NAME))
        assert message == (
            f"{TLS_NAME}'s security certificate has expired, so I didn't fetch the page."
        )
        assert server.requests == []
    finally:
        await server.close()


async def test_plain_http_on_an_https_link_is_a_failed_secure_connection(ca: trustme.CA):
    """A server answering the TLS hello in plain HTTP (as on a misconfigured port 443)."""

    async def speak_plain_http(reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        await reader.read(1)  # the client hello has begun
        writer.write(response_bytes(400, b"This is a plain HTTP server."))
        await writer.drain()
        writer.close()

    plain = await asyncio.start_server(speak_plain_http, "127.0.0.1", 0)
    port = plain.sockets[0].getsockname()[1]
    try:
        async with tls_fetcher(ca) as fetcher:
            message = await refused(fetcher, f"https://{TLS_NAME}:{port}/page")
    finally:
        plain.close()
        await plain.wait_closed()
    assert (
        message == f"I couldn't make a secure connection to {TLS_NAME}, so I didn't fetch the page."
    )
    assert_friendly(message)


async def test_a_stalled_handshake_hits_the_connect_timeout(ca: trustme.CA, server: ScriptedServer):
    """The plain server accepts the connection but never answers the TLS hello (it waits for
    an HTTP request that never comes): the connect timeout covers the handshake."""
    async with tls_fetcher(ca, fetch_connect_timeout=0.3) as fetcher:
        message = await refused(fetcher, f"https://{TLS_NAME}:{server.port}/", within=1.0)
    assert message == f"I couldn't connect to {TLS_NAME} within 0.3 seconds, so I gave up."
    assert server.connections == 1
    assert server.requests == []


def test_an_ssl_context_that_does_not_verify_is_rejected():
    lax = ssl.create_default_context()
    lax.check_hostname = False
    with pytest.raises(ValueError, match="must verify"):
        Fetcher(Settings(), ssl_context=lax)
    lax.verify_mode = ssl.CERT_NONE
    with pytest.raises(ValueError, match="must verify"):
        Fetcher(Settings(), ssl_context=lax)
    optional = ssl.create_default_context()
    optional.verify_mode = ssl.CERT_OPTIONAL
    with pytest.raises(ValueError, match="must verify"):
        Fetcher(Settings(), ssl_context=optional)


# ------------------------------------------------------------------- refused addresses


async def test_https_to_a_refused_address_makes_no_connection(
    ca: trustme.CA, tls_server: ScriptedServer
):
    tls_server.routes["/page"] = reply(200, PAGE)
    async with Fetcher(Settings(), ssl_context=trusting(ca)) as fetcher:
        assert await refused(fetcher, tls_server.url("/page")) == PRIVATE_MESSAGE
    # the resolver path: the port passes (another network is allowed), the address does not
    other_network = (ipaddress.ip_network("10.0.0.0/8"),)
    async with tls_fetcher(ca, fetch_allow_networks=other_network) as fetcher:
        message = await refused(fetcher, tls_server.url("/page", host=TLS_NAME))
    assert message == PRIVATE_MESSAGE
    # a name with one allowed and one private address is refused whole
    async with tls_fetcher(ca, {TLS_NAME: ["127.0.0.1", "10.1.2.3"]}) as fetcher:
        message = await refused(fetcher, tls_server.url("/page", host=TLS_NAME))
    assert message == PRIVATE_MESSAGE
    assert tls_server.connections == 0
    # positive control: same server and name with loopback allowed
    async with tls_fetcher(ca) as fetcher:
        page = await fetcher.fetch(tls_server.url("/page", host=TLS_NAME))
    assert page.body == PAGE
    assert tls_server.connections == 1


# ------------------------------------------------------------------------------ redirects


async def test_https_to_http_redirect_is_checked_hop_by_hop(
    ca: trustme.CA, tls_server: ScriptedServer, server: ScriptedServer
):
    server.routes["/page"] = reply(200, PAGE)
    tls_server.routes["/down"] = redirect(server.url("/page"))
    tls_server.routes["/metadata"] = redirect("http://169.254.169.254/latest/meta-data/")
    tls_server.routes["/private-name"] = redirect("http://metadata.test/computeMetadata/v1/")
    dns = {**DNS, "metadata.test": ["169.254.169.254"]}
    async with tls_fetcher(ca, dns) as fetcher:
        page = await fetcher.fetch(tls_server.url("/down", host=TLS_NAME))
        assert page.body == PAGE
        assert page.final_url == server.url("/page")
        assert page.redirects == (server.url("/page"),)
        for path in ("/metadata", "/private-name"):
            message = await refused(fetcher, tls_server.url(path, host=TLS_NAME))
            assert message == REDIRECT_PRIVATE_MESSAGE, path
    assert [r.path for r in tls_server.requests] == ["/down", "/metadata", "/private-name"]
    assert [r.path for r in server.requests] == ["/page"]


async def test_http_to_https_redirect_is_checked_hop_by_hop(
    ca: trustme.CA, tls_server: ScriptedServer, server: ScriptedServer
):
    tls_server.routes["/page"] = reply(200, PAGE)
    secure = tls_server.url("/page", host=TLS_NAME)
    server.routes["/up"] = redirect(secure)
    server.routes["/mixed"] = redirect(tls_server.url("/page", host="mixed.test"))
    server.routes["/private"] = redirect("https://10.0.0.1/")
    server.routes["/numeric"] = redirect(f"https://2130706433:{tls_server.port}/page")
    dns = {**DNS, "mixed.test": ["127.0.0.1", "10.1.2.3"]}
    async with tls_fetcher(ca, dns) as fetcher:
        for path in ("/mixed", "/private"):
            assert await refused(fetcher, server.url(path)) == REDIRECT_PRIVATE_MESSAGE, path
        message = await refused(fetcher, server.url("/numeric"))
        assert message == (
            "The page redirected to an address written in an unusual numeric form, "
            "so I won't follow it."
        )
        # each refused hop was refused before connecting to the TLS server (all on 127.0.0.1)
        assert tls_server.connections == 0
        page = await fetcher.fetch(server.url("/up"))
    assert page.body == PAGE
    assert page.final_url == page.redirects[0] == secure
    assert tls_server.server_names == [TLS_NAME]
    assert [r.path for r in server.requests] == ["/mixed", "/private", "/numeric", "/up"]


async def test_redirect_to_an_untrusted_certificate_is_refused(
    ca: trustme.CA, server: ScriptedServer
):
    """A trusted first hop does not vouch for the next one: each https hop is verified."""
    stranger = await start_tls_server(trustme.CA().issue_cert(TLS_NAME))
    try:
        stranger.routes["/page"] = reply(200, PAGE)
        server.routes["/go"] = redirect(stranger.url("/page", host=TLS_NAME))
        async with tls_fetcher(ca) as fetcher:
            message = await refused(fetcher, server.url("/go"))
        assert message == (
            f"{TLS_NAME}'s security certificate couldn't be verified, so I didn't fetch the page."
        )
        assert stranger.connections == 1
        assert stranger.requests == []
    finally:
        await stranger.close()
