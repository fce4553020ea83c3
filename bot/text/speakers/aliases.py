"""The name an English source gives only in part, after the noun that stands for them
(private to ``resolve.py``).

Reporters quote someone who will not give a full name by a noun and a clause that gives the
name they would give: "“…,” said the man, who gave only his first name, Dmitri", "a woman who
identified herself only as Marta", "one neighbour, who asked to be identified by her first
name, Dana". That name is the speaker, as written.
"""

from __future__ import annotations

import re

from bot.text.speakers.reading import language

_POSSESSIVE = r"(?:his|her|their)"
_GIVEN_NAME_RE = re.compile(
    r",?\s+who\s+(?:would\s+|did\s+)?(?:only\s+)?"
    r"(?:gave|give|identified\s+(?:him|her|them)sel(?:f|ves)|asked\s+to\s+be\s+"
    r"(?:identified|named|called|known)|wished\s+to\s+be\s+(?:identified|known))\s+"
    r"(?:only\s+)?"
    rf"(?:{_POSSESSIVE}\s+(?:first\s+|last\s+)?name\s+(?:only\s+)?(?:as\s+)?|(?:by\s+{_POSSESSIVE}\s+"
    r"(?:first\s+)?name,?\s+)|as\s+)"
    r"([A-Z][\w'’-]+)(?![\w'’-]|\s+[A-Z])"
)


def given_name(text: str, end: int) -> str | None:
    """In English text, the name the clause right after a speaker phrase ending at ``end``
    gives for them ("…, who gave her name only as Greta" -> "Greta"), else None."""
    if language() != "english":
        return None
    m = _GIVEN_NAME_RE.match(text, end, min(len(text), end + 120))
    return m.group(1) if m else None
