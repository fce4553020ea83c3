"""A quotation in a text's headline takes the speaker of its repeat in the body (private to
``attribution.py``).

News puts a line of the article's main quotation in its headline ("Dorp in nood: ‘We zitten
hier op een eiland’") and gives it, attributed, in the body ("‘We zitten hier op een eiland’,
zegt X."). The headline names no one; the body does.
"""

from __future__ import annotations

import re

from bot.text.speakers.marks import Span
from bot.text.speakers.reading import language

_WORD_RE = re.compile(r"\w+")
_HEADLINE_MAX = 200  # characters: a headline, not a paragraph of the body


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD_RE.findall(text)]


def headline_speakers(text: str, spans: list[Span], speakers: list[str | None]) -> None:
    """Set, in place, the speaker of each quotation in the text's first paragraph when it is
    a short line with no full stop at its end (a headline) and a later attributed quotation
    holds all its words in order: "Storm: ‘Zoiets nog nooit gezien’" … "‘Zoiets heb ik nog
    nooit gezien’, zegt X." -> X, "‘We were let down’: tenants …" … "“We were let down by
    everyone,” said Ana Lind" -> Ana Lind. A headline's own named speaker stands, but in
    German and Dutch the body's attribution beats a headline's colon ("Storm treft Y: ‘…’"
    names a place as often as a speaker), and a phrase of the headline in lower case
    ("tenants demand") is no name anywhere. Reads the headline's few quotations against the rest
    once each (linear in the number of quotations for each headline one)."""
    if not spans or spans[0].paragraph != 0:
        return
    first_end = text.find("\n")
    head = text[: first_end if first_end >= 0 else len(text)].rstrip()
    if len(head) > _HEADLINE_MAX or head.endswith("."):
        return
    later = [(k, _words(text[s.start : s.end])) for k, s in enumerate(spans) if s.paragraph > 0]
    for k, span in enumerate(spans):
        if span.paragraph != 0:
            break
        own = speakers[k]
        if own is not None and own[:1].isupper() and language() not in ("german", "dutch"):
            continue  # (elsewhere the headline's own named attribution stands)
        words = _words(text[span.start : span.end])
        if len(words) < 2:
            continue
        for j, body in later:
            if speakers[j] is not None and _holds(words, body):
                speakers[k] = speakers[j]
                break


def _holds(words: list[str], body: list[str]) -> bool:
    """True when ``body`` holds two words together, or three or more in the same order."""
    if len(words) == 2:
        return any(body[i : i + 2] == words for i in range(len(body) - 1))
    return _in_order(words, body)


def _in_order(words: list[str], body: list[str]) -> bool:
    """True when ``body`` holds every one of ``words`` in the same order."""
    it = iter(body)
    return all(any(w == b for b in it) for w in words)
