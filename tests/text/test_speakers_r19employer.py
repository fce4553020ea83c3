"""Someone named, then in commas a Romance "of"/"from" and where they work or come from, then
the verb ("El politólogo X, de la Universidad de Y, lo tiene claro: «…»", "O geólogo X, do
Centro Y (CY), considerou que …", "Le géologue X, de l'Institut Y, qui …, estime que …", "Il
geologo X, dell'Istituto Y, che …, ritiene che …"): the person speaks, never the employer's
name the clause ends on before the verb or the colon (French, Spanish, Italian, Portuguese).
Invented passages.

Guards: an age in commas is no employer ("Eva X, de 30 años, vecina del barrio, explicó:");
a name after "dirigido por" inside a noun's phrase is no subject ("El estudio, dirigido por
X, de la Universidad de Y, concluye que …" is no one's, as before it was the university's).
"""

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
    all_right,
)

EMPLOYER: list[Case] = [
    (
        ES_OPEN + "El politólogo Anselmo Querejeta, de la Universidad de Villacorta, lo tiene "
        "claro: «La clave ha sido el voto de los barrios nuevos»." + ES_MORE,
        [("La clave ha sido el voto", "Anselmo Querejeta")],
    ),
    (
        ES_OPEN + "El economista Anselmo Querejeta, de la Universidad de Villacorta, que no ha "
        "participado en el estudio, recuerda que los datos “son todavía muy preliminares”."
        + ES_MORE,
        [("son todavía muy preliminares", "Anselmo Querejeta")],
    ),
    (
        "O geólogo Anselmo Queirós, do Centro de Vigilância Sísmica do Minho (CVSM), "
        "considerou que a atividade registada é “normal numa região como esta”." + PT_MORE,
        [("normal numa região como esta", "Anselmo Queirós")],
    ),
    (
        "Le géologue Anselme Quérel, de l'Institut de physique de Valgrange, qui suit la région "
        "depuis vingt ans, estime que l'activité est « normale pour une région comme "
        "celle-ci »." + FR_MORE,
        [("normale pour une région", "Anselme Quérel")],
    ),
    (
        IT_OPEN + "Il geologo Anselmo Quercioli, dell'Istituto di geofisica di Valcorta, che "
        "segue la zona da vent'anni, ritiene che l'attività sia «normale per una regione come "
        "questa»." + IT_MORE,
        [("normale per una regione", "Anselmo Quercioli")],
    ),
]

EMPLOYER_GUARDS: list[Case] = [
    # an age in commas: the name before it, as before
    (
        ES_OPEN + "Eva Gil, de 30 años, vecina del barrio, explicó: «Aquí nadie duerme desde el "
        "lunes»." + ES_MORE,
        [("Aquí nadie duerme", "Eva Gil")],
    ),
    # a name inside the phrase of a noun that is the subject: no one (never the university)
    (
        ES_OPEN + "El estudio, dirigido por Anselmo Querejeta, de la Universidad de Villacorta, "
        "concluye que los datos “son todavía muy preliminares”." + ES_MORE,
        [("son todavía muy preliminares", None)],
    ),
]


@pytest.mark.parametrize("case", EMPLOYER, ids=lambda c: c[0][40:80])
def test_employer_in_commas_after_a_name(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", EMPLOYER_GUARDS, ids=lambda c: c[0][40:80])
def test_employer_in_commas_guards(case: Case) -> None:
    all_right([case])
