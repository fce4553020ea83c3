from bot.text.normalize import normalize


def test_nfc_and_invisible_characters():
    text = "Cafe\u0301 \u200bopens\u200d\ufeff today\x07."
    assert normalize(text) == "Café opens today."


def test_whitespace_tidied_but_paragraphs_kept():
    text = "  First   line.\r\nSecond\tline.\n\n\n\nNew  paragraph.  "
    assert normalize(text) == "First line.\nSecond line.\n\nNew paragraph."


def test_curly_quotes_and_dashes_kept():
    text = "“It’s fine” – she said — «oui»"
    assert normalize(text) == text


def test_non_breaking_spaces_become_spaces():
    assert normalize("10\u00a0km\u202faway") == "10 km away"


def test_empty():
    assert normalize("") == ""
    assert normalize(" \n\t ") == ""
