"""English speaker shapes from unseen news (each passage invented).

A body's possessive before a role and a name in commas ("Harbourline's operations director,
Graham Ostley, rejected …, saying …") leaves the words to the name, not the body. A kind of
business capitalized only because it opens the sentence ("Broadcaster Northlight TV said")
is no part of the body's name. A company introduced by its kind ("the supplier, Wexcombe
Water") is the one a later "The company said" stands for, however far back, while no other
body is named before it. "He said: “…”" right after the words of someone unnamed ("A spokesman for the
firm said …") is that person, not the man named further back. English reported speech reaches
a little further back to its verb ("told the Courier that a contractor had now been appointed
and the lift would be ‘…’"), but not into a clause that opens the sentence ("When one pupil
asked …, began …") nor across a bracket. A quotation that is all a pair of brackets holds ("(“…”)")
is an example or a slogan, not words going on from the quotation before it. A role a body's
name qualifies ("the Liberal Party candidate said") opening the paragraph after one whose last
sentence naming anyone names one person stands for that person (not a place's: "the Kilbrook
businessman" stays as written). In an English profile, a pronoun that went to someone
introduced as "Her manager, X" goes back to the profile's subject when X is not named in the
quotation's paragraph nor the one before. "The diplomat said" right after the words of "A
senior diplomat from …" (its paragraph or the one before) is that same unnamed person.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

MORE = (
    "\n\nThe council will meet again next month to discuss the matter, and residents have been "
    "invited to attend the session at the town hall on the high street."
)

CASES: list[Case] = [
    # a body's possessive, a role, then the name in commas
    (
        "The union says the new rota has made shifts longer. Harbourline's operations "
        "director, Graham Ostley, rejected that description, saying the changes were "
        "“cost-neutral for staff” and had been agreed." + MORE,
        [("cost-neutral for staff", "Graham Ostley")],
    ),
    # near miss: a clause in commas after the role names no one: no name is made up
    (
        "Harbourline's chief executive, who joined in May, said the plan was “a fair deal for "
        "everyone” and would go ahead." + MORE,
        [("a fair deal for", None)],
    ),
    # the kind of business opening the sentence before the body's name
    (
        "The singer left the stage in tears.\n\nBroadcaster Kestrel TV said in a statement that "
        "it was ‘aware of an incident during the show’.",
        [("aware of an incident", "Kestrel TV")],
    ),
    # near miss: a body whose own name opens on such a word keeps it
    (
        "Network Rail said in a statement that the line would be “closed until Monday” after "
        "the landslip." + MORE,
        [("closed until Monday", "Network Rail")],
    ),
    # a company introduced by its kind, then "The company said" far later
    (
        "Anger mounted over the response of the supplier, Pellow Water.\n\nThe company said it "
        "hoped to restore supplies ‘by the end of Monday’.\n\nResidents said they had been left "
        "to fend for themselves. Queues stretched past the leisure centre for much of Saturday, "
        "and bottled water ran out twice. Several shops closed early.\n\nVolunteers carried "
        "crates to older people on the estate. Schools stayed shut on Friday.\n\nThe company "
        "said it would ‘review any case where we fell short’.",
        [("by the end of Monday", "Pellow Water"), ("review any case", "Pellow Water")],
    ),
    # near miss: two companies named, "the company" stays as written
    (
        "Pellow Water bought Ashby Pipes Ltd last year.\n\nResidents complained for weeks. "
        "Shops closed early. Schools shut.\n\nVolunteers carried crates. The roads flooded.\n\n"
        "The company said it would ‘review any case where we fell short’.",
        [("review any case", "The company")],
    ),
    # "He said:" right after an unnamed spokesman's words; reported speech reaching back
    (
        "The tenants' chair, Tomas Weller, said residents had complained for months.\n\nA "
        "spokesman for the company told the Courier that a contractor had now been appointed "
        "and the lift would be ‘fully operational before the new year’. He said: ‘We take the "
        "welfare of our residents extremely seriously.’" + MORE,
        [
            ("fully operational", "A spokesman for the company"),
            ("We take the welfare", "A spokesman for the company"),
        ],
    ),
    # near miss: a message is no one "He" stands for
    (
        "Mark Tilney sent the victim a message that said: ‘You will regret this.’ He also "
        "taunted her online, telling her: ‘I am going to post more.’" + MORE,
        [("I am going to post", "Mark Tilney")],
    ),
    # near miss: a clause opening the sentence holds the verb, not the speaker
    (
        "Jack Morrow spoke to pupils about drinking.\n\nWhen one pupil asked Mr Morrow how the "
        "council proposed to tackle under-age drinking in the town, began his answer with a "
        "quip: “I'm sure nobody here drinks.”" + MORE,
        [("I'm sure nobody here", "Jack Morrow")],  # (not "one pupil")
    ),
    # a party's role after the paragraph whose last named person is the one it stands for
    (
        "The bus was late into Kilbrook, and by the time Ellen Marrow stepped off it, most of "
        "the crowd had gone home. She did not seem to mind.\n\n“Ten people is a good meeting "
        "in the rain,” the Liberal Party candidate said." + MORE,
        [("Ten people is a good", "Ellen Marrow")],
    ),
    # near miss: a place before the role noun stays as written
    (
        "The rally ran late, and Ellen Marrow spoke last. She thanked the crowd.\n\n“She will "
        "sell the town hall if she can,” the Kilbrook businessman said." + MORE,
        [("She will sell", "the Kilbrook businessman")],
    ),
    # near miss: two people named in that sentence: as written
    (
        "Rovers led through a Kyle Dorran header before Dorran set up Sam Whitby.\n\n“Twice "
        "we got up,” the Vale manager said." + MORE,
        [("Twice we got up", "the Vale manager")],
    ),
    # a profile: "she" two paragraphs after "Her manager, X" is the subject again
    (
        "Corinne Vale on fame, fridges and a fourth album\n\nCorinne Vale wrote her first "
        "album in a basement flat. “It was the only room I could afford,” she says.\n\nShe "
        "still lives two streets away. “I like the bus. Nobody looks at you on the bus.”\n\n"
        "Her manager, Dana Oakes-Whitby, says the break last year was non-negotiable. “Nobody "
        "was going to let her burn out,” she says.\n\nNow she is back, and the new tour sold "
        "out in an hour.\n\nDoes she worry about the pressure? She laughs. “Every single "
        "day,” she admits.",
        [("Nobody was going", "Dana Oakes-Whitby"), ("Every single day", "Corinne Vale")],
    ),
    # near miss: that person named again beside the quotation keeps it
    (
        "Corinne Vale on fame, fridges and a fourth album\n\nCorinne Vale wrote her first "
        "album in a basement flat. “It was the only room I could afford,” she says.\n\nShe "
        "still lives two streets away. “I like the bus. Nobody looks at you on the bus.”\n\n"
        "Her manager, Dana Oakes-Whitby, says the break last year was non-negotiable.\n\nNow "
        "she is back, and the new tour sold out in an hour.\n\n“Every single day is "
        "busy,” Ms Oakes-Whitby admits.",
        [("Every single day", "Dana Oakes-Whitby")],
    ),
    # a second verb after "but" with its subject left out: the first verb's subject
    (
        "Passengers at Harrow Vale Airport waited six hours for their bags.\n\nThe airport "
        "said the fault had been fixed by noon but warned that a backlog would take “well "
        "into Sunday” to clear." + MORE,
        [("well into Sunday", "Harrow Vale Airport")],
    ),
    # near miss: the second verb has its own subject
    (
        "Passengers at Harrow Vale Airport waited six hours for their bags.\n\nThe airport "
        "said the fault had been fixed by noon, but travellers warned that the backlog would "
        "take “well into Sunday” to clear." + MORE,
        [("well into Sunday", None)],  # (not the airport)
    ),
    # "the diplomat" after "A senior diplomat …" in the paragraph before
    (
        "Anna Berg chaired the talks.\n\nA senior diplomat from one of the smaller "
        "delegations said the talks had been “hijacked by domestic politics” overnight.\n\n"
        "“Everyone agreed at two in the morning,” the diplomat said." + MORE,
        [("hijacked by", "A senior diplomat"), ("Everyone agreed", "A senior diplomat")],
    ),
    # near miss: another noun stays as written
    (
        "Anna Berg chaired the talks.\n\nA senior diplomat from one of the smaller "
        "delegations said the talks had been “hijacked by domestic politics” overnight.\n\n"
        "“Everyone agreed at two in the morning,” the official said." + MORE,
        [("Everyone agreed", "the official")],
    ),
    # a slogan in brackets is not the words of the quotation before it
    (
        "Ann Lowry claimed that the campaign had got off to a “great start”. Its posters flag "
        "up cleaner streets (“How hard is it to sweep a road?”) and safer parks." + MORE,
        [("great start", "Ann Lowry"), ("How hard is it", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_en12_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)


def test_possessive_inside_a_body_name_is_no_person() -> None:
    """ "Kelby Coroner’s Court" names a court: "Coroner" opening the headline is not a person
    called "Kelby Coroner"."""
    text = (
        "Coroner issues warning over ‘dangerous’ junction\n\nA coroner is to write to the "
        "highways authority after a cyclist died at a roundabout in Kelby.\n\nThe hearing at "
        "Kelby Coroner’s Court was told she suffered catastrophic injuries." + MORE
    )
    for _head, _expected, found in outcomes([(text, [("dangerous", None)])]):
        assert found != "Kelby Coroner"
