"""A Romance quotation standing alone after a sentence about a person (private to
``attribution.py``, mixed into ``Attributor``).

French, Spanish, Italian and Portuguese news often lets a quotation stand as its own sentence
or paragraph, with no speech verb by it, after a sentence whose subject is the speaker: named
("Il tecnico, Paolo X, parla con calma. «…»"), by a role noun or a pronoun ("Elle a aussi
demandé … « … »"), or left out ("Pidió además que … «…»"). The subject is read as for a
subjectless verb after a quotation (``romance.RomanceRules._subject_back``).
"""

from __future__ import annotations

import bisect

from bot.text.speakers import names as nm
from bot.text.speakers.marks import Span
from bot.text.speakers.neighbours import _Raw
from bot.text.speakers.people import People
from bot.text.speakers.reading import language

_ARTICLES = frozenset("il lo la le les el los las o os a as".split())
# a sign, a banner, a slogan, and "one reads": the words a quotation after them gives are no
# one's ("Une banderole affichait : « … »", "Na popa lê-se: “…”")
_SIGNS = frozenset(
    "affiche affiches pancarte pancartes banderole banderoles panneau panneaux slogan slogans"
    " inscription graffiti cartaz cartazes faixa faixas placa placas letreiro inscrição"
    " lê-se lia-se lire".split()
)


class LoneRules:
    """The lone-quotation rule; ``Attributor`` provides the text and the helpers."""

    text: str
    spans: list[Span]
    span_opens: list[int]
    paras: list[tuple[int, int]]
    people: People

    def _para_of(self, pos: int) -> tuple[int, int, int]:
        raise NotImplementedError

    def _sentence_start(self, pos: int, floor: int) -> int:
        raise NotImplementedError

    def _subject_back(self, end: int, floor: int, k: int, named: bool) -> tuple[str, int] | None:
        raise NotImplementedError

    def _people_named(self, start: int, end: int, other_than: str = "") -> int:
        raise NotImplementedError

    def _resolve(self, raw: _Raw, orgs: list[str]) -> str | None:
        raise NotImplementedError

    def _lone_quote(self, idx: int) -> tuple[int, int] | None:
        """A quotation standing alone, its own sentence or paragraph with no speech verb by it,
        after a sentence whose subject is a person (named, by a role noun or a pronoun, or
        left out: "La secretaria, Ana Ruiz, anunció la huelga. Pidió además que … «…»",
        "Il tecnico, 48 anni, parla con calma. «…»"): that person, when the sentences between
        name no one else and hold no quotation (French, Spanish, Italian, Portuguese)."""
        if language() not in ("french", "spanish", "italian", "portuguese"):
            return None
        span = self.spans[idx]
        para, ps, pe = self._para_of(span.open_at)
        start = self._sentence_start(span.open_at, ps)
        if self.text[start : span.open_at].strip():
            return None  # the quotation does not open its sentence
        rest = self.text[span.close_end : min(pe, span.close_end + 3)]
        if rest.strip(" .") and rest.strip()[:1] not in '«“"„':
            return None  # the sentence goes on after it ("«…» es su lema")
        floor = ps
        if start <= ps:  # the quotation opens its paragraph: the paragraph before, if plain
            if para == 0 or self.people.is_headline(para - 1):
                return None
            floor, start = self.paras[para - 1]
        got = self._subject_back(start, floor, idx - 1, True)
        if got is None:
            return None
        phrase, at = got
        name = self._resolve(_Raw(phrase, at), [])
        if (
            name is None
            or not name[:1].isupper()
            or " " not in name
            # (not a body: "Il Sangallo", "La Fiscalía Provincial")
            or name.split()[0].lower() in _ARTICLES
            or nm.looks_like_org(name.split())
            # a person: a first name or a title shows it, or the name opens its sentence, or a
            # role noun stands for it ("La secretaria …" after "la secretaria, Ana Ruiz")
            or not (
                any(m.name == name for m in self.people.mentions if m.gender or m.subject)
                or (phrase != name and phrase.split()[-1].islower())
            )
            or self._people_named(at + len(phrase), span.open_at, name)
        ):
            return None
        return at, at + len(phrase)

    def _dropped_back(self, pos: int) -> tuple[str, int] | None:
        """For a French or Portuguese sentence opening at ``pos`` on a speech verb whose
        subject is left out ("Durante o julgamento, o antigo diretor negou tudo. Na última
        sessão, pediu a palavra. Disse que era «…»"): the subject the sentences before open
        on (as ``_subject_back``), in the same paragraph and after the quotation before."""
        if language() not in ("french", "portuguese"):
            return None
        _, ps, _ = self._para_of(pos)
        if pos <= ps or self._sentence_start(pos, ps) != pos:
            return None
        k = bisect.bisect_right(self.span_opens, pos) - 1
        return self._subject_back(pos, ps, k, True)

    def _sign_text(self, idx: int) -> bool:
        """True in French or Portuguese text for a quotation its sentence introduces with a
        colon after a sign's noun or "one reads" ("Une affiche jaunie proclame toujours :
        « … »", "lê-se uma frase: “…”"): the words written there, no one's to speak."""
        if language() not in ("french", "portuguese"):
            return False
        span = self.spans[idx]
        _, ps, _ = self._para_of(span.open_at)
        before = self.text[self._sentence_start(span.open_at, ps) : span.open_at].rstrip()
        return before.endswith(":") and any(nm.bare(w) in _SIGNS for w in before.split())
