"""A nationality noun standing for a person named before it (private to ``resolve.py``): "said
the German", "the 27-year-old Austrian said", "zei de Deen", "sagte die Österreicherin"."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from bot.text.lexicon import load
from bot.text.speakers.epithets import introduced_before, is_age
from bot.text.speakers.reading import language
from bot.text.stopwords import stop_words

_NATIONALITIES = load("nationalities_en")
_FUNCTION_WORDS = stop_words("english")
# not followed by a lower-case word other than a function word
_NO_NOUN_AFTER = (
    r"(?!\s+(?!(?:"
    + "|".join(
        sorted((w for w in _FUNCTION_WORDS if w.isalpha() and w.isascii()), key=len, reverse=True)
    )
    + r")(?![a-z]))[a-z])"
)
_NATIONALITIES_DE_NL = load("nationalities_de_nl")  # "zei de Deen", "sagte der Österreicher"


def nationality_epithet(phrase: str, text: str, pos: int) -> bool:
    """True for an English nationality noun standing for a person named before it: "said the
    German", "the 27-year-old Austrian said", "The Argentine had called …". Unlike role nouns
    ("the businessman", kept as written) it is never how a person is introduced, so it points
    back; but "a Swede … the Swede" is someone the text never named."""
    words = phrase.split()
    germanic = language() in ("german", "dutch") and bool(words)
    if germanic and words[0].lower() in ("de", "der", "die") and len(words) == 2:
        # German and Dutch: "zei de Deen", "sagte die Österreicherin" (one word after it)
        demonyms, indefinite = _NATIONALITIES_DE_NL, r"(?:een|ein|eine)"
    elif words and words[0].lower() == "the" and 2 <= len(words) <= 4:
        demonyms, indefinite = _NATIONALITIES, r"an?"
    else:
        return False
    rest = words[1:]
    if is_age(rest[0]):
        rest = rest[1:]
    demonym = " ".join(rest)
    if not rest or not all(w[:1].isupper() for w in rest) or demonym.lower() not in demonyms:
        return False
    introduced = rf"\b{indefinite}\s+(?:\w+\s+)?{re.escape(demonym)}\b"
    if demonyms is _NATIONALITIES:
        # (an English adjective before its noun introduces no one: "an Austrian doctor", "a
        # German court"; "a Swede who …" and "a Swede." do: the demonym followed by no
        # lower-case word, or by a function word)
        introduced += _NO_NOUN_AFTER
    return not introduced_before(introduced, text, pos)


def epithet_start(toks: list[tuple[str, int, int]], k: int, i: int) -> int:
    """Where an English nationality epithet opens when its noun alone is the capitalized run
    toks[k:i] before the verb: "the Swede said", "The 29-year-old Australian told" open on
    "the" (read as the person named before, never the bare noun "Swede"); else k."""
    if i - k != 1 or toks[k][0].lower() not in _NATIONALITIES:
        return k
    d = k - 1 if k >= 1 and is_age(toks[k - 1][0]) else k
    return d - 1 if d >= 1 and toks[d - 1][0].lower() == "the" else k


# "the Frenchman", "the 29-year-old Dutchman": a nationality epithet anywhere in a text, read
# once per text (``other_nationals``)
_EPITHET_RE = re.compile(r"\b[Tt]he (?:\d+-year-old )?([A-Z][a-z]+)\b(?!\s+[A-Z])")
# an epithet a word can only be a noun of ("the Dutchman hurt his knee"); any other may be an
# adjective before its noun ("the American market", "the Czech Republic": no one), so it is
# an epithet only with no lower-case word after it but a function word (``_NO_NOUN_AFTER``)
# and no capitalized one
_NOUN_ONLY = frozenset(
    "aussie briton brit croat dane finn icelander kiwi luxembourger pole scot serb spaniard swede turk".split()
)
_NO_NOUN_AFTER_RE = re.compile(_NO_NOUN_AFTER)
_EPITHETS: dict[str, list[tuple[int, str]]] = {}  # the last two texts' epithets
_EPITHETS_BACK = 8  # epithets read back from a quotation's, at most
_REACH_BACK = 3000  # characters read back for them


def _epithets(text: str) -> list[tuple[int, str]]:
    got = _EPITHETS.get(text)
    if got is None:
        got = [
            (m.start(), m.group(1).lower())
            for m in _EPITHET_RE.finditer(text)
            if m.group(1).lower() in _NATIONALITIES
            and (
                m.group(1).lower() in _NOUN_ONLY
                or m.group(1).lower().endswith(("man", "woman"))
                or _NO_NOUN_AFTER_RE.match(text, m.end()) is not None
            )
        ]
        if len(_EPITHETS) >= 2:
            _EPITHETS.pop(next(iter(_EPITHETS)))
        _EPITHETS[text] = got
    return got


def other_nationals(
    phrase: str, text: str, pos: int, nearest: Callable[[int, bool], str | None]
) -> frozenset[str]:
    """The people an English nationality epithet ("the Swede") cannot stand for: those the
    text called by another nationality before ``pos`` (each the person a first name or a title
    shows named last before that epithet in its sentence, and no subject: "Ola Berg says Ivo
    Brandt is out after the Dutchman hurt his knee. '…,' added the Swede": Berg, not Brandt)."""
    if language() != "english":
        return frozenset()
    own = phrase.split()[-1].lower()
    found = _epithets(text)
    k = bisect.bisect_left(found, (pos, ""))
    return frozenset(
        name
        for at, demonym in found[max(0, k - _EPITHETS_BACK) : k]
        if at >= pos - _REACH_BACK and demonym != own and (name := nearest(at, True)) is not None
    )
