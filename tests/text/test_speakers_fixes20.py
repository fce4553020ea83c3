"""Round twenty's smaller fixes (each passage invented): the French pronoun "Il" opening a clause
is no Italian article ("Il hausse les épaules :" named "Il hausse"); a first name after an
Italian or Spanish article is a body's name ("in ferma nella Marina"), not the person a
subjectless verb goes on with; an ordinal is no noun ending a description ("una studentessa
del terzo anno di Biotecnologie"); "the guest" is the one brought in unnamed in the paragraph
before ("But one guest, who asked not to be named, said …" ¶ "‘…,’ the guest told us."), and a
sentence may open on "One journalist" and a verb other than a speech verb; "A Ministry of
Justice spokesperson" is no "Ministry" (an article before a capitalized word is no name before
its employer); German "einer der Männer" is one of them, as written, not "Männer".
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import DE_MORE, DE_OPEN, FR_MORE, IT_MORE, IT_OPEN, outcomes

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
EN_GUEST = (
    "The wedding took place on Saturday at a castle on the loch.\n\nBut one guest, who asked "
    "not to be named, said the row had cast a shadow over the day.\n\n‘There was a definite "
    "atmosphere at the reception,’ the guest told us."
)
EN_JOURNALIST = (
    "The press conference ran late into the evening, and the minister left without taking "
    "questions.\n\nOne journalist had waited outside since the morning. “We were promised "
    "answers,” the journalist said."
)
EN_MINISTRY = (
    "Inspectors found that inmates at HMP Wrexford spent up to 23 hours a day in their cells."
    "\n\nA Ministry of Justice spokesperson said the governor was “taking immediate action”."
)
DE_ONE_OF_FIRST = (
    DE_OPEN + "Die sechs Männer der Seilschaft kamen erschöpft im Tal an. Einer der Männer "
    "sagt: „Man spürt das im ganzen Körper.“" + DE_MORE
)
DE_ONE_OF = (
    DE_OPEN + "Die sechs Männer der Seilschaft kamen erschöpft im Tal an. „Man spürt das im "
    "ganzen Körper“, sagt einer der Männer." + DE_MORE
)


def test_french_il_is_no_article() -> None:
    got = outcomes([(FR_IL, [("Les curés passent", None)])])[0][2]
    assert got != "<missing>" and not (got or "").startswith("Il")


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (IT_NAVY, "Mi piace quello", "Chiara Morlacchi"),
        (IT_ORDINAL, "Abbiamo sentito", "una studentessa del terzo anno di Biotecnologie"),
        (EN_GUEST, "There was a definite", "one guest"),
        (EN_JOURNALIST, "We were promised", "One journalist"),
        (EN_MINISTRY, "taking immediate", "A Ministry of Justice spokesperson"),
        (DE_ONE_OF, "Man spürt das", "einer der Männer"),
        (DE_ONE_OF_FIRST, "Man spürt das", "Einer der Männer"),
    ],
    ids=[
        "it-body-after-article",
        "it-ordinal",
        "en-guest-before",
        "en-one-journalist",
        "en-ministry-spokesperson",
        "de-one-of-them",
        "de-one-of-them-first",
    ],
)
def test_speaker(text: str, head: str, speaker: str) -> None:
    assert outcomes([(text, [(head, speaker)])])[0][2] == speaker
