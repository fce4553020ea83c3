"""Which links and addresses may be fetched: every notation, with no network at all."""

from __future__ import annotations

import ipaddress

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.errors import FetchError
from bot.web.addresses import (
    NUMERIC_MESSAGE,
    PRIVATE_MESSAGE,
    AddressRefused,
    is_public_address,
    parse_host_address,
)
from bot.web.checks import CheckingResolver as _CheckingResolver
from bot.web.fetch import check_url
from tests.web.conftest import fake_dns

PRIVATE_LITERALS = [
    # IPv4, dotted quad
    "127.0.0.1",
    "127.255.255.254",
    "10.0.0.1",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",  # cloud metadata
    "100.64.0.1",  # carrier-grade NAT
    "198.18.0.1",  # benchmarking
    "0.0.0.0",
    "0.1.2.3",
    "224.0.0.1",  # multicast
    "239.255.255.250",
    "240.0.0.1",  # reserved
    "255.255.255.255",
    "192.0.0.1",
    "192.0.2.1",  # documentation
    "198.51.100.7",
    "203.0.113.9",
    "192.88.99.1",  # 6to4 relay anycast
    # the same loopback in legacy notations
    "2130706433",
    "0x7f000001",
    "0X7F000001",
    "0x7f.0.0.1",
    "0x7f.1",
    "0177.0.0.1",
    "017700000001",
    "0177.1",
    "127.1",
    "127.0.1",
    "127.0.0.1.",
    "0",
    "0x0",
    "3232235777",  # 192.168.1.1
    "0xa9.0xfe.0xa9.0xfe",  # 169.254.169.254
    # IPv6
    "[::1]",
    "[::]",
    "[0:0:0:0:0:0:0:1]",
    "[fe80::1]",
    "[fc00::1]",
    "[fd12:3456::1]",
    "[ff02::1]",
    "[fec0::1]",  # deprecated site-local
    "[100::1]",  # discard
    "[2001:db8::1]",  # documentation
    "[3fff::1]",
    # IPv6 forms that embed a private IPv4 address
    "[::ffff:127.0.0.1]",
    "[::ffff:7f00:1]",
    "[::ffff:10.0.0.1]",
    "[::ffff:169.254.169.254]",
    "[::127.0.0.1]",  # IPv4-compatible (deprecated)
    "[64:ff9b::127.0.0.1]",  # NAT64
    "[64:ff9b::a9fe:a9fe]",
    "[64:ff9b:1::1]",  # local-use NAT64
    "[2002:7f00:1::1]",  # 6to4 of 127.0.0.1
    "[2002:a9fe:a9fe::1]",  # 6to4 of 169.254.169.254
    "[2001:0:4136:e378:8000:63bf:3fff:fdd2]",  # Teredo
]

PUBLIC_LITERALS = [
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "[2606:4700:4700::1111]",
    "[2a00:1450:4001:80b::200e]",
    "[::ffff:8.8.8.8]",
    "[64:ff9b::808:808]",  # NAT64 of 8.8.8.8: what IPv6-only hosts see for IPv4 sites
    "[2002:808:808::1]",  # 6to4 of 8.8.8.8
]


@pytest.mark.parametrize("host", PRIVATE_LITERALS)
def test_private_addresses_are_refused_in_every_notation(host: str):
    with pytest.raises(AddressRefused) as info:
        check_url(f"http://{host}/page")
    assert str(info.value) == PRIVATE_MESSAGE


@pytest.mark.parametrize("host", PUBLIC_LITERALS)
def test_public_addresses_pass(host: str):
    check_url(f"https://{host}/page")


@pytest.mark.parametrize("host", ["134744072", "0x08080808", "8.8.2056", "010.8.8.8"])
def test_public_addresses_in_odd_notations_are_refused_too(host: str):
    with pytest.raises(AddressRefused) as info:
        check_url(f"http://{host}/")
    assert str(info.value) == NUMERIC_MESSAGE


