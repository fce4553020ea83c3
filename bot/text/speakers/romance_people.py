"""Portuguese and Italian people for speaker resolution (private to the speaker modules).

Genders that a role noun's article gives a person whose first name no list holds ("o
agricultor X", "A filha dele, X", "la ricercatrice X"), a person called by the first names
alone after the full name ("Maria do Socorro" after "Maria do Socorro Araújo Lins"), and a
sentence opening on a role noun that names who a subjectless verb after it stands for ("O
vereador não ficou convencido. … «…», disse."). Every rule here reads only Portuguese or
Italian text (``reading.language()``).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import name_gender
from bot.text.speakers.reading import language

if TYPE_CHECKING:
    from bot.text.speakers.naming import Naming

# the gender of a Portuguese or Italian definite article (not "a" after a verb: see its use)
_ARTICLE_GENDER = {
    "portuguese": {"o": "m", "a": "f", "um": "m", "uma": "f"},
    "italian": {"il": "m", "lo": "m", "la": "f", "un": "m", "uno": "m", "una": "f"},
}
# Portuguese and Italian prepositions (and their fused forms) and conjunctions: no role noun
_ROMANCE_LINKS = frozenset(
    "de da do das dos di del della dello dei degli delle dal dalla dai pelo pela pelos pelas"
    " per em no na nos nas num numa com con in nel nella nei a al alla ai ao à aos às su sul"
    " sulla e ed ou o que che".split()
)
# common nouns for a company, a team or a band before its name (Portuguese and Italian)
_ORG_NOUNS = frozenset(
    "startup marca marchio equipe equipa squadra time clube club banda rede catena cadeia"
    " loja negozio holding multinacional multinazionale corazzata formação formazione".split()
)
# words that may open the clause before that article: "Anche la …", "Mas também a …"
_CLAUSE_OPENERS = frozenset("anche pure persino ma mas e também até já inclusive".split())
# prepositions an article of a role in commas may follow: "Para o presidente do sindicato, X"
_ROLE_PREPS = frozenset("para segundo com por per secondo con".split())


# a sentence opening on a definite article and a lower-case role noun: "O vereador não …"
ROLE_OPENING_RE = re.compile(r"(?:O|A|Il|La|Lo)\s+[a-zà-ú]{3,}(?=\s)|L['’][a-zà-ú]{3,}(?=\s)")


def romance_role_gender(text: str, pos: int, before: list[str]) -> str | None:
    """The gender the article of a role noun before the name at ``pos`` gives, in Portuguese
    or Italian text (``before``: the words before it), else None."""
    articles = _ARTICLE_GENDER.get(language() or "")
    word = before[-1].lower() if before else ""
    name = text[pos : pos + 60].split()[:2]
    if (
        articles is None
        or len(name) < 2
        or not name[1][:1].isupper()  # a full name, not "la corazzata Pistoia"
        or name_gender(name[0].strip(",.;:"))
    ):
        return None  # (a first name's gender wins: "il pm Valentina X", a masculine role)
    k = len(before) - 1
    while (
        k > 0
        and len(before) - k <= 3
        and before[k].isalpha()
        and before[k].islower()
        # "a consultora de varejo X", "il farmacista in pensione X", but not "validado
        # pelo X", "la difesa di X": a preposition right before the name
        and (k < len(before) - 1 or before[k] not in _ROMANCE_LINKS)
        # "il gruppo alimentare X", "a startup pernambucana X": a company, a team
        and before[k] not in nm.ORG_WORDS
        and before[k] not in _ORG_NOUNS
    ):
        if before[k - 1].lower() in articles:
            # a Portuguese or Italian article and a role noun (and its adjective) right
            # before the name: "o agricultor X", "a climatologista X", "il play americano
            # X" -- the article's gender
            return articles[before[k - 1].lower()]
        k -= 1
    if word.endswith(","):
        # the same for a role in commas before the name, its article opening the clause
        # or after a preposition: "A filha dele, X", "Para o presidente do sindicato, X",
        # "Una di loro, X" (not "condenado a cinco anos …, X": a preposition)
        clause = " ".join(before)[:-1].rsplit(",", 1)[-1].rsplit(".", 1)[-1].split()
        k = 0
        while k < len(clause) and clause[k].lower() in _CLAUSE_OPENERS:
            k += 1  # "Anche la più giovane del reparto, X", "Também a irmã dele, X"
        k += 1 if k < len(clause) and clause[k].lower() in _ROLE_PREPS else 0
        if len(clause) > k + 1 and clause[k + 1].isalpha() and clause[k + 1].islower():
            return articles.get(clause[k].lower())
    return None


def first_names_opening(
    registry: dict[str, list[tuple[int, tuple[str, ...], str | None]]],
    words: list[str],
    pos: int,
) -> tuple[str, ...] | None:
    """The one longer full name introduced before ``pos`` that opens with ``words`` (two or
    three words) in Portuguese or Italian text: "Maria do Socorro" after "Maria do Socorro
    Araújo Lins" (Brazilian news calls people by their first names)."""
    if not 2 <= len(words) <= 3 or language() not in ("portuguese", "italian"):
        return None
    if nm.looks_like_org(words):
        return None
    n = len(words)
    full = {
        e[1]
        for found in registry.values()
        for e in found
        if len(e[1]) > n and list(e[1][:n]) == words and e[0] < pos
    }
    return full.pop() if len(full) == 1 else None


