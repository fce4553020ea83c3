"""The date and language a page reports come from the page's own signals, never from its prose."""

from bot.web.extract import extract_article

BODY = (
    "<h1>Harbour works begin</h1>"
    "<p>The harbour of Kesteven will close for repairs this winter, the port authority said.</p>"
    "<p>It is the first full closure since 2009, when a storm broke the outer wall.</p>"
    "<p>Boats will moor at the old pier instead, and the ferry will run from the north beach.</p>"
    "<p>Traders on the quay said they expect fewer visitors but welcomed the repairs.</p>"
)


def page(head: str = "", body: str = BODY, lang: str = "") -> bytes:
    attr = f' lang="{lang}"' if lang else ""
    return (
        f"<html{attr}><head><title>Harbour works</title>{head}</head>"
        f"<body><article>{body}</article></body></html>"
    ).encode()


def extract(data: bytes, content_type: str = "text/html"):
    return extract_article(data, url="http://127.0.0.1/n", content_type=content_type, source="n")


def test_a_year_in_the_prose_is_no_date():
    assert extract(page()).date is None


def test_the_date_comes_from_metadata_or_markup():
    meta = '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
    assert extract(page(head=meta)).date == "2024-03-05"
    timed = '<time datetime="2023-11-02">2 November 2023</time>' + BODY
    assert extract(page(body=timed)).date == "2023-11-02"


def test_a_page_that_declares_no_language_gets_the_detected_one():
    assert extract(page()).language == "en"
    assert extract(page(lang="fr")).language == "fr"  # the page's own word wins


def test_plain_text_reports_its_language():
    text = (
        "Der Hafen bleibt im Winter geschlossen, sagte die Behörde am Montag. Die Fähre fährt "
        "vom Nordstrand. Die Händler sind nicht glücklich, aber sie verstehen die Arbeiten."
    )
    assert extract(text.encode(), "text/plain").language == "de"


def test_a_byline_dateline_gives_the_date_but_a_dated_sentence_does_not():
    byline = '<p class="byline">By Ada Moss | Published 5 March 2024</p>' + BODY
    assert extract(page(body=byline)).date == "2024-03-05"
    prose = BODY + "<p>The old wall was finished on 12 June 1998 after years of delay.</p>"
    assert extract(page(body=prose)).date is None
