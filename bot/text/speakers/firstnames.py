"""First names and the gender they suggest (private to the speaker modules, via ``names``).

Common first names, enough to give most news speakers a gender; names given to both men and
women ("Jean", "Kim", "Robin") give none.
"""

from __future__ import annotations

import unicodedata

from bot.text.lexicon import load
from bot.text.speakers.reading import language


def _fold(word: str) -> str:
    """The word without its accents: "lúcia" -> "lucia", "josée" -> "josee"."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


_EVERYDAY = frozenset("said una".split())


class _Names(frozenset):
    """A set of first names that also holds the hyphenated pairs of its names: "Heinz-Josef",
    "Jean-Baptiste", "Anne-Sophie" (each part a first name), and each name with or without its
    accents ("Lúcia" and "Lucia", "Fabio" and "Fábio": one name across languages)."""

    def __init__(self, names: object = ()) -> None:
        super().__init__()
        # (not where the bare form is an everyday word: "Saïd" and "said", "Úna" and "una")
        self.folded = frozenset(_fold(n) for n in self) - _EVERYDAY

    def _has(self, word: str) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return (word if word.isascii() else _fold(word)) in self.folded

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if self._has(word):
            return True
        if "-" not in word.strip("-"):
            return False
        return all(self._has(part) for part in word.split("-"))


MALE_NAMES = load(
    "first_names_male",
    "first_names_male_ru",
    "first_names_male_eu",
    "first_names_male_world",
    "first_names_male_more",
    "first_names_male_ptit",
    "first_names_male_esfr",
    "first_names_male_esit",
    "first_names_male_gael",
    "first_names_male_en",
    "first_names_male_common",
)
FEMALE_NAMES = load(
    "first_names_female",
    "first_names_female_ru",
    "first_names_female_eu",
    "first_names_female_world",
    "first_names_female_more",
    "first_names_female_ptit",
    "first_names_female_esfr",
    "first_names_female_esit",
    "first_names_female_gael",
    "first_names_female_en",
    "first_names_female_common",
)
FIRST_NAMES = _Names(MALE_NAMES | FEMALE_NAMES | load("first_names_unisex"))
MALE_NAMES, FEMALE_NAMES = _Names(MALE_NAMES), _Names(FEMALE_NAMES)


def _bare(word: str) -> str:
    w = word.strip(".,;:!?\"“”‘’'()[]").lower()
    return w[:-2] if w.endswith(("'s", "’s")) else w


def first_name_gender(words: list[str]) -> str | None:
    if len(words) < 2:
        return None
    return name_gender(words[0])


# first names that are also everyday words: alone, they are not taken as a person
_WORD_NAMES = frozenset(
    "hope grace joy faith mark bill rob pat rich art frank may june will sue".split()
)


def lone_first_name_gender(word: str) -> str | None:
    """Gender of a person mentioned by first name only ("Andrew doesn't remember")."""
    return None if _bare(word) in _WORD_NAMES else name_gender(word)


# names given to both men and women elsewhere whose gender one language plainly shows: French
# "Jean" (Jeanne is the woman's), Italian "Simone" (a man's), German and Dutch "Jan", French
# "Patrice" (a woman's name in American English)
_ONE_LANGUAGE = {
    "french": {"jean": "m", "simone": "f", "patrice": "m"},
    "portuguese": {"simone": "f"},
    "italian": {"simone": "m"},
    "german": {"jan": "m"},
    "dutch": {"jan": "m"},
}


def name_gender(word: str) -> str | None:
    first = _bare(word)
    shown = _ONE_LANGUAGE.get(language() or "", {}).get(first)
    if shown is not None:
        return shown
    if first in MALE_NAMES:  # the lists share no name: "Jean" and "Kim" are in neither
        return "m"
    if first in FEMALE_NAMES:
        return "f"
    if "-" in first.strip("-") and first in FIRST_NAMES:
        # a compound of a name given to both and a gendered one: the parts that show a
        # gender, when they agree ("Jean-Philippe"); a French compound on "Jean-" is a man's
        # name whatever follows ("Jean-Marie", "Jean-Noël": Jean alone is either)
        if first.startswith("jean-"):
            return "m"
        shown = {name_gender(part) for part in first.split("-")} - {None}
        if len(shown) == 1:
            return shown.pop()
    return None


def after_title(words: list[str]) -> bool:
    """Whether three English words right after a title are one name: "MP Abdikadir Omar
    Farah", "Senator Oyelaran Bisi Adeyemi" (a given name no list holds opens it; not an
    acronym, "TD Declan X")."""
    return (
        len(words) == 3
        and not words[0].isupper()
        and language() == "english"
        and words[0].lower() not in _RANKS
    )


# ranks that follow another title: "Detective Constable X Y", "Police Sergeant X Y"
_RANKS = frozenset("constable sergeant inspector superintendent chief officer".split())
