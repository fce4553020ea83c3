"""Speaker shapes found by probing ordinary English, German and Dutch attribution (each
passage invented).

A phrase in quotation marks inside an English clause of its own ("It found that the scheme had
‘failed …’.") is not the words of the person quoted in the next sentence; an English title of
office in capitals ("The Prime Minister", "the Foreign Secretary") is a role, not a name ending
on "Minister", and stands for the person a text gave it to in commas ("The Prime Minister, Alan
Reeve,"), never for a deputy's; a rank's abbreviation in a name in commas ("a spokesman, Lt.
Col. Dana Ruiz,") is part of the name.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

# a closing paragraph long enough for the language reader (short texts get no language)
EN_MORE = (
    "\n\nThe incident happened shortly after nine o'clock on Saturday evening near the corner "
    "of the high street, and the road was closed for several hours while officers searched the "
    "area and spoke to people who had been in the shops nearby."
)

CASES: list[Case] = [
    # a phrase in a clause of its own, then another person's sentence: not theirs
    (
        "The watchdog published its report on Monday.\n\n"
        "It found that the scheme had 'failed to deliver value for money'. The minister, Ann "
        "Cole, said: 'We accept the findings.'" + EN_MORE,
        [("failed to deliver", None), ("We accept", "Ann Cole")],
    ),
    (
        "The study was published on Monday.\n\n"
        'The study showed that the scheme had "failed to deliver value for money". The '
        'minister, Ann Cole, said: "We accept the findings."' + EN_MORE,
        [("failed to deliver", None), ("We accept", "Ann Cole")],
    ),
    (
        "The charity published its figures on Monday.\n\n"
        'It highlighted how families were "struggling to pay for food and heating". Its '
        'director, Ann Cole, said: "We need help now."' + EN_MORE,
        [("struggling to pay", None), ("We need help", "Ann Cole")],
    ),
    # … but a clause with a speaker keeps it, and a whole sentence still goes with the next
    (
        "Tom Reid, the mayor, has criticised the plan.\n\n"
        'He called it "a disaster for the town". The minister, Ann Cole, said: "We stand by '
        'it."' + EN_MORE,
        [("a disaster for", "Tom Reid"), ("We stand by", "Ann Cole")],
    ),
    (
        'The watchdog said the firm had been "reckless". "We will appeal," said its boss, '
        "Dan Hill." + EN_MORE,
        [("reckless", "The watchdog"), ("We will appeal", "Dan Hill")],
    ),
    (
        "Residents gathered outside the hall.\n\n"
        '"It was chaos." "We ran for our lives," said Jo Bell, who lives nearby.' + EN_MORE,
        [("It was chaos", "Jo Bell"), ("We ran", "Jo Bell")],
    ),
    # a title of office in capitals is a role, not a name ending on "Minister"
    (
        "Outside Downing Street, the Prime Minister said: 'We will get this done.'" + EN_MORE,
        [("We will get", "Prime Minister")],
    ),
    (
        "The Deputy Prime Minister said: 'We will get this done.'" + EN_MORE,
        [("We will get", "The Deputy Prime Minister")],
    ),
    (
        "The Justice Minister told MPs: 'We will get this done.'" + EN_MORE,
        [("We will get", "The Justice Minister")],
    ),
    # … the person the text gave the title to in commas
    (
        "The Prime Minister, Alan Reeve, faced questions on Monday. The Prime Minister said: "
        "'We will get this done.'" + EN_MORE,
        [("We will get", "Alan Reeve")],
    ),
    (
        'The Foreign Secretary, Alan Reeve, faced questions on Monday. "We will get this '
        'done," the Foreign Secretary said.' + EN_MORE,
        [("We will get", "Alan Reeve")],
    ),
    # … never a deputy's
    (
        "The Deputy Prime Minister, Alan Reeve, faced questions on Monday. The Prime Minister "
        "said: 'We will get this done.'" + EN_MORE,
        [("We will get", "The Prime Minister")],
    ),
    # a title before a name stays out of it
    (
        "Health Minister Ann Cole said: 'We will get this done.'" + EN_MORE,
        [("We will get", "Ann Cole")],
    ),
    # a rank's abbreviation inside a name in commas
    (
        "The Pentagon would not discuss the inquiry on Thursday.\n\n"
        '"We are aware of the allegations," a Pentagon spokesman, Lt. Col. Dana Ruiz, said '
        "Thursday." + EN_MORE,
        [("We are aware", "Dana Ruiz")],
    ),
    (
        '"We are aware of the allegations," a police spokesman, Sgt. Tom Hale, said.' + EN_MORE,
        [("We are aware", "Tom Hale")],
    ),
    (
        '"We are aware of the allegations," said a Pentagon spokesman, Lt. Col. Dana Ruiz.'
        + EN_MORE,
        [("We are aware", "Dana Ruiz")],
    ),
    (
        '"We are aware of the allegations," a spokesman, Colonel Dana Ruiz, said.' + EN_MORE,
        [("We are aware", "Dana Ruiz")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_probe_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
