"""Where a Romance role noun's complement ends, and whether a name follows the role (private
to ``clause``): "O ministro [da Fazenda]", "La présidente [de la Région]", "Il padre [di un
sedicenne]"; "Il consigliere comunale di opposizione [Davide X]" (a name after the role and
its complements, the name rules' to read)."""

from __future__ import annotations

import re

from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.shapes import ROMANCE_INDEFINITE, Token, verbish

# the Romance "of" words a role noun's complement opens on
OF = frozenset("de du des da do dos das di del della dello dei delle degli".split())
_ELIDED_OF_RE = re.compile(r"(?:d|dell|dall)['’][^\W\d_a-z]")


# adjectives of size and age before a Romance noun ("di un piccolo comune")
_SIZE_AGE = frozenset(
    "piccolo piccola grande vecchio vecchia giovane pequeño pequeña gran viejo vieja petit"
    " petite grand vieux vieille jeune pequeno pequena velho velha".split()
)
# prepositions that open no complement of a role noun ("publicó en Instagram")
_OTHER_PREPS = frozenset("en in em a à con com para per pour sur su por dans avec".split())


def complement_end(toks: list[Token], m: int, someone: bool = False) -> int:
    """The last token of a role noun's complement naming an institution: "O ministro [da
    Fazenda]", "Il ministro [dell'Economia]", "La présidente [de la Région]", or someone
    unnamed, with ``someone``: "Il padre [di un sedicenne]" (m when none follows)."""
    j = m + 1
    if j < len(toks) and _ELIDED_OF_RE.match(toks[j][0]):
        return j
    if j >= len(toks) or toks[j][0] not in OF:
        return m
    j += 1
    if (
        someone
        and j + 1 < len(toks)
        and toks[j][0] in ROMANCE_INDEFINITE
        and toks[j + 1][0].isalpha()
        and toks[j + 1][0].islower()
        and toks[j + 1][0] not in OF
    ):
        if (
            j + 2 < len(toks)
            and (toks[j + 1][0] in fw.PRENOMINAL or toks[j + 1][0] in _SIZE_AGE)
            and toks[j + 2][0].isalpha()
            and toks[j + 2][0].islower()
        ):
            return j + 2  # "Il sindaco [di un piccolo comune]"
        return j + 1  # someone's kin or role at someone unnamed: "Il padre [di un sedicenne]"
    if j < len(toks) and toks[j][0] in ("la", "le", "los", "las"):
        j += 1
    if j >= len(toks) or not toks[j][0][:1].isupper():
        return m
    while j + 1 < len(toks) and toks[j + 1][0][:1].isupper():
        if nm.bare(toks[j + 1][0]) in FIRST_NAMES:
            return -1  # "A vereadora do PS Ana Cristina Pereira": a name follows the role
        j += 1
    return j


def capital_after_role(toks: list[Token], m: int) -> int:
    """The first capitalized token within six after the role noun at ``m`` that only the
    role's complements stand before (0 for none): "Il procuratore aggiunto [Raffaele] X", "Il
    consigliere comunale di opposizione [Davide] X"; not "La propia diseñadora publicó en
    [Instagram]" (further than three words, a verb or another preposition between)."""
    after = next(
        (
            t
            for t in range(m + 1, min(len(toks), m + 7))
            # ("Le conseiller d'État Léonard X": an elided "de" before a capital)
            if not toks[t][0].islower() and toks[t][0][:2] not in ("d'", "d’")
        ),
        0,
    )
    between = [t[0] for t in toks[m + 1 : after]]
    if after > m + 3 and (
        between[-1].lower() in fw.ROMANCE_ARTICLES
        or not any(w in OF for w in between)
        or any(w in _OTHER_PREPS or nm.bare(w) in nm.AUXILIARIES or verbish(w) for w in between)
    ):
        return 0
    return after
