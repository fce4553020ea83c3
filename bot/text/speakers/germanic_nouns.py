"""German and Dutch noun phrases a sentence opens on that look like names (private to
``names.py``): a quantifier or a number word ("Andere Städte", "Zwei Häuser", "Veel bewoners")
or, in German, an inflected adjective ("Kleine Kliniken", "Sportliche Folgen")."""

from __future__ import annotations

from bot.text.lexicon import load
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.reading import language


def bare(word: str) -> str:
    """Lower-case word without edge punctuation and possessive (as ``names.bare``)."""
    w = word.strip(".,;:!?\"“”‘’'()[]").lower()
    return w[:-2] if w.endswith(("'s", "’s")) else w


# German and Dutch quantifiers and number words opening a noun phrase ("Viele Geschäfte")
_GERMANIC_QUANTIFIERS = load("quantifiers_de_nl")


def quantified_phrase(name: str) -> bool:
    """True in German or Dutch text for a capitalized run that opens on a quantifier or a
    number word ("Andere Städte", "Zwei Häuser", "Veel bewoners"), or in German on an
    inflected adjective (``adjective_phrase``: "Kleine Kliniken"): a noun phrase the sentence
    opens on, never a person's name."""
    words = name.split()
    return (
        len(words) >= 2
        and language() in ("german", "dutch")
        and bare(words[0]) in _GERMANIC_QUANTIFIERS
    ) or adjective_phrase(name)


# German adjective stems ("Kleine Kliniken", "Weniger Geduld"), and the endings that make a
# word an adjective whatever its stem ("Sportliche Folgen", "Politische Gründe")
_GERMAN_ADJECTIVES = load("adjectives_de")
# (not "-isch": "Europäische Kommission", "Evangelische Kirche" are bodies' names)
_ADJECTIVE_SUFFIXES = ("lich", "ig", "bar", "sam", "haft")
_INFLECTIONS = ("en", "em", "er", "es", "e")


def _german_adjective(word: str) -> bool:
    """True for an inflected German adjective ("Kleine", "Sportlichen", "Größere") or the
    comparatives "Weniger"/"Mehr" (read on the bare, lower-case word)."""
    w = bare(word)
    if w in ("weniger", "mehr"):
        return True
    for end in _INFLECTIONS:
        if not w.endswith(end) or len(w) < len(end) + 3:
            continue
        stem = w[: -len(end)]
        if stem.endswith("er") and stem[:-2] in _GERMAN_ADJECTIVES:
            return True  # the comparative: "Kleinere", "Größeren"
        if stem in _GERMAN_ADJECTIVES or (len(stem) >= 6 and stem.endswith(_ADJECTIVE_SUFFIXES)):
            return True
    return False


def adjective_phrase(name: str) -> bool:
    """True in German text for a capitalized run of two words that opens on an inflected
    adjective before a noun ("Kleine Kliniken", "Sportliche Folgen", "Weniger Geduld"): a noun
    phrase a sentence opens on, never a person's name (nor a body's: "Neue Zürcher Zeitung"
    has three words, and a listed first name never counts as an adjective)."""
    words = name.split()
    return (
        len(words) == 2
        and language() == "german"
        and words[0][:1].isupper()
        and bare(words[0]) not in FIRST_NAMES
        and bare(words[1]) not in FIRST_NAMES
        and _german_adjective(words[0])
    )


# copulas after a predicative adjective fronted before a clause: "Entscheidend sei nun, ob …"
_COPULAS = frozenset("ist sei war wäre bleibt bleibe blieb scheint erscheint".split())
# endings of an uninflected German adjective or present participle ("entscheidend", "wichtig",
# "fraglich", "unklar" has a listed stem)
_PREDICATIVE_ENDS = ("end", "lich", "ig", "bar", "sam", "haft", "isch")


def fronted_predicate(words: list[str], known: frozenset[str] | set[str] | dict) -> bool:
    """True in German text for a clause that opens on a predicative adjective and a copula
    ("Entscheidend sei nun, ob …:", "Wichtig ist ihm vor allem eines:", "Fraglich bleibt,
    ob …"): its subject is what follows, no person; ``known`` holds the text's names, lower
    case ("König sei nun bereit" names someone)."""
    if len(words) < 2 or language() != "german" or words[1] not in _COPULAS:
        return False
    w = bare(words[0])
    if not words[0][:1].isupper() or w in FIRST_NAMES or w in known or not w.isalpha():
        return False
    if w.startswith("un") and w[2:] in _GERMAN_ADJECTIVES:
        return True  # "Unklar bleibt, ob …"
    return w in _GERMAN_ADJECTIVES or (len(w) >= 6 and w.endswith(_PREDICATIVE_ENDS))


def after_adjective(text: str, pos: int, word: str) -> bool:
    """True in German text for one capitalized word right after an inflected adjective in
    lower case ("nach eigenen Angaben", "mit großen Augen"): a noun, never a person (a
    listed first name aside)."""
    before = text[max(0, pos - 30) : pos].split()[-1:]
    return (
        language() == "german"
        and bool(before)
        and before[0].isalpha()
        and before[0].islower()
        and bare(word) not in FIRST_NAMES
        and _german_adjective(before[0])
    )
