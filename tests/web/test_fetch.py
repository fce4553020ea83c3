"""The fetcher against hostile servers that the tests run on 127.0.0.1.

The servers are reachable only because the settings allow 127.0.0.0/8; without that, the tests
show the fetcher refuses loopback before making any connection.
"""

from __future__ import annotations

import asyncio
import ipaddress
import tracemalloc

import pytest

from bot.config import Settings
from bot.web.addresses import PRIVATE_MESSAGE, REDIRECT_PRIVATE_MESSAGE
from bot.web.fetch import Fetcher
from tests.web.conftest import PAGE, fake_dns, loopback_settings, refused
from tests.web.servers import (
    Request,
    ScriptedServer,
    gzip_bomb,
    gzipped,
    redirect,
    reply,
    response_bytes,
)

# ----------------------------------------------------------------------------- normal pages


async def test_fetches_a_page_with_its_metadata(server: ScriptedServer, fetcher: Fetcher):
    server.routes["/page"] = reply(200, PAGE, content_type="text/html; charset=ISO-8859-1")
    page = await fetcher.fetch(server.url("/page"))
    assert page.status == 200
    assert page.body == PAGE
    assert page.content_type == "text/html"
    assert page.charset == "iso-8859-1"
    assert page.url == page.final_url == server.url("/page")
    assert page.headers["content-length"] == str(len(PAGE))
    request = server.requests[0]
    assert request.headers["user-agent"] == fetcher.settings.user_agent
    assert "summarybot" in request.headers["user-agent"]
    assert "text/html" in request.headers["accept"]


async def test_user_agent_from_settings_read_from_the_environment(server: ScriptedServer):
    server.routes["/page"] = reply(200, PAGE)
    for env, expected in (
        ({}, "summarybot"),
        ({"FETCH_USER_AGENT": "wikibot/2 (+https://wiki.example/bot)"}, "wikibot/2"),
    ):
        settings = Settings.from_env({"FETCH_ALLOW_NETWORKS": "127.0.0.0/8", **env}, dotenv=False)
        async with Fetcher(settings) as fetcher:
            await fetcher.fetch(server.url("/page"))
        assert expected in server.requests[-1].headers["user-agent"]


async def test_decompresses_gzip(server: ScriptedServer, fetcher: Fetcher):
    server.routes["/gz"] = reply(200, gzipped(PAGE), headers={"Content-Encoding": "gzip"})
    page = await fetcher.fetch(server.url("/gz"))
    assert page.body == PAGE


async def test_follows_relative_redirects_and_sends_no_cookies(
    server: ScriptedServer, fetcher: Fetcher
):
    server.routes["/old"] = reply(
        301, b"", content_type=None, headers={"Location": "/new", "Set-Cookie": "id=secret"}
    )
    server.routes["/new"] = reply(200, PAGE)
    page = await fetcher.fetch(server.url("/old"))
    assert page.final_url == server.url("/new")
    assert page.redirects == (server.url("/new"),)
    assert page.url == server.url("/old")
    assert [r.path for r in server.requests] == ["/old", "/new"]
    assert "cookie" not in server.requests[1].headers


async def test_plain_text_and_pdf_are_accepted(server: ScriptedServer, fetcher: Fetcher):
    server.routes["/t"] = reply(200, b"just text", content_type="text/plain")
    server.routes["/p"] = reply(200, b"%PDF-1.4 ...", content_type="application/pdf")
    assert (await fetcher.fetch(server.url("/t"))).content_type == "text/plain"
    assert (await fetcher.fetch(server.url("/p"))).content_type == "application/pdf"


async def test_missing_content_type_is_sniffed(server: ScriptedServer, fetcher: Fetcher):
    server.routes["/html"] = reply(200, b"<!DOCTYPE html>" + PAGE, content_type=None)
    server.routes["/pdf"] = reply(200, b"%PDF-1.7\n" + bytes(2000), content_type=None)
    server.routes["/bin"] = reply(200, bytes(range(256)) * 8, content_type=None)
    assert (await fetcher.fetch(server.url("/html"))).content_type == "text/html"
    assert (await fetcher.fetch(server.url("/pdf"))).content_type == "application/pdf"
    message = await refused(fetcher, server.url("/bin"))
    assert message.startswith("The site didn't say what kind of file that link is")


# ------------------------------------------------------------------- refusing private targets


