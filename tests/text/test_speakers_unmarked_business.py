"""Speakers on short invented English passages where "the company" stands for a firm the text
named with no word that marks a body ("Harrowgate Outdoor has recalled …", no "Ltd" or "Inc"):
the firm, when a sentence opens on its name, no first name opens it, the text gives it no
gender and no one is named after it (``salience.unmarked_business``). Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        "Camping stoves recalled\n\nHarrowgate Outdoor has recalled 8,000 camping stoves sold "
        "since April after reports of leaking gas valves. “No customer should use these stoves "
        "until they have been checked,” the company said in a statement. Stores will swap the "
        "valves free of charge.",
        [("No customer should", "Harrowgate Outdoor")],
    ),
    (
        # "the firm", a quotation before the business noun
        "Bakery chain shuts branches\n\nMillbrook Loaves will close nine of its 40 branches "
        "by the end of the year. “Rising rents have left us no choice,” the firm said. Staff "
        "will be offered jobs at other branches.",
        [("Rising rents", "Millbrook Loaves")],
    ),
    # guards: a person opens the sentence (a first name); someone named after the firm
    (
        "Camping stoves recalled\n\nMaria Holt has sold camping stoves in the town for twenty "
        "years. “No customer should use these stoves until they have been checked,” the "
        "company said in a statement. Stores will swap the valves free of charge.",
        [("No customer should", "the company")],
    ),
    (
        "Camping stoves recalled\n\nHarrowgate Outdoor has recalled 8,000 camping stoves, "
        "trading standards officer Priya Nandi said on Monday. “No customer should use these "
        "stoves until they have been checked,” the company said in a statement.",
        [("No customer should", "the company")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:40])
def test_unmarked_business_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
