"""Speakers on short invented Spanish, Italian, Portuguese and French passages where the
adjunct after a speech verb holds a name of more than one word that a preposition governs, a
broadcaster or a place ("», explicó en declaraciones a Radio Sur.", "», ha spiegato in
un'intervista a Tele Monte Alto."): the name is where the words were said, not who said them,
so a subject after it is read ("… a Radio Sur la alcaldesa, X"), and with none the subject is
left out and the person before speaks on (``inverted.governed_name``). Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import (
    ES_MORE,
    ES_OPEN,
    FR_MORE,
    IT_MORE,
    IT_OPEN,
    PT_MORE,
    Case,
    outcomes,
)

_ES = (
    ES_OPEN + "Vicente Garrido Ruiz cultiva ocho hanegadas en Benialí, como antes su padre. "
    "«Nos pagan muy poco por el kilo», {}" + ES_MORE
)
_IT = (
    IT_OPEN + "Gianni Ferraro coltiva agrumi a Lentiscosa da quarant'anni. «Ci pagano "
    "pochissimo al chilo», {}" + IT_MORE
)
_PT = (
    "Joaquim Serrão cultiva laranjas em Vale Fundo há quarenta anos. «Pagam-nos muito pouco "
    "pelo quilo», {}" + PT_MORE
)
_FR = (
    "Joël Marchand cultive des pommes à Valbrune depuis quarante ans. « On nous paie trois "
    "fois rien le kilo », {}" + FR_MORE
)

SHAPES: list[Case] = [
    # a broadcaster of two words after "a" and after "con": the subject is left out
    (_ES.format("explicó en declaraciones a Radio Sur."), [("Nos pagan", "Vicente Garrido Ruiz")]),
    (
        _ES.format("contó en una entrevista con Onda Ribera."),
        [("Nos pagan", "Vicente Garrido Ruiz")],
    ),
    # the subject after the broadcaster, and after a place
    (
        _ES.format("explicó en declaraciones a Radio Sur la alcaldesa, Marta Ibarra."),
        [("Nos pagan", "Marta Ibarra")],
    ),
    (_ES.format("dijo en Valencia Marta Ibarra."), [("Nos pagan", "Marta Ibarra")]),
    # an outlet of three words is never the speaker
    (
        _IT.format("ha spiegato in un'intervista a Tele Monte Alto."),
        [("Ci pagano", "Gianni Ferraro")],
    ),
    (_IT.format("ha detto ai microfoni di Radio Valle Verde."), [("Ci pagano", "Gianni Ferraro")]),
    (_PT.format("afirmou em entrevista à Rádio Costa Azul."), [("Pagam-nos", "Joaquim Serrão")]),
    (
        _FR.format("a expliqué sur les ondes de Radio Vallée Bleue."),
        [("On nous paie", "Joël Marchand")],
    ),
    # guards: someone unnamed after the name is not the person before (the Spanish one is
    # read as written; no rule reads the Italian one yet: no one rather than the wrong one)
    (
        _ES.format("afirmó en declaraciones a Radio Sur un técnico de la cooperativa."),
        [("Nos pagan", "un técnico de la cooperativa")],
    ),
    (
        _IT.format(
            "ha commentato a margine dell'incontro a Castelvetro un funzionario della Regione."
        ),
        [("Ci pagano", None)],
    ),
    # guard: a named subject after a place of three words
    (
        _IT.format("ha detto a Porto Santa Lucia la sindaca Elena Corradi."),
        [("Ci pagano", "Elena Corradi")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][-60:])
def test_names_in_the_adjunct_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
