"""Search words, and how they are written into the full-text index.

Every indexed word carries its scope's prefix (``z00000007zbridge`` for ``bridge`` in scope number
7), so each channel has its own words in the index: a search only ever reads postings of its own
channel, word statistics and prefix expansion are per channel, and the cost of a search depends
on the size of the channel, not of the whole database. The prefix uses only ``z`` and digits,
which the Porter stemmer applied by FTS5 treats as consonants, so stemming works on the prefixed
word as on the bare word.

The scope number is zero-padded to ``SCOPE_DIGITS`` digits, so the prefix has the same length
(``SCOPE_PREFIX_CHARS``) in every scope: FTS5 prefix indexes are defined by a length in
characters, and with a fixed-length scope prefix one index answers ``bri*`` in every channel
(see the schema's ``prefix=`` option in :mod:`bot.storage.migrations`). Numbers too big for the
padding simply get longer prefixes: still unique, as the closing ``z`` ends every prefix.

Words are runs of letters and digits, case-folded, with accents removed (NFKD). A word is
always exactly one word of the index too: SQLite's ``unicode61`` tokenizer reads its character
classes from an older Unicode release, where 21 code points that Python now calls letters were
marks (``FTS5_SEPARATORS``); it splits words at them. Python splits there too, or a title such
as ``x\u19b0z00000001zbridge`` would hand the index a word carrying another scope's prefix
(``tests/storage/test_tokens.py`` checks every letter, mark and number against FTS5). This module is
pure: the SQL view of the index calls :func:`search_text` through a registered SQL function.
Changing the output of these functions requires bumping ``TOKENS_VERSION`` (the store then
rebuilds the index).
"""

from __future__ import annotations

import re
import unicodedata

TOKENS_VERSION = 3  # 1: unpadded scope numbers (z7zbridge); 2: split only where Python does
SQL_FUNCTION = "summarybot_search_text"
SCOPE_DIGITS = 8
SCOPE_PREFIX_CHARS = SCOPE_DIGITS + 2  # "z", the digits, "z"


def fold(word: str) -> str:
    """Case-fold and strip accents: ``Ñandú`` -> ``nandu``, ``Straße`` -> ``strasse``."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# letters (Lo in Python's Unicode, spacing marks in unicode61's): a word ends at them, as in FTS5
FTS5_SEPARATORS = "\u19b0-\u19c0\u19c8\u19c9\u1cf2\u1cf3"
# letters and digits (the characters str.isalnum() accepts) that FTS5 also keeps in a word
_RUN = re.compile(rf"[^\W_{FTS5_SEPARATORS}]+")


def words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` for each search word of ``text`` (a run may fold into several)."""
    if not text:
        return []
    if text.isascii():  # lower() keeps every offset of ASCII text
        return [(m.start(), m.end(), m.group()) for m in _RUN.finditer(text.lower())]
    out = []
    for match in _RUN.finditer(text):
        run = match.group()
        if run.isascii():
            out.append((match.start(), match.end(), run.lower()))
            continue
        # folding can produce separators (e.g. the fraction slash of "½"): split again
        for part in _RUN.findall(fold(run)):
            out.append((match.start(), match.end(), part))
    return out


def word_count(text: str | None) -> int:
    """``len(words(text))``, without building the words."""
    if not text:
        return 0
    return len(_RUN.findall(text)) if text.isascii() else len(words(text))


def scope_prefix(scope_num: int) -> str:
    """``z00000007z`` for scope number 7 (``SCOPE_PREFIX_CHARS`` long below 10**SCOPE_DIGITS)."""
    if scope_num < 0:
        raise ValueError("scope numbers are positive")
    return f"z{scope_num:0{SCOPE_DIGITS}d}z"


def search_text(scope_num: int | None, text: str | None) -> str | None:
    """The text the index stores for ``text`` in a scope: its prefixed words, space separated."""
    if not text or scope_num is None:
        return None
    prefix = scope_prefix(int(scope_num))
    if text.isascii():
        return " ".join(prefix + run for run in _RUN.findall(text.lower()))
    return " ".join(prefix + word for _, _, word in words(text))
