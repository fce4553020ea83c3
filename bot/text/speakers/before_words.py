"""Words and small tests of the clause before a quotation (private to ``before.py``): the
conjunctions that go on with the speaker before, English participles and passives of saying,
the prepositions of place before a name that ends a clause, and how far back an English report
may stand.
"""

from __future__ import annotations

import re

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
    """True for an English speech verb at ``v``, 15 to 23 words before the quotation, whose
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


# "and then" with only the speaker's manner before a colon: "Y luego, más serio: «…»", "E poi,
# abbassando la voce: «…»", "E depois, já à porta: «…»" -- no verb, no subject: the same
# speaker goes on (the French "Puis, après un silence :" is read so elsewhere)
_THEN_COLON_RE = re.compile(
    r"(?:Y|E|Ed)\s+(?:luego|después|entonces|poi|dopo|depois|então|ainda)\b,?"
    r"[^.!?:;«»“”\"\n]{0,40}:\s*$"
)


def then_colon(text: str, pos: int, open_at: int) -> bool:
    """True for a Spanish, Italian or Portuguese "and then" lead from ``pos`` to the quotation
    at ``open_at`` with no verb in it ("Y luego, más serio:")."""
    lead = text[pos:open_at]
    if language() not in ("spanish", "italian", "portuguese") or not _THEN_COLON_RE.match(lead):
        return False
    return not any(w.strip(",:").lower() in nm.SPEECH_VERBS for w in lead.split()[2:])


# "what she calls «…»": the words are the one who calls it so ("dans ce qu'elle appelle « … »",
# "no que ela chama de “…”", "en lo que ella llama «…»", "un titre qu'elle jugeait « … »");
# a pronoun or a name right before a verb of naming or judging, then the quotation
_CALLER = r"(?:elle|il|ela|ele|ella|él|lei|lui|[^\W\d_a-z][\w'’-]+(?:\s+[^\W\d_a-z][\w'’-]+){0,2})"
_CALLS_RE = re.compile(
    rf"(?:\bque|\bqu['’]|\bche)\s*({_CALLER})\s+(?:(?:ya|già|já|déjà|sempre|siempre|toujours)\s+)?"
    r"(?:appelle|appelait|surnomme|surnommait|jugeait|juge|qualifie|qualifiait|décrit"
    r"|chama|chamava|define|definia|descreve|descrevia"
    r"|llama|llamaba|define|definía|describe|describía|califica|calificaba"
    r"|chiama|chiamava|definisce|definiva|descrive|descriveva)"
    r"(?:\s+(?:de|como|come|comme))?\s*$"
)
_NOT_CALLERS = frozenset("on si se".split())


def what_they_call(text: str, open_at: int) -> tuple[int, int] | None:
    """The pronoun or the name that calls something by the quoted words opening at
    ``open_at`` ("… ce qu'elle appelle « … »": "elle"), in French, Spanish, Italian or
    Portuguese text; None for anything else ("ce qu'on appelle « … »": anyone)."""
    if language() not in ("french", "spanish", "italian", "portuguese"):
        return None
    m = _CALLS_RE.search(text, max(0, open_at - 80), open_at)
    if m is None or m.group(1).lower() in _NOT_CALLERS:
        return None
    return m.start(1), m.end(1)
