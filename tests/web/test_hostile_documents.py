"""Documents built to hurt the extractors get a clear answer, within bounded work."""

from __future__ import annotations

import logging
import subprocess
import sys
import warnings

import pytest

from bot.errors import ExtractionError, TooComplexError
from bot.web import _html, _pdf
from bot.web._text import MAX_TEXT_CHARS, cap_paragraphs
from bot.web.extract import extract_article, is_pdf, read_local_file
from bot.web.fetch import Fetcher
from bot.web.service import fetch_article
from bot.workers import JobRunner
from tests.web.conftest import loopback_settings
from tests.web.pdfs import form_bomb, make_pdf, page_tree_bomb, shared_pages_pdf, stream_bomb
from tests.web.servers import ScriptedServer, reply

REPORT = [
    "The harbour council met on Tuesday evening to vote on the new pier.",
    "Most members agreed that the old stone pier could not last another winter.",
]


def extract(body: bytes, content_type: str | None) -> object:
    return extract_article(body, url=None, content_type=content_type, source="doc")


def refusal(body: bytes, content_type: str | None) -> ExtractionError:
    with pytest.raises(ExtractionError) as caught:
        extract(body, content_type)
    return caught.value


# --------------------------------------------------------------------------- PDF


def test_a_page_tree_that_reuses_its_children_is_refused():
    bomb = page_tree_bomb(fan_out=10, depth=7)  # ten million pages once flattened
    assert len(bomb) < 5_000
    error = refusal(bomb, "application/pdf")
    assert isinstance(error, TooComplexError)
    assert str(error) == _pdf.TOO_BIG_TREE
    assert "page tree" in str(error)


def test_a_content_stream_that_unpacks_past_the_limit_is_refused():
    bomb = stream_bomb(2 * _pdf.MAX_STREAM_BYTES)
    assert len(bomb) < 200_000
    error = refusal(bomb, "application/pdf")
    assert isinstance(error, TooComplexError)
    assert str(error) == _pdf.TOO_BIG_CONTENT


def test_a_content_stream_under_the_limit_is_read():
    article = extract(stream_bomb(1_000_000), "application/pdf")
    assert article.text == "Hello."


