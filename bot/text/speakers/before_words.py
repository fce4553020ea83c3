"""Words and small tests of the clause before a quotation (private to ``before.py``): the
conjunctions that go on with the speaker before, English participles and passives of saying,
the prepositions of place before a name that ends a clause, and how far back an English report
may stand.
"""

from __future__ import annotations

from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token

# French and Portuguese: a sentence that is only a conjunction and a speech verb goes on with
# the person who spoke before ("Et d'ajouter : « … »", "Avant de conclure : « … »", "E
# acrescentou: «…»", "Mas rematou: «…»")
AND_THEN = frozenset("Et E Puis Depois Avant Mais Mas".split())


def and_then(toks: list[tuple[str, int, int]], v: int) -> bool:
    """True when the speech verb at ``v`` follows only such a conjunction and lower-case words
    ("de", "ainda", "encore") in French or Portuguese text."""
    return (
        1 <= v <= 3
        and toks[0][0] in AND_THEN
        and language() in ("french", "portuguese")
        and all(t[0].islower() for t in toks[1 : v + 1])
    )


PARTICIPLES = frozenset(
    "saying adding telling writing asking tweeting noting arguing explaining warning"
    " declaring insisting stating responding replying shouting yelling screaming chanting".split()
) | frozenset(w for w in nm.SPEECH_VERBS if w.endswith("ing") and w.isascii())
PASSIVE = frozenset("was were is are been being".split())  # "was asked by X"
OPEN_MARKS = "\"“„«»‘'`「『"


# a subordinate clause opening the sentence: its verb's subject does not say the quotation
# ("When one pupil asked Mr X how …, began his response with the quip: “…”")
_SUBORDINATE_OPENERS = frozenset("when as after before if while although though once since".split())


def far_report(toks: list[Token], v: int, n: int) -> bool:
    """True for an English speech verb at ``v``, 15 to 19 words before the quotation, whose
    clause runs on to it plainly: no subordinate clause opens the sentence and no bracket or
    colon stands between ("A spokesman told the Courier that a contractor had now been
    appointed and the lift would be ‘…’"; not "cleaner hospitals (“…”)")."""
    return (
        n > 0
        and toks[0][0].lower() not in _SUBORDINATE_OPENERS
        and not any(t[0] in "():;" for t in toks[v:])
    )


# Romance prepositions of place, alone or fused with an article, before a name ending the
# clause before a colon ("Ana X triunfa no Festival Y:", "Marc X triomphe aux Francofolies :")
ROMANCE_PLACE_PREPS = (fw.PLACE_PREPS - {"a", "de", "da", "do", "di"}) | frozenset(
    "nos nas num numa aos às aux dans sur nei negli nelle alla alle ai".split()
)
# conjunctions and adverbs that alone before a colon go on with the quotation before: "E
# ancora:", "Y además:", "E mais:", "Et encore :", "Und weiter:", "And further:"
GOING_ON = frozenset(
    "e y et und en and ma pero mas mais aber maar but ancora además encore weiter verder più"
    " inoltre plus noch ainda también anche aussi auch ook poi luego depois puis dann then"
    " further also too".split()
)
