"""English organisations as speakers (whole names, the business nouns that stand for them) and
people named after their office (invented passages)."""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes
from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    (  # a title word inside an organisation's name ("State") cuts nothing off it
        "The Okene State Rural Water Supply Agency, in a statement on Friday, urged residents "
        "to boil water. “Wells in six wards have been closed for testing,” the agency said.",
        [("Wells in six wards", "Okene State Rural Water Supply Agency")],
    ),
    (  # … but a title before a first name still opens the person's name
        "Dunleary County Sheriff Tom Broadbent said two cars had been swept away. "
        "“We are still searching the riverbank,” Broadbent said.",
        [("We are still searching", "Tom Broadbent")],
    ),
    (  # a saint's possessive opens an institution's name; it is no owner
        "In a statement, St Fintan’s Regional Hospital said it “deeply regrets the delays” "
        "that patients faced over the weekend.",
        [("deeply regrets the delays", "St Fintan’s Regional Hospital")],
    ),
    (  # "the company" stands for the company the text named as a subject before
        "Halvorsen Marine Fittings Ltd. told workers on Monday that it would shut its second "
        "line in May. The company, which makes deck hardware, employs about 500 people.\n\n"
        "“This is the worst news I have had to give,” managing director Irene Paske said.\n\n"
        "Union steward Colm Darragh said members were “furious”.\n\n"
        "The company said in a statement that it had “no intention of moving the work abroad”.",
        [
            ("This is the worst", "Irene Paske"),
            ("no intention of moving", "Halvorsen Marine Fittings Ltd"),
        ],
    ),
    (  # "the fund" for the investor named just before
        "In a note to clients, Corrib Valley Partners said the chain had “real pricing "
        "power”. “We expect margins to keep widening,” the fund said.",
        [("We expect margins", "Corrib Valley Partners")],
    ),
    (  # "it" after a sentence whose subject is the body's head noun: the full name
        "Bills from the Tarne Valley Water Authority doubled this spring for many households."
        "\n\n“I paid a plumber to come out. No leak. Then they tell me the meter is more "
        "accurate. More accurate than what?” said Ada Merrow, who runs a bakery."
        "\n\nThe authority says the new meters are accurate. In a written statement, it said "
        "the devices “register small leaks that older meters never caught”.",
        [("I paid a plumber", "Ada Merrow"), ("register small", "Tarne Valley Water Authority")],
    ),
    (  # a spokesperson named by the kind of body ("A council spokesperson", "a spokesman
        # for the operator"): the body of that kind named before
        "Pupils at Fenmoor Lane school will learn in cabins from September. The local "
        "authority, Tarnshire County Council, approved the plan in May.\n\n"
        "A council spokesperson told me the authority was “looking at every option for more "
        "space in the area”.\n\n"
        "Trains between Hollin and Ashby will not run until April, and Greyfell Rail Services "
        "said its reduced timetable would stay in place.\n\n"
        "A spokesman for the operator said: “We know this is frustrating for passengers.”",
        [
            ("looking at every option", "Tarnshire County Council"),
            ("We know this is", "Greyfell Rail Services"),
        ],
    ),
    (  # two companies named before: "the company" says not which, so it stays as written
        "Pellworth Tools Inc. bought Ardmore Castings Ltd. last year. The company said it had "
        "“no plans” to merge the two plants.",
        [("no plans", "The company")],
    ),
    (  # a body's lower-case noun ending in "-ment" is the subject's head, no adverb
        "The Tollbridge College athletic department said: “We are proud of every one of them.”",
        [("We are proud", "The Tollbridge College athletic department")],
    ),
    (  # a union's name over "and", a relative clause with a number in it, and "union" after
        # the name is no part of it
        "The Harbour Food and Dock Porters union, which represents about 1,400 porters, said "
        "in a statement that it was “angry but not surprised” by the cuts.",
        [("angry but not surprised", "The Harbour Food and Dock Porters")],
    ),
    (  # a verdict participle closing a long sentence: the subject of its speech verb
        "Back in Tollbridge, a town of 6,000, the Tollbridge College athletic department said in "
        "a statement that it would open the gym for a watch party on Saturday, calling the run "
        "“the finest season the Otters have had.”",
        [("the finest season", "the Tollbridge College athletic department")],
    ),
]

