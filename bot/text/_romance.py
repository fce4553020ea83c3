"""Rules of the French, Spanish, Italian and Portuguese news shapes that look past one
clause (private to ``_speakers.py``, mixed into ``Attributor``).

Romance news drops the subject of a speech verb ("», ha aggiunto.", "À saída, limitou-se a
dizer:") and refers back with a role noun ("L'éleveur, lui, … « … », prévient-il."): the
subject of the sentence before then names the speaker.
"""

from __future__ import annotations

import bisect

from bot.text import _foreign as fw
from bot.text import _names as nm
from bot.text._marks import Span
from bot.text._people import People
from bot.text._reading import language
from bot.text._shapes import Token
from bot.text.lexicon import load

_WHO = frozenset("que qui che quien quem".split())
_HE_SHE = nm.MALE_PRONOUNS | nm.FEMALE_PRONOUNS
_EN_VERBS = load("speech_verbs_en")
_ARTICLE = frozenset("un une uno una um uma le la el il lo o a".split())


def apposition_after(clause: str, run: list[str]) -> bool:
    """True when a clause before a colon ends on a name and a short lower-case Romance
    apposition: "… qui inquiète Josiane Perrin, infirmière retraitée : « … »"."""
    rest = clause[clause.rfind(run[-1]) + len(run[-1]) :]
    tail = rest[1:].split()
    return (
        len(run) >= 2
        and rest[:1] == ","
        and 1 <= len(tail) <= 4
        and all(w.isalpha() and w.islower() for w in tail)
        and tail[0] not in ("a", "an", "the", "his", "her", "their")
    )


_FUSED = frozenset("du del della dello do da".split())


