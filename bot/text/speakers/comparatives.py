"""An English comparative before a colon that introduces a quotation: "Her husband was
blunter: “…”", "His sister was less diplomatic: “…”", "The landlord was far more cautious:
“…”" (private to ``before_shapes``). The subject before "was" is the speaker; the colon
carries the words the comparison is about."""

from __future__ import annotations

from bot.text.speakers import names as nm
from bot.text.speakers.kin import RELATIVES
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token

_COPULAS = frozenset("was were".split())
_DEGREE = frozenset("much far even rather somewhat".split())
# words on "-er" that are no comparative of an adjective ("was never:", "was over:")
_NOT_COMPARATIVE = frozenset(
    "never ever over under after later rather other either neither whether together sooner"
    " however whenever number member".split()
)
# subjects that are no person ("It was simpler:", "The answer was shorter:")
_OPENERS = frozenset("the her his their my our a an one another".split())


def _comparative(toks: list[Token], j: int) -> int:
    """The index after a comparative at ``j`` ("blunter", "less kind", "far more
    cautious"), or 0."""
    if j < len(toks) and toks[j][0].lower() in _DEGREE:
        j += 1
    if j + 1 < len(toks) and toks[j][0] in ("less", "more") and toks[j + 1][0].isalpha():
        return j + 2 if toks[j + 1][0].islower() else 0
    word = toks[j][0] if j < len(toks) else ""
    if word.islower() and word.isalpha() and len(word) >= 5 and word.endswith("er"):
        return 0 if word in _NOT_COMPARATIVE else j + 1
    return 0


def comparative_colon(toks: list[Token], text: str, end: int) -> tuple[int, int] | None:
    """The span of the subject of an English "X was blunter:" before a quotation, when X is a
    relative, a role or a person noun with an article or a possessive ("Her husband", "The
    landlord", "One neighbour"), else None."""
    if language() != "english" or len(toks) < 4:
        return None
    if not text[toks[-1][1] : end].rstrip().endswith(":"):
        return None
    v = next((k for k in range(1, min(len(toks), 5)) if toks[k][0] in _COPULAS), 0)
    if v < 2 or toks[0][0].lower() not in _OPENERS or not toks[0][0][:1].isupper():
        return None
    after = _comparative(toks, v + 1)
    if not after or any(t[0] != ":" for t in toks[after:]):
        return None
    head = nm.bare(toks[v - 1][0])
    if not (
        head in RELATIVES or head in nm.PERSON_ROLES or head in nm.PERSON_NOUNS or head in nm.TITLES
    ):
        return None
    return toks[0][1], toks[v - 1][2]
