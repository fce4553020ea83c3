"""Parse a decoded HTML page with lxml, refusing pages too large and flattening ones too deep."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from bot.errors import ExtractionError, TooComplexError

MAX_DEPTH = 1000
# More elements than this is refused before parsing: lxml, trafilatura and readability hold
# about 2 KB per element (50,000 take some 130 MB and 10 s); long articles have a few thousand.
MAX_ELEMENTS = 50_000
TOO_COMPLEX = (
    f"That page is too complex for me to read: it has over {MAX_ELEMENTS:,} HTML elements."
)
_START_TAG = re.compile(r"<[a-zA-Z]")
# A comment or a tag ends before the next one starts, so unclosed ones are not read to the end.
_TAG = re.compile(
    r"<!--(?:(?!<!--|-->).)*-->|<(/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^<>]*?(/?)>", re.DOTALL
)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr"}
)  # fmt: skip
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "template"})
_BLOCKS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
     "pre", "table", "tr", "td", "th", "article", "main", "figure", "figcaption", "title"}
)  # fmt: skip

_IMPLIED_END = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option"})
_DOCTYPE = re.compile(r"^\s*<!doctype[^>]*>", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_BAD_XML_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse a decoded page with lxml, allowing deep nesting and large text nodes."""
    text = _XML_DECL.sub("", text, count=1)
    text = _DOCTYPE.sub("", text, count=1)
    text = _BAD_XML_CHARS.sub("", text)
    if not text.strip():
        raise ExtractionError("The page is empty.")
    if _too_many_elements(text):
        raise TooComplexError(TOO_COMPLEX)
    parser = lxml.html.HTMLParser(
        encoding="utf-8",
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        default_doctype=False,
    )
    data = text.encode("utf-8")
    tree = _parse(data, parser)
    if any("Excessive depth" in e.message for e in parser.error_log):
        # Deeper than libxml2's limit even with huge_tree (2048): flatten and parse again.
        tree = _parse(flatten_deep(text, MAX_DEPTH).encode("utf-8"), parser)
    return tree


def _too_many_elements(text: str) -> bool:
    if text.count("<") <= MAX_ELEMENTS:
        return False
    return any(n >= MAX_ELEMENTS for n, _ in enumerate(_START_TAG.finditer(text)))


def _parse(data: bytes, parser: lxml.html.HTMLParser) -> lxml.html.HtmlElement:
    try:
        tree = lxml.html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError("The page isn't valid HTML, so I couldn't read it.") from exc
    if tree is None:
        raise ExtractionError("The page isn't valid HTML, so I couldn't read it.")
    return tree


def flatten_deep(html: str, limit: int) -> str:
    """Drop the start and end tags of elements nested deeper than ``limit``.

    Their content stays, attached to the deepest kept element, so a page built from thousands
    of nested wrappers keeps its text. Scripts and styles that deep are dropped whole.
    """
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (tag, dropped)
    kept = 0
    pos = 0
    while (m := _TAG.search(html, pos)) is not None:
        out.append(html[pos : m.start()])
        pos = m.end()
        closing, name = m.group(1), (m.group(2) or "").lower()
        if not name:
            continue  # a comment
        if closing:
            for i in range(len(stack) - 1, max(-1, len(stack) - 64), -1):
                if stack[i][0] == name:
                    dropped = stack[i][1]
                    kept -= sum(1 for _, d in stack[i:] if not d)
                    del stack[i:]
                    break
            else:
                dropped = False
            if not dropped:
                out.append(m.group())
            continue
        if name in _VOID or m.group(3):
            out.append(m.group())
            continue
        if name in _IMPLIED_END and stack and stack[-1][0] == name:
            kept -= 0 if stack.pop()[1] else 1
        # Past the limit only wrappers go; blocks that give the text its shape stay a little
        # longer, so paragraphs are not run together.
        dropped = kept >= limit and (name not in _BLOCKS or kept >= limit + 64)
        if name in _RAW_TEXT:
            end = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(html, pos)
            stop = end.end() if end else len(html)
            if not dropped:
                out.append(m.group() + html[pos:stop])
            pos = stop
            continue
        stack.append((name, dropped))
        if not dropped:
            kept += 1
            out.append(m.group())
    out.append(html[pos:])
    return "".join(out)
