"""A German or Dutch body whose name opens a paragraph before a verb it answers with
("Nordwerk weist die Vorwürfe zurück.", "Rijnbouw ontkent …") is who "das Unternehmen" / "het
bedrijf" stands for in that paragraph (``standins_germanic.answering_body``), by the fuller name the
text gave it before when the opening is a short form. Invented passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    # the name given in full paragraphs before, then a short form opening the answer
    (
        "Der Vermieter der Siedlung am Lindenweg, die Talwerk Wohnen GmbH, will die Mieten "
        "kräftig erhöhen. Die Bewohner sind empört. Viele leben seit Jahrzehnten hier. Einige "
        "haben schon gekündigt. Andere wollen klagen.\n\n"
        "„Das kann sich hier niemand leisten“, sagt Rentnerin Edith Sommer.\n\n"
        "Talwerk weist die Kritik zurück. „Die Häuser sind in einem schlechten Zustand“, "
        "erklärte das Unternehmen auf Anfrage.",
        [("Die Häuser sind", "Talwerk Wohnen GmbH")],
    ),
    # a name the text gives only there
    (
        "Der Gemeinderat von Aarwil hat die neue Buslinie am Montag genehmigt.\n\n"
        "Ostbus begrüsste den Entscheid. Man sei „bereit für den Start“, teilte das "
        "Unternehmen mit.",
        [("bereit für den Start", "Ostbus")],
    ),
    (
        "De gemeente wil de fabriek in Oosterdam sluiten.\n\n"
        "Rijnbouw ontkent de beschuldigingen. ‘Wij hebben ons aan alle regels gehouden’, laat "
        "het bedrijf weten.",
        [("Wij hebben ons", "Rijnbouw")],
    ),
    # guard: a person's surname opening the paragraph is no body
    (
        "Directeur Anna Kolbe van de fabriek in Oosterdam ligt onder vuur.\n\n"
        "Kolbe ontkent de beschuldigingen. ‘Wij hebben ons aan alle regels gehouden’, laat "
        "het bedrijf weten.",
        [("Wij hebben ons", None)],
    ),
    # guard: a noun opening the paragraph before any other verb names no body
    (
        "De gemeente wil de fabriek in Oosterdam sluiten.\n\n"
        "De directie ontkent de beschuldigingen. ‘Wij hebben ons aan alle regels gehouden’, "
        "laat het bedrijf weten.",
        [("Wij hebben ons", "het bedrijf")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_answering_body(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
