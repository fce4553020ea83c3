"""Shapes of the clause before a quotation read before its verb (private to ``before.py``,
mixed into ``BeforeRules``): a document as source ("Según la nota difundida por X"), someone
given an age before a colon, a comparative opening ("Più ottimista X:"), "X released a
statement which read:", the one asked left out, "Esta última", a fronted noun of what is said
("Kritik kam von X:", "Amara la replica del sindaco:"), a listed name before a dash, "secondo
cui", an object pronoun before the verb ("Lo ha confermato X:") and a verb between commas
with its subject left out ("Il segreto, spiega, è nel taglio:").

The attributor provides the text, the people and the noun-phrase readers.
"""

from __future__ import annotations

from typing import Any

from bot.text.speakers.ages import aged_colon
from bot.text.speakers.comparatives import comparative_colon
from bot.text.speakers.dropped import parenthetical_verb
from bot.text.speakers.fronted import comparative_opening, latter_opening
from bot.text.speakers.germanic_phrase import fronted_said_noun
from bot.text.speakers.impersonal import document_body, issued_reading
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token

_ALSO = frozenset("anche también también aussi pure".split())
# object pronouns opening a Spanish or Italian sentence before its verb ("Le contesta X:")
_CLITICS = frozenset("Lo Le Gli Les".split())  # (not "La", "Los": articles before a noun)


class OpeningShapes:
    """``_opening_shape`` for ``BeforeRules`` (the attributor provides the rest)."""

    text: str
    people: Any

    def _opening_shape(
        self: Any, toks: list[Token], start: int, end: int
    ) -> tuple[bool, tuple[int, int] | None]:
        """(True, the speaker phrase or None) when the clause ``toks`` before a quotation has
        one of the module's shapes; (False, None) when the verb rules should read it."""
        if (
            toks[0][0] in ("Según", "Secondo")
            and language() in ("spanish", "italian")
            and (body := document_body(toks, 1)) is not None
        ):
            return True, body  # "Según la nota difundida por la Subdelegación, ambos «…»"
        if (aged := aged_colon(self.text, self.people.mentions, start, end)) is not None:
            return True, aged  # "Tra i presenti c'era anche Ada Neri, 68 anni, ex operaia: «…»"
        if (ahead := comparative_opening(toks, self.text, end)) is not None:
            return True, ahead  # "Più ottimista Aldo Neri, di Banca X: «…»": not the bank
        if (compared := comparative_colon(toks, self.text, end)) is not None:
            return True, compared  # "Her husband was blunter: “…”": the one compared
        if (issued := issued_reading(toks, self.text)) is not None:
            return True, self._subject_before(toks, issued)  # "X released a statement which read:"
        if self._asked_left_out(toks):
            # "Questionado sobre o que mudou no intervalo, foi direto: «…»", "Questionada sobre
            # …, respondeu que a rede está «…»": the one asked is left out, the person the
            # sentences before are about (never the participle itself)
            return True, self._colon_chain(toks)
        if (latter := latter_opening(toks)) is not None:
            return True, latter  # "Esta última reconoció su vértigo: «…»"
        if self.text[start:end].rstrip().endswith(":") and (k := fronted_said_noun(toks)):
            # "Kritik kam von der Opposition:", "Deutliche Worte fand X:": the subject after
            return True, self._np_after(toks, k)
        if self.text[start:end].rstrip().endswith(":") and (
            noun := self._fronted_speech_noun(toks)
        ):
            return True, noun  # "Amara la replica del sindaco: «…»": whose the reply is
        listed = self._listed_name(toks)
        if listed is not None and self.text[listed[1] : end].strip()[:1] in "―—–-:":
            return (
                True,
                listed,
            )  # "… said the same, including the former candidate Jo Marlow -- “…”"
        if (whom := self._according_whom(toks)) is not None:
            return True, whom  # "… il consigliere X Y, secondo cui la gara è stata «…»"
        if (
            len(toks) > 3
            and language() in ("spanish", "italian", "portuguese")
            and (
                (toks[0][0] in ("Lo", "Le") and toks[1][0] in ("ha", "había", "aveva", "tinha"))
                or (toks[0][0] in ("Así", "Così", "Assim") and toks[1][0] in ("lo", "le"))
                or (toks[0][0] in _CLITICS and self._verb_at(toks, 1))
            )
        ):
            # "Lo ha confermato anche la prefetta, X, …: «…»", "Así lo explicó X: «…»", "Le
            # contesta el portavoz, X: «…»": an object pronoun before the verb, its subject
            # after it
            v = 2 if self._verb_at(toks, 2) else 0  # ("Lo studente ha detto": an article)
            if toks[0][0] in _CLITICS and self._verb_at(toks, 1):
                v = 1
            if v:
                j = v + self._verb_at(toks, v)
                while j < len(toks) and toks[j][0].lower() in _ALSO:
                    j += 1
                got = self._np_after(toks, j)
                if got is not None:
                    return True, got
        if self.text[start:end].rstrip().endswith(":") and (v := parenthetical_verb(toks)):
            return True, (
                toks[v][1],
                toks[v][2],
            )  # "Il segreto, spiega, è nel taglio: «…»": no subject
        return False, None
