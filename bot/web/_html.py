"""Main text and metadata of an HTML page: trafilatura, with readability-lxml as fallback."""

from __future__ import annotations

import copy
import logging
import re
from datetime import datetime
from typing import Any

import lxml.html
import trafilatura
from htmldate.extractors import try_date_expr
from lxml import etree
from readability import Document as ReadabilityDocument
from trafilatura.settings import set_date_params
from yarl import URL

from bot.errors import ExtractionError, TooComplexError
from bot.models import Article
from bot.text.lexicon import load
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
# Fewer words than this is a menu or a notice, not an article.
MIN_WORDS = 8

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
_BLOCK_TEXT = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dt", "dd",
     "figcaption", "div", "section", "article", "tr", "table", "ul", "ol", "header", "footer"}
)  # fmt: skip
_IMPLIED_END = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option"})
_DOCTYPE = re.compile(r"^\s*<!doctype[^>]*>", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_BAD_XML_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_JS_NOTICE = re.compile(
    r"\b(enable|turn on|activate|requires?|needs?)\b[^.]{0,40}\bjavascript\b|"
    r"\bjavascript\b[^.]{0,40}\b(disabled|required|enabled|is off)\b",
    re.IGNORECASE,
)
# Titles of the pages a site shows instead of the article (a soft 404, an outage, a bot check).
_ERROR_TITLE = re.compile(
    r"^\W*(?:error\b|\d{3}\b|(?:page )?not found|access denied|forbidden|oops\b|"
    r"something went wrong|we.?ll be right back|(?:service|temporarily) unavailable|"
    r"(?:site |under )maintenance|just a moment|attention required|are you a (?:robot|human)|"
    r"security check|captcha)",
    re.IGNORECASE,
)
_ERROR_PAGE_WORDS = 150  # an article with such a title is longer than this
_READING_TIME = re.compile(
    r"\W*(?:\d+\s*(?:min|mins|minutes?|minutos?)\.?\s*(?:read|reading|de leitura|de lectura|"
    r"lesezeit|de lecture)?|(?:reading time|read time|tempo de leitura|tiempo de lectura|"
    r"lesezeit|temps de lecture)\W*\d+\s*\w*)\W*",
    re.IGNORECASE,
)
# A year, a clock time or a numeric date.
_DATE_MARK = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
)
_WORD = re.compile(r"[^\W\d_]+")
# Words a dateline or byline is made of, besides the names in it.
_DATE_WORDS = load(
    *(f"months_{lang}" for lang in ("en", "short_en", "de", "fr", "es", "pt", "ru")),
    *(f"weekdays_{lang}" for lang in ("en", "short_en", "fr", "es", "pt")),
) | frozenset(
    """
    am pm a m p est edt pst pdt cst cdt mst mdt gmt utc bst cet cest ist et pt ct by on at of
    the and in updated update published posted last modified written date de da do em às por
    e publicado atualizado atualizada el actualizado le mis à jour publié par von um
    uhr aktualisiert veröffentlicht текст автор фото опубликовано обновлено
    """.split()
)
_BYLINE = re.compile(
    r"(?:^|\s)(?:[Bb]y|BY|[Pp]or|[Vv]on|[Pp]ar)\s+([A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|van|von|der)){0,3})"
    r"\s*(?:$|[,|•·\-–—(]|\bon\b|\bin\b|\d)"
)
_NOT_AUTHORS = frozenset(
    {"view more posts", "about the author", "name", "author", "authors", "posted by", "by",
     "admin", "administrator", "anonymous", "unknown", "guest", "editor", "user", "written by",
     "more posts", "all posts", "read more", "follow", "share", "email", "comments"}
)  # fmt: skip
_TITLE_SEPARATORS = re.compile(r"(?<!\s)\s+(?:[|\-–—·•:/»«~]|::)\s+")


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
        raise ExtractionError(_no_text_message(tree))
    body = "\n\n".join(paragraphs)
    if len(body.split()) < 40 and _JS_NOTICE.search(body):
        raise ExtractionError("That page needs JavaScript to show its content, so I can't read it.")
    meta = _metadata(tree, doc, url)
    _refuse_error_page(meta["title"], body)
    if meta["author"] is None:
        meta["author"] = _byline_author(paragraphs[:6])
    paragraphs = _drop_leading_noise(paragraphs, meta["title"], getattr(doc, "title", None))
    paragraphs = _join_labels([_HOVER_CARD.sub(r"\1", p) for p in paragraphs])
    body = "\n\n".join(paragraphs)
    return Article(source=source, text=body, paragraphs=tuple(paragraphs), url=url, **meta)


