"""Text and metadata of a PDF document, with pypdf."""

from __future__ import annotations

import io
import logging
import re
import statistics
from typing import Any

from bot.errors import ExtractionError
from bot.models import Article
from bot.web._text import normalize_space

logger = logging.getLogger(__name__)

MAX_PAGES = 500
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]$")
_PDF_DATE = re.compile(r"^D?:?(\d{4})(\d{2})?(\d{2})?")


def pdf_article(body: bytes, *, url: str | None, source: str) -> Article:
    """Extract the text layer of a PDF, joined into paragraphs."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError, PdfStreamError

    try:
        reader = PdfReader(io.BytesIO(body), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ExtractionError("That PDF is password-protected, so I can't read it.")
        pages = []
        for page in reader.pages[:MAX_PAGES]:
            pages.append(page.extract_text() or "")
        info = reader.metadata
    except FileNotDecryptedError:
        raise ExtractionError("That PDF is password-protected, so I can't read it.") from None
    except ExtractionError:
        raise
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, OSError) as exc:
        logger.info("unreadable PDF %s: %r", source, exc)
        raise ExtractionError("That PDF is damaged or in a form I can't read.") from None
    paragraphs = pdf_paragraphs("\n\n".join(pages))
    title = _meta_text(info, "title")
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
        author=_meta_text(info, "author"),
        date=_meta_date(info),
        paragraphs=tuple(paragraphs),
    )


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
