"""Fronted phrases and the subject after them (private to ``before.py`` and ``clause.py``): a
Dutch verb of naming or judging after its fronted object, a Dutch pronoun after the verb a
fronted phrase puts second, "Een van de …" and its description, a Romance role of a place
closing a clause before a colon, an opinion framed as someone's ("Para X, …:"), and "another
one" as a subject.

Dutch puts the finite verb second; when a sentence opens on the object of "noemen" (to call),
the subject follows the verb and the quotation is the verdict: "De toestand in de kampen noemt
de VN ‘onhoudbaar’", "Het plan noemde hij ‘een gemiste kans’", "De nieuwe regels noemt minister
X ‘een stap vooruit’". The subject is then the noun phrase right after the verb: a pronoun, a
name or an acronym (its article and role words before it allowed), or a body by its kind ("de
gemeente"). When the sentence opens on a person ("De minister noemt de sluiting ‘…’") the
phrase after the verb is the object and this reading stays out.
"""

from __future__ import annotations

from typing import Any

from bot.text.speakers.bodywords import body_word
from bot.text.speakers.reading import language
from bot.text.speakers.roles import role_noun, role_of_place_start
from bot.text.speakers.shapes import GERMANIC_PREPOSITIONS, Token

# Dutch verbs of calling and judging whose object may open the sentence
_NAMING = frozenset(
    "noemt noemde noemden omschrijft omschreef bestempelt bestempelde typeert typeerde"
    " vindt vond".split()
)
# capitalized words that open a fronted object noun phrase
_OPENERS = frozenset("De Het Dat Dit Die Deze Zijn Haar Hun Dergelijke Zo'n Zo’n".split())
_PRONOUNS = frozenset("hij zij ze".split())
_ARTICLES = frozenset("de het".split())


def fronted_object(rules: Any, toks: list[Token], v: int, n: int) -> tuple[int, int] | None:
    """The subject after a Dutch verb of naming whose object opens the clause ``toks`` (which
    ends right before the quotation), as a span; None for any other clause."""
    if (
        language() != "dutch"
        or n != 1
        or not 2 <= v <= 10
        or toks[v][0] not in _NAMING
        or toks[0][0] not in _OPENERS
        or not all(t[0].isalpha() and t[0].islower() for t in toks[1:v])
        or role_noun(toks[1][0].capitalize())  # "De minister noemt de sluiting ‘…’"
        or rules.people.registry.get(toks[1][0]) is not None
    ):
        return None
    rest = toks[v + 1 :]
    if len(rest) == 1 and rest[0][0] in _PRONOUNS:
        return rest[0][1], rest[0][2]  # "Het plan noemt hij ‘…’"
    if not rest or len(rest) > 6:
        return None
    k = 1 if rest[0][0] in _ARTICLES else 0
    role = k
    while role < len(rest) and rest[role][0].isalpha() and rest[role][0].islower():
        role += 1
    if role == len(rest):
        # "Het besluit noemt de gemeente ‘…’": a body by its kind after its article
        if k == 1 and len(rest) == 2 and body_word(rest[1][0], True):
            return rest[0][1], rest[1][2]
        return None
    if not all(t[0][:1].isupper() or t[0] in ("-", "van", "de", "der") for t in rest[role:]):
        return None
    if not rest[-1][0][:1].isupper():
        return None
    if any(not role_noun(t[0].capitalize()) for t in rest[k:role]):
        return None  # (lower-case words before the name are role words: "minister X Y")
    # "de VN", "het CDA" with their article (an acronym the text spelt out earlier reads as
    # that name), "minister Karin X" from the name
    return rest[0 if role == k else role][1], rest[-1][2]


def adjunct_naming(toks: list[Token], v: int, n: int) -> tuple[int, int] | None:
    """The subject a Dutch verb of naming puts right after itself when an adjunct opens the
    sentence and the verb's object stands between the subject and the quotation: "In een
    verklaring noemde de organisatie de vergoeding ‘…’" -> "de organisatie" (a body by its
    kind, resolved to the one named before), "Later noemde hij het plan ‘…’" -> "hij"; None
    for any other clause (a capitalized subject is read by ``fronted_v2``)."""
    if (
        language() != "dutch"
        or n != 1
        or not 1 <= v <= 5
        or toks[v][0] not in _NAMING
        or toks[0][0].lower() not in GERMANIC_PREPOSITIONS | _ADVERBS
        or not toks[0][0][:1].isupper()
        or not all(t[0].isalpha() for t in toks[1:v])
    ):
        return None
    rest = toks[v + 1 :]
    if rest and rest[0][0] in _PRONOUNS:
        subject, obj = rest[:1], rest[1:]  # "Later noemde hij het plan ‘…’"
    elif len(rest) >= 2 and rest[0][0] in _ARTICLES and body_word(rest[1][0], True):
        subject, obj = rest[:2], rest[2:]  # "… noemde de organisatie de vergoeding ‘…’"
    else:
        return None
    # the object: an article or a demonstrative and up to three lower-case words
    if not 2 <= len(obj) <= 4 or obj[0][0] not in _OBJECT_OPENERS:
        return None
    if not all(t[0].isalpha() and t[0].islower() for t in obj):
        return None
    return subject[0][1], subject[-1][2]


