"""A Spanish or Italian relative clause before a quotation (private to ``before.py``).

"… l'Associazione Amici del Parco, che in una lettera inviata al Comune si dice «pronta a …»",
"la Asociación Vecinal del Centro, que en una carta al Ayuntamiento se declara «dispuesta …»":
the capitalized words right before the verb follow a preposition ("al Comune"), so they are
no subject; the speaker is the name the relative "che", "que" is about, before its comma.

In English, "A woman who filmed the flood from the roof of a church wrote: “…”": the
speaker is the unnamed person the sentence opens on, not the noun the relative clause ends on.
"""

from __future__ import annotations

from bot.text.speakers import names as nm
from bot.text.speakers.reading import language, plainly_english
from bot.text.speakers.shapes import Token

_PREPOSITIONS = frozenset(
    "a al ai agli alle alla allo all del della dello dei degli delle de dal dalla dallo dai"
    " da con per en por para tra fra su sul sulla nel nella nello nei ante".split()
)
_RELATIVES = frozenset("che que quien quienes".split())
_NAME_JOINERS = frozenset("del della dello dei degli delle de di la".split())


def relative_subject(toks: list[Token], subj: tuple[int, int]) -> tuple[int, int] | None | bool:
    """For a subject ``subj`` found right after a preposition in Spanish or Italian text: the
    name before ", che"/", que" earlier in the clause, or None (no subject); False when the
    subject is no such object of a preposition (keep it)."""
    if language() not in ("spanish", "italian"):
        return False
    at = next((k for k, t in enumerate(toks) if t[1] == subj[0]), -1)
    if at <= 0:
        return False
    before = toks[at - 1][0].lower()
    if before not in _PREPOSITIONS and not before.startswith(("all'", "all’", "dell'", "dell’")):
        return False
    if (
        before not in _PREPOSITIONS
        and toks[at - 1][0].replace("’", "'").split("'", 1)[1][:1].isupper()
    ):
        # "la ministra dell'Ambiente Elena X": the elided "of" governs the body's name, not
        # the name after it
        return False
    return _antecedent(toks, at - 1)


def relative_name(toks: list[Token], v: int) -> tuple[int, int] | None:
    """The name a Spanish or Italian relative clause holding the verb at ``v`` is about, when
    the verb has no subject of its own: "… l'avvocato Paolo X, che nella sua arringa aveva
    parlato di «…»", "la legale, Elisa X, che ha annunciato un ricorso: «…»" (no comma between
    the relative and the verb); else None."""
    if language() not in ("spanish", "italian"):
        return None
    for j in range(v - 1, max(1, v - 8), -1):
        if toks[j][0] in (",", ";", ":"):
            return None
        if toks[j][0].lower() in _RELATIVES and toks[j - 1][0] == ",":
            got = _antecedent(toks, j + 1)
            if (
                got is not None
                and got[0] < got[1]
                and any(t[0][:1].isupper() and got[0] <= t[1] < t[2] < got[1] for t in toks)
            ):
                return got  # (two capitalized words at least: a full name or a body's)
            return None
    return None


def _antecedent(toks: list[Token], start: int) -> tuple[int, int] | None:
    """The capitalized name before the ", che"/", que" found back from ``start``."""
    for j in range(start, 1, -1):
        if toks[j][0].lower() in _RELATIVES and toks[j - 1][0] == ",":
            end = j - 2
            if toks[end][0] == ")" and end > 2 and toks[end - 2][0] == "(":
                end -= 3  # "la Asociación X (ACV), que …": the name before its acronym
            if not toks[end][0][:1].isupper():
                # "Aldo X, geologo dell'università, che …": the name before the apposition
                c = next((k for k in range(end, max(0, end - 8), -1) if toks[k][0] == ","), 0)
                if not c or not toks[c - 1][0][:1].isupper() or c == end:
                    return None
                end = c - 1
            b = end
            while b > 0 and (
                toks[b - 1][0][:1].isupper()
                or (toks[b - 1][0] in _NAME_JOINERS and toks[b - 2][0][:1].isupper())
            ):
                b -= 1
            first = toks[b - 1][0] if b > 0 else ""
            if first[:2].lower() in ("l'", "l’") and first[2:3].isupper():
                return toks[b - 1][1] + 2, toks[end][2]  # "l'Associazione …"
            return toks[b][1], toks[end][2]
    return None


