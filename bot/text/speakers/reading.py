"""The language of the text being read for quotations (private to ``quotes.py``).

``find_quotes`` reads one text at a time; ``reading(text)`` notes the language that text is
plainly written in for the length of the call, and the word lists and rules that belong to one
language ask for it here. Speech verbs are the main user: the verbs of every language we claim
are one list, but a Portuguese or French verb can be an English word ("rebate", "resume",
"accuse"), so in plainly English text only the English verbs count. Text whose language is not
plain (a short passage, a mix) keeps every language's words, as before.

The note is a ``ContextVar``, so threads and tasks that read texts at the same time never see
each other's language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

from bot.text.language import clear_language

_LANGUAGE: ContextVar[str | None] = ContextVar("summarybot_quote_language", default=None)


_ROMANCE = ("french", "spanish", "italian", "portuguese")


def _plain_language(text: str) -> str | None:
    """``clear_language``, or a Romance language whose function words outnumber every other
    language's three to two in a text of twenty or more: Spanish, French, Italian and
    Portuguese share many ("de", "la", "que", "en"), so a plainly Spanish article often has
    only half again as many Spanish ones as French ones."""
    got = clear_language(text)
    if got is None:
        loose = clear_language(text, ratio=1.5, minimum=20)
        got = loose if loose in _ROMANCE else None
    return got


@contextmanager
def reading(text: str) -> Iterator[str | None]:
    """Note the language ``text`` is plainly written in (or None) while the block runs."""
    token = _LANGUAGE.set(_plain_language(text))
    try:
        yield _LANGUAGE.get()
    finally:
        _LANGUAGE.reset(token)


def language() -> str | None:
    """The language of the text being read ("english", "german", …), or None when not plain."""
    return _LANGUAGE.get()


def romance_text() -> bool:
    """True when the text being read is plainly French, Spanish, Italian or Portuguese."""
    return _LANGUAGE.get() in _ROMANCE


def plainly_english() -> bool:
    return _LANGUAGE.get() == "english"


class LanguageWords(frozenset[str]):
    """A word set of several languages whose ``in`` answers for the text being read.

    Iterating, ``len`` and set operations see every language's words; ``word in words`` in
    plainly English text sees only the English ones, and in plainly German or Dutch text not
    the other one's words that are no words of its own (``foreign``).
    """

    english: frozenset[str]
    foreign: Mapping[str, frozenset[str]]

    def __new__(
        cls,
        every: frozenset[str],
        english: frozenset[str],
        foreign: Mapping[str, frozenset[str]] | None = None,
    ) -> LanguageWords:
        self = super().__new__(cls, every)
        self.english = english
        # per language, the words of a close neighbour that are no words of its own ("stellen",
        # a Dutch speech verb, is a German infinitive: "den Antrag … stellen")
        self.foreign = foreign or {}
        return self

    def __contains__(self, word: object) -> bool:
        language = _LANGUAGE.get()
        if language == "english":
            return word in self.english
        if language in self.foreign and word in self.foreign[language]:
            return False
        return frozenset.__contains__(self, word)


_GERMAN_RE = re.compile(r"\b(?:der|die|und|nicht|ist|das|mit|sich|auf|für|dem|ein|eine)\b")
_ENGLISH_RE = re.compile(r"\b(?:the|and|of|is|to|was|with|that|het|een|van|zijn)\b")


def german_text(text: str) -> bool:
    """True for a text in German (its function words outnumber English and Dutch ones)."""
    sample = text[:4000]
    german = len(_GERMAN_RE.findall(sample))
    return german >= 2 and german > 2 * len(_ENGLISH_RE.findall(sample))
