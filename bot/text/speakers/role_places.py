"""A role and the place it serves, and the person who holds it (private to ``resolve.py``).

"Il sindaco di Lecce ha detto" after "Il sindaco di Bari, Vito X," is a second mayor, not X;
in Spanish and Italian a role of a place goes to a person only when the text named them near
that place ("El presidente del Gobierno" is not "El presidente catalán, X").
"""

from __future__ import annotations

import re

from bot.text.speakers.epithets import SYNONYMS

# Portuguese nouns of an office someone holds (of a place, a body or a team) or of a trade
_OFFICES = frozenset(
    """
    presidente presidenta vice-presidente governador governadora ministro ministra secretário
    secretária diretor diretora treinador treinadora técnico técnica selecionador autarca
    vereador vereadora deputado deputada prefeito prefeita comissário comissária curador
    curadora reitor reitora embaixador embaixadora juiz juíza procurador procuradora
    comandante bispo capitão capitã dono dona acionista administrador administradora
    realizador realizadora cineasta escritor escritora ator atriz cantor cantora fadista
    encenador encenadora coreógrafo coreógrafa jogador jogadora piloto ciclista artista
    """.split()
)


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


def named_near(text: str, who: str, place: str, pos: int, role: str = "") -> bool:
    """True when ``place`` stands within a sentence's reach of ``who``'s surname before
    ``pos``: the role of that place is theirs ("il sindaco di Bari, Vito X"); or when the text
    gave ``who`` the bare ``role`` noun, of no place, and named that place before ("El
    Ayuntamiento de Vigo aprobó …" … "El alcalde, Ramón X, defendió …" … "el alcalde de Vigo")."""
    surname = who.split()[-1]
    near = re.compile(rf"\b{re.escape(place)}\b")
    if role and near.search(text, max(0, pos - 8000), pos) and _bare_role(text, who, role, pos):
        return True
    at = text.find(surname, 0, pos)
    while at >= 0:
        if near.search(text, max(0, at - 150), min(at + 150, pos)):
            return True
        at = text.find(surname, at + 1, pos)
    return False


def _bare_role(text: str, who: str, role: str, pos: int) -> bool:
    """True when the text before ``pos`` gave ``who`` the role noun of ``role`` alone, in
    commas next to the name: "El alcalde, Ramón X,", "Ramón X, el alcalde," (not "el
    alcalde de Lugo, Ramón X")."""
    noun = re.escape(role.split()[-1])
    name = re.escape(who)
    bare = re.compile(
        rf"\b(?i:{noun})\s*,\s*{name}\b|\b{name}\s*,\s*(?:\w+\s+)?(?i:{noun})\s*[,.;]"
    )
    return bare.search(text, max(0, pos - 8000), pos) is not None


def same_complement(text: str, who: str, role: str, tail: list[str], pos: int) -> bool:
    """False when the text before ``pos`` introduced ``who`` with the role noun of ``role``
    and another complement than ``tail`` ("son directeur de campagne, X" for "le directeur
    général des services": another post); True otherwise (also for a tail that is no
    complement: "la regidora al cierre del debate")."""
    words = [w for w in tail if w.lower() not in _ADJECTIVE_GAP]
    if not words or words[0].lower() not in _OF_WORDS:
        return True
    if any(w.lower() in _BESIDE for w in words):
        # "a dona da banca ao lado", "la vecina de al lado", "le patron du café d'en face": the
        # one next door, another than the person the text is about
        return False
    nouns = [w for w in role.split() if w.lower() not in _ADJECTIVE_GAP] or role.split()
    noun = re.escape(nouns[-1])
    given = re.compile(rf"\b(?i:{noun})\s+(?:(?:de|du|des|del|della|da|do|di)\s+)(\w+)")
    surname = who.split()[-1]
    at = text.find(surname, max(0, pos - 8000), pos)
    while at >= 0:
        for m in given.finditer(text, max(0, at - 100), min(at + 100, pos)):
            if m.group(1).lower() not in {w.lower() for w in words}:
                return False
        at = text.find(surname, at + 1, pos)
    return True


_OF_WORDS = frozenset("de du des del della da do dos das di d' d’".split())
# words of the place next door or across: "ao lado", "al lado", "à côté", "en face", "accanto",
# "em frente", "de enfrente", "di fronte"
_BESIDE = frozenset("lado côté face accanto frente enfrente fronte".split())
# adjectives that may stand between a role noun and its complement: "directeur général des"
_ADJECTIVE_GAP = frozenset("général générale general generale geral adjoint adjointe".split())


def other_office(
    introduced: dict[str, list[tuple[int, str]]], who: str, role: str, pos: int
) -> bool:
    """True when the text before ``pos`` introduced ``who`` with a role noun of another office
    than ``role``'s ("o presidente do Caprichoso, X" for "o governador"; not a synonym, "o
    técnico" for "o treinador"); ``introduced`` maps role nouns to (where, whom)."""
    noun = role.split()[-1].lower()
    near = {noun, *SYNONYMS.get(noun, ())}
    return any(
        other not in near
        and noun not in SYNONYMS.get(other, ())
        and other in _OFFICES
        and any(at < pos and name == who for at, name in holders)
        for other, holders in introduced.items()
    )