# people named after their office, or with a title before the name
PEOPLE: list[Case] = [
    (  # "The <role> of <body>, <title> <first name> <surname>, said": the person, not the body
        "The Cathaoirleach of Sligo County Council, Cllr Tomás Ó Briain, said the county had "
        "“lost a great friend”.",
        [("lost a great friend", "Tomás Ó Briain")],
    ),
    (
        "The chairman of Ardee Town Council, Cllr Fionnuala Brady, said the town had “never seen "
        "a flood like it”.",
        [("never seen", "Fionnuala Brady")],
    ),
    (  # Hausa honorifics are titles: "Malam", "Hajiya"
        "A farmer, Malam Idris Bako, who brought his son to the clinic, said the family drank "
        "from the river. “We have no choice,” he said.\n\n"
        "Hajiya Amina Sule, a trader, said prices had doubled. “We cannot cope,” she said.",
        [("We have no choice", "Idris Bako"), ("We cannot cope", "Amina Sule")],
    ),
    (  # a first-person quotation after a longer sentence about the one person it names
        "For 30 years, the voice on the phone belonged to Dr Ewan Carrick. On Friday, the "
        "70-year-old saw his last patient.\n\n"
        "Carrick arrived from Perth as a young locum, intending to stay a year. “My wife, Morag, "
        "gave it a year. Then we stopped counting.”",
        [("My wife, Morag", "Ewan Carrick")],
    ),
    (  # … but a quotation not in the first person after such a sentence is no one's
        "For 30 years, the voice on the phone belonged to Dr Ewan Carrick. On Friday, the "
        "70-year-old saw his last patient.\n\n"
        "Carrick arrived from Perth as a young locum, intending to stay a year. “The valley "
        "had one road and two pubs.”",
        [("The valley had", None)],
    ),
    (  # "the reliever", "the veteran shortstop": a position's noun for the person the
        # sentences before name (trades that are also surnames, "baker", "farmer", are not
        # listed: "Farmer said" is the Ruth Farmer named before)
        "Darnell Quist, a 24-year-old right-hander, said the manager had taken a chance on him "
        "when nobody else would. “She called me herself,” the reliever said.\n\n"
        "Martin Threlfall is not convinced by any of this. Asked whether he could ever play "
        "first base, the veteran shortstop laughed. “A shortstop can play anywhere. It is the "
        "hardest position on the field.”",
        [("She called me herself", "Darnell Quist"), ("A shortstop can play", "Martin Threlfall")],
    ),
    (  # "the skipper": a team captain's noun for the one subject of the sentence before
        "Rovers levelled through a header from Niall Breen.\n\n"
        "Breen, whose goal came from a corner by Owen Tapley, was calm. “We kept going and "
        "it paid off,” the skipper said.",
        [("We kept going", "Niall Breen")],
    ),
    (  # "A nurse at the clinic, who …, said …. “…,” she said.": the unnamed person, by the
        # head noun before its complement, not the man named a paragraph before
        "The health commissioner, Dr Ibrahim Musa, confirmed the figures on Tuesday. “We have "
        "sent teams,” Musa said.\n\n"
        "A nurse at the clinic, who spoke on condition of anonymity because she was not "
        "authorised to speak, said staff were exhausted. “We are working double shifts,” she "
        "said.",
        [("We have sent", "Ibrahim Musa"), ("We are working", "A nurse at the clinic")],
    ),
    (  # Irish first names ("Bríd", "Síle") show a person named by first name alone
        "He married Síle Ní Bhriain, a teacher, in 1962. She survives him.\n\n"
        "Their daughter Aoife Kelly, a piper, said her father taught by example. “He never "
        "told me how to hold the bow.”\n\n"
        "His widow, Síle, said he had stayed sharp until the final weeks. “He was humming tunes "
        "to the nurses on Tuesday,” she said.",
        [("He never told", "Aoife Kelly"), ("He was humming", "Síle Ní Bhriain")],
    ),
]