def role_opening_between(
    text: str, bounds: list[int], start: int, pos: int, holders_of
) -> str | None:
    """The one person ``holders_of(noun, at)`` gives for the role noun of the last sentence
    between ``start`` and ``pos`` that opens on a definite article and a role noun; None when
    that sentence's role stands for no one person, or no sentence opens so."""
    from bot.text.speakers.epithets import role_phrase

    if language() not in ("portuguese", "italian"):
        return None
    lo = bisect.bisect_right(bounds, start)
    hi = bisect.bisect_left(bounds, pos)
    for b in reversed(bounds[lo:hi]):
        m = ROLE_OPENING_RE.match(text, b)
        if m is None:
            continue
        noun = role_phrase(m.group(0), text)
        holders = holders_of(noun, b) if noun is not None else set()
        return holders.pop() if len(holders) == 1 else None
    return None


def fuller_name(people: Naming, name: str, pos: int) -> str:
    """The fuller name a person was named by before ``pos``, else ``name``: a surname alone
    for a name with two ("Borges" after "Nuno Borges Pinto": Spanish and Portuguese names go
    by the first of two surnames), and in Spanish text a name without its second surname
    ("Lucía Marín" in a headline, "La dramaturga Lucía Marín Soto" in the body; after two
    first names too: "Ana Sofía Marín")."""
    words = tuple(name.split())
    if not words:
        return name
    # (the names holding the word looked for, not every name of the text: a long text naming
    # many people stays linear)
    with_word = people.by_word().get(words[0], ())
    if len(words) == 1:
        fuller = {
            " ".join(e[1])
            for e in with_word
            if len(e[1]) >= 3 and name in e[1][1:-1] and e[0] < pos
        }
    elif len(words) in (2, 3) and language() == "spanish":
        fuller = {
            " ".join(e[1])
            for e in with_word
            if len(e[1]) == len(words) + 1 and e[1][: len(words)] == words and e[0] < pos
        }
    elif len(words) not in (2, 3):
        return name
    else:
        fuller = set()
    given = not fuller and len(words) in (2, 3) and not nm.looks_like_org(list(words))
    if given:
        # a person called by the given names alone after the full name, as Latin American,
        # Brazilian and Portuguese news does ("María José" after "María José Ortega Lara",
        # "Ana Paula" after "Ana Paula Cunha Reis", "Maria da Glória" after "Maria da Glória
        # Sá Pinto"): the one person named before whose name opens with them
        fuller = {
            " ".join(e[1])
            for e in with_word
            if len(e[1]) > len(words) and e[1][: len(words)] == words and e[0] < pos and e[2]
        }
    if len(fuller) != 1 or (given and _introduced_alone(people.text, name, pos)):
        return name  # (a second person introduced by the given names alone keeps them)
    return fuller.pop()


def _introduced_alone(text: str, name: str, pos: int) -> bool:
    """True when the text introduced someone by these given names alone, in commas after a
    noun, before ``pos``: "O pai, João Pedro X Y, é bombeiro. O filho, João Pedro, de 12
    anos, …" (a second person, whom the short name stays for)."""
    window = text[max(0, pos - 8000) : pos]
    return re.search(rf"\b[^\W\d_A-Z]+,\s+{re.escape(name)}\s*,", window) is not None
