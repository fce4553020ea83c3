"""German and Dutch clauses around a quotation that go on past it (private to ``attribution.py``).

German and Dutch put the verb last in a subordinate clause and after its object in a main
clause, so a quotation can stand inside the clause that names its speaker after it: "Man werde
das «ohne Vorbehalte» prüfen, versprach sie." (the inverted verb after a comma), "… kritiek van
de vzw X Y, die het werk ‘…’ vond." (a relative clause a verb closes), "… dat het “…” vindt." or
"X sprak van “…” en kondigde aan …" (no speaker after the quotation: the subject before it).
"""

from __future__ import annotations

from bot.text.speakers.germanic import germanic, later_verb, relative_speaker, verb_closes
from bot.text.speakers.marks import Span
from bot.text.speakers.shapes import Token


class GermanicClauseRules:
    """The German and Dutch clause shapes; ``Attributor`` provides the text and its phrases."""

    text: str

    def _np_after(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        raise NotImplementedError

    def _tokens(self, start: int, end: int) -> list[Token]:
        raise NotImplementedError

    def _sentence_start(self, pos: int, floor: int) -> int:
        raise NotImplementedError

    def _sentence_end(self, pos: int, ceil: int) -> int:
        raise NotImplementedError

    def _later_said(self, span: Span, next_open: int) -> tuple[int, int] | None:
        """The subject of the inverted speech verb closing the sentence a quotation stands in:
        "Man werde das «ohne Vorbehalte» prüfen, versprach sie." -> "sie"."""
        text = self.text
        later = later_verb(text, span.close_end) if germanic() else None
        if later is None or text[span.close_end : span.close_end + 1] != " ":
            return None
        return self._np_after(self._tokens(later, self._sentence_end(later, next_open)), 1)

    def _closing_verb(
        self, span: Span, after: tuple[int, int] | None
    ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """(the speaker, the phrase after the quotation still to read): for a verb closing the
        clause after it, the name a relative clause is about ("…, die het werk ‘…’ vond."), or
        no phrase after it ("dat het “…” vindt.", "“…” en kondigde aan")."""
        text = self.text
        if after is None:
            return None, None
        if verb_closes(text, span.close_end, after):
            start = self._sentence_start(span.open_at, 0)
            return relative_speaker(text, start, span.open_at), None
        if text[after[0] : after[1]] in ("en", "und") and germanic():
            return None, None
        return None, after
