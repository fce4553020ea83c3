"""Speakers on short invented French and Portuguese passages, one general shape each (batch
frpt11): a noun of a decade of life ("l'octogénaire", "o septuagenário") standing for the one
person introduced with an age in that decade. Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE as _FR_MORE
from tests.text.speaker_cases import PT_MORE as _PT_MORE
from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # "l'octogénaire" after "Josette Perrin, 83 ans", with a judge named in between; an
        # adjunct after the noun
        "Le tribunal de Vannes a jugé mardi un ancien conseiller bancaire.\n\n"
        "Parmi les victimes, Josette Perrin, 83 ans, a perdu toutes ses économies. Elle a "
        "raconté la scène à la présidente, Claire Dubois.\n\n"
        "« Il venait manger chez moi le dimanche », a confié l'octogénaire à la sortie de "
        "l'audience." + _FR_MORE,
        [("Il venait manger", "Josette Perrin")],
    ),
    (
        # "La trentenaire" opening the sentence before a lone quotation, two people aged apart
        "« Une vraie lettre, avec un timbre », précise Lucie Marin, 34 ans, qui met en scène "
        "la pièce. Son père, Paul Marin, 71 ans, tient le rôle principal.\n\n"
        "« Au début, j'ai hésité », avoue ce dernier.\n\n"
        "La trentenaire ne s'en cache pas. « Je savais très bien ce que je faisais. »" + _FR_MORE,
        [
            ("Une vraie lettre", "Lucie Marin"),
            ("Je savais", "Lucie Marin"),
        ],
    ),
    (
        # Portuguese: "o septuagenário" after "Joaquim Sousa, de 74 anos", his daughter of 45
        # named since
        "O incêndio destruiu três casas na aldeia de Vale Fundo durante a madrugada.\n\n"
        "Entre os desalojados está Joaquim Sousa, de 74 anos, reformado. A filha, Ana Sousa, "
        "de 45 anos, mora em Lisboa.\n\n"
        "«Ardeu tudo menos a vontade», diz agora o septuagenário." + _PT_MORE,
        [("Ardeu tudo", "Joaquim Sousa")],
    ),
]


@pytest.mark.parametrize("case", SHAPES)
def test_shape_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
