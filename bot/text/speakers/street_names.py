"""Capitalized words that belong to the name of a street, a square or a bridge (private to the
speaker modules): "près du pont Neuf", "en la plaza Mayor", "in piazza Garibaldi", "na praça
da Liberdade", "rue Victor-Hugo". A rule that takes a capital after someone unnamed for their
name ("Un habitant de Vernoux, Marc X, s'emporte :") must not take these for one: "Un
commerçant, rencontré rue Victor-Hugo, résume : « … »" is still the shopkeeper's.
"""

from __future__ import annotations

from typing import Any

from bot.text.speakers.shapes import ROMANCE_INDEFINITE

# lower-case nouns that open a place's name in French, Spanish, Italian and Portuguese
STREET_NOUNS = frozenset(
    """
    rue avenue boulevard place quai pont impasse allée chemin route cours parc quartier
    calle avenida plaza paseo puente muelle barrio camino carretera ronda glorieta parque
    via viale piazza piazzale corso ponte vicolo largo lungomare quartiere rione parco
    rua praça travessa largo cais ponte bairro estrada alameda parque jardim
    """.split()
)
# lower-case words inside such a name ("praça da Liberdade", "calle de Alcalá")
_JOINERS = frozenset("de del della di da do das dos du des la le".split())


def street_capital(toks: list[Any], c: int) -> bool:
    """True when the capitalized token at ``c`` is part of a place's name that a lower-case
    street noun opens a few tokens before it, over other capitals and joiners only."""
    j = c
    while j > 0 and j > c - 5:
        word = toks[j - 1][0]
        if word in STREET_NOUNS:
            return True
        if not (word[:1].isupper() or word in _JOINERS or word in ("-", "'", "’")):
            return False
        j -= 1
    return False


def unnamed_on_street(toks: list[Any], c: int) -> int | None:
    """The token opening someone unnamed whose place is the street a capitalized token at
    ``c`` names ("[Una vecina] de la calle Real", "[un habitant] de la rue Victor-Hugo"):
    an indefinite article a few words before the street noun, else None."""
    if not street_capital(toks, c):
        return None
    for d in range(c - 1, max(-1, c - 9), -1):
        if toks[d][0].lower() in ROMANCE_INDEFINITE:
            return d
        if not toks[d][0].isalpha() and toks[d][0] not in ("'", "’"):
            return None
    return None
