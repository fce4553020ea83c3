"""Meta refresh redirects (``<meta http-equiv="refresh" content="0; url=...">``), followed like
HTTP redirects: each hop checked, counted and loop-checked the same way. Servers run on
127.0.0.1 (and 127.0.0.2 standing for a private address).
"""

from __future__ import annotations

import ipaddress

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.web.addresses import REDIRECT_PRIVATE_MESSAGE
from bot.web.fetch import Fetcher
from bot.web.refresh import META_REFRESH_MAX_BYTES, meta_refresh, parse_refresh
from tests.web.conftest import PAGE, fake_dns, loopback_settings, refused
from tests.web.servers import (
    ScriptedServer,
    html_page,
    meta_redirect,
    redirect,
    refresh_tag,
    reply,
)

LOOP_MESSAGE = "The page redirects in a loop, so I gave up."

# ------------------------------------------------------------------------------- following


async def test_refresh_to_a_relative_path_is_followed(server: ScriptedServer, fetcher: Fetcher):
    server.routes["/short"] = meta_redirect("/story")
    server.routes["/story"] = reply(200, PAGE)
    page = await fetcher.fetch(server.url("/short"))
    assert page.body == PAGE
    assert page.url == server.url("/short")
    assert page.final_url == server.url("/story")
    assert page.redirects == (server.url("/story"),)
    assert [r.path for r in server.requests] == ["/short", "/story"]


@pytest.mark.parametrize(
    ("markup", "path"),
    [
        pytest.param('<meta http-equiv="refresh" content="0; url={base}/story">', "/story", id="absolute"),
        pytest.param("<meta http-equiv=\"refresh\" content=\"0; url='/story'\">", "/story", id="single-quoted"),
        pytest.param("<meta http-equiv='refresh' content='0;url=\"/story\"'>", "/story", id="double-quoted"),
        pytest.param(refresh_tag("0; url=/story?a=1&amp;b=2"), "/story?a=1&b=2", id="amp-entity"),
        pytest.param('<META HTTP-EQUIV="Refresh" CONTENT="0;URL=/story">', "/story", id="upper-case"),
        pytest.param(refresh_tag("0 ; Url = /story"), "/story", id="spaces-around-url"),
        pytest.param(refresh_tag("0, /story"), "/story", id="comma-no-url-prefix"),
        pytest.param('<meta content="1;url=/story" http-equiv="refresh" />', "/story", id="attribute-order"),
        pytest.param("<meta http-equiv=refresh content=0;url=/story>", "/story", id="unquoted"),
        pytest.param(refresh_tag("0;url=/story#part"), "/story", id="fragment-dropped"),
        pytest.param(refresh_tag("10; url=/story"), "/story", id="delay-10"),
    ],
)  # fmt: skip
async def test_refresh_forms_are_followed(
    server: ScriptedServer, fetcher: Fetcher, markup: str, path: str
):
    server.routes["/short"] = reply(200, html_page(markup.replace("{base}", server.base)))
    server.routes["/story"] = reply(200, PAGE)
    page = await fetcher.fetch(server.url("/short"))
    assert page.body == PAGE
    assert page.final_url == server.url(path)
    assert page.redirects == (server.url(path),)
    assert [r.path for r in server.requests] == ["/short", path]


async def test_refresh_inside_noscript_is_followed(server: ScriptedServer, fetcher: Fetcher):
    """Deliberate: <noscript> is meant for clients without JavaScript, which we are (t.co
    sends exactly this page: a noscript meta refresh next to a script doing the same)."""
    server.routes["/t"] = reply(
        200,
        html_page(
            f"<noscript>{refresh_tag('0;URL=/story')}</noscript>",
            '<script>window.opener = null; location.replace("/story")</script>',
        ),
    )
    server.routes["/story"] = reply(200, PAGE)
    page = await fetcher.fetch(server.url("/t"))
    assert page.final_url == server.url("/story")
    assert page.body == PAGE


