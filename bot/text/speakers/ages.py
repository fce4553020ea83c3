"""Age nouns written in words (private to the speaker modules): the Italian "il quarantenne", "la
cinquantottenne", "il ventunenne" stand for someone introduced with that age ("Ada Rossi, 58
anni,"), as "il 58enne" does; the French and Portuguese nouns of a decade of life ("l'octogénaire",
"la quinquagénaire", "o septuagenário") for someone introduced with an age in it ("Odile
Marchal, 83 ans,", "Joaquim Sousa, de 74 anos,"). And the Spanish and Italian person a
text introduces with an age in apposition ("Ada Soto, de 18 años", "Gino Rossi, 78 anni"),
a feature's new voice for the quotation right after (``aged_person``, ``aged_colon``).
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers.names import SPEECH_VERBS
from bot.text.speakers.reading import language

_TENS = {
    "vent": 20,
    "trent": 30,
    "quarant": 40,
    "cinquant": 50,
    "sessant": 60,
    "settant": 70,
    "ottant": 80,
    "novant": 90,
}
# the units as they stand before "-enne" (their last vowel gone or kept)
_UNITS = {
    "un": 1,
    "du": 2,
    "due": 2,
    "tre": 3,
    "quattr": 4,
    "cinqu": 5,
    "sei": 6,
    "se": 6,
    "sett": 7,
    "ott": 8,
    "nov": 9,
}
_TEENS = {
    "dodic": 12,
    "tredic": 13,
    "quattordic": 14,
    "quindic": 15,
    "sedic": 16,
    "diciassett": 17,
    "diciott": 18,
    "diciannov": 19,
}


def age_word(word: str) -> int | None:
    """The age an Italian "-enne" noun in words says ("quarantenne" -> 40,
    "cinquantottenne" -> 58, "ventunenne" -> 21, "diciottenne" -> 18), else None."""
    low = word.lower()
    if not low.endswith(("enne", "enni")) or len(low) < 8 or not low.isalpha():
        return None
    stem = low[:-4]
    if stem in _TEENS:
        return _TEENS[stem]
    for tens, value in _TENS.items():
        if not stem.startswith(tens):
            continue
        rest = stem[len(tens) :]
        if rest in ("", "a", "i"):
            return value  # "quarantenne", "ventenne"
        if rest[:1] in ("a", "i") and rest[1:] in _UNITS:
            return value + _UNITS[rest[1:]]  # "quarantadueenne", "ventitreenne"
        if rest in _UNITS:
            return value + _UNITS[rest]  # "cinquantottenne", "ventunenne"
        return None
    return None


# French and Portuguese nouns of a decade of life, by their stem: "trentenaire", "quadragénaire",
# "octogénaire", "sexagenária", "septuagenário" (also spelt "setuagenário")
_DECADE_STEMS = {
    "trenten": 30,
    "quadragen": 40,
    "quinquagen": 50,
    "sexagen": 60,
    "septuagen": 70,
    "setuagen": 70,
    "octogen": 80,
    "nonagen": 90,
}
_DECADE_ENDS = ("aire", "aires", "ario", "aria", "arios", "arias")


def decade_word(word: str) -> int | None:
    """The first year of the decade a French or Portuguese age noun says ("l'octogénaire" ->
    80, "quinquagénaire" -> 50, "septuagenária" -> 70, "trentenaire" -> 30), else None."""
    low = word.lower().replace("’", "'").rpartition("'")[2]
    low = low.replace("é", "e").replace("á", "a")
    if not low.endswith(_DECADE_ENDS):
        return None
    return next((v for stem, v in _DECADE_STEMS.items() if low.startswith(stem)), None)


# Romance: a person introduced with an age in apposition, "Aitana Morales, de 18 años", "Gino
# Rossi, 78 anni", "Bishnu Thapa, 31 anos", "Marie Dupont, 54 ans" (the name's capitalized
# words, then the age; a few lower-case words in commas may stand between, a nickname last:
# "Antonello Brizzi, per tutti Nello, 74 anni"; not another name: "la escuela Emiliano
# Rosas, doña Carmen Ortiz, de 70 años")
_AGED_RE = re.compile(
    r"[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*)*"
    r"(?:, (?:[a-zà-ÿ][\w'’-]* ){0,5}(?:[a-zà-ÿ][\w'’-]*|[A-ZÀ-Ý][\w'’-]*))?,"
    r" (?:de )?\d{1,3} (?:años|anni|anos|ans)\b"
    # (not a time after: "Jean Moulin, 80 ans après")
    r"(?! (?:après|plus tard|depois|más tarde|después|dopo|più tardi))"
)


def aged_person(text: str, mentions: list[Any], lo: int, hi: int) -> tuple[str, int] | None:
    """The one person the text between ``lo`` and ``hi`` introduces with an age in apposition
    ("obra de la juvenil Ada Soto, de 18 años.", "Entre ellos estaba Eva Gil, de 91 años, …"),
    as written and where, when no one else named there after it is a sentence's subject; else
    None. A feature's new voice: a quotation right after, its speech verb's subject left out
    ("«…», aseguró después."), is theirs rather than the last speaker's."""
    found: tuple[str, int] | None = None
    inside = -1  # (the end of the apposition read: "…, per tutti Nello, 74 anni" is theirs)
    for m in mentions:
        if not lo <= m.pos < hi or m.pos < inside:
            continue
        aged = _AGED_RE.match(text, m.pos)
        if aged is not None:
            inside = max(inside, aged.end())
        if aged is not None and aged.end() <= hi and not _governed(text, m.pos):
            if found is not None and found[0] != m.name:
                return None  # two people given an age: which one is left open
            found = (m.name, m.pos)
        elif found is not None and m.name != found[0] and m.subject:
            return None  # someone else is the subject after them
    if found is None:
        return None
    run = _AGED_RE.match(text, found[1])
    return (run.group().split(",")[0], found[1]) if run is not None else None


