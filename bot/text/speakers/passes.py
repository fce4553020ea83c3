"""The pass over one text's quotations that turns raw speaker phrases into the names shown
(private to ``resolve.py``, whose ``Resolver`` reads each phrase).

Quotation by quotation: one that shares another's speaker takes it; a phrase is resolved, then
made whole (a body's full name, "X & Y", a person's fuller name) and checked against the
quotation before (a body's pronoun, someone unnamed speaking on); Italian and Portuguese
"secondo X" sentences lend their source to a bare quotation after them; dash dialogue turns
alternate; and a piece that shares a later piece's speaker takes it last.
"""

from __future__ import annotations

import re

from bot.text.speakers.asked_leads import asked_lead
from bot.text.speakers.dashes import dialogue_line, resumed_speaker
from bot.text.speakers.descriptions import (
    described_before,
    description_at,
    description_of_quote,
    newcomer_speaker,
)
from bot.text.speakers.marks import Span
from bot.text.speakers.orgs import ampersand_name
from bot.text.speakers.orgs_germanic import nominative_body, paired_body
from bot.text.speakers.people import People
from bot.text.speakers.pronouns import body_pronoun
from bot.text.speakers.raw import Raw
from bot.text.speakers.reading import language
from bot.text.speakers.romance_people import fuller_name
from bot.text.speakers.short_bodies import agency_acronym, company_quoted_before, full_body
from bot.text.speakers.sources_romance import same_source
from bot.text.speakers.speech_acts import speech_act_lead

# a verb of asking between someone new and the quotation: the one quoted before answers
_ASKING_RE = re.compile(
    r"\b(?:ask(?:s|ed)?|question(?:s|ed)|pregunt\w*|chies\w*|chied\w*|domand\w*|pergunt\w*"
    r"|demand\w*|interrog\w*|fragt\w*|gefragt|vroeg|vraagt|gevraagd)\b",
    re.IGNORECASE,
)
# "asked not to be named", "asked that her name not be used": a plea, no question
_NOT_ASKING_RE = re.compile(r" (?:not|that|to|for anonymity|que no|di non|para não|nicht)\b")