# "the statement said" a paragraph after the document was introduced: whoever issued it, by
# the subject of the sentence that named it first ("in a statement", "issued a statement")
STATEMENTS: list[Case] = [
    (
        "Orrin Valley Freight denied the drivers' claims in a statement on Tuesday.\n\n"
        "\u201cWe have always paid our drivers on time,\u201d the statement said. \u201cAny "
        "suggestion otherwise is false.\u201d",
        [
            ("We have always paid", "Orrin Valley Freight"),
            ("Any suggestion", "Orrin Valley Freight"),
        ],
    ),
    (
        "The Tidewater Port Authority issued a short statement late on Friday.\n\n"
        "\u201cTwo men were detained at the north gate,\u201d the statement read.",
        [("Two men were detained", "The Tidewater Port Authority")],
    ),
    (  # a capitalized "States" in the sentence is a name's word, not the verb "states"
        "Three United States engineers were hurt in a blast at a dam in Idaho, the Bureau of "
        "Reclamation said in a statement on Monday.\n\n"
        "\u201cThe cause of the blast is under investigation,\u201d the statement said.",
        [("The cause of the blast", "Bureau of Reclamation")],
    ),
    (  # a later "the statement continued" is still the issuer's, not a person it names
        "Kestrel Foods denied the claims in a statement on its website.\n\n"
        "\u201cWe acted as soon as we knew,\u201d the statement read.\n\n"
        "\u201cThe truth is that Mona Fairley was told in March,\u201d the statement continued. "
        "\u201cWe tried to call her twice.",
        [
            ("We acted as soon", "Kestrel Foods"),
            ("The truth is that", "Kestrel Foods"),
            ("We tried to call", "Kestrel Foods"),
        ],
    ),
    (  # no one introduced the document: no speaker
        "Crews worked through the night.\n\n\u201cThe road will reopen,\u201d the statement said.",
        [("The road will reopen", None)],
    ),
]


@pytest.mark.parametrize("case", PEOPLE, ids=lambda c: c[0][:30])
def test_english_people_by_office_and_title(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


@pytest.mark.parametrize("case", CASES + STATEMENTS, ids=lambda c: c[0][:30])
def test_english_bodies(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_an_honorific_before_a_surname_like_a_body_is_no_part_of_a_name() -> None:
    # "Dr Fox": a title word is kept inside a body's name ("The State Rural Water Agency"),
    # but not a personal title before one surname that only looks like a body's word
    text = (
        "The opposition says the minister misled parliament over the bridge contract.\n\n"
        "Party co-chairman Alan Fox was speaking after the minister told members the opposition "
        "had no plan. Dr Fox told local radio: \u201cIf you will mislead parliament about a "
        "bridge, you will mislead it about anything.\u201d"
    )
    (quote,) = find_quotes(text)
    assert quote.speaker is not None and quote.speaker.endswith("Fox")
    assert not quote.speaker.startswith("Dr")


# a food maker's name is a body's ("Harrow Foods"), and "A Harrow spokesperson" is its
# spokesperson when the text named it in full before ("Harrow Freight" in short is "Harrow
# Freight Solutions"); a person's spokesman stays as written
SHORT_BODIES: list[Case] = [
    (
        "Harrow Foods, the Leeds-based maker of oat biscuits, reported a fall in profit on "
        "Wednesday.\n\nPre-tax profit fell to \u00a341m. The shares fell 6 per cent.\n\n"
        "In a statement to the stock exchange, the company said the \u201cexceptional cost "
        "environment\u201d would last into next year.",
        [("exceptional cost environment", "Harrow Foods")],
    ),
    (
        "Harrow Foods, the Leeds-based maker of oat biscuits, said it would close its Wakefield "
        "bakery.\n\nA Harrow spokesperson said the company had \u201ca long and careful record "
        "of talks with staff\u201d and would meet the union.",
        [("a long and careful record", "Harrow Foods")],
    ),
    (  # a company named in full, then in short: the full name
        "The haulier, Harrow Freight Solutions, reached a settlement with the families last "
        "year. In a brief statement, Harrow Freight said it \u201ccontinues to cooperate fully "
        "with all the authorities\u201d and declined to comment.",
        [("continues to cooperate", "Harrow Freight Solutions")],
    ),
    (  # guard: a person whose surname the company's name opens on
        "Tom Harrow founded Harrow Freight Solutions in 1990.\n\nHarrow said in a statement: "
        "\u201cWe continue to cooperate fully with all the authorities.\u201d",
        [("We continue to cooperate", "Tom Harrow")],
    ),
    (  # guard: the spokesman of a person named before
        "Sheriff Dana Whitlock said the road would stay shut until Friday because of the "
        "flooding.\n\nA Whitlock spokesman said later: \u201cThe sheriff will give another "
        "briefing in the morning.\u201d",
        [("The sheriff will give", "A Whitlock spokesman")],
    ),
    (  # guard: a person whose name the body's opens on
        "Dana Harrow, who founded Harrow Foods in 1990, said she was proud of the staff.\n\n"
        "A Harrow spokesman said later: \u201cShe will give another interview in the "
        "morning.\u201d",
        [("She will give another", "A Harrow spokesman")],
    ),
]


@pytest.mark.parametrize("case", SHORT_BODIES, ids=lambda c: c[0][:30])
def test_english_bodies_named_short(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
