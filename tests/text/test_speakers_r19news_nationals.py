"""English nationality epithets ("added the Swede") point back to a person named before, but
not to one the text has already called by another nationality: "Ola Berg says Ivo Brandt is
out after the Dutchman hurt his knee. '…,' added the Swede" is Berg's
(``nationalities.other_nationals``: the person named last in the other epithet's sentence, no
subject). Near misses: an epithet opening its sentence ("The Spaniard needed three sets …") or
after the subject alone ("Berg said the Dutchman …") rules no one out, nor a nationality
adjective before a noun ("the Czech Republic", "the American market")."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import speaker_of

EN_MORE = (
    "\n\nThe club will publish its squad for the cup tie on Friday, and tickets for the home "
    "game go on sale to members next week."
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # the Swede is not the player just called the Dutchman
            "Ola Berg has confirmed Ivo Brandt will miss Sporting Lisboa's home game on Sunday "
            "after the Dutchman hurt his knee in training. Brandt, who scored twice last week, "
            "should be back for the derby. 'Ivo is out for Sunday but he will be fine for the "
            "derby,' added the Swede." + EN_MORE,
            "Ivo is out for Sunday",
            "Ola Berg",
        ),
        (  # near miss: an epithet opening its sentence rules no one out
            "Marisol Ybarra beat Hanne Kessler in the Porto final on Sunday for her first "
            "trophy since 2019.\n\n"
            "The 31-year-old Spaniard needed three sets. Kessler was the stronger hitter but "
            'made too many errors. "I was nervous from the first point to the last," said the '
            "German." + EN_MORE,
            "I was nervous from the first point",
            "Hanne Kessler",
        ),
        (  # near miss: the only person before the other epithet is its sentence's subject
            "Ola Berg said the Dutchman would miss Sunday's game with a knee injury. 'We will "
            "manage without him,' added the Swede." + EN_MORE,
            "We will manage without him",
            "Ola Berg",
        ),
        (  # near miss: "the Czech Republic" is a country, no one called a Czech
            "Organisers said they had booked Lucia Ferrer for an exhibition match in the Czech "
            'Republic in May. "I am looking forward to playing there," said the Spaniard.'
            + EN_MORE,
            "I am looking forward to playing there",
            "Lucia Ferrer",
        ),
        (  # near miss: "the American market": an adjective before its noun, no one
            'The company appointed Rita Moraes to lead the American market. "We have tripled '
            'our orders," said the Brazilian.' + EN_MORE,
            "We have tripled our orders",
            "Rita Moraes",
        ),
    ],
)
def test_nationality_epithets(text: str, head: str, speaker: str) -> None:
    assert speaker_of(text, head) == speaker
