"""English passive tags after a quotation's comma: ',” he is quoted as saying by a magazine',
',” Ivo Brandt was quoted as telling a paper' name the subject (``after._QUOTED_AS_RE``), as
',” he told a magazine' does. Near miss: "quoted" with no "as saying" in a later sentence."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import speaker_of

EN_MORE = (
    "\n\nThe fund will publish its half-year figures next month, and shareholders have been "
    "invited to send their questions before the meeting."
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # ',” he is quoted as saying by …'
            "Fund manager Ivo Brandt, the firm's biggest investor, said he would only put in "
            'more money if he got a seat on the board. "I want to see the books first," he is '
            "quoted as saying by a Swiss business weekly." + EN_MORE,
            "I want to see the books first",
            "Ivo Brandt",
        ),
        (  # ',” NAME was quoted as telling …'
            "The board met on Friday.\n\n"
            '"Nobody has asked me," Ola Berg was quoted as telling a local paper.' + EN_MORE,
            "Nobody has asked me",
            "Ola Berg",
        ),
        (  # near miss: "quoted" with no "as saying" in a later sentence tags nothing
            "The board met on Friday.\n\n"
            '"Nobody has asked me," Ivo Brandt said. Ola Berg, who was quoted in the paper the '
            "next day, disagreed." + EN_MORE,
            "Nobody has asked me",
            "Ivo Brandt",
        ),
    ],
)
def test_quoted_as_saying(text: str, head: str, speaker: str) -> None:
    assert speaker_of(text, head) == speaker
