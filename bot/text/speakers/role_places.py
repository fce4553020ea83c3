"""A role and the place it serves, and the person who holds it (private to ``resolve.py``).

"Il sindaco di Lecce ha detto" after "Il sindaco di Bari, Vito X," is a second mayor, not X;
in Spanish and Italian a role of a place goes to a person only when the text named them near
that place ("El presidente del Gobierno" is not "El presidente catalán, X").
"""

from __future__ import annotations

import re


def other_place(text: str, who: str, role: str, place: str, pos: int) -> bool:
    """True when the text before ``pos`` gave ``who`` the same role for another place: "il
    sindaco di Bari, Vito X" before "Il sindaco di Lecce ha detto" (a second mayor)."""
    noun = role.split()[-1]
    surname = who.split()[-1]
    other = re.compile(
        rf"\b(?i:{re.escape(noun)})\s+(?:\w+\s+){{0,2}}?(?:di|de|da|do|del|della|du|des)\s+"
        rf"(?:la\s+|l['’])?([^\W\d_a-z][\w'’-]*)"
    )
    for m in other.finditer(text, max(0, pos - 8000), pos):
        # (the holder in apposition right after it: "il sindaco di Bari, Vito X,"; not
        # "El alcalde de Ourense criticó a X")
        if m.group(1) != place and surname in text[m.end() : m.end() + 45]:
            return True
    return False


def named_near(text: str, who: str, place: str, pos: int) -> bool:
    """True when ``place`` stands within a sentence's reach of ``who``'s surname before
    ``pos``: the role of that place is theirs ("il sindaco di Bari, Vito X")."""
    surname = who.split()[-1]
    near = re.compile(rf"\b{re.escape(place)}\b")
    at = text.find(surname, 0, pos)
    while at >= 0:
        if near.search(text, max(0, at - 150), min(at + 150, pos)):
            return True
        at = text.find(surname, at + 1, pos)
    return False
