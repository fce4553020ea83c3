"""Bytes to text: finding the character encoding of a page, and spotting binary or garbled data."""

from __future__ import annotations

import codecs
import logging
import re

logger = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">, and
# the XML declaration of XHTML pages.
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{2,40})""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-zA-Z0-9_.:-]{2,40})""")
# WHATWG: these labels mean windows-1252 in practice.
_LATIN1_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii"}
)
_UTF16_LABELS = frozenset({"utf-16", "utf-16le", "utf-16be", "utf-16-le", "utf-16-be"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_C1 = re.compile(r"[\x80-\x9f]")
_MOJIBAKE = re.compile(r"[\xc2-\xf4][\x80-\xbf]{1,3}")
_SNIFF = 8192
_DETECT_BYTES = 200_000


def decode_body(body: bytes, charset: str | None, *, html: bool) -> str:
    """Decode ``body``: byte-order mark, then declared charsets, then detection.

    Valid UTF-8 with non-ASCII text wins over a declared single-byte charset (servers often
    label UTF-8 pages ``iso-8859-1``); a declared charset that the bytes contradict is ignored.
    """
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(encoding, errors="replace")
    declared = [_codec(charset)]
    if html:
        head = body[:_SNIFF]
        for pattern in (_XML_ENCODING, _META_CHARSET):
            m = pattern.search(head)
            in_page = _codec(m.group(1).decode("ascii", "ignore")) if m else None
            # A page that can state its charset in ASCII is not UTF-16 (WHATWG says UTF-8).
            if in_page and not in_page.startswith(("utf-16", "utf-32")):
                declared.append(in_page)
    declared_codecs = [c for c in declared if c]
    if not any(c.startswith(("utf-16", "utf-32")) for c in declared_codecs):
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            pass
    for encoding in declared_codecs:
        try:
            return body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            logger.debug("declared charset %s does not fit the bytes", encoding)
    lossy = _mostly_utf8(body)
    if lossy is not None:
        return lossy
    detected = _detect(body)
    return body.decode(detected or "cp1252", errors="replace")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was once decoded as Latin-1 and encoded again ("weâ\x80\x99ll").

    Only sequences holding a C1 control character are touched: those never occur in real text,
    so the repair cannot damage a correctly decoded page.
    """
    if not _C1.search(text):
        return text
    return _MOJIBAKE.sub(_redecode, text)


def _redecode(match: re.Match[str]) -> str:
    chunk = match.group()
    try:
        return chunk.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return chunk


# Bytes that are not control characters in text (tab, newlines, form feed and ESC are fine).
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32 and b != 27))


def looks_binary(body: bytes, charset: str | None = None) -> bool:
    """True if the start of ``body`` is binary data rather than text."""
    head = body[:_SNIFF]
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        _codec(charset) or ""
    ).startswith(("utf-16", "utf-32")):
        return False
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROL))  # what is left after deleting the rest
    return controls / len(head) > 0.05


def looks_garbled(text: str) -> bool:
    """True if decoded text is full of replacement and control characters."""
    sample = text[:100_000]
    if not sample:
        return False
    bad = len(_CONTROL.findall(sample))
    return bad / len(sample) > 0.05


def _mostly_utf8(body: bytes) -> str | None:
    """UTF-8 text with a few broken bytes (a cut-off or corrupted file) decodes as UTF-8, minus those bytes."""
    lossy = body.decode("utf-8", errors="replace")
    bad = lossy.count("\ufffd")
    good = sum(1 for ch in lossy if ord(ch) > 127) - bad
    return lossy.replace("\ufffd", "") if bad * 10 <= good else None


def _codec(label: str | None) -> str | None:
    """The Python codec for a charset label, or None if unknown or unusable."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _LATIN1_LABELS:
        return "cp1252"
    if label in _UTF16_LABELS:
        return "utf-16"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in ("utf-7", "rot-13", "hex", "base64", "bz2", "zlib", "uu", "quopri"):
        return None  # not a text encoding a web page may use
    return name


# When several code pages decode the bytes equally well, the one the web uses most wins
# (charset_normalizer alone picks e.g. cp775 or cp1250 for French text in windows-1252).
_COMMON = ("utf_8", "cp1252", "iso8859_15", "cp1251", "cp1250", "koi8_r", "iso8859_2", "iso8859_7",
           "cp1253", "cp1254", "cp1257", "shift_jis", "euc_jp", "gb18030", "big5", "euc_kr")  # fmt: skip


def _detect(body: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with trafilatura
        return None
    matches = list(from_bytes(body[:_DETECT_BYTES]))
    if not matches:
        return None
    least_chaos = min(m.chaos for m in matches)
    plausible = {
        name for m in matches if m.chaos <= least_chaos + 0.01 for name in m.could_be_from_charset
    }
    for name in _COMMON:
        if name in plausible:
            return _codec(name)
    return _codec(matches[0].encoding)
