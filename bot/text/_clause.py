"""The subject of a clause before a quotation (private to the speaker modules).

``ClauseRules`` finds the first pronoun or name of a clause that no preposition governs
("Hours later, Whitlock returned the favour, telling Reuters:"); ``PhraseRules`` builds on it.
"""

from __future__ import annotations

from bot.text import _foreign as fw
from bot.text import _names as nm
from bot.text._people import People
from bot.text._shapes import PREPOSITIONS, NameShapes, Token, verbish


class ClauseRules(NameShapes):
    """The clause-subject shape; the attributor provides ``people``."""

    people: People

    def _clause_subject(self, toks: list[Token]) -> tuple[int, int] | None:
        """The first pronoun or name of a clause that no preposition governs.

        "Hours later, Whitlock returned the favour, telling Reuters" -> "Whitlock".
        """
        k = 0
        if (
            toks
            and (
                toks[0][0].lower() in PREPOSITIONS
                or toks[0][0].lower() in fw.FRONTING
                or (  # "Smiling broadly, …" (but "Boreing said …" is a name and its verb)
                    toks[0][0].endswith("ing")
                    and toks[0][0][:1].isupper()
                    and len(toks) > 1
                    and toks[1][0].islower()
                    and not verbish(toks[1][0])
                    and toks[1][0] not in nm.SPEECH_VERBS
                    and toks[0][0].lower() not in self.people.registry
                )
            )
        ):
            # a fronted adjunct up to its comma: "In a Fox interview later, Ana Ruiz went on:"
            comma = next((c for c in range(1, min(len(toks), 15)) if toks[c][0] == ","), 0)
            k = comma + 1 if comma else 0
        named = self._role_appositive(toks, k)
        if named is not None:
            return named  # "La préfète, Anne Morel, a appelé au calme : « »"
        common = self._common_subject(toks, k)
        if common is not None:
            return common  # "A spokesman for the club declined …, but said: “"
        while k < len(toks):
            w = toks[k][0]
            low = w.lower()
            if (
                low in ("he", "she", "they")
                or (w in fw.SUBJECT_PRONOUNS and k == 0)
                or (w == "it" and k + 1 < len(toks) and verbish(toks[k + 1][0]))
            ):
                return toks[k][1], toks[k][2]  # "it attacked Trump, saying": an organisation
            # a preposition of another language opening the clause is no name: "Tra i
            # clienti c'è Lucia De Rosa:", "Im Saal wartet Anna Berg:"
            if (
                w[:1].isupper()
                and low not in nm.STOPWORDS
                and not (
                    k == 0
                    and (low in nm.FOREIGN_STOPS or low in fw.AMONG or low in fw.CLAUSE_OPENERS)
                )
            ):
                j = k
                while j + 1 < len(toks) and (toks[j + 1][0][:1].isupper() or toks[j + 1][0] == "."):
                    j += 1
                j = self._role_then_name(toks, j)
                governed = k > 0 and (
                    toks[k - 1][0].lower() in PREPOSITIONS
                    or (  # "a speech at the State University": the article does not free it
                        k > 1
                        and toks[k - 1][0].lower() in ("the", "a", "an")
                        and toks[k - 2][0].lower() in PREPOSITIONS
                    )
                )
                first = k == 0 or toks[k - 1][0] in (",", "—", "(")
                known = low in self.people.registry or low in self.people.key_gender
                adverbial = (
                    j == k
                    and first
                    and not known
                    and k + 1 < len(toks)
                    and (
                        toks[k + 1][0] in (",", "later", "ago")
                        or (toks[k + 1][0] in PREPOSITIONS and toks[k + 1][0] != "of")
                    )
                )  # "Earlier, …", "Back in 1999, …": an adverb, not a subject
                if not governed and not adverbial:
                    return toks[k][1], toks[j][2]
                k = j + 1
                continue
            k += 1
        return None