async def test_loopback_is_refused_before_any_connection_without_allow_networks(
    server: ScriptedServer,
):
    server.routes["/page"] = reply(200, PAGE)
    async with Fetcher(Settings()) as fetcher:
        for url in (
            server.url("/page"),
            f"http://[::ffff:127.0.0.1]:{server.port}/page",
            f"http://2130706433:{server.port}/page",
            f"http://0x7f.1:{server.port}/page",
            f"http://127.1:{server.port}/page",
        ):
            assert await refused(fetcher, url) == PRIVATE_MESSAGE, url
        # a name on a non-standard port is refused for its port before any lookup
        message = await refused(fetcher, f"http://localhost:{server.port}/page")
        assert message.startswith(f"That link uses port {server.port}")
    assert server.connections == 0


async def test_a_name_resolving_to_loopback_is_refused_before_connecting(server: ScriptedServer):
    """The resolver path: port checks pass (another network is allowed), the address does not."""
    server.routes["/page"] = reply(200, PAGE)
    settings = loopback_settings(fetch_allow_networks=(ipaddress.ip_network("10.0.0.0/8"),))
    dns = fake_dns({"wiki.test": ["127.0.0.1"]})
    async with Fetcher(settings, getaddrinfo=dns) as fetcher:
        assert await refused(fetcher, f"http://wiki.test:{server.port}/page") == PRIVATE_MESSAGE
    assert server.connections == 0
    # positive control: the same name and server, with loopback allowed
    async with Fetcher(loopback_settings(), getaddrinfo=dns) as fetcher:
        page = await fetcher.fetch(f"http://wiki.test:{server.port}/page")
    assert page.body == PAGE
    assert server.connections == 1


async def test_every_resolved_address_must_pass(server: ScriptedServer):
    server.routes["/page"] = reply(200, PAGE)
    dns = fake_dns({"mixed.test": ["127.0.0.1", "10.1.2.3"]})
    async with Fetcher(loopback_settings(), getaddrinfo=dns) as fetcher:
        assert await refused(fetcher, f"http://mixed.test:{server.port}/page") == PRIVATE_MESSAGE
    assert server.connections == 0


async def test_connects_to_the_checked_address_without_a_second_lookup(server: ScriptedServer):
    """DNS pinning: "pinned.test" exists only in our fake resolver, so any second lookup
    (by aiohttp or the OS) would fail; the request still reaches the checked address."""
    server.routes["/page"] = reply(200, PAGE)
    calls: list[str] = []
    dns = fake_dns({"pinned.test": ["127.0.0.1"]}, calls)
    async with Fetcher(loopback_settings(), getaddrinfo=dns) as fetcher:
        page = await fetcher.fetch(f"http://pinned.test:{server.port}/page")
    assert page.body == PAGE
    assert calls == ["pinned.test"]
    assert server.requests[0].headers["host"] == f"pinned.test:{server.port}"


async def test_unknown_names_get_a_clear_message(server: ScriptedServer):
    async with Fetcher(loopback_settings(), getaddrinfo=fake_dns({})) as fetcher:
        message = await refused(fetcher, "http://nowhere.test/")
    assert message == "I couldn't find the site nowhere.test (its name doesn't resolve)."


@pytest.mark.parametrize(
    "location",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://[::1]/",
        "http://[fd00::1]/",
        "http://0177.0.0.1/",
    ],
)
async def test_redirect_to_a_private_address_is_refused(
    server: ScriptedServer, fetcher: Fetcher, location: str
):
    server.routes["/go"] = redirect(location)
    message = await refused(fetcher, server.url("/go"))
    assert message in (
        REDIRECT_PRIVATE_MESSAGE,
        "The page redirected to an address written in an unusual numeric form, so I won't follow it.",
    )
    assert len(server.requests) == 1


async def test_redirect_to_a_name_resolving_to_a_private_address_is_refused(
    server: ScriptedServer,
):
    server.routes["/go"] = redirect("http://metadata.test/computeMetadata/v1/")
    dns = fake_dns({"metadata.test": ["169.254.169.254"]})
    async with Fetcher(loopback_settings(), getaddrinfo=dns) as fetcher:
        assert await refused(fetcher, server.url("/go")) == REDIRECT_PRIVATE_MESSAGE


async def test_redirect_to_another_scheme_is_refused(server: ScriptedServer, fetcher: Fetcher):
    server.routes["/go"] = redirect("file:///etc/passwd")
    message = await refused(fetcher, server.url("/go"))
    assert message == (
        "The site redirected to a link I won't fetch. "
        "I can only fetch http and https links, not file."
    )


