"""A sentence next to a quotation standing alone that names whose words they were (private to
``attribution.py``): a story that opens on a quotation and introduces its speaker as the next
paragraph's subject ("“I've never seen anything like it.”" then "Farmer Ana Lind has lived
…"), and a sentence right after the quotation that names its speaker ("That was the verdict
of farmer Tom Reed.", "So says Wanda Pryce, …"). ``ContextRules`` builds on ``FramingRules``.
"""

from __future__ import annotations

import re

from bot.text.speakers.marks import Span
from bot.text.speakers.people import People
from bot.text.speakers.reading import romance_text

_ECHO_RE = re.compile(
    r"\s{1,3}(?:(?:That|This|Such|Those)(?:'s|’s| is| was| are| were) (?:how|what|the (?:verdict|view"
    r"|message|warning|words?|opinion|assessment) of)|So says?)\b"
)


class FramingRules:
    """The framing sentences of a lone quotation; ``ContextRules`` provides the rest."""

    text: str
    spans: list[Span]
    paras: list[tuple[int, int]]
    people: People

    def _lead_quote(self, idx: int) -> tuple[int, int] | None:
        """A story that opens on a quotation alone ("“I've never seen anything like it.”")
        and then introduces its speaker as the next paragraph's subject ("Farmer Ana Lind
        has lived …") -> that person."""
        span = self.spans[idx]
        para, ps, pe = self._para_of(span.open_at)
        if (
            idx
            or span.open_at != ps
            or self.text[span.close_end : pe].strip(" .")
            or para + 1 >= len(self.paras)
            # (in French, Spanish, Italian or Portuguese, the story's first paragraph, under its
            # headline at most: a quotation alone later on belongs to the story told before
            # it, which ``lone.py`` reads)
            or (romance_text() and any(not self.people.is_headline(p) for p in range(para)))
        ):
            return None
        ns, ne = self.paras[para + 1]
        toks = self._tokens(ns, min(ne, ns + 200))
        got = self._clause_subject(toks[:12])
        if got is None or got[0] > toks[min(3, len(toks) - 1)][1]:
            return None
        name = self.people.name_in(self.text[got[0] : got[1]], got[0])
        return got if name is not None and name[1] and " " in name[0] else None

    def _echo_after(self, idx: int) -> tuple[int, int] | None:
        """A sentence right after the quotation that names whose words they were: "“It's a
        disaster.” That was the verdict of farmer Tom Reed." / "That is how Jo Ortiz, 19,
        remembers …" / "So says Wanda Pryce, …" -> the person named in full there."""
        span = self.spans[idx]
        if self.text[span.end - 1 : span.end] not in (".", "!", "?"):
            return None
        m = _ECHO_RE.match(self.text, span.close_end)
        if m is None or (idx + 1 < len(self.spans) and self.spans[idx + 1].open_at < m.end()):
            return None
        toks = self._tokens(m.end(), min(len(self.text), m.end() + 80))
        run = self._first_name_run(toks, 0)
        if run is None or run[0] - m.end() > 40:
            return None
        got = self.people.name_in(self.text[run[0] : run[1]], run[0])
        return run if got is not None and got[1] and " " in got[0] else None
