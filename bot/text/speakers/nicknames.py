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
# the words that may stand between a naming word and the name in marks ("the nickname of",
# "Spitzname ist", "bijnaam luidt"); not a verb and its subject ("the nickname and says",
# "Zijn bijnaam vindt Hoekstra ‘…’": that speaker's own words)
_LINKS = (
    r"(?:of|is|was|as|the|a|his|her|their|ist|war|lautet|lautete|der|die|das|des|von|als"
    r"|luidt|luidde|de|het|een|van|zijn|haar)"
)
_NAMING_RE = re.compile(
    r"\b(?:[Ss]pitzname[ns]?|[Bb]einame[ns]?|[Kk]osename[ns]?|[Ss]pitznamens|bijnaam|roepnaam"
    r"|koosnaam|bijgenaamd|nickname[sd]?|nicknamed)\b(?:\s+" + _LINKS + r"){0,2}?\s*\Z"
)
_MAX_WORDS = 4  # a name, not a sentence
_LANGUAGES = ("english", "german", "dutch")


def nickname(text: str, span: Span) -> bool:
    """True when the words of ``span`` (four at most) follow a noun or verb that names a
    nickname: "unter dem Spitznamen „die Krake“", "de bijnaam ‘de Muur’", "the nickname “the
    Metronome”"."""
    words = text[span.start : span.end].split()
    if language() not in _LANGUAGES or not words or len(words) > _MAX_WORDS:
        return False
    naming = _NAMING_RE.search(text, max(0, span.open_at - 40), span.open_at)
    if naming is None:
        return False
    lower = not (words[0][:1].isupper() or (len(words) > 1 and words[1][:1].isupper()))
    # "says the nickname is “a bit embarrassing”": lower-case words after a copula are a view
    # of the nickname, no name ("nicknamed “the corridor ward”" is one)
    return not (lower and _COPULA_RE.search(naming.group()))


_COPULA_RE = re.compile(r"\b(?:is|was|ist|war)\b")
