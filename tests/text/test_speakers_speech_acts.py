"""Speakers on short invented passages in seven languages where an indefinite phrase on a
noun for a speech act leads into the words ("Une promesse, tout de même : « … »", "Ein
Versprechen gibt es trotzdem: „…“", ``speech_acts.py``): what is said, never who says it; the
words go on with the person quoted just before, else no one. Every speaker exact."""

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
        "Un nouveau départ\n\n"
        + "The new mayor, Paul Garner, took office on Monday. “I prefer to be honest,” he says. "
        "One promise, though: “I will not leave before the end of my term.”",
        [("I prefer", "Paul Garner"), ("I will not leave", "Paul Garner")],
    ),
    (
        "Un nouveau départ\n\n"
        + "Le nouveau maire, Paul Girard, a pris ses fonctions lundi. « Je préfère être honnête », explique-t-il. "
        "Une promesse, tout de même : « Je ne partirai pas avant la fin du mandat. »" + FR_MORE,
        [("Je préfère", "Paul Girard"), ("Je ne partirai pas", "Paul Girard")],
    ),
    (
        "Un nouveau départ\n\n"
        + ES_OPEN
        + "El nuevo alcalde, Pablo Girón, tomó posesión el lunes. «Prefiero ser honesto», explica. "
        "Una promesa, eso sí: «No me iré antes del final del mandato.»" + ES_MORE,
        [("Prefiero", "Pablo Girón"), ("No me iré", "Pablo Girón")],
    ),
    (
        "Un nouveau départ\n\n"
        + IT_OPEN
        + "Il nuovo sindaco, Paolo Giraldi, si è insediato lunedì. «Preferisco essere onesto», spiega. "
        "Una promessa, comunque: «Non me ne andrò prima della fine del mandato.»" + IT_MORE,
        [("Preferisco", "Paolo Giraldi"), ("Non me ne andrò", "Paolo Giraldi")],
    ),
    (
        "Un nouveau départ\n\n"
        + "O novo presidente da câmara, Paulo Girão, tomou posse na segunda-feira. «Prefiro ser honesto», explica. "
        "Uma promessa, ainda assim: «Não saio antes do fim do mandato.»" + PT_MORE,
        [("Prefiro", "Paulo Girão"), ("Não saio", "Paulo Girão")],
    ),
    (
        "Un nouveau départ\n\n"
        + "Der neue Bürgermeister Paul Gerber hat am Montag sein Amt angetreten. „Ich bin lieber ehrlich“, sagt er. "
        "Ein Versprechen gibt es trotzdem: „Ich gehe nicht vor dem Ende der Amtszeit.“",
        [("Ich bin lieber", "Paul Gerber"), ("Ich gehe nicht", "Paul Gerber")],
    ),
    (
        "Un nouveau départ\n\n"
        + "De nieuwe burgemeester, Paul Gerritsen, is maandag begonnen. 'Ik ben liever eerlijk,' zegt hij. "
        "Een belofte doet hij wel: 'Ik vertrek niet voor het einde van mijn termijn.'",
        [("Ik ben liever", "Paul Gerritsen"), ("Ik vertrek niet", "Paul Gerritsen")],
    ),
    # guard: no one quoted before it: no one, not the mayor the paragraph before names
    (
        "Un nouveau départ\n\nLe nouveau maire, Paul Girard, a pris ses fonctions lundi.\n\n"
        "Une promesse, tout de même : « Je ne partirai pas avant la fin du mandat. »" + FR_MORE,
        [("Je ne partirai pas", None)],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][20:60])
def test_speech_act_leads_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
