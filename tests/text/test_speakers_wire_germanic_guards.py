"""Guards for the English, German and Dutch wire-dispatch rules.

"the officer said" is the one unnamed "An officer
…" opening of its paragraph only when no second person shows up there ("Another officer", "the
Danish envoy, Ulla Berg", "Deputy mayor Tom Hale"); else "the officer" as written. An agency
quoting a document ("quoted a court report as saying", "zitierte eine Mitteilung der Behörde mit
den Worten", "citeerde een verklaring van het ministerie met de woorden") relays no person: the
subject keeps its words. A portfolio of several words with no "and" before the name ("said
Secretary for Housing Local Affairs Nora Quill") gives the personal name alone. All passages are
invented for these tests."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes
from tests.text.test_speakers_session17 import DE_MORE, NL_MORE

_EN_MORE = (
    "\n\nThe inquiry is expected to report before the end of the year, though no date has been "
    "set by the authorities so far."
)

CASES: list[Case] = [
    # 1. a second person in the paragraph: "the officer" stays as written
    (
        "A fire officer, who was at the depot that night, said the alarm had worked. Another "
        "officer described thick smoke in the stairwell. “We could not see our own hands,” the "
        "officer said." + _EN_MORE,
        [("We could not see", "the officer")],
    ),
    (
        "A junior diplomat from a northern country said the draft had no chance. But the Danish "
        "envoy, Ulla Berg, said a deal was near. “The gap is small,” the diplomat said." + _EN_MORE,
        [("The gap is small", "the diplomat")],
    ),
    (
        "A senior official from the transport ministry said on Tuesday that fares would rise. "
        "Deputy mayor Tom Hale, speaking later, disagreed. “Nobody has decided anything,” the "
        "official said." + _EN_MORE,
        [("Nobody has decided", "the official")],
    ),
    # 1. near miss: the one person of the paragraph is the one introduced
    (
        "A junior diplomat from a northern country, who asked not to be named, said the draft "
        "had no chance. “Nobody wants to sign it,” the diplomat said." + _EN_MORE,
        [("Nobody wants to sign", "A junior diplomat from a northern country")],
    ),
    # 2. a document quoted: no person relayed
    (
        "The radio station quoted a court report as saying the lorry had been “badly "
        "overloaded” at the time of the crash." + _EN_MORE,
        [("badly", "The radio station")],
    ),
    (
        "Ministers met again on Friday.\n\nDelegates quoted the text as saying all sides would "
        "“respect the ceasefire line” for a month." + _EN_MORE,
        [("respect the ceasefire", "Delegates")],
    ),
    (
        "Die Agentur zitierte einen Polizeibericht mit den Worten, der Fahrer sei „stark "
        "alkoholisiert“ gewesen." + DE_MORE,
        [("stark", None)],
    ),
    (
        "Het persbureau citeerde een verklaring van het ministerie met de woorden: „De grens "
        "blijft voorlopig dicht voor al het verkeer.”" + NL_MORE,
        [("De grens blijft", None)],
    ),
    # 2. near miss: a person quoted is still the speaker
    (
        "The radio station quoted a court official as saying the lorry had been “badly "
        "overloaded” at the time of the crash." + _EN_MORE,
        [("badly", "a court official")],
    ),
    # 3. a portfolio run without "and": the personal name alone
    (
        "“This will help every tenant,” said Secretary for Housing Local Affairs Nora Quill, "
        "after the bill passed." + _EN_MORE,
        [("This will help", "Nora Quill")],
    ),
    # 3. near miss: an "and" portfolio is cut as before
    (
        "“This will help every tenant,” said Minister for Housing and Planning Nora Quill, "
        "after the bill passed." + _EN_MORE,
        [("This will help", "Nora Quill")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_wire_guards_germanic(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
