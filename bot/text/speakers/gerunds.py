"""The subject of a French or Portuguese gerund of saying, and a clause opening on a participle
of being asked with its subject left out (private to ``before.py``): "…, son mari, Paul X,
trouvait la fin « longue », tout en saluant « … »", "Questionado sobre o que mudou, foi direto:"."""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers import foreign as fw
from bot.text.speakers.companies_romance import ROMANCE_BODY_NOUNS
from bot.text.speakers.reading import language
from bot.text.speakers.romance_words import ASKED_PARTICIPLES, pronoun_subject

_OF_WORDS = [[w] for w in "de du des da do das dos".split()]


# the article or quantifier opening a group that is no one in particular: "Les infirmiers",
# "Plusieurs centaines de soignants", "Os enfermeiros", "Centenas de moradores"
_GROUP_OPENERS = frozenset(
    "les des plusieurs certains certaines quelques centaines milliers dizaines"
    " los las unos unas varios varias muchos muchas cientos decenas miles"
    " gli le vari varie molti molte alcuni alcune centinaia decine migliaia"
    " os as uns umas vários várias muitos muitas centenas dezenas milhares alguns algumas".split()
)


# a body by its kind and the place it serves, in French or Portuguese: "La gendarmerie de la
# Drôme", "la préfecture de l'Isère", "a polícia de Viseu"
_BODY_OF_PLACE_RE = re.compile(
    r"(?:La|Le|L['’]|A|O|la|le|l['’]|a|o)\s*([a-zà-ÿ]+)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+"
    r"|d['’]|da\s+|do\s+)[A-ZÀ-Ý][\w'’-]+(?:-[A-ZÀ-Ý][\w'’-]+)*"
)


def _with_its_place(text: str, got: tuple[int, int]) -> tuple[int, int]:
    """The subject read, with the place its body noun serves when the reading stopped short of
    it ("La" or "La préfecture" in "La préfecture de l'Isère a relayé …, en appelant à « … »"
    -> the whole name); else as read."""
    m = _BODY_OF_PLACE_RE.match(text, got[0])
    if m is None or m.end() <= got[1] or m.group(1) not in ROMANCE_BODY_NOUNS:
        return got
    return got[0], m.end()


class GerundRules:
    """Mixed into ``BeforeRules``: the clause and subject readers come from the other rules."""

    text: str
    people: Any

    def _gerund_subject(self, toks: list[tuple[str, int, int]], v: int) -> tuple[int, int] | None:
        """The subject of a French or Portuguese gerund of saying at ``v`` (``saying_gerund``):
        the subject of the speech verb before it, else of the clause's main verb, whatever that
        verb ("Plus réservé, son mari, Paul X, trouvait la fin « longue », tout en saluant
        « … »", "A associação, que …, reagiu em comunicado, garantindo ter «…»")."""
        u = next((u for u in range(v - 1, max(-1, v - 25), -1) if self._verb_at(toks, u)), None)
        got = self._subject_before(toks, u) if u is not None else None
        got = got or self._clause_subject(toks[:v])
        if got is None:
            return None
        got = _with_its_place(self.text, got)
        if self.text[max(0, got[0] - 5) : got[0]].split()[-1:] in _OF_WORDS:
            return None  # "le Racing club de Vernay a …": a place after "de", not the subject
        phrase = self.text[got[0] : got[1]]
        named = self.people.name_in(phrase, got[0])
        if phrase.lower() in _GROUP_OPENERS:
            return None  # "Les infirmiers …, en réclamant": an article or a quantifier alone
        if self._people_named(got[1], toks[v][1], named[0] if named else "") > 0:
            return None  # "X a reçu Y, qui …, criticando «…»": someone else between them
        return got

    def _asked_left_out(self, toks: list[tuple[str, int, int]]) -> bool:
        """True for a French or Portuguese clause opening on a participle of being asked whose
        question's comma is followed by its verb, the subject left out ("Questionado sobre o
        que mudou, foi direto:"; not "…, o treinador admitiu", "…, il a répondu", "…,
        considerado baixo …, Teles foi direto")."""
        if toks[0][0].lower() not in ASKED_PARTICIPLES or language() not in (
            "french",
            "portuguese",
            "spanish",
            "italian",
        ):
            return False
        c = next((c for c in range(2, min(len(toks) - 1, 40)) if toks[c][0] == ","), 0)
        if not c:
            return False
        word = toks[c + 1][0]
        return (
            word.isalpha()
            and word.islower()
            and word not in fw.ROMANCE_ARTICLES
            and not pronoun_subject(word.capitalize())
            and not fw.participle(word)
            and not any(t[0][:1].isupper() for t in toks[c + 1 :])
        )
