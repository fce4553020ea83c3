"""Turning a fetched body (HTML, plain text or PDF) into an :class:`Article`.

:func:`extract_article` is synchronous, CPU-bound and can take long on pathological input, so
the bot runs it in a worker process that is killed at the time limit (see ``bot.workers``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import warnings
from collections.abc import Iterator
from pathlib import Path

from bot.errors import ExtractionError, InputError, LanguageError
from bot.models import Article
from bot.text.language import detect_language, language_code
from bot.web._decode import decode_body, looks_binary, looks_garbled, repair_mojibake
from bot.web._text import cap_paragraphs, plain_article

logger = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})

LOCAL_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "application/xhtml+xml",
    ".pdf": "application/pdf",
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
}
LOCAL_MAX_BYTES = 50_000_000
GARBLED = "The page's text is garbled: I couldn't work out its character encoding."
# The libraries whose complaints about a damaged page ("EOF marker not found") are ours to log,
# not theirs to print to the terminal of the process that extracts.
QUIET_LOGGERS = ("pypdf", "trafilatura", "readability", "htmldate", "courlan", "charset_normalizer")


def extract_article(
    body: bytes,
    *,
    url: str | None,
    content_type: str | None,
    charset: str | None = None,
    source: str,
) -> Article:
    """Extract the article in ``body``.

    Args:
        body: the raw (already decompressed) bytes.
        url: the page's final URL, if it came from the web.
        content_type: media type such as ``text/html`` (parameters are ignored); guessed from
            the bytes when missing.
        charset: the charset the server declared, if any.
        source: what the user gave us (link or file name), kept in ``Article.source``.

    A body that starts with ``%PDF-`` is read as a PDF whatever ``content_type`` says.
    HTML and PDF text past ``MAX_TEXT_CHARS`` is cut at a paragraph.

    Raises:
        ExtractionError: no readable article text in ``body``.
        TooComplexError: ``body`` goes past a limit on the work one document may cause.
    """
    with _library_noise_logged():
        return _extract(body, url=url, content_type=content_type, charset=charset, source=source)


def _extract(
    body: bytes, *, url: str | None, content_type: str | None, charset: str | None, source: str
) -> Article:
    kind = _kind(content_type, body)
    if kind == "pdf":
        from bot.web import _pdf  # pypdf, imported only when needed

        article = _pdf.pdf_article(body, url=url, source=source)
    else:
        if looks_binary(body, charset):
            raise ExtractionError("That isn't readable text: it looks like a binary file.")
        text = repair_mojibake(decode_body(body, charset, html=kind == "html"))
        if looks_garbled(text):
            raise ExtractionError(GARBLED)
        if kind == "html":
            from bot.web import _html  # trafilatura and lxml, imported only when needed

            article = _html.html_article(text, url=url, source=source)
        else:
            markdown = kind == "markdown"
            return _checked(plain_article(text, url=url, source=source, markdown=markdown))
    paragraphs = cap_paragraphs(article.paragraphs)
    if paragraphs != article.paragraphs:
        logger.info("%s: article text cut to %d paragraphs", source, len(paragraphs))
        article = dataclasses.replace(article, paragraphs=paragraphs, text="\n\n".join(paragraphs))
    return _checked(article)


def _checked(article: Article) -> Article:
    if looks_garbled(article.text):
        raise ExtractionError(GARBLED)
    if article.language is None:
        article = dataclasses.replace(article, language=_written_in(article.text))
    return article


def _written_in(text: str) -> str | None:
    """The language code of text whose page declared none, detected from its words."""
    try:
        return language_code(detect_language(text))
    except LanguageError:  # a language we don't handle: the page just doesn't say
        return None


@contextlib.contextmanager
def _library_noise_logged() -> Iterator[None]:
    """Send the extraction libraries' log records and warnings to our log at debug level.

    Extraction runs in worker processes, one document at a time; this is not meant for threads.
    """
    handler = _ToDebug()
    saved = []
    for name in QUIET_LOGGERS:
        library = logging.getLogger(name)
        saved.append((library, library.propagate))
        library.addHandler(handler)
        library.propagate = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("default")  # each warning once, however often it is raised
            warnings.showwarning = _warning_to_debug
            yield
    finally:
        for library, propagate in saved:
            library.removeHandler(handler)
            library.propagate = propagate


class _ToDebug(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        logger.debug("%s: %s", record.name, record.getMessage())


def _warning_to_debug(message: Warning | str, category: type[Warning], *_: object) -> None:
    logger.debug("%s while extracting: %s", category.__name__, message)


def read_local_file(path: str, *, max_bytes: int = LOCAL_MAX_BYTES) -> Article:
    """Read a local .html/.htm/.pdf/.txt/.md file into an :class:`Article`.

    Raises:
        InputError: missing, unreadable, too large or unsupported file.
        ExtractionError: no readable article text in it.
    """
    p = Path(os.path.expanduser(path))
    suffix = p.suffix.lower()
    if suffix not in LOCAL_TYPES:
        kinds = ", ".join(sorted(LOCAL_TYPES))
        raise InputError(f"I can read {kinds} files, not {suffix or 'files without an extension'}.")
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise InputError(f"{path} is not a file.")
        if size > max_bytes:
            raise InputError(
                f"That file is too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:g} MB)."
            )
        body = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"There is no file at {path}.") from None
    except PermissionError:
        raise InputError(f"I'm not allowed to read {path}.") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder, not a file.") from None
    except OSError as exc:
        raise InputError(f"I couldn't read {path}: {exc.strerror or exc}.") from None
    if not body.strip():
        raise InputError(f"{path} is empty.")
    return extract_article(body, url=None, content_type=LOCAL_TYPES[suffix], source=str(path))


def is_pdf(body: bytes) -> bool:
    """True if ``body`` is a PDF file, whatever it was labelled: it starts with ``%PDF-``."""
    return body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n\x00").startswith(b"%PDF-")


def _kind(content_type: str | None, body: bytes) -> str:
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type in PDF_TYPES or is_pdf(body):
        return "pdf"
    if media_type in HTML_TYPES:
        return "html"
    if media_type in ("text/markdown", "text/x-markdown"):
        return "markdown"
    if media_type in TEXT_TYPES:
        return "text"
    if not media_type or media_type == "application/octet-stream":
        head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        return (
            "html" if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head else "text"
        )
    raise ExtractionError(f"I can't read {media_type} content: only web pages, text and PDF.")