async def test_proxy_settings_from_the_environment_are_ignored(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
):
    proxy = await ScriptedServer().start()
    try:
        for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "ALL_PROXY"):
            monkeypatch.setenv(name, proxy.base)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        server.routes["/page"] = reply(200, PAGE)
        async with Fetcher(loopback_settings()) as fetcher:
            page = await fetcher.fetch(server.url("/page"))
        assert page.body == PAGE
        assert proxy.connections == 0
    finally:
        await proxy.close()


# -------------------------------------------------------------------------------- redirects


async def test_redirect_loop(server: ScriptedServer, fetcher: Fetcher):
    server.routes["/a"] = redirect("/b")
    server.routes["/b"] = redirect("/a")
    assert await refused(fetcher, server.url("/a")) == "The page redirects in a loop, so I gave up."
    assert [r.path for r in server.requests] == ["/a", "/b"]


async def test_too_many_redirects(server: ScriptedServer, fetcher: Fetcher):
    for i in range(10):
        server.routes[f"/r{i}"] = redirect(f"/r{i + 1}")
    message = await refused(fetcher, server.url("/r0"))
    assert message == "The page redirected more than 5 times, so I gave up."
    assert len(server.requests) == 6  # the link and five redirects, no more


async def test_redirect_without_location(server: ScriptedServer, fetcher: Fetcher):
    server.routes["/r"] = reply(302, b"", content_type=None)
    message = await refused(fetcher, server.url("/r"))
    assert message == "The site sent a redirect without saying where to, so I gave up."


# ------------------------------------------------------------------------ slow and hanging


async def test_slow_drip_hits_the_whole_fetch_limit(server: ScriptedServer):
    """One byte every 0.1 s never trips the read timeout; the overall limit stops it."""

    async def drip(request: Request, writer) -> None:
        writer.write(response_bytes(200, b"", content_length=10_000))
        await writer.drain()
        while True:
            writer.write(b"x")
            await writer.drain()
            await asyncio.sleep(0.1)

    server.routes["/drip"] = drip
    settings = loopback_settings(fetch_timeout=1.0, fetch_read_timeout=0.5)
    async with Fetcher(settings) as fetcher:
        message = await refused(fetcher, server.url("/drip"), within=2.0)
    assert message == "The page took too long to load (over 1 second), so I gave up."


async def test_hanging_server_hits_the_read_timeout(server: ScriptedServer):
    async def hang(request: Request, writer) -> None:
        await asyncio.sleep(30)

    async def hang_after_headers(request: Request, writer) -> None:
        writer.write(response_bytes(200, b"", content_length=5000))
        await writer.drain()
        await asyncio.sleep(30)

    server.routes["/hang"] = hang
    server.routes["/half"] = hang_after_headers
    settings = loopback_settings(fetch_timeout=5.0, fetch_read_timeout=0.5)
    async with Fetcher(settings) as fetcher:
        for path in ("/hang", "/half"):
            message = await refused(fetcher, server.url(path), within=1.5)
            assert message == (
                "The site stopped answering (nothing arrived for 0.5 seconds), so I gave up."
            )


# ------------------------------------------------------------------------------ big bodies


async def test_declared_huge_body_is_refused_without_reading_it(
    server: ScriptedServer, fetcher: Fetcher
):
    async def huge(request: Request, writer) -> None:
        writer.write(response_bytes(200, b"", content_length=10_000_000_000))
        await writer.drain()
        await asyncio.sleep(30)  # never sends the body

    server.routes["/huge"] = huge
    message = await refused(fetcher, server.url("/huge"), within=1.0)
    assert message == "The page is too large for me (over 100 KB)."


