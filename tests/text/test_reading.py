"""The language of the text being read scopes the speech verbs (``bot/text/reading.py``)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.text.language import clear_language
from bot.text.quotes import find_quotes
from bot.text.speakers.names import SPEECH_VERBS
from bot.text.speakers.reading import language, reading

ENGLISH = (
    "The minister said on Monday that the new port would open in the spring, and that the "
    "workers who had waited for it for years would be the first to be hired there."
)
PORTUGUESE = (
    "“Isso é completamente falso”, rebate o ministro Paulo Reis, que esteve ontem na "
    "Assembleia da República para defender o orçamento do Estado para o próximo ano."
)


def test_clear_language_names_plain_text_only() -> None:
    assert clear_language(ENGLISH) == "english"
    assert clear_language(PORTUGUESE) == "portuguese"
    assert clear_language("Hello there.") is None  # too short to tell
    mixed = ENGLISH + " " + PORTUGUESE
    assert clear_language(mixed) is None  # neither outnumbers the other three to one


def test_english_text_sees_only_english_speech_verbs() -> None:
    assert "rebate" in SPEECH_VERBS and "said" in SPEECH_VERBS  # no text being read: all
    with reading(ENGLISH) as lang:
        assert lang == language() == "english"
        assert "said" in SPEECH_VERBS
        assert "rebate" not in SPEECH_VERBS and "resume" not in SPEECH_VERBS
    with reading(PORTUGUESE):
        # (and an English verb is none in Romance text: "Charges trop lourdes, … :")
        assert "rebate" in SPEECH_VERBS and "said" not in SPEECH_VERBS
    assert language() is None and "rebate" in SPEECH_VERBS


@pytest.mark.parametrize(
    "text",
    [
        # a Portuguese verb that is an English noun is no verb in English text: the noun phrase
        # before it ("the country's farm") is not the speaker
        "Agriculture Minister Carla Voss told the farmers' union that the country's farm rebate "
        "was “earned many times over” and should stay “for as long as there are farms to "
        "keep”.",
        "Carla Voss, the minister, said the EU rebate “is not up for negotiation, today or at any "
        "other summit”.",
    ],
)
def test_foreign_verb_that_is_an_english_noun(text: str) -> None:
    quotes = find_quotes(text)
    assert quotes and quotes[-1].speaker == "Carla Voss"


def test_the_same_verb_still_reports_speech_in_its_own_language() -> None:
    assert [q.speaker for q in find_quotes(PORTUGUESE)] == ["Paulo Reis"]


def test_threads_reading_different_languages_do_not_mix() -> None:
    def probe(text: str) -> bool:
        with reading(text):
            return "rebate" in SPEECH_VERBS

    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(probe, [ENGLISH, PORTUGUESE] * 20))
    assert got == [False, True] * 20
