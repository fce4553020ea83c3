"""Where someone named in French, Spanish, Italian or Portuguese works or comes from, in
commas after the name ("Ignacio X, de la Universidad de Y, …", "Rui X, do Centro Y (CY), …"):
an aside, never the subject (private to ``commas.py`` and ``before.py``).
"""

from __future__ import annotations

import re

from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token

# a Romance "of"/"from" opening where someone named works or comes from, in commas after
# the name ("Ana X, de la Universidad de Y, …", "Rui X, do Centro Y, …", "Anne X, de
# l'Institut Y, …", "Aldo X, dell'Istituto Y, …"), and the article after it
_ROMANCE_FROM = frozenset("de del do da dos das di della dello dal dalla du des".split())
_FROM_ARTICLES = frozenset("la el lo il le o a".split())
_ELIDED_FROM = ("dell'", "dell’", "dall'", "dall’", "d'", "d’", "l'", "l’")
# words that open a clause, never inside an employer's name
_CLAUSE_WORDS = frozenset("que qui che quien cuyo cuya dont onde cui quale".split())
_WORDISH_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # "l'Institut", "Saint-Ouen"


def romance_employer(toks: list[Token], k: int, end: int) -> bool:
    """True when the comma at ``k`` follows a capitalized word and ``toks[k + 1 : end]`` (up
    to the next comma) is a Romance "of"/"from" and a name of where that one works or comes
    from: "Ignacio X, de la Universidad de Y, …", "Henrique X, do Centro Y (CY), …",
    "Anne X, de l'Institut de physique, …", "Aldo X, dell'Istituto di geofisica, …". The
    aside is no subject: the name before it is (French, Spanish, Italian, Portuguese)."""
    if language() not in ("french", "spanish", "italian", "portuguese"):
        return False
    if k < 1 or end - k < 3 or end > len(toks) or toks[k][0] != ",":
        return False
    if not toks[k - 1][0][:1].isupper():
        return False
    j = k + 1
    word = toks[j][0]
    if word in _ROMANCE_FROM:
        j += 1
        if toks[j][0] in _FROM_ARTICLES:
            j += 1
        head = toks[j][0] if j < end else ""
        if head[:2] in _ELIDED_FROM[-2:]:
            head = head[2:]  # "de l'Institut"
    else:
        elided = next((e for e in _ELIDED_FROM[:-2] if word.lower().startswith(e)), "")
        if not elided:
            return False
        head = word[len(elided) :]  # "dell'Istituto", "d'Arvor"
    rest = toks[j:end]
    return (
        head[:1].isupper()
        and 1 <= len(rest) <= 14
        and all(_WORDISH_RE.fullmatch(t[0]) or t[0] in ("(", ")") for t in rest)
        and not any(t[0].lower() in _CLAUSE_WORDS for t in rest)
    )


def employer_aside_last(toks: list[Token]) -> bool:
    """True when a clause before a colon holds a name, its employer in commas
    (``romance_employer``) and then only lower-case words: "El politólogo X, de la Universidad
    de Y, lo tiene claro:" (the name speaks; the employer is no name the clause ends on)."""
    commas = [c for c, t in enumerate(toks) if t[0] == ","]
    if len(commas) < 2:
        return False
    c, e = commas[-2], commas[-1]
    return romance_employer(toks, c, e) and all(
        t[0].islower() or not t[0][:1].isalpha() for t in toks[e + 1 :]
    )
