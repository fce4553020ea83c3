import pytest

from bot.text.boilerplate import is_boilerplate, strip_leader


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Source » BBC News",
        "Read more: Why bridges cost so much",
        "See also: the council's budget",
        "Share this article",
        "Share on Facebook",
        "Sign up for our daily newsletter",
        "Subscribe to our weekly newsletter for free",
        "Photo: Reuters",
        "Image credit: Jane Doe/AP",
        "(Getty Images)",
        "By John Smith",
        "By John Smith, Political Editor",
        "Updated 12:34 GMT, 3 May 2020",
        "Scroll down for video",
        "Copyright 2024 The Local Paper. All rights reserved.",
        "5 min read",
        "—",
        "* * *",
        "Tested by: John Milbank RRP: 49.95 Euro (£40) More info: www.earbooks.net/en | +49 (0)40 890 85-433",
        "Price: £499 Weight: 1.2 kg Battery life: 11 hours",
        "Contact: Jo Moss Email: jo@example.com",
        "As an Amazon Associate, I earn from qualifying purchases.",
        "EmailTooltester is supported by readers like you.",
        "We may earn a commission when you buy through links on our site.",
        "This copy is for your personal, non-commercial use only.",
        "Reviewed by Toni Golen, MD, Editor in Chief",
        "Don't Miss: We Asked Pro Organizers How to Declutter",
        "Also on rt.com Journalists slam the move",
        "Read the full Skoda Enyaq review Advertisement - Page continues below",
        "This is a div block with a Webflow interaction that will be triggered when the heading is in the view.",
    ],
)
def test_page_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, prices had risen sharply.",
        "The minister said the plan would work.",
        "Videos show the fire spreading across the hills.",
        "Her verdict: the plan works, and the council should fund it.",
        "The choice was stark: pay now, or pay more later.",
        "Two words summed it up for fans: Relief. Joy.",
        "The affiliate program paid out millions last year, the company said.",
        "He reviewed the plan and said it was sound.",
        "Don Miss, the mayor, said the road would reopen.",
        "Readers shared the article thousands of times.",
        "Photographers waited outside the court all day.",
        "Sources said the deal was close.",
    ],
)
def test_real_sentences(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("(CNN)Think it's hard to redeem your miles?", "Think it's hard to redeem your miles?"),
        ("Washington (CNN)This week is the anniversary.", "This week is the anniversary."),
        ("Rio de Janeiro (CNN) -- Brazil won.", "Brazil won."),
        ("LONDON, England (Reuters) - The pound fell.", "The pound fell."),
        ("WASHINGTON (AP) — The Senate voted.", "The Senate voted."),
        ("(The Hollywood Reporter)Stan Freberg has died.", "Stan Freberg has died."),
        ("(Reuters) The pound fell.", "The pound fell."),
        (
            "Scroll down for video Tennis star Billie Jean King is co-chair.",
            "Tennis star Billie Jean King is co-chair.",
        ),
        (
            "Credit: Axel Schmies/Getty Images San Francisco topped the list.",
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
        "Credit Suisse said the deal was done.",
    ],
)
def test_strip_leader_keeps_ordinary_sentences(sentence: str) -> None:
    assert strip_leader(sentence) == sentence


def test_datelines_are_stripped_only_at_a_paragraph_start() -> None:
    assert strip_leader("Boston (CNN)Guilty.", paragraph_start=False) == "Boston (CNN)Guilty."
    assert strip_leader("Scroll down for video The crowd cheered.", paragraph_start=False) == (
        "The crowd cheered."
    )