def test_forms_that_unpack_past_the_limit_are_refused_before_they_are_read():
    assert extract(form_bomb(2, 1_000), "application/pdf").paragraphs == ("Form text.",) * 2
    bomb = form_bomb(10, _pdf.MAX_CONTENT_BYTES // 8)  # each under the limit of one stream
    assert len(bomb) < 1_000_000
    error = refusal(bomb, "application/pdf")
    assert isinstance(error, TooComplexError)
    assert str(error) == _pdf.TOO_BIG_CONTENT


def test_only_the_first_pages_are_read():
    pdf = shared_pages_pdf(_pdf.MAX_PAGES + 700, ["Every page says the same thing here."])
    article = extract(pdf, "application/pdf")
    assert article.text.count("Every page says the same thing here.") == _pdf.MAX_PAGES


def test_reading_stops_once_the_text_is_long_enough(monkeypatch):
    pages = [[f"Page {n} of the report.", *REPORT] for n in range(1, 41)]
    whole = extract(make_pdf(pages), "application/pdf").text
    assert "Page 40 of the report." in whole
    monkeypatch.setattr(_pdf, "MAX_TEXT_CHARS", len(whole) // 4)
    text = extract(make_pdf(pages), "application/pdf").text
    assert "Page 1 of the report." in text
    assert "Page 40 of the report." not in text
    assert len(whole) // 4 <= len(text) < len(whole) // 2


def test_reading_stops_once_the_unpacked_content_is_large(monkeypatch):
    pages = [[f"Page {n} of the report.", *REPORT] for n in range(1, 41)]
    monkeypatch.setattr(_pdf, "MAX_CONTENT_BYTES", 2_000)
    text = extract(make_pdf(pages), "application/pdf").text
    assert "Page 1 of the report." in text
    assert "Page 20 of the report." not in text
    monkeypatch.setattr(_pdf, "MAX_CONTENT_BYTES", 10)
    assert isinstance(refusal(make_pdf(pages), "application/pdf"), TooComplexError)


@pytest.mark.parametrize("cut", [40, 200, 400, -30])
def test_a_truncated_pdf_is_called_damaged(cut):
    pdf = make_pdf([REPORT])
    message = str(refusal(pdf[:cut], "application/pdf"))
    assert message in (_pdf.DAMAGED, "That PDF has no text in it (it's probably scanned images), so I can't read it.")  # fmt: skip


def test_pdf_library_warnings_never_reach_stderr():
    damaged = make_pdf([REPORT])[:-30]  # no %%EOF: pypdf warns "EOF marker not found"
    code = (
        "import sys\n"
        "from bot.errors import ExtractionError\n"
        "from bot.web.extract import extract_article\n"
        "try:\n"
        "    extract_article(sys.stdin.buffer.read(), url=None, content_type='application/pdf',"
        " source='x')\n"
        "except ExtractionError as exc:\n"
        "    print(exc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], input=damaged, capture_output=True, timeout=60, check=True
    )
    assert done.stderr == b""
    assert done.stdout.strip()  # an answer was given (the text, or why there is none)


# --------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize("content_type", ["text/plain", "text/html", "text/markdown", None])
def test_a_pdf_is_read_as_a_pdf_whatever_it_is_labelled(content_type):
    article = extract(make_pdf([REPORT], title="Pier vote"), content_type)
    assert article.title == "Pier vote"
    assert article.paragraphs == (" ".join(REPORT),)
    assert "%PDF" not in article.text and "endobj" not in article.text


def test_a_pdf_file_with_a_text_extension_is_read_as_a_pdf(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(make_pdf([REPORT]))
    assert read_local_file(str(path)).paragraphs == (" ".join(REPORT),)


def test_pdf_sniffing():
    assert is_pdf(b"%PDF-1.7\n")
    assert is_pdf(b"\xef\xbb\xbf\r\n%PDF-1.4")
    assert not is_pdf(b"The %PDF- header starts every PDF file.")
    assert not is_pdf(b"<html><body>%PDF-</body></html>")


def test_html_labelled_as_plain_text_stays_plain_text():
    # Browsers never render text/plain as HTML; neither do we.
    body = b"<p>" + " ".join(REPORT).encode() + b"</p>"
    assert extract(body, "text/plain").text == body.decode()


# --------------------------------------------------------------------------- HTML


def test_readability_without_a_body_is_no_article():
    # lxml raised "AssertionError: too many bodies" on this page's readability result
    error = refusal(b"<meta <meta <!--<script>", "text/html")
    assert type(error) is ExtractionError
    assert str(error) == "I couldn't find any article text on that page."


def test_too_many_elements_are_refused_before_parsing():
    flood = b"<p>a</p>" * (_html.MAX_ELEMENTS + 1)
    error = refusal(flood, "text/html")
    assert isinstance(error, TooComplexError)
    assert str(error) == _html.TOO_COMPLEX
    assert f"{_html.MAX_ELEMENTS:,}" in str(error)


def test_many_angle_brackets_that_are_not_elements_are_not_counted():
    prose = " ".join(REPORT) + " The depth was 3<4 metres, and 5 < 6 always."
    sums = "<p>" + "1 < 2 and 3 <= 4; " * 60_000 + "</p>"
    page = f"<html><body><article><p>{prose}</p>{sums}</article></body></html>".encode()
    assert page.count(b"<") > _html.MAX_ELEMENTS
    assert "The harbour council met" in extract(page, "text/html").text


# --------------------------------------------------------------------------- text size


def test_extracted_text_is_cut_at_a_paragraph():
    paragraphs = tuple(f"Paragraph {n} " + "word " * 200 for n in range(10_000))
    capped = cap_paragraphs(paragraphs)
    assert 0 < len(capped) < len(paragraphs)
    assert capped == paragraphs[: len(capped)]
    assert MAX_TEXT_CHARS - 2_000 < len("\n\n".join(capped)) <= MAX_TEXT_CHARS
    assert cap_paragraphs(("x" * (MAX_TEXT_CHARS + 5),)) == ("x" * MAX_TEXT_CHARS,)
    assert cap_paragraphs(paragraphs[:3]) == paragraphs[:3]


def test_a_page_past_the_parsing_limit_is_skipped_not_the_document(monkeypatch):
    monkeypatch.setitem(_pdf._LIMITS, "stream_parsing_work_maximum_count", 400)
    dense = [f"Figure label {n}" for n in range(200)]  # some 600 tokens on one page
    pages = [["Page 1 of the report.", *REPORT], dense, ["Page 3 of the report."]]
    text = extract(make_pdf(pages), "application/pdf").text
    assert "Page 1 of the report." in text and "Page 3 of the report." in text
    assert "Figure label" not in text
    assert isinstance(refusal(make_pdf([dense]), "application/pdf"), TooComplexError)


# --------------------------------------------------------------------------- through a link


async def test_hostile_links_get_their_answer_from_a_worker(server: ScriptedServer):
    settings = loopback_settings(fetch_max_bytes=1_000_000)
    server.routes["/report"] = reply(200, make_pdf([REPORT]), content_type="text/plain")
    server.routes["/tree"] = reply(200, page_tree_bomb(), content_type="application/pdf")
    server.routes["/bodies"] = reply(200, b"<meta <meta <!--<script>", content_type="text/html")
    flood = b"<p>a</p>" * (_html.MAX_ELEMENTS + 1)
    server.routes["/flood"] = reply(200, flood, content_type="text/html")
    runner = JobRunner(1)
    try:
        async with Fetcher(settings) as fetcher:

            async def answer(path: str) -> str:
                try:
                    article = await fetch_article(
                        server.url(path), fetcher=fetcher, runner=runner, settings=settings
                    )
                except ExtractionError as exc:
                    return str(exc)
                return article.text

            assert await answer("/report") == " ".join(REPORT)
            assert await answer("/tree") == _pdf.TOO_BIG_TREE
            assert await answer("/bodies") == "I couldn't find any article text on that page."
            assert await answer("/flood") == _html.TOO_COMPLEX
    finally:
        await runner.close()


def test_library_log_records_and_warnings_go_to_our_debug_log(caplog, monkeypatch):
    from bot.web import extract as extract_module

    original = extract_module.plain_article

    def noisy(text: str, **kwargs: object) -> object:
        logging.getLogger("pypdf._reader").warning("EOF marker not found")
        warnings.warn("a library's complaint", UserWarning, stacklevel=1)
        return original(text, **kwargs)

    monkeypatch.setattr(extract_module, "plain_article", noisy)
    caplog.set_level(logging.DEBUG)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning that escaped would fail the test
        assert extract(b"Some text.", "text/plain").text == "Some text."
    ours = [(r.name, r.levelno, r.getMessage()) for r in caplog.records]
    assert ("bot.web.extract", logging.DEBUG, "pypdf._reader: EOF marker not found") in ours
    warned = "UserWarning while extracting: a library's complaint"
    assert ("bot.web.extract", logging.DEBUG, warned) in ours
    assert not any(name.startswith("pypdf") for name, _, _ in ours)
    assert logging.getLogger("pypdf").propagate