def test_zone_identifiers_are_refused():
    with pytest.raises(AddressRefused):
        check_url("http://[fe80::1%25eth0]/")


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("2130706433", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("0177.0.0.01", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("10.1.258", "10.1.1.2"),
        ("0xc0.0xa8.1", "192.168.0.1"),
        ("192.168.0.1", "192.168.0.1"),
        ("[::ffff:127.0.0.1]", "::ffff:7f00:1"),
    ],
)
def test_legacy_notations_decode_like_inet_aton(host: str, address: str):
    parsed = parse_host_address(host)
    assert parsed is not None
    assert parsed[0] == ipaddress.ip_address(address)


@pytest.mark.parametrize("host", ["example.com", "localhost", "1.example", "0x7f.example"])
def test_names_are_not_addresses(host: str):
    assert parse_host_address(host) is None


@pytest.mark.parametrize("host", ["256.1.1.1", "1.2.3.4.5", "1.2.3.09", "example.123"])
def test_hosts_ending_in_a_number_must_be_valid_addresses(host: str):
    with pytest.raises(FetchError, match="valid web link"):
        check_url(f"http://{host}/")


@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_every_notation_of_an_ipv4_address_gets_the_same_verdict(value: int):
    ip = ipaddress.IPv4Address(value)
    public = is_public_address(ip)
    octets = str(ip).split(".")
    forms = [
        str(value),
        hex(value),
        ".".join(hex(int(o)) for o in octets),
        ".".join("0" + oct(int(o))[2:] for o in octets),
        f"{octets[0]}.{int(octets[1]) * 65536 + int(octets[2]) * 256 + int(octets[3])}",
    ]
    for form in forms:
        parsed = parse_host_address(form)
        assert parsed is not None and parsed[0] == ip, form
    mapped = ipaddress.IPv6Address(f"::ffff:{ip}")
    nat64 = ipaddress.IPv6Address(int(ipaddress.IPv6Address("64:ff9b::")) | value)
    six_to_four = ipaddress.IPv6Address((0x2002 << 112) | (value << 80) | 1)
    assert is_public_address(mapped) == public
    assert is_public_address(nat64) == public
    assert is_public_address(six_to_four) == public
    if not public:
        for form in [*forms, str(ip), f"[{mapped}]", f"[{nat64}]", f"[{six_to_four}]"]:
            with pytest.raises(AddressRefused) as info:
                check_url(f"http://{form}/")
            assert str(info.value) == PRIVATE_MESSAGE


# ------------------------------------------------------------------------ the rest of a URL


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.com/file", "I can only fetch http and https links, not ftp."),
        ("file:///etc/passwd", "I can only fetch http and https links, not file."),
        ("gopher://example.com/", "I can only fetch http and https links, not gopher."),
        ("javascript:alert(1)", "I can only fetch http and https links, not javascript."),
        ("example.com/page", "That doesn't look like a web link: it should start with https://."),
        ("http:///path", "That doesn't look like a web link: it should start with https://."),
        (
            "http://user:pass@example.com/",
            "That link contains a user name or password, so I won't fetch it.",
        ),
        (
            "http://user@example.com/",
            "That link contains a user name or password, so I won't fetch it.",
        ),
        (
            "http://@example.com/",
            "That link contains a user name or password, so I won't fetch it.",
        ),
        (
            "http://example.com/a\r\nHost: evil",
            "That link contains spaces or control characters, so I won't fetch it.",
        ),
        (
            "http://example.com/a\nb",
            "That link contains spaces or control characters, so I won't fetch it.",
        ),
        (
            "http://exa mple.com/",
            "That link contains spaces or control characters, so I won't fetch it.",
        ),
        ("http://example.com/" + "a" * 2100, "That link is too long (over 2048 characters)."),
        (
            "http://example.com:8080/",
            "That link uses port 8080; I only fetch web pages on the standard ports 80 and 443.",
        ),
        (
            "http://8.8.8.8:22/",
            "That link uses port 22; I only fetch web pages on the standard ports 80 and 443.",
        ),
        ("http://example.com:99999/", "That doesn't look like a valid web link."),
        ("http://exa%6dple.com/", "That doesn't look like a valid web link."),
        ("http://ex_ample..com/", "That doesn't look like a valid web link."),
        ("", "That isn't a web link."),
    ],
)
def test_link_syntax_checks(url: str, message: str):
    with pytest.raises(FetchError) as info:
        check_url(url)
    assert str(info.value) == message


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/",
        "http://example.com:80/a?b=c#d",
        "https://example.com:443/",
        "http://example.com:443/",
        "https://bücher.example/straße",
        "HTTPS://EXAMPLE.COM/",
        "https://example.com./",
        "https://sub_domain.example.com/",
    ],
)
def test_ordinary_links_pass(url: str):
    check_url(url)