# prepositions that make the name after them an object: "entregó la medalla a X, de 90 años",
# "ha dedicato la serata a X, 19 anni", "el hijo de X"
_OBJECT_PREPS = frozenset("a ad al à con per para por de di da".split())
_PARTICIPLE_ENDS = ("ato", "ito", "uto", "ado", "ido")


def _governed(text: str, pos: int) -> bool:
    """True when the name at ``pos`` is a verb's or a preposition's object: a preposition or a
    participle right before it ("El alcalde X entregó … a Y, de 90 años", "Il sindaco X ha
    ricordato Y, 45 anni")."""
    before = text[max(0, pos - 200) : pos]
    words = before.split()
    if words and words[-1].lower() in _OBJECT_PREPS:
        return True
    if words and words[-1].lower().endswith(_PARTICIPLE_ENDS):
        return True  # "Poi ha ricordato X, 78 anni": a verb's object
    return False


def aged_colon(text: str, mentions: list[Any], start: int, end: int) -> tuple[int, int] | None:
    """For a Spanish or Italian clause ending on a colon before a quotation, the person it
    introduces with an age in apposition when only lower-case words follow the age ("Tra i
    presenti c'era anche Ada Neri, 68 anni, ex operaia del cotonificio: «…»"): that name's
    span, else None (a verb of saying or another name after it is read by the other rules)."""
    if language() not in ("spanish", "italian") or not text[start:end].rstrip().endswith(":"):
        return None
    got = aged_person(text, mentions, start, end)
    if got is None:
        return None
    run = _AGED_RE.match(text, got[1])
    tail = text[run.end() : end].replace(",", " ").rstrip().rstrip(":").split() if run else ["?"]
    if any(not (w.isalpha() and w.islower()) for w in tail):
        return None
    if any(w in SPEECH_VERBS for w in tail):
        return None  # "…, 68 anni, ha detto:": the verb's own reading
    return got[1], got[1] + len(got[0])
