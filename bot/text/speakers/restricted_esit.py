"""Spanish and Italian people the text introduces in two shapes ``unnamed_esit`` does not read
(private to the speaker modules): a definite noun with a restrictive relative clause ("Il monaco
che gestisce la mensa, un uomo anziano, spiega …", "El hombre que atiende el puesto, …"), and
someone unnamed after a speech verb's lower-case adjunct ("ha commentato a margine dei lavori un
diplomatico di …")."""

from __future__ import annotations

import re

from bot.text.speakers.reading import language
from bot.text.speakers.unnamed_esit import unnamed_esit

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


# prepositions whose object an indefinite article may open ("sobre una cartulina", "in un bar")
_OBJECT_PREPOSITIONS = frozenset(
    "a al ante bajo con contra de del desde en entre hacia hasta para por según sin sobre tras"
    " di da in su per tra fra senza verso presso dopo durante".split()
)


def unnamed_after_adjunct(words: list[str]) -> str | None:
    """Someone unnamed after the lower-case adjunct a Spanish or Italian speech verb puts
    before its subject, as written ("ha commentato a margine dei lavori un diplomatico di uno
    dei Paesi vicini" -> "un diplomatico di uno dei Paesi vicini"): the whole rest of the
    phrase when short, else the description ``unnamed_esit`` reads; None when no description
    of someone follows the adjunct."""
    k = next((k for k in range(2, len(words)) if words[k] in ("un", "una", "uno")), 0)
    if not k or not all(w.islower() for w in words[1:k]) or not words[k + 1 : k + 2]:
        return None
    if words[k - 1] in _OBJECT_PREPOSITIONS:
        return None  # "a mano sobre una cartulina": the article's noun is the adjunct's
    rest = " ".join(words[k:])
    someone = unnamed_esit(rest, 0)
    if not someone or len(someone.split()) < 2:
        return None
    return rest if len(words) - k <= 8 else someone
