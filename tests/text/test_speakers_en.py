"""Speakers on invented English news passages (issue 12 patterns 1-5 and 8)."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes, share_right

CASES: list[Case] = [
    (  # 1: a free-standing quote paragraph takes the person the paragraph before reports
        "Dana Whitlock of the harbour board says the queues have several causes.\n\n"
        "“Freighters turn up in clusters, and we own a single crane.”\n\n"
        "“Nobody planned for that.”",
        [("Freighters turn up", "Dana Whitlock"), ("Nobody planned", "Dana Whitlock")],
    ),
    (  # 2: a clause between the name and the verb
        "Former Interior Secretary Jane Roe, who also spoke at the rally, was right to say: "
        "“Parks are not a luxury for the few.”",
        [("Parks are not", "Jane Roe")],
    ),
    (
        "Tomas Brandt, a former harbour pilot, said the channel was too shallow. "
        "“Every captain in town knows it,” Brandt said.",
        [("Every captain", "Tomas Brandt")],
    ),
    (  # 3: short quotations after speech verbs
        "Councillor Rhea Mott accused the other councillors of “selling themselves cheap.”",
        [("selling themselves cheap", "Rhea Mott")],
    ),
    (
        "Piet Larsson told the meeting that the scheme had been tried before but “we failed.”",
        [("we failed", "Piet Larsson")],
    ),
    (  # 4: never the page; "she said in a statement" resolves she
        "Nadia Orwell runs the food bank on Mill Lane.\n\n"
        "“Demand has doubled since the spring,” she said in a statement.",
        [("Demand has doubled", "Nadia Orwell")],
    ),
    (  # 5: pronouns across paragraphs, never a byline
        "By Kevin Marsh\n\nGrace Holloway has coached the river team for a decade.\n\n"
        "The club lost its boathouse in the flood.\n\n"
        "“We train in borrowed boats now,” she said.",
        [("We train in borrowed", "Grace Holloway")],
    ),
    (  # 8: a quotation over several paragraphs with the speaker named before it
        "Inspector Lena Farr described the night in detail:\n\n"
        "“The first call came at two in the morning.\n\n"
        "“By three the road was under water and we had closed the bridge.”",
        [("The first call", "Lena Farr")],
    ),
    (  # 8: ... and after it
        "“The river rose faster than any model said it would.\n\n"
        "“We need better gauges upstream,” said hydrologist Omar Quint.",
        [("The river rose", "Omar Quint")],
    ),
    (  # 2: ", speaking on ..., told"
        "Oliver Stanmore, speaking on local radio, told listeners: “The tram will run by June.”",
        [("The tram will run", "Oliver Stanmore")],
    ),
    (  # an ordinary split quotation
        "“We checked every pipe,” said engineer Maya Lund. “None of them leaked.”",
        [("We checked every pipe", "Maya Lund"), ("None of them leaked", "Maya Lund")],
    ),
    # written after the rules above, as a check on passages they were not tuned on
    (
        "Photo: Lara Menzies\n\nThe ferry service will stop in October, the operator confirmed.\n\n“We cannot run it at a loss any longer,” the operator said in a statement.",
        [("We cannot run", "the operator")],
    ),
    (
        "VIEWPOINT\n\n“Cities should build up, not out,” writes Hugo Brennan, an urban planner.",
        [("Cities should build", "Hugo Brennan")],
    ),
    (
        "Martha Quayle, who chaired the inquiry for two years, told reporters: “The evidence was never in doubt.”",
        [("The evidence was", "Martha Quayle")],
    ),
    (
        "Fire chief Dev Anand said crews arrived within minutes.\n\n“The roof had already gone.”\n\n“We saved the houses on either side.”",
        [("The roof had", "Dev Anand"), ("We saved the", "Dev Anand")],
    ),
    (
        "Harriet Vance sat on the school board until May. Her brother runs the bakery.\n\n“I never expected the budget to pass,” Vance said.",
        [("I never expected", "Harriet Vance")],
    ),
    (  # 1: the person after ", says" in the paragraph before; a "she says" paragraph continues
        "The tunnel will open late, says Dana Whitlock of the transit board.\n\n"
        "“The drills keep hitting granite.”\n\n"
        "She says a second drill arrives in June.\n\n"
        "“Until then we dig by hand.”",
        [("The drills keep", "Dana Whitlock"), ("Until then we dig", "Dana Whitlock")],
    ),
    (  # 1: two people met and no one reports anything: unattributed
        "Dana Whitlock met Omar Reyes at the depot on Monday to look at the drills.\n\n"
        "“The drills keep hitting granite.”",
        [("The drills keep", None)],
    ),
    # a third batch, also written before the rules that handle it
    (
        "Councillor Joan Pryor, a former teacher, said the library must stay. “It is the only warm room some people have,” she said.",
        [("It is the only warm", "Joan Pryor")],
    ),
    (
        "“We will appeal,” said Liam Dorsey, the club's chairman, after the ruling.",
        [("We will appeal", "Liam Dorsey")],
    ),
    (
        "Kate Olsen, speaking at the harbour on Friday, told fishermen that “the quota will rise next year.”",
        [("the quota will rise", "Kate Olsen")],
    ),
    # a fourth batch, written before any rule change for it
    (
        "Ruth Abara chairs the water board. Her deputy, Colin Webb, resigned last month.\n\nThe board meets again in March.\n\n“We will publish every invoice,” Abara said.",
        [("We will publish", "Ruth Abara")],
    ),
    (
        "“The harvest was the worst in thirty years,” farmer Nils Aberg said. “Half the barley rotted.\n\n“The insurers have not paid a cent.”",
        [("The harvest was", "Nils Aberg"), ("Half the barley", "Nils Aberg")],
    ),
    (
        "Image: Tara Holm / City News\n\nMayor Greta Lind opened the bridge on Saturday.\n\n“It took nine years,” she said.",
        [("It took nine years", "Greta Lind")],
    ),
    (  # 3: a quotation ending the sentence its speaker opens, after any verb
        "Ada Finch chairs the planning committee.\n\n"
        "Ada Finch, for her part, called the plan “a gift to the developers and nobody else.”",
        [("a gift to the developers", "Ada Finch")],
    ),
]


def test_share_of_speakers_right() -> None:
    assert share_right(CASES) >= 0.85, outcomes(CASES)


def test_scare_quotes_stay_out() -> None:
    from bot.text.quotes import find_quotes

    text = "The so-called “reform” passed, and voters said “no” to the levy in March."
    assert find_quotes(text) == []


@pytest.mark.parametrize("text", [c[0] for c in CASES[:2]])
def test_quote_text_never_ends_with_comma(text: str) -> None:
    from bot.text.quotes import find_quotes

    assert all(not q.display.endswith(",") for q in find_quotes(text))
