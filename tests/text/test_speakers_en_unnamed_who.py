"""English speakers: an unnamed person followed by a relative "who" before the speech verb,
the Australian councillor's title "Cr", a body's name written over "and", and a body named
in apposition to a role ("Its owner, the X Company, said"), the words of a sign, which are
no one's, a second quotation after "and warned of", and "the detective" for a detective's
rank before a name (invented passages)."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    (  # the unnamed person the sentence opens on, not the noun the relative clause ends on
        "Heavy rain closed the coast road on Monday night.\n\n"
        "A man who watched the old pier break up from his bedroom window wrote: \u201cIt just "
        "folded into the sea like a deck of cards.\u201d\n\nRepairs start next week.",
        [("It just folded into the sea", "A man")],
    ),
    (  # "who did not want to be named": the person stays unnamed but is the speaker
        "Shops on the quay were flooded for the second time this year.\n\n"
        "A baker who did not want to be named said: \u201cWe lost every loaf and the ovens are "
        "ruined. I do not know whether we will open again.\u201d",
        [("We lost every loaf", "A baker")],
    ),
    (  # a participle after the person noun, like "who": the person, not the thing held
        "Crowds gathered outside the depot on Saturday.\n\n"
        "A nurse holding a placard said: \u201cWe have waited two years for this pay rise.\u201d",
        [("We have waited two years", "A nurse")],
    ),
    (  # "Cr" before a surname: the councillor the text named in full before
        "The council met on Tuesday night. The mayor of Tarrabool Shire, Lachlan Dowell, "
        "spoke to residents about the bridge.\n\n"
        "\u201cWe have asked for a new bridge for ten years,\u201d Cr Dowell said. "
        "\u201cNothing has happened.\u201d",
        [("We have asked for a new bridge", "Lachlan Dowell")],
    ),
    (  # a body's name over "and", as the subject of a reported clause
        "Gales brought down trees across the county overnight.\n\n"
        "Carrow Fire and Rescue Service said crews had reached the village \u201cas soon as "
        "the road was clear\u201d.\n\nMore wind is forecast.",
        [("as soon as the road", "Carrow Fire and Rescue Service")],
    ),
    (  # … and after the quotation
        "Gales brought down trees across the county overnight.\n\n"
        "\u201cThe product is not safe for children under five,\u201d the Tarn Food and Drug "
        "Administration said on Friday.",
        [("The product is not safe", "Tarn Food and Drug Administration")],
    ),
    (  # a role, then the body that holds it in apposition: the body
        "The reservoir wall gave way before dawn.\n\n"
        "Its current owner, the Ellery Vale Property Owners Association, said in a statement "
        "that it was \u201cworking closely with engineers\u201d.",
        [("working closely with engineers", "Ellery Vale Property Owners Association")],
    ),
    (  # … but a person named after "the" role stays with the name rules
        "The reservoir wall gave way before dawn.\n\n"
        "Its chief engineer, Dana Crewe, said the wall had been \u201cchecked in spring\u201d.",
        [("checked in spring", "Dana Crewe")],
    ),
    (  # a sign's noun heads the subject of a clause ending on a colon: no speaker
        "The river burst its banks on Sunday.\n\n"
        "A handwritten sign taped to the door of the Quayside Bakery read simply: \u201cShut "
        "until the water goes down.\u201d\n\n"
        "A banner outside the chapel said: \u201cWe will rebuild.\u201d",
        [("Shut until the water", None), ("We will rebuild", None)],
    ),
    (  # "… said X would “…” and warned of “…”": the second is the same speaker's
        "A storm crossed the coast overnight.\n\n"
        "Anna Brisk said the road would \u201cstay shut for days\u201d and warned of "
        "\u201cmore slips\u201d on the hill.\n\n"
        "The Coast Weather Office said the sea would \u201cstay rough\u201d and warned about "
        "\u201chigher tides\u201d on Friday.",
        [("more slips", "Anna Brisk"), ("higher tides", "Coast Weather Office")],
    ),
    (  # "Detective Sergeant X" is "the detective", not the accused the clause names
        "A former clerk was jailed on Friday.\n\n"
        "Owen Harte (44), of Mill Road, admitted nine counts of theft.\n\n"
        "Detective Sergeant Maeve Colby told the court the losses came to light in 2021. "
        "When police interviewed Harte, he made \u2018full admissions\u2019, the detective said.",
        [("full admissions", "Maeve Colby")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_english_unnamed_who_and_cr(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_a_name_before_who_is_left_to_the_name_rules() -> None:
    # a capitalized subject is no unnamed person: the relative rule stays out of the way
    got = outcomes(
        [
            (
                "Flood waters rose through the night.\n\nMarta Quill, who runs the bakery on "
                "the quay, said: \u201cWe have sandbagged the door twice already.\u201d",
                [("We have sandbagged", "Marta Quill")],
            )
        ]
    )
    assert all(exp == found for _, exp, found in got), got


def test_two_people_joined_by_and_are_no_body() -> None:
    # no organisation word ends the second run: the two names are not read as one body's
    got = outcomes(
        [
            (
                "The council voted on the plan on Tuesday.\n\n"
                "Councillors Jo Marr and Ann Petch said the vote was \u201ca disgrace\u201d.",
                [("a disgrace", None)],
            )
        ]
    )
    assert got and " and " not in str(got[0][2])
