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
