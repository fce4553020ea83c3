"""Fuzzing the extractors: mutated small documents and random bytes, as HTML, text and PDF.

Whatever the bytes, extraction ends in an article or in one of our own errors (a clear message
for the user); any other exception is a bug. The suite runs a fixed, small set of examples; for a
longer hunt set ``SUMMARYBOT_FUZZ_EXAMPLES`` (e.g. 5000), which also draws new random examples.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.errors import SummarybotError
from bot.web.extract import extract_article
from tests.web.pdfs import make_pdf, page_tree_bomb, shared_pages_pdf, stream_bomb

_LONG_RUN = int(os.environ.get("SUMMARYBOT_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=_LONG_RUN or 60,
    derandomize=not _LONG_RUN,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

LINES = [
    "The ferry to the island will run twice a day from the first of May.",
    "Tickets can be bought at the harbour office or on board, the operator said.",
    "Last summer the boat was so full that some travellers had to wait for hours.",
]
HTML_SEEDS = [
    (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ferry news</title>"
        "<meta property='og:title' content='Ferry timetable'></head><body><nav><a href='/'>Home"
        "</a></nav><article><h1>New ferry timetable</h1>"
        + "".join(f"<p>{line}</p>" for line in LINES)
        + "</article><script>var a = 1 < 2;</script></body></html>"
    ).encode(),
    (
        "<html><body><div><div><table><tr><td>" + "</td><td>".join(LINES) + "</td></tr></table>"
    ).encode(),
    b"<meta <meta <!--<script>",
    "<?xml version='1.0' encoding='utf-8'?><html xmlns='http://www.w3.org/1999/xhtml'><body><p>"
    "Caf\u00e9 cr\u00e8me et fa\u00e7ade \u2014 voil\u00e0.</p></body></html>".encode(),
    b"<html><head><meta charset='windows-1252'></head><body><p>Caf\xe9 na pra\xe7a.</p></body></html>",
]
HTML_TOKENS = [
    b"<meta ", b"<!--", b"-->", b"<script>", b"</script>", b"<body>", b"</body>", b"<html>",
    b"<head>", b"</", b"<![CDATA[", b"&#0;", b"&#xD800;", b"\x00", b"<svg>", b"<math>",
    b"<table>", b"<?xml ", b"<!DOCTYPE html>", b"<div>" * 40, b"<p>", b"<br/>", b"<title>",
    b"<noscript>", b"<template>", b"<frameset>", b"\xef\xbb\xbf", b"\xff\xfe", b"charset=utf-16",
    b"<base href='javascript:'>", b"<a href='http://[::1'>", b"<img src=x onerror=1>",
]  # fmt: skip
PDF_SEEDS = [
    make_pdf([LINES, LINES[:1]], title="Ferry", author="Harbour office", created="D:20240501"),
    make_pdf([[]]),
    shared_pages_pdf(3, LINES),
    page_tree_bomb(fan_out=3, depth=3),
    stream_bomb(2_000_000),
]
PDF_TOKENS = [
    b"obj", b"endobj", b"<<", b">>", b"[", b"]", b" 0 R", b"/Kids [", b"/Type /Pages",
    b"/Type /Page", b"/Count -1", b"/Count 99999999999", b"stream\n", b"endstream",
    b"/Filter /FlateDecode", b"/Filter /LZWDecode", b"/Filter [/ASCIIHexDecode /ASCII85Decode]",
    b"/Length 0", b"/Length 99999999", b"/DecodeParms << /Predictor 12 /Columns 99999 >>",
    b"xref\n0 1\n", b"trailer", b"startxref\n0\n", b"%%EOF", b"/Encrypt 1 0 R", b"BT", b"ET",
    b"Tj", b"TJ", b"Tf", b"Do", b"/Font", b"/ToUnicode 3 0 R", b"(\\", b"<FEFF", b"1e308", b"-",
    b"/Resources 1 0 R", b"/Contents [5 0 R 5 0 R]", b"/Parent 1 0 R",
]  # fmt: skip
TYPES = ["text/html", "application/xhtml+xml", "text/plain", "text/markdown", "application/pdf",
         "application/octet-stream", None]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes], tokens: list[bytes]) -> bytes:
    """A seed document changed a few times: bytes flipped, cut, repeated or replaced by tokens."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        end = min(len(data), at + draw(st.integers(0, 64)))
        op = draw(st.sampled_from(["flip", "cut", "insert", "token", "repeat", "truncate"]))
        if op == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "cut":
            del data[at:end]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif op == "token":
            data[at:end] = draw(st.sampled_from(tokens))
        elif op == "repeat":
            data[at:at] = data[at:end] * draw(st.integers(2, 50))
        elif op == "truncate":
            del data[at:]
    return bytes(data)


def extracts_or_explains(body: bytes, content_type: str | None) -> None:
    try:
        article = extract_article(body, url="https://example.test/a", content_type=content_type,
                                  source="fuzz")  # fmt: skip
    except SummarybotError as exc:
        assert str(exc).strip()
    else:
        assert article.text.strip()


@FUZZ
@given(body=mutated(HTML_SEEDS, HTML_TOKENS), content_type=st.sampled_from(TYPES))
def test_mutated_html(body, content_type):
    extracts_or_explains(body, content_type)


@FUZZ
@given(body=mutated(PDF_SEEDS, PDF_TOKENS), content_type=st.sampled_from(TYPES))
def test_mutated_pdf(body, content_type):
    extracts_or_explains(body, content_type)


@FUZZ
@given(
    body=st.one_of(
        st.binary(max_size=2_000),
        st.binary(max_size=500).map(lambda b: b"%PDF-1.7\n" + b),
        st.binary(max_size=500).map(lambda b: b"<html><body><p>" + b),
        st.text(max_size=500).map(str.encode),
    ),
    content_type=st.sampled_from(TYPES),
)
def test_random_bytes(body, content_type):
    extracts_or_explains(body, content_type)
