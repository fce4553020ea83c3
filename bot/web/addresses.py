"""Which IP addresses the fetcher may connect to.

The rule is "public internet only": an address must be globally routable unicast, in whatever
notation it was written. Addresses that embed an IPv4 address (IPv4-mapped, NAT64, 6to4) are
judged by the IPv4 address inside them. Networks listed in ``FETCH_ALLOW_NETWORKS`` are the only
exception, and only they may be reached on ports other than 80 and 443.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable

from bot.errors import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

STANDARD_PORTS = frozenset({80, 443})

PRIVATE_MESSAGE = "That link points to a private or local address, so I won't fetch it."
REDIRECT_PRIVATE_MESSAGE = "That link redirects to a private or local address, so I won't fetch it."
NUMERIC_MESSAGE = "That link writes its address in an unusual numeric form, so I won't fetch it."
REDIRECT_NUMERIC_MESSAGE = (
    "The page redirected to an address written in an unusual numeric form, so I won't follow it."
)

# Ranges that Python's ``is_global`` still calls global but that no public web server uses.
_V4_EXTRA_BLOCKED = tuple(
    ipaddress.IPv4Network(n)
    for n in (
        "0.0.0.0/8",  # "this network"
        "100.64.0.0/10",  # carrier-grade NAT
        "192.0.0.0/24",  # IETF protocol assignments
        "192.88.99.0/24",  # 6to4 relay anycast (deprecated)
        "198.18.0.0/15",  # benchmarking
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved, broadcast
    )
)
_V6_GLOBAL_UNICAST = ipaddress.IPv6Network("2000::/3")
_V6_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # well-known NAT64 prefix (RFC 6052)
_V6_6TO4 = ipaddress.IPv6Network("2002::/16")
_V6_TEREDO = ipaddress.IPv6Network("2001::/32")
_V6_EXTRA_BLOCKED = tuple(
    ipaddress.IPv6Network(n)
    for n in (
        "2001::/23",  # IETF protocol assignments (Teredo, benchmarking, ORCHID...)
        "2001:db8::/32",  # documentation
        "3fff::/20",  # documentation (RFC 9637)
    )
)

_HEX = re.compile(r"0x[0-9a-f]*")
_OCT = re.compile(r"0[0-7]*")
_DEC = re.compile(r"[1-9][0-9]*")
_NUMBERISH = re.compile(r"(0x[0-9a-f]*|[0-9]+)")


class AddressRefused(FetchError):
    """A URL or resolved address that the fetch policy forbids.

    ``redirect_message`` is what to tell the user when a redirect, not their link, led there.
    """

    def __init__(self, message: str, redirect_message: str | None = None) -> None:
        super().__init__(message)
        self.redirect_message = (
            redirect_message or f"The page redirected to a link I won't follow. {message}"
        )


def is_public_address(ip: IPAddress) -> bool:
    """True if ``ip`` is a global unicast address (embedded IPv4 addresses judged too)."""
    if isinstance(ip, ipaddress.IPv4Address):
        return ip.is_global and not any(ip in net for net in _V4_EXTRA_BLOCKED)
    if ip.scope_id:
        return False
    if ip.ipv4_mapped is not None:
        return is_public_address(ip.ipv4_mapped)
    if ip in _V6_NAT64:
        return is_public_address(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    if ip not in _V6_GLOBAL_UNICAST:
        # ::/8 (unspecified, loopback, IPv4-compatible), 64:ff9b:1::/48, 100::/64,
        # fc00::/7, fe80::/10, fec0::/10, ff00::/8 and everything unallocated.
        return False
    if ip in _V6_TEREDO:
        return False
    if ip in _V6_6TO4:
        return ip.sixtofour is not None and is_public_address(ip.sixtofour)
    if any(ip in net for net in _V6_EXTRA_BLOCKED):
        return False
    return ip.is_global


def in_networks(ip: IPAddress, networks: Iterable[IPNetwork]) -> bool:
    """True if ``ip`` (or the IPv4 address it maps) is inside one of ``networks``."""
    candidates: list[IPAddress] = [ip]
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        candidates.append(ip.ipv4_mapped)
    return any(c.version == net.version and c in net for c in candidates for net in networks)


def check_address(ip: IPAddress, port: int, allow_networks: Iterable[IPNetwork] = ()) -> None:
    """Raise :class:`AddressRefused` unless the fetcher may connect to ``ip`` on ``port``."""
    allowed = in_networks(ip, allow_networks)
    if not allowed and not is_public_address(ip):
        raise AddressRefused(PRIVATE_MESSAGE, REDIRECT_PRIVATE_MESSAGE)
    if not allowed and port not in STANDARD_PORTS:
        raise port_refused(port)


def port_refused(port: int) -> AddressRefused:
    """The refusal for a link on a port other than 80 and 443."""
    rule = "I only fetch web pages on the standard ports 80 and 443."
    return AddressRefused(
        f"That link uses port {port}; {rule}",
        f"The page redirected to port {port}; {rule}",
    )


def parse_host_address(host: str) -> tuple[IPAddress, bool] | None:
    """Parse a URL host that is an IP address in any notation.

    Returns ``(address, canonical)`` where ``canonical`` says whether it was written the
    usual way (dotted quad or an IPv6 literal), or None for a host name. Numeric forms that
    ``inet_aton`` accepts (``2130706433``, ``0x7f.1``, ``0177.0.0.1``, ``127.1``) are decoded.
    Raises :class:`AddressRefused` for a host that ends in a number but is no valid address
    (browsers refuse those too), and for IPv6 zone identifiers.
    """
    h = host.lower()
    if h.startswith("[") and h.endswith("]"):
        h = h[1:-1]
    if ":" in h:
        if "%" in h:
            raise AddressRefused(PRIVATE_MESSAGE, REDIRECT_PRIVATE_MESSAGE)
        try:
            return ipaddress.IPv6Address(h), True
        except ValueError:
            raise AddressRefused("That doesn't look like a valid web link.") from None
    trailing_dot = h.endswith(".")
    if trailing_dot:
        h = h[:-1]
    parts = h.split(".")
    if not parts or not _NUMBERISH.fullmatch(parts[-1] or "x"):
        return None  # the last label is not a number: a host name
    numbers: list[int] = []
    for part in parts:
        value = _parse_ipv4_part(part)
        if value is None:
            raise AddressRefused("That doesn't look like a valid web link.")
        numbers.append(value)
    address = _ipv4_from_parts(numbers)
    if address is None:
        raise AddressRefused("That doesn't look like a valid web link.")
    canonical = not trailing_dot and len(parts) == 4
    canonical = canonical and all(p == "0" or _DEC.fullmatch(p) for p in parts)
    return address, canonical


def _parse_ipv4_part(part: str) -> int | None:
    if _HEX.fullmatch(part):
        return int(part[2:] or "0", 16)
    if _OCT.fullmatch(part):
        return int(part, 8)
    if _DEC.fullmatch(part):
        return int(part)
    return None


def _ipv4_from_parts(numbers: list[int]) -> ipaddress.IPv4Address | None:
    if not 1 <= len(numbers) <= 4:
        return None
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(numbers)):
        return None
    value = last
    for i, n in enumerate(head):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)