async def test_sniffed_html_refresh_is_followed(server: ScriptedServer, fetcher: Fetcher):
    server.routes["/short"] = reply(200, html_page(refresh_tag("0; url=/story")), content_type=None)
    server.routes["/story"] = reply(200, PAGE)
    assert (await fetcher.fetch(server.url("/short"))).final_url == server.url("/story")


# ------------------------------------------------------------------------------ not followed


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(refresh_tag("300; url=/story"), id="delay-300"),
        pytest.param(refresh_tag("11; url=/story"), id="delay-11"),
        pytest.param(refresh_tag("0"), id="no-url"),
        pytest.param(refresh_tag("0; url="), id="empty-url"),
        pytest.param(refresh_tag("0; url=/page"), id="same-url"),
        pytest.param(refresh_tag("0; url=#top"), id="same-url-fragment"),
        pytest.param(refresh_tag("soon; url=/story"), id="no-delay"),
        pytest.param('<meta name="refresh" content="0; url=/story">', id="not-http-equiv"),
        pytest.param(f"<!-- {refresh_tag('0; url=/story')} -->", id="commented-out"),
        pytest.param(
            f"{refresh_tag('600')}{refresh_tag('0; url=/story')}", id="only-the-first-counts"
        ),
        # JavaScript redirects are not followed, nor a meta tag that only a script would write
        pytest.param('<script>location.replace("/story")</script>', id="js-location"),
        pytest.param(
            "<script>document.write('" + refresh_tag("0; url=/story") + "')</script>",
            id="js-document-write",
        ),
        pytest.param('<script>window.location.href = "/story";</script>', id="js-href"),
    ],
)
async def test_pages_that_are_not_redirects_are_returned(
    server: ScriptedServer, fetcher: Fetcher, head: str
):
    body = html_page(head)
    server.routes["/page"] = reply(200, body)
    server.routes["/story"] = reply(200, PAGE)
    page = await fetcher.fetch(server.url("/page"))
    assert page.body == body
    assert page.final_url == server.url("/page")
    assert page.redirects == ()
    assert [r.path for r in server.requests] == ["/page"]


async def test_only_small_pages_are_looked_at(server: ScriptedServer, fetcher: Fetcher):
    """A refresh late in a page over META_REFRESH_MAX_BYTES is ignored; in a smaller page the
    same refresh, just as late, is followed (so it is the size that decides, not the place)."""
    tail = refresh_tag("0; url=/story").encode() + b"</body></html>"
    filler = b"<html><body>" + b"<p>Filler text of a long page.</p>\n" * 2100
    large = filler + tail
    small = filler[: META_REFRESH_MAX_BYTES - len(tail) - 100] + tail
    assert len(large) > META_REFRESH_MAX_BYTES >= len(small) > META_REFRESH_MAX_BYTES - 200
    server.routes["/large"] = reply(200, large)
    server.routes["/small"] = reply(200, small)
    server.routes["/story"] = reply(200, PAGE)
    page = await fetcher.fetch(server.url("/large"))
    assert page.body == large
    assert page.final_url == server.url("/large")
    assert [r.path for r in server.requests] == ["/large"]
    assert (await fetcher.fetch(server.url("/small"))).final_url == server.url("/story")


async def test_only_html_is_looked_at(server: ScriptedServer, fetcher: Fetcher):
    body = html_page(refresh_tag("0; url=/story"))
    server.routes["/text"] = reply(200, body, content_type="text/plain; charset=utf-8")
    server.routes["/story"] = reply(200, PAGE)
    page = await fetcher.fetch(server.url("/text"))
    assert page.content_type == "text/plain"
    assert page.body == body
    assert page.redirects == ()
    assert [r.path for r in server.requests] == ["/text"]


# --------------------------------------------------------------- checked like HTTP redirects


@pytest.mark.parametrize(
    "target",
    ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::1]/"],
)
async def test_refresh_to_a_private_address_is_refused(
    server: ScriptedServer, fetcher: Fetcher, target: str
):
    server.routes["/go"] = meta_redirect(target)
    assert await refused(fetcher, server.url("/go")) == REDIRECT_PRIVATE_MESSAGE
    assert len(server.requests) == 1


