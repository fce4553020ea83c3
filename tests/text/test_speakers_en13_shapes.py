"""English shapes (invented passages): one or two words in marks closing a sentence as a
copula's complement, a speech verb further back in that sentence reporting them ('said the
roof had been mended and the hall was “safe”.'); a body's name that goes on over "of" when
its sentence's verb is far from the quotation ('The Weavers Association of Ulster said … and urged
members to “…”'); a person named before "of the" and a body's capitalized name, right before
the verb ('Nell Osgood of the Ferry Users Group warned'), and a body before "of the" ('the
Office of the Harbour Master said'); a sentence about one named person of up to 20 tokens
before a sentence that is only their quotation, when it holds a speech verb or an appeal
("called on the council to …"); a few words in marks after "and that"/"but that" in a sentence
whose speech verb reported a longer quotation: the same speaker's words."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

_LEAD = (
    "The swimming baths in Dunmore Cross reopened on Saturday after eleven months of repairs "
    "that ran far over budget and left two school swimming clubs without a pool.\n\n"
)

COPULA_LAST: list[Case] = [
    (
        _LEAD + "Leisure officer Rhona Twelvetrees said the roof had been mended, the boilers "
        "replaced and the main hall was \u201csafe\u201d.",
        [("safe", "Rhona Twelvetrees")],
    ),
    (
        _LEAD + "Coach Idris Bellamy admitted in a letter to the parents of his young swimmers "
        "that the waiting list had become \u201cunmanageable.\u201d",
        [("unmanageable.", "Idris Bellamy")],
    ),
]

COPULA_GUARDS: list[Case] = [
    (
        # no speech verb in the sentence: a word the writer puts in marks, nobody's
        _LEAD + "By the spring the old changing rooms near the car park were frankly "
        "\u201cvintage\u201d.",
        [("vintage", "<missing>")],
    ),
    (
        # the word sits inside the sentence as a label, not closing it after a copula
        _LEAD + "Leisure officer Rhona Twelvetrees said the council had set aside a sum for "
        "\u201caccessible\u201d lanes on weekday mornings.",
        [("accessible", "<missing>")],
    ),
]

BODY_OF: list[Case] = [
    (
        _LEAD + "The Swimming Teachers Association of Ulster said it had trained forty new "
        "lifeguards over the winter and urged parents to \u201cbook lessons early this "
        "year\u201d.",
        [("book lessons early", "Swimming Teachers Association of Ulster")],
    ),
    (
        _LEAD + "Dunmore Cross Chamber of Commerce said trade on the high street had fallen "
        "by a fifth and asked the council to \u201cthink about the shops next time\u201d.",
        [("think about the shops", "Dunmore Cross Chamber of Commerce")],
    ),
]

BODY_GUARDS: list[Case] = [
    (
        # a person and their town after "of": the person, not a longer name
        _LEAD + "Rhona Twelvetrees of Dunmore said she had waited all year and urged the "
        "council to \u201ckeep the doors open this time\u201d.",
        [("keep the doors open", "Rhona Twelvetrees")],
    ),
]

PERSON_OF_THE: list[Case] = [
    (
        _LEAD + "Nell Osgood of the Ferry Users Group said: \u201cWe asked for a pool and got a "
        "car park for a year. Nobody said sorry.\u201d",
        [("We asked for a pool", "Nell Osgood")],
    ),
    (
        # the person, in the paragraph before a paragraph of quotation only
        _LEAD + "At a meeting in the library, Nell Osgood of the Ferry Users Group warned that "
        "families were being priced out.\n\n\u201cEvery leaflet shows a smiling child in a "
        "clean pool. Nobody shows the bill for the lessons.\u201d",
        [("Every leaflet shows", "Nell Osgood")],
    ),
    (
        # guard: a body before "of the" is the whole body, no person
        _LEAD + "The Office of the Harbour Master said: \u201cThe slipway stays closed until "
        "the divers have checked the wall.\u201d",
        [("The slipway stays closed", "The Office of the Harbour Master")],
    ),
]

LONGER_LEAD: list[Case] = [
    (
        _LEAD + "Rhona Twelvetrees said the pool was cold on the first morning.\n\nMs "
        "Twelvetrees also called on the council to text swimmers directly rather than relying "
        "on posters at the gates. \u201cHardly anyone stops to read a poster on a wet "
        "morning.\u201d",
        [("Hardly anyone stops", "Rhona Twelvetrees")],
    ),
    (
        # guard: a sentence naming two people gives the quotation after it to neither
        _LEAD + "Rhona Twelvetrees met Idris Bellamy at the gates on the first morning to talk "
        "about the posters. \u201cHardly anyone stops to read a poster on a wet "
        "morning.\u201d",
        [("Hardly anyone stops", None)],
    ),
]

SECOND_PIECE: list[Case] = [
    (
        _LEAD + "A spokesman for the council said it was \u2018fully committed to the pool\u2019s "
        "long-term future\u2019 but that \u2018hard choices\u2019 lay ahead for the budget.",
        [("hard choices", "A spokesman for the council")],
    ),
    (
        _LEAD + "In a written statement, Dunmore Leisure said the new heaters \u201ckeep heat "
        "that the old boilers always lost,\u201d and that some swimmers had been billed for "
        "\u201cestimated visits\u201d over the winter.",
        [("estimated visits", "Dunmore Leisure")],
    ),
    (
        # guard: no "and that" between them, the second piece is a label
        _LEAD + "Rhona Twelvetrees said the pool was \u201cin better shape than it has been for "
        "years\u201d and the \u201cnew lanes\u201d were busy.",
        [("new lanes", "<missing>")],
    ),
]


@pytest.mark.parametrize(
    "case",
    COPULA_LAST
    + COPULA_GUARDS
    + BODY_OF
    + BODY_GUARDS
    + PERSON_OF_THE
    + LONGER_LEAD
    + SECOND_PIECE,
    ids=lambda c: c[0][len(_LEAD) : len(_LEAD) + 30],
)
def test_english_shapes(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
