"""What a fetched response may be (status, media type, size) and the message the user gets
when a response or a connection fails.
"""

from __future__ import annotations

import logging

import aiohttp
from yarl import URL

from bot.config import Settings
from bot.errors import FetchError

logger = logging.getLogger(__name__)


HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
UNLABELLED_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream"})

SNIFF_BYTES = 1024


def check_status(status: int) -> None:
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


def check_media_type(media_type: str) -> None:
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


def sniff(head: bytes) -> str:
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


def client_error_message(exc: aiohttp.ClientError, url: URL, settings: Settings) -> str:
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


def too_large(max_bytes: int) -> str:
    return f"The page is too large for me (over {_size(max_bytes)})."


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:g} MB"
    return f"{n / 1000:g} KB"


def seconds(value: float) -> str:
    """``1.5`` -> "1.5 seconds", ``1`` -> "1 second"."""
    return f"{value:g} second" + ("" if value == 1 else "s")
