"""A possessive and a noun of what is said as a speaker phrase (private to ``resolve.py``):
"Su respuesta fue tajante: «…»", "Le sue parole: «…»", "Son message est clair : « … »"
-- the words are the possessor's, not the possessive's. And the German and Dutch possessive
alone ("Haar advies: ‘…’": hers), and the articles and possessives a phrase cut short may be
left with, which are never a speaker."""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.reading import romance_text

# nouns of what someone says after a Romance possessive: "Su respuesta fue tajante:", "Le sue
# parole:", "Son message est clair :", "As suas palavras:" (the possessor says it)
_SAID_NOUNS = frozenset(
    "mensaje palabras respuesta reacción conclusión advertencia explicación consejo opinión"
    " veredicto frase lema diagnóstico messaggio parole risposta reazione commento conclusione"
    " avvertimento spiegazione consiglio opinione verdetto frase motto diagnosi mensagem"
    " palavras resposta reação conclusão aviso explicação conselho opinião veredicto lema"
    " message mots réponse réaction conclusion avertissement explication conseil avis verdict"
    " phrase devise credo constat diagnostic".split()
)
_POSSESSIVE_RE = re.compile(
    r"(?:(?:il|la|i|le|o|a|os|as)\s+)?(?:su|sus|suo|sua|suoi|sue|seu|sua|seus|suas|son|sa|ses)"
    r"\s+(?P<noun>[^\W\d_]+)",
    re.I,
)

# German and Dutch possessives alone where a speaker belongs ("Haar advies: ‘…’") and their
# person's pronoun ("ihr", "ihre" are hers, rarely theirs, before a colon)
# (and the object pronouns after "volgens"/"laut": "volgens hem")
POSSESSIVE_PERSON = dict(
    w.split(":")
    for w in "haar:zij zijn:hij ihr:sie ihre:sie sein:er seine:er hem:hij ihm:er ihn:er".split()
)


# articles and possessives that a speaker phrase cut short may be left with: never a speaker
# (not "il", the French "he")
BARE_DETERMINERS = frozenset(
    "la le les el los las lo gli o a os as un une una uno um uma su sus son sa ses suo sua"
    " suoi sue seu seus suas der die das de het".split()
)


def own_words(text: str, pos: int, phrase: str) -> str | None:
    """For a speaker phrase at ``pos`` that is a possessive before a noun of what is said
    ("Su respuesta", "Il suo messaggio", "Ses mots"): "" (a Romance possessive shows no
    gender of its possessor), else None."""
    if not phrase or not romance_text():
        return None
    m = _POSSESSIVE_RE.match(text, pos)
    return "" if m is not None and m.group("noun").lower() in _SAID_NOUNS else None


# a share of a group as the speaker phrase: "la mayoría de los vecinos", "la maggior parte dei
# residenti", "a maioria dos moradores", "la plupart des riverains" -- the group as written,
# never a person named before
_SHARE_RE = re.compile(
    r"(?:la\s+(?:gran\s+)?mayoría|buena\s+parte|gran\s+parte|la\s+maggior\s+parte|la\s+maggioranza"
    r"|a\s+maioria|grande\s+parte|la\s+plupart|la\s+majorité|une\s+bonne\s+partie)\s+(?:de|d[eiaou]\w*)\b",
    re.I,
)


def share_of_group(phrase: str) -> bool:
    """True for a Romance speaker phrase naming a share of a group (``_SHARE_RE``)."""
    return bool(phrase) and _SHARE_RE.match(phrase) is not None


# person nouns a possessive owns besides the role and kin lists: "Vane's coach said"
_OWNED_PEOPLE = frozenset(
    "coach manager doctor agent partner solicitor barrister friend boss captain".split()
)


def owner_of_person(words: list[str], j: int) -> bool:
    """True when words[j] is a possessive whose person noun follows it, over one adjective at
    most ("Tom Vane's mother", "Vane's elder brother"): that person speaks, not the owner."""
    if not nm.possessive(words[j]):
        return False
    people = nm.PERSON_ROLES | nm.FEMALE_ROLES | nm.MALE_ROLES | nm.PERSON_NOUNS | _OWNED_PEOPLE
    after = [w for w in words[j + 1 : j + 3] if w.isalpha() and w.islower()]
    return any(w in people for w in after[:2]) and bool(after) and words[j + 1] == after[0]


def possessed_appositive(toks: list[tuple[str, int, int]], j: int) -> tuple[int, int] | None:
    """(first, last) token of the name in commas after a possessive and the lower-case role it
    owns, when that name opens on a first name: "Northline's operations director, Graham
    Oyelaran, rejected …" -> "Graham Oyelaran" (the director speaks, not the company that
    owns the title). None for any other shape ("Vane's lawyer said", "Lind's plan, …")."""
    if not nm.possessive(toks[j][0]):
        return None
    c = j + 1
    while c < min(len(toks), j + 5) and toks[c][0].isalpha() and toks[c][0].islower():
        c += 1
    if c == j + 1 or c + 2 >= len(toks) or toks[c][0] != ",":
        return None
    first = c + 1
    if nm.bare(toks[first][0]) not in FIRST_NAMES:
        return None
    last = first
    while last + 1 < len(toks) and toks[last + 1][0][:1].isupper():
        last += 1
    if last == first or last + 1 >= len(toks) or toks[last + 1][0] != ",":
        return None
    return first, last
