"""Speakers on short invented French and Italian passages: a body named on an elided article
and a capitalized head noun, the rest of its name in lower case, as the subject of a speech
verb ("L’Association des riverains du canal estime que « … »", "L'Unione degli artigiani
sostiene che “…”"), read as "La Fédération des …" is, without its article. A person whose
title names the body ("le président de l’Association …") stays the speaker."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

_FR = (
    "Le prix de l'eau augmente à Saint-Véran\n\n"
    "Le conseil municipal de Saint-Véran a voté lundi une hausse de douze pour cent du prix "
    "de l'eau potable, la première depuis six ans, pour financer la rénovation du réseau.\n\n"
)
_IT = (
    "Rincari dell'acqua a Montalbo\n\n"
    "Il consiglio comunale di Montalbo ha approvato lunedì un aumento del dodici per cento "
    "della tariffa dell'acqua, il primo da sei anni, per rinnovare la rete idrica.\n\n"
)

SHAPES: list[Case] = [
    (
        _FR + "L’Association des riverains du canal estime que « les familles modestes vont "
        "payer pour des années d'imprévoyance ».\n\n"
        "Le maire, Gaspard Lenoir, défendra la mesure jeudi en réunion publique.",
        [("les familles modestes", "Association des riverains du canal")],
    ),
    (
        _IT + "L’Unione degli artigiani sostiene che “le piccole botteghe pagheranno il conto "
        "più salato”.\n\n"
        "Il sindaco, Ettore Valsecchi, presenterà il piano giovedì in assemblea.",
        [("le piccole botteghe", "Unione degli artigiani")],
    ),
]

GUARDS: list[Case] = [
    (
        # the body in a complement of the person's title: the person speaks, not the body
        _FR + "Le président de l’Association des riverains, Hervé Castellane, estime que « les "
        "familles modestes vont payer pour des années d'imprévoyance ».\n\n"
        "Le maire, Gaspard Lenoir, défendra la mesure jeudi en réunion publique.",
        [("les familles modestes", "Hervé Castellane")],
    ),
    (
        # the same with no name: the title as written, not the body in its complement
        _FR + "Le président de l’Association des riverains estime que « les familles modestes "
        "vont payer pour des années d'imprévoyance ».\n\n"
        "Le maire, Gaspard Lenoir, défendra la mesure jeudi en réunion publique.",
        [("les familles modestes", "Le président de l’Association des riverains")],
    ),
]


@pytest.mark.parametrize("case", SHAPES + GUARDS, ids=lambda c: c[0][-60:-30])
def test_elided_body_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