async def test_endless_chunked_body_is_cut_at_the_cap(server: ScriptedServer, fetcher: Fetcher):
    async def endless(request: Request, writer) -> None:
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        chunk = b"<p>" + b"a" * 8000 + b"</p>"
        while True:
            writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            await writer.drain()

    server.routes["/endless"] = endless
    tracemalloc.start()
    try:
        message = await refused(fetcher, server.url("/endless"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert message == "The page is too large for me (over 100 KB)."
    assert peak < 5_000_000


async def test_gzip_bomb_is_stopped_at_the_cap_in_bounded_memory(
    server: ScriptedServer, fetcher: Fetcher
):
    bomb = gzip_bomb(200 << 20)  # 200 MB of zeros in about 200 KB
    assert len(bomb) < 300_000
    server.routes["/bomb"] = reply(200, bomb, headers={"Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        message = await refused(fetcher, server.url("/bomb"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert message == "The page is too large for me (over 100 KB)."
    assert peak < 10_000_000  # far below the 200 MB it would inflate to


async def test_body_shorter_than_its_content_length(server: ScriptedServer, fetcher: Fetcher):
    async def short(request: Request, writer) -> None:
        writer.write(response_bytes(200, b"<p>only this</p>", content_length=5000))
        await writer.drain()
        writer.close()

    server.routes["/short"] = short
    message = await refused(fetcher, server.url("/short"))
    assert message == "The connection broke off before the page finished loading."


async def test_body_longer_than_its_content_length_is_not_over_read(
    server: ScriptedServer, fetcher: Fetcher
):
    async def longer_later(request: Request, writer) -> None:
        writer.write(response_bytes(200, PAGE))
        await writer.drain()
        await asyncio.sleep(0.2)
        writer.write(b"<p>more than was declared</p>" * 1000)
        await writer.drain()

    async def longer_at_once(request: Request, writer) -> None:
        writer.write(response_bytes(200, PAGE + b"<p>extra</p>", content_length=len(PAGE)))
        await writer.drain()

    server.routes["/later"] = longer_later
    server.routes["/at-once"] = longer_at_once
    page = await fetcher.fetch(server.url("/later"))
    assert page.body == PAGE
    message = await refused(fetcher, server.url("/at-once"))
    assert message == "The site sent an invalid HTTP response."


async def test_broken_compression(server: ScriptedServer, fetcher: Fetcher):
    server.routes["/bad"] = reply(
        200, b"this is not gzip at all", headers={"Content-Encoding": "gzip"}
    )
    message = await refused(fetcher, server.url("/bad"))
    assert message == "The site sent a badly compressed response that I couldn't unpack."


# --------------------------------------------------------------------- types and statuses


@pytest.mark.parametrize(
    ("content_type", "expected"),
    [
        ("image/png", "That link points to an image file (image/png), not an article."),
        ("video/mp4", "That link points to a video file (video/mp4), not an article."),
        ("audio/mpeg", "That link points to an audio file (audio/mpeg), not an article."),
        (
            "application/json",
            "That link serves application/json, which I can't read: "
            "I handle web pages, plain text and PDF files.",
        ),
        (
            "application/zip",
            "That link serves application/zip, which I can't read: "
            "I handle web pages, plain text and PDF files.",
        ),
    ],
)
async def test_wrong_content_types_are_refused_before_the_body(
    server: ScriptedServer, fetcher: Fetcher, content_type: str, expected: str
):
    async def typed(request: Request, writer) -> None:
        writer.write(response_bytes(200, b"", content_type=content_type, content_length=50_000))
        await writer.drain()
        await asyncio.sleep(30)  # the body never comes: we must not wait for it

    server.routes["/file"] = typed
    assert await refused(fetcher, server.url("/file"), within=1.0) == expected


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (404, "The page wasn't found (HTTP 404)."),
        (410, "The page has been removed (HTTP 410)."),
        (403, "The site refused to show me that page (HTTP 403)."),
        (401, "The site refused to show me that page (HTTP 401)."),
        (429, "The site is limiting requests right now (HTTP 429); try again later."),
        (500, "The site had an error (HTTP 500); try again later."),
        (503, "The site had an error (HTTP 503); try again later."),
        (418, "The site refused the request (HTTP 418)."),
        (204, "The page was empty."),
    ],
)
async def test_http_errors(server: ScriptedServer, fetcher: Fetcher, status: int, expected: str):
    server.routes["/e"] = reply(status, b"" if status == 204 else b"<p>error page</p>")
    assert await refused(fetcher, server.url("/e")) == expected


async def test_empty_body(server: ScriptedServer, fetcher: Fetcher):
    server.routes["/empty"] = reply(200, b"")
    assert await refused(fetcher, server.url("/empty")) == "The page was empty."


async def test_garbage_instead_of_http(server: ScriptedServer, fetcher: Fetcher):
    async def garbage(request: Request, writer) -> None:
        writer.write(b"\x00\x01\x02 this is no HTTP response\r\n\r\n")
        await writer.drain()
        writer.close()

    server.routes["/g"] = garbage
    assert await refused(fetcher, server.url("/g")) == "The site sent an invalid HTTP response."


async def test_connection_closed_without_an_answer(server: ScriptedServer, fetcher: Fetcher):
    async def close(request: Request, writer) -> None:
        writer.close()

    server.routes["/c"] = close
    message = await refused(fetcher, server.url("/c"))
    assert message == "The site closed the connection without answering."


async def test_nothing_listening(fetcher: Fetcher):
    probe = await ScriptedServer().start()
    port = probe.port
    await probe.close()
    message = await refused(fetcher, f"http://127.0.0.1:{port}/")
    assert message == "I couldn't connect to 127.0.0.1."
