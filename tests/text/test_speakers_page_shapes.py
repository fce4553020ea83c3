"""Speaker shapes seen across real news from many outlets (all passages invented here).

Each case pairs a passage with the speaker of each quotation in it: a substring the speaker
must contain, or None where the text names no one. They cover the ways a rule could take the
page around a quotation for its speaker: an outlet that reports a remark, a platform, an
employer, a place, a role's country, an office's charge, an acronym read as a pronoun.
"""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes

CASES = [
    # an acronym in capitals is an organisation, not the pronoun "who"
    (
        'Cholera spreads fast where water is dirty, and it "kills within days if untreated",'
        ' says WHO.\n\nThe new vaccine "should reach the camps before the rains", says WHO.',
        ["WHO", "WHO"],
    ),
    # "he said, according to <outlet>": the outlet only reports the remark
    (
        "Senator Mark Dolan spoke in Carlton on Friday.\n\n"
        '"We will fix the bridge before winter starts again," he said, according to the'
        " Carlton Ledger.",
        ["Mark Dolan"],
    ),
    (
        "Mayor Ines Varga toured the flooded streets on Monday.\n\n"
        '"This is a long week for every family on the river," she told residents, according'
        " to a statement.",
        ["Ines Varga"],
    ),
    # a country's envoy: the envoy speaks, not the country he is sent to
    (
        "Norway's ambassador to Chile said on Monday that his country \"will keep fishing where"
        ' the treaty allows".',
        ["ambassador"],
    ),
    # an office named by its title and its charge
    (
        'The regional Commissioner for Fisheries said the quotas "will not be raised this year'
        ' or the next".',
        ["Commissioner for Fisheries"],
    ),
    (
        'Secretary for Health Ana Lind said the wards were "full every night this month".',
        ["Ana Lind"],
    ),
    # a verb phrase between the quotation and "X said" is not the speaker
    (
        'Rents in the county are "getting worse by the month" and push young families out of'
        " the valley, Garber said on the radio.",
        ["Garber"],
    ),
    # a user on a platform: the user speaks
    (
        'One user on Mastodon, which has grown quickly this year, posted: "Why does nobody tell'
        ' us when the trains stop running?"',
        ["One user"],
    ),
    # two appositives, the first ending on the employer
    (
        "Rosa Delacroix, an engineer at Brightline, a firm that builds substations, told"
        ' reporters that the grid was "older than most of the people who run it."',
        ["Rosa Delacroix"],
    ),
    # a possessive role, then the name in commas
    (
        '"We read every file again and nothing in them changes the verdict," Denmark\'s chief'
        " prosecutor, Karen Holm, said on Tuesday.",
        ["Karen Holm"],
    ),
    # a company's legal form after a comma belongs to its name
    (
        'Peter Lang, head of hospital products at Norcom, Inc., says: "Nurses want fewer'
        ' beeps and better ones, and that is what we build."',
        ["Peter Lang"],
    ),
    # British English: an organisation is "they"
    (
        "Harbour Records have rejected every claim made by the band.\n\n"
        '"We never tried to keep the group off the stage," they said on Friday.',
        ["Harbour Records"],
    ),
    # a place the source is in is not the source
    (
        "Our contact inside the Halden depot, a driver who would not give his name, said the"
        ' story was "made up from start to finish."',
        ["contact"],
    ),
    # a conjunction opening another language's sentence is no name
    (
        "Quando a professora fala disso na reunião, os pais reagem: “Por que começar a ler tão"
        " cedo assim?”",
        [None],
    ),
    # a capitalized business name after "a" is not the "she" of the next sentence
    (
        "Lena Ortiz found that her sons were listed as a Dry Cleaning Shop and a Bowling Alley"
        ' on the app. "I thought I knew everything about their phones until this week," she'
        " said.",
        ["Lena Ortiz"],
    ),
    # nationality nouns point back to the person named before them
    (
        'Mira Kowalczyk beat the top seed in three sets on Sunday. "It was a strange week and a'
        ' good one," said the Pole.',
        ["Mira Kowalczyk"],
    ),
    (
        'Tomas Brenner lost his appeal on Friday. "I have always trained clean," the'
        " 29-year-old Austrian told reporters outside the court.",
        ["Tomas Brenner"],
    ),
    # a quotation closed by a full stop outside its marks: the next sentence is no attribution
    (
        'A spokesman for the minister said the summit would discuss "a plan for the coast and'
        ' the islands". Portugal stays away from the talks this time.',
        ["spokesman"],
    ),
    (
        'Opposition leader Dana Frost said the scheme was "a costly stunt". The town hall now'
        " says the money is already spent.",
        ["Dana Frost"],
    ),
    # a question ends its sentence; a new one with a fronted phrase does not attribute it
    (
        '"How can it be fair to them and not to us?" After the vote, the families\' lawyer'
        " Ruth Amadi said she would appeal.",
        [None],
    ),
    # a clause after a quotation that ends on a colon opens the next quotation
    (
        "'I am never coming back here,' Cole says. 'This place is a joke.' The cashier quietly"
        " answers: 'Then we will refund you at once.'",
        ["Cole", "Cole", "cashier"],
    ),
    # the passive: the person asked is not the speaker
    ('Student Amir Haddad was asked: "Should pupils run the canteen next year?"', [None]),
    # an institution's name with "and" or "&" stays whole
    (
        'The Department of Fisheries and Oceans announced that the quotas would fall by "a'
        ' third or more in most waters".',
        ["Department of Fisheries and Oceans"],
    ),
    (
        'The Fair Trade & Markets Commission warned the bakery chain that its labels "mislead'
        ' shoppers about the flour".',
        ["Fair Trade & Markets Commission"],
    ),
    # a person noun before a participle of speech
    (
        "The photo of the marathon was shared hundreds of times, with one viewer joking: 'Those"
        " legs were built on hills and cake.'",
        ["one viewer"],
    ),
    # a proper adjective before a role noun
    (
        "The Green Party leader wants a smaller council and has argued that the present system"
        ' is "far too slow for anyone".',
        ["Green Party leader"],
    ),
    # the speaker named before a participle far back in its clause, not a name after it
    (
        "Rosa Lind has opposed the budget for weeks. The cuts are cruel, Lind told a rally in"
        ' Leeds on Tuesday, adding that the mayor "would rather close libraries than trim his'
        ' own office."',
        ["Rosa Lind"],
    ),
    (
        '"Few of us saw this coming," Ivo Sand posted on Fernway explaining the sale, "yet'
        ' every one of us wants the hall rebuilt."',
        ["Ivo Sand", "Ivo Sand"],
    ),
    # a sentence that is only a quotation, after a sentence reporting someone's words
    (
        "Transport spokeswoman Ana Lind said the council had been wise to order more buses for"
        ' the winter. "But the drivers still have nowhere to rest between their shifts."',
        ["Ana Lind"],
    ),
    (
        'The harbour, Ines Moreau said, keeps changing its mind about the new berth. "One week'
        ' it is urgent and the next it can wait a year."',
        ["Ines Moreau"],
    ),
    # an English role noun after a capitalized modifier ends no name
    (
        'Ines Carver praised her side. "We kept going until the whistle," said the Elm Park coach.',
        ["the Elm Park coach"],
    ),
    (
        '"I never stepped over the line," said the Harbour City winger.',
        ["the Harbour City winger"],
    ),
    # a role and its organisation in commas after a name, not an honorific and a name
    (
        'Nadia Holm, Director Polaris Freight Europe, says: "Ports want fewer delays and'
        ' better data."',
        ["Nadia Holm"],
    ),
]


