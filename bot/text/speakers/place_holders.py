"""The holder of a Romance role of a place or a body (private to ``resolve.py``).

"recorda o antigo presidente da junta de X", "ha detto il sindaco di Lecce", "le directeur
général des services": the role before its place is resolved on its own ("o antigo
presidente") and kept for the person the text introduced with it only when that person
holds it for that place (``role_places``); else the phrase is shown as written.
"""

from __future__ import annotations

from bot.text.speakers.orgs_romance import body_noun
from bot.text.speakers.people import People
from bot.text.speakers.raw import Raw
from bot.text.speakers.reading import language, romance_text
from bot.text.speakers.role_places import named_near, other_office, other_place, same_complement
from bot.text.speakers.roles import role_at_new_place, role_before_place
from bot.text.speakers.written import as_written


class PlaceHolders:
    """The role-of-a-place rule of ``Resolver``; the resolver provides the rest."""

    people: People

    def _resolve(self, raw: Raw, orgs: list[str]) -> str | None:  # provided by ``Resolver``
        raise NotImplementedError

    def _role_of_place(
        self, words: list[str], phrase: str, raw: Raw, orgs: list[str]
    ) -> tuple[bool, str | None]:
        """(True, the holder or the phrase as written) for a Romance role before its place
        or body ("o antigo presidente da junta de X"); (False, None) for any other phrase."""
        cut = role_before_place(words) if romance_text() else None
        if not cut or body_noun(cut.split()) is not None:
            return False, None
        if role_at_new_place(phrase):
            # "il titolare di una trattoria", "el dueño de un bar": a role at a place the text
            # brings in now, someone new, as written (never the holder named before)
            return True, as_written(words, phrase, limit=10)
        # "recorda o antigo presidente da junta de X": the role's holder, not the place X
        who = self._resolve(Raw(cut, raw.pos), orgs)
        known = bool(who) and who[:1].isupper() and self.people.mentioned(who)
        place = [w for w in words[len(cut.split()) :] if w[:1].isupper()]
        if known and place and other_place(self.people.text, who, cut, place[-1], raw.pos):
            known = False  # "Il sindaco di Lecce" after "Il sindaco di Bari, X": not X
        if known and place and language() in ("spanish", "italian"):
            # (Spanish and Italian: only the holder the text named with that place, "El
            # presidente del Gobierno" is not "El presidente catalán, X" named before)
            known = named_near(self.people.text, who, place[-1], raw.pos, cut)
        elif known and place and language() == "portuguese":
            # (Portuguese: not one the text gave another office far from that place, "o
            # governador do Amazonas" is not "o presidente do Caprichoso, X")
            introduced = self._introduced  # type: ignore[attr-defined]
            known = named_near(self.people.text, who, place[-1], raw.pos, cut) or not (
                other_office(introduced(), who, cut, raw.pos)
            )
        if known and not place and who:
            # "le directeur général des services" is not "son directeur de campagne, X":
            # a complement of common nouns holds only for the one introduced with it
            known = same_complement(self.people.text, who, cut, words[len(cut.split()) :], raw.pos)
        # (a role of a role shown whole: "le directeur de cabinet du préfet de la Gironde")
        return True, (who if known else as_written(words, phrase, limit=10))
