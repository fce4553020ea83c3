"""Fetching web pages that strangers link to, without letting them aim the bot at our network.

Safety model (each point is covered by tests/web/test_fetch.py):

* Only ``http``/``https`` URLs with a host name or a public IP address, no user info, no control
  characters, at most :data:`MAX_URL_LENGTH` characters, on ports 80 or 443.
* Every address is checked by :mod:`bot.web.addresses`: it must be global unicast, whatever
  notation the link used. Host names are resolved once by our own resolver, which refuses the
  name if *any* of its addresses is not public and hands aiohttp only the checked addresses, so
  the connection goes to exactly what was checked (no second lookup, no DNS rebinding). TLS
  still verifies the certificate against the link's host name (SNI and hostname checking use the
  name, not the pinned address), with the system's trust store unless the caller passes its own
  verifying :class:`ssl.SSLContext` (tests/web/test_fetch_tls.py).
* Redirects are followed by hand, at most ``fetch_max_redirects`` times, each hop checked again.
  A ``Refresh:`` header, or in a small HTML page (at most 64 KB) a ``<meta http-equiv="refresh">``,
  that sends the reader elsewhere within 10 seconds counts as a redirect too: the same checks,
  the same limit, the same loop detection (tests/web/test_fetch_refresh.py).
  JavaScript redirects are never followed; see :func:`meta_refresh` for what counts.
* No proxies from the environment, no cookies, a User-Agent naming the bot.
* Timeouts for connecting, for each read, and for the whole redirect chain; the decompressed
  body is read in chunks and abandoned as soon as it passes ``fetch_max_bytes``; only web pages,
  plain text and PDF are read.
* ``FETCH_ALLOW_NETWORKS`` lists networks that may be reached although they are private (an
  intranet wiki); addresses in them may also use other ports.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

from bot.config import Settings
from bot.errors import FetchError
from bot.web.addresses import (
    NUMERIC_MESSAGE,
    PRIVATE_MESSAGE,
    REDIRECT_NUMERIC_MESSAGE,
    REDIRECT_PRIVATE_MESSAGE,
    STANDARD_PORTS,
    AddressRefused,
    IPNetwork,
    check_address,
    parse_host_address,
    port_refused,
)
from bot.web.refresh import (
    META_REFRESH_MAX_BYTES,
    META_REFRESH_MAX_DELAY,
    meta_refresh,
    parse_refresh,
)

logger = logging.getLogger(__name__)

MAX_URL_LENGTH = 2048
DEFAULT_USER_AGENT = "summarybot/0.1 (Discord link summaries)"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.1"

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
UNLABELLED_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream"})

_CONTROL = re.compile(r"[\x00-\x20\x7f]")
_HOST_CHARS = re.compile(r"[a-z0-9_.-]+")
_SNIFF_BYTES = 1024

GetAddrInfo = Callable[..., Awaitable[list[tuple[Any, ...]]]]


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A fetched response body and what we know about it."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content_type: str  # media type, lower case, without parameters
    charset: str | None
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    redirects: tuple[str, ...] = ()  # every URL redirected to, in order


def check_url(url: str, allow_networks: Iterable[IPNetwork] = ()) -> None:
    """Raise :class:`FetchError` if ``url`` may not be fetched, judging only by its text.

    Checks scheme, user info, length, characters, port and IP-literal hosts in every notation.
    Host names are checked after resolution, by the fetcher.
    """
    _parse_url(url, tuple(allow_networks))


def _parse_url(url: str, allow_networks: tuple[IPNetwork, ...]) -> URL:
    if not isinstance(url, str) or not url.strip():
        raise FetchError("That isn't a web link.")
    url = url.strip()
    if len(url) > MAX_URL_LENGTH:
        raise FetchError(f"That link is too long (over {MAX_URL_LENGTH} characters).")
    if _CONTROL.search(url):
        raise FetchError("That link contains spaces or control characters, so I won't fetch it.")
    try:
        parsed = URL(url)
    except (ValueError, TypeError):
        raise FetchError("That doesn't look like a valid web link.") from None
    scheme = parsed.scheme.lower()
    if scheme and scheme not in ("http", "https"):
        raise FetchError(f"I can only fetch http and https links, not {scheme}.")
    if not scheme or not parsed.is_absolute():
        raise FetchError("That doesn't look like a web link: it should start with https://.")
    authority = re.split(r"[/?#]", url.split("://", 1)[-1], maxsplit=1)[0]
    if parsed.raw_user is not None or parsed.raw_password is not None or "@" in authority:
        raise FetchError("That link contains a user name or password, so I won't fetch it.")
    host = parsed.raw_host
    if not host:
        raise FetchError("That link has no site name in it.")
    port = parsed.port
    if not port:
        raise FetchError("That doesn't look like a valid web link.")
    literal = parse_host_address(host)
    if literal is not None:
        ip, canonical = literal
        check_address(ip, 80, allow_networks)  # the address first: it is the bigger problem
        if not canonical:
            raise AddressRefused(NUMERIC_MESSAGE, REDIRECT_NUMERIC_MESSAGE)
        check_address(ip, port, allow_networks)
        return parsed
    name = host.lower().rstrip(".")
    labels = name.split(".")
    if (
        not _HOST_CHARS.fullmatch(name)
        or len(name) > 253
        or any(not label or len(label) > 63 for label in labels)
    ):
        raise FetchError("That doesn't look like a valid web link.")
    if port not in STANDARD_PORTS and not allow_networks:
        raise port_refused(port)
    return parsed


class _CheckingResolver(AbstractResolver):
    """Resolves a host name once and returns only addresses the policy allows.

    If any address of the name is refused, the whole name is refused: a name that mixes a
    public and a private address is an attack, not a misconfiguration we should work around.
    """

    def __init__(
        self,
        allow_networks: tuple[IPNetwork, ...],
        lookup_timeout: float,
        getaddrinfo: GetAddrInfo | None = None,
    ) -> None:
        self._allow = allow_networks
        self._timeout = lookup_timeout
        self._getaddrinfo = getaddrinfo

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        getaddrinfo = self._getaddrinfo or asyncio.get_running_loop().getaddrinfo
        try:
            async with asyncio.timeout(self._timeout):
                infos = await getaddrinfo(host, port, type=socket.SOCK_STREAM, family=family)
        except TimeoutError:
            raise FetchError(f"Looking up the site {host} took too long.") from None
        except (socket.gaierror, UnicodeError):
            raise FetchError(
                f"I couldn't find the site {host} (its name doesn't resolve)."
            ) from None
        results: list[ResolveResult] = []
        for fam, _type, proto, _canon, sockaddr in infos:
            if fam not in (socket.AF_INET, socket.AF_INET6):
                continue
            try:
                ip = ipaddress.ip_address(sockaddr[0])
            except ValueError:
                raise AddressRefused(PRIVATE_MESSAGE, REDIRECT_PRIVATE_MESSAGE) from None
            check_address(ip, port, self._allow)
            results.append(
                {
                    "hostname": host,
                    "host": str(ip),
                    "port": port,
                    "family": fam,
                    "proto": proto,
                    "flags": socket.AI_NUMERICHOST | socket.AI_NUMERICSERV,
                }
            )
        if not results:
            raise FetchError(f"I couldn't find the site {host} (its name doesn't resolve).")
        return results

    async def close(self) -> None:
        return None


class Fetcher:
    """Fetches pages under the safety rules above. Owns one aiohttp session; use
    ``async with Fetcher(settings) as fetcher`` or call :meth:`close` when done."""

    def __init__(
        self,
        settings: Settings,
        *,
        getaddrinfo: GetAddrInfo | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        """``ssl_context`` replaces the default (the system trust store) for https, e.g. to
        trust a private CA. It must still verify certificates and host names: there is no way
        to turn verification off."""
        if ssl_context is not None and (
            ssl_context.verify_mode != ssl.CERT_REQUIRED or not ssl_context.check_hostname
        ):
            raise ValueError("ssl_context must verify certificates and host names")
        self.settings = settings
        self._allow = tuple(settings.fetch_allow_networks)
        self._getaddrinfo = getaddrinfo
        self._ssl: ssl.SSLContext | bool = ssl_context if ssl_context is not None else True
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Fetcher:
        self._ensure_session()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the session and its connections."""
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    def _ensure_session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            s = self.settings
            resolver = _CheckingResolver(self._allow, s.fetch_connect_timeout, self._getaddrinfo)
            connector = aiohttp.TCPConnector(
                resolver=resolver,
                use_dns_cache=False,
                limit=20,
                limit_per_host=4,
                ssl=self._ssl,
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                cookie_jar=aiohttp.DummyCookieJar(),
                trust_env=False,
                auto_decompress=True,
                timeout=aiohttp.ClientTimeout(
                    total=None,
                    sock_connect=s.fetch_connect_timeout,
                    sock_read=s.fetch_read_timeout,
                ),
                headers={"User-Agent": _user_agent(s), "Accept": ACCEPT},
                raise_for_status=False,
            )
        return self._session

    async def fetch(self, url: str) -> FetchedPage:
        """Fetch ``url`` (following checked redirects) and return the body.

        Raises :class:`FetchError` with a message for the user when anything is refused or
        goes wrong.
        """
        current = _parse_url(url, self._allow).with_fragment(None)
        session = self._ensure_session()
        limit = self.settings.fetch_timeout
        try:
            async with asyncio.timeout(limit):
                return await self._follow(session, url, current)
        except TimeoutError:
            raise FetchError(
                f"The page took too long to load (over {seconds(limit)}), so I gave up."
            ) from None

    async def _follow(self, session: aiohttp.ClientSession, url: str, current: URL) -> FetchedPage:
        max_redirects = self.settings.fetch_max_redirects
        seen = {str(current)}
        hops: list[str] = []
        while True:
            try:
                async with session.get(current, allow_redirects=False) as resp:
                    if resp.status in REDIRECT_STATUSES:
                        target = self._redirect_target(current, resp)
                    else:
                        page = await self._read_page(url, current, resp, tuple(hops))
                        target = self._refresh_target(current, page, resp.headers.get("Refresh"))
                        if target is None:
                            return page
            except AddressRefused as exc:
                raise (FetchError(exc.redirect_message) if hops else exc) from None
            except FetchError:
                raise
            except aiohttp.ClientError as exc:
                raise FetchError(_client_error_message(exc, current, self.settings)) from None
            if str(target) in seen:
                raise FetchError("The page redirects in a loop, so I gave up.")
            if len(hops) >= max_redirects:
                raise FetchError(
                    f"The page redirected more than {max_redirects} times, so I gave up."
                )
            seen.add(str(target))
            hops.append(str(target))
            current = target

    def _redirect_target(self, current: URL, resp: aiohttp.ClientResponse) -> URL:
        location = resp.headers.get("Location", "").strip()
        if not location:
            raise FetchError("The site sent a redirect without saying where to, so I gave up.")
        return self._checked_target(current, location)

    def _refresh_target(
        self, current: URL, page: FetchedPage, header: str | None = None
    ) -> URL | None:
        """Where ``page`` redirects to with a ``Refresh:`` header or, in a small HTML page, a meta
        refresh, checked like a ``Location``; None if it does not refresh soon to another URL."""
        refresh = parse_refresh(header) if header else None
        if refresh is None:
            if page.content_type not in HTML_TYPES or len(page.body) > META_REFRESH_MAX_BYTES:
                return None
            refresh = meta_refresh(page.body, page.charset)
        if refresh is None or refresh[0] > META_REFRESH_MAX_DELAY:
            return None
        target = self._checked_target(current, refresh[1])
        return None if str(target) == str(current) else target

    def _checked_target(self, current: URL, location: str) -> URL:
        """``location`` (from a redirect) resolved against ``current`` and checked."""
        try:
            target = current.join(URL(location))
        except (ValueError, TypeError):
            raise FetchError("The site redirected to an invalid link.") from None
        try:
            return _parse_url(str(target.with_fragment(None)), self._allow)
        except AddressRefused as exc:
            raise FetchError(exc.redirect_message) from None
        except FetchError as exc:
            raise FetchError(f"The site redirected to a link I won't fetch. {exc}") from None

    async def _read_page(
        self, url: str, current: URL, resp: aiohttp.ClientResponse, hops: tuple[str, ...]
    ) -> FetchedPage:
        _check_status(resp.status)
        declared = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        media_type = declared
        if declared not in UNLABELLED_TYPES:
            _check_media_type(declared)
        max_bytes = self.settings.fetch_max_bytes
        if resp.content_length is not None and resp.content_length > max_bytes:
            raise FetchError(_too_large(max_bytes))
        body = bytearray()
        async for chunk in resp.content.iter_chunked(64 * 1024):
            body += chunk
            if len(body) > max_bytes:
                raise FetchError(_too_large(max_bytes))
            if media_type in UNLABELLED_TYPES and len(body) >= _SNIFF_BYTES:
                media_type = _sniff(bytes(body[:_SNIFF_BYTES]))
        if media_type in UNLABELLED_TYPES:
            media_type = _sniff(bytes(body[:_SNIFF_BYTES]))
        if not body:
            raise FetchError("The page was empty.")
        return FetchedPage(
            url=url,
            final_url=str(current),
            status=resp.status,
            content_type=media_type,
            charset=(resp.charset or "").strip().lower() or None
            if declared == media_type
            else None,
            body=bytes(body),
            headers={k.lower(): v for k, v in resp.headers.items()},
            redirects=hops,
        )


