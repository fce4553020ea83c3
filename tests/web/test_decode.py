from bot.web._decode import decode_body, looks_binary

FRENCH = (
    "Le conseil a approuvé le pont lundi. Les travaux coûteront cher. Ça commence au printemps. "
)


def test_legacy_western_text_is_read_as_windows_1252():
    assert decode_body((FRENCH * 3).encode("cp1252"), None, html=False) == FRENCH * 3


def test_cyrillic_legacy_text():
    text = "Городской совет одобрил новый мост. Работы продлятся три года. " * 3
    assert decode_body(text.encode("cp1251"), None, html=False) == text


def test_mostly_utf8_with_broken_bytes_stays_utf8():
    body = (FRENCH * 20).encode() + b"\xff\xfe" + b" Fin."
    assert decode_body(body, None, html=False) == FRENCH * 20 + " Fin."


def test_boms_and_declared_charsets():
    assert decode_body("\ufeffhé".encode("utf-8"), None, html=False) == "hé"
    assert decode_body("hé".encode("utf-16"), None, html=False) == "hé"
    assert decode_body("£5 café".encode("cp1252"), "iso-8859-1", html=False) == "£5 café"


def test_binary_is_spotted():
    assert looks_binary(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert not looks_binary(FRENCH.encode())
