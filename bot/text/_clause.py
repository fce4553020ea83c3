"""The subject of a clause before a quotation (private to the speaker modules).

``ClauseRules`` finds the first pronoun or name of a clause that no preposition governs
("Hours later, Whitlock returned the favour, telling Reuters:") and the person a participle
of speech belongs to ("with Ana Lind reportedly shouting: “…”"); ``PhraseRules`` builds on it.
"""

from __future__ import annotations

from bot.text import _foreign as fw
from bot.text import _names as nm
from bot.text._germanic import article_epithet
from bot.text._people import People
from bot.text._shapes import DETERMINERS, PREPOSITIONS, NameShapes, Token, verbish


class ClauseRules(NameShapes):
    """The clause-subject shape; the attributor provides ``people``."""

    people: People
    text: str

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
                j = self._role_then_name(toks, article_epithet(toks, j))
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

    @staticmethod
    def _outer_phrase(toks: list[Token], k: int) -> int | None:
        """Where the noun phrase goes on before a place it holds: "[A reporter's source inside]
        the camp", "[the head of] the union" (the place is not the speaker; the person noun
        before its preposition is)."""
        if toks[k - 1][0].lower() not in PREPOSITIONS | {"inside", "outside"}:
            return None
        for d in range(k - 2, max(-1, k - 7), -1):
            w = toks[d][0]
            if w.lower() in DETERMINERS or (w[:1].isupper() and nm.possessive(w)):
                return toks[d][1]
            if not (w.isalpha() or nm.possessive(w)) or (w[:1].isupper() and d > 0):
                return None
        return None

    def _participle_subject(self, toks: list[Token], v: int) -> tuple[int, int] | None:
        """The person named right before a participle of speech, its own subject: "footage of
        Ana Lind asking, “…”", "with Lind reportedly shouting: “…”", "with Ana Lind posting
        that … and asking, “…”" (back through "and" to the first participle). A comma before
        the participle ("Lind lashed out, saying") leaves it to the clause's subject."""
        for _ in range(2):
            k = v
            while k > 0 and toks[k - 1][0].lower() in nm.ADVERBS - {"and", "but"}:
                k -= 1  # "reportedly", "later"
            if (
                k > 0
                and toks[k - 1][0][:1].isupper()
                and toks[k - 1][0].lower() not in nm.STOPWORDS
            ):
                j = k - 1
                while j > 0 and (toks[j - 1][0][:1].isupper() or toks[j - 1][0] == "."):
                    j -= 1
                if j > 0 and toks[j - 1][0].lower() in PREPOSITIONS - {"of", "with"}:
                    return None  # "in a statement to Wired explaining": a listener, no subject
                phrase = self.text[toks[j][1] : toks[k - 1][2]]
                got = self.people.name_in(phrase, toks[j][1])
                return (toks[j][1], toks[k - 1][2]) if got is not None and got[1] else None
            if k > 1 and nm.bare(toks[k - 1][0]) in nm.PERSON_NOUNS | nm.PERSON_ROLES:
                # "with one commenter musing: “…”": a person noun and its determiner
                for d in range(k - 2, max(-1, k - 5), -1):
                    w = toks[d][0]
                    if w.lower() in DETERMINERS:
                        return toks[d][1], toks[k - 1][2]
                    if not w.isalpha() or w[:1].isupper() or w in PREPOSITIONS:
                        break
            if k == 0 or toks[k - 1][0] != "and":
                return None
            earlier = [p for p in range(max(0, k - 25), k - 1) if toks[p][0].endswith("ing")]
            if not earlier or toks[earlier[-1]][0][:1].isupper():
                return None
            v = earlier[-1]  # "… tweeting that it was a disaster and asking, “": the first one
        return None
