"""English verbs of saying read after a quotation on real copy: "confided" ('"…," a downcast
Ivo Brandt confided to the host') tags the quotation before it like "said" (data
``speech_verbs_en``). Near miss: a quotation with its own tag keeps it when "confided" comes
in a later sentence of its paragraph."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import speaker_of

EN_MORE = (
    "\n\nThe contest continues on Thursday, when viewers will vote to send one more hopeful "
    "home before the final in March."
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # "…," a downcast X confided
            "The panel was harsh on Tuesday night.\n\n"
            '"That is the worst pitch I have heard this year," said judge Petra Novak. "I '
            'simply forgot my lines," a downcast Ivo Brandt confided to the host.' + EN_MORE,
            "I simply forgot my lines",
            "Ivo Brandt",
        ),
        (  # near miss: a quotation tagged by "said" keeps its speaker
            "The panel was harsh on Tuesday night.\n\n"
            '"That is the worst pitch I have heard this year," said judge Petra Novak. Ivo '
            "Brandt later confided that he had forgotten his lines." + EN_MORE,
            "That is the worst pitch",
            "Petra Novak",
        ),
    ],
)
def test_confided(text: str, head: str, speaker: str) -> None:
    assert speaker_of(text, head) == speaker
