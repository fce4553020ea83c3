"""Main text and metadata of an HTML page: trafilatura, with readability-lxml as fallback."""

from __future__ import annotations

import copy
import logging
import re
from typing import Any

import lxml.html
import trafilatura
from lxml import etree
from readability import Document as ReadabilityDocument
from readability.htmls import shorten_title
from yarl import URL

from bot.errors import ExtractionError
from bot.models import Article
from bot.web._text import normalize_space, split_lines
from bot.web.links import canonical_url

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

_DOCTYPE = re.compile(r"^\s*<!doctype[^>]*>", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_BAD_XML_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_JS_NOTICE = re.compile(
    r"\b(enable|turn on|activate|requires?|needs?)\b[^.]{0,40}\bjavascript\b|"
    r"\bjavascript\b[^.]{0,40}\b(disabled|required|enabled|is off)\b",
    re.IGNORECASE,
)
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-–—·•:/»«~]|::)\s+")


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse a decoded page with lxml, allowing deep nesting and large text nodes."""
    text = _XML_DECL.sub("", text, count=1)
    text = _DOCTYPE.sub("", text, count=1)
    text = _BAD_XML_CHARS.sub("", text)
    if not text.strip():
        raise ExtractionError("The page is empty.")
    parser = lxml.html.HTMLParser(
        encoding="utf-8",
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        default_doctype=False,
    )
    try:
        tree = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError("The page isn't valid HTML, so I couldn't read it.") from exc
    if tree is None:
        raise ExtractionError("The page isn't valid HTML, so I couldn't read it.")
    return tree


def html_article(text: str, *, url: str | None, source: str) -> Article:
    """Extract the article from a decoded HTML page."""
    tree = parse_html(text)
    doc = _trafilatura(tree, url)
    paragraphs = split_lines(doc.text if doc is not None else "")
    if sum(len(p) for p in paragraphs) < SHORT_TEXT:
        fallback = _readability(tree, url)
        if sum(len(p) for p in fallback) > sum(len(p) for p in paragraphs):
            paragraphs = fallback
    if not paragraphs:
        raise ExtractionError(_no_text_message(tree))
    body = "\n\n".join(paragraphs)
    if len(body.split()) < 40 and _JS_NOTICE.search(body):
        raise ExtractionError(
            "That page needs JavaScript to show its content, so I can't read it."
        )
    meta = _metadata(tree, doc, url)
    return Article(source=source, text=body, paragraphs=tuple(paragraphs), url=url, **meta)


def _trafilatura(tree: lxml.html.HtmlElement, url: str | None) -> Any:
    try:
        return trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, output_format="python", **TRAFILATURA_OPTIONS
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
    return _block_texts(lxml.html.fragment_fromstring(summary, create_parent="div"))


def _block_texts(root: lxml.html.HtmlElement) -> list[str]:
    """The text of a cleaned fragment, one entry per block (paragraph, heading, list item)."""
    blocks = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th",
              "dt", "dd", "figcaption", "div", "section", "article", "tr"}  # fmt: skip
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    texts: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag not in blocks:
            continue
        if any(isinstance(c.tag, str) and c.tag in blocks for c in element.iterdescendants()):
            # only the text directly inside a container block
            own = (element.text or "") + "".join(
                (c.tail or "") for c in element if isinstance(c.tag, str) and c.tag in blocks
            )
            own = normalize_space(own)
            if own:
                texts.append(own)
            continue
        for line in element.text_content().split("\n"):
            line = normalize_space(line)
            if line:
                texts.append(line)
    return texts


def _no_text_message(tree: lxml.html.HtmlElement) -> str:
    scripts = len(tree.findall(".//script"))
    if scripts and not normalize_space(" ".join(_visible_text(tree))):
        return (
            "That page is built by JavaScript in the browser and has no article text in its "
            "HTML, so I can't read it."
        )
    return "I couldn't find any article text on that page."


def _visible_text(tree: lxml.html.HtmlElement) -> list[str]:
    skip = {"script", "style", "noscript", "template", "head", "title", "meta", "link"}
    out = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag not in skip and element.text and not _in_skipped(element, skip):
            out.append(element.text)
        if element.tail and (element.getparent() is None or not _in_skipped(element.getparent(), skip)):
            out.append(element.tail)
    return out


def _in_skipped(element: Any, skip: set[str]) -> bool:
    while element is not None:
        if isinstance(element.tag, str) and element.tag in skip:
            return True
        element = element.getparent()
    return False


def _metadata(tree: lxml.html.HtmlElement, doc: Any, url: str | None) -> dict[str, Any]:
    site = _clean(getattr(doc, "sitename", None)) or _host_name(url)
    title = _title(tree, doc, site)
    return {
        "title": title,
        "author": _clean(getattr(doc, "author", None)),
        "date": _clean(getattr(doc, "date", None)),
        "site": site,
        "language": _language(tree),
        "canonical_url": _canonical(getattr(doc, "url", None), url),
    }


def _title(tree: lxml.html.HtmlElement, doc: Any, site: str | None) -> str | None:
    title = _clean(getattr(doc, "title", None))
    if not title:
        try:
            title = _clean(shorten_title(tree))
        except Exception:  # readability's title helper is not defensive
            title = None
    if not title:
        return None
    return strip_site_suffix(title, site)


def strip_site_suffix(title: str, site: str | None) -> str:
    """Drop a site name joined to a title ("Big news | The Paper" -> "Big news")."""
    separators = list(_TITLE_SEPARATORS.finditer(title))
    if not separators or not site:
        return title
    last = separators[-1]
    if _same_name(title[last.end() :], site):
        return title[: last.start()].strip()
    first = separators[0]
    if _same_name(title[: first.start()], site):
        return title[first.end() :].strip()
    return title


def _same_name(piece: str, site: str) -> bool:
    a, b = _key(piece), _key(site)
    if len(a) < 3 or len(b) < 3:
        return a == b and bool(a)
    return a == b or a in b or b in a


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold().removeprefix("www."))


def _language(tree: lxml.html.HtmlElement) -> str | None:
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for xpath in (
        ".//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')='content-language']/@content",
        ".//meta[@property='og:locale']/@content",
        ".//body/@lang",
    ):
        try:
            candidates.extend(tree.xpath(xpath))
        except etree.XPathError:
            continue
    for value in candidates:
        code = re.match(r"\s*([a-zA-Z]{2,3})(?:[-_]|\s*$)", value or "")
        if code:
            return code.group(1).lower()
    return None


def _canonical(declared: str | None, url: str | None) -> str | None:
    """The page's own canonical link if it stays on the same site, else the fetched URL."""
    if not url:
        return canonical_url(declared) if declared and declared.startswith("http") else None
    if declared:
        try:
            same = _site_key(URL(declared).host) == _site_key(URL(url).host)
        except (ValueError, TypeError):
            same = False
        if same and URL(declared).scheme in ("http", "https"):
            return canonical_url(declared)
    return canonical_url(url)


def _site_key(host: str | None) -> str:
    host = (host or "").lower().rstrip(".")
    for prefix in ("www.", "m.", "amp.", "mobile."):
        host = host.removeprefix(prefix)
    return host


def _host_name(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = URL(url).host
    except (ValueError, TypeError):
        return None
    return host.removeprefix("www.") if host else None


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value if v)
    text = normalize_space(str(value))
    return text or None
