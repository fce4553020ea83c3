import pytest

from bot.text.boilerplate import is_boilerplate, strip_leader
from bot.text.segment import segment
from bot.text.summarize import Document, select

# Whole short lines of page furniture: each must go.
FURNITURE = [
    "Advertisement",
    "ADVERTISEMENT",
    "Source » Harbour Radio",
    "Read more: Why bridges cost so much",
    "Read more",
    "See also: the council's budget",
    "Watch next: the ferry's last trip",
    "Click here to get the app",
    "Related stories",
    "Most read: Pier reopens after storm",
    "Share this article",
    "Share this article on Facebook",
    "Share on Facebook",
    "Sign up for the Harbour Times morning newsletter",
    "Subscribe to our free weekly bulletin",
    "Register now for free updates",
    "Photo: Harbour Times",
    "Photos by Jo Moss/Harbour Times",
    "Photo: Jo Moss for The Harbour Times",
    "Image credit: Jane Doe/AP",
    "Credit: Jo Moss",
    "Video: Harbour Times",
    "(Getty Images)",
    "By John Smith",
    "By John Smith, Political Editor",
    "By Jo Moss | Harbour Times",
    "By staff reporter",
    "Updated",
    "Updated: 3 March 2024",
    "Updated 12:34 GMT, 3 May 2020",
    "Published 2 hours ago",
    "Published: 14:05, 9 June 2023",
    "Last updated on Tuesday",
    "Last modified: 4 April 2022",
    "Posted on March 3, 2024 by Jo Moss",
    "Follow us on Twitter",
    "Like us on Facebook!",
    "Scroll down for video",
    "Copyright 2024 The Local Paper. All rights reserved.",
    "Copyright © 2024 The Harbour Times",
    "© 2024 Harbour Media Ltd",
    "All rights reserved.",
    "Comments",
    "Comments (12)",
    "12 Comments",
    "View all comments",
    "Show 40 comments",
    "Leave a comment",
    "Comments are closed.",
    "Be the first to comment!",
    "Loading",
    "Loading…",
    "Loading...",
    "Loading comments...",
    "Please enable JavaScript to see this part of the page.",
    "This article was originally published on 2 May 2021.",
    "We use cookies so the site remembers your settings.",
    "Listen to this article",
    "5 min read",
    "—",
    "* * *",
    "Tested by: Ola Brandt RRP: 39.95 Euro (£35) More info: www.harbourbooks.example | +44 (0)20 7946 0000",
    "Price: £499 Weight: 1.2 kg Battery life: 11 hours",
    "Contact: Jo Moss Email: jo@example.com",
    "As an Amazon Associate, this site earns money from purchases made through its links.",
    "Harbour Guides is supported by readers like our members.",
    "We may earn a commission when you buy something through links on this page.",
    "Reprints: this page is for personal, non-commercial use by readers.",
    "Medically reviewed by Dr Jo Moss, MD, Chief Editor",
    "To order reprints of this article, write to the sales desk.",
    "Fact-checked by Ravi Okafor",
    "Don't Miss: Ten Quiet Beaches Along the Coast",
    "Also on harbourtimes.com Ferry fares to rise in spring",
    "Read the full review",
    "Article continues below",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_page_furniture(line):
    assert is_boilerplate(line)


# Ordinary news sentences that start with a furniture word: each must stay.
SENTENCES = [
    "Published reports say the firm lost money last year.",
    "Updated figures show unemployment fell to 4%.",
    "Comments by the mayor angered many residents.",
    "Loading the trucks took three hours.",
    "Published in 1998, the novel sold a million copies.",
    "Published on Monday, the report found that rents rose 9%.",
    "Updated rules on parking take effect in June.",
    "Updated on Tuesday, the guidance tells schools to stay open.",
    "Last updated in 2019, the map misses the new bypass.",
    "Posted guards stood at every gate of the port.",
    "Posted at the border since May, the soldiers are tired.",
    "Comment from the council was not immediately available.",
    "Comments on the draft close on Friday.",
    "Comments made at the meeting were later withdrawn.",
    "Loading bays at the depot will be rebuilt next year.",
    "Loading times at the port have doubled since March.",
    "Advertisement revenue fell by a fifth at the paper.",
    "Advertisements for the flats promised sea views.",
    "Sponsored by the council, the fair drew 4,000 visitors.",
    "Source code for the app was published on Monday.",
    "See more than 200 photographs at the town museum this summer.",
    "Watch next week as the council votes on the budget.",
    "Listen now, the coach told his players, because this matters.",
    "Click beetles are common in the park, rangers said.",
    "More than 300 people attended the meeting.",
    "Related costs rose by 12% over the year.",
    "Related to the mayor by marriage, he denied any conflict.",
    "Recommended changes to the bus routes were approved.",
    "Trending topics on the site included the flooding.",
    "Popular support for the plan has grown since spring.",
    "Share prices fell sharply on Tuesday.",
    "Share the road, the cycling group urged drivers.",
    "Subscribers to the paper fell to 20,000 last year.",
    "Register offices will close early on Friday.",
    "Photos by residents show the flooding on Main Street.",
    "Photograph albums were found in the attic of the old school.",
    "Video footage shows the car leaving the road.",
    "Video by a passer-by showed the crash.",
    "Image rights are at the heart of the lawsuit.",
    "Image credit checks are now free, the bank said.",
    "Credit card debt rose again in March.",
    "Pictures of the damage were shared widely.",
    "By noon, the river had burst its banks.",
    "By then, most of the residents had left.",
    "By law, the council must publish its accounts.",
    "By the end of the year, prices had risen sharply.",
    "By 2030 the town will need 500 more homes.",
    "Follow-up tests found no trace of the virus.",
    "Like me, many residents were surprised by the vote.",
    "Follow the money, the auditor told the committee.",
    "Copyright lawyers say the case is weak.",
    "Copyright claims against the site were dismissed in May.",
    "Listen to the residents, the mayor said.",
    "Download speeds in rural areas remain slow.",
    "Reviewed by three judges, the ruling stands.",
    "Edited by hand, the ledger shows dozens of changes.",
    "He reviewed the plan and said it was sound.",
    "Fact-checked claims made up a third of the debate.",
    "Don't miss the deadline, officials warned taxpayers.",
    "Do not miss the chance to vote, the mayor said.",
    "Don Miss, the mayor, said the road would reopen.",
    "Also on the agenda was a new bus lane.",
    "Read the full text of the ruling before commenting, lawyers advised.",
    "Readers shared the article thousands of times.",
    "Photographers waited outside the court all day.",
    "Sources said the deal was close.",
    "Sources close to the deal said it was done.",
    "The minister said the plan would work.",
    "Videos show the fire spreading across the hills.",
    "Her verdict: the plan works, and the council should fund it.",
    "The choice was stark: pay now, or pay more later.",
    "Two words summed it up for fans: Relief. Joy.",
    "The affiliate program paid out millions last year, the company said.",
    "We receive a fee from the council for each pupil we teach.",
    "Register of voters is updated weekly, officials said.",
    "Subscribe rates for the new bus pass doubled in a week.",
    "We use cookies from the village bakery in every recipe, the chef said.",
]


def test_the_sentence_list_is_long_enough():
    assert len(SENTENCES) >= 50 and len(set(SENTENCES)) == len(SENTENCES)


@pytest.mark.parametrize("line", SENTENCES)
def test_real_sentences(line):
    assert not is_boilerplate(line)


def test_lead_returns_the_first_sentences_of_the_body():
    text = (
        "Updated: 3 March 2024\n\n"
        "By Jo Moss\n\n"
        "Published reports say the firm lost money last year. "
        "Updated figures show unemployment fell to 4%. "
        "Comments by the mayor angered many residents.\n\n"
        "Loading the trucks took three hours. The drivers left at dawn.\n\n"
        "Comments (12)\n"
    )
    doc = Document.build(segment(text, "english"), "english")
    lead = [doc.sentences[i].text for i in select(doc, 4, "lead")]
    assert lead == [
        "Published reports say the firm lost money last year.",
        "Updated figures show unemployment fell to 4%.",
        "Comments by the mayor angered many residents.",
        "Loading the trucks took three hours.",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("(CNN)Is it hard to find a quiet beach?", "Is it hard to find a quiet beach?"),
        ("Washington (CNN)The ferry runs again.", "The ferry runs again."),
        ("Rio de Janeiro (CNN) -- Brazil won.", "Brazil won."),
        ("LONDON, England (Reuters) - The pound fell.", "The pound fell."),
        ("WASHINGTON (AP) — The Senate voted.", "The Senate voted."),
        ("(The Harbour Times)Jo Marlow has retired.", "Jo Marlow has retired."),
        ("(Reuters) The pound fell.", "The pound fell."),
        (
            "Scroll down for video Sailing coach Ines Marlow is co-chair.",
            "Sailing coach Ines Marlow is co-chair.",
        ),
        (
            "Credit: Jo Moss/Getty Images San Francisco topped the list.",
            "San Francisco topped the list.",
        ),
    ],
)
def test_strip_leader_removes_datelines_and_glued_prompts(sentence: str, expected: str) -> None:
    assert strip_leader(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "(Left) John Smith and his wife arrive.",  # a bracket not followed by the sentence itself
        "John Smith (Reuters) said the talks failed.",  # an agency named inside the sentence
        "The senator (R) voted no.",
        "(CNN)",  # nothing would be left
        "Stratford (CNN)A",  # almost nothing would be left
        "He met (Smith)Jones.",
        "Credit unions said the deal was done.",
    ],
)
def test_strip_leader_keeps_ordinary_sentences(sentence: str) -> None:
    assert strip_leader(sentence) == sentence


def test_datelines_are_stripped_only_at_a_paragraph_start() -> None:
    assert strip_leader("Boston (CNN)Guilty.", paragraph_start=False) == "Boston (CNN)Guilty."
    assert strip_leader("Scroll down for video The crowd cheered.", paragraph_start=False) == (
        "The crowd cheered."
    )
