"""English cues for someone unnamed (``cues``): "in the words of one mechanic" names its
speaker as "in her words" does, and the subject of a verdict verb after a participle's object
is the one doing it ("a teenager filming the procession on his phone called it “…”": the
teenager, not the procession). Each passage invented.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

IN_THE_WORDS_OF = (
    "Team owner Dunstan Maybury, 61, faced reporters in the paddock later on Sunday morning. "
    'He looked, in the words of one mechanic, "like he\'d been awake for a week".'
)
IN_HER_WORDS = (
    "Mayor Ellen Dacre toured the flooded streets on Monday. The damage was, in her words, "
    "“worse than anything this town has seen in fifty years”."
)
VERDICT_PARTICIPLE = (
    "Most shoppers took the evacuation in their stride, while a teenager filming the "
    "procession on his phone called the whole thing “a bit over the top”."
)
VERDICT_NAMED = (
    "Councillor Ana Lind, who chairs the transport committee, called the plan “a shocking "
    "waste of money”."
)

CASES: list[tuple[str, Case]] = [
    ("in-the-words-of", (IN_THE_WORDS_OF, [("like he'd been awake", "one mechanic")])),
    ("in-her-words", (IN_HER_WORDS, [("worse than anything", "Ellen Dacre")])),
    ("verdict-participle", (VERDICT_PARTICIPLE, [("a bit over the top", "a teenager")])),
    ("verdict-named", (VERDICT_NAMED, [("a shocking waste", "Ana Lind")])),
]


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[n for n, _ in CASES])
def test_speakers(case: Case) -> None:
    got = outcomes([case])
    assert [(h, found) for h, _, found in got] == [(h, exp) for h, exp, _ in got]
