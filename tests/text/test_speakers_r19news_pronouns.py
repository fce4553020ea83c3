"""English "he said:" pointing back to the wrong person (real copy, invented passages): a
surname the text never gives in full but makes speak again and again ("Penwarden said", "…,"
Penwarden explained") is a person a later "he" can stand for when the text shows a person (a
title, an age, "Penwarden told reporters he …"), not a body ("Tesco said … Tesco added that it
…") (``mentions._speaking_surname``);
"one of the <group>, NAME - … - told" makes NAME the sentence's subject (``mentions``); a first
name and "Park", "Gardens", "Stadium" or "Common" after "in"/"at" is a place, never a person a
"he" stands for, "Park", a surname too, only with "which"/"where" after it (``pagelines.street``). Near misses keep the old readings."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import speaker_of

EN_MORE = (
    "\n\nThe league will publish its accounts in the spring, and supporters' groups have been "
    "invited to send their questions before the annual meeting."
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # a surname alone that speaks twice: the "he" after it is his, not the player's
            "The club's chief executive has ruled out a sale.\n\n"
            "Striker Oskar Lindqvist has been linked with three clubs this month.\n\n"
            '"We are not sellers," Penwarden said. Penwarden told reporters he would turn down '
            "every offer.\n\n"
            "Penwarden is finishing the funding for the new training ground, which opens next "
            "year. And he admitted the cost had doubled. He said: "
            '"Every player here has a contract and every contract will be honoured."' + EN_MORE,
            "Every player here has a contract",
            "Penwarden",
        ),
        (  # "one of the <group>, NAME - … - told": NAME is the subject the "he" stands for
            "The inquiry chair apologised to the relatives on Monday.\n\n"
            "Sir Aldous Venning told the radio the relatives deserved to be cleared.\n\n"
            "The relatives wanted a public hearing. Still, one of the Harbour Row Five, Declan "
            "Furlow - jailed for eleven years - told reporters the relatives felt vindicated. He "
            'said Sir Aldous had shown "real warmth".' + EN_MORE,
            "real warmth",
            "Declan Furlow",
        ),
        (  # a park named after a man is no one a "he" stands for
            "The new stadium has been given the go-ahead.\n\n"
            "Club secretary Hollis Brayne has spent six years on the plans.\n\n"
            "The ground will be built in Albert Park, which the council sold last spring, and "
            'will hold 12,000. He said: "We never '
            'doubted that the fans would back it."' + EN_MORE,
            "We never doubted",
            "Hollis Brayne",
        ),
    ],
)
def test_english_pronoun_antecedents(text: str, head: str, speaker: str) -> None:
    assert speaker_of(text, head) == speaker


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # near miss: a surname that speaks only once is no antecedent of its own
            "The club's chief executive has ruled out a sale.\n\n"
            '"We are not sellers," Penwarden said.\n\n'
            'Striker Oskar Lindqvist has been linked with three clubs. He said: "I am happy '
            'here and I want to win something."' + EN_MORE,
            "I am happy here",
            "Oskar Lindqvist",
        ),
        (  # near miss: "one of the <group>, NAME," after a verb is no subject
            "The festival closed on Sunday.\n\n"
            "Festival director Rufus Aske met one of the stewards, Colm Kettle, on the last "
            'night. He said: "It rained for three days and nobody went home."' + EN_MORE,
            "It rained for three days",
            "Rufus Aske",
        ),
        (  # near miss: a person surnamed Park speaking is still a person
            "The council approved the library plan.\n\n"
            '"It is a good day for readers," said Agnes Park, who chairs the friends of the '
            "library. The building will open in May." + EN_MORE,
            "It is a good day for readers",
            "Agnes Park",
        ),
        (  # near miss: a company that speaks twice is no "he" (no title, age or "he" of its own)
            "Shopper Neil Garside said the price of bread had gone up. Brockwell said the rise "
            "was needed. Brockwell added that the chain would look at it again.\n\n"
            'He said: "I will buy my bread somewhere else."' + EN_MORE,
            "I will buy my bread",
            "Neil Garside",
        ),
        (  # near miss: a body whose clause opens on "its", though another says "he"
            "Cabbie Rory Tennant was hurt in the crash. Zipcar said its driver had stopped. "
            "Zipcar told the police he had not been drinking.\n\n"
            'He said: "I am lucky to be here."' + EN_MORE,
            "I am lucky to be here",
            "Rory Tennant",
        ),
        (  # near miss: Park is a surname too: after "at", with no "which" after, a person
            'Neighbours left candles at Nadia Park. "I never thought this would happen," she said.'
            + EN_MORE,
            "I never thought this would happen",
            "Nadia Park",
        ),
        (  # near miss: nor "outside X Park's home": a possessive is a person's
            "Journalists gathered outside Helen Park's office. The MP said: \"I have done "
            'nothing wrong."' + EN_MORE,
            "I have done nothing wrong",
            "Helen Park",
        ),
    ],
)
def test_english_pronoun_guards(text: str, head: str, speaker: str) -> None:
    assert speaker_of(text, head) == speaker