# passages whose speakers must be given exactly as listed
EXACT_CASES = [
    # an organisation named in full, then by its head noun: the full name
    (
        "Harbour Valley District Council said in a statement that twelve roads were closed.\n\n"
        "“Stay off flooded roads, even when they look shallow,” the council said.",
        ["Harbour Valley District Council"],
    ),
    (
        "The Society of Coastal Painters has fought the closure of the gallery for a year.\n\n"
        "“Once a gallery goes, it never comes back to a small town,” the society said.",
        ["Society of Coastal Painters"],
    ),
    # ... but a head noun no earlier name holds stays as written
    (
        "Eastbrook said it accepted the findings of the inquiry.\n\n"
        "“We are sorry, and we will put it right for every customer,” the company said.",
        ["the company"],
    ),
    # an English age stands for the person named before it; a place named like a person
    # ("the village of Florence") is no one
    (
        "In the village of Florence, dairy farmer Owen Marsh spent the night moving his herd."
        " “We have seen floods before, but never two in one year,” the 63-year-old said.",
        ["Owen Marsh"],
    ),
    # a team named by a plural after "the" is no person for "she"
    (
        "Then Rafe Dunmore struck out the last two hitters, and Delia Marsh, the Norfolk"
        " Herons' general manager, found herself soaked in cider.\n\n"
        "“I have never been this nervous in twenty years of baseball,” she said.",
        ["Delia Marsh"],
    ),
    # a sentence about a person by pronoun, then a sentence that is only the quotation
    (
        "Nurse Ellen Pike is not so sure. She believes the care is safer now, even if the job"
        " is harder. ‘When I started, nobody checked anything twice.’",
        ["Ellen Pike"],
    ),
    # a clause the sentence goes on with after a quotation ("…, and that changes would be
    # announced", "… unless more pilots are trained") is no speaker phrase; an organisation
    # "for" its charge is named whole; a short quotation inside the speech a sentence reports
    # from its opening goes to that sentence's subject
    (
        "The Department for Transport said in a statement that it was “looking again at how"
        " rural buses are funded”, and that changes would be announced in the spring.",
        ["The Department for Transport"],
    ),
    (
        "The Harbour Pilots' Association has warned that the trade could be “gone within a"
        " decade” unless more young people are trained.",
        ["The Harbour Pilots' Association"],
    ),
    # a fronted place, then a role and the name: the name is the sentence's subject
    (
        "Police spokeswoman Captain Ruth Abara said two buses had been stoned. “We have more"
        " officers out tonight,” she said.\n\nAt the taxi rank, domestic worker Thandi Moyo, 47,"
        " had been waiting for two hours. “I only know I am losing a day's pay,” she said.",
        ["Ruth Abara", "Thandi Moyo"],
    ),
    # a descriptive word before a title is part of the role, not of the name
    (
        "Local MP Owen Whitmore was more pointed: “They came here with cameras last time too.”",
        ["Owen Whitmore"],
    ),
    # "Asked …, X smiled." and then a sentence that is only the answer: the one asked
    (
        "Sana Mirza said her firm had applied to start a larger trial next year. Asked when the"
        " machine might reach the market, the 41-year-old smiled. “Not before we are sure it"
        " is safe.”",
        ["Sana Mirza"],
    ),
    (
        "Greta Lind has run the club for two years.\n\nAsked whether she would take an offer"
        " from a bigger club, Lind shook her head. “Ask me in a week. Tonight I just want to"
        " sit in an empty ground.”",
        ["Greta Lind"],
    ),
    (
        "Tom Ruiz said the union would attend the talks. Asked whether the taxis would return"
        " in the meantime, he was blunt. “No. Not until we see something in writing.”",
        ["Tom Ruiz"],
    ),
    # a text's first line, short and with no closing stop, is a headline: its words never
    # join a name of the body
    (
        "'WE BLEW IT' Furious Crossfield slams his Town flops after late collapse at Mill Lane"
        "\n\nHARBOUR TOWN boss Owen Crossfield tore into his side last night after they threw"
        " away a two-goal lead.\n\nGoals from Kai Mbeki and Danny Ola had Town cruising at the"
        " break.\n\nCrossfield, 51, didn't hold back. He fumed: “We lost our heads. Simple as"
        " that.”",
        ["Owen Crossfield"],
    ),
    # honorifics and offices before a name: "Hon.", "Whip", "Barrister", "Madam"
    (
        "Majority Whip Akinyi Were rose to reply. “Look at the schedule before you accuse"
        " anyone,” Whip Akinyi Were said.",
        ["Akinyi Were"],
    ),
    (
        "Barrister Kehinde Bello, now a senior advocate, said he owed his career to her.\n\n"
        "“She saw something in me when I was nine,” he said.",
        ["Kehinde Bello"],
    ),
    # a family name written first ("Lim Hui-Wen"), later alone with a title
    (
        "Lim Hui-Wen has run the stall at the harbour for forty years.\n\n“There are more"
        " ships than ever, but fewer sailors come ashore,” Madam Lim said.",
        ["Lim Hui-Wen"],
    ),
    # a first name alone after the full name: the full name
    (
        "Ellen Lund, 34, has run the shelter on Mill Road for six years.\n\n“Everyone deserves"
        " a warm bed,” Ellen said.",
        ["Ellen Lund"],
    ),
    # a fronted place and a role in commas before the name: the name is the subject
    (
        "Renata Sims, the bartender, testified that she had served him four beers.\n\nOutside"
        " the courthouse, the victim's mother, Ingrid Lund, thanked prosecutors and the jury."
        "\n\n“Tobi was the kindest kid on this street,” she said.",
        ["Ingrid Lund"],
    ),
    # a Romance phrase that is a place or a clause cut short is never shown as the speaker
    (
        "El pleno aprobó la ordenanza de terrazas.\n\nLa abstención del grupo mixto la explicó"
        " su portavoz, Tomás Reig, en que el texto «mejora el anterior, pero se queda corto» en"
        " materia de inspección.",
        [None],
    ),
    (
        "Tra gli sfollati c'è Rina Vallebona, 81 anni, portata via con un gommone. «Ho visto"
        " l'acqua salire dalle scale come in un film», racconta dalla palestra comunale dove ha"
        " trovato riparo.",
        [None],
    ),
    # a Flemish capitalized "Van" before "der" is part of the name
    (
        "Third was the Belgian Wout Van der Meersch, who crashed on the descent. “I had to stop"
        " twice with cramp,” he said.",
        ["Wout Van der Meersch"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "exact"),
    [(t, e, False) for t, e in CASES] + [(t, e, True) for t, e in EXACT_CASES],
)
def test_page_shapes(text: str, expected: list[str | None], exact: bool) -> None:
    speakers = [q.speaker for q in find_quotes(text)]
    if exact:
        assert speakers == expected
        return
    assert len(speakers) == len(expected), speakers
    for want, got in zip(expected, speakers, strict=True):
        if want is None:
            assert got is None
        else:
            assert got is not None and want in got, (want, got)
