"""A definite role noun that goes back to someone unnamed the text introduced with an
indefinite article (private to ``resolve.py``).

English, German and Dutch reporters introduce an unnamed speaker once, with what tells them
apart, and then quote them with the bare noun: "…, according to a source close to the talks.
“…,” the source said.", "Ein Sprecher der Polizei Kranichfeld sprach von … „…“, so der
Sprecher.", "Een bron bij de brandweer … ‘…’, aldus de bron." The speaker is the phrase that
introduced them ("a source close to the talks"), read like any speaker phrase (a
spokesperson of a named body is the body), not the bare noun. ``epithets.epithet_gender``
leaves such a noun alone for the same reason ("a spokesman … the spokesman": no one named).
"""

from __future__ import annotations

import bisect
import functools
import re

from bot.text.lexicon import load
from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.germanic_unnamed import person_noun
from bot.text.speakers.reading import language

_REACH = 3000  # characters read back for the introduction
# German and Dutch nouns of an unnamed source that no list of people or roles holds
SOURCES = load("unnamed_sources_de_nl")
_ANYONE = load("anyone_nouns_en_de_nl")  # "the man" after "a man": perhaps someone else
_THE = {"english": ("the",), "german": ("der", "die"), "dutch": ("de",)}
_A = {
    "english": r"(?:[Aa]n?|[Oo]ne|[Aa]nother)",
    "german": r"(?:[Ee]ine?[rm]?|[Ee]inen)",
    "dutch": r"(?:[Ee]en)",
}
# what tells the unnamed person apart, after the noun, up to the end of their phrase: a
# complement of a few words closed by punctuation or a verb of saying
_WORD = r"[\w’'&-]+"
_COMPLEMENT = {
    "english": (
        r" (?:close to|familiar with|for|from|at|of|inside|within) (?:the |a |an )?"
        rf"(?:{_WORD} ){{0,4}}?{_WORD}(?=[,.;:]| (?:said|says|told|added|who|which|that)\b)"
    ),
    # a genitive or "aus"/"von"/"bei" and a body named in capitals: "der Polizeiinspektion
    # Lindenbrück", "des Vereins", "aus dem Vorstand"
    "german": (
        r" (?:(?:der|des)|(?:aus|von|bei) (?:der|dem|den)|vom|beim)"
        r"(?: [a-zäöü][\w-]*e[nrs]?)? [A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*){0,3}"
    ),
    # "bij de politie", "van de gemeente Westerveld", "uit het dorp", "van de getroffen
    # familie," (an adjective before a noun that punctuation closes; not "van de politie laat
    # weten")
    "dutch": (
        r" (?:bij|van|uit|binnen) (?:de |het |een )?(?:[a-zë][\w-]*en? [\w-]+(?=[,.;:])"
        r"|[\w-]+(?: [A-Z][\w-]*){0,3}(?=[,.;:]| [a-z]))"
    ),
}


# where someone new is introduced as a speaker or an agent: opening a sentence or a fronted
# adjunct, or after "according to" or a verb of saying ("Ein Sprecher … sprach von …",
# "according to a source close to …", "zegt een bron bij …"); not a predicate or an
# apposition on someone named ("Sofia X, a junior", "is een buurman", "bei einer Wirtin")
_OPENING_RE = re.compile(
    r"(?:^|[.!?:;”“\"„]\s*|\n|, |\b(?:according to|laut|volgens|said|says|told|sagte|sagt"
    r"|zei|zegt|aldus|so) )$"
)


def _person(noun: str, lang: str) -> bool:
    """True for a noun of a person (a role, a source, a witness)."""
    low = noun.lower()
    if low in _ANYONE:
        return False
    if lang == "english":
        # (not a role: "the spokesperson" stays as written, as the English benchmark has it)
        return low in nm.PERSON_NOUNS and low not in nm.PERSON_ROLES
    return low in SOURCES or person_noun(noun)


def introduced(phrase: str, text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the phrase that introduced someone unnamed whom the definite role
    noun ``phrase`` at ``pos`` ("the source", "der Sprecher", "de bron") names again: the last
    indefinite phrase of the same noun before it, with the complement that tells them apart
    when one is read ("a source close to the negotiations"); None when the text introduced
    no one so (or the noun is no person's)."""
    lang = language() or ""
    words = phrase.split()
    if lang not in _THE or len(words) != 2 or words[0].lower() not in _THE[lang]:
        return None
    noun = words[1]
    if not noun.replace("-", "").isalpha() or not _person(noun, lang):
        return None
    if lang != "german" and not noun.islower():
        return None
    found = _introductions(text, lang).get(noun, ())
    k = bisect.bisect_left(found, (pos,)) - 1
    if k < 0 or found[k][0] < pos - _REACH:
        return None
    start, end = found[k]
    if not _OPENING_RE.search(text, max(0, start - 20), start):
        return None
    if text[max(0, start - 2) : start] == ", " and re.search(
        r"[A-Z][\w’'-]+, $", text[max(0, start - 40) : start]
    ):
        return None  # "Sofia Ruiz, a junior": an apposition on someone named
    more = re.compile(_COMPLEMENT[lang]).match(text, end)
    end = more.end() if more is not None else end
    return _named(text, end) or (start, end)


# an apposition after the introduction, closed by a comma: "A witness for the prosecution,
# Mary Holt, told …", "Another witness, taxi driver Tom Reed, said …", "Ein Sprecher der
# Polizei, Hauptkommissar Uwe Brandt, bestätigte …", "Een getuige, de 40-jarige Fatima El
# Amrani, zag …"
_APPOSITION_RE = re.compile(r", ([^,.;:!?\n“”„\"]{3,60}),")


def _named(text: str, end: int) -> tuple[int, int] | None:
    """(start, end) of the full name the apposition at ``end`` gives someone just introduced:
    from its first word that is a first name to its end, every word after it capitalized or a
    name's particle ("Fatima El Amrani", "Lisa de Wit"); None when it gives none."""
    m = _APPOSITION_RE.match(text, end)
    if m is None:
        return None
    words = m.group(1).split(" ")
    first = next((k for k, w in enumerate(words) if nm.bare(w) in FIRST_NAMES), None)
    rest = words[first + 1 :] if first is not None else []
    if (
        first is None
        or not words[first][:1].isupper()
        or not rest
        or not rest[-1][:1].isupper()
        or not all(w[:1].isupper() or w in _PARTICLES for w in rest)
    ):
        return None
    return m.start(1) + len(" ".join(words[:first])) + (1 if first else 0), m.end(1)


_PARTICLES = frozenset("de van der den von te ter el al da".split())


_WORD_RE = re.compile(r"[\w-]+")


@functools.lru_cache(maxsize=2)
def _introductions(text: str, lang: str) -> dict[str, list[tuple[int, int]]]:
    """Every indefinite noun phrase of ``text`` (an article, up to two lower-case adjectives,
    the noun), by its noun, as (start, end) in text order: read once per text, not once per
    role noun (a long text of "the source said" stays linear)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for m in re.finditer(rf"\b{_A[lang]} ", text):
        at = m.end()
        for n, w in enumerate(_WORD_RE.finditer(text, at, at + 80)):
            if n > 2 or w.start() != at:
                break  # (three words at most, one space apart)
            out.setdefault(w.group(), []).append((m.start(), w.end()))
            if not (w.group().islower() and w.group().isalpha() or "-" in w.group()):
                break  # (a capitalized or other word ends the adjectives before the noun)
            at = w.end() + 1
    return out
