"""Speaker shapes found by probing pronouns and role nouns across paragraphs (each passage
invented).

A German agent noun after "der" whose woman is its "-in" form ("sagte der Minister", "der
Bürgermeister", "der Trainer der Gäste") is a man: never the woman named before, however
salient ("die Oppositionsführerin Sabine X … „…“, entgegnete der Kanzler"). A German
spokesperson of a person ("ein Sprecher des Ministers", "eine Sprecherin der Ministerin") is
shown as written, not the genitive noun as if it were a body ("Ministers"). The word for a
head of government ("la chanceler", "la cancelliera", "el canciller", "de kanselier") is a
role noun, so "«…», respondeu a chanceler" after "a chanceler alemã, Anna X," is her, not the
man who spoke before. The other passages are near misses and guards: pronouns after two people
of each sex, a role noun someone was introduced with, a man's agent noun after a woman was
named with another role.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import PT_MORE, Case, outcomes

DE_MORE = (
    "\n\nDie Feuerwehr blieb bis zum Morgen vor Ort, um das Viertel zu überwachen, und die "
    "Stadt richtete in der Turnhalle der Gemeinde ein Notquartier für die Familien ein, die in "
    "der Nacht nicht in ihre Wohnungen zurückkehren konnten."
)

CASES: list[Case] = [
    # a German agent noun after "der" is a man, not the woman named before
    (
        "Der Kanzler und die Oppositionsführerin Sabine Krause stritten im Bundestag.\n\n"
        "„Die Regierung hat versagt“, betonte Krause. „Sie hat keinen Plan.“\n\n"
        "„Das ist falsch“, entgegnete der Kanzler." + DE_MORE,
        [("Die Regierung", "Sabine Krause"), ("Das ist falsch", "der Kanzler")],
    ),
    (
        "„Die Regierung hat versagt“, sagte die Abgeordnete Sabine Krause.\n\n"
        "„Das ist falsch“, sagte der Bürgermeister." + DE_MORE,
        [("Das ist falsch", "der Bürgermeister")],
    ),
    (
        "Sabine Krause war im Saal.\n\n„Das ist falsch“, sagte der Minister." + DE_MORE,
        [("Das ist falsch", "der Minister")],
    ),
    (
        "Die Trainerin Sabine Krause war zufrieden.\n\n"
        "„Wir haben gut gespielt“, sagte der Trainer der Gäste." + DE_MORE,
        [("Wir haben gut", "der Trainer der Gäste")],
    ),
    # near misses: a man named with that role, a woman's noun, a named minister
    (
        "Staatssekretärin Anna Roth sprach mit Bürgermeister Karl Weiß über den Ausbau.\n\n"
        "„Der Bund zahlt die Hälfte“, sagte der Bürgermeister." + DE_MORE,
        [("Der Bund zahlt", "Karl Weiß")],
    ),
    (
        "Die Ärztin Sabine Krause sprach mit den Eltern.\n\n"
        "„Es geht ihm besser“, sagte die Ärztin." + DE_MORE,
        [("Es geht ihm", "Sabine Krause")],
    ),
    (
        "„Die Regierung hat versagt“, sagte Sabine Krause.\n\n"
        "„Das ist falsch“, sagte Minister Olaf Berg." + DE_MORE,
        [("Das ist falsch", "Olaf Berg")],
    ),
    (
        "Gesundheitsminister Karl Vogel und die Klinikchefin Maria Hoffmann besuchten am "
        "Freitag die Notaufnahme.\n\n„Die Lage ist ernst“, räumte die Klinikchefin ein.\n\n"
        "„Wir stellen neue Pflegekräfte ein“, versprach der Minister." + DE_MORE,
        [("Die Lage", "Maria Hoffmann"), ("Wir stellen", "Karl Vogel")],
    ),
    (
        "Ministerin Eva Klein und Verbandschef Tobias Ritter stellten am Montag den Plan vor.\n\n"
        "„Das ist ein guter Tag für die Pflege“, sagte sie.\n\n"
        "„Wir tragen den Plan mit“, betonte er." + DE_MORE,
        [("Das ist ein guter", "Eva Klein"), ("Wir tragen", "Tobias Ritter")],
    ),
    # a person's spokesperson is no body
    (
        "Die Opposition griff die Regierung an.\n\n"
        "„Das ist falsch“, sagte ein Sprecher des Ministers." + DE_MORE,
        [("Das ist falsch", "ein Sprecher des Ministers")],
    ),
    (
        "Die Opposition griff die Regierung an.\n\n"
        "„Das ist falsch“, sagte eine Sprecherin der Ministerin." + DE_MORE,
        [("Das ist falsch", "eine Sprecherin der Ministerin")],
    ),
    (
        "Die Opposition griff die Regierung an.\n\n"
        "„Das ist falsch“, sagte ein Sprecher des Ministeriums." + DE_MORE,
        [("Das ist falsch", "Ministerium")],
    ),
    # the head of a government's word is a role noun
    (
        "O Presidente, António Reis, recebeu a chanceler alemã, Anna Weber, em Belém.\n\n"
        "«A nossa amizade é sólida», disse. «Partilhamos os mesmos valores», respondeu a "
        "chanceler." + PT_MORE,
        [("A nossa amizade", "António Reis"), ("Partilhamos", "Anna Weber")],
    ),
    (
        "O Presidente, António Reis, recebeu a chanceler alemã, Anna Weber, em Belém.\n\n"
        "«A nossa amizade é sólida», disse Reis. «Partilhamos os mesmos valores», afirmou a "
        "chanceler." + PT_MORE,
        [("Partilhamos", "Anna Weber")],
    ),
    (
        "O Presidente, António Reis, recebeu a ministra Ana Weber em Belém.\n\n"
        "«A nossa amizade é sólida», disse. «Partilhamos os mesmos valores», respondeu a "
        "ministra." + PT_MORE,
        [("Partilhamos", "Ana Weber")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_probe_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
