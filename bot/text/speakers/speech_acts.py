"""A phrase for what is said, not who says it (private to ``passes.py``).

A reporter leads into a person's words with what they are: "Une promesse, tout de même :
« … »", "Una promessa, comunque: «…»", "Ein Versprechen gibt es trotzdem: „…“", "Een
belofte doet hij wel: '…'". The indefinite phrase on a noun for a speech act (a promise, a
choice, an answer, a warning; ``speech_act_nouns``) is no speaker: the words go on with the
person quoted just before in the same paragraph or the one before, else no one.
"""

from __future__ import annotations

from bot.text.lexicon import load
from bot.text.speakers.reading import language

_NOUNS = load("speech_act_nouns")
_INDEFINITE = frozenset("an one un une una uno un' un’ um uma ein eine einen een".split())


def speech_act_lead(phrase: str | None) -> bool:
    """True for an indefinite phrase of at most four words on a speech act's noun, its first
    or second word after the article ("Une promesse", "Un choix assumé", "Een belofte doet")."""
    words = (phrase or "").split()
    if not 1 < len(words) <= 4:
        return False
    first = words[0].lower()
    # ("a" is English's article, Portuguese's definite one: "A resposta do posto de comando")
    if first not in _INDEFINITE and not (first == "a" and language() == "english"):
        return False
    return any(w.lower().strip(",.:") in _NOUNS for w in words[1:3])
