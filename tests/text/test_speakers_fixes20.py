"""Round twenty's smaller fixes (each passage invented): the French pronoun "Il" opening a clause
is no Italian article ("Il hausse les épaules :" named "Il hausse"); a first name after an
Italian or Spanish article is a body's name ("in ferma nella Marina"), not the person a
subjectless verb goes on with; an ordinal is no noun ending a description ("una studentessa
del terzo anno di Biotecnologie").
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, IT_MORE, IT_OPEN, outcomes

FR_IL = (
    "Le curé est muté, et le village proteste. Une pétition circule à la boulangerie depuis "
    "lundi.\n\nTout le monde ne partage pas cette colère, comme un agriculteur qui chante dans "
    "la chorale. Il hausse les épaules : « Les curés passent, l'église reste. »" + FR_MORE
)
IT_NAVY = (
    IT_OPEN + "Al convegno sulla leva ha parlato anche l'ammiraglio Sergio Corsetti.\n\nTra il "
    "pubblico c'era anche Chiara Morlacchi, 22 anni, da un anno in ferma nella Marina, "
    "imbarcata su un pattugliatore. «Mi piace quello che faccio», ha raccontato a margine del "
    "convegno." + IT_MORE
)
IT_ORDINAL = (
    IT_OPEN + "L'ateneo è stato evacuato per una fuga di gas.\n\n«Abbiamo sentito un odore "
    "fortissimo», racconta una studentessa del terzo anno di Biotecnologie, che era in aula."
    + IT_MORE
)


def test_french_il_is_no_article() -> None:
    got = outcomes([(FR_IL, [("Les curés passent", None)])])[0][2]
    assert got != "<missing>" and not (got or "").startswith("Il")


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (IT_NAVY, "Mi piace quello", "Chiara Morlacchi"),
        (IT_ORDINAL, "Abbiamo sentito", "una studentessa del terzo anno di Biotecnologie"),
    ],
    ids=["it-body-after-article", "it-ordinal"],
)
def test_speaker(text: str, head: str, speaker: str) -> None:
    assert outcomes([(text, [(head, speaker)])])[0][2] == speaker