class RomanceRules:
    """Cross-sentence subject rules; ``Attributor`` provides the text and clause helpers."""

    text: str
    spans: list[Span]
    span_opens: list[int]
    people: People

    def _para_of(self, pos: int) -> tuple[int, int, int]:
        raise NotImplementedError

    def _sentence_start(self, pos: int, floor: int) -> int:
        raise NotImplementedError

    def _tokens(self, start: int, end: int) -> list[Token]:
        raise NotImplementedError

    def _role_appositive(self, toks: list[Token], k: int) -> tuple[int, int] | None:
        raise NotImplementedError

    def _romance_subject(self, toks: list[Token], k: int) -> tuple[int, int] | None:
        raise NotImplementedError

    def _fronted_phrase(self, toks: list[Token]) -> bool:
        raise NotImplementedError

    def _first_name_run(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        raise NotImplementedError

    def _epithet_before(self, pos: int, named: bool = False) -> tuple[str, int] | None:
        """The Romance role noun ("L'éleveur", "La joueuse"), or the name after one in commas,
        opening the sentence before the quotation whose attribution is at ``pos``, in the
        same paragraph, as (phrase, where); with ``named``, else the one person that sentence
        names ("Deluso l'allenatore X. «…», ha ammesso.")."""
        k = bisect.bisect_right(self.span_opens, pos) - 1
        _, ps, _ = self._para_of(pos)
        start = self._sentence_start(pos, ps)
        if k + 1 < len(self.spans) and start == self._sentence_start(self.spans[k + 1].open_at, ps):
            k += 1  # the verb before the quotation in its sentence: "À saída, limitou-se a dizer:"
        elif k < 0 or start != self.spans[k].open_at:
            return None  # the quotation does not open its sentence
        if start <= ps or (k and self.spans[k - 1].close_end > start):
            return None
        prev = self._sentence_start(start - 1, ps)
        if k and self.spans[k - 1].close_end > prev:
            return None
        toks = self._tokens(prev, start)
        # ("Le préfet de X, Hugues Mercier, a reçu …": the name after the role)
        got = self._role_appositive(toks, 0) or self._romance_subject(toks, 0)
        if got is None and named:
            lo = bisect.bisect_left(self.people._mention_pos, prev)
            hi = bisect.bisect_left(self.people._mention_pos, start)
            # (someone a first name or a title shows to be a person: not "de Serra Talhada")
            names = {m.name for m in self.people.mentions[lo:hi] if m.gender}
            if not names:
                # "A deputada Gracinda Veloso considera … «…», argumentou.": a first name
                # no list holds, but the full name is that sentence's subject
                names = {m.name for m in self.people.mentions[lo:hi] if m.subject}
            if len(names) == 1 and " " in next(iter(names)):
                return next(iter(names)), self.people.mentions[lo].pos
        return (self.text[got[0] : got[1]], got[0]) if got else None

    def _zero_subject(self, toks: list[Token], v: int) -> bool:
        """True for a Romance clause with no subject before its speech verb: a fronted
        adjunct, then only lower-case words ("All'uscita si è limitato a dire:", "À saída,
        limitou-se a dizer:"); the verb then goes on with the person named before."""
        if not toks or v < 2:
            return False
        first = toks[0][0]
        if fw.ELIDED_PREP_RE.match(first):
            k = 1
        elif first.lower() in fw.FRONT_PREPS or self._fronted_phrase(toks):
            k = next((c + 1 for c in range(1, min(v, 12)) if toks[c][0] == ","), 0)
            if not k:
                return False
        else:
            return False
        return k < v and all(t[0].islower() for t in toks[k:v])

    def _object_then_colon(self, toks: list[Token], after: int, clause: str) -> bool:
        """True when a Romance speech verb with no subject of its own is followed by a name
        and the clause ends on a colon: "Une perspective qui inquiète Josiane Perrin : « »"."""
        return (
            clause.rstrip().endswith(":")
            and toks[after - 1][0].lower() not in _EN_VERBS
            and after < len(toks)
            and toks[after][0][:1].isupper()
        )

    def _according_run(self, toks: list[Token], v: int) -> tuple[int, int] | None:
        """The person after "selon"/"para"/"secondo" at token v: the first name run, the
        pronoun ("Pour lui, « … »"), or an unnamed one as written ("Selon un cadre, qui …")."""
        if v + 2 == len(toks) and toks[v + 1][0].lower() in _HE_SHE:
            return toks[v + 1][1], toks[v + 1][2]
        run = self._first_name_run(toks, v + 1)
        # (or right before the quotation, its comma gone: "Secondo la pm, «…»", "Segundo o
        # técnico, “…”": the role noun, which the resolver maps to the person introduced with it)
        if run is None and (v + 3 == len(toks) or (v + 3 < len(toks) and toks[v + 3][0] == ",")):
            dutch = toks[v + 1][0] in ("de", "het") and language() == "dutch"
            if (toks[v + 1][0] in _ARTICLE or dutch) and toks[v + 2][0].isalpha():
                return toks[v + 1][1], toks[v + 2][2]  # (and "Volgens de politie ‘…’")
        return run

    def _colon_speaker(self, toks: list[Token]) -> tuple[int, int] | None:
        """The speaker of a Romance clause before a colon that names them outside its subject:
        a noun of speech and whose it is ("Réponse de l'élue :", "Replica del sindaco:"), or
        the name a relative clause is about ("… por Samu Silva, que dedicou o golo ao pai:")."""
        # "Réponse de l'élue : « … »", "Replica del sindaco:": a noun of speech and whose
        if len(toks) <= 8 and toks[0][0].lower() in fw.SPEECH_NOUNS and len(toks) >= 2:
            k = 2 if toks[1][0].lower() in fw.OF_WORDS else 1
            if toks[1][0][:2].lower() in ("d'", "d’"):
                return toks[1][1] + 2, toks[-1][2]  # "Réaction d'Ana Ruiz :"
            if k == 2 and k < len(toks):
                # (a fused article stays with its noun: "del sindaco", "du maire")
                fused = toks[1][0].lower() in _FUSED
                return self._first_name_run(toks, k) or (toks[1 if fused else k][1], toks[-1][2])
        # "… marcado por Samu Silva, que dedicou o golo ao pai: «…»": the name a Romance
        # relative clause is about
        for c in range(len(toks) - 2, 1, -1):
            if (
                toks[c][0] == ","
                and toks[c + 1][0].lower() in _WHO
                and toks[c - 1][0][:1].isupper()
            ):
                b = c - 1
                while b > 0 and toks[b - 1][0][:1].isupper():
                    b -= 1
                if c - b >= 2:
                    return toks[b][1], toks[c - 1][2]
                break
        return None
