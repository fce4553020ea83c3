"""A Romance clause opening on a word that names no one (private to ``clause.py``).

The subject of a clause before a quotation is read as its first capitalized word no
preposition governs. In Romance text that word is often a common noun or an adverb that opens
the sentence ("Masse salariale trop lourde, sponsor parti, recettes en baisse : « … »", "Seca
no Alentejo: «…»", "Non la pensa così l'opinionista X: «…»"). ``skips_opener`` says when the
first word is such a word, so the reader goes on past it; after it, a Romance preposition or a
number governs a name (``governed_after``: "no Alentejo", "par 20 Minutes"), and two names
joined by "and" name no one speaker (``pair_at``: "Derbi en Valmayor, Ugarteche y Roldán:").
"""

from __future__ import annotations

from collections.abc import Callable

from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.reading import language
from bot.text.speakers.roles import romance_role_noun
from bot.text.speakers.shapes import Token

_ROMANCE = frozenset("french spanish italian portuguese".split())
_OF = frozenset("de du des da do dos das di del della dello dei delle degli".split())
# Romance prepositions before a capitalized word: a place or a body, no subject
_GOVERNING = fw.PLACE_PREPS | _OF
# a Romance past participle and its agent fronted before the subject ("Contactada pelo
# jornal, recusou …", "Interrogée par …"), which the rules for fronted phrases read
_PARTICIPLE_ENDS = tuple(
    "é ée és ées ado ada ados adas ido ida idos idas ato ata ito ita uto uta".split()
)
_AGENT_PREPS = frozenset("par pelo pela por da dal dalla dai dagli".split())
# clitics, negations and adverbs after a subject: a one-off name before them is the subject
_AFTER_SUBJECT = frozenset(
    "lo la le les se si ne no non não nos ci gli me mi te ti vi ya già já sempre siempre"
    " toujours também también anche aussi".split()
)
# Romance adverbs and prepositions opening a clause before its subject ("Non la pensa così
# l'opinionista X", "Accanto a lui, …", "Através da janela, …", "Côté employeurs, …")
_FUNCTION_OPENERS = frozenset(
    "non no não accanto através côté poco già ya já même aussi anche también também".split()
)
# "and" between two names: a headline naming two people does not say whose words follow
_AND = frozenset("y e et i and".split())


def skips_opener(toks: list[Token], known: bool, uses: Callable[[str], int]) -> bool:
    """True for a Romance clause whose first token is an adverb or a preposition of
    ``_FUNCTION_OPENERS``, or a lone common noun: one capitalized word that is no one's name,
    then a lower-case word. A word the text uses once (``uses``) and only there, with no first
    name, role, elided article or known person of that name (``known``), and no clitic,
    negation or verb after it, is too thin to be a speaker ("Masse salariale trop lourde"); a
    surname used before, a first name ("Faustino lo tiene claro:"), a one-off name before a
    clitic or a verb ("Ugarteche lo dejó claro:", "Aerolis se veut rassurant :", "Quaresma
    foi claro:") or an elided article ("L'officier a mis en garde :") still is."""
    if language() not in _ROMANCE or len(toks) < 2:
        return False
    w, nxt = toks[0][0], toks[1][0]
    if w.lower() in _FUNCTION_OPENERS:
        return True
    return (
        not known
        and nxt.isalpha()
        and nxt.islower()
        and nxt not in _AFTER_SUBJECT
        and nxt not in nm.AUXILIARIES
        and nxt not in nm.SPEECH_VERBS
        and nm.bare(w) not in FIRST_NAMES
        and not romance_role_noun(w.lower())  # "Présidente de l'association X, …, Ana Y"
        and not (w.lower().endswith(_PARTICIPLE_ENDS) and nxt in _AGENT_PREPS)
        and "'" not in w
        and "’" not in w
        and uses(w) == 1
    )


def governed_after(before: str) -> bool:
    """True when the token ``before`` a capitalized word governs it after a skipped opener:
    a Romance preposition ("Seca no Alentejo:", "diretta a Torrenova") or a number
    ("Contactée par 20 Minutes, …")."""
    return before.lower() in _GOVERNING or before.isdigit()


def pair_at(toks: list[Token], k: int, j: int) -> bool:
    """True when the name run ``toks[k..j]`` holds or is followed by "and" (two names)."""
    return any(t[0] in _AND for t in toks[k + 1 : j + 2])
