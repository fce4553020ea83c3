"""A relative named once and then called by kinship alone, in French, Spanish, Italian and
Portuguese features (private to ``resolve.py``).

A profile or an obituary introduces a relative of the person it is about by the kinship noun
and a full name, and later quotes them by the noun alone: "Sa femme, Lucie Arnoux, tient les
comptes. … « … », précise sa femme." / "… según su nieta Lucía Ferrán … “…”, resume su
nieta." / "Il figlio, Marco Pellegrini, … «…», aggiunge il figlio." / "A filha, Rita Lobo,
… “…”, conta a filha." The relative's noun after a possessive or an article (``named_relative``)
is the person named right after that same noun; when the text never named anyone with that
noun ("conta a filha" alone), or named two different people with it, the rule says nothing
and the phrase is read as before. A family speaking as one ("La famiglia chiede …", "La
familia pide …") is the family as written (``family_phrase``), not the person it mourns.
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.people import People
from bot.text.speakers.reading import romance_text

# kinship nouns of the four languages (the spouse's, the child's, the parent's, the sibling's,
# the grandchild's, the niece's)
_NOUNS = frozenset(
    (
        "femme épouse mari époux fille fils mère père sœur frère nièce neveu petite-fille"
        " petit-fils veuve veuf"
        " esposa esposo mujer marido hija hijo madre padre hermana hermano sobrina sobrino"
        " nieta nieto viuda viudo"
        " moglie marito figlia figlio madre padre sorella fratello nipote vedova vedovo"
        " mulher esposa marido filha filho mãe pai irmã irmão sobrinha sobrinho neta neto"
        " viúva viúvo"
    ).split()
)
# nouns that are also "woman"/"girl" after an article: only after a possessive
_AMBIGUOUS = frozenset("femme fille mujer mulher".split())
_POSSESSIVES = frozenset("sa son su sua suo seu".split())
_ARTICLES = frozenset("la le el il lo a o".split())
_CAP = r"[^\W\d_a-z][\w'’-]+"
_BACK = 4000  # characters read back for the relative's introduction (linear time)


def _noun(words: list[str]) -> str | None:
    """The kinship noun of a speaker phrase that is only a determiner (and a possessive) and
    that noun ("sa femme", "su nieta", "la moglie", "a sua filha"), else None."""
    low = [w.lower() for w in words]
    if len(low) == 3 and low[0] in _ARTICLES and low[1] in _POSSESSIVES:
        low = low[1:]  # "a sua filha", "la sua figlia"
    if len(low) != 2 or low[1] not in _NOUNS:
        return None
    if low[0] in _POSSESSIVES:
        return low[1]
    if low[0] in _ARTICLES and low[1] not in _AMBIGUOUS:
        return low[1]
    return None


def named_relative(people: People, words: list[str], pos: int) -> str | None:
    """The full name a Romance relative's phrase at ``pos`` ("sa femme", "su nieta", "il
    figlio") stands for: the one person the text introduced right after that noun ("Sa femme,
    Lucie Arnoux", "su nieta Lucía Ferrán") before ``pos``; None when there is none or more
    than one."""
    if not romance_text():
        return None
    noun = _noun(words)
    if noun is None:
        return None
    intro = re.compile(
        rf"(?<![\w-])(?i:{re.escape(noun)}),?\s+({_CAP}(?:\s+(?:de|da|do|dos|del|di|van)?\s*{_CAP}){{1,3}})"
    )
    text = people.text
    found: set[str] = set()
    last = -1
    for m in intro.finditer(text, max(0, pos - _BACK), pos):
        if _title(text, m.start(), m.group(1)):
            continue  # "Sœur Anne Morel", "el padre Ángel Cebrián": a religious title
        got = people.name_in(m.group(1), m.start(1))
        if got is not None and got[1] and " " in got[0]:
            found.add(got[0])
            last = m.end()
    if len(found) != 1:
        return None
    name = found.pop()
    if _owner_changed(people, name, last, pos):
        return None
    return name


# kinship nouns that are also religious titles before a name ("Sœur Anne Morel", "Frère Jean
# X", "el padre Ángel X", "o padre António X", "la madre Teresa"): capitalized, or after an
# article with no comma ("il fratello, Aldo X" and "su hermana María" stay kin)
_TITLES = frozenset("sœur frère père mère padre madre hermano hermana irmão irmã".split())


def _title(text: str, start: int, name: str) -> bool:
    """Whether the kinship noun at ``start`` (the name ``name`` after it) is a title."""
    noun = text[start : start + 12].split(None, 1)[0].rstrip(",")
    if noun[:1].isupper():
        return True  # "Sœur Anne Morel, qui dirigeait l'école"
    if noun.lower() not in _TITLES or text[start + len(noun)] == ",":
        return False
    before = text[max(0, start - 6) : start].split()
    return bool(before) and before[-1].lower() in _ARTICLES


def _owner_changed(people: People, name: str, after: int, pos: int) -> bool:
    """Whether another person is first named in full between the relative's introduction
    (ending at ``after``) and the phrase at ``pos``, not as a relative, and named again in the
    phrase's paragraph: "Sa femme, Odile X, l'a rejoint. Leur voisin, Marcel Y, … ¶ « … »,
    explique Marcel Y. « … », sourit sa femme" may be Marcel's wife."""
    for entries in people.registry.values():
        for at, words, _gender in entries[:1]:
            if not after <= at < pos or " ".join(words) == name:
                continue
            if nm.bare(words[0]) not in FIRST_NAMES:
                continue  # "La Guardia Civil": no person
            if words[-1] not in people.text[people.text.rfind("\n", 0, pos) + 1 : pos]:
                continue  # (someone named in passing elsewhere, not in the phrase's paragraph)
            lead = people.text[max(0, at - 20) : at].replace(",", " ").split()
            if not lead or lead[-1].lower() not in _NOUNS:
                return True
    return False


# a family speaking as one ("La famiglia chiede …", "La familia pide …", "A família pede …",
# "La famille demande …"): the family, as written, never the person the text is about
_FAMILY = frozenset("famiglia familia família famille".split())
_FAMILY_ARTICLES = frozenset("la a sa su sua".split())


def family_phrase(words: list[str]) -> str | None:
    """ "la famiglia" for a Romance speaker phrase that is only an article (or a possessive)
    and the noun of a family ("La famiglia", "su familia"); else None."""
    if not romance_text() or len(words) != 2:
        return None
    if words[0].lower() not in _FAMILY_ARTICLES or words[1].lower() not in _FAMILY:
        return None
    return f"{words[0].lower()} {words[1].lower()}"
