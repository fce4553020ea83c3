"""Extraction from HTML, text and PDF written here (no evaluation data in the repository)."""

from __future__ import annotations

import io
import pickle
import time

import pytest

from bot.errors import ExtractionError, InputError
from bot.models import Article
from bot.web._html import flatten_deep, parse_html, strip_site_suffix
from bot.web._metadata import _kicker
from bot.web.extract import extract_article, read_local_file
from tests.web.pdfs import make_pdf

STORY = [
    "The harbour council approved a plan on Tuesday to rebuild the old stone pier, ending a "
    "dispute that had divided the fishing town for almost a decade.",
    "Under the plan, the pier will be widened by four metres and fitted with lights, so that "
    "boats can unload safely during the long winter nights.",
    "“We have waited long enough,” said Mara Lind, who has fished from the harbour for thirty "
    "years. “Now the work can finally start.”",
    "Critics said the cost, estimated at twelve million crowns, was too high for a town of six "
    "thousand people, and asked for the money to go to the school instead.",
    "The council expects construction to begin in the spring and to last about two years, "
    "weather permitting.",
]


def page(
    paragraphs: list[str] = STORY,
    *,
    title: str = "Council approves new pier | The Harbour Times",
    head: str = "",
    lang: str = "en-GB",
    h1: str = "Council approves new pier",
) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    nav = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(12))
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="The Harbour Times">
<meta name="author" content="Jon Ekdal">
<meta property="article:published_time" content="2024-03-05T08:00:00+01:00">
<link rel="canonical" href="https://harbourtimes.example/news/pier?utm_source=rss">
{head}</head>
<body><header><nav><ul>{nav}</ul></nav></header>
<main><article><h1>{h1}</h1>{body}</article></main>
<footer><p>© The Harbour Times. All rights reserved. Contact us. Privacy policy.</p></footer>
</body></html>"""


def extract(html: str | bytes, *, url: str | None = "https://harbourtimes.example/news/pier",
            content_type: str = "text/html", charset: str | None = None) -> Article:  # fmt: skip
    body = html.encode("utf-8") if isinstance(html, str) else html
    return extract_article(body, url=url, content_type=content_type, charset=charset, source="src")


def fails(body: bytes, content_type: str = "text/html", charset: str | None = None) -> str:
    start = time.monotonic()
    with pytest.raises(ExtractionError) as info:
        extract_article(body, url=None, content_type=content_type, charset=charset, source="s")
    assert time.monotonic() - start < 2.0
    return str(info.value)


# ------------------------------------------------------------------------------------- HTML


def test_article_text_and_metadata():
    article = extract(page())
    assert article.source == "src"
    assert article.url == "https://harbourtimes.example/news/pier"
    assert article.canonical_url == "https://harbourtimes.example/news/pier"
    assert article.title == "Council approves new pier"
    assert article.author == "Jon Ekdal"
    assert article.date == "2024-03-05"
    assert article.site == "The Harbour Times"
    assert article.language == "en"
    assert article.paragraphs == tuple(STORY)
    assert article.text == "\n\n".join(STORY)
    assert "Section 3" not in article.text and "rights reserved" not in article.text


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ("Dana Whitlock; Ravi Okafor Monday; November", "Dana Whitlock; Ravi Okafor"),
        ("Hannah May", "Hannah May"),
        ("Posted by Jon Ekdal on 5 March 2024", "Jon Ekdal"),
        ("Updated: Tuesday", None),
        ("Текст Венера Ерофеева", "Венера Ерофеева"),
        ("View all posts by Ray Ansari", "Ray Ansari"),
        ("About the author Alex Woodbury Subscribe", "Alex Woodbury"),
        ("Tom Ardley is a reporter for Harbour News", "Tom Ardley"),
        ("Mara Quint; Senior Analyst Updated Jan", "Mara Quint"),
        ("Www Facebook Com; Smallboatbigsea", "Smallboatbigsea"),
        ("Nora Feld M P H; R D", "Nora Feld"),
        ("James R", "James R"),
        ("Corinne Ashby-Lowe, MD", "Corinne Ashby-Lowe, MD"),
        ("Authors Greta Solberg; Ines Marlow", "Greta Solberg; Ines Marlow"),
        ("Xu Bo", "Xu Bo"),
        ("Log", None),
    ],
)
def test_date_words_are_trimmed_from_authors(meta: str, expected: str | None):
    html = page().replace('content="Jon Ekdal"', f'content="{meta}"')
    assert extract(html).author == expected


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ("Copyright 2014", "harbourtimes.example"),
        ("Username", "harbourtimes.example"),
        ("https://www.harbourtidings.com", "harbourtidings.com"),
        ("Kxyz_", "Kxyz"),
    ],
)
def test_junk_site_names_give_way(meta: str, expected: str):
    html = page().replace('content="The Harbour Times"', f'content="{meta}"')
    assert extract(html).site == expected


def test_a_site_called_by_its_host_label_gets_the_host_name():
    html = page().replace('content="The Harbour Times"', 'content="hx"')
    assert extract(html, url="https://www.hx.com/news/pier").site == "hx.com"
    html = page().replace('content="The Harbour Times"', 'content="BBC"')
    assert extract(html, url="https://www.bbc.co.uk/news/pier").site == "BBC"


def test_a_fact_check_label_stays_with_what_it_labels():
    story = ["Claim", "The harbour pier was built by the Romans.", "Rating:", "False", *STORY]
    article = extract(page(story))
    assert article.paragraphs[:2] == (
        "Claim: The harbour pier was built by the Romans.",
        "Rating: False",
    )


def test_a_hover_card_pasted_into_a_name_is_removed():
    card = (
        "Harbour Mayor Dana WhitlockDana Ruth WhitlockHarbour mayor backs the ferry plan "
        "Ferry fares rise in spring MORE (D) is defending the plan."
    )
    article = extract(page([card, *STORY]))
    assert article.paragraphs[0] == "Harbour Mayor Dana Whitlock (D) is defending the plan."


def test_the_result_pickles_for_worker_processes():
    article = extract(page())
    assert pickle.loads(pickle.dumps(article)) == article


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Council approves new pier | The Harbour Times", "Council approves new pier"),
        ("Council approves new pier - The Harbour Times", "Council approves new pier"),
        ("The Harbour Times — Council approves new pier", "Council approves new pier"),
        ("Council approves new pier | News | The Harbour Times", "Council approves new pier"),
        ("Council approves new pier – Harbour Times | Local news", "Council approves new pier"),
        ("Council approves new pier: what it means", "Council approves new pier: what it means"),
    ],
)
def test_site_name_is_stripped_from_the_title(title: str, expected: str):
    # two h1s, so the title comes from the <title> element
    html = page(title=title, h1="Council approves new pier</h1><h1>Also in the news")
    html = html.replace('<meta property="og:site_name" content="The Harbour Times">', "")
    html = html.replace(
        "<head>", '<head><meta property="og:site_name" content="The Harbour Times">'
    )
    assert extract(html).title == expected


def test_a_headline_that_names_its_own_site_keeps_the_name_but_loses_the_suffix():
    title = "Harbour Times Names New Editor | Harbour Times"
    html = page(title=title, h1="Harbour Times Names New Editor</h1><h1>Also in the news")
    html = html.replace('content="The Harbour Times"', 'content="Harbour Times"')
    assert extract(html).title == "Harbour Times Names New Editor"


def test_a_site_tagline_before_a_colon_is_not_part_of_the_headline():
    title = "The coast's favourite news site: Singer Mira Dole Opens Harbour Festival"
    html = page(title=title, h1=title).replace(
        'content="The Harbour Times"', 'content="CoastLink | The coast\'s favourite news site"'
    )
    article = extract(html)
    assert article.title == "Singer Mira Dole Opens Harbour Festival"
    assert article.site == "CoastLink"


def test_a_one_word_kicker_gives_way_to_the_headline():
    head = '<meta property="og:title" content="The Harbour Times view on the pier: build it">'
    html = page(title="Editorial", h1="Editorial", head=head)
    assert extract(html).title == "The Harbour Times view on the pier: build it"
    assert _kicker("Editorial", "The Harbour Times view on the ferry")
    assert _kicker("오피니언", "항구 다리 예산 논쟁, 시민의 목소리를 먼저 들어야 하는 이유")
    assert not _kicker("Harbour Tours", "Our Favourite Harbour's Tours")
    assert not _kicker("Council approves new pier", "Council approves new pier today")


def test_strip_site_suffix_uses_the_host_name_too():
    assert strip_site_suffix("Big story | Example Daily", ["exampledaily"]) == "Big story"
    assert strip_site_suffix("Big story | Example Daily", []) == "Big story | Example Daily"
    assert strip_site_suffix("Big - story", ["other"]) == "Big - story"
    assert (
        strip_site_suffix("Big story | News | Example Daily", ["Example Daily"])
        == "Big story | News"
    )


def test_a_heading_matching_one_part_of_the_title_is_the_headline():
    html = page(
        title="Council approves new pier - what happens next", h1="Council approves new pier"
    )
    html = html.replace("<h1>", "<h1 class='a'>", 1) + ""
    html = html.replace("</article>", "<h1>Other heading</h1></article>")  # two h1s
    assert extract(html).title == "Council approves new pier"


def test_a_leading_title_and_dateline_are_not_body_text():
    story = ["Council approves new pier", "March 5, 2024 at 08:00", *STORY]
    article = extract(page(story))
    assert article.paragraphs == tuple(STORY)


def test_a_canonical_link_to_another_site_is_ignored():
    html = page().replace(
        "https://harbourtimes.example/news/pier?utm_source=rss", "https://evil.example/"
    )
    article = extract(html, url="https://harbourtimes.example/news/pier?utm_medium=x#top")
    assert article.canonical_url == "https://harbourtimes.example/news/pier"


def test_readability_takes_over_when_trafilatura_finds_nothing():
    # trafilatura drops <aside> content as boilerplate; readability keeps it
    html = "<html><body><aside>" + "".join(f"<p>{p}</p>" for p in STORY) + "</aside></body></html>"
    article = extract(html, url=None)
    assert article.paragraphs == tuple(STORY)


# ---------------------------------------------------------------------------- encodings


def test_encoding_from_a_meta_tag():
    html = page(STORY + ["Café naïve façade – “quoted”."]).replace(
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
    )
    article = extract(html.encode("cp1252"))
    assert article.paragraphs[-1] == "Café naïve façade – “quoted”."


def test_encoding_from_the_http_header():
    html = page(STORY + ["Smörgåsbord på menyn."]).replace('<meta charset="utf-8">', "")
    # "iso-8859-1" means windows-1252 on the web, whose curly quotes the story uses
    article = extract(html.encode("cp1252"), charset="ISO-8859-1")
    assert article.paragraphs[-1] == "Smörgåsbord på menyn."


def test_encoding_detected_from_the_bytes():
    russian = [
        "Городской совет во вторник одобрил план восстановления старого каменного причала.",
        "Рыбаки говорят, что ждали этого решения почти десять лет и очень рады новостям.",
        "Критики считают, что проект слишком дорог для небольшого города у моря.",
    ]
    html = page(russian, title="Совет одобрил причал", h1="Совет одобрил причал", lang="ru")
    html = html.replace('<meta charset="utf-8">', "")
    article = extract(html.encode("cp1251"))
    assert article.paragraphs == tuple(russian)
    assert article.language == "ru"


def test_valid_utf8_wins_over_a_wrong_latin1_label():
    html = page(STORY + ["Ærøskøbing’s café."]).replace('<meta charset="utf-8">', "")
    article = extract(html.encode("utf-8"), charset="iso-8859-1")
    assert article.paragraphs[-1] == "Ærøskøbing’s café."


def test_invalid_bytes_for_the_declared_charset_are_recovered():
    # declared UTF-8, actually windows-1252: the declaration is wrong, the text is still read
    html = page(STORY + ["Crème brûlée for everyone."])
    article = extract(html.encode("cp1252"), charset="utf-8")
    assert article.paragraphs[-1] == "Crème brûlée for everyone."


def test_unknown_charset_names_are_ignored():
    article = extract(page().encode("utf-8"), charset="x-no-such-charset")
    assert article.paragraphs == tuple(STORY)


def test_utf16_with_a_byte_order_mark():
    html = page().replace('<meta charset="utf-8">', "")
    article = extract(html.encode("utf-16"))
    assert article.paragraphs == tuple(STORY)


def test_double_encoded_text_is_repaired():
    mangled = "We’ll see.".encode().decode("latin-1")  # 'Weâ\x80\x99ll see.'
    article = extract(page(STORY + [mangled]))
    assert article.paragraphs[-1] == "We’ll see."


def test_garbled_text_is_refused():
    garbled = "\ufffd\ufffd\ufffd \ufffd\ufffd broken \ufffd\ufffd\ufffd\ufffd text"
    expected = "The page's text is garbled: I couldn't work out its character encoding."
    assert fails(page([garbled] * 20).encode("utf-8")) == expected
    # garbled article text inside a lot of clean markup is caught after extraction
    story = [p.replace("a", "\ufffd").replace("o", "\ufffd") for p in STORY]
    nav = "".join(f"<li><a href='/section/{i}'>Link {i}</a></li>" for i in range(200))
    html = page(story).replace("<header>", f"<header><ul>{nav}</ul>")
    assert fails(html.encode("utf-8")) == expected


# -------------------------------------------------------------------------- bad input


def test_a_page_of_scripts_only():
    html = (
        "<html><head><script>var a = 1;</script></head><body>"
        + ("<script>window.app = {};</script>" * 50)
        + '<div id="root"></div></body></html>'
    )
    assert fails(html.encode()) == (
        "That page is built by JavaScript in the browser and has no article text in its HTML, "
        "so I can't read it."
    )


@pytest.mark.parametrize(
    "title", ["Error", "404 Not Found", "Page not found", "Just a moment...", "Access denied"]
)
def test_an_error_page_or_bot_check_is_not_an_article(title: str):
    notice = [
        "Back Soon!",
        "Something went wrong while this page was loading. Please come back in a few minutes.",
    ]
    assert fails(page(notice, title=title, h1=title).encode()) == (
        f"That page is an error page or a bot check (“{title}”), not an article."
    )


def test_an_article_about_an_error_is_still_an_article():
    title = "Error in vote count delays the result"
    assert extract(page(title=title, h1=title)).title == title
    longer = STORY + [p.replace("council", "harbour board") for p in STORY]
    assert len(" ".join(longer).split()) >= 150
    assert extract(page(longer, title="Error", h1="Error")).paragraphs == tuple(longer)


def test_a_page_that_asks_for_javascript():
    html = (
        "<html><body><noscript><p>You need to enable JavaScript to run this app.</p></noscript>"
        "<div id='root'></div><script src='/app.js'></script></body></html>"
    )
    assert (
        fails(html.encode())
        == "That page needs JavaScript to show its content, so I can't read it."
    )


def test_a_page_without_text():
    html = "<html><body><nav><a href='/'>Home</a></nav><img src='x.png'></body></html>"
    assert fails(html.encode()) == "I couldn't find any article text on that page."


def test_empty_and_blank_pages():
    assert fails(b"") == "The page is empty."
    assert fails(b"   \n\t ") == "The page is empty."


def test_binary_data_labelled_as_html():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40
    assert fails(png) == "That isn't readable text: it looks like a binary file."
    assert (
        fails(png, content_type="text/plain")
        == "That isn't readable text: it looks like a binary file."
    )


def test_deeply_nested_page_is_parsed():
    paragraphs = [f"{p} (part {i})" for i, p in enumerate(STORY)]
    for depth in (1500, 6000):  # within libxml2's huge_tree limit, and far beyond it
        html = (
            page(paragraphs)
            .replace("<main>", "<main>" + "<div>" * depth)
            .replace("</main>", "</div>" * depth + "</main>")
        )
        start = time.monotonic()
        article = extract(html)
        assert time.monotonic() - start < 5
        assert article.paragraphs == tuple(paragraphs), depth


def test_flatten_deep_keeps_text_and_shallow_structure():
    html = "<div>" * 5 + "<p>text</p><script>if (a<b) {}</script>" + "</div>" * 5
    flat = flatten_deep(html, 3)
    assert flat == "<div><div><div><p>text</p>" + "</div></div></div>"
    assert flatten_deep("<p>one<p>two", 2) == "<p>one<p>two"


def test_a_huge_text_node_is_parsed():
    big = "w " * 5_100_000  # one 10.2 MB text node: above libxml2's 10 MB default limit
    html = f"<html><body><article><p>{STORY[0]}</p><p>{big}</p></article></body></html>"
    tree = parse_html(html)
    assert [len(p.text_content()) for p in tree.iter("p")] == [len(STORY[0]), len(big)]


def test_unsupported_content_type():
    assert fails(b"{}", content_type="application/json") == (
        "I can't read application/json content: only web pages, text and PDF."
    )


# ------------------------------------------------------------------------- text and PDF


def test_plain_text_is_kept_as_it_is():
    text = "First line\nof a paragraph.\n\nSecond   paragraph.\n"
    article = extract(text, content_type="text/plain", url=None)
    assert article.text == "First line\nof a paragraph.\n\nSecond   paragraph."
    assert article.paragraphs == ("First line of a paragraph.", "Second paragraph.")
    assert article.title is None


def test_markdown_title_from_its_first_heading():
    text = "---\nlayout: post\n---\n# The pier story\n\nThe council voted.\n"
    article = extract(text, content_type="text/markdown", url=None)
    assert article.title == "The pier story"
    assert article.paragraphs == ("# The pier story", "The council voted.")


def test_pdf_text_and_metadata():
    pdf = make_pdf(
        [
            [
                "Harbour Report",
                "The harbour council approved a plan on Tuesday to rebuild the old stone pier, end-",
                "ing a dispute that had divided the fishing town for almost a decade, and the",
                "work will start in spring.",
                "Fishermen welcomed the news at a meeting on Wednesday evening in the town hall",
                "and said they had waited for this for a very long time indeed.",
            ],
            ["Critics said the cost was too high for a small town of six thousand people."],
        ],
        title="Harbour Report 2024",
        author="Jon Ekdal",
        created="D:20240305101500+01'00'",
    )
    article = extract(pdf, content_type="application/pdf", url="https://harbourtimes.example/r.pdf")
    assert article.title == "Harbour Report 2024"
    assert article.author == "Jon Ekdal"
    assert article.date == "2024-03-05"
    assert article.paragraphs == (
        "Harbour Report",
        "The harbour council approved a plan on Tuesday to rebuild the old stone pier, ending a "
        "dispute that had divided the fishing town for almost a decade, and the work will start "
        "in spring.",
        "Fishermen welcomed the news at a meeting on Wednesday evening in the town hall and said "
        "they had waited for this for a very long time indeed.",
        "Critics said the cost was too high for a small town of six thousand people.",
    )


def test_pdf_is_recognized_without_a_content_type():
    pdf = make_pdf([["Harbour Report", "A short line of text in the report."]])
    article = extract_article(pdf, url=None, content_type=None, source="s")
    assert article.title == "Harbour Report"
    assert article.paragraphs == ("A short line of text in the report.",)


def test_pdf_without_text():
    message = fails(make_pdf([[]]), content_type="application/pdf")
    assert (
        message == "That PDF has no text in it (it's probably scanned images), so I can't read it."
    )


def test_damaged_pdf():
    assert fails(b"%PDF-1.4\nthis is not really a pdf", content_type="application/pdf") == (
        "That PDF is damaged or in a form I can't read."
    )


def test_password_protected_pdf():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["Secret plans."]]))))
    writer.encrypt("hunter2", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert fails(out.getvalue(), content_type="application/pdf") == (
        "That PDF is password-protected, so I can't read it."
    )


# --------------------------------------------------------------------------- local files


def test_read_local_files(tmp_path):
    (tmp_path / "story.html").write_text(page())
    (tmp_path / "notes.txt").write_text("Plain notes.\n\nSecond paragraph.")
    (tmp_path / "post.md").write_text("# Title here\n\nBody text.")
    (tmp_path / "report.pdf").write_bytes(make_pdf([["Report", "Text of the report."]]))
    html = read_local_file(str(tmp_path / "story.html"))
    assert html.paragraphs == tuple(STORY)
    assert html.source == str(tmp_path / "story.html")
    assert html.url is None and html.canonical_url == "https://harbourtimes.example/news/pier"
    assert read_local_file(str(tmp_path / "notes.txt")).paragraphs == (
        "Plain notes.",
        "Second paragraph.",
    )
    assert read_local_file(str(tmp_path / "post.md")).title == "Title here"
    assert read_local_file(str(tmp_path / "report.pdf")).paragraphs == ("Text of the report.",)


def test_read_local_file_errors(tmp_path):
    (tmp_path / "sheet.xlsx").write_bytes(b"PK")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "big.txt").write_text("x" * 2000)
    (tmp_path / "folder.html").mkdir()
    cases = {
        "sheet.xlsx": "I can read .htm, .html, .markdown, .md, .pdf, .text, .txt, .xhtml files, not .xlsx.",
        "missing.txt": f"There is no file at {tmp_path / 'missing.txt'}.",
        "empty.txt": f"{tmp_path / 'empty.txt'} is empty.",
        "folder.html": f"{tmp_path / 'folder.html'} is not a file.",
    }
    for name, message in cases.items():
        with pytest.raises(InputError) as info:
            read_local_file(str(tmp_path / name))
        assert str(info.value) == message
    with pytest.raises(InputError, match="too large"):
        read_local_file(str(tmp_path / "big.txt"), max_bytes=1000)