async def test_refused_refresh_target_sees_no_connection(server: ScriptedServer):
    """127.0.0.2 stands for a private address: only 127.0.0.1 is allowed. The refresh to it,
    by address or by a name resolving to it, is refused with the message of a refused HTTP
    redirect, and its server sees no connection; allowed, the same page is followed."""
    try:
        private = await ScriptedServer(host="127.0.0.2").start()
    except OSError:
        pytest.skip("127.0.0.2 is not available on this machine")
    try:
        private.routes["/secret"] = reply(200, PAGE)
        by_name = f"http://internal.test:{private.port}/secret"
        server.routes["/meta"] = meta_redirect(private.url("/secret"))
        server.routes["/meta-name"] = meta_redirect(by_name)
        server.routes["/http"] = redirect(private.url("/secret"))
        dns = fake_dns({"internal.test": ["127.0.0.2"]})
        only_first = loopback_settings(fetch_allow_networks=(ipaddress.ip_network("127.0.0.1/32"),))
        async with Fetcher(only_first, getaddrinfo=dns) as fetcher:
            http_message = await refused(fetcher, server.url("/http"))
            assert http_message == REDIRECT_PRIVATE_MESSAGE
            assert await refused(fetcher, server.url("/meta")) == http_message
            assert await refused(fetcher, server.url("/meta-name")) == http_message
        assert private.connections == 0
        # positive control: with 127.0.0.2 allowed, the same refresh reaches the server
        async with Fetcher(loopback_settings(), getaddrinfo=dns) as fetcher:
            page = await fetcher.fetch(server.url("/meta-name"))
        assert page.body == PAGE
        assert page.final_url == by_name
        assert private.connections == 1
    finally:
        await private.close()


async def test_refresh_to_another_scheme_is_refused(server: ScriptedServer, fetcher: Fetcher):
    server.routes["/go"] = meta_redirect("file:///etc/passwd")
    server.routes["/js"] = meta_redirect("javascript:alert(1)")
    assert await refused(fetcher, server.url("/go")) == (
        "The site redirected to a link I won't fetch. "
        "I can only fetch http and https links, not file."
    )
    assert (await refused(fetcher, server.url("/js"))).endswith("not javascript.")


async def test_refresh_loop(server: ScriptedServer, fetcher: Fetcher):
    server.routes["/a"] = meta_redirect("/b")
    server.routes["/b"] = meta_redirect("/a")
    assert await refused(fetcher, server.url("/a")) == LOOP_MESSAGE
    assert [r.path for r in server.requests] == ["/a", "/b"]


async def test_mixed_loop(server: ScriptedServer, fetcher: Fetcher):
    server.routes["/a"] = redirect("/b")
    server.routes["/b"] = meta_redirect(server.url("/a"))
    assert await refused(fetcher, server.url("/a")) == LOOP_MESSAGE
    assert [r.path for r in server.requests] == ["/a", "/b"]


async def test_too_many_refreshes(server: ScriptedServer, fetcher: Fetcher):
    for i in range(10):
        server.routes[f"/m{i}"] = meta_redirect(f"/m{i + 1}")
    message = await refused(fetcher, server.url("/m0"))
    assert message == "The page redirected more than 5 times, so I gave up."
    assert len(server.requests) == 6  # the link and five refreshes, no more


async def test_http_redirects_and_refreshes_count_together(server: ScriptedServer):
    """/h0 -302-> /m1 -meta-> /h2 -302-> /m3 -meta-> /h4 -302-> /end: five hops."""
    for i in range(0, 5, 2):
        server.routes[f"/h{i}"] = redirect(f"/m{i + 1}" if i < 4 else "/end")
    for i in range(1, 5, 2):
        server.routes[f"/m{i}"] = meta_redirect(f"/h{i + 1}")
    server.routes["/end"] = reply(200, PAGE)
    hops = tuple(server.url(p) for p in ("/m1", "/h2", "/m3", "/h4", "/end"))
    async with Fetcher(loopback_settings(fetch_max_redirects=5)) as fetcher:
        page = await fetcher.fetch(server.url("/h0"))
    assert page.body == PAGE
    assert page.redirects == hops
    assert page.final_url == hops[-1]
    server.requests.clear()
    async with Fetcher(loopback_settings(fetch_max_redirects=4)) as fetcher:
        message = await refused(fetcher, server.url("/h0"))
    assert message == "The page redirected more than 4 times, so I gave up."
    assert [r.path for r in server.requests] == ["/h0", "/m1", "/h2", "/m3", "/h4"]


