"""English speaker shapes found by probing ordinary attribution (each passage invented).

A nationality noun before the verb, with "the" and perhaps an age ("the Swede said", "The
29-year-old Australian told"), stands for the person named before it, never the bare noun
"Swede" (and for no one when no one was named). A role ending on a capitalized word ("the
chairman of Rovers", "the MP for Bath", "the MP") leaves the name in commas after it to speak,
whatever its first name, not the club or the place. A cleric's style after "the" ("the Rev Ian
Dale") opens a name, not a body. A sentence whose subject is a person a possessive owns ("Tom
Vane's mother said:", "Vane's elder brother told …") gives that person as written ("Tom Vane's
mother") or no speaker, never the owner; the owner's statement or words stay the owner's.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    # a nationality epithet before the verb
    (
        'Anna Lindqvist won the final on Sunday. Afterwards the Swede said she was "tired but '
        'happy" after the match.',
        [("tired but happy", "Anna Lindqvist")],
    ),
    (
        'Pablo Ruiz won the mountain stage. The 24-year-old Spaniard told reporters: "My legs '
        'were good today."',
        [("My legs were", "Pablo Ruiz")],
    ),
    (
        'Anna Lindqvist won the final. Afterwards the 29-year-old Swede said: "I am tired but '
        'happy."',
        [("I am tired", "Anna Lindqvist")],
    ),
    # no one named before: no one, not "Australian"
    (
        'The 29-year-old Australian, ranked 14th in the world, said she was "over the moon" '
        "with her form.",
        [("over the moon", None)],
    ),
    (
        'A Swede won the final. Afterwards the Swede said she was "tired but happy" tonight.',
        [("tired but happy", None)],
    ),
    # a role ending on a capitalized word, then a name in commas
    (
        'Writing on Twitter, the MP for Bath, Wera Hobson, said the decision was "shameful '
        'and cruel".',
        [("shameful and cruel", "Wera Hobson")],
    ),
    (
        'Writing on Twitter, the MP, Wera Hobson, said: "This is shameful."',
        [("This is shameful", "Wera Hobson")],
    ),
    (
        'The chairman of Rovers, Wera Hobson, said: "We back the manager fully."',
        [("We back the manager", "Wera Hobson")],
    ),
    (
        'The leader of the Greens, Wera Hobson, said: "We object to the plan."',
        [("We object", "Wera Hobson")],
    ),
    # near misses kept: a first name the lists know, a role ending in lower case
    (
        'The chairman of Stoke City, Peter Coates, said: "We back the manager."',
        [("We back the manager", "Peter Coates")],
    ),
    (
        'The chairman of the club, Wera Hobson, said: "This is shameful."',
        [("This is shameful", "Wera Hobson")],
    ),
    # a cleric's style after "the"
    (
        'Vicar of St John\'s, the Rev Ian Dale, said: "The community has pulled together."',
        [("The community has", "Ian Dale")],
    ),
    (
        'The vicar, the Rev Ian Dale, said: "The community has pulled together."',
        [("The community has", "Ian Dale")],
    ),
    # a person a possessive owns speaks, not the owner
    (
        'The trial opened on Monday. Tom Vane\'s mother said: "He is a good boy."',
        [("He is a good boy", "Tom Vane's mother")],
    ),
    (
        'Tom Vane\'s spokeswoman told the BBC that he had "no comment at this time".',
        [("no comment at", "Tom Vane's spokeswoman")],
    ),
    (
        'Tom Vane’s elder brother told Sky News: "He is a good man."',
        [("He is a good man", None)],
    ),
    # near misses: the owner's statement, and the owner as the subject
    (
        'Tom Vane\'s statement said: "I am innocent."',
        [("I am innocent", "Tom Vane")],
    ),
    (
        'Tom Vane said his mother was "a saint to everyone".',
        [("a saint to", "Tom Vane")],
    ),
    # near miss: a nationality after a named person stays with that person
    (
        'Andy Murray beat the Italian in four sets. "I played well," the Scot said.',
        [("I played well", "Andy Murray")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_probe_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
