"""German reported speech that goes on with the speaker before it (each passage invented).

A German sentence in the mood of reported speech (the first subjunctive: "liege", "seien")
that holds a quotation, has no speech verb of its own and names no one goes on with the
quotation in the sentence right before it, in its paragraph or closing the paragraph before:
"X nannte das Angebot „…“. Die Forderung liege seit Monaten vor: „…“" is X's (not "Die
Forderung"), and "„…“, erzählt X. ¶ Überstunden seien „…“ gewesen. Als sie …, schrieb ihr Y:
„…“" is X's too (not Y, named after it).

Near misses: a sentence with a speech verb and a speaker of its own ("…, sagte Konzernsprecherin
Y: „…“") keeps them; a sentence in the indicative ("Das Angebot liegt …: „…“") is no reported
speech and does not go on with the speaker before.
"""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes
from tests.text.speaker_cases import Case, outcomes
from tests.text.test_speakers_session17 import DE_MORE

_BEFORE = (
    "Der Verhandlungsführer der Lokführer, Jens Albrecht, nannte das Angebot der Bahn „eine "
    "Frechheit“. "
)

CASES: list[Case] = [
    # the subject of the subjunctive is a thing: the speaker of the sentence before
    (
        _BEFORE + "Die Forderung der Gewerkschaft liege seit Monaten vor: „Acht Prozent, keinen "
        "Cent weniger, das wissen alle Beteiligten.“" + DE_MORE,
        [("eine Frechheit", "Jens Albrecht"), ("Acht Prozent", "Jens Albrecht")],
    ),
    # opening the paragraph after the speaker's quotation: not the person named after it
    (
        "„Nachts habe ich oft nicht geschlafen, weil ich an die Touren dachte“, erzählt die "
        "frühere Kurierfahrerin Maren Oldenbusch.\n\nÜberstunden seien „völlig normal“ gewesen. "
        "Als sie sich beschwerte, schrieb ihr der Disponent Uwe Kaltenbach: „Wer sich beschwert, "
        "kann gehen.“" + DE_MORE,
        [("völlig normal", "Maren Oldenbusch"), ("Wer sich beschwert", "Uwe Kaltenbach")],
    ),
    # (near miss: a speech verb and a speaker of its own)
    (
        _BEFORE + "Die Bahn sei jedoch gesprächsbereit, sagte Konzernsprecherin Ulla Fenske: „Wir "
        "warten auf einen Termin, der Tisch ist gedeckt.“" + DE_MORE,
        [("Wir warten", "Ulla Fenske")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][-1][0])
def test_r19_reported_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)


def test_r19_indicative_goes_not_on() -> None:
    # (near miss: the indicative "liegt" reports no one's speech: never the speaker before)
    text = (
        _BEFORE + "Das Angebot liegt seit Wochen auf dem Tisch: „Fünf Prozent und eine "
        "Einmalzahlung für alle.“" + DE_MORE
    )
    found = [q for q in find_quotes(text) if q.quote.startswith("Fünf Prozent")]
    assert found and found[0].speaker != "Jens Albrecht"
