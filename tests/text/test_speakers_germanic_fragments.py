"""German and Dutch fragments a rule caught are no speakers (``no_one``, ``written``,
``germanic_nouns.after_adjective``):

- "stand in roten Buchstaben: »…«": the letters a sign is written in;
- "sprach aber von einem „…“": a clause cut at its article, no one; but "die Klinikleitung
  von einem …" and "Mustafa X van …" keep the speaker before the cut;
- "Ein Camper, der nach eigenen Angaben …, brachte es auf den Punkt: »…«": "Angaben" is a noun
  after its adjective, never a person.

Each passage invented.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import DE_MORE, DE_OPEN, NL_MORE, NL_OPEN, outcomes

DE_LETTERS = (
    DE_OPEN + "Auf einem Bettlaken an der Südtribüne stand in roten Buchstaben: »Herz statt "
    "Budget«." + DE_MORE
)
DE_CLAUSE_CUT = (
    DE_OPEN + "Der Verband der Rückkehrer begrüßte die Eröffnung, sprach aber von einem "
    "„Tropfen auf den heißen Stein“." + DE_MORE
)
DE_OWN_ACCOUNT = (
    DE_OPEN + "Ein Camper, der nach eigenen Angaben seit 1987 kein Rennen in Hohenwald verpasst "
    "hat, brachte es auf den Punkt: »Die Großen haben das Geld.«" + DE_MORE
)
NL_EMPLOYER_CUT = (
    NL_OPEN + "Mustafa El Amrani van de huurdersvereniging kent de klachten. 'Dit is geen "
    "uitzondering', zegt hij." + NL_MORE
)


@pytest.mark.parametrize(
    ("text", "head", "wrong"),
    [
        (DE_LETTERS, "Herz statt Budget", "Buchstaben"),
        (DE_CLAUSE_CUT, "Tropfen auf den", "aber von einem"),
        (DE_OWN_ACCOUNT, "Die Großen haben", "Angaben"),
    ],
    ids=["letters", "clause-cut", "own-account"],
)
def test_fragments_are_no_speakers(text: str, head: str, wrong: str) -> None:
    found = outcomes([(text, [(head, None)])])[0][2]
    assert found != "<missing>"
    assert found is None or (wrong not in found and found.lower().startswith(("ein ", "der ")))


def test_name_before_its_employer_is_kept() -> None:
    assert outcomes([(NL_EMPLOYER_CUT, [("Dit is geen", None)])])[0][2] == "Mustafa El Amrani"
