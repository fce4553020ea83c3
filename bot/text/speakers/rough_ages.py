"""A rough age in the Spanish or Italian description of someone unnamed (private to
``unnamed_esit``): "un cliente sulla sessantina", "una signora sui settant'anni", "un hombre de
unos sesenta años", "una mujer de mediana edad" -- part of the description, like "di 82 anni".
"""

from __future__ import annotations

import re

# an age given roughly after the noun: "un cliente sulla sessantina", "una signora sui
# settant'anni", "un hombre de unos sesenta años", "una mujer de mediana edad", "un signore di
# mezza età" (the age is the person's, like "di 82 anni")
_ABOUT_AGE_RE = re.compile(
    r"(?:sulla|sulle)\s+\w+ina[,;:.]?|(?:sui|sugli)\s+(?:\d+|\w+)\s*(?:anni|['’]anni)[,;:.]?"
    r"|(?:sui|sugli)\s+\w+['’]anni[,;:.]?"
    r"|de\s+unos\s+(?:\d+|\w+)\s+años[,;:.]?|de\s+mediana\s+edad[,;:.]?"
    r"|di\s+mezza\s+età[,;:.]?|de\s+cierta\s+edad[,;:.]?"
)
_DECADES = tuple(
    "trentina quarantina cinquantina sessantina settantina ottantina novantina".split()
)


def about_age(words: list[str], k: int) -> int:
    """The end (exclusive) of a rough age at ``k`` ("sulla sessantina", "de unos 60 años",
    "di mezza età"); 0 when none opens there."""
    for n in (2, 3):
        piece = " ".join(words[k : k + n])
        if len(words) >= k + n and _ABOUT_AGE_RE.fullmatch(piece):
            if piece.startswith(("sulla", "sulle")) and not piece.rstrip(",;:.").endswith(_DECADES):
                return 0  # "sulla strada", "sulla panchina": a place, not an age
            return k + n
    return 0
