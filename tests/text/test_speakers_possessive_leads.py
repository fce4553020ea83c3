"""Possessive leads and openers that are no one (``speech_acts``, ``spokes``, ``people``,
``fronted.conjunction_cut``, ``germanic_people``).

- "Her advice: “…”", "Ihr Rat: „…“", "Son conseil : « … »", "Il suo consiglio: «…»": whose
  advice it is, the person just quoted, never "Ihr Rat".
- "«…», avisó su portavoz", "prévient sa porte-parole", "disse o seu porta-voz": the body the
  sentence before makes its subject.
- "Para Anselmo, la moratoria es …" before a quotation standing alone: Anselmo, not "Para
  Anselmo".
- "Der Hamburger Zahnarzt besitzt …": an epithet of the man named before, no person's name.

Every speaker exact; each passage invented.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import (
    DE_MORE,
    DE_OPEN,
    ES_MORE,
    ES_OPEN,
    FR_MORE,
    IT_MORE,
    IT_OPEN,
    PT_MORE,
    Case,
    outcomes,
)

EN_ADVICE = (
    "Ruth Palmer has handled hundreds of disputed heating bills for the tenants' union. "
    '"It is sadly very common," she said.\n\n'
    'Her advice: "Never just pay. Get the bill checked first."'
)
DE_ADVICE = (
    DE_OPEN + "Sabine Roth vom Mieterverein kennt solche Fälle. „Das ist leider kein "
    "Einzelfall“, sagt sie.\n\nIhr Rat: „Auf keinen Fall einfach zahlen! Erst prüfen lassen.“"
    + DE_MORE
)
FR_ADVICE = (
    "Sylvie Arnaud, de l'association des locataires, connaît bien ces dossiers. « C'est "
    "hélas fréquent », dit-elle.\n\nSon conseil : « Ne payez jamais sans faire vérifier le "
    "décompte. »" + FR_MORE
)
IT_ADVICE = (
    IT_OPEN + "Luca Ferrante segue da vent'anni le vertenze degli inquilini. «Succede più "
    "spesso di quanto si pensi», spiega.\n\nIl suo consiglio: «Non pagate mai prima di aver "
    "fatto controllare i conti»." + IT_MORE
)
ES_POSSESSIVE_SPOKES = (
    ES_OPEN + "La Asociación de Usuarios de Festivales ya ha abierto un formulario para "
    "recoger quejas. «Vamos a recopilar reclamaciones», avisó su portavoz, que recordó que la "
    "organización debe garantizar un acceso «seguro y razonable»." + ES_MORE
)
PT_POSSESSIVE_SPOKES = (
    "A Associação de Moradores da Ribeira pediu uma reunião urgente com a câmara. «Não "
    "aceitamos mais adiamentos», disse o seu porta-voz." + PT_MORE
)
ES_FOR_NAME = (
    ES_OPEN + "Anselmo Garrido vive solo en el cuarto piso desde hace cincuenta años. «Aquí "
    "nací», dice.\n\nPara Anselmo, la moratoria es una palabra que ha oído en la radio.\n\n"
    "«El otro día se fue la luz y no tenía a quién llamar.»" + ES_MORE
)
DE_DEMONYM_EPITHET = (
    DE_OPEN + "Carsten Möllenkamp sieht das anders. Der Hamburger Zahnarzt besitzt zwei "
    "Ferienwohnungen auf der Insel.\n\n„Ich verstehe den Ärger, wirklich“, sagt er." + DE_MORE
)

CASES: list[tuple[str, Case]] = [
    ("en-advice", (EN_ADVICE, [("It is sadly", "Ruth Palmer"), ("Never just pay", "Ruth Palmer")])),
    ("de-advice", (DE_ADVICE, [("Auf keinen Fall", "Sabine Roth")])),
    ("fr-advice", (FR_ADVICE, [("Ne payez jamais", "Sylvie Arnaud")])),
    ("it-advice", (IT_ADVICE, [("Non pagate mai", "Luca Ferrante")])),
    (
        "es-possessive-spokes",
        (
            ES_POSSESSIVE_SPOKES,
            [
                ("Vamos a recopilar", "La Asociación de Usuarios de Festivales"),
                ("seguro y razonable", "La Asociación de Usuarios de Festivales"),
            ],
        ),
    ),
    (
        "pt-possessive-spokes",
        (PT_POSSESSIVE_SPOKES, [("Não aceitamos", "Associação de Moradores da Ribeira")]),
    ),
    (
        "es-for-name",
        (ES_FOR_NAME, [("Aquí nací", "Anselmo Garrido"), ("El otro día", "Anselmo Garrido")]),
    ),
    ("de-demonym-epithet", (DE_DEMONYM_EPITHET, [("Ich verstehe", "Carsten Möllenkamp")])),
]


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[n for n, _ in CASES])
def test_speakers(case: Case) -> None:
    got = outcomes([case])
    assert [(h, found) for h, _, found in got] == [(h, exp) for h, exp, _ in got]
