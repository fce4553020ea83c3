"""French attribution inside the marks, and the fragment of reported speech (private to
``attribution.py``).

French puts the attribution between commas inside the marks: "« Le plan est prêt, explique Ana
X, 52 ans. Il reste … »", "« Nous verrons, glisse-t-elle. »", "« …, ajoute le jeune médecin.
… »", "« …, se souvient-elle en riant. … »". A lower-case piece inside a French or Portuguese
sentence of reported speech ("Son oncle, Gaston X, voulait qu'elle « devienne notaire ».") is
no quotation a following quotation paragraph goes on with.
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.marks import Span
from bot.text.speakers.reading import language

_LOWER = "a-zàâçéèêëîïôûù"
# a French speech verb (a reflexive one too) and its subject in commas inside the marks: a
# pronoun with a few words on the manner after it, a name, or a role noun
_INCISE_RE = re.compile(
    rf",\s(?:se\s|s['’])?([{_LOWER}]+)(?:-t)?"
    rf"(?:-(il|elle)(?:\s[{_LOWER}]+){{0,4}}"  # ", raconte-t-elle en riant."
    r"|\s((?:[A-ZÀ-Ý][\w'’-]+\s?){2,3})"  # ", explique Ana X,"
    rf"|\s((?:le\s|la\s|l['’])[{_LOWER}][\w'’-]*(?:\s[{_LOWER}][\w'’-]*){{0,2}}))"  # le médecin
    r"(?=[,.])"
)


def french_incise(text: str, span: Span) -> tuple[int, int] | None:
    """Where the name, the pronoun or the role noun of a French incise inside the marks of
    ``span`` stands (a speech verb opening the incise), else None."""
    m = _INCISE_RE.search(text, span.start, min(span.end, span.start + 400))
    if m is None or nm.bare(m.group(1)) not in nm.SPEECH_VERBS:
        return None
    return next(m.span(g) for g in (2, 3, 4) if m.group(g))


def reported_fragment(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True in French or Portuguese text when ``span`` is a lower-case piece inside a sentence
    of its paragraph ("o pai respondeu-lhe que aquilo “não era vida”", "Son oncle voulait
    qu'elle « devienne notaire ».¶« … »"): a quotation paragraph after it is not its speaker's
    by going on with it."""
    return (
        language() in ("french", "portuguese")
        and text[span.start : span.start + 1].islower()
        and span.open_at != paras[span.paragraph][0]
    )
