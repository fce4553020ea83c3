"""English verdicts in marks after a verb of judging (invented passages): a judgement of four
words or more with a pause of its own is someone's words even after a determiner,
"dismissed … as" judges like "called", a verdict may have a pronoun object ("called her
‘…’."), and a second verb phrase with its own object before "of" goes with the quotation
before it."""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes
from tests.text.speaker_cases import Case, outcomes

_LEAD = (
    "The parish hall in Wendlebury was full on Thursday evening as residents argued for almost "
    "three hours over the plan to close the library on two weekdays.\n\n"
)

CASES: list[Case] = [
    (
        # "called it “a …, …”" then "and accused the council of “…”": both hers
        _LEAD + "The Green group put forward a change that would keep it open on Saturdays. "
        "Its housing spokeswoman, Tilly Ferrow, called it \u201ca careful, fair settlement\u201d "
        "and accused the council of \u201chiding behind spreadsheets\u201d.",
        [("a careful, fair settlement", "Tilly Ferrow"), ("hiding behind", "Tilly Ferrow")],
    ),
    (
        # "dismissed the claim as “…”" then the sentence goes on
        _LEAD + "The mayor, Tilly Ferrow, dismissed the claim as \u201cspite and nothing "
        "more\u201d and said the tender was open to all.",
        [("spite and nothing more", "Tilly Ferrow")],
    ),
    (
        # a verdict on a pronoun object closing its sentence: "called her ‘…’."
        _LEAD + "Her neighbour and oldest friend Ada Lind, 80, called her \u2018the soul of "
        "Tarrow\u2019.\n\n\u2018She never let anyone leave the shop hungry,\u2019 Lind said.",
        [("the soul of Tarrow", "Ada Lind")],
    ),
]

# "vowing", "pledging" after a comma report words like "saying": the subject of the clause
# before them, its verb no speech verb ("Instead she turned to …, vowing “…”"); "promising" is
# too often an adjective ("a promising young striker, “…”, said the manager") to be one
PROMISES: list[Case] = [
    (
        _LEAD + "Tilly Ferrow did not mention the vote in her closing speech. Instead she turned "
        "to rents and wages, vowing \u201ca fair deal for every tenant\u201d and more "
        "council homes.",
        [("a fair deal for every tenant", "Tilly Ferrow")],
    ),
    (  # guard: "promising" as an adjective inside an appositive
        _LEAD + "Tilly Ferrow, a promising young councillor from the north ward, said: "
        "\u201cWe will keep the doors open on Saturdays.\u201d",
        [("We will keep the doors", "Tilly Ferrow")],
    ),
    (  # guard: the adjective before a verdict someone else gives
        _LEAD + "Tom Vance is a promising young librarian, \u201cthe best I have hired in ten "
        "years\u201d, said the branch manager, Sara Quill.",
        [("the best I have hired", "Sara Quill")],
    ),
]

# "in her words, “…”", "in his own words, “…”": a cue like "according to", the owner's words
IN_WORDS: list[Case] = [
    (
        _LEAD + "Tilly Ferrow took over the branch in March. What followed was, in her words, "
        "\u201ca long lesson in patience\u201d. By June the roof was fixed.",
        [("a long lesson in patience", "Tilly Ferrow")],
    ),
    (
        _LEAD + "Ben Hale wants the branch open on Saturdays because, in his own words, "
        "\u201cpeople work in the week and read at the weekend.\u201d",
        [("people work in the week", "Ben Hale")],
    ),
    (  # guard: "in other words" is nobody's cue
        _LEAD + "Tilly Ferrow took over in March. The branch had, in other words, \u201ca long "
        "lesson in patience\u201d.",
        [("a long lesson in patience", None)],
    ),
]

GUARDS: list[Case] = [
    (
        # two words on a pronoun object: a label, not a quotation of speech
        _LEAD + "Her neighbour Ada Lind called it \u201ca failure\u201d.\n\n\u201cShe "
        "never let anyone leave the shop hungry,\u201d Lind said.",
        [("a failure", "<missing>")],
    ),
    (
        # three words after a determiner: a label, not a quotation of speech
        _LEAD + "Tilly Ferrow, the chairwoman, called the plan \u201ca total failure\u201d and "
        "left the room before the vote was taken.",
        [("a total failure", "<missing>")],
    ),
    (
        # a verb of judging in the passive: nobody's words
        _LEAD + "The claim was dismissed as \u201cspite and nothing more\u201d and the tender "
        "stayed open to all.",
        [("spite and nothing more", "<missing>")],
    ),
    (
        # a new subject after "and": the second quotation is not the first speaker's
        _LEAD + "Tilly Ferrow called it \u201ca careful, fair settlement\u201d and Ben Hale "
        "accused the council of \u201chiding behind spreadsheets\u201d.",
        [("hiding behind", "Ben Hale")],
    ),
]


@pytest.mark.parametrize(
    "case", CASES + PROMISES + IN_WORDS + GUARDS, ids=lambda c: c[0][len(_LEAD) : len(_LEAD) + 30]
)
def test_english_verdicts(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_a_word_quoted_after_promising_is_a_label() -> None:
    # "is promising a ‘green’ makeover": the thing promised, no words said
    text = _LEAD + (
        "After buying the old mill on Tanner Lane, council leader Ruth Amberley is promising "
        "a \u2018green\u2019 makeover for the whole street."
    )
    assert [q.quote for q in find_quotes(text)] == []


def test_a_short_body_name_is_not_run_on_into_the_next_sentence() -> None:
    # a lost full stop ("… told the Wendlebury Gazette According to the Gazette, …") makes no
    # fuller name of the paper
    text = _LEAD + (
        "The decision was leaked to the Wendlebury Gazette According to the Wendlebury Gazette, "
        "\u201cthe library will close on Mondays and Tuesdays from next spring, and two posts will go.\u201d"
    )
    speakers = [q.speaker for q in find_quotes(text)]
    assert speakers and all(s is None or "According" not in s for s in speakers)
