"""An interview's answers go to the one the paragraph before the questions introduces
(``interview._introduced_before``), a spokesperson "von"/"van" a named body speaks for it
(``orgs_germanic.SPOKES_RE``), speech verbs the lists lacked ("descreve um segurança", the
French and Italian simple past of features: "confia-t-elle", "rivelò"), a companion or a
trade before a first name is no part of it ("ihr Freund Malte", "Türsteher Andrzej",
``kin.kin_cut``), and an English unnamed speaker ends before a participle clause ("one woman
loading bags into her car", ``written``).

- "“…,” said Martin X. ¶ Not everyone is convinced. Fiddler Jodie Carrow, 31, has played
  there for years. We caught up with her. ¶ Will you …? ¶ “…”": Jodie Carrow's answers, not
  the official quoted before (a paragraph before the questions that quotes someone is a side
  voice, no introduction: the keyed articles hold that case).

Every speaker exact; each passage invented.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import (
    DE_MORE,
    DE_OPEN,
    FR_MORE,
    IT_MORE,
    IT_OPEN,
    PT_MORE,
    Case,
    outcomes,
)

EN_INTERVIEW = (
    "From June, anyone who wants to play music on Porthaven's streets will need a permit.\n\n"
    "“This isn’t about stopping busking,” said Martin Achterberg, cabinet member for "
    "communities.\n\nNot everyone is convinced. Fiddler Jodie Carrow, 31, has played outside "
    "the fish market every Saturday for nine years. We caught up with her between sets.\n\n"
    "Will you apply for a permit?\n\n“Probably. I’ve got rent to pay.”\n\n"
    "What’s wrong with an audition?\n\n“Who decides what’s good? Half the best buskers I know "
    "would fail.”"
)
DE_SPOKES_VON = (
    DE_OPEN + "Die Reederei will die Zahl der Anläufe erhöhen. Man setze „wo immer möglich "
    "Landstrom“ ein, sagte eine Sprecherin von Nordlicht Kreuzfahrten." + DE_MORE
)
PT_DESCRIBES = (
    "Nas filas para os bares, a tensão subiu depressa. “Estava tudo a gritar, os funcionários "
    "não sabiam o que fazer”, descreve um segurança, que pediu para não ser identificado." + PT_MORE
)
FR_SIMPLE_PAST = (
    "Ce soir-là, au café du port, Louise Kerhervé servit son dernier verre. « Je n'ai jamais "
    "fermé un seul dimanche », confia-t-elle aux habitués." + FR_MORE
)
IT_SIMPLE_PAST = (
    IT_OPEN + "Nel 1978 il sindaco Aldo Ferrini inaugurò la piazza. «Questa è la casa di "
    "tutti», rivelò anni dopo in un'intervista." + IT_MORE
)

DE_COMPANION = (
    DE_OPEN + "„Ich will auch nicht, dass der Club schließt“, sagt ihr Freund Malte." + DE_MORE
)
DE_TRADE = (
    DE_OPEN + "Türsteher Andrzej steht seit elf Jahren am Eingang. „Hier war vorher nichts. "
    "Nur Lagerhallen“, sagt er." + DE_MORE
)
EN_PARTICIPLE = (
    "Shoppers were out early on Saturday as the new market opened.\n\n“I love them, they make "
    "the street feel alive,” said one woman loading bags into her car.\n\n“Forty minutes for a "
    "ten-minute trip,” said a bus driver taking a break.\n\n“We counted every stall twice,” "
    "said one counting assistant."
)

CASES: list[tuple[str, Case]] = [
    (
        "en-interview",
        (EN_INTERVIEW, [("Probably.", "Jodie Carrow"), ("Who decides", "Jodie Carrow")]),
    ),
    ("de-spokes-von", (DE_SPOKES_VON, [("wo immer möglich", "Nordlicht Kreuzfahrten")])),
    ("pt-describes", (PT_DESCRIBES, [("Estava tudo", "um segurança")])),
    ("fr-simple-past", (FR_SIMPLE_PAST, [("Je n'ai jamais", "Louise Kerhervé")])),
    ("it-simple-past", (IT_SIMPLE_PAST, [("Questa è la casa", "Aldo Ferrini")])),
    ("de-companion", (DE_COMPANION, [("Ich will auch", "Malte")])),
    ("de-trade", (DE_TRADE, [("Hier war vorher", "Andrzej")])),
    (
        "en-participle",
        (
            EN_PARTICIPLE,
            [
                ("I love them", "one woman"),
                ("Forty minutes", "a bus driver"),
                ("We counted every stall", "one counting assistant"),
            ],
        ),
    ),
]


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[n for n, _ in CASES])
def test_speakers(case: Case) -> None:
    got = outcomes([case])
    assert [(h, found) for h, _, found in got] == [(h, exp) for h, exp, _ in got]
