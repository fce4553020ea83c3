"""Speakers on short invented passages about people who share a surname and about the form of
a name: a parent or a child called by the converse kinship noun after the relative was
introduced ("Il figlio, Marco X" … "risponde il padre": the father, not the son named last).
Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # Italian: the son introduced by kinship; "il padre" is the other one of the surname
        # named before him, not the son named last
        "Nel laboratorio di via Orefici, a Mantova, Ernesto Gualandi lucida una cornice "
        "dorata con un panno di lana. “Questa l’ha intagliata mio nonno”, dice l’artigiano.\n\n"
        "Il figlio, Piero Gualandi, lavora al tavolo vicino alla finestra e ascolta senza "
        "alzare la testa. “Lui parla, io consegno”, scherza il trentenne.\n\n"
        "A sera Piero spegne le lampade una dopo l’altra.\n\n"
        "“Chiudo io”, dice.\n\n"
        "“Chiudi tu”, risponde il padre, “ma le chiavi restano a me”.",
        [("Chiudi tu", "Ernesto Gualandi")],
    ),
    (
        # German: the daughter introduced by kinship; "Die Mutter" is the other of the surname
        "Seit neun Jahren leitet Gesine Oltmanns die Stadtbibliothek in Husum. Im Herbst "
        "geht die Bibliothekarin in den Ruhestand.\n\n"
        "Was danach kommt, weiß sie noch nicht. Ihre Tochter Lene Oltmanns, selbst "
        "Buchhändlerin in Kiel, habe ihr geraten, »endlich einmal nur zu lesen«. Die Mutter "
        "lacht darüber. »Ich werde trotzdem jeden Montag die Rückgaben sortieren.«",
        [("endlich einmal", "Lene Oltmanns"), ("Ich werde trotzdem", "Gesine Oltmanns")],
    ),
]

GUARDS: list[Case] = [
    (
        # two others of the surname named before the son: no one picked by kinship ("il
        # padre" stays with the rules before)
        "Ernesto Gualandi e Bruno Gualandi hanno aperto la bottega nel 1970.\n\n"
        "Il figlio, Piero Gualandi, lavora al tavolo vicino alla finestra.\n\n"
        "“Chiudi tu”, risponde il padre.",
        [("Chiudi tu", "Piero Gualandi")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:30])
def test_family_shape_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


@pytest.mark.parametrize("case", GUARDS, ids=lambda c: c[0][:30])
def test_family_guard_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
