"""Sources a sentence gives beside its quotation rather than as its subject (private to
``context.py``): "Selon lui, …" / "Segundo X, …" opening it, and a parenthesis of saying before
a phrase in marks ("The fence was legal, he said, but … “a gesture of goodwill.”", "Le projet,
a-t-elle admis, « reste fragile »")."""

from __future__ import annotations

import re

from bot.text.speakers.fronted import according_source, for_whom_source
from bot.text.speakers.marks import Span
from bot.text.speakers.people import People
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token

# a sentence opening on an indefinite person noun phrase before a comma or its verb
_INVERTED_ASIDE_RE = re.compile(r",\s(?:\w+['’])?\w+-(?:t-)?(il|elle)(?:\s[^\W\d_]+){0,2},")
# (or an epithet: "The longer days, the 16-year-old said, are “…”")
_ASIDE_RE = re.compile(
    r", (he|she|the (?:\d{1,3}-year-old|[a-z]+)) (?:said|says|added|argued|insisted|explained),"
)


class AsideRules:
    """Mixed into ``ContextRules``."""

    text: str
    people: People

    # provided by ``Attributor`` and ``ContextRules``
    def _para_of(self, pos: int) -> tuple[int, int, int]:
        raise NotImplementedError

    def _sentence_start(self, pos: int, floor: int) -> int:
        raise NotImplementedError

    def _tokens(self, start: int, end: int) -> list[Token]:
        raise NotImplementedError

    def _verb_at(self, toks: list[Token], k: int) -> int:
        raise NotImplementedError

    def _people_named(self, start: int, end: int, other_than: str = "") -> int:
        raise NotImplementedError

    def _according_opening(self, span: Span, prev_close: int) -> tuple[int, int] | None:
        """The source a French or Portuguese sentence opens on ("Selon lui, …") for a
        quotation inside it (``fronted.according_source``)."""
        _, ps, _ = self._para_of(span.open_at)
        start = self._sentence_start(span.open_at, max(ps, prev_close))
        toks = self._tokens(start, span.open_at)
        got = according_source(toks)
        if got is not None and self._speaking_subject_after(toks, got[1]):
            return None  # "Segundo relatos de X, a Presidente, Ana Y, acusou-os de «…»"
        return got or for_whom_source(toks, self.text, self.people)

    def _speaking_subject_after(self, toks: list[Token], source_end: int) -> bool:
        """True when someone named in full after the source speaks with a verb of their own
        (not "Selon lui, la Ville aurait pu « … »": no one named, no speech verb)."""
        for k, tok in enumerate(toks):
            if tok[1] > source_end and self._verb_at(toks, k):
                return self._people_named(source_end, tok[1]) > 0
        return False

    def _aside(self, span: Span, prev_close: int) -> tuple[int, int] | None:
        """Reported speech with its source in a parenthesis before a phrase in marks: "The
        fence was legal, he said, but the council had asked him to consider “a gesture of
        goodwill.”" -> "he" (not the subject of "asked")."""
        if self.text[span.start : span.start + 1].isupper():
            return None
        _, ps, _ = self._para_of(span.open_at)
        start = self._sentence_start(span.open_at, max(ps, prev_close))
        aside = _ASIDE_RE.search(self.text, start, span.open_at)
        if aside is None and language() == "french":
            # "Le projet, a-t-elle admis, « reste fragile »": the inverted pronoun
            aside = _INVERTED_ASIDE_RE.search(self.text, start, span.open_at)
        return aside.span(1) if aside is not None else None