_ADVERBS = frozenset("later eerder daarna vervolgens gisteren vandaag toen nu ook".split())
_OBJECT_OPENERS = frozenset("de het dat dit die deze zijn haar hun".split())


# Romance "of the" fused, before a role noun: "Parole del ministro della Salute:"
_FUSED_OF = frozenset("del della dello dei degli delle du des do da dos das".split())


def role_of_place_end(toks: list[Token]) -> tuple[int, int] | None:
    """The Romance role phrase that closes a clause before a colon, when the capitalized run
    ending it is only the place or body after the role's "di"/"de": "È intervenuto anche il
    ministro della Salute:", "Parole del ministro della Salute:" -> "il ministro della
    Salute", "ministro della Salute" (never "Salute"); None for any other clause."""
    words = [t[0] for t in toks]
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    if k == len(words) or k < 3:
        return None
    a = role_of_place_start(words, k)
    if a is None:
        # (a fused "of the" before the role: "del ministro", "da ministra")
        fused = (b for b in range(k - 3, max(-1, k - 7), -1) if words[b].lower() in _FUSED_OF)
        b = next(fused, None)
        if b is None or role_of_place_start([*words[:b], "il", *words[b + 1 :]], k) != b:
            return None
        return toks[b + 1][1], toks[-1][2]
    return toks[a][1], toks[-1][2]


# "another one" alone as a subject: "Un altro ribatte:", "Otra añade:", "Une autre renchérit :"
_ANOTHER = frozenset(
    (
        "un altro",
        "un'altra",
        "un’altra",
        "otro",
        "otra",
        "outro",
        "outra",
        "un autre",
        "une autre",
        "een ander",
        "een andere",
    )
)


def another_one(toks: list[Token]) -> tuple[int, int] | None:
    """The span of "another one" opening a short clause before a colon, then only its verb:
    "Un altro ribatte:" (not "Outro fã brincou:", a noun after it, read elsewhere); someone
    unnamed like the one quoted before, as written."""
    # (after a stop the sentence reader may have taken for an initial: "su X. Un altro")
    stop = max((k for k, t in enumerate(toks[:-1]) if t[0] == "."), default=-1)
    toks = toks[stop + 1 :]
    for n in (1, 2):
        if len(toks) != n + 1:
            continue
        if " ".join(t[0] for t in toks[:n]).lower() not in _ANOTHER:
            continue
        if all(t[0].isalpha() and t[0].islower() for t in toks[n:]):
            return toks[0][1], toks[n - 1][2]
    return None


def one_of_them(toks: list[Token], k: int) -> tuple[int, int] | None:
    """For a Dutch clause opening at ``k`` on "Een van de …" ("one of the guests"): the
    description in commas after it when one follows ("Een van de gasten, een gepensioneerde
    man uit Utrecht, nam het op:"), else "Een van de gasten" itself; None for any other
    clause (never "Een" alone)."""
    if (
        language() != "dutch"
        or k + 3 >= len(toks)
        or toks[k][0] != "Een"
        or toks[k + 1][0] != "van"
        or toks[k + 2][0] not in ("de", "het", "hun", "zijn", "haar", "onze")
    ):
        return None
    c = next((c for c in range(k + 3, min(len(toks), k + 8)) if toks[c][0] == ","), 0)
    if not c:
        return None
    if c + 2 < len(toks) and toks[c + 1][0] == "een":
        c2 = next((d for d in range(c + 2, min(len(toks), c + 10)) if toks[d][0] == ","), 0)
        if c2 and all(t[0].isalpha() for t in toks[c + 1 : c2]):
            return toks[c + 1][1], toks[c2 - 1][2]
    return toks[k][1], toks[c - 1][2]


# "for" and "according to" opening a sentence that frames an opinion as someone's
_FRAMING_OPENERS = frozenset("Para Pour Per Selon Según Segundo Secondo".split())
OF_WORDS = frozenset("de di da do du des del della dello dei delle of van".split())


def framing_opener(toks: list[Token]) -> bool:
    """True for a clause opening on "Para", "Pour", "Selon", … ("Para el analista X, …")."""
    return len(toks) > 2 and toks[0][0] in _FRAMING_OPENERS


def after_of(toks: list[Token], run: tuple[int, int]) -> bool:
    """True when the name ``run`` comes right after "de"/"di"/"of": a place or body a phrase
    belongs to ("les habitants de Lyon"), not a person."""
    k = next((k for k, t in enumerate(toks) if t[1] == run[0]), 0)
    return k > 0 and toks[k - 1][0].lower() in OF_WORDS


def v2_pronoun_after(toks: list[Token], j: int) -> tuple[int, int] | None:
    """The Dutch subject pronoun after the verb that a fronted phrase ending at token ``j``
    puts second: "Op Instagram plaatste hij een foto, met als onderschrift:" -> "hij"."""
    if (
        j + 2 < len(toks)
        and toks[j + 1][0].islower()
        and toks[j + 2][0] in _PRONOUNS
        and language() == "dutch"
    ):
        return toks[j + 2][1], toks[j + 2][2]
    return None
