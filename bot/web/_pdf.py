"""Text and metadata of a PDF document, with pypdf."""

from __future__ import annotations

import io
import logging
import re
import statistics
import struct
from typing import Any

from bot.errors import ExtractionError, TooComplexError
from bot.models import Article
from bot.web._text import MAX_TEXT_CHARS, normalize_space

logger = logging.getLogger(__name__)

# Bounds on the work one PDF may cause: pages read, entries of its page tree (a tree that lists
# the same child many times claims millions of pages in a few KB), bytes any one stream may
# unpack to, operators and operands parsed in one content stream (a dense page of text has
# some 20,000), and bytes the content of all pages read (with the forms they draw) may unpack to.
MAX_PAGES = 500
MAX_PAGE_TREE_ENTRIES = 50_000
MAX_STREAM_BYTES = 16_000_000
MAX_STREAM_TOKENS = 200_000
MAX_CONTENT_BYTES = 64_000_000
_LIMITS: dict[str, int] = {
    "page_tree_maximum_entries": MAX_PAGE_TREE_ENTRIES,
    "page_tree_maximum_page_entries": 20 * MAX_PAGE_TREE_ENTRIES,
    "maximum_declared_stream_length": MAX_STREAM_BYTES,
    "array_based_stream_maximum_output_length": MAX_STREAM_BYTES,
    "zlib_maximum_output_length": MAX_STREAM_BYTES,
    "lzw_maximum_output_length": MAX_STREAM_BYTES,
    "run_length_maximum_output_length": MAX_STREAM_BYTES,
    "brotli_maximum_output_length": MAX_STREAM_BYTES,
    "jbig2_maximum_output_length": MAX_STREAM_BYTES,
    "image_maximum_buffer_size": MAX_STREAM_BYTES,
    "stream_decoding_work_maximum_length": 2 * MAX_STREAM_BYTES,
    "stream_parsing_work_maximum_count": MAX_STREAM_TOKENS,
}
DAMAGED = "That PDF is damaged or in a form I can't read."
LOCKED = "That PDF is password-protected, so I can't read it."
TOO_BIG_TREE = (
    f"That PDF's page tree is too large for me (over {MAX_PAGE_TREE_ENTRIES:,} entries), "
    "so I won't read it."
)
TOO_BIG_CONTENT = (
    f"That PDF holds content that unpacks to more than {MAX_STREAM_BYTES // 1_000_000} MB, "
    "or goes past my other limits on a document's size, so I won't read it."
)
# What pypdf raises on a damaged file: its own errors, and the plain ones its parser lets slip
# (a truncated number, a missing key, a wrong type where a dictionary should be...).
_DAMAGE = (ValueError, LookupError, TypeError, AttributeError, ArithmeticError, OSError,
           AssertionError, NotImplementedError, RecursionError, struct.error)  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]$")
_PDF_DATE = re.compile(r"^D?:?(\d{4})(\d{2})?(\d{2})?")


def pdf_article(body: bytes, *, url: str | None, source: str) -> Article:
    """Extract the text layer of a PDF, joined into paragraphs.

    Reads at most :data:`MAX_PAGES` pages and stops once :data:`MAX_TEXT_CHARS` characters
    or :data:`MAX_CONTENT_BYTES` unpacked bytes are read. A page past the limits of one stream is
    skipped; a document with no text besides such pages, or with too large a page tree, is
    refused.

    Raises:
        ExtractionError: damaged, locked or text-less PDF.
        TooComplexError: the PDF goes past a limit on its size.
    """
    from pypdf import apply_configuration

    with apply_configuration(**_LIMITS):
        pages, meta = _read(body, source)
    paragraphs = pdf_paragraphs("\n\n".join(pages))
    title = meta["title"]
    if not title and len(paragraphs) > 1 and _is_heading(paragraphs[0]):
        title = paragraphs[0]
    if len(paragraphs) > 1 and title and paragraphs[0].casefold() == title.casefold():
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise ExtractionError(
            "That PDF has no text in it (it's probably scanned images), so I can't read it."
        )
    return Article(
        source=source,
        text="\n\n".join(paragraphs),
        url=url,
        canonical_url=None,
        title=title,
        author=meta["author"],
        date=meta["date"],
        paragraphs=tuple(paragraphs),
    )


