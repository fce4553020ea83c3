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


# the public bodies a local or national story has one of: "de gemeente", "die Gemeinde", "de
# provincie", "het ministerie" (the town's, the province's, the ministry the story is about),
# "der Gemeindetag", "der Landtag" (the state's)
_ONE_OF_A_KIND = frozenset(
    """gemeente provincie ministerie gemeinde ministerium gemeindetag städtetag landkreistag
    kreistag landtag bundestag""".split()
)


def public_body(phrase: str) -> bool:
    """True for a definite article and a public body the story has only one of ("De gemeente
    erkent …", "teilte das Ministerium mit"): shown as written when the text named no
    organisation before it (not "de vakbond", "der Verband": any body of that kind)."""
    words = phrase.split()
    return (
        len(words) == 2
        and words[0].lower() in ("de", "het", "der", "die", "das")
        and words[1].lower() in _ONE_OF_A_KIND
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