def _user_agent(settings: Settings) -> str:
    """The configured User-Agent, or our default if it is unusable as a header value."""
    agent = settings.user_agent
    if isinstance(agent, str) and agent.strip() and not re.search(r"[\x00-\x1f\x7f]", agent):
        return agent.strip()
    return DEFAULT_USER_AGENT


def _check_status(status: int) -> None:
    if 200 <= status < 300:
        if status in (204, 205):
            raise FetchError("The page was empty.")
        return
    if status == 404:
        raise FetchError("The page wasn't found (HTTP 404).")
    if status == 410:
        raise FetchError("The page has been removed (HTTP 410).")
    if status in (401, 403):
        raise FetchError(f"The site refused to show me that page (HTTP {status}).")
    if status == 407:
        raise FetchError("The site asked for proxy credentials (HTTP 407).")
    if status == 429:
        raise FetchError("The site is limiting requests right now (HTTP 429); try again later.")
    if status == 451:
        raise FetchError("The page isn't available for legal reasons (HTTP 451).")
    if 500 <= status < 600:
        raise FetchError(f"The site had an error (HTTP {status}); try again later.")
    if 300 <= status < 400:
        raise FetchError(f"The site answered with an unexpected redirect (HTTP {status}).")
    raise FetchError(f"The site refused the request (HTTP {status}).")


