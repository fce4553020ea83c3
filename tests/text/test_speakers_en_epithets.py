"""English shapes of sports and tabloid pages and of features (invented passages): a team's
name qualifying a role noun, a tabloid's adjective in capitals and an imperative opening a
sentence before a name."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    (
        # "The Albion manager": the team's name qualifies the role noun, no person is named,
        # so the "he" after it is still the manager named before
        "Thornley Albion manager Dave Morrow last night hit out at the officials after his "
        "side lost the derby to a late goal.\n\n"
        "The Albion manager, 52, was still fuming when he faced the cameras after the game.\n\n"
        "\u201cI have been in this game for years and I have never seen a decision like it,\u201d "
        "he said.",
        [("I have been in this game", "Dave Morrow")],
    ),
    (
        # "Former Albion striker turned pundit Lee Barnes": the team's name is no subject
        "Thornley Albion manager Dave Morrow was angry with the referee after the match and "
        "said so at length to anyone who would listen.\n\n"
        "Former Albion striker turned pundit Lee Barnes was less convinced. He said on the "
        "late highlights show: \u201cIt is soft, but the defender gave him a decision to make.\u201d",
        [("It is soft", "Lee Barnes")],
    ),
    (
        # a tabloid's adjective in capitals opens the sentence, not the name
        "SHOCKED Dunmere Town boss Gavin Pryce last night blasted his players after a "
        "humiliating cup exit at the hands of a non-league side.\n\n"
        "\u201cThat was the worst ninety minutes of my time here and I told them so,\u201d he "
        "said. \u201cNobody in that dressing room can be proud of it.\u201d",
        [("That was the worst", "Gavin Pryce"), ("Nobody in that", "Gavin Pryce")],
    ),
    (
        # an imperative opening a sentence ("Ask Maureen what …") is no part of her name
        "Maureen Tully has run the corner shop on Canal Street for thirty-one years, and her "
        "husband Dennis has stood behind the counter with her for most of them.\n\n"
        "Ask Maureen what has changed and she laughs before she answers.\n\n"
        "\u2018Everything and nothing. The prices, the faces, the papers nobody buys any more. "
        "But people still want someone to talk to,\u2019 she says.",
        [("Everything and nothing", "Maureen Tully")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_english_epithet_shapes(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
