"""A place or vantage point after the speaker's name ("zei X vanaf het podium", "vertelt Y vanuit
haar keuken") is no part of the name: "vanaf"/"vanuit" end it like "op", "bij", "tijdens"
(``foreign.FOREIGN_STOPS``). Invented passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    (
        "Ruim drieduizend leraren trokken zaterdag door Oosterdam.\n\n"
        "“Dit is geen bezuiniging meer, dit is sloop”, zei woordvoerder Sanne Rietveld vanaf "
        "een podium op het plein.",
        [("Dit is geen", "Sanne Rietveld")],
    ),
    (
        "Het dorp Grevenbeek zit al drie dagen zonder stroom.\n\n"
        "‘We koken op een gasbrander’, vertelt bewoonster Ria Hamelink vanuit haar donkere "
        "keuken.",
        [("We koken", "Ria Hamelink")],
    ),
    # guard: a name holding "van" stays whole ("vanaf" is a word of its own)
    (
        "Het dorp Grevenbeek zit al drie dagen zonder stroom.\n\n"
        "‘We koken op een gasbrander’, vertelt bewoonster Ria van Hamelen.",
        [("We koken", "Ria van Hamelen")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_place_after_name(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
