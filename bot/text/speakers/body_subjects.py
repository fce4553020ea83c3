"""A body's name before the verb, and the person named with it (private to ``phrases.py``).

English "Nell X of the Ferry Users Group warned" is the person, "the Office of the Harbour
Master said" the whole body; Romance "a Procuradoria da República da Comarca de X" is one
institution's name over its prepositions.
"""

from __future__ import annotations

from bot.text.speakers import names as nm
from bot.text.speakers.people import People
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token

# Romance "of" and its fused forms inside an institution's name ("Secretaria de Estado da Saúde")
ROMANCE_OF = frozenset("di da do de del della dello dei degli delle dos das".split())


class BodySubjects:
    """Body-name readings of ``PhraseRules``."""

    people: People

    def _person_of_the_body(self, toks: list[Token], k: int) -> tuple[int, int] | int | None:
        """The person named before "of the" and the body a capitalized run from token ``k``
        names, the run ending right before the verb (English): "Nell Osgood of the Ferry
        Users Group warned", not the group; or, when a body stands before "of the", the
        token its whole name opens on ("the Office of the Harbour Master said")."""
        if language() != "english" or k < 3 or toks[k - 1][0] != "the" or toks[k - 2][0] != "of":
            return None
        j = k - 3
        while j > 0 and toks[j - 1][0][:1].isupper():
            j -= 1
        run = [t[0] for t in toks[j : k - 2]]
        if not run or not run[-1][:1].isupper():
            return None
        if nm.looks_like_org(run):
            return j
        if len(run) < 2:
            return None
        got = self.people.name_in(" ".join(run), toks[j][1])
        if got is None or not got[1] or len(got[0].split()) < 2:
            return None
        return toks[j][1], toks[k - 3][2]

    @staticmethod
    def _org_head_before(toks: list[Token], p: int) -> bool:
        """True when the preposition at ``p`` follows a capitalized run (over more Romance
        prepositions) that holds an organisation word: "a Procuradoria da República da
        Comarca de Viseu", "la Procura di Napoli Nord" -- one institution's name, whole."""
        k = p - 1
        while k >= 0 and k > p - 12:
            w = toks[k][0]
            if w[:1].isupper():
                if nm.bare(w) in nm.ORG_WORDS:
                    return True
            elif w not in ROMANCE_OF:
                return False
            k -= 1
        return False
