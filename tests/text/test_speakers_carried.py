"""Speakers on short invented passages in which the person a passage follows is carried over
narration to a quotation standing alone (``carried.py``): "«A», dice X. ¶ Mostra una mela …
«B»", "'A,' zegt ze. ¶ Ze wijst naar … ¶ 'B'". The sentences between open on the verb (the
subject left out) or on a subject pronoun and name no one; someone new, or a definite subject
after a fronted phrase, stops the carrying. Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import ES_MORE, ES_OPEN, FR_MORE, IT_MORE, IT_OPEN, Case, outcomes

_IT_LEAD = (
    IT_OPEN + "La grandine di giugno ha distrutto metà del raccolto nella bassa valle, e molte "
    "aziende non hanno ancora ricevuto i rimborsi promessi dalla Regione.\n\n"
)
_ES_LEAD = (
    ES_OPEN + "La sequía de este año ha dejado sin cosecha a buena parte de los olivares de la "
    "comarca, y las cooperativas piden ayudas urgentes al Gobierno regional.\n\n"
)

SHAPES: list[Case] = [
    (
        # a sentence opening on its verb and its object's article, then the words alone
        _IT_LEAD + "«Così chiudiamo le aziende», dice Mario Bellini, 58 anni, che coltiva mele "
        "su venti ettari.\n\nMostra una mela segnata dalla grandine. «Al mercato questa non la "
        "vuole nessuno.»" + IT_MORE,
        [("Così chiudiamo", "Mario Bellini"), ("Al mercato", "Mario Bellini")],
    ),
    (
        _ES_LEAD + "«Este año no habrá cosecha», resume Antonio Vera, de 61 años, que cultiva "
        "olivos en la sierra.\n\nSaca una aceituna seca del bolsillo. «Mira, no tiene aceite.»"
        + ES_MORE,
        [("Este año", "Antonio Vera"), ("Mira, no tiene", "Antonio Vera")],
    ),
    (
        # a paragraph of narration on a pronoun between two paragraphs of words
        "De weekmarkt in Zwolle krimpt al jaren.\n\nMarktmeester Ria Smit is minder tevreden. "
        "'Er staan twintig kramen leeg,' zegt ze.\n\nZe wijst naar de parkeertarieven, die "
        "vorig jaar fors omhoog gingen.\n\n'Mensen uit de dorpen komen gewoon niet meer.'",
        [("Er staan twintig", "Ria Smit"), ("Mensen uit de dorpen", "Ria Smit")],
    ),
    (
        "Der Wochenmarkt in Lohberg schrumpft seit Jahren.\n\nMarktmeisterin Ria Schmid ist "
        "weniger zufrieden. „Zwanzig Stände stehen leer“, sagt sie.\n\nSie zeigt auf die "
        "Parkgebühren, die im vergangenen Jahr kräftig gestiegen sind.\n\n„Die Leute aus den "
        "Dörfern kommen einfach nicht mehr.“",
        [("Zwanzig Stände", "Ria Schmid"), ("Die Leute aus", "Ria Schmid")],
    ),
    (
        # a short phrase inside a sentence opening on the pronoun
        "La nouvelle présidente du club, Nadège Fourcade, a été élue samedi. « Nous avons du "
        "travail », a-t-elle dit.\n\nElle a salué une campagne « dure mais honnête » face à son "
        "adversaire." + FR_MORE,
        [("Nous avons du", "Nadège Fourcade"), ("dure mais honnête", "Nadège Fourcade")],
    ),
    # guards: someone new in between; a name in between; a subject after a fronted phrase
    (
        _ES_LEAD + "«Este año no habrá cosecha», resume Antonio Vera, de 61 años, que cultiva "
        "olivos en la sierra.\n\nTambién se acercó a la cooperativa un jornalero de la comarca. "
        "«Aquí no queda trabajo para nadie.»" + ES_MORE,
        [("Este año", "Antonio Vera"), ("Aquí no queda", "un jornalero de la comarca")],
    ),
    (
        "De weekmarkt in Zwolle krimpt al jaren.\n\nMarktmeester Ria Smit is minder tevreden. "
        "'Er staan twintig kramen leeg,' zegt ze.\n\nZe belt wethouder Karel Doorn, die de "
        "tarieven vorig jaar verhoogde.\n\n'Mensen uit de dorpen komen gewoon niet meer.'",
        [("Er staan twintig", "Ria Smit"), ("Mensen uit de dorpen", "Karel Doorn")],
    ),
    (
        _ES_LEAD + "«Este año no habrá cosecha», resume Antonio Vera, de 61 años, que cultiva "
        "olivos en la sierra.\n\nPreguntado por las ayudas, el alcalde fue tajante: «No "
        "habrá más dinero este año.»" + ES_MORE,
        # (a mayor the text never names: no one rather than the farmer)
        [("Este año", "Antonio Vera"), ("No habrá más", None)],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][-50:])
def test_carried_over_narration_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
