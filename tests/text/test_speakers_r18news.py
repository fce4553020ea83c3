"""English news shapes read on real copy (invented passages): a surname alone that is also a
man's first name keeps the gender of the full name ("Russell" after "Laura Russell"); a surname
that is also a body's word after a first name is a person ("Helen Fox", then "Dr Fox"); "X's
spokesman said:" names the spokesman as written, and the owner of a person noun is no subject
a later "he" points back to; a name opening a clause of time ("came as Bishop X … backed") is
that clause's subject; "the 29-year-old Austrian" points back unless "an Austrian" introduced
someone (not "an Austrian doctor"); "X from the Y Association told" is X; "The chairman told her
not to …" after a quotation is no attribution; a paragraph only quotation goes on with the
quotation before it rather than with a speaker the sentence after it introduces; "X contributed
to this report" is a credit line; a prize or a DVD is no person; the pieces of a quotation over
paragraphs run together (“A. ”B. “C.) go on with the first; "The mayor's official spokesman" is one
subject; a quotation opening its paragraph after one whose last sentence reports a person's
speech ("Tom Hale said he was sad …") is that person's; so is one opening its sentence after
"according to Mrs X" or after a sentence whose subject introduces a person in full between two
quotations. Near-miss guards keep the old readings."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import speaker_of

EN_MORE = (
    "\n\nThe council will meet again next month to decide how the money should be spent, and "
    "residents have been invited to send their views before the end of the consultation."
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # a surname alone that is also a man's first name: her gender, not his
            "Film-maker Laura Russell has been praised by the arts council.\n\n"
            "Russell's film Moth won the best short film award on Sunday. \"The council spends "
            'a lot on short films," said chief executive Tom Wood. "It pays off."\n\n'
            "The film tells the story of a nurse who loses her job. It has already won many "
            'awards including the Lisbon Shorts Prize. Russell, from Leeds, called the win "a '
            'shock. I never expected this," she said, holding the trophy next to actor Tom '
            'Hanks. "My whole crew deserves a holiday."' + EN_MORE,
            "My whole crew deserves",
            "Laura Russell",
        ),
        (  # "Fox" after a first name is a surname, not the network
            "Party chairman Helen Fox hit back on Monday.\n\n"
            'Dr Fox accused Mr Brown and other ministers of misleading voters. "They will say '
            'anything to win," she told the BBC.' + EN_MORE,
            "They will say anything",
            "Helen Fox",
        ),
        (  # "X's spokesman said:": the spokesman as written
            "The minister faced questions on Monday.\n\n"
            'Mr Brown\'s spokesman said: "The plan is clear and it will not change."' + EN_MORE,
            "The plan is clear",
            "Mr Brown's spokesman",
        ),
        (  # a sentence adverb before the owner is no part of the name
            "The minister faced questions on Monday.\n\n"
            'But Tom Brown\'s lawyer told reporters: "My client will appeal."' + EN_MORE,
            "My client will appeal",
            "Tom Brown's lawyer",
        ),
        (  # the owner of the spokesman is no subject; "came as X … supported": X's clause
            "The vote is due next week.\n\n"
            'Mr Brown\'s spokesman said: "The church has a clear view on this." The remarks came '
            "as Bishop Peter Morley, the Bishop of Lowfield, supported Mr Hale's plan and broke "
            'with the party. Speaking later, he called the vote "a matter of conscience for the '
            'diocese".' + EN_MORE,
            "a matter of conscience",
            "Peter Morley",
        ),
        (  # "an Austrian doctor" (an adjective) introduces no one: the epithet points back
            "Skier Jan Halder has been suspended for two months. Halder blames a cough syrup "
            "an Austrian doctor prescribed for a chest infection.\n\n"
            '"I have nothing to hide," the 29-year-old Austrian told reporters.' + EN_MORE,
            "I have nothing to hide",
            "Jan Halder",
        ),
        (  # "X from the Y Association told": the person, not the employer
            "Gadget sales keep rising, according to the trade fair's organisers.\n\n"
            '"Phones are eating every other device," Kate Miller from the Home Gadget '
            "Association, told the BBC. The fair closes on Sunday." + EN_MORE,
            "Phones are eating",
            "Kate Miller",
        ),
        (  # “…?” The chairman told her not to interrupt.: an order, not an attribution
            "The meeting lasted ten minutes.\n\n"
            '"I heard you," Vance snapped. "But I was sure of my plan. Do you follow me?" The '
            'chairman told her not to interrupt. "I don\'t care," Vance said.' + EN_MORE,
            "But I was sure of my plan",
            "Vance",
        ),
        (  # a paragraph only quotation goes on with the one before, not with the speaker the
            # sentence after it introduces
            "The trial went on.\n\n"
            'The police left the house. "When they left, all the papers were on the floor," Mr '
            "Kent said.\n\n"
            '"On their return, every paper was neatly in a box." Cutting in, Judge Moss said: '
            '"So this was a fraud."' + EN_MORE,
            "On their return",
            "Kent",
        ),
        (  # “…!” X contributed to this report.: a credit line, no attribution
            "The vote split the town.\n\n"
            "Mary Olsen, who runs a clinic in Dover, said on Facebook that the vote was a blow. "
            '"It puts patients at risk," she said. "We will keep going!" NBC\'s Tom Ridley '
            "contributed to this report." + EN_MORE,
            "We will keep going",
            "Mary Olsen",
        ),
        (  # a disc's title ("the Moon Raiders DVD") is no one a later "he" points back to
            "For Tom Baker, head of sales at the firm Lumex, the new format is good news. He "
            "has worked on the Moon Raiders DVD box set.\n\n"
            '"We use one master file for everything," he says. The Moon Raiders DVD sold well, '
            'and the Moon Raiders DVD set is out again. "Every frame is clean," he explains.'
            + EN_MORE,
            "Every frame is clean",
            "Tom Baker",
        ),
        (  # paragraphs of one quotation run together, their marks read in pairs: “A. ”B. “C.
            "The coach is staying.\n\n"
            'Ana Lind said she would not quit. "The squad is my priority," she said.\n\n'
            '"We have worked hard for this and the results show it. "Nobody gives you anything '
            'in this sport. "Some people said our budget had doubled and that is not true. '
            '"Of course we wanted more money."' + EN_MORE,
            "Some people said our budget",
            "Ana Lind",
        ),
        (  # a lower-case owner inside the subject: "The mayor's official spokesman …, saying:"
            "The report was published on Friday.\n\n"
            "The mayor's official spokesman dismissed the report, saying: \"Nobody at the town hall "
            'saw the draft." But councillor Tom Hale says the draft should now be made public.'
            + EN_MORE,
            "Nobody at the town hall",
            "The mayor's official spokesman",
        ),
        (  # a paragraph opening on a quotation after one whose last sentence reports a person
            "The premiere went ahead without its star.\n\n"
            'Ana Lind sent a message. "I am so sorry to miss it," she said. Crowds filled the '
            "square for hours. The show's producer Tom Hale said he was sad that Lind stayed "
            "away.\n\n"
            '"It is a pity. She has been ill all week." Her co-star Mia Ross, 40, signed '
            'autographs. "Tonight is for the fans," she said.' + EN_MORE,
            "It is a pity",
            "Tom Hale",
        ),
        (  # a quotation opening its sentence after one citing "according to" a person
            "Market traders met on Monday.\n\n"
            "Turnout worries the party. The real trouble, according to Mrs Ana Pryce, is the cost "
            'of living rather than the war. "I hear it at every market stall. People are tired of '
            'waiting."' + EN_MORE,
            "I hear it at every market stall",
            "Ana Pryce",
        ),
        (  # a sentence introducing someone new as its subject between two quotations
            "Market traders met on Monday.\n\n"
            '"The hall was full," Ana Pryce said. Her neighbour, Tom Hale, who runs the bakery, '
            'blames the council for the empty shops. "Nobody listens to us here. We are tired."'
            + EN_MORE,
            "Nobody listens to us here",
            "Tom Hale",
        ),
        (  # the same with role words before the name opening the sentence
            "Market traders met on Monday.\n\n"
            '"The hall was full," Ana Pryce said. Green Party housing spokesman Tom Hale renewed '
            'his call for the market to stay open. "Nobody listens to us here. We are tired."'
            + EN_MORE,
            "Nobody listens to us here",
            "Tom Hale",
        ),
    ],
)
def test_english_news_shapes(text: str, head: str, speaker: str) -> None:
    assert speaker_of(text, head) == speaker


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # guard: a first name alone keeps its own gender ("Charlotte" after "Charlotte Reed")
            "Cyclist Charlotte Reed, 26, nearly died in a crash last year.\n\n"
            'Charlotte spent weeks in hospital with the help of the Air Ambulance. "I owe them '
            'my life," she said.' + EN_MORE,
            "I owe them my life",
            "Charlotte Reed",
        ),
        (  # guard: the owner of a thing (a memo) stays the one a later "he" points back to
            "The club's press chief was at the centre of a new row.\n\n"
            "Mr Carver's memo, written late at night for the chairman, urged the board to ask "
            'Tom Bell, the kit sponsor, to back the manager. Later he wrote: "Just tell them we '
            'all work well together."' + EN_MORE,
            "Just tell them",
            "Carver",
        ),
        (  # guard: "Fox" alone with no first name is still the network
            "The interview was broadcast on Sunday.\n\n"
            '"We stand by our reporting," Fox said in a statement.' + EN_MORE,
            "We stand by our reporting",
            "Fox",
        ),
        (  # guard: "a Swede who …" introduces someone the text never names
            "The race was run in heavy rain. A Swede who had flown in that morning won it.\n\n"
            '"I love this town," the Swede said.' + EN_MORE,
            "I love this town",
            None,
        ),
        (  # guard: “…,” X told him: an attribution after a comma stays one
            'The hearing lasted ten minutes.\n\n"Sit down," Judge Moss told him. "Now."' + EN_MORE,
            "Sit down",
            "Moss",
        ),
        (  # guard: a quotation paragraph before "X said:" with no quotation before it
            "The trial went on.\n\n"
            '"Every paper was neatly in a box." Judge Moss said: "So this was a fraud."' + EN_MORE,
            "Every paper was neatly",
            "Moss",
        ),
        (  # guard: someone named between the pieces stops the chain
            "The coach is staying.\n\n"
            'Ana Lind said she would not quit. "The squad is my priority," she said.\n\n'
            '"We have worked hard for this and the results show it. "Tom Reyes chairs the '
            'board. "Some people said our budget had doubled and that is not true. "Of course we '
            'wanted more money."' + EN_MORE,
            "Some people said our budget",
            None,
        ),
        (  # guard: a last sentence about someone that reports no speech gives no one
            "The premiere went ahead without its star.\n\n"
            'Ana Lind sent a message. "I am so sorry to miss it," she said. Crowds filled the '
            "square for hours. The show's producer Tom Hale arrived late.\n\n"
            '"It is a pity. She has been ill all week." Her co-star Mia Ross, 40, signed '
            'autographs. "Tonight is for the fans," she said.' + EN_MORE,
            "It is a pity",
            "Mia Ross",
        ),
        (  # guard: "according to" a body names no speaker
            "Market traders met on Monday.\n\n"
            "Turnout worries the party. The real trouble, according to the council, is the cost "
            'of living rather than the war. "I hear it at every market stall. People are tired of '
            'waiting."' + EN_MORE,
            "I hear it at every market stall",
            None,
        ),
        (  # guard: a sentence about a thing between the quotations keeps the speaker before
            "Market traders met on Monday.\n\n"
            '"The hall was full," Ana Pryce said. The hall, built in 1900 by the town, needs new '
            'windows. "Nobody listens to us here. We are tired."' + EN_MORE,
            "Nobody listens to us here",
            "Ana Pryce",
        ),
        (  # guard: a sentence opening on "He" between the quotations introduces no one new
            "Market traders met on Monday.\n\n"
            '"The hall was full," Tom Hale said after meeting the mayor, Ana Pryce. He did not '
            'stay long. "Nobody listens to us here. We are tired."' + EN_MORE,
            "Nobody listens to us here",
            "Tom Hale",
        ),
        (  # guard: a name a preposition governs opens no new speaker
            "Market traders met on Monday.\n\n"
            '"The hall was full," Ana Pryce said. The report by Tom Hale found that trade had '
            'fallen. "Nobody listens to us here. We are tired."' + EN_MORE,
            "Nobody listens to us here",
            "Ana Pryce",
        ),
    ],
)
def test_english_news_guards(text: str, head: str, speaker: str) -> None:
    assert speaker_of(text, head) == speaker
