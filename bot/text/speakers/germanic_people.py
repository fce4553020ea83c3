"""Capitalized runs of a German or Dutch text that name no one (private to ``people.py``).

German capitalizes every noun, so a run of capitals is often no name: an amount ("2,4 Millionen
Euro", "300 Geburten"), a noun after an article ("eine Arbeitsgruppe, die Walgesänge
untersucht").
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.reading import language

# a number (not a year) right before a capitalized run: German nouns counted, no names
_AMOUNT_RE = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:[.,]\d+)?|\d{1,3}(?:[ .\u202f]\d{3})+|(?!19\d\d|20\d\d)\d{4,})\s+$"
)


def no_person(text: str, pos: int, words: list[str], registry: dict) -> bool:
    """True for a run at ``pos`` that is a German or Dutch amount ("9000 Stunden X") or, in
    German, one capitalized word after "die"/"den" the text never names anyone by."""
    if _AMOUNT_RE.search(text, max(0, pos - 12), pos):
        return True
    return (
        language() == "german"
        and len(words) == 1
        and text[max(0, pos - 5) : pos].split()[-1:] in (["die"], ["den"])
        and nm.surname_key(words) not in registry
    )
