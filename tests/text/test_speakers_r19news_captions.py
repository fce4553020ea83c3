"""English tabloid copy with photo captions run into the text: "'A,' he added. <caption>
<caption> 'B.' Fans' forum secretary Ivo Brandt said, 'C …'" -- the tag "X said," with its
comma right before the next quotation's mark opens that quotation; it is no tag of B, which a
full stop closes (``after``: B goes on with the speaker before it), when B follows a tagged
quotation of its paragraph. Near misses: "X said," with no quotation right after, a quotation
closing on a comma before its tag, B closing on '?' or '!', and B opening its paragraph."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import speaker_of

EN_MORE = (
    "\n\nThe match kicks off at three o'clock on Saturday, and the away end will stay closed "
    "for the whole afternoon."
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # the tag after B with a comma opens C: B goes on with the chief executive
            "Dunmore City's chief executive Ola Berg said the club was angry. 'We asked for a "
            "screen at our own ground and were refused,' he added. Tom Hale of Dunmore scores "
            "against Ashby on Monday Sam Reyes in action at the Valley Ground last week 'A screen "
            "would let our fans follow the game.' Fans' forum secretary Ivo "
            "Brandt said, 'The forum backs the club completely on this.'" + EN_MORE,
            "A screen would let our fans",
            "Ola Berg",
        ),
        (  # C itself is the secretary's
            "Dunmore City's chief executive Ola Berg said the club was angry. 'We asked for a "
            "screen at our own ground and were refused,' he added. 'A screen would let "
            "our fans follow the game.' Fans' forum secretary Ivo Brandt said, 'The forum "
            "backs the club completely on this.'" + EN_MORE,
            "The forum backs the club",
            "Ivo Brandt",
        ),
        (  # near miss: "X said," with no quotation right after it is still B's tag
            "The ground was half empty.\n\n"
            "'A screen would let our fans follow the game.' Ivo Brandt said, with a "
            "shrug, before leaving." + EN_MORE,
            "A screen would let our fans",
            "Ivo Brandt",
        ),
        (  # near miss: a quotation closing on a comma keeps the tag after it
            "The ground was half empty.\n\n"
            "'A screen would let our fans follow the game,' Ivo Brandt said, 'and the forum "
            "agrees.'" + EN_MORE,
            "A screen would let our fans",
            "Ivo Brandt",
        ),
        (  # near miss: a question the tag answers, at its paragraph's opening, is the tagged one's
            "Owen Pryce said the fares were a scandal.\n\n"
            "'Who will pay for the new line?' Mira Sandhu asked, 'and when?'" + EN_MORE,
            "Who will pay for the new line",
            "Mira Sandhu",
        ),
        (  # near miss: the same after a question with "said"
            "Owen Pryce said the fares were a scandal.\n\n"
            "'Who will pay for the new line?' Mira Sandhu said, 'Not the commuters.'" + EN_MORE,
            "Who will pay for the new line",
            "Mira Sandhu",
        ),
        (  # near miss: an exclamation the tag answers
            "Guard Dev Malik said he ran for cover.\n\n"
            "'Stay back!' the sergeant shouted, 'All of you stay back.'" + EN_MORE,
            "Stay back",
            "the sergeant",
        ),
        (  # near miss: a full stop, but at its paragraph's opening: the tagged one's words
            "Coach Alan Reid said it had been a fine season.\n\n"
            "'We were cheated.' Keeper Joe Brandon said, 'The linesman was wrong.'" + EN_MORE,
            "We were cheated",
            "Joe Brandon",
        ),
    ],
)
def test_tag_before_next_quotation(text: str, head: str, speaker: str) -> None:
    assert speaker_of(text, head) == speaker
