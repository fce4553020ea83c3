"""A sentence its attribution interrupts before the quotation that finishes it (private to
``before.py``).

Reporters split a sentence around its source in commas and let the quotation finish it:
"The contract, said Tom Biederman, a procurement expert, “has every hallmark of a rigged
process.”", "Le contrat, a déclaré Ana Lind, « porte toutes les marques … »", "Il progetto,
ha spiegato l'assessore X, «non è in discussione»", "El plan, afirmó X, «sigue adelante»". The
speaker is the noun phrase after the speech verb in commas, with or without an apposition
after it, when the quotation goes on in lower case (the rest of the interrupted sentence).
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import PREPOSITIONS, Token

_LANGUAGES = (None, "english", "french", "spanish", "italian", "portuguese")
# the words a subject after the verb may open on besides a capital: articles, determiners
# and pronouns ("said the engineer", "a déclaré l'adjointe", "disse o autarca", "he added";
# a Romance "a" before a name is "to" it, read above)
_OPENERS = frozenset(
    "the a an one another his her their its he she they le la les un une el los las un una"
    " il lo gli i uno o os as um uma il elle lui ella él lei ele ela".split()
)
_ELIDED_RE = re.compile(r"[lL]['’]\w")
# words no role noun is: prepositions, complementizers, possessives ("confié à l'entreprise X")
_NOT_ROLES = PREPOSITIONS | frozenset(
    "à a de di da du des del della dei en in con per pour par para por sur sobre su que che di"
    " sus sua suo seu sua son sa ses leur".split()
)
_THAT = frozenset("that que che qui cui dass dat".split())
_MAX_APPOSITION = 14  # tokens of ", a procurement expert at Lakeshore State University"


def interrupted_subject(
    rules: Any, toks: list[Token], v: int, n: int, quoted: str
) -> tuple[int, int] | None:
    """The subject after speech verb ``toks[v : v + n]`` set in commas after a fronted part
    of the sentence, when ``quoted`` (the quotation's first words) goes on in lower case;
    None for any other clause (``rules`` reads the phrase: ``PhraseRules._np_after``)."""
    a = v  # (the auxiliary of a compound tense: "a déclaré", "ha spiegato", "ha dicho")
    while a > 1 and a > v - 2 and toks[a - 1][0].lower() in nm.AUXILIARIES:
        a -= 1
    if (
        language() not in _LANGUAGES
        or a < 2
        or toks[a - 1][0] != ","
        or v + n >= len(toks)
        or not quoted[:1].islower()
        or not toks[0][0][:1].isupper()
        or any(t[0] in ",;:" for t in toks[: a - 1])  # (one fronted part only)
        or a - 1 > 8
    ):
        return None
    if any(nm.bare(t[0]) in nm.SPEECH_VERBS for t in toks[: a - 1]):
        return None  # "Su padre solía decir, recuerda la hija, que …": the father's words
    np = rules._np_after(toks, v + n)
    if np is None:
        return None
    inner = [t[0] for t in toks if np[0] <= t[1] < np[1]]
    first = inner[0] if inner else ""
    if first in ("a", "à", "ao", "al") and language() != "english" and inner[1:2] != []:
        if inner[1][:1].isupper():
            return None  # "dijo a Efe", "ha detto a Repubblica": to whom, not who
    if not (
        first[:1].isupper()
        or first.lower() in _OPENERS
        or _ELIDED_RE.match(first)
        # (a role noun before the name: "said engineer Ana Lind")
        or (first.isalpha() and first not in _NOT_ROLES and any(w[:1].isupper() for w in inner))
    ):
        return None  # "aseguró que …", "ha spiegato di voler …", "confié à …": no subject
    rest = [t for t in toks if t[1] >= np[1]]
    if rest and (rest[0][0] != "," or len(rest) > _MAX_APPOSITION):
        return None  # (no more of the clause than an apposition after the name)
    if any(nm.bare(t[0]) in nm.SPEECH_VERBS or t[0].lower() in _THAT for t in rest):
        return None  # ", recuerda la hija, que …": a clause, no apposition
    return np


def quoted_from(text: str, open_at: int) -> str:
    """The first characters of the quotation whose opening mark is at ``open_at``."""
    k = open_at
    while k < min(len(text), open_at + 4) and not text[k].isalnum():
        k += 1
    return text[k : k + 20]
