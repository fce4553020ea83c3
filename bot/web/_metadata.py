"""An HTML page's metadata: headline, site name, language and canonical address."""

from __future__ import annotations

import re
from typing import Any

import lxml.html
from lxml import etree
from yarl import URL

from bot.web._byline import dateline_date, page_author
from bot.web._text import clean_value, loose_key, normalize_space
from bot.web.links import canonical_url

_TITLE_SEPARATORS = re.compile(r"(?<!\s)\s+(?:[|\-–—·•:/»«~]|::)\s+")


def page_metadata(tree: lxml.html.HtmlElement, doc: Any, url: str | None) -> dict[str, Any]:
    raw_site = clean_value(getattr(doc, "sitename", None)) or _meta_content(tree, "og:site_name")
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
        "author": page_author(getattr(doc, "author", None)),
        "date": clean_value(getattr(doc, "date", None)) or dateline_date(tree),
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
        clean_value(getattr(doc, "title", None)),
        _meta_content(tree, "og:title"),
        _meta_content(tree, "twitter:title"),
        clean_value(tree.findtext(".//title")),
    ]
    chosen = None
    for candidate in candidates:
        if not candidate:
            continue
        stripped = strip_site_suffix(candidate, site_names)
        # the site's own name is no headline ("my6sense Names New CEO" may contain it)
        if stripped and not any(loose_key(stripped) == loose_key(n) for n in site_names):
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
        headings = {loose_key(normalize_space(h.text_content())) for h in tree.iter("h1", "h2")}
        headings.discard("")
        for sep in separators:
            for part in (chosen[: sep.start()], chosen[sep.end() :]):
                if loose_key(part) in headings:
                    return part.strip()
    return chosen


def _kicker(short: str, headline: str) -> bool:
    """A one-word section label, or two words the headline doesn't use ("Harbour Tours" for
    "Our Favourite Harbour's Tours" is a headline; "Editorial" is a kicker)."""
    words = short.split()
    if len(words) == 1:
        return True
    shared = {loose_key(w) for w in words} & {loose_key(w) for w in headline.split()}
    return len(words) == 2 and not shared


def strip_site_suffix(title: str, site_names: list[str] | str | None) -> str:
    """Drop a site name joined to a title: "Big news | The Paper" -> "Big news", also
    "The Paper - Big news" and "Big news - The Paper | Tagline"."""
    names = [site_names] if isinstance(site_names, str) else list(site_names or ())
    for name in names:  # "Site Name: Headline"
        if len(name) >= 4 and title[len(name) : len(name) + 2] == ": ":
            if loose_key(title[: len(name)]) == loose_key(name):
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
    a, b = loose_key(piece), loose_key(site)
    if len(a) < 4 or len(b) < 4:
        return a == b and bool(a)
    return a == b or a in b or b in a


def _meta_content(tree: lxml.html.HtmlElement, name: str) -> str | None:
    for element in tree.iterfind(".//meta"):
        if name in (element.get("property"), element.get("name")):
            value = clean_value(element.get("content"))
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
