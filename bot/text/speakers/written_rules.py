"""Speakers shown as the text writes them, read before any name is looked for (a mixin of
``resolve.Resolver``): someone unnamed the text describes at the phrase ("Un socio di 82
anni, …", "racconta l’infermiera" after "Un’infermiera di 34 anni …", "Il monaco che gestisce
la cucina"), a share of a group ("la mayoría de los vecinos"), a counted group ("mehrere
Zuhörer"), someone carrying something ("een oudere man met een rolkoffer") and "someone" with
the place the voice came from ("alguien desde el público"), and someone on a platform ("un
utente su X").
"""

from __future__ import annotations

import re

from bot.text.speakers.descriptions import anonymous_definite
from bot.text.speakers.fronted import adverb_lead
from bot.text.speakers.germanic_unnamed import counted_people, unnamed_carrying
from bot.text.speakers.people import People
from bot.text.speakers.possessed import share_of_group
from bot.text.speakers.raw import Raw
from bot.text.speakers.reading import language
from bot.text.speakers.restricted_esit import definite_restricted
from bot.text.speakers.someone import earlier_unnamed, someone_unnamed
from bot.text.speakers.unnamed_esit import unnamed_esit

# someone unnamed and the platform they wrote on: "un utente su X", "una usuaria en TikTok",
# "un internaute sur Facebook", "um seguidor no Instagram", "een gebruiker op X"
UNNAMED_ON_RE = re.compile(
    r"(?:un|una|uno|une|um|uma|een) [^\W\d_A-Z][\w'’-]* (?:su|sul|en|sur|no|na|op) [^\W\d_a-z]"
)


def on_platform(phrase: str, words: list[str]) -> str | None:
    """Someone unnamed and the platform they wrote on, as the first two words ("scrive un
    utente su X" -> "un utente"); None for any other phrase (and in English)."""
    if UNNAMED_ON_RE.match(phrase) and language() != "english":
        return " ".join(words[:2])
    return None


class WrittenRules:
    """Unnamed speakers and groups, as written."""

    people: People

    def _described_at(self, raw: Raw) -> str | None:
        """Someone unnamed described where the phrase is, as written; None for no one."""
        lead = adverb_lead(raw.phrase or "")
        # (``_described``: ``neighbours.NeighbourRules``)
        if (someone := self._described(raw.pos + lead)) is not None:  # type: ignore[attr-defined]
            return someone  # "Un socio di 82 anni, …", "una residente di via X"
        if (at := earlier_unnamed(self.people.text, raw.pos, raw.phrase or "")) is not None:
            # "racconta l’infermiera" after "Un’infermiera di 34 anni …": that one
            if (someone := unnamed_esit(self.people.text, at)) is not None:
                return someone.rstrip(".,;:")
        # "Il monaco che gestisce la cucina, …": someone new
        if (someone := definite_restricted(self.people.text, raw.pos)) is not None:
            return someone
        # "El dueño de una conservera, que pidió no ser identificado, …": someone new
        return anonymous_definite(self.people, raw.pos)

    def _group_as_written(self, raw: Raw, phrase: str) -> str | None:
        """A group or someone unnamed the phrase names, as written; None for anything else."""
        if share_of_group(phrase):
            return phrase  # "…», fue la reacción de la mayoría de los vecinos"
        if (carrying := unnamed_carrying(phrase)) is not None:
            return carrying  # "een oudere man met een rolkoffer"
        if counted_people(phrase):
            return phrase  # "riefen mehrere Zuhörer »…«"
        return someone_unnamed(self.people.text, raw.pos, phrase)  # "gritó alguien desde …"
