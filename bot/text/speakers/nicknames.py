"""A nickname in marks is no one's words, in English, German and Dutch (private to
``attribution.py``).

Sport and court pages give a person's or a place's nickname in marks after the noun or the verb
that names it: "der als Torhüter unter dem Spitznamen „die Krake“ gefürchtet war", "kreeg de
bijnaam ‘de Muur’", "earned the nickname “the Metronome”", "nicknamed “Big Jim”". Such a name is
no quotation the sentence's subject said: its speaker is None.
"""

from __future__ import annotations

import re

from bot.text.speakers.marks import Span
from bot.text.speakers.reading import language

# the noun or verb that names a nickname, up to two words (an article, an adjective) between it
# and the opening mark
_NAMING_RE = re.compile(
    r"\b(?:[Ss]pitzname[ns]?|[Bb]einame[ns]?|[Kk]osename[ns]?|[Ss]pitznamens|bijnaam|roepnaam"
    r"|koosnaam|bijgenaamd|nickname[sd]?|nicknamed)\b(?:\s+[\w’'-]+){0,2}?\s*\Z"
)
_MAX_WORDS = 4  # a name, not a sentence
_LANGUAGES = ("english", "german", "dutch")


def nickname(text: str, span: Span) -> bool:
    """True when the words of ``span`` (four at most) follow a noun or verb that names a
    nickname: "unter dem Spitznamen „die Krake“", "de bijnaam ‘de Muur’", "the nickname “the
    Metronome”"."""
    if language() not in _LANGUAGES or len(text[span.start : span.end].split()) > _MAX_WORDS:
        return False
    return _NAMING_RE.search(text, max(0, span.open_at - 40), span.open_at) is not None
