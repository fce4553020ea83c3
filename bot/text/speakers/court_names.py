"""A court a Romance report names in full, then by its noun or its ruling (private to
``resolve``): "La cour d'appel de Valombre a confirmé … Dans son arrêt, la cour relève que …
« … »" -> "cour d'appel de Valombre"; "La Audiencia Provincial de Montealto ha absuelto …
La sentencia afirma que … «…»" -> "Audiencia Provincial de Montealto" (the one court named
before; never the defendant or a lawyer named last)."""

from __future__ import annotations

import re

from bot.text.lexicon import load
from bot.text.speakers.reading import romance_text

_COURTS = load("court_words_romance")
_RULINGS = load("court_rulings_romance")
_ARTICLES = frozenset("la le el il o a".split())
# a court's name in full: its noun, lower-case links or words in capitals (and "d'appel",
# "d'appello", "de lo Penal"), ending on a word in capitals; two words at least after the noun
_FULL_RE = re.compile(
    r"\b((?i:cour|tribunale|tribunal|corte|audiencia|juzgado)"
    r"(?: (?:[A-ZÀ-Ý][\w'’-]*|de|d[’']appel(?:lo)?|di|da|do|del|della|dello|des|du|lo|número"
    r"|\d+))* [A-ZÀ-Ý][\w'’-]*)"
)
_REACH = 3000


def court_named_before(text: str, pos: int, phrase: str) -> str | None:
    """The court named in full before ``pos`` that ``phrase`` (a definite article and a court
    noun, "la cour", "o tribunal", "a Relação", or a ruling, "la sentencia", "l'arrêt") stands
    for: the last one with that noun, or the one court the text named for a ruling ("" for
    a ruling and no one court: no speaker); else None."""
    words = phrase.split()
    if not romance_text() or not words:
        return None
    if words[0][:2].lower() in ("l'", "l’") and len(words) == 1:
        words = [words[0][:2], words[0][2:]]
    if len(words) != 2 or words[0].lower().rstrip("'’") not in _ARTICLES | {"l"}:
        return None
    noun = words[1].lower()
    if noun not in _COURTS and noun not in _RULINGS:
        return None
    found = [
        m.group(1)
        for m in _FULL_RE.finditer(text, max(0, pos - _REACH), pos)
        if len(m.group(1).split()) >= 3
    ]
    if noun in _COURTS:
        own = [f for f in found if noun in f.lower().split()]
        return own[-1] if own else None
    return found[0] if len(set(found)) == 1 else ""  # (no one court: no one, never a person)
