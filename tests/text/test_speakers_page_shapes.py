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
        'Untreated cholera in a camp is "often deadly", says WHO.\n\n'
        'The outbreak "is spreading faster than any in a decade", says WHO.',
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
        "Norway's ambassador to Chile warned that the government \"will not stand by while the"
        ' fishing grounds are emptied" if talks fail.',
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
        'The county\'s housing shortage is "growing at a frightening pace" and touches every'
        " family in the valley, Garber said in a radio address.",
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
        "Rosa Delacroix, a senior analyst at Brightline, the Ohio-based energy consultancy, told"
        ' reporters that the grid was "older than most of the engineers who run it."',
        ["Rosa Delacroix"],
    ),
    # a possessive role, then the name in commas
    (
        '"We have reviewed every file and found nothing that would change the outcome of the'
        " case,\" Denmark's chief public prosecutor, Karen Holm, said on Tuesday.",
        ["Karen Holm"],
    ),
    # a company's legal form after a comma belongs to its name
    (
        'Peter Lang, Senior Vice President of Sales for Norcom, Inc., says: "Hospitals want'
        ' fewer alarms and better ones, and that is what we deliver."',
        ["Peter Lang"],
    ),
    # British English: an organisation is "they"
    (
        "Harbour Records have rejected every claim made by the band.\n\n"
        '"We never tried to keep the group off the stage," they said in a statement on'
        " Friday.",
        ["Harbour Records"],
    ),
    # a place the source is in is not the source
    (
        "A reporter's source inside the Halden camp, a refugee who asked not to be named, said"
        ' the claim was "simply not true."',
        ["source"],
    ),
    # a conjunction opening another language's sentence is no name
    (
        "Quando a professora fala disso na reunião, os pais reagem: “Por que começar a ler tão"
        " cedo assim?”",
        [None],
    ),
    # a capitalized business name after "a" is not the "she" of the next sentence
    (
        "Lena Ortiz found that her children were listed as a Tax Preparation Service and a"
        ' Bowling Alley on the app. "I thought I knew everything about their phones until this'
        ' week," she said.',
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
        'Opposition leader Dana Frost said the scheme was "a costly stunt". The council\'s motion'
        " says the money is already spent.",
        ["Dana Frost"],
    ),
    # a question ends its sentence; a new one with a fronted phrase does not attribute it
    (
        '"How can it be fair to them and not to us?" Following the vote, lawyer Ruth Amadi, who'
        " represents the families, said she would appeal.",
        [None],
    ),
    # a clause after a quotation that ends on a colon opens the next quotation
    (
        "'I will never park here again,' Cole says. 'This place makes me angry.' The attendant"
        " calmly replies: 'Then let us get you out quickly.'",
        ["Cole", "Cole", "attendant"],
    ),
    # the passive: the person asked is not the speaker
    ('Student Amir Haddad was asked: "Why should anyone vote for you at all?"', [None]),
    # an institution's name with "and" or "&" stays whole
    (
        "In a statement, the Department of Fisheries and Oceans said the new limits meant there"
        ' would be "a threefold cut in the catch".',
        ["Department of Fisheries and Oceans"],
    ),
    (
        'The Fair Trade & Markets Commission accused the firm of methods that "did not meet the'
        ' rules in any respect".',
        ["Fair Trade & Markets Commission"],
    ),
    # a person noun before a participle of speech
    (
        "The clip drew dozens of 'Likes' online, with one commenter musing: 'Strong arms come from"
        " heavy shopping.'",
        ["one commenter"],
    ),
    # a proper adjective before a role noun
    (
        'The Labour leader backs a lower limit and has said the current rules are "far too loose'
        " for anyone's comfort\".",
        ["Labour leader"],
    ),
    # the speaker named before a participle far back in its clause, not a name after it
    (
        "Rosa Lind has criticised the plan for weeks. The cuts are cruel, Lind said on Tuesday in"
        ' Leeds, noting the mayor "would rather cut buses than his own office."',
        ["Rosa Lind"],
    ),
    (
        '"Most of us are unsure this year," Ivo Sand wrote in a note to Circuit explaining his'
        ' decision, "but all of us agree the town needs a new hall."',
        ["Ivo Sand", "Ivo Sand"],
    ),
    # a sentence that is only a quotation, after a sentence reporting someone's words
    (
        "Home affairs spokesman Ana Lind said the council was right to want closer links between"
        ' residents and the police. "But these plans will only work if they come with money for'
        ' more officers."',
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


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_page_shapes(text: str, expected: list[str | None]) -> None:
    speakers = [q.speaker for q in find_quotes(text)]
    assert len(speakers) == len(expected), speakers
    for want, got in zip(expected, speakers, strict=True):
        if want is None:
            assert got is None
        else:
            assert got is not None and want in got, (want, got)
