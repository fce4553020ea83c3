"""A Romance body's noun and what it does, then its own name (private to ``resolve``): "A
associação de apoio à vítima Laço Azul, que acompanha o caso, saudou …", "la asociación de
vecinos La Alameda", "l'association de défense des riverains Vivre au Port": the speaker
phrase the rules read is the kind ("A associação"), the body is the name in capitals that
closes the description."""

from __future__ import annotations

import re

from bot.text.speakers.orgs_romance import body_noun
from bot.text.speakers.reading import romance_text

# the description after the noun: lower-case words (and elided "d'", "l'"), then the name in
# capitals (one to four words, "de"/"da"/"del" inside), then a comma or a bracket
_KIND_NAME_RE = re.compile(
    r"((?: (?:[a-zà-ÿ]+|[dl]['’][a-zà-ÿ]+)){1,6}) "
    r"((?:[A-ZÀ-Ý][\w'’+-]*)(?: (?:(?:de|da|do|del|di|du) )?[A-ZÀ-Ý][\w'’+-]*){0,3})"
    r"(?=\s*[,(])"
)
# words of the description that show it is a clause, not the body's kind
_NOT_KIND = frozenset("que qui che e et y ou o ha a é est es è foi fue fut tem".split())

# a preposition before the capitals: where the body is ("de Setúbal", "in Bari"), not its name
_PLACE_PREPS = frozenset("de des da do das dos di du del della dei en em in à a au".split())


def name_after_kind(text: str, pos: int, phrase: str) -> str | None:
    """The body's own name after the kind ``phrase`` ("A associação", "la asociación") and a
    lower-case description of what it does, at ``pos`` in ``text``; else None."""
    words = phrase.split()
    if not romance_text() or len(words) > 2 or body_noun(words) is None:
        return None
    m = _KIND_NAME_RE.match(text, pos + len(phrase))
    if m is None:
        return None
    gap = m.group(1).split()
    if any(w in _NOT_KIND for w in gap) or gap[0] not in ("de", "des", "da", "do", "del", "di"):
        return None  # ("A associação foi …", "la asociación que …": a clause, no name)
    if gap[-1] in _PLACE_PREPS:
        # "L'association de défense de l'environnement de Fos-sur-Mer", "la asociación de
        # regantes de Almería": a place after "of"/"in" closes the description, no name
        return None
    return m.group(2)
