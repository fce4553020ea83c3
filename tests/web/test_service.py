"""From link to Article: the fetcher, then extraction in a real worker process (bot.workers)."""

from __future__ import annotations

import multiprocessing
import time

import pytest

from bot.errors import ExtractionError, FetchError, TimeLimitError
from bot.web.addresses import PRIVATE_MESSAGE
from bot.web.fetch import Fetcher
from bot.web.service import fetch_article
from bot.workers import JobRunner
from tests.web.conftest import loopback_settings
from tests.web.servers import ScriptedServer, meta_redirect, redirect, reply
from tests.web.test_extract import STORY, page


@pytest.fixture
async def runner():
    before = {p.pid for p in multiprocessing.active_children()}
    r = JobRunner(1)
    yield r
    await r.close()
    left = [p for p in multiprocessing.active_children() if p.is_alive() and p.pid not in before]
    assert left == [], "a worker process was left running"


async def test_link_to_article_and_the_bad_cases(server: ScriptedServer, runner: JobRunner):
    settings = loopback_settings()
    server.routes["/old"] = redirect("/news/pier?utm_source=x")
    server.routes["/news/pier"] = reply(
        200, page().encode("cp1252"), content_type="text/html; charset=windows-1252"
    )
    server.routes["/scripts"] = reply(
        200, b"<html><body>" + b"<script>x()</script>" * 20 + b"</body></html>"
    )
    server.routes["/binary"] = reply(200, b"\x00\x01\x02\x03" * 2000)
    async with Fetcher(settings) as fetcher:
        article = await fetch_article(
            server.url("/old"), fetcher=fetcher, runner=runner, settings=settings
        )
        assert article.source == server.url("/old")
        assert article.url == server.url("/news/pier?utm_source=x")
        assert article.title == "Council approves new pier"
        assert article.paragraphs == tuple(STORY)
        # the page's canonical link is on another host than 127.0.0.1, so the URL is used
        assert article.canonical_url == server.url("/news/pier")

        with pytest.raises(ExtractionError, match="built by JavaScript"):
            await fetch_article(
                server.url("/scripts"), fetcher=fetcher, runner=runner, settings=settings
            )
        with pytest.raises(ExtractionError, match="binary file"):
            await fetch_article(
                server.url("/binary"), fetcher=fetcher, runner=runner, settings=settings
            )
        with pytest.raises(FetchError, match="HTTP 404"):
            await fetch_article(
                server.url("/none"), fetcher=fetcher, runner=runner, settings=settings
            )


async def test_meta_refresh_page_leads_to_the_article(server: ScriptedServer, runner: JobRunner):
    """A shortener answering 200 with a meta refresh: the article is the target's, not the
    (empty) redirect page's."""
    settings = loopback_settings()
    server.routes["/s/x7"] = meta_redirect("/news/pier?ref=short&amp;id=7")
    server.routes["/news/pier"] = reply(200, page().encode())
    async with Fetcher(settings) as fetcher:
        article = await fetch_article(
            server.url("/s/x7"), fetcher=fetcher, runner=runner, settings=settings
        )
    assert article.source == server.url("/s/x7")
    assert article.url == server.url("/news/pier?ref=short&id=7")
    assert article.title == "Council approves new pier"
    assert article.paragraphs == tuple(STORY)
    assert [r.path for r in server.requests] == ["/s/x7", "/news/pier?ref=short&id=7"]


async def test_refused_links_never_reach_the_network(server: ScriptedServer, runner: JobRunner):
    settings = loopback_settings(fetch_allow_networks=())
    async with Fetcher(settings) as fetcher:
        with pytest.raises(FetchError) as info:
            await fetch_article(server.url("/"), fetcher=fetcher, runner=runner, settings=settings)
    assert str(info.value) == PRIVATE_MESSAGE
    assert server.connections == 0


async def test_extraction_past_its_time_limit_is_stopped(server: ScriptedServer, runner: JobRunner):
    settings = loopback_settings(extract_timeout=0.05, fetch_max_bytes=5_000_000)
    many = [f"{STORY[i % len(STORY)]} ({i})" for i in range(8000)]  # about 1.5 MB of paragraphs
    server.routes["/long"] = reply(200, page(many).encode())
    async with Fetcher(settings) as fetcher:
        await runner.run(len, "warm up the worker", timeout=30)
        start = time.monotonic()
        with pytest.raises(TimeLimitError) as info:
            await fetch_article(
                server.url("/long"), fetcher=fetcher, runner=runner, settings=settings
            )
        assert time.monotonic() - start < 5
    assert str(info.value) == "Reading that page took too long (over 0.05 seconds), so I gave up."
