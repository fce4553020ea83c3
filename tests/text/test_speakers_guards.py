"""Guards written after a review of the rules merged together: each shape once gave a wrong
speaker (invented passages, one per shape)."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

GUARDS: list[Case] = [
    (
        # a first name that is also a preposition ("Ans", "Per") opens a name, not a place
        "Het kabinet heeft dinsdag een nieuw steunpakket goedgekeurd voor de gezinnen die "
        "getroffen zijn door de overstromingen, die honderden huizen in de provincie "
        "verwoestten. \u201eWe hebben niets kunnen redden\u201d, zegt Ans Kuipers.",
        [("We hebben niets", "Ans Kuipers")],
    ),
    (
        # a surname that is also a trade ("Baker", "Farmer") is the person named in full before
        "Former envoy Ruth Farmer criticised the treaty on Tuesday. The agreement was signed "
        "in Oslo. \u201cIt is a mistake and everyone knows it,\u201d Farmer said.",
        [("It is a mistake", "Ruth Farmer")],
    ),
    (
        # "el club" is a sports club the text names, never the government named before
        "El Gobierno aprobó el martes un nuevo paquete de ayudas para las familias afectadas "
        "por la riada, que dejó cientos de casas destruidas en la provincia. \u00abHa sido una "
        "catástrofe para nuestra afición\u00bb, informó el club en un comunicado.",
        [("Ha sido una", "el club")],
    ),
    (
        # "ma" is Italian "but": a quotation holding it does not speak in the first person,
        # so it is not given to a profile's subject quoted twice only
        "Marco Pellizzari fa il pescatore a Cesenatico da quarant'anni e non ha mai pensato di "
        "smettere.\n\n"
        "\u00abIl mare ti insegna la pazienza\u00bb, dice Marco Pellizzari sistemando le reti. "
        "\u00abE anche l'umiltà\u00bb, aggiunge.\n\n"
        "Il nuovo molo promesso dal Comune dovrebbe arrivare entro l'estate, ma in consiglio "
        "comunale l'opposizione resta scettica e parla di un progetto senza copertura.\n\n"
        "\u00abSono promesse vuote, ma i cittadini non ci cascano più.\u00bb",
        [("Sono promesse vuote", None)],
    ),
    (
        # a participle closing the description of someone unnamed is no part of it (the
        # phrase read may stop before its adjunct)
        "La tempête a ravagé la commune dans la nuit de samedi à dimanche, arrachant des "
        "toitures et inondant une centaine de maisons du centre-ville, selon la préfecture. "
        "Les pompiers sont intervenus plus de deux cents fois et une école restera fermée toute "
        "la semaine.\n\nDans les rues, les habitants déblayaient encore la boue dimanche "
        "après-midi. \u00ab On a tout perdu en une nuit \u00bb, témoigne une mère de famille "
        "rencontrée devant la mairie.",
        [("On a tout perdu", "une mère de famille")],
    ),
]


@pytest.mark.parametrize("case", GUARDS, ids=lambda c: c[0][:30])
def test_review_guards(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
