"""English reported speech whose verb stands far before the quoted words (``far_report``):
"The Agency said the hinge on the “Treetop” high chair, sold between June and May, “may
give way”" -- up to 23 words back, when no bracket or colon stands between and no
subordinate clause opens the sentence. Near miss: a colon between. Every speaker exact;
each passage invented.
"""

from __future__ import annotations

from tests.text.speaker_cases import outcomes

EN_OPEN = "The recall affects about 12,000 chairs sold across the country.\n\n"
EN_MORE = "\n\nCustomers can find the batch number on a sticker under the seat."


def test_a_verb_far_back_reports_the_words() -> None:
    text = (
        EN_OPEN + 'The National Toy Safety Board said the hinge on the "Little Oak" wooden '
        'high chair, sold between June 2022 and January this year, "may give way under normal '
        "use\", the board's second warning this year." + EN_MORE
    )
    assert outcomes([(text, [("may give way", "The National Toy Safety Board")])]) == [
        ("may give way", "The National Toy Safety Board", "The National Toy Safety Board")
    ]


def test_not_over_a_colon() -> None:
    text = (
        EN_OPEN + "The National Toy Safety Board said the hinge on the wooden high chair had "
        'failed in several homes: "It gave way under my daughter," one parent wrote.' + EN_MORE
    )
    assert outcomes([(text, [("It gave way", "one parent")])]) == [
        ("It gave way", "one parent", "one parent")
    ]
