"""Unicode and whitespace clean-up applied to every text before it is analysed."""

from __future__ import annotations

import re
import unicodedata

# zero-width and invisible formatting characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen...)
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# C0/C1 control characters except tab and newline
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_LINE_SEPARATORS = re.compile("\r\n?|[\u2028\u2029\x85]")
_TRAILING = re.compile(" *\n *")
_BLANK_LINES = re.compile("\n{3,}")


def normalize(text: str) -> str:
    """Return ``text`` in NFC with invisible and control characters removed and whitespace tidied.

    Curly quotes, dashes and other typography are kept: they matter for quotes and sentences.
    Paragraph breaks (blank lines) and line breaks are kept; runs of spaces become one space.
    """
    if not text:
        return ""
    text = _LINE_SEPARATORS.sub("\n", text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _TRAILING.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()
