"""What may be fetched: a link checked by its text, and a resolver that hands aiohttp only
addresses the policy in :mod:`bot.web.addresses` allows (see the safety model in
:mod:`bot.web.fetch`).
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

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

MAX_URL_LENGTH = 2048

_CONTROL = re.compile(r"[\x00-\x20\x7f]")
_HOST_CHARS = re.compile(r"[a-z0-9_.-]+")

GetAddrInfo = Callable[..., Awaitable[list[tuple[Any, ...]]]]


def check_url(url: str, allow_networks: Iterable[IPNetwork] = ()) -> None:
    """Raise :class:`FetchError` if ``url`` may not be fetched, judging only by its text.

    Checks scheme, user info, length, characters, port and IP-literal hosts in every notation.
    Host names are checked after resolution, by the fetcher.
    """
    parse_url(url, tuple(allow_networks))


def parse_url(url: str, allow_networks: tuple[IPNetwork, ...]) -> URL:
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


class CheckingResolver(AbstractResolver):
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
