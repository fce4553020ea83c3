"""Cleanups of a speaker phrase or a clause's tokens before they are read (for ``people.py``
and ``before.py``): an employer after a person's name ("Analyst X Y von der Z Bank"), the
marks around a title quoted inside a clause ("author of “The Quiet Street,” put it").
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.shapes import Token

_EMPLOYER_RE = re.compile(
    r" (?:von der|von|van de|van der|van het|de la|del|della|di|do|da) (?=[A-Z])"
    # a Dutch employer named after the lower-case noun of its kind: "Analist Bram X van
    # adviesbureau Y", "Karin X van de stichting Y", "Piet X van actiegroep Y"
    r"| van (?:de |het )?[a-z]{4,} (?=[A-Z])"
)


def employer_cut(phrase: str) -> str:
    """The phrase up to an employer after a first name and a surname: "Analyst Stefan Meier
    von der DZ Bank" -> "Analyst Stefan Meier"; "Ursula von der Leyen", "Jan Peter van
    Dijk" (a first name right before) stay whole."""
    for m in _EMPLOYER_RE.finditer(phrase):
        head = phrase[: m.start()].split()
        tail = phrase[m.end() :].split()
        if (
            m.group().strip() in ("de la", "del", "da", "do")
            and len(tail) == 1
            and not tail[0].isupper()
            and nm.bare(tail[0]) not in nm.ORG_WORDS
        ):
            continue  # a Spanish or Portuguese surname: "Javier Rodríguez de la Fuente"
        if (
            len(head) >= 2
            and nm.is_cap(head[-1])
            and nm.is_cap(head[-2])
            and nm.bare(head[-1]) not in FIRST_NAMES
            and nm.bare(head[-2]) in FIRST_NAMES
        ):
            return phrase[: m.start()]
    return phrase


_INNER_MARKS = frozenset("\"“”«»„'‘’")


def unmark_titles(toks: list[Token]) -> list[Token]:
    """The tokens without the marks around a title quoted inside a clause ("author of “The
    Quiet Street,” put it"): the title's words read as a name there, the marks would end it."""
    drop: set[int] = set()
    for k in range(1, len(toks)):
        if toks[k][0] not in _INNER_MARKS or toks[k - 1][0] not in ("of", "titled"):
            continue  # (a title after "author of", "host of", "a book titled")
        j = k
        while j < len(toks) and toks[j][0] in _INNER_MARKS:
            j += 1  # '' opens as two marks
        m = j
        while m < min(len(toks), j + 8) and toks[m][0] not in _INNER_MARKS:
            m += 1
        inner = [t[0] for t in toks[j:m] if t[0] != ","]
        if m < len(toks) and inner and all(w[:1].isupper() or w[:1].isdigit() for w in inner):
            e = m
            while e < len(toks) and toks[e][0] in _INNER_MARKS:
                e += 1
            drop |= set(range(k, j)) | set(range(m, e))
    return [t for k, t in enumerate(toks) if k not in drop]
