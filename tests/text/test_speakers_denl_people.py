"""German and Dutch speakers: who a role noun, an epithet or a pronoun stands for, and the
capitalized words that name no one (invented passages)."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    # a lone noun after "der" is no person an age epithet could stand for
    (
        "Der SV Kirchhain verliert erneut. Beim 0:3 war die Elf von Bernd Loibl chancenlos, der "
        "Rückstand auf Platz zwölf beträgt fünf Punkte.\n\n"
        "Der Trainer wollte nichts beschönigen. „Das reicht nicht“, sagte der 51-Jährige nach "
        "dem Spiel.",
        [("Das reicht nicht", "Bernd Loibl")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_denl_people(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
