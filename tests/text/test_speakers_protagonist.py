"""A Romance profile's free-standing quotation paragraphs are its subject's, in all four
Romance languages by one rule (``speakers/protagonist.py``). Invented passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    (
        # Spanish: a first-person paragraph after a plain one is the subject's the opening
        # names (quoted elsewhere), even when they were quoted only once
        "Remedios Alcántara arregla relojes en la calle Mayor de Tobarra desde 1987.\n\n"
        "«Un reloj parado también dice la hora dos veces al día», bromea la relojera.\n\n"
        "El taller huele a aceite fino y a madera vieja. En las paredes cuelgan más de cien "
        "relojes de péndulo, casi todos de vecinos del pueblo que nunca vinieron a buscarlos, "
        "y sobre la mesa de trabajo hay lupas, pinzas y cajas de tornillos diminutos.\n\n"
        "«Yo empecé con mi abuelo, que no me dejaba tocar nada hasta los doce años.»",
        [("Un reloj parado", "Remedios Alcántara"), ("Yo empecé con", "Remedios Alcántara")],
    ),
    (
        # French: a paragraph with no first-person word after a plain paragraph, in a portrait
        # whose subject has most of the quotations
        "Le luthier de la rue Haute\n\n"
        "Bastien Maréchal répare des violons depuis 1998. « Chaque instrument a une voix », "
        "dit Bastien Maréchal. « Il faut l'écouter avant de toucher au bois », ajoute-t-il. "
        "« Le reste, c'est de la patience », sourit-il.\n\n"
        "L'atelier sent la colle chaude et le vernis.\n\n"
        "« Les clients pressés repartent souvent avec un instrument qui sonne faux. »",
        [("Les clients pressés", "Bastien Maréchal")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_profile_subject_speaks_free_standing_paragraphs(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
