"""A body's name that opens on a suspended compound, kept whole (private to ``attribution.py``).

German and Dutch join two compounds that share their last part with a hyphen and "und"/"en":
"die Industrie- und Handelskammer Oberwald", "de Velmaarse Land- en Tuinbouwbond". The rules
reading a capitalized run stop at the hyphen and give the second half alone ("Handelskammer
Oberwald", "Tuinbouwbond"); the name is the whole, with the capitalized adjective opening it
("Velmaarse", "Bayerische"), not the article or a preposition before it.
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.reading import language

_SUSPENDED_RE = re.compile(
    r"(?P<adj>(?:[A-ZÄÖÜ][\w]*e )*)(?P<first>[A-ZÄÖÜ][\w]*-) (?:und|en|oder|of) $"
)


_SECOND_HALF_RE = re.compile(
    r" (?:und|en|oder|of) (?P<rest>[A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*){0,2})"
)


def suspended_span(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The whole body's name when the phrase at ``pos:end`` is the second half of a suspended
    compound ("Industrie- und [Handelskammer]") or its first half alone ("Laut [Industrie-]
    und Handelskammer"), else None."""
    if language() not in ("german", "dutch"):
        return None
    if text[end - 1 : end] == "-" and (after := _SECOND_HALF_RE.match(text, end)) is not None:
        # (the rest of the name stops before a lower-case word or a verb)
        return pos, after.end("rest")
    m = _SUSPENDED_RE.search(text, max(0, pos - 80), pos)
    if m is None or m.end() != pos:
        return None
    start = m.start("first")
    for word in re.finditer(r"\S+", m.group("adj")):
        if nm.bare(word.group()) not in nm.NOUN_ARTICLES | nm.STOPWORDS | {"de"}:
            start = m.start("adj") + word.start()
            break
    return start, end