class SpeakerPass:
    """``speakers`` of ``Resolver``; the resolver provides the rules it calls."""

    spans: list[Span]
    people: People

    def raw_speakers(self) -> list[Raw]:  # provided by ``Attributor``
        raise NotImplementedError

    def _cited_before(self, idx: int, orgs: list[str]) -> str | None:
        """In Italian or Portuguese text, the body or person an "according to" phrase of the
        quotation's paragraph cites by a name written there, else None."""
        if language() not in ("italian", "portuguese"):
            return None
        according = self._according_before(idx, self.spans[idx].open_at, orgs)
        if not according:
            return None
        open_at = self.spans[idx].open_at
        para_start = self.people.text.rfind("\n", 0, open_at) + 1
        return according if according.split()[-1] in self.people.text[para_start:open_at] else None

    def _quoted_before(self, idx: int, result: list[str | None]) -> str | None:
        """The speaker of the quotation before ``idx`` when it stands in the same paragraph
        or the one before, else None."""
        if idx == 0 or self.spans[idx - 1].paragraph < self.spans[idx].paragraph - 1:
            return None
        return result[idx - 1]

    def _asked_answer(
        self, idx: int, raw: Raw, result: list[str | None], orgs: list[str]
    ) -> str | None:
        """The speaker of a quotation led in by the question its speaker was asked and a
        clause naming no one (``asked_leads``): the pronoun's person, else the speaker of the
        quotation before; None when it is no such quotation."""
        span = self.spans[idx]
        text = self.people.text
        lo = max(0, span.open_at - 400)  # (a lead-in is one sentence: a bounded read)
        head = text[lo : span.open_at].rstrip()
        if not head.endswith(":"):
            return None
        colon = lo + len(head) - 1
        start = self.people._sentence_start(colon)
        if colon - start > 400:
            return None
        asked, pronoun = asked_lead(text, start, colon)
        if not asked:
            return None
        if raw.phrase is not None and not start <= raw.pos < text.rfind(",", start, colon):
            return None  # (a phrase the rules read outside the question: theirs)
        if pronoun is not None:
            return self._resolve(Raw(text[pronoun[0] : pronoun[1]], pronoun[0]), orgs)
        return self._quoted_before(idx, result)

    def _subject_after(self, raw: Raw, idx: int) -> tuple[str, int] | None:
        """The description of someone new that the quotation ``idx`` belongs to when it stands
        after the phrase ``raw`` in that phrase's own sentence (the subject after its verb, a
        fronted phrase before it), else None."""
        new = description_of_quote(self.people, self.spans[idx].open_at)
        if new is None or new[1] <= raw.pos:
            return None
        return new if self.people._sentence_start(new[1]) <= raw.pos else None

    def _asked_before(self, at: int, open_at: int) -> bool:
        """True when someone described at ``at``, in a sentence before the quotation opening
        at ``open_at``, asks a question ("Un periodista le preguntó por el retraso. «…»"): the
        quotation answers it (not "who asked not to be named", nor a question in the
        quotation's own sentence, "Otra vecina pregunta en voz alta: «¿…?»")."""
        text = self.people.text
        if at >= self.people._sentence_start(open_at):
            return False
        return any(
            not _NOT_ASKING_RE.match(text, m.end())
            and not text[max(0, m.start() - 4) : m.start()].endswith("who ")
            for m in _ASKING_RE.finditer(text, at, open_at)
        )

    def _same_source_spoke(self, idx: int, raw: Raw, result: list[str | None]) -> bool:
        """True when "the same source" ("», acrescentou a mesma fonte", "a ajouté la même
        source") goes to the speaker of the quotation before: that one spoke after the source
        first described ("Segundo uma fonte policial, … O porta-voz, Nuno X, … «…», disse.
        «…», acrescentou a mesma fonte." -> Nuno X), or none is described (then no one when
        the quotation before has no speaker either; as written when none stands before)."""
        if not idx or not same_source(raw.phrase or ""):
            return False
        last = result[idx - 1]
        told = result[idx] or ""
        if told.lower() == (raw.phrase or "").strip().lower():
            return True  # as written: no source described before
        if last is None or last == told:
            return False
        return self.spans[idx - 1].open_at > self.people.text.rfind(told, 0, raw.pos)

    def speakers(self) -> list[str | None]:
        raws = self.raw_speakers()
        orgs: list[str] = []
        result: list[str | None] = [None] * len(raws)
        unsaid: dict[int, str | None] = {}  # what a dialogue turn replaced
        for idx, raw in enumerate(raws):
            if raw.inherited is not None and raw.inherited > idx:
                # a piece that would share a later one's speaker: first, someone new whose
                # description opens the sentence before it ("Davanti alla vetrina, una cliente
                # storica si asciuga gli occhi. «…»" before "«…», dice un anziano")
                new = description_of_quote(self.people, self.spans[idx].open_at)
                if new is not None:
                    result[idx] = newcomer_speaker(new, lambda r: self._resolve(r, orgs))
            elif raw.inherited is not None:
                result[idx] = result[raw.inherited]
                open_at = self.spans[idx].open_at
                new = description_of_quote(self.people, open_at)
                if (
                    new is not None
                    and new[1] > self.spans[raw.inherited].close_end
                    # (not one who asks, "Un periodista le preguntó por el retraso. «No hay
                    # retraso»": the answer of the one quoted before)
                    and not self._asked_before(new[1], open_at)
                ):
                    # "«A», dijo X. Sin embargo, un asesor, que habló …, reconoció que la
                    # derrota fue «…»": someone new, described after the quotation it would
                    # go on from, leads into this one
                    result[idx] = newcomer_speaker(new, lambda r: self._resolve(r, orgs))
            elif speech_act_lead(raw.phrase):
                # "Une promesse, tout de même : « … »": what is said; the one quoted before
                result[idx] = self._quoted_before(idx, result)
            elif (asked := self._asked_answer(idx, raw, result, orgs)) is not None:
                # "Preguntado por si …, no duda: «…»": the answer of the one asked
                result[idx] = asked
            elif raw.phrase is not None and raw.written:
                result[idx] = raw.phrase  # someone new by their role, never a name before
            elif raw.phrase is not None and (new := self._subject_after(raw, idx)) is not None:
                # "Nüchterner sah es eine ältere Kirchgängerin, …: „…“": the phrase a rule read
                # opens the sentence whose subject, after its verb, is someone new
                result[idx] = newcomer_speaker(new, lambda r: self._resolve(r, orgs))
            elif raw.phrase is not None:
                result[idx] = self._with_neighbours(idx, raws, result, orgs)
                if result[idx] is None:
                    # a phrase no rule could name: the first word of a description of
                    # someone new ("Einer der jüngeren Schützen, der …, nimmt …: „…“"), or an
                    # epithet standing for one ("Ein Autofahrer … . „…“, sagte der 52-Jährige")
                    result[idx] = description_at(self.people, raw.pos) or described_before(
                        self.people, raw.pos, raw.phrase
                    )
                if speech_act_lead(result[idx]):
                    result[idx] = self._quoted_before(idx, result)  # "Een belofte doet hij: '…'"
                # "El Almenara" after "La Unión Deportiva Almenara anunció", "Het Ouderplatform"
                # after "het Ouderplatform Dyslexie Limburg": the full name
                result[idx] = full_body(self.people.text, raw.pos, result[idx])
                result[idx] = ampersand_name(self.people.text, raw.pos, result[idx])
                result[idx] = agency_acronym(result[idx])  # "agence de presse X MNA": MNA
                result[idx] = paired_body(self, raw.pos, result[idx])  # "Bond X en Y"
                # "In einer Mitteilung des Rathauses heißt es": the town hall, "Rathaus"
                result[idx] = nominative_body(result[idx], self.people.text, raw.pos)
                # "Brevane said … “…” ¶ “…,” the company said.": the company quoted before
                result[idx] = (
                    company_quoted_before(self.people, self.spans, idx, result) or (result[idx])
                )
                if result[idx] and result[idx][:1].isupper() and result[idx] not in orgs:
                    # "aseguró" after "Jiménez, visiblemente molesto, …" resolved to the
                    # headline's "Manuel Jiménez": the body's "Manuel Jiménez Ortega"
                    result[idx] = fuller_name(self.people, result[idx], raw.pos)
                if idx and raws[idx - 1].phrase is not None:
                    prev = self.spans[idx - 1].close_end
                    got = body_pronoun(
                        self.people.text, self.people, raw.phrase, raw.pos, result[idx - 1], prev
                    )
                    result[idx] = got or result[idx]  # "Elle" after "l'inspection académique"
                self._remember_epithet(raw, result[idx])
                if self._after_unnamed(idx, raws, result):
                    result[idx] = result[idx - 1]
                if self._same_source_spoke(idx, raw, result):
                    result[idx] = result[idx - 1]
            elif according := self._cited_before(idx, orgs):
                # "Secondo il geologo X, il movimento … «…»": a quotation with no attribution
                # of its own after a sentence of its paragraph citing someone by name is
                # theirs (not "Secondo la polizia, «…»" made into someone named before)
                result[idx] = according
            elif (new := description_of_quote(self.people, self.spans[idx].open_at)) is not None:
                # "Un aficionado, con la bufanda al cuello, resumía: «…»", or a quotation
                # alone after a sentence opening on someone new unnamed: theirs
                result[idx] = newcomer_speaker(new, lambda r: self._resolve(r, orgs))
            turn, whose = dialogue_line(self.people.text, self.spans, idx, result, unsaid)
            if turn:
                unsaid[idx] = result[idx]
                result[idx] = whose  # "—¿Desde el principio? —pregunta X." "—Sí." (the other)
            elif (
                went_on := resumed_speaker(self.people.text, self.spans, idx, result)
            ) is not None:
                result[idx] = went_on  # "—A —explicó la jueza—. B": B is hers too
        for idx in reversed(range(len(raws))):
            # a piece that shares the speaker of a later one (“A.” “B,” she said.), resolved
            # only now that the later one is
            later = raws[idx].inherited
            if later is not None and later > idx and result[idx] is None:
                # (unless its own sentence cites a body or a person: "De acordo com a
                # Associação X, o número … “…”. O seu presidente, Y, pede “…”": the body's)
                result[idx] = self._cited_before(idx, orgs) or result[later]
        return result
