"""A speech verb or an auxiliary whose subject the sentence leaves out (private to
``resolve.py``).

"«…», ha aggiunto.", "Ha poi aggiunto, rivolto al pubblico: «…»", "«…», explicou.": the
subject of the sentence before when a capital opens the verb ("… o antigo diretor negou.
Disse que era «…»"), the person framing the paragraph ("Para a politóloga X, …"), the subject
of the lone sentence before (a person a first name shows), else the last person named.
"""

from __future__ import annotations

from bot.text.speakers import names as nm
from bot.text.speakers import reading as _reading
from bot.text.speakers.descriptions import description_before, newcomer_speaker
from bot.text.speakers.dropped import ROMANCE_AUX, framing_person
from bot.text.speakers.people import People
from bot.text.speakers.raw import Raw


class LeftOut:
    """The left-out-subject rule of ``Resolver``; the resolver provides the rest."""

    people: People
    text: str

    def _resolve(self, raw: Raw, orgs: list[str]) -> str | None:  # provided by ``Resolver``
        raise NotImplementedError

    def _no_subject(self, phrase: str) -> bool:  # provided by ``Resolver``
        raise NotImplementedError

    def _verb_alone(
        self, phrase: str, words: list[str], low: str, raw: Raw, orgs: list[str]
    ) -> tuple[bool, str | None]:
        """(True, the speaker) for a phrase that is a speech verb or a Romance auxiliary alone
        or ending on one ("ha aggiunto", "Ha poi aggiunto"); (False, None) for any other."""
        if not (
            low in nm.SPEECH_VERBS
            # "Ha poi aggiunto, rivolto al pubblico: «…»": a Romance auxiliary opening a
            # sentence whose subject is left out
            or (low in ROMANCE_AUX and words[0][:1].isupper() and _reading.romance_text())
            # (not a capitalized noun after its article: "Il Garante" is no Portuguese verb)
            or (
                nm.bare(words[-1]) in nm.SPEECH_VERBS
                and not (len(words) > 1 and words[-1].istitle())
            )
            or self._no_subject(phrase)
        ):
            return False, None
        # », ha aggiunto.: the last person (one a first name shows first: "… Carmen Ruiz,
        # che ha vinto due Targhe Tenco. «…», racconta.")
        back = self._dropped_back(raw.pos) if words[0][:1].isupper() else None  # type: ignore[attr-defined]
        who = self._resolve(Raw(*back), orgs) if back is not None else None
        if who is not None and who[:1].isupper():
            return True, who  # "… o antigo diretor negou. Disse que era «…»": that subject
        if (framed := framing_person(self, raw.pos)) is not None:
            return True, framed  # "Para a politóloga X, … é clara. «…», explicou."
        if (new := description_before(self.people, raw.pos, None)) is not None:
            # "Uno di loro, un fornaio …, accetta di parlare. «…», dice.": theirs
            return True, newcomer_speaker(new, lambda r: self._resolve(r, orgs))
        lone = self._lone_dropped(raw.pos) if not words[0][:1].isupper() else None  # type: ignore[attr-defined]
        who = self._resolve(Raw(self.text[lone[0] : lone[1]], lone[0]), []) if lone else None
        if who is not None and self.people.genders(who):
            # "… Elena X. Lei ha promesso … ¶ «…», ha assicurato.": the sentence before's
            # subject (a person a first name shows)
            return True, who
        return True, (
            self.people.antecedent(raw.pos, None, known=True)
            or self.people.antecedent(raw.pos, None)
        )
