"""Speakers on short invented Portuguese and Italian passages, one general shape each (batch
sp-ptit5): an organisation reporting through a note, long institution names, genders given by
a Romance article and role noun, and the like. Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # "em nota" between the verb and "que" is a noun, not the verb "nota"
        "A escola fechou mais cedo. O Sindicato dos Professores do Norte informou, em nota, que "
        "«vai pedir uma reunião com o ministério ainda esta semana».",
        [("vai pedir uma reunião", "O Sindicato dos Professores do Norte")],
    ),
    (
        # an institution's name over several Romance prepositions stays whole
        "Em comunicado, a Procuradoria Regional da Zona Sul de Setúbal indicou que «o inquérito "
        "segue em segredo de justiça até ao fim do mês».",
        [("o inquérito segue", "Procuradoria Regional da Zona Sul de Setúbal")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:30])
def test_shape_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
