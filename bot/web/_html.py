"""Main text and metadata of an HTML page: trafilatura, with readability-lxml as fallback."""

from __future__ import annotations

import copy
import logging
from typing import Any

import lxml.html
import trafilatura
from lxml import etree
from readability import Document as ReadabilityDocument
from trafilatura.settings import set_date_params

from bot.errors import ExtractionError
from bot.models import Article
from bot.web._byline import byline_author
from bot.web._cleanup import (
    HOVER_CARD,
    JS_NOTICE,
    drop_leading_noise,
    join_labels,
    no_text_message,
    refuse_error_page,
)
from bot.web._metadata import page_metadata, strip_site_suffix
from bot.web._parse import MAX_ELEMENTS, TOO_COMPLEX, flatten_deep, parse_html
from bot.web._text import normalize_space, split_lines

# What callers take from here: parse_html, flatten_deep and the limits come from _parse,
# strip_site_suffix from _metadata.
__all__ = [
    "MAX_ELEMENTS",
    "SHORT_TEXT",
    "TOO_COMPLEX",
    "TRAFILATURA_OPTIONS",
    "flatten_deep",
    "html_article",
    "parse_html",
    "strip_site_suffix",
]

logger = logging.getLogger(__name__)

# Chosen on the Scrapinghub and WCXB dev splits (benchmarks/extraction.py).
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": False,
    "deduplicate": False,
}
# Below this many characters the trafilatura result is compared with readability's.
SHORT_TEXT = 250
# Fewer words than this is a menu or a notice, not an article.
MIN_WORDS = 8

_BLOCK_TEXT = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dt", "dd",
     "figcaption", "div", "section", "article", "tr", "table", "ul", "ol", "header", "footer"}
)  # fmt: skip


def html_article(text: str, *, url: str | None, source: str) -> Article:
    """Extract the article from a decoded HTML page."""
    tree = parse_html(text)
    doc = _trafilatura(tree, url)
    paragraphs = split_lines(doc.text if doc is not None else "")
    if sum(len(p) for p in paragraphs) < SHORT_TEXT:
        fallback = _readability(tree, url)
        if sum(len(p) for p in fallback) > sum(len(p) for p in paragraphs):
            paragraphs = fallback
    if len(" ".join(paragraphs).split()) < MIN_WORDS:
        raise ExtractionError(no_text_message(tree))
    body = "\n\n".join(paragraphs)
    if len(body.split()) < 40 and JS_NOTICE.search(body):
        raise ExtractionError("That page needs JavaScript to show its content, so I can't read it.")
    meta = page_metadata(tree, doc, url)
    refuse_error_page(meta["title"], body)
    if meta["author"] is None:
        meta["author"] = byline_author(paragraphs[:6])
    paragraphs = drop_leading_noise(paragraphs, meta["title"], getattr(doc, "title", None))
    paragraphs = join_labels([HOVER_CARD.sub(r"\1", p) for p in paragraphs])
    body = "\n\n".join(paragraphs)
    return Article(source=source, text=body, paragraphs=tuple(paragraphs), url=url, **meta)


def _trafilatura(tree: lxml.html.HtmlElement, url: str | None) -> Any:
    try:
        return trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            output_format="python",
            # a date comes from the page's metadata, markup or address, never from its prose
            # ("the first closure since 2009" is no publication date)
            date_extraction_params=set_date_params(extensive=False),
            **TRAFILATURA_OPTIONS,
        )
    except (RecursionError, ValueError, TypeError, AttributeError, etree.LxmlError) as exc:
        logger.warning("trafilatura failed on %s: %r", url, exc)
        return None


def _readability(tree: lxml.html.HtmlElement, url: str | None) -> list[str]:
    try:
        summary = ReadabilityDocument(copy.deepcopy(tree), url=url).summary(html_partial=True)
    except Exception as exc:  # readability raises bare Exceptions (Unparseable, ...)
        logger.info("readability found nothing in %s: %r", url, exc)
        return []
    try:
        fragment = lxml.html.fragment_fromstring(summary, create_parent="div")
    except (etree.ParserError, ValueError, AssertionError) as exc:
        # lxml asserts "too many bodies" when readability hands back a page without a body
        logger.info("readability's result for %s is no fragment: %r", url, exc)
        return []
    return _block_texts(fragment)


def _block_texts(root: lxml.html.HtmlElement) -> list[str]:
    """The text of a cleaned fragment, one entry per block (paragraph, heading, list item)."""
    texts: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        line = normalize_space("".join(buffer))
        buffer.clear()
        if line:
            texts.append(line)

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else None
        if event == "start":
            if tag in _BLOCK_TEXT or tag == "br":
                flush()
            if tag is not None and tag not in ("script", "style") and element.text:
                buffer.append(element.text)
        else:
            if tag in _BLOCK_TEXT:
                flush()
            if element.tail and element is not root:
                buffer.append(element.tail)
    flush()
    return texts
