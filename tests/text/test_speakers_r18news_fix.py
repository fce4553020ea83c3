"""Fixes to three English rules of r18news (invented passages): a name opening a clause of time
or cause ("though / when / because X …") is that clause's subject only when the main clause
before it names no one, so the main clause's subject keeps a following "He"/"She"; a paragraph
only quotation after a paragraph with an attributed quotation goes on with that quotation, not
with whoever the paragraph's last sentence reports; "X told him to …" after a quotation is no
order reported to its speaker unless a quotation comes just before, whose speaker it goes on
with. Guards keep what each rule gained."""

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
        (  # "though X …" after a main clause with a named subject: "He" is the main subject
            "Winger Omar Quist scored the winner at Ashby on Sunday, though Felix Brandt hit the "
            'post twice. He said: "The whole squad deserves this result."' + EN_MORE,
            "The whole squad",
            "Omar Quist",
        ),
        (  # "when X …"
            "Midfielder Josh Kerr was shown a red card when Adam Pike fell in the area. He said "
            'later: "I barely brushed him. He went down far too easily."' + EN_MORE,
            "I barely brushed",
            "Josh Kerr",
        ),
        (  # "because X …", women both
            "Mayor Ms Dunn stepped down on Friday because Ms Reyes had blocked her housing plan. "
            'She told reporters: "There was no way forward for me."' + EN_MORE,
            "There was no way",
            "Dunn",
        ),
        (  # a pronoun subject of the main clause is a person too
            "Tom Webb has led the board since 2019.\n\n"
            "He quit on Monday because Mr Ash had refused to sign the accounts. He told the BBC: "
            '"I could not stay on."' + EN_MORE,
            "I could not stay",
            "Tom Webb",
        ),
        (  # a quotation-only paragraph goes on with the quotation before, not with the group
            # the last sentence reports
            "A builder has been found guilty of fraud.\n\n"
            '"We will fight this," said his solicitor Maria Kent. Detectives said they would '
            "resist any appeal.\n\n"
            '"My client has done nothing wrong and the truth will come out."' + EN_MORE,
            "My client has done",
            "Maria Kent",
        ),
        (  # … nor with the rival the last sentence names
            "The takeover battle for Dunmore Foods goes on.\n\n"
            '"The price is right," said Owen Platt, head of Crestwell Group. Analyst Gina Shaw '
            "said the offer was far too low.\n\n"
            '"Investors will back us. We are sure of it."' + EN_MORE,
            "Investors will back us",
            "Owen Platt",
        ),
        (  # "X told him to …" after a quotation opening its paragraph, none before it: X's
            "A cyclist has been fined £300 for riding on a pavement.\n\n"
            '"Think of the people you could have hurt." District judge Ian Moss told him to pay '
            "£85 costs too." + EN_MORE,
            "Think of the people",
            "Ian Moss",
        ),
    ],
)
def test_r18news_regressions(text: str, head: str, speaker: str) -> None:
    assert speaker_of(text, head) == speaker


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # guard: "when X …" after a main clause naming no one is X's clause, X the subject
            "The inquiry was halted for an hour on Tuesday.\n\n"
            "The session resumed after lunch, when Councillor Rob Yates was led back into the "
            "chamber. Asked again by Mr Lowe whether he would apologise, his tone had softened. "
            '"I am sorry," he said.' + EN_MORE,
            "I am sorry",
            "Rob Yates",
        ),
        (  # guard: a quotation opening a paragraph that goes on after it, after a paragraph
            # whose last sentence reports a person: that person's
            "The festival was cancelled at the last minute.\n\n"
            '"We did all we could," the organisers said in a statement. Fans gathered at the '
            "gates anyway. Local baker Tim Horne said he was gutted for the traders.\n\n"
            '"It is a disaster. We baked for a week." Refunds will be paid within a month.'
            + EN_MORE,
            "It is a disaster",
            "Tim Horne",
        ),
        (  # guard: a quotation-only paragraph with no quotation before it: the reported person
            "The town library will close in March.\n\n"
            "Head librarian Ruth Amis said she was heartbroken by the decision.\n\n"
            '"This place has been my life for thirty years."' + EN_MORE,
            "This place has been",
            "Ruth Amis",
        ),
        (  # guard: an order to someone after a quotation going on with one in its paragraph
            "The hearing was tense.\n\n"
            '"I heard you," Reyes snapped. "But I know what I saw. Will you let me finish?" The '
            'chair told her not to shout. "Fine," Reyes said.' + EN_MORE,
            "But I know what",
            "Reyes",
        ),
        (  # guard: … or with one in the paragraph before
            'Shots rang out in the market on Friday. "I heard two bangs," said Jo Park, 31.\n\n'
            '"I hid behind a van with my son." Officers told us to stay put, she added.' + EN_MORE,
            "I hid behind",
            "Jo Park",
        ),
    ],
)
def test_r18news_gains_kept(text: str, head: str, speaker: str) -> None:
    assert speaker_of(text, head) == speaker