def _read(body: bytes, source: str) -> tuple[list[str], dict[str, str | None]]:
    """The text of each page read, and the document's title, author and date."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PyPdfError

    pages: list[str] = []
    unpacked = chars = skipped = 0
    try:
        reader = PdfReader(io.BytesIO(body), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ExtractionError(LOCKED)
        count = len(reader.pages)  # walks the page tree, within MAX_PAGE_TREE_ENTRIES
        info = reader.metadata
        meta = {k: _meta_text(info, k) for k in ("title", "author")} | {"date": _meta_date(info)}
        for number in range(min(count, MAX_PAGES)):
            if unpacked > MAX_CONTENT_BYTES or chars >= MAX_TEXT_CHARS:
                logger.info("PDF %s: read %d of %d pages (size limits)", source, number, count)
                break
            page = reader.pages[number]
            try:
                unpacked += _content_bytes(page)
                if unpacked > MAX_CONTENT_BYTES:
                    continue  # the check above ends the loop
                text = page.extract_text() or ""
            except LimitReachedError as exc:  # a page past the limits is skipped, not the PDF
                logger.info("PDF %s: page %d skipped: %s", source, number + 1, exc)
                skipped += 1
                continue
            chars += len(text)
            pages.append(text)
    except LimitReachedError as exc:
        logger.info("PDF %s past a limit: %s", source, exc)
        tree = "page tree" in str(exc).lower()
        raise TooComplexError(TOO_BIG_TREE if tree else TOO_BIG_CONTENT) from None
    except FileNotDecryptedError:
        raise ExtractionError(LOCKED) from None
    except DependencyError:
        raise ExtractionError(
            "That PDF is encrypted or compressed in a way I can't read."
        ) from None
    except (PyPdfError, *_DAMAGE) as exc:
        logger.info("unreadable PDF %s: %r", source, exc)
        raise ExtractionError(DAMAGED) from None
    if (skipped or unpacked > MAX_CONTENT_BYTES) and not any(p.strip() for p in pages):
        raise TooComplexError(TOO_BIG_CONTENT)
    return pages, meta


def _content_bytes(page: Any) -> int:
    """Bytes that the page's content streams, and the forms they may draw, unpack to.

    Unpacking them here costs what extraction would (pypdf keeps what it unpacks); the walk
    stops once past :data:`MAX_CONTENT_BYTES`.
    """
    from pypdf.generic import ArrayObject, StreamObject

    contents = _resolved(page.get("/Contents"))
    todo = [*contents] if isinstance(contents, ArrayObject) else [contents]
    todo += _forms(page)
    seen: set[int] = set()
    total = 0
    while todo and total <= MAX_CONTENT_BYTES:
        stream = _resolved(todo.pop())
        if isinstance(stream, StreamObject) and id(stream) not in seen:
            seen.add(id(stream))
            total += len(stream.get_data())
            todo += _forms(stream)
    return total


def _forms(holder: Any) -> list[Any]:
    """The form XObjects (drawn content, unlike images) in a page's or a form's resources."""
    from pypdf.generic import DictionaryObject, StreamObject

    resources = _resolved(holder.get("/Resources"))
    xobjects = _resolved(resources.get("/XObject")) if isinstance(resources, dict) else None
    if not isinstance(xobjects, DictionaryObject):
        return []
    forms = (_resolved(x) for x in xobjects.values())
    return [x for x in forms if isinstance(x, StreamObject) and x.get("/Subtype") == "/Form"]


def _resolved(value: Any) -> Any:
    return value.get_object() if value is not None else None


def _is_heading(line: str) -> bool:
    return len(line) <= 120 and not _SENTENCE_END.search(line)


def pdf_paragraphs(text: str) -> list[str]:
    """Join the hard-wrapped lines of PDF text into paragraphs.

    A paragraph ends at a blank line, or at a line that ends a sentence and is clearly shorter
    than the typical line. Words hyphenated across lines are joined.
    """
    lines = [normalize_space(line) for line in text.replace("\r", "\n").split("\n")]
    lengths = [len(line) for line in lines if len(line) > 20]
    typical = statistics.median(lengths) if lengths else 60
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        if not current and len(line) < 0.6 * typical and not _SENTENCE_END.search(line):
            paragraphs.append(line)  # a heading, or a line standing alone
            continue
        if current.endswith("-") and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}" if current else line
        if _SENTENCE_END.search(line) and len(line) < 0.8 * typical:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return [p for p in paragraphs if p]


def _meta_text(info: Any, name: str) -> str | None:
    value = getattr(info, name, None) if info is not None else None
    text = normalize_space(str(value)) if value else ""
    return text or None


def _meta_date(info: Any) -> str | None:
    if info is None:
        return None
    try:
        raw = info.get("/CreationDate") or info.get("/ModDate")
    except (AttributeError, TypeError):
        return None
    m = _PDF_DATE.match(str(raw or ""))
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month and day:
        return f"{year}-{month}-{day}"
    return f"{year}-{month}" if month else year