# ---------------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("0; url=/story", (0, "/story")),
        ("0;URL='/story'", (0, "/story")),
        ('  3 ; url = "/a b" and more', (3, "/a b")),
        ("0, https://example.com/x", (0, "https://example.com/x")),
        ("0 url=/x", (0, "/x")),
        ("1.5; url=/x", (1, "/x")),
        (".5; url=/x", (0, "/x")),
        ("0; url='/unclosed", (0, "/unclosed")),
        ("0" * 5000 + "; url=/x", (0, "/x")),
        ("9" * 5000 + "; url=/x", (10**9, "/x")),  # no int() of 5000 digits
        ("5", None),
        ("0; url=", None),
        ("0;", None),
        ("", None),
        ("soon", None),
        ("0x; url=/x", None),
    ],
)
def test_parse_refresh(content: str, expected: tuple[int, str] | None):
    assert parse_refresh(content) == expected


def test_meta_refresh_reads_bytes_in_the_page_charset():
    body = '<meta http-equiv="refresh" content="0; url=/caf\xe9">'.encode("cp1252")
    assert meta_refresh(body, "windows-1252") == (0, "/caf\xe9")
    assert meta_refresh(body.decode("cp1252").encode()) == (0, "/caf\xe9")


@given(st.binary(max_size=2000))
def test_meta_refresh_never_fails_on_arbitrary_bytes(body: bytes):
    meta_refresh(body)
    meta_refresh(b'<meta http-equiv="refresh" content="' + body)


@given(st.text(max_size=200))
def test_parse_refresh_never_fails_on_arbitrary_text(content: str):
    result = parse_refresh(content)
    assert result is None or (result[0] >= 0 and result[1] == result[1].strip())


# ------------------------------------------------------------------------------- Refresh header


async def test_refresh_header_is_followed(server: ScriptedServer, fetcher: Fetcher):
    server.routes["/short"] = reply(
        200, b"moved", content_type="text/plain", headers={"Refresh": "0; url=/story"}
    )
    server.routes["/story"] = reply(200, PAGE)
    page = await fetcher.fetch(server.url("/short"))
    assert page.body == PAGE
    assert page.final_url == server.url("/story")
    assert page.redirects == (server.url("/story"),)


async def test_refresh_header_wins_over_meta_and_obeys_the_same_limits(
    server: ScriptedServer, fetcher: Fetcher
):
    """As in browsers, a page has one declarative refresh and the header comes first."""
    later = html_page(refresh_tag("0; url=/meta"))
    server.routes["/slow"] = reply(200, later, headers={"Refresh": "300; url=/story"})
    server.routes["/meta"] = reply(200, PAGE)
    page = await fetcher.fetch(server.url("/slow"))
    assert page.final_url == server.url("/slow")  # a far-off refresh is no redirect
    assert page.body == later
    server.routes["/both"] = reply(200, later, headers={"Refresh": "1; url=/story"})
    server.routes["/story"] = reply(200, PAGE)
    page = await fetcher.fetch(server.url("/both"))
    assert page.final_url == server.url("/story")


async def test_refresh_header_to_a_private_address_is_refused(
    server: ScriptedServer, fetcher: Fetcher
):
    server.routes["/short"] = reply(
        200, PAGE, headers={"Refresh": "0; url=http://169.254.169.254/"}
    )
    assert await refused(fetcher, server.url("/short")) == REDIRECT_PRIVATE_MESSAGE
    assert [r.path for r in server.requests] == ["/short"]
