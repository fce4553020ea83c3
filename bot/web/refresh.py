"""Meta refresh redirects: ``<meta http-equiv="refresh" content="0; url=...">`` in small pages.

Pure parsing; :mod:`bot.web.fetch` decides when a page is small enough to look at and checks the
target like any other redirect hop.
"""

from __future__ import annotations

import html
import re

from bot.web._decode import decode_body

# Meta refresh: only pages this small are looked at (a redirect page is tiny; an article that
# reloads itself is not a redirect), and only refreshes due within this many seconds count.
META_REFRESH_MAX_BYTES = 64 * 1024
META_REFRESH_MAX_DELAY = 10
# One pass over the page: comments and raw-text elements are matched (and skipped) as a whole, so
# a <meta> written by a script or commented out is never taken for a real one. An unclosed
# comment or element runs to the end, as in browsers; a <meta> tag ends at the next ">" and may
# not contain "<". No alternative can backtrack far, so the scan stays linear on hostile input.
_META_SCAN = re.compile(
    rb"<!--.*?(?:-->|\Z)"
    rb"|<(script|style|template|textarea|title|xmp)\b.*?(?:</\1\s*>|\Z)"
    rb"|<meta\b([^<>]*)>",
    re.IGNORECASE | re.DOTALL,
)
_ATTRIBUTE = re.compile(rb"""([^\s"'=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?""")
_HTML_SPACE = "\t\n\f\r "
_URL_PREFIX = re.compile(r"url[\t\n\f\r ]*=[\t\n\f\r ]*", re.IGNORECASE)


def meta_refresh(body: bytes, charset: str | None = None) -> tuple[int, str] | None:
    """The delay and URL of the first ``<meta http-equiv="refresh">`` in an HTML ``body`` that
    names a URL, or None.

    What counts is what a browser without JavaScript would obey: a ``<meta>`` tag anywhere in
    the page, including inside ``<noscript>`` (which is meant for clients like us: t.co and
    others send a meta refresh there for readers without JavaScript). Not counted: tags inside
    comments, scripts and other raw-text elements, and redirects done by scripts. The ``content``
    attribute is read as browsers read it (:func:`parse_refresh`), after decoding character
    references such as ``&amp;``.
    """
    for match in _META_SCAN.finditer(body):
        attributes = match.group(2)
        if attributes is None:
            continue  # a comment, script or other raw-text element
        values: dict[bytes, str] = {}
        for attr in _ATTRIBUTE.finditer(attributes):
            raw = attr.group(2) or attr.group(3) or attr.group(4) or b""
            # the first of a repeated name wins, as in browsers
            values.setdefault(
                attr.group(1).lower(), html.unescape(decode_body(raw, charset, html=False))
            )
        if values.get(b"http-equiv", "").lower() != "refresh":
            continue
        content = values.get(b"content", "")
        # Browsers obey only the first refresh; a first one without a URL refreshes in place.
        return parse_refresh(content)
    return None


def parse_refresh(content: str) -> tuple[int, str] | None:
    """``"0; url='/story'"`` -> ``(0, "/story")``: the delay and URL of a refresh, parsed by the
    HTML standard's rules ("shared declarative refresh steps"), or None if there is no URL.

    The delay is the leading whole number of seconds (a fraction is ignored); the URL may follow
    ``;`` or ``,``, with or without ``url=`` (in any case, spaces around ``=``) and quotes.
    """
    text = content.lstrip(_HTML_SPACE)
    after_digits = text.lstrip("0123456789")
    if len(after_digits) == len(text) and not text.startswith("."):
        return None
    significant = text[: len(text) - len(after_digits)].lstrip("0")
    # (a page may hold a number too long for int(); any such delay is far too long anyway)
    delay = int(significant or "0") if len(significant) <= 9 else 10**9
    rest = after_digits.lstrip("0123456789.")
    if not rest or rest[0] not in ";," + _HTML_SPACE:
        return None
    rest = rest.lstrip(_HTML_SPACE)
    if rest[:1] in (";", ","):
        rest = rest[1:].lstrip(_HTML_SPACE)
    prefix = _URL_PREFIX.match(rest)
    if prefix:
        rest = rest[prefix.end() :]
    if rest[:1] in ("'", '"'):
        rest = rest[1:].split(rest[0], 1)[0]
    target = rest.strip(_HTML_SPACE)
    return (delay, target) if target else None
