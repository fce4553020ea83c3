import pytest

from bot.text.boilerplate import is_boilerplate


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
        "Readers shared the article thousands of times.",
        "Photographers waited outside the court all day.",
        "Sources said the deal was close.",
    ],
)
def test_real_sentences(line):
    assert not is_boilerplate(line)
