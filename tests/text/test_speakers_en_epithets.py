"""English shapes of sports and tabloid pages, features, business and court reports (invented
passages): a team's name qualifying a role noun, a tabloid's adjective in capitals and an
imperative opening a sentence before a name, a name given only in part, a stance sentence
before someone's words, an office its holder owns."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    (
        # "The Albion manager": the team's name qualifies the role noun, no person is named,
        # so the "he" after it is still the manager named before
        "Thornley Albion manager Dave Morrow last night hit out at the officials after his "
        "side lost the derby to a late goal.\n\n"
        "The Albion manager, 52, was still fuming when he faced the cameras after the game.\n\n"
        "\u201cI have been in this game for years and I have never seen a decision like it,\u201d "
        "he said.",
        [("I have been in this game", "Dave Morrow")],
    ),
    (
        # "Former Albion striker turned pundit Lee Barnes": the team's name is no subject
        "Thornley Albion manager Dave Morrow was angry with the referee after the match and "
        "said so at length to anyone who would listen.\n\n"
        "Former Albion striker turned pundit Lee Barnes was less convinced. He said on the "
        "late highlights show: \u201cIt is soft, but the defender gave him a decision to make.\u201d",
        [("It is soft", "Lee Barnes")],
    ),
    (
        # a tabloid's adjective in capitals opens the sentence, not the name
        "SHOCKED Dunmere Town boss Gavin Pryce last night blasted his players after a "
        "humiliating cup exit at the hands of a non-league side.\n\n"
        "\u201cThat was the worst ninety minutes of my time here and I told them so,\u201d he "
        "said. \u201cNobody in that dressing room can be proud of it.\u201d",
        [("That was the worst", "Gavin Pryce"), ("Nobody in that", "Gavin Pryce")],
    ),
    (
        # an imperative opening a sentence ("Ask Maureen what …") is no part of her name
        "Maureen Tully has run the corner shop on Canal Street for thirty-one years, and her "
        "husband Dennis has stood behind the counter with her for most of them.\n\n"
        "Ask Maureen what has changed and she laughs before she answers.\n\n"
        "\u2018Everything and nothing. The prices, the faces, the papers nobody buys any more. "
        "But people still want someone to talk to,\u2019 she says.",
        [("Everything and nothing", "Maureen Tully")],
    ),
    (
        # a source who gives only part of a name: that name, as written
        "Crowds gathered on the riverfront on Saturday night to watch the first fireworks "
        "display the town has held since the flood, and the mood was cheerful.\n\n"
        "\u201cBest night out we have had in years,\u201d said the man, who gave his name only "
        "as Dmitri. A woman beside him, who identified herself only as Greta, agreed.",
        [("Best night out", "Dmitri")],
    ),
    (
        # a stance sentence on someone unnamed, then their words: theirs, not the firm's
        "Shares in the group fell sharply after the results, and several analysts cut their "
        "forecasts. \u201cThe cut was bigger than anyone expected,\u201d said Joan Pettifer, "
        "an analyst at a London broker.\n\n"
        "A pension trustee at one of the largest investors was more cautious. \u201cThe "
        "board has lost the confidence of its investors,\u201d he said.",
        [("The board has lost", "A pension trustee")],
    ),
    (
        # "The judge was unmoved." before a quotation in its paragraph: the judge named before
        "Sentencing the three men on Monday, Judge Miriam Castellano said the fraud had been "
        "planned with great care over several years.\n\n"
        "Counsel for the youngest defendant, Owen Barraclough, said his client had been led "
        "astray by the others and was deeply ashamed.\n\n"
        "The judge was unmoved. \u2018You knew what you were doing and you chose to carry "
        "on,\u2019 she told him.",
        [("You knew what", "Miriam Castellano")],
    ),
    (
        # an office its holder owns is one body: "the County District Attorney's Office"
        "Prosecutors said the contractor had taken deposits from more than forty families and "
        "never returned to finish the work.\n\n"
        "In a statement, the Brandon County District Attorney's Office urged residents to "
        'check a contractor\'s licence. "Never hand over the full amount in advance," the '
        "statement said.",
        [("Never hand over", "Brandon County District Attorney's Office")],
    ),
    (
        # a tabloid's family count and a side's position call back the person named before
        "Supporters streamed out of the ground in silence. Lifelong fan Doreen Hatchard, 72, "
        "who has missed three home games since 1965, could not hide her anger.\n\n"
        "\u201cI have never seen us play as badly as that, not once,\u201d said the "
        "grandmother-of-six.\n\n"
        "Skipper Callum Ruddock, 29, said he had apologised to the dressing room. \u201cWe let "
        "the fans down and I take my share of the blame,\u201d the experienced centre-back "
        "said.",
        [("I have never seen us", "Doreen Hatchard"), ("We let the fans", "Callum Ruddock")],
    ),
    (
        # "the spokesperson" later is the body the spokesperson introduced speaks for, and
        # "a spokesman for the company" the company named before
        "A Kendal Water Authority spokesperson said crews had worked through the night to repair the "
        "burst main on Station Road, and supplies were back by morning.\n\n"
        "\u201cWe are sorry for the disruption our customers faced,\u201d the spokesperson "
        "said.\n\n"
        "Harbridge Logistics Group, which runs the depot next to the main, said it had lost a "
        "day of deliveries. \u201cWe will be seeking compensation,\u201d a spokesman for the "
        "company said.",
        [
            ("We are sorry", "Kendal Water Authority"),
            ("We will be seeking", "Harbridge Logistics Group"),
        ],
    ),
    (
        # a document "which read:" is its issuer's
        "The striker was sent off in the first half for a second booking, and the home side "
        "went on to lose by three goals.\n\n"
        "On Sunday evening Kingsford Albion Football Club released a statement which read: "
        "\u201cThe club will appeal against the red card and will make no further comment.\u201d",
        [("The club will appeal", "Kingsford Albion Football Club")],
    ),
    (
        # someone unnamed after a fronted place, a relative clause describing them: "she said"
        # is theirs, not the person named in the paragraph before
        "Councillor Hannah Voss said the new parking charges were needed to pay for road "
        "repairs across the district.\n\n"
        "Near the bus station on Mill Lane, a commuter who asked not to be named said she would "
        "stop driving into town. \u201cIt is simply too expensive now,\u201d she said.",
        [("It is simply too", "a commuter")],
    ),
    (
        # a headline opening on a capitalized common noun before its colon: the quotation is
        # the body's speaker's
        "Landlord who ignored mould complaints fined: \u201cYou put profit before health\u201d\n\n"
        "A landlord who ignored repeated complaints about damp and mould in a flat where a "
        "toddler fell ill was fined \u00a340,000 at Ashby Magistrates' Court on Tuesday.\n\n"
        "District Judge Felicity Marchbank told him: \u201cYou put profit before health, and "
        "a child paid the price.\u201d",
        [("You put profit before health", "Felicity Marchbank")],
    ),
    (
        # a first name no list holds, alone, after the full name of one woman introduced
        # before: hers, not her mother's quoted last
        "Briony Castellan is sixteen and already the best young rower the club has produced. "
        "She trains before school every morning.\n\n"
        "Her mother, Helen Castellan, worries about the early starts. \u201cShe is out of the "
        "door before I am awake,\u201d Helen Castellan says.\n\n"
        "Briony, told this later, shrugs. \u201cSomebody has to open the boathouse,\u201d "
        "she says.",
        [("Somebody has to open", "Briony Castellan")],
    ),
    (
        # the reporter's question to someone named, then a paragraph that is only the answer
        "Ottilie Brandreth ran the village post office for forty years and closed it for the "
        "last time in March.\n\n"
        "I asked Ottilie whether she would do it all again. She thought about it while the "
        "kettle boiled.\n\n"
        "\u201cEvery day of it. Though not the Christmas rush.\u201d",
        [("Every day of it", "Ottilie Brandreth")],
    ),
    (
        # a name "its" refers to is a company's, which "the company" later stands for
        "Shares in Castlegate Foods fell by a fifth on Thursday after the bakery group warned "
        "on profits for the second time this year.\n\n"
        "Separately, Castlegate Foods said its finance director, Rupert Salinger, would leave "
        "in June. The company said the departure was \u201centirely amicable\u201d.",
        [("entirely amicable", "Castlegate Foods")],
    ),
    (
        # a court exchange: the lone question is the examiner's, the answer the witness's
        "The former finance director, Graham Pellow, 58, denies three counts of false "
        "accounting at Leeds Crown Court.\n\n"
        "Questioned by Miriam Ashworth KC, for the prosecution, he was asked whether he had "
        "told the auditors about the missing invoices.\n\n"
        "\u2018I did not think it was my job,\u2019 Pellow replied.\n\n"
        "\u2018Whose job was it?\u2019\n\n"
        "\u2018The accounts team, I suppose.\u2019",
        [
            ("I did not think", "Graham Pellow"),
            ("Whose job was it", "Miriam Ashworth"),
            ("The accounts team", "Graham Pellow"),
        ],
    ),
    (
        # a body named for the district it serves is the whole name, not the district
        "A former harbour commissioner was sentenced on Monday to eight years in prison for "
        "taking bribes from shipping agents over a decade.\n\n"
        "In a statement, the Federal Trustee's Office for the Northern District of Kelso said the "
        'sentence "shows that no office is above the law."',
        [("shows that no office", "Federal Trustee's Office for the Northern District of Kelso")],
    ),
    (  # a sentence opening on a conjunction and a party's role ("As Tory leader X …") does
        # not make X its subject: "he" in the next sentence is the main clause's subject
        "As Green leader Tom Hale kicked off his campaign, the Labour leader Bill Booth "
        "dismissed the Greens as a \u201cspent\u201d force. And he insisted there was "
        "\u201cno ceiling\u201d to his party's hopes.",
        [("no ceiling", "Bill Booth")],
    ),
    (  # an age epithet is never the person the text gave another age, however salient
        "Substitute Callum Reddy headed the winner for Tarnby Town in the 88th minute.\n\n"
        "'We were poor for an hour,' admitted Tarnby manager Ian Foxley, 49. 'I told them so "
        "at half-time, and they listened.'\n\n"
        "Within five minutes of the restart, winger Kofi Asante cut inside and curled a shot "
        "past goalkeeper Tom Ware to level.\n\n"
        "'Kofi has been carrying a knock all week,' Foxley said. 'He told me he was playing "
        "anyway.'\n\n"
        "Hollin thought they had held on until Reddy, on for only ten minutes, rose at the "
        "far post.\n\n"
        "'I just went for it,' said the 19-year-old, who joined on loan in January.",
        [("We were poor", "Ian Foxley"), ("I just went for it", "Callum Reddy")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_english_epithet_shapes(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