# an English person noun, by its ending or as listed: "a shopkeeper", "a bystander", "one woman"
_PERSON_ENDS = ("er", "or", "ist", "ian", "man", "woman", "person", "ent", "ant", "ee")
_INDEFINITE = frozenset("a an one another".split())


def unnamed_who(toks: list[Token], i: int) -> tuple[int, int] | None:
    """For English text, the unnamed person a clause opens on when a relative "who" follows
    it (or a participle does) and runs on to the verb at ``i`` with no comma: "A shopkeeper
    who did not want to be named said:", "A man carrying a placard shouted:", "One man who watched the bridge fall wrote:" -> "A shopkeeper", "One man";
    else None. (An indefinite article, at most two lower-case words, a person noun.)"""
    if not plainly_english() or i < 3 or toks[0][0].lower() not in _INDEFINITE:
        return None
    who = next(
        (
            k
            for k in range(2, min(5, i))
            # (or a participle: "A woman holding a placard said:")
            if toks[k][0] == "who" or (toks[k][0].endswith("ing") and toks[k][0].islower())
        ),
        0,
    )
    marks = [k for k in range(1, i) if toks[k][0] in (",", ";", ":", "(")]
    # (or a relative in commas after the clause: "An intensive-care nurse taking part in the
    # trial, who asked not to be named, described …")
    aside = (
        len(marks) == 2
        and toks[marks[0]][0] == toks[marks[1]][0] == ","
        and toks[marks[0] + 1][0] == "who"
        and marks[1] == i - 1
    )
    if not who or (marks and not aside):
        return None
    words = [t[0] for t in toks[1:who]]
    head = words[-1].lower()
    if not all(w.replace("-", "").isalpha() and w.islower() for w in words):
        return None
    if not (
        head.endswith(_PERSON_ENDS)
        or head in nm.PERSON_NOUNS
        or head in nm.PERSON_ROLES
        or head in nm.TITLES
    ):
        return None
    return toks[0][1], toks[who - 1][2]


# English: a written plea from someone, then a participle of asking right before the quotation:
# "moved by a letter from a group of local teenagers asking them to “…”", "a petition from
# residents urging the council to “…”" -- those it is from said it, not the clause's subject
_PLEAS = frozenset(
    "letter letters petition message messages note email appeal plea request".split()
)
_ASKING = frozenset("asking urging demanding begging pleading imploring calling".split())


def plea_from(toks: list[Token]) -> tuple[int, int] | None | bool:
    """(start, end) of who sends the plea whose participle of asking ends the clause before a
    quotation (``toks``, the opening mark left off); None for such a plea from no one the
    phrase can name; False for any other clause."""
    if language() != "english":
        return False
    n = len(toks)
    g = next((g for g in range(n - 1, max(-1, n - 7), -1) if toks[g][0] in _ASKING), None)
    if g is None or any(t[0] in ",;:" for t in toks[g:]):
        return False
    f = next((f for f in range(g - 2, max(0, g - 8), -1) if toks[f][0] == "from"), None)
    if f is None or toks[f - 1][0].lower() not in _PLEAS or not toks[f + 1][0].isalpha():
        return False
    words = [t[0] for t in toks[f + 1 : g]]
    if any(not w.replace("’", "").replace("'", "").isalnum() for w in words):
        return False
    caps = sum(w[:1].isupper() for w in words)
    if 0 < caps < len(words):
        return None  # "residents of Mill Lane": the place would read as the speaker
    return toks[f + 1][1], toks[g - 1][2]
