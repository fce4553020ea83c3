"""Where a body's name goes on past a word that would end a capitalized run (private to
``phrases.py``): its kind's lower-case adjectives before "di"/"de" ("la Città metropolitana
di X", "l'Azienda ospedaliera di Y"), a Dutch or German "en"/"und" inside a name a kind of
body opens ("De Bond Vervoer en Logistiek"), and a German genitive after a kind of body ("Das
Sozialministerium des Landes"). Read backwards from the verb, the subject's first word is
not the place or the noun closing the name ("Bari", "Logistiek", "Landes")."""

from __future__ import annotations

from bot.text.speakers import names as nm
from bot.text.speakers.bodywords import adjectives_after_head, body_word
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token

# (French "du"/"des" too: "la Banque régionale du Vallon", "la Mutuelle générale des X";
# a German "des" is a genitive, read below)
_ROMANCE_OF = frozenset("di da do de del della dello dei degli delle dos das du des".split())
_PT_FUSED_OF = frozenset("do da dos das".split())


def body_goes_on(words: list[str], k: int, germanic: bool) -> bool:
    """Whether the subject read back to ``words[k]`` goes on to ``words[k - 1]``, inside one
    body's name."""
    if k < 2:
        return False
    prev = words[k - 1]
    if prev in _PT_FUSED_OF and words[k - 2][:1].isupper() and language() == "portuguese":
        return True  # a Portuguese "of" between capitals: "a Transportes do Norte (TDN)"
    if (
        (prev in _ROMANCE_OF and not (germanic and prev == "des"))
        or prev.islower()
        and not germanic
    ):
        # a head and its adjectives right before the body's own capitalized name: "l'Azienda
        # ospedaliera San Gerolamo", "l'Agenzia regionale Arpa Valdarsa"
        if words[k][:1].isupper() and any(
            adjectives_after_head(words[j:k], nm.ORG_WORDS) for j in (k - 2, k - 3) if j >= 0
        ):
            return True
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


# the articles a French or Portuguese subject opens on, before a body's lower-case kind
_OPENING_ARTICLES = frozenset("le la les o a os as".split())


def lower_body_start(words: list[str], k: int) -> int | None:
    """For a subject read back to the "de" of a place at ``words[k]`` ("… marchés de
    Valbonne estime"): where the body's name opens when a lower-case kind of body and its
    complements stand before that "de" from the clause's start or a comma ("Le syndicat des
    marchés de X", "L'association des commerçants de Y", "A associação de moradores de Z"),
    else None (a person's particle, "Charles de Gaulle", is read as before)."""
    if k < 2 or words[k] not in _ROMANCE_OF:
        return None
    first = next(
        (j for j in range(k - 1, max(-1, k - 9), -1) if j == 0 or words[j - 1] == ","), None
    )
    if first is None or first + 1 >= k:
        return None
    opening = words[first].lower()
    if opening in ("l'", "l’"):
        head = words[first + 1]
    elif opening[:2] in ("l'", "l’") and len(opening) > 2:
        head = opening[2:]
    elif opening in _OPENING_ARTICLES:
        head = words[first + 1]
    else:
        return None
    between = words[first + 1 : k]
    if nm.bare(head) not in nm.ORG_WORDS or not all(
        w.islower() and w.replace("'", "").replace("’", "").isalpha() for w in between
    ):
        return None
    return first


def adjective_body(toks: list[Token], k: int, j: int) -> int:
    """The last token of a Romance body's name whose capitalized head noun and one or two
    lower-case adjectives of its kind come before its own name: "l'Azienda ospedaliera San
    Gerolamo esprime …", "l'Agenzia regionale Arpa Valdarsa ha …" (``j`` the head alone)."""
    if j != k:
        return j
    for m in (k + 2, k + 3):
        if (
            m < len(toks)
            and toks[m][0][:1].isupper()
            and adjectives_after_head([t[0] for t in toks[k:m]], nm.ORG_WORDS)
        ):
            while m + 1 < len(toks) and toks[m + 1][0][:1].isupper():
                m += 1
            return m
    return j
