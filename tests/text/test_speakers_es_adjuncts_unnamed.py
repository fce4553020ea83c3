"""Speakers on short invented Spanish passages where someone unnamed, described as written
(``unnamed_esit``), is the subject of a sentence that opens on two adjuncts in commas, and a
quotation after it has a speech verb with no subject of its own ("Mientras tanto, en el
portal, una vecina de la familia, jubilada, repartía café. «…», decía."): the description,
not the person named in the paragraph before (``unnamed_esit.described_after_adjuncts``). Every
speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

# a paragraph before naming someone else, long enough for the language reader
_BEFORE = (
    "La portavoz vecinal, Begoña Urquiza, calificó el desalojo de «una vergüenza para el "
    "barrio» y pidió al Ayuntamiento que busque una solución para las familias antes de que "
    "llegue el invierno, porque según sus datos hay otros siete casos pendientes en la zona.\n\n"
)

SHAPES: list[Case] = [
    (
        # a time adverb and a place in commas, the description with an adjective in commas
        _BEFORE + "Mientras tanto, en la puerta del edificio, un vecino del tercero, "
        "jubilado, ofrecía agua a los agentes. «Aquí no había pasado nunca nada así», "
        "comentaba.",
        [("Aquí no había", "un vecino del tercero")],
    ),
    (
        # two places in commas, a name after "de" and "con" inside them, an age and a relative
        _BEFORE + "En un comedor social de Arganzuela, junto a la estación de Delicias, una "
        "camarera de 52 años que trabaja allí desde hace una década escuchaba la noticia. "
        "«Esto no lo arregla nadie con un decreto», dijo a este diario.",
        [("Esto no lo arregla", "una camarera de 52 años")],
    ),
    (
        # guard: a name in the adjunct that no preposition governs is no adjunct of place
        _BEFORE + "En la puerta, Rosalía Montes, una vecina de 70 años, ofrecía agua a los "
        "agentes. «Aquí no había pasado nunca nada así», comentaba.",
        [("Aquí no había", "Rosalía Montes")],
    ),
    (
        # guard: a definite subject after the adjuncts is no one unnamed; the rule adds nothing
        # and what the other rules read stands
        _BEFORE + "Mientras tanto, en la puerta del edificio, el vecino del tercero ofrecía "
        "agua a los agentes. «Aquí no había pasado nunca nada así», comentaba.",
        [("Aquí no había", "Begoña Urquiza")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][-40:])
def test_described_after_adjuncts_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
