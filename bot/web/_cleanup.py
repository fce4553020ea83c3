"""Rules on extracted text: refuse what is no article, drop the lines that only frame one."""

from __future__ import annotations

import re

import lxml.html

from bot.errors import ExtractionError
from bot.web._byline import is_dateline
from bot.web._text import loose_key, normalize_space

JS_NOTICE = re.compile(
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
HOVER_CARD = re.compile(r"\b([A-Z][a-z]+)[A-Z][\w .'’-]{0,60}?\1[^\n]{0,600}? MORE\b")


def join_labels(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for paragraph in paragraphs:
        if out and out[-1].casefold().rstrip(":") in _LABELS:
            out[-1] = f"{out[-1].rstrip(':')}: {paragraph}"
        else:
            out.append(paragraph)
    return out


def refuse_error_page(title: str | None, body: str) -> None:
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


def drop_leading_noise(paragraphs: list[str], *titles: str | None) -> list[str]:
    """Drop first paragraphs that repeat the title (it is in ``Article.title``) or are only a
    dateline, byline or reading time."""
    title_keys = {loose_key(t) for t in titles if t} - {""}
    kept = list(paragraphs)
    for _ in range(3):
        if len(kept) < 2:
            break
        first = kept[0]
        if loose_key(first) in title_keys or is_dateline(first):
            kept.pop(0)
        else:
            break
    return kept


def no_text_message(tree: lxml.html.HtmlElement) -> str:
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
