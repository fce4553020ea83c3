"""A German body's statement quoted with an impersonal "hieß es" (private to
``roles_germanic.py``).

German news reports a body's press release in two sentences: the first names the body as the
subject of a statement ("Der Landkreis Oberau kündigte in einer Mitteilung Hilfe an.", "Das
teilte der Turnverein Altdorf am Montag mit."), the second quotes it with an impersonal verb
and no owner: "Man werde „…“, hieß es.", "X habe „…“, hieß es in der Mitteilung.", "In einer
Stellungnahme hieß es, man bedaure „…“". The words are the body's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES

# "hieß es.", "hieß es, man …", "hieß es in einer Mitteilung." (a document with no owner
# named after it), "hieß es darin": the document or body of the sentences before
STATEMENT_ES_RE = re.compile(
    r"es\s*(?:darin|daraus\b|[.,;]|in\s+(?:einer|einem|der|dem)\s+(?:[a-zäöü]+\s+)?"
    r"[^\W\d_a-z][\w-]*\s*[.,;!?])"
)
_CAP = r"[^\W\d_a-z][\w'’-]*"
# the press in German and Dutch, which carries words and is no one who says them
_PRESS_RE = re.compile(
    r"(?i)zeitung|rundschau|kurier|anzeiger|tagblatt|nachrichten|rundfunk|radio|fernseh|sender|"
    r"agentur|magazin|krant|omroep|dagblad|courant"
)
# the body a sentence opens on as its subject, before its lower-case verb: "Das Land Tirol
# kündigte …", "Der Verein Bergwacht Oberau teilte …", "Das Unternehmen verwies …"; or after
# "Das teilte" ("Das teilte der Turnverein Altdorf am Montag mit.")
_SUBJECT_RE = re.compile(
    rf"(?:(?:Das|Dies)\s+[a-zäöü]+te\s+)?(der|die|das|Der|Die|Das)\s+"
    rf"(?:[a-zäöü-]+(?:e|en|er|es)\s+)?({_CAP}(?:\s+{_CAP}){{0,3}})\s+[a-zäöü]"
)


def statement_body(
    text: str,
    bounds: list[int],
    pos: int,
    epithet: Callable[[str, int], tuple[str, bool] | None],
) -> str | None:
    """The body the sentence before ``pos`` (in its paragraph) opens on as its subject, for a
    quotation attributed with an impersonal "hieß es" at ``pos``: a noun that stands for a
    body named before, through ``epithet`` ("Das Unternehmen" -> the company), else a name of
    two or more capitalized words that opens on no first name ("Das Land Tirol" -> "Land
    Tirol"); None for a person or anything else."""
    sent = bisect.bisect_right(bounds, pos) - 1
    if sent < 1:
        return None
    start, end = bounds[sent - 1], bounds[sent]
    if "\n" in text[start:end].rstrip():
        return None  # (another paragraph)
    m = _SUBJECT_RE.match(text, start)
    if m is None or m.end() > end:
        return None
    words = m.group(2).split()
    if _PRESS_RE.search(m.group(2)):
        return None  # "Die Süddeutsche Zeitung berichtete …": the outlet reports, it says nothing
    known = epithet(f"{m.group(1)} {m.group(2)}", m.start(1))
    if known is not None:
        return None if known[1] else known[0]
    if len(words) < 2 or any(nm.bare(w) in FIRST_NAMES for w in words):
        return None
    return " ".join(words)
