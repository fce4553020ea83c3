"""Where a body's name goes on past a word that would end a capitalized run (private to
``phrases.py``): its kind's lower-case adjectives before "di"/"de" ("la Città metropolitana
di X", "l'Azienda ospedaliera di Y"), a Dutch or German "en"/"und" inside a name a kind of
body opens ("De Bond Vervoer en Logistiek"), and a German genitive after a kind of body ("Das
Sozialministerium des Landes"). Read backwards from the verb, the subject's first word is
not the place or the noun closing the name ("Bari", "Logistiek", "Landes")."""

from __future__ import annotations

from bot.text.speakers import names as nm
from bot.text.speakers.bodywords import adjectives_after_head, body_word

# (French "du"/"des" too: "la Banque régionale du Vallon", "la Mutuelle générale des X";
# a German "des" is a genitive, read below)
_ROMANCE_OF = frozenset("di da do de del della dello dei degli delle dos das du des".split())


def body_goes_on(words: list[str], k: int, germanic: bool) -> bool:
    """Whether the subject read back to ``words[k]`` goes on to ``words[k - 1]``, inside one
    body's name."""
    if k < 2:
        return False
    prev = words[k - 1]
    if (
        (prev in _ROMANCE_OF and not (germanic and prev == "des"))
        or prev.islower()
        and not germanic
    ):
        # "di" after a head and its adjectives, or one of those adjectives
        return any(
            words[m] in _ROMANCE_OF and adjectives_after_head(words[j:m], nm.ORG_WORDS)
            for m in (k - 1, k, k + 1)
            if 0 <= m < len(words)
            for j in (m - 2, m - 3)
            if 0 <= j < k - 1
        )
    if not germanic:
        return False
    if prev in ("des", "der"):
        return body_word(words[k - 2], True)  # "Das Sozialministerium des Landes"
    if prev in ("en", "und"):
        # "De Bond Vervoer en Logistiek", "Stichting Natuur en Milieu" (not "Jan en Piet")
        j = k - 2
        while j >= 0 and k - j <= 5 and words[j][:1].isupper():
            if body_word(words[j], True) and nm.bare(words[j]) not in nm.NOUN_ARTICLES:
                return True
            j -= 1
    return False
