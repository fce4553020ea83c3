"""Spanish and Italian sentence openings before a speaker the text leaves unnamed or out
(private to the speaker modules; the description itself is read by ``unnamed_esit``).

Two adjuncts in commas before someone unnamed ("Mientras tanto, en el portal, una vecina de
la familia, jubilada, repartía café.") and a participle of being reached or asked opening a
clause whose subject is left out ("Raggiunto al telefono, non nasconde …:", "Contactada por
este diario, …").
"""

from __future__ import annotations

from typing import Any

from bot.text.speakers.reading import language
from bot.text.speakers.unnamed_esit import unnamed_esit

# words a Spanish adjunct of place or time opens on before the subject ("Mientras tanto, en el
# portal, una vecina …", "En un albergue de X, en la frontera, un camionero …")
_ADJUNCT_OPENERS_ES = frozenset("en entre junto frente cerca mientras ya allí ahí aquí".split())
_OF_ES = frozenset("de del con en a".split())


def described_after_adjuncts(text: str, toks: list[Any]) -> tuple[int, int] | None:
    """Someone unnamed (``unnamed_esit``) a Spanish sentence opens on after two adjuncts
    in commas, the first opening on a preposition or a time adverb: "Mientras tanto, en
    el portal, una vecina de la familia, jubilada, repartía café.", "En un albergue de
    Lagoa, en la frontera con X, un camionero de 40 años que … recibió la noticia." (the
    subject of a verb after the next quotation with none of its own: "«…», decía.")."""
    if len(toks) < 6 or not toks[0][0][:1].isupper():
        return None
    first = toks[0][0].lower()
    if first not in _ADJUNCT_OPENERS_ES:
        return None
    commas = [c for c in range(1, min(len(toks) - 1, 20)) if toks[c][0] == ","]
    if len(commas) < 2:
        return None
    c = next(
        (c for c in commas[1:] if toks[c + 1][0].lower() in ("un", "una")),
        0,
    )
    if not c or any(toks[d + 1][0].lower() in ("un", "una") for d in commas if d < c):
        return None
    if any(
        t[0][:1].isupper() and toks[j - 1][0].lower() not in _OF_ES
        for j, t in enumerate(toks[:c])
        if j > 0
    ):
        return None  # a name in an adjunct only after "de", "con": "en la frontera con X"
    described = unnamed_esit(text, toks[c + 1][1])
    if described is None or len(described.split()) < 3:
        return None
    end = toks[c + 1][1] + len(described)
    if text[toks[c + 1][1] : end].lower() != described.lower():
        return None
    return toks[c + 1][1], end


# participles of being reached or asked opening a Spanish or Italian sentence, its subject
# left out ("Raggiunto al telefono, …", "Contactada por este diario, …")
REACHED = frozenset(
    "raggiunto raggiunta contattato contattata interpellato interpellata contactado contactada"
    " consultado consultada preguntado preguntada".split()
)


def reached_opening(toks: list[Any]) -> bool:
    """True for a Spanish or Italian clause opening on a participle of being reached or asked
    and lower-case words up to its comma, with no capitalized word after it ("Raggiunto al
    telefono, non nasconde un certo rammarico:"): the one reached is the subject left out."""
    if language() not in ("spanish", "italian") or len(toks) < 4:
        return False
    if toks[0][0].lower() not in REACHED:
        return False
    c = next((c for c in range(1, min(len(toks), 8)) if toks[c][0] == ","), 0)
    return bool(c) and not any(t[0][:1].isupper() for t in toks[1:])