# A fact-check's labels stand alone above what they label: "Claim" / "The harbour pier was built by
# the Romans." On its own that sentence states the rumour as fact.
_LABELS = frozenset(
    {
        "claim", "claims", "rating", "verdict", "conclusion", "rumor", "rumour",
        "what's true", "what's false", "what’s true", "what’s false", "our ruling",
    }
)  # fmt: skip
# A hover card pasted into a name ("Mayor Dana WhitlockDana Ruth WhitlockHarbour mayor backs …
# MORE (D) is defending…"): the name is glued to its own repeat and the card ends in "MORE".
_HOVER_CARD = re.compile(r"\b([A-Z][a-z]+)[A-Z][\w .'’-]{0,60}?\1[^\n]{0,600}? MORE\b")


def _join_labels(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for paragraph in paragraphs:
        if out and out[-1].casefold().rstrip(":") in _LABELS:
            out[-1] = f"{out[-1].rstrip(':')}: {paragraph}"
        else:
            out.append(paragraph)
    return out


def _refuse_error_page(title: str | None, body: str) -> None:
    """Raise for a short page titled like an error page or a bot check, not an article."""
    if (
        title
        and len(title.split()) <= 5
        and _ERROR_TITLE.match(title)
        and len(body.split()) < _ERROR_PAGE_WORDS
    ):
        raise ExtractionError(
            f"That page is an error page or a bot check (“{title}”), not an article."
        )


def _byline_author(paragraphs: list[str]) -> str | None:
    """A name from a short "By Jane Doe" line near the top of the text."""
    for line in paragraphs:
        if len(line) <= 100:
            m = _BYLINE.search(line)
            if m and m.group(1).casefold() not in _NOT_AUTHORS:
                return m.group(1)
    return None


def _author(value: Any) -> str | None:
    """The page's author(s), without the date words a byline drags in: "Dana Whitlock; Ravi
    Okafor Monday; November" -> "Dana Whitlock; Ravi Okafor"."""
    author = _clean(value)
    if not author or "http" in author:
        return None
    names: list[str] = []
    for part in author.split(";"):
        part = _AUTHOR_LEAD.sub("", part)
        part = _AUTHOR_TAIL.split(part, maxsplit=1)[0]  # "Jo Moss is a reporter", "… Subscribe"
        tokens = part.split()
        keep = len(tokens)
        while keep and len(tokens[keep - 1].strip(".,")) == 1:
            keep -= 1
        if len(tokens) - keep >= 2:  # credentials read as initials: "Nora Feld M P H"
            tokens = tokens[:keep]  # ("James R" keeps his initial)
        while tokens and _is_date_word(tokens[-1]):
            tokens.pop()
        while tokens and _is_date_word(tokens[0]):
            tokens.pop(0)
        name = " ".join(tokens).strip(" ,:|-–—")
        if names and _CREDENTIAL.fullmatch(name.replace(" ", "")):
            names[-1] += f", {name.replace(' ', '')}"  # "Corinne Ashby-Lowe; MD": her degree
        elif _looks_like_name(name) and name not in names:
            names.append(name)
    return "; ".join(names) or None


_CREDENTIAL = re.compile(r"(?:[A-Z]\.?){2,4}|Ph\.?D\.?|M\.?Sc\.?|CFP®?|RN|Jr\.?|Sr\.?")


# What bylines wrap around a name: "View all posts by …", "About the author …", "… is a reporter",
# "… Subscribe", "… Updated Jan 5".
_AUTHOR_LEAD = re.compile(
    r"^\s*(?:view (?:all|more) (?:posts|articles|stories) by|about the author|more (?:from|by)|"
    r"written by|posted by|authors?\b:?)\s*",
    re.IGNORECASE,
)
_AUTHOR_TAIL = re.compile(
    r"(?<!\s)\s+(?:is an?|was an?|subscribe|follow|read more|updated|published|posted|"
    r"last updated)\b",
    re.IGNORECASE,
)
_AUTHOR_JUNK = frozenset("www com net org facebook twitter instagram log login username".split())
_ROLE_WORDS = frozenset(
    """senior junior staff chief managing contributing deputy associate executive lead principal
    analyst editor reporter writer correspondent contributor columnist producer team desk
    staff""".split()
)


def _looks_like_name(name: str) -> bool:
    """False for what is left of a byline that names no one: "Log", "Www Facebook Com",
    "Senior Analyst"."""
    words = [w.strip(".,") for w in name.split()]
    if not words or name.casefold() in _NOT_AUTHORS:
        return False
    if any(w.casefold() in _AUTHOR_JUNK for w in words):
        return False
    if all(w.casefold() in _ROLE_WORDS for w in words):
        return False
    return not (len(words) == 1 and len(words[0]) <= 3)


def _is_date_word(token: str) -> bool:
    """A date, time or byline word; short ones that are also names ("May", "Sun") are kept."""
    word = token.strip(".,:;|()").casefold()
    return (
        not word
        or any(ch.isdigit() for ch in word)
        or word in _EDGE_WORDS
        or (word in _DATE_WORDS and len(word) > 3)
    )


_EDGE_WORDS = frozenset("by on at of the and in am pm gmt utc est edt pst pdt bst cet".split())


def _drop_leading_noise(paragraphs: list[str], *titles: str | None) -> list[str]:
    """Drop first paragraphs that repeat the title (it is in ``Article.title``) or are only a
    dateline, byline or reading time."""
    title_keys = {_key(t) for t in titles if t} - {""}
    kept = list(paragraphs)
    for _ in range(3):
        if len(kept) < 2:
            break
        first = kept[0]
        if _key(first) in title_keys or _is_dateline(first):
            kept.pop(0)
        else:
            break
    return kept


# Text nodes looked at for a dateline: a byline sits near the top of the page.
_DATELINE_NODES = 3000
_EARLIEST = datetime(1995, 1, 1)


def _dateline_date(tree: lxml.html.HtmlElement) -> str | None:
    """A date written in a short dateline or byline line ("Published 5 March 2024 · 3 min"),
    when the page's metadata gave none; a sentence of prose never gives one."""
    latest = datetime.now()
    for i, node in enumerate(tree.itertext()):
        if i >= _DATELINE_NODES:
            break
        line = node.strip()
        if 6 <= len(line) <= 100 and _is_dateline(line):
            found = try_date_expr(line, "%Y-%m-%d", True, _EARLIEST, latest)
            if found:
                return found
    return None


def _is_dateline(line: str) -> bool:
    if len(line) > 100 or line.endswith((".", "!", "?", ":")) and not _READING_TIME.search(line):
        return False
    if _READING_TIME.fullmatch(line.strip()):
        return True
    if not _DATE_MARK.search(line):
        return False
    words = [w for w in _WORD.findall(line.casefold()) if w not in _DATE_WORDS]
    return len(words) <= 3


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


def _no_text_message(tree: lxml.html.HtmlElement) -> str:
    has_scripts = tree.find(".//script") is not None
    visible = tree.xpath(
        "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
        " or ancestor::template)]"
    )
    if has_scripts and not normalize_space(" ".join(visible)):
        return (
            "That page is built by JavaScript in the browser and has no article text in its "
            "HTML, so I can't read it."
        )
    return "I couldn't find any article text on that page."


def _metadata(tree: lxml.html.HtmlElement, doc: Any, url: str | None) -> dict[str, Any]:
    raw_site = _clean(getattr(doc, "sitename", None)) or _meta_content(tree, "og:site_name")
    site = _site(raw_site)
    host = _host_name(url)
    if site and host and len(site) <= 3 and not site.isupper() and _host_label_is(site, host):
        site = host  # "nj" says less than "nj.com"; "BBC" stays
    taglines = _TITLE_SEPARATORS.split(raw_site)[1:] if raw_site else []
    names = [
        n
        for n in (site, *taglines, _meta_content(tree, "application-name"), *_host_labels(url))
        if n
    ]
    return {
        "title": _title(tree, doc, names),
        "author": _author(getattr(doc, "author", None)),
        "date": _clean(getattr(doc, "date", None)) or _dateline_date(tree),
        "site": site or _host_name(url),
        "language": _language(tree),
        "canonical_url": _canonical(getattr(doc, "url", None), url),
    }


def _title(tree: lxml.html.HtmlElement, doc: Any, site_names: list[str]) -> str | None:
    """The headline: trafilatura's title (or the page's meta titles) without the site name.

    When the title still joins several parts ("Headline - tagline") and one part is exactly a
    visible heading of the page, that heading is the headline.
    """
    candidates = [
        _clean(getattr(doc, "title", None)),
        _meta_content(tree, "og:title"),
        _meta_content(tree, "twitter:title"),
        _clean(tree.findtext(".//title")),
    ]
    chosen = None
    for candidate in candidates:
        if not candidate:
            continue
        stripped = strip_site_suffix(candidate, site_names)
        # the site's own name is no headline ("my6sense Names New CEO" may contain it)
        if stripped and not any(_key(stripped) == _key(n) for n in site_names):
            if chosen is None:
                chosen = stripped
            elif len(stripped.split()) >= 4 and _kicker(chosen, stripped):
                chosen = stripped  # a kicker ("Editorial") gives way to the real headline
                break
            if len(chosen.split()) > 2:
                break
    if chosen is None:
        return next((c for c in candidates if c), None)
    separators = list(_TITLE_SEPARATORS.finditer(chosen))
    if separators:
        headings = {_key(normalize_space(h.text_content())) for h in tree.iter("h1", "h2")}
        headings.discard("")
        for sep in separators:
            for part in (chosen[: sep.start()], chosen[sep.end() :]):
                if _key(part) in headings:
                    return part.strip()
    return chosen


def _kicker(short: str, headline: str) -> bool:
    """A one-word section label, or two words the headline doesn't use ("Harbour Tours" for
    "Our Favourite Harbour's Tours" is a headline; "Editorial" is a kicker)."""
    words = short.split()
    if len(words) == 1:
        return True
    shared = {_key(w) for w in words} & {_key(w) for w in headline.split()}
    return len(words) == 2 and not shared


def strip_site_suffix(title: str, site_names: list[str] | str | None) -> str:
    """Drop a site name joined to a title: "Big news | The Paper" -> "Big news", also
    "The Paper - Big news" and "Big news - The Paper | Tagline"."""
    names = [site_names] if isinstance(site_names, str) else list(site_names or ())
    for name in names:  # "Site Name: Headline"
        if len(name) >= 4 and title[len(name) : len(name) + 2] == ": ":
            if _key(title[: len(name)]) == _key(name):
                return title[len(name) + 2 :].strip()
    separators = list(_TITLE_SEPARATORS.finditer(title))
    if not separators or not names:
        return title
    bounds = [0, *(m.start() for m in separators), len(title)]
    starts = [0, *(m.end() for m in separators)]
    for i in range(1, len(starts)):
        if any(_same_name(title[starts[i] : bounds[i + 1]], n) for n in names):
            return title[: bounds[i]].strip()
    if any(_same_name(title[: separators[0].start()], n) for n in names):
        return title[separators[0].end() :].strip()
    return title


def _same_name(piece: str, site: str) -> bool:
    a, b = _key(piece), _key(site)
    if len(a) < 4 or len(b) < 4:
        return a == b and bool(a)
    return a == b or a in b or b in a


def _meta_content(tree: lxml.html.HtmlElement, name: str) -> str | None:
    for element in tree.iterfind(".//meta"):
        if name in (element.get("property"), element.get("name")):
            value = _clean(element.get("content"))
            if value:
                return value
    return None


def _host_labels(url: str | None) -> list[str]:
    """The name a site goes by in its host: "www.example.co.uk" -> ["example"]."""
    labels = (_host_name(url) or "").split(".")
    if len(labels) < 2:
        return []
    labels.pop()  # top-level domain
    if len(labels) > 1 and len(labels[-1]) <= 3:
        labels.pop()  # co.uk, com.br, ...
    return [labels[-1]] if len(labels[-1]) >= 4 else []


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


_NOT_SITES = re.compile(
    r"^(?:copyright|©|\(c\)|contact|username|user name|log ?in|sign ?in|hosted|home|menu)\b",
    re.IGNORECASE,
)


def _site(name: str | None) -> str | None:
    """A site name, or None for what is not one: "Copyright 2014", "Username", a bare link (its
    host is the name)."""
    if not name:
        return None
    if name.startswith(("http://", "https://")):
        return _host_name(name)
    name = _TITLE_SEPARATORS.split(name, maxsplit=1)[0]  # "LinkNaija | Nigeria's news platform"
    name = name.strip(" _|-–—:")
    if len(name.split()) > 6 or ". " in name:
        return None  # a headline or a tagline, not a name
    return None if not name or _NOT_SITES.match(name) else name


def _host_label_is(site: str, host: str) -> bool:
    return host.split(".")[0].casefold() == site.casefold()


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
