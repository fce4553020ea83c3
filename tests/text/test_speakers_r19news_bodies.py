"""English organisations as speakers: British news makes a company's, a label's or a club's
name agree with a plural verb ("Kestrel Audio have denied …"), which shows the name is a body's,
not a person's, wherever the text names it (``bodywords.plural_body``); a later "they said" or
"it says" then stands for it. Near misses: a plural verb agreeing with a noun before the name
("passengers on board the Sea Lark are …"), two people's names before one verb, a nearer body
that speaks ("The watchdog said … '…,' it said"), a nationality adjective alone ("the
German club"), never a speaker, and a couple's or a person's surname ("Mr. and Mrs. Hale were
…", whose abbreviation's stop looks like a sentence's end), never a body."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import speaker_of

EN_MORE = (
    "\n\nThe awards will be broadcast live on Sunday evening, and tickets for the ceremony sold "
    "out within an hour of going on sale."
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # "X have denied …" then "they said": the label
            "The singer Rosa Quill says her old label is blocking her plans.\n\n"
            "Quill has asked fans to write to Kestrel Audio about the matter.\n\n"
            "Kestrel Audio have denied any wrongdoing.\n\n"
            '"We have never stopped Rosa from singing her songs on stage," they said in a '
            "statement on Monday." + EN_MORE,
            "We have never stopped Rosa",
            "Kestrel Audio",
        ),
        (  # and a statement it issued after that: "it says"
            "The singer Rosa Quill says her old label is blocking her plans.\n\n"
            "Kestrel Audio have denied any wrongdoing.\n\n"
            "Now the label has sent a second letter to the organisers.\n\n"
            '"We will allow the recordings to be streamed after the show," it says.' + EN_MORE,
            "We will allow the recordings",
            "Kestrel Audio",
        ),
    ],
)
def test_plural_bodies(text: str, head: str, speaker: str) -> None:
    assert speaker_of(text, head) == speaker


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # near miss: the plural verb agrees with "passengers", not with the ship's name
            "A storm has closed the harbour.\n\n"
            "Hundreds of passengers on board the Sea Lark are stuck off the coast. In a message "
            'to travellers, they said: "We are sorry that the sailing is delayed."' + EN_MORE,
            "We are sorry that the sailing",
            None,
        ),
        (  # near miss: two people before one verb stay people
            "The duo won the prize on Friday.\n\n"
            'Hale and Lind have played together for ten years. "It still feels new," Lind '
            "said." + EN_MORE,
            "It still feels new",
            "Lind",
        ),
        (  # near miss: a nearer body that speaks is the one "it said" stands for
            "Eastvale Buses are to scrap twelve routes. The watchdog said it was alarmed.\n\n"
            '"Riders have been let down," it said.' + EN_MORE,
            "Riders have been let down",
            "The watchdog",
        ),
        (  # but "the company" after the plural body still stands for it
            "Eastvale Buses are to scrap twelve routes. The company said it had no choice.\n\n"
            '"Fuel costs have doubled," it said.' + EN_MORE,
            "Fuel costs have doubled",
            "Eastvale Buses",
        ),
        (  # near miss: a nationality adjective alone ("the German club") is no one
            "Union Kellerberg have signed Rui Tavares from Sporting, the German club said on "
            'Monday. "It is a great day for me," said the Portuguese.' + EN_MORE,
            "It is a great day for me",
            None,
        ),
        (  # near miss: "Mr. and Mrs. X were" is a couple, and "he" after "Mr. X said" is his
            "Greg Hallworth, a property developer, bought the Seaview hotel in 2009 from Tom "
            "Bexley, who had run it for thirty years. Mr. Bexley stayed on as a consultant. "
            "(Mr. and Mrs. Hallworth were not invited to Mr. Bexley's retirement dinner.)\n\n"
            "Asked about the dinner, Mr. Hallworth said the two men had only ever talked money. "
            "''Hotels are bought and sold, and feelings do not come into it,'' he wrote. "
            "''We shook hands on the price and that was that.''" + EN_MORE,
            "We shook hands on the price",
            "Greg Hallworth",
        ),
    ],
)
def test_plural_bodies_guards(text: str, head: str, speaker: str | None) -> None:
    assert speaker_of(text, head) == speaker
