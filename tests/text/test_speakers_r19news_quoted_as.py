"""English passive tags after a quotation's comma: ',” he is quoted as saying by a magazine',
',” Ivo Brandt was quoted as telling a paper' name the subject (``after._QUOTED_AS_RE``), as
',” he told a magazine' does. Near misses: "quoted" with no "as saying" in a later sentence; a speech verb, a relative or a
conjunction before "was quoted" (',” said X who was quoted …', ',” but X was quoted …')."""

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
        (  # near miss: 'said X who was quoted as saying …': the tag before the relative
            '"We need more teachers," said Dr Ines Varga who was quoted as saying the same last '
            "spring." + EN_MORE,
            "We need more teachers",
            "Ines Varga",
        ),
        (  # near miss: ', but X was quoted as saying …' is another clause: none, not 'X was'
            'Coach Pete Lomax praised the side. "We were superb from start to finish," but '
            "Lomax was quoted as saying the opposite a week later." + EN_MORE,
            "We were superb",
            None,
        ),
    ],
)
def test_quoted_as_saying(text: str, head: str, speaker: str | None) -> None:
    assert speaker_of(text, head) == speaker
