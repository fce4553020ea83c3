"""German bodies named by a compound for their kind (private to the speaker modules): "Der
Mieterverband" with no body named before it is shown as written, and an adjective telling which
body stays with its article ("Das österreichische Umweltministerium")."""

from __future__ import annotations

import re

from bot.text.speakers.orgs_germanic import kind
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token


def compound_body(phrase: str) -> bool:
    """True for a German definite article and a compound naming its kind of body with what it
    is for ("der Mieterverband", "Der Kreisbauernverband", "die Handwerkskammer"): one body
    of the region, shown as written when the text named no organisation before it (not "der
    Verband", "das Ministerium": any body of that kind)."""
    words = phrase.split()
    found = kind(words[-1]) if len(words) == 2 else None
    return (
        language() == "german"
        and found is not None
        and words[0].lower() in ("der", "die", "das")
        and words[1].isalpha()
        and len(words[1]) >= len(found) + 4
    )


def described_body_start(toks: list[Token], k: int, i: int) -> int | None:
    """Where a German body's phrase opens when the capitalized run k..i is one compound for a
    kind of body after inflected adjectives and its article: "Das österreichische
    Umweltministerium teilte mit", "der regionale Weinbauverband erklärte" -> the article;
    else None."""
    if language() != "german" or i - k != 1 or kind(toks[k][0]) is None:
        return None
    a = k - 1
    while a >= 0 and a > k - 3 and re.fullmatch(r"[a-zäöüß-]+(?:e|en)", toks[a][0]):
        a -= 1
    if a == k - 1 or a < 0 or toks[a][0].lower() not in ("der", "die", "das"):
        return None
    return a
