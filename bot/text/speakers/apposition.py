"""The gender a Romance role noun next to a name shows (private to ``people.py``).

A person whose first name no list holds ("Yasna Fuentealba", "Teodolinda Guzmán") still has a
gender the text shows beside the name: a role noun with its article or a possessive before it
("Su vecina, Yasna Fuentealba", "la herpetóloga X", "le gardien X") or in apposition after it
("X, presidenta de la junta", "X, infirmière à Lyon"). A later "la mujer", "ella", "la
retraitée" can then find that person.
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.reading import romance_text

_ARTICLE_GENDER = {
    "la": "f",
    "una": "f",
    "une": "f",
    "sa": "f",
    "sua": "f",
    "esta": "f",
    "cette": "f",
    "el": "m",
    "un": "m",
    "le": "m",
    "il": "m",
    "lo": "m",
    "uno": "m",
    "seu": "m",
    "suo": "m",
    "este": "m",
    "del": "m",
    "al": "m",
    "du": "m",
    "au": "m",
    "della": "f",
    "dello": "m",
    "alla": "f",
    "allo": "m",
    "ao": "m",
    "à": "f",
}
_NEUTRAL = frozenset("su son sus ses l".split())  # a possessive or elision that shows none
_BEFORE_RE = re.compile(r"(?:^|\s)(\w+)['’]?\s*([a-zà-ÿ][a-zà-ÿ-]{2,})\s*,?\s*$")
_ELIDED_RE = re.compile(r"(?:^|\s)[lL]['’]([a-zà-ÿ][a-zà-ÿ-]{2,})\s*,?\s*$")
_AFTER_RE = re.compile(
    r",\s+([a-zà-ÿ][a-zà-ÿ-]{3,})(?=\s+(?:de|del|du|des|di|da|do|en|à|a|in)\b|[,.])"
)
_OF = frozenset("de del du des di da do of".split())
# nouns of places, buildings and institutions a name follows: "le collège Jean-Moulin"
_NOT_PERSON = frozenset(
    """
    collège lycée école université escuela colegio instituto liceo scuola escola universidad
    hospital hôpital clinique clínica stade estadio stadio estádio rue calle via rua avenue
    avenida plaza place piazza praça pont puente ponte barrio quartier quartiere bairro pueblo
    village villaggio aldeia ville ciudad città cidade comuna commune comune município
    municipio région región regione região département departamento provincia province
    canton cantón parc parque parco musée museo museu théâtre teatro église iglesia chiesa
    igreja centre centro club restaurant restaurante café bar hotel hôtel festival cinéma cine
    cinema salle sala gare estación stazione estação aéroport aeropuerto aeroporto marché
    mercado mercato groupe grupo gruppo empresa entreprise société sociedad società fondation
    fundación fondazione fundação association asociación associazione associação équipe
    equipo squadra equipa parti partido partito cooperativa coopérative
    """.split()
)
# nouns of a time of day a fronted phrase ends on right before the subject's name ("Alle otto
# del mattino Ernesta X", "A las seis de la mañana Lucía X", "Às sete da manhã Ana X"): no
# role of that person, so no gender
_TIMES = nm.TIME_WORDS | frozenset("mattino mañana noche giorno día dia matin soir".split())
_FEMININE = (
    "a",
    "euse",
    "trice",
    "ière",
    "ienne",
    "ée",
    "ante",
    "ente",
    "oise",
    "aise",
    "ine",
)
_MASCULINE = ("o", "eur", "ier", "ien", "ant", "ent", "é", "ois", "ais", "in")
# endings that show no gender ("periodista", "atleta", "policía") or no person
_EITHER = ("ista", "eta", "ía", "ma", "iste", "aire", "ente", "ante")


def _by_ending(noun: str) -> str | None:
    if (
        noun in _NOT_PERSON
        or noun in nm.STOPWORDS
        or noun in nm.SPEECH_VERBS
        or noun.endswith(_EITHER)
    ):
        return None
    if noun.endswith(_FEMININE):
        return "f"
    return "m" if noun.endswith(_MASCULINE) else None


def apposition_gender(text: str, start: int, end: int) -> str | None:
    """The gender a Romance role noun right before the name at ``start`` (its article or
    possessive before it) or in apposition after its ``end`` shows; None when none does."""
    if not romance_text():
        return None
    before = _BEFORE_RE.search(text, max(0, start - 40), start)
    if before is not None:
        det, noun = before.group(1).lower(), before.group(2)
        pre = text[max(0, before.start(1) - 8) : before.start(1)].split()
        if det in _ARTICLE_GENDER and not (pre and pre[-1].lower() in _OF):
            if noun in nm.STOPWORDS or noun in _NOT_PERSON or noun in _TIMES:
                return None
            return _ARTICLE_GENDER[det]
        if det in _NEUTRAL:
            return _by_ending(noun)
    elided = _ELIDED_RE.search(text, max(0, start - 40), start)
    if elided is not None:
        return _by_ending(elided.group(1))
    after = _AFTER_RE.match(text, end, min(len(text), end + 60))
    return _by_ending(after.group(1)) if after is not None else None


# a Romance role noun with its article right before a name ("o zagueiro Marquinhos",
# "l'attaccante Lukaku"), or opening a phrase with its body whose comma stands before the
# name ("O capitão da seleção, Marquinhos", "Il tecnico del Napoli, Conte")
_ROLE_RIGHT_BEFORE_RE = re.compile(
    r"(?:\b(?:[OoAa]|[Ii]l|[Ll]a|[Ll]o|[Ee]l)\s+|\b[lL]['’])([^\W\d_-]+(?:-[^\W\d_]+)?),?\s+$"
)
_ROLE_OF_BODY_RE = re.compile(
    r"(?:\b(?:[OoAa]|[Ii]l|[Ll]a|[Ll]o|[Ee]l)\s+|\b[lL]['’])([^\W\d_-]+(?:-[^\W\d_]+)?)"
    r"\s+(?:d[aoei]|de[il]?|dell[ao]|dos|das|degli|dei|delle|dell['’])\s*[^\W\d_][^,.;:\n]{0,30},\s+$"
)


def role_named(text: str, start: int) -> bool:
    """True for a name alone ("Marquinhos", "Lukaku") a Romance role noun introduces: a
    person, though no list holds the name."""
    if not romance_text():
        return False
    before = text[max(0, start - 60) : start]
    m = _ROLE_RIGHT_BEFORE_RE.search(before) or _ROLE_OF_BODY_RE.search(before)
    return m is not None and m.group(1) in nm.ROLES_EU
