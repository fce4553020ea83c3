"""A Spanish or Italian person the text introduces by a definite noun and a restrictive relative
clause (private to ``written_rules``): "Il monaco che gestisce la mensa, un uomo anziano, spiega
…", "El hombre que atiende el puesto, …" (moved out of ``unnamed_esit``)."""

from __future__ import annotations

import re

from bot.text.speakers.reading import language

# Spanish and Italian nouns of a person: agent endings ("il pescatore", "la titolare", "el
# vendedor", "la enfermera") and a few more
_PERSON_ENDS = (
    "tore",
    "trice",
    "dor",
    "dora",
    "iere",
    "iera",
    "ero",
    "era",
    "ista",
    "ante",
    "ente",
    "aio",
    "aia",
    "ario",
    "aria",
)
_PERSON_NOUNS = frozenset(
    "monaco monaca cuoco cuoca medico medica parroco prete uomo donna ragazzo ragazza anziano"
    " anziana vicino vicina bambino bambina cittadino cittadina vecino vecina hombre mujer"
    " chico chica anciano anciana cura fraile monje monja niño niña sacerdote".split()
)
# a definite person noun opening a sentence with a restrictive relative clause up to a comma:
# "Il monaco che gestisce la mensa, un uomo anziano, spiega …", "El hombre que atiende el
# puesto, …": someone the text introduces there, not an epithet for someone named before
_PAST_FIRST = frozenset("ha han hanno había habían aveva avevano fue fu era è".split())
_RESTRICTED_RE = re.compile(
    r"(?:Il|La|Lo|El|L['’])\s*([a-zàèéìíòóùúñ]+) (?:che|que) [^,.;:!?«»“”\"\n]{3,70}(?=,)"
)


def definite_restricted(text: str, pos: int) -> str | None:
    """The Spanish or Italian definite person noun and its restrictive relative clause at
    ``pos`` ("Il monaco che gestisce la cucina comune"), as written; None when no such phrase
    opens there, or a name follows it in commas ("Il sindaco che firmò, Ada X, …")."""
    if language() not in ("spanish", "italian"):
        return None
    m = _RESTRICTED_RE.match(text, pos)
    if m is None:
        return None
    noun = m.group(1)
    if not (noun in _PERSON_NOUNS or (len(noun) > 5 and noun.endswith(_PERSON_ENDS))):
        return None
    if text[m.end() + 1 : m.end() + 3].strip()[:1].isupper():
        return None
    if re.search(rf"\b{re.escape(noun)}\b", text[:pos], re.I):
        return None  # the noun said of someone before: "El delantero Iago X … El delantero que …"
    verb = m.group().split(" que ", 1)[-1].split(" che ", 1)[-1].split()[0].lower()
    if verb in _PAST_FIRST or verb.endswith(("ó", "ò")):
        # what someone did, the story's news ("El tenista que ganó 22 títulos", "Il portiere
        # che ha salvato la nazionale"): an epithet of the one it is about, not someone new
        return None
    return m.group()
