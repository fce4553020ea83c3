"""Speakers on short invented passages in seven languages where a definite role noun's
complement opens on an indefinite article ("ammette il titolare di una trattoria", "seufzt der
Inhaber eines Möbelgeschäfts", "admite el dueño de un bar"): a role at a place the text brings
in now, someone new, shown as written, never the person named before (``place_holders``,
``holders``). Every speaker exact."""

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

SHAPES: list[Case] = [
    (
        "Bypass work begins\n\nMayor Paul Garner defended the bypass plan at the council meeting on Monday. “The works will take two years,” he said.\n\n“We have lost half our trade,” sighed the owner of a furniture shop on the high street.",
        [("The works", "Paul Garner"), ("We have lost", "the owner of a furniture shop")],
    ),
    (
        "Les commerçants inquiets\n\nLe maire, Paul Girard, a défendu le projet de contournement devant le conseil municipal lundi soir. « Le chantier durera deux ans », a-t-il dit.\n\n« Depuis ce matin, j'ai eu quatre clients », soupire le gérant d'un magasin de meubles."
        + FR_MORE,
        [("Le chantier", "Paul Girard"), ("Depuis ce matin", "le gérant d'un magasin de meubles")],
    ),
    (
        ES_OPEN
        + "El alcalde, Pablo Girón, defendió el proyecto de la circunvalación ante el pleno. «La obra durará dos años», dijo.\n\n«Hemos perdido la mitad de la caja», admite el dueño de un bar de la plaza."
        + ES_MORE,
        [("La obra", "Pablo Girón"), ("Hemos perdido", "el dueño de un bar de la plaza")],
    ),
    (
        IT_OPEN
        + "Il sindaco, Paolo Giraldi, ha difeso il progetto della tangenziale in consiglio comunale. «Il cantiere durerà due anni», ha detto.\n\n«I clienti all'inizio storcevano il naso», ammette il titolare di una trattoria sull'argine."
        + IT_MORE,
        [("Il cantiere", "Paolo Giraldi"), ("I clienti", "il titolare di una trattoria")],
    ),
    (
        "O presidente da câmara, Paulo Girão, defendeu o projeto da variante na assembleia municipal. «A obra vai durar dois anos», disse.\n\n«Perdemos metade da faturação», admite o dono de um café da praça."
        + PT_MORE,
        [("A obra", "Paulo Girão"), ("Perdemos", "o dono de um café da praça")],
    ),
    (
        "Bau der Umgehung beginnt\n\nBürgermeister Paul Gerber verteidigte am Montag im Gemeinderat die Pläne für die Umgehungsstraße. „Der Bau dauert zwei Jahre“, sagte er.\n\n„Wir haben die Hälfte verloren“, seufzt der Inhaber eines Möbelgeschäfts in der Hauptstraße.",
        [("Der Bau", "Paul Gerber"), ("Wir haben die", "der Inhaber eines Möbelgeschäfts")],
    ),
    (
        "Bouw rondweg begint\n\nBurgemeester Paul Gerritsen verdedigde maandag het plan voor de rondweg in de gemeenteraad. 'De bouw duurt twee jaar,' zei hij.\n\n'We zijn de helft kwijt,' zucht de eigenaar van een meubelzaak aan de Dorpsstraat.",
        [
            ("De bouw", "Paul Gerritsen"),
            ("We zijn de helft", "de eigenaar van een meubelzaak aan de Dorpsstraat"),
        ],
    ),
    # guard: a role at a place the text named with its holder is that holder
    (
        IT_OPEN + "Il sindaco di Borgoverde, Paolo Giraldi, ha difeso il progetto della "
        "tangenziale in consiglio comunale.\n\n«Il cantiere durerà due anni», ha detto il "
        "sindaco di Borgoverde." + IT_MORE,
        [("Il cantiere", "Paolo Giraldi")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:40])
def test_role_at_a_new_place_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
