"""Speakers on short invented German passages where a quotation follows "In einer
(schriftlichen) Stellungnahme heißt es weiter:" (``germanic_statements``): the body the
sentence before opens on, with an adverb after "es", and also when that body is named with no
article ("Wohnfix Versand räumte … ein."); never a person. Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

_TAIL = (
    "„Alle berechtigten Ansprüche werden wir großzügig regeln.“ Kunden können den Topf in "
    "jeder Filiale zurückgeben."
)

SHAPES: list[Case] = [
    (
        "Rückruf beim Discounter\n\nDie Handelskette Kornmarkt hat am Montag einen "
        "Schnellkochtopf zurückgerufen. Der Deckel könne sich unter Druck lösen, räumte das "
        "Unternehmen ein. In einer schriftlichen Stellungnahme heißt es weiter: " + _TAIL,
        [("Alle berechtigten", "Handelskette Kornmarkt")],
    ),
    (
        "Rückruf beim Versandhändler\n\nKunden warten seit Wochen auf ihre Möbel. Wohnfix Versand "
        "räumte auf Anfrage Lieferprobleme ein. "
        "In einer schriftlichen Stellungnahme heißt es weiter: " + _TAIL,
        [("Alle berechtigten", "Wohnfix Versand")],
    ),
    # guard: a person opens the sentence before: no one, the document is not theirs to say
    (
        "Rückruf beim Versandhändler\n\nKunden warten seit Wochen auf ihre Möbel. Anna Brückner "
        "räumte auf Anfrage Lieferprobleme ein. "
        "In einer schriftlichen Stellungnahme heißt es weiter: " + _TAIL,
        [("Alle berechtigten", None)],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:40])
def test_statement_after_adverb_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