def _check_media_type(media_type: str) -> None:
    if media_type in HTML_TYPES or media_type in TEXT_TYPES or media_type in PDF_TYPES:
        return
    kind = media_type.split("/")[0]
    if kind in ("image", "video", "audio"):
        article = "an" if kind in ("image", "audio") else "a"
        raise FetchError(
            f"That link points to {article} {kind} file ({media_type}), not an article."
        )
    raise FetchError(
        f"That link serves {media_type}, which I can't read: "
        "I handle web pages, plain text and PDF files."
    )


def _sniff(head: bytes) -> str:
    """Guess the media type of an unlabelled body from its first bytes."""
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    sample = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    markers = (b"<!doctype html", b"<html", b"<head", b"<body", b"<title", b"<meta", b"<p>")
    if any(sample.startswith(m) for m in markers) or b"<html" in sample:
        return "text/html"
    raise FetchError(
        "The site didn't say what kind of file that link is, and it isn't a web page, "
        "text or PDF, so I won't read it."
    )


def _client_error_message(exc: aiohttp.ClientError, url: URL, settings: Settings) -> str:
    host = url.host or "the site"
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return (
            f"I couldn't connect to {host} within "
            f"{seconds(settings.fetch_connect_timeout)}, so I gave up."
        )
    if isinstance(exc, aiohttp.SocketTimeoutError):
        return (
            f"The site stopped answering (nothing arrived for "
            f"{seconds(settings.fetch_read_timeout)}), so I gave up."
        )
    if isinstance(exc, aiohttp.ClientConnectorCertificateError):
        return _certificate_message(exc.certificate_error, host)
    if isinstance(exc, aiohttp.ClientSSLError):
        return f"I couldn't make a secure connection to {host}, so I didn't fetch the page."
    if isinstance(exc, aiohttp.ClientConnectorError):
        return f"I couldn't connect to {host}."
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return "The site closed the connection without answering."
    if isinstance(exc, aiohttp.ClientPayloadError):
        cause = exc.__cause__ or (exc.args[1] if len(exc.args) > 1 else None)
        if "encoding" in f"{exc} {cause}".lower() and "transfer" not in f"{exc}".lower():
            return "The site sent a badly compressed response that I couldn't unpack."
        return "The connection broke off before the page finished loading."
    if isinstance(exc, aiohttp.ClientResponseError):
        return "The site sent an invalid HTTP response."
    if isinstance(exc, aiohttp.InvalidURL):
        return "That doesn't look like a valid web link."
    if isinstance(exc, aiohttp.ClientOSError):
        return f"The connection to {host} failed."
    logger.warning("unexpected fetch error for %s: %r", url, exc)
    return f"I couldn't fetch that page ({type(exc).__name__})."


# OpenSSL's X509_V_ERR_* codes for the certificate problems worth naming to the user.
_CERT_EXPIRED = 10
_CERT_NAME_MISMATCH = frozenset({62, 64})  # host name, IP address


def _certificate_message(error: Exception, host: str) -> str:
    code = getattr(error, "verify_code", None)
    if code in _CERT_NAME_MISMATCH:
        problem = "is for a different site"
    elif code == _CERT_EXPIRED:
        problem = "has expired"
    else:
        problem = "couldn't be verified"
    return f"{host}'s security certificate {problem}, so I didn't fetch the page."


def _too_large(max_bytes: int) -> str:
    return f"The page is too large for me (over {_size(max_bytes)})."


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:g} MB"
    return f"{n / 1000:g} KB"


def seconds(value: float) -> str:
    """``1.5`` -> "1.5 seconds", ``1`` -> "1 second"."""
    return f"{value:g} second" + ("" if value == 1 else "s")
