"""An unnamed English person and their place (invented passages): "One resident of Bellows Row",
"a woman in Tarrow" is the speaker as written, not the place the phrase ends on; "the mayor of
Tarrow" (an office) and a named person "of" a place are left as they were."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

_LEAD = (
    "The parish hall in Wendlebury was full on Thursday evening as residents argued for almost "
    "three hours over the plan to close the library on two weekdays.\n\n"
)

CASES: list[Case] = [
    (
        _LEAD + "Not everyone was pleased. One resident of Bellows Row, who asked not to be "
        "named, said the noise had kept her awake. \u201cIt is fine for a night,\u201d she said.",
        [("It is fine for a night", "One resident of Bellows Row")],
    ),
    (  # one "she" between two pieces of a quotation: both the unnamed person's
        _LEAD + "Not everyone was pleased. One resident of Bellows Row, who asked not to be "
        "named, said the noise had kept her awake. \u201cIt is fine for a night,\u201d she "
        "said, \u201cbut nobody asks those of us who live here.\u201d",
        [("but nobody asks", "One resident of Bellows Row")],
    ),
    (  # the same with a plain unnamed person
        _LEAD + "Not everyone was pleased. A former librarian, who asked not to be named, said "
        "the plan came without warning. \u201cWe heard on the radio,\u201d she said, \u201cand "
        "nobody has called us since.\u201d",
        [("We heard on the radio", "A former librarian"), ("and nobody has", "A former librarian")],
    ),
    (
        _LEAD + "Not everyone was pleased. A woman in Tarrow told him she worried the branch "
        "was \u201ctoo small to save in the end\u201d.",
        [("too small to save", "A woman in Tarrow")],
    ),
    (
        _LEAD + "Not everyone was pleased. A resident of Tarrow, who asked not to be named, "
        "said: \u201cIt is fine for a night, but we live here.\u201d",
        [("It is fine for a night", "A resident of Tarrow")],
    ),
]

GUARDS: list[Case] = [
    (  # a named person of a place: the person
        _LEAD + "Not everyone was pleased. Tilly Ferrow of Bellows Row said: \u201cIt is fine "
        "for a night, but we live here.\u201d",
        [("It is fine for a night", "Tilly Ferrow")],
    ),
    (  # a body after "for": as before
        _LEAD + "Not everyone was pleased. A spokesman for Tarrow Council said: \u201cIt is "
        "fine for a night, but we live here.\u201d",
        [("It is fine for a night", "Tarrow Council")],
    ),
]


@pytest.mark.parametrize("case", CASES + GUARDS, ids=lambda c: c[0][len(_LEAD) : len(_LEAD) + 40])
def test_english_unnamed_person_and_place(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
