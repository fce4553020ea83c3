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
