"""A phrase for what is said, not who says it (private to ``passes.py``).

A reporter leads into a person's words with what they are: "Une promesse, tout de même :
« … »", "Una promessa, comunque: «…»", "Ein Versprechen gibt es trotzdem: „…“", "Een
belofte doet hij wel: '…'". The indefinite phrase on a noun for a speech act (a promise, a
choice, an answer, a warning; ``speech_act_nouns``) is no speaker: the words go on with the
person quoted just before in the same paragraph or the one before, else no one. So does a
possessive one leading in with a colon ("Her advice: “…”", "Ihr Rat: „…“", "Son conseil :
« … »", "Il suo consiglio: «…»"): whose advice it is, the person just quoted.
"""

from __future__ import annotations

from bot.text.lexicon import load
from bot.text.speakers.reading import language

_NOUNS = load("speech_act_nouns")
_INDEFINITE = frozenset("an one un une una uno un' un’ um uma ein eine einen een".split())
_POSSESSIVES = frozenset(
    "his her their sein seine ihr ihre zijn haar hun son sa leur su suo sua seu".split()
)
_ARTICLES = frozenset("il la o a".split())  # "il suo consiglio", "o seu conselho"


def speech_act_lead(phrase: str | None) -> bool:
    """True for an indefinite phrase of at most four words on a speech act's noun, its first
    or second word after the article ("Une promesse", "Un choix assumé", "Een belofte doet")."""
    words = (phrase or "").split()
    if not 1 < len(words) <= 4:
        return False
    first = words[0].lower()
    if first in _ARTICLES and words[1].lower() in _POSSESSIVES and language() != "english":
        return any(w.lower().strip(",.:") in _NOUNS for w in words[2:4])
    # ("a" is English's article, Portuguese's definite one: "A resposta do posto de comando")
    if (
        first not in _INDEFINITE
        and first not in _POSSESSIVES
        and not (first == "a" and language() == "english")
    ):
        return False
    return any(w.lower().strip(",.:") in _NOUNS for w in words[1:3])


def possessive_colon(text: str, toks: list[tuple[str, int, int]], end: int) -> bool:
    """True for a clause that is only a possessive on a speech act's noun before the colon
    leading into a quotation ("Her advice:", "Son conseil :", "Ihr Rat:")."""
    return (
        2 <= len(toks) <= 4
        and toks[0][0].lower() in _POSSESSIVES | _ARTICLES
        and text[toks[-1][2] : end].strip()[:1] == ":"
        and toks[-1][0].lower() in _NOUNS  # (not "Su mensaje fue claro:", a clause)
        and speech_act_lead(" ".join(t[0] for t in toks))
    )