def test_allowed_networks_open_private_addresses_and_other_ports():
    wiki = (ipaddress.ip_network("10.0.0.0/8"),)
    check_url("http://10.1.2.3/", wiki)
    check_url("http://10.1.2.3:8080/", wiki)
    check_url("http://wiki.internal:8080/", wiki)  # the name is checked once resolved
    with pytest.raises(AddressRefused, match="private or local"):
        check_url("http://127.0.0.1/", wiki)
    with pytest.raises(AddressRefused, match="port 8080"):
        check_url("http://8.8.8.8:8080/", wiki)
    with pytest.raises(AddressRefused, match="unusual numeric form"):
        check_url("http://167837953/", wiki)  # 10.1.1.1, but written oddly


def test_allowed_ipv4_network_covers_its_mapped_ipv6_form():
    check_url("http://[::ffff:10.0.0.5]:8080/", (ipaddress.ip_network("10.0.0.0/8"),))


# ----------------------------------------------------------------- names and the resolver


@pytest.mark.parametrize(
    "addresses",
    [
        ["127.0.0.1"],
        ["10.0.0.8"],
        ["169.254.169.254"],
        ["100.100.100.200"],
        ["198.19.1.1"],
        ["224.0.0.251"],
        ["0.0.0.0"],
        ["::1"],
        ["fe80::1"],
        ["fd00::5"],
        ["::"],
        ["::ffff:192.168.0.1"],
        ["93.184.216.34", "127.0.0.1"],  # one bad address spoils the name
        ["2606:4700::1", "fd00::1"],
    ],
)
async def test_resolver_refuses_names_with_any_private_address(addresses: list[str]):
    resolver = _CheckingResolver((), 1.0, fake_dns({"evil.test": addresses}))
    with pytest.raises(AddressRefused) as info:
        await resolver.resolve("evil.test", 443)
    assert str(info.value) == PRIVATE_MESSAGE


async def test_resolver_returns_exactly_the_checked_addresses():
    calls: list[str] = []
    resolver = _CheckingResolver(
        (), 1.0, fake_dns({"ok.test": ["93.184.216.34", "2606:4700::1"]}, calls)
    )
    results = await resolver.resolve("ok.test", 443)
    assert [r["host"] for r in results] == ["93.184.216.34", "2606:4700::1"]
    assert all(r["hostname"] == "ok.test" and r["port"] == 443 for r in results)
    assert calls == ["ok.test"]


async def test_resolver_applies_the_port_rule():
    resolver = _CheckingResolver((), 1.0, fake_dns({"ok.test": ["93.184.216.34"]}))
    with pytest.raises(AddressRefused, match="port 8443"):
        await resolver.resolve("ok.test", 8443)
    allowed = _CheckingResolver(
        (ipaddress.ip_network("10.0.0.0/8"),), 1.0, fake_dns({"wiki.test": ["10.0.0.2"]})
    )
    assert [r["host"] for r in await allowed.resolve("wiki.test", 8443)] == ["10.0.0.2"]


async def test_slow_lookups_time_out():
    import asyncio

    async def slow(*args, **kwargs):
        await asyncio.sleep(10)

    resolver = _CheckingResolver((), 0.2, slow)
    with pytest.raises(FetchError, match="Looking up the site slow.test took too long"):
        await resolver.resolve("slow.test", 443)
