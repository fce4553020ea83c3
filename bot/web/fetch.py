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
import re
import ssl
from dataclasses import dataclass, field

import aiohttp
from yarl import URL

from bot.config import Settings
from bot.errors import FetchError
from bot.web.addresses import AddressRefused
from bot.web.checks import CheckingResolver, GetAddrInfo, check_url, parse_url
from bot.web.refresh import (
    META_REFRESH_MAX_BYTES,
    META_REFRESH_MAX_DELAY,
    meta_refresh,
    parse_refresh,
)
from bot.web.responses import (
    HTML_TYPES,
    SNIFF_BYTES,
    UNLABELLED_TYPES,
    check_media_type,
    check_status,
    client_error_message,
    seconds,
    sniff,
    too_large,
)

# bot.web.service imports check_url and seconds from here; they live in checks and responses.
__all__ = ["ACCEPT", "DEFAULT_USER_AGENT", "FetchedPage", "Fetcher", "check_url", "seconds"]

DEFAULT_USER_AGENT = "summarybot/0.1 (Discord link summaries)"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.1"


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
            resolver = CheckingResolver(self._allow, s.fetch_connect_timeout, self._getaddrinfo)
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
        current = parse_url(url, self._allow).with_fragment(None)
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
                raise FetchError(client_error_message(exc, current, self.settings)) from None
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
            return parse_url(str(target.with_fragment(None)), self._allow)
        except AddressRefused as exc:
            raise FetchError(exc.redirect_message) from None
        except FetchError as exc:
            raise FetchError(f"The site redirected to a link I won't fetch. {exc}") from None

    async def _read_page(
        self, url: str, current: URL, resp: aiohttp.ClientResponse, hops: tuple[str, ...]
    ) -> FetchedPage:
        check_status(resp.status)
        declared = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        media_type = declared
        if declared not in UNLABELLED_TYPES:
            check_media_type(declared)
        max_bytes = self.settings.fetch_max_bytes
        if resp.content_length is not None and resp.content_length > max_bytes:
            raise FetchError(too_large(max_bytes))
        body = bytearray()
        async for chunk in resp.content.iter_chunked(64 * 1024):
            body += chunk
            if len(body) > max_bytes:
                raise FetchError(too_large(max_bytes))
            if media_type in UNLABELLED_TYPES and len(body) >= SNIFF_BYTES:
                media_type = sniff(bytes(body[:SNIFF_BYTES]))
        if media_type in UNLABELLED_TYPES:
            media_type = sniff(bytes(body[:SNIFF_BYTES]))
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
