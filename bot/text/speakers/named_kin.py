"""The name of a relative a speaker calls "my father", when the text gives it (private to
``inner_speakers`` and ``inner_speakers_en``).

A speaker reports a relative's words as “My mother always said, ‘…’”, „Meine Mutter hat mir
gesagt: ‚…‘“, ‘Mijn vader zei altijd: “…”’, and the article has named that relative with the
same kin noun and a comma: "Her mother, Joke X, who died in 2019, …", "Die Mutter der
beiden, Ragna X, 78, …", "haar vader, Hendrik X, die in 1979 overleed", "à avó,
a costureira Dolores X". The words are then that person's, when the name is one, and
their surname is the speaker's (the family the speaker belongs to, not another one the
article met).
"""

from __future__ import annotations

import re
from typing import Protocol

# kin nouns, in the forms a speaker and a reporter share
KIN_NOUNS = frozenset(
    """
    father mother dad mum mom grandmother grandfather gran grandma grandad grandpa son
    daughter brother sister husband wife uncle aunt
    père mère grand-mère grand-père fils fille frère sœur mari femme oncle tante
    vater mutter oma opa großmutter großvater sohn tochter bruder schwester mann frau onkel
    tante
    vader moeder oma opa grootmoeder grootvader zoon dochter broer zus man vrouw oom
    padre madre abuela abuelo hijo hija hermano hermana marido mujer tío tía papá mamá
    nonna nonno figlio figlia fratello sorella marito moglie zio zia papà mamma
    pai mãe avó avô filho filha irmão irmã marido mulher tio tia
    """.split()
)
_NAME = r"[^\W\d_a-z][\w'’-]+(?: (?:van|de|der|den|von|da|do|dos|del|di|le|la) ?[\w'’-]*)*?(?: [^\W\d_a-z][\w'’-]+){1,3}"
_REACH = 6000


class _People(Protocol):
    text: str

    def name_in(self, phrase: str, pos: int) -> tuple[str, bool] | None: ...


def named_kin(kin: str, pos: int, outer: str | None, people: _People) -> str | None:
    """The full name the text gave before ``pos`` to the speaker's relative called ``kin``
    ("Vater", "mother"), with the outer speaker's surname; None when it gave none, or more
    than one."""
    if outer is None or " " not in outer or kin.lower() not in KIN_NOUNS:
        return None
    text = people.text
    surname = outer.split()[-1]
    pattern = re.compile(
        # ("Die Mutter der beiden, Ragna X,", "haar vader, Hendrik X,", "à avó, a
        # costureira Dolores X,")
        rf"(?<![’'`]s )\b(?i:{re.escape(kin)})(?: (?:der beiden|des deux|of the two|van de twee"
        rf"|de los dos|dei due|dos dois))?, (?:(?:the|a|o|la|le|el|il|de|der|die) )?"
        rf"(?:[a-zà-ÿ]+ )?({_NAME})(?=[,.;(]| \(| die | who | que | qui | che )"
    )
    found: set[str] = set()
    for m in pattern.finditer(text, max(0, pos - _REACH), pos):
        if not m.group(1)[:1].isupper():
            continue
        named = people.name_in(m.group(1), m.start(1))
        name = named[0] if named is not None and named[1] else m.group(1)
        if name != outer and name.split()[-1] == surname:
            found.add(name)
    return found.pop() if len(found) == 1 else None
