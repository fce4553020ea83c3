"""Someone new by a definite role noun, then a pronoun or an age epithet (each passage invented).

A German or Dutch sentence that opens on a definite noun of a person and a relative clause
that says who they are ("Der Schleusenwärter, den wir am Dienstag getroffen haben, sieht das
gelassener.", "De visser, die al veertig jaar …, kijkt er anders tegenaan.") brings in someone
the text does not name. The "er"/"sie"/"hij" or the age epithet ("meinte der 58-Jährige") of the
quotation after it, or the pronoun before it in its own sentence ("Über seinen Anwalt ließ er
mitteilen, er sei »…«"), is that person, shown as written, not the last person named.

Near misses: an age epithet for the person the text gave that age ("X, 52, … Ein Kollege hat
ihn eingearbeitet. „…“, sagt der 52-Jährige"), or after a sentence about someone unnamed that is
about the man named before ("hat ihn eingearbeitet", "reed hem bijna aan"), is that man, as is a
pronoun before the quotation in its own sentence after such a sentence; a role noun for someone the text introduced with it ("Trainer Holger X … Der
Trainer, der …") stays that person; a role noun with no relative clause ("Die Elf von Holger
X … Der Trainer suchte keine Ausreden.") is left to the other rules.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes
from tests.text.test_speakers_session17 import DE_MORE, NL_MORE

CASES: list[Case] = [
    # an age epithet after the quotation
    (
        "Ortsvorsteher Bernd Hallmeier ist mit dem Plan zufrieden. „Wir bekommen endlich eine "
        "neue Brücke“, sagte er am Montag.\n\nDer Schleusenwärter, den wir am Dienstag an der "
        "Kanalbrücke getroffen haben, sieht das gelassener. „Brücken kommen und gehen, der Kanal "
        "bleibt“, meinte der 58-Jährige." + DE_MORE,
        [("Wir bekommen endlich", "Bernd Hallmeier"), ("Brücken kommen", "Der Schleusenwärter")],
    ),
    # a pronoun after the quotation, German and Dutch
    (
        "Bürgermeister Tobias Grell verteidigte die Pläne für die Fußgängerzone im Rat.\n\nDie "
        "Bäckerin, deren Laden direkt am Marktplatz liegt, ist anderer Meinung. „Ohne Parkplätze "
        "kommt hier niemand mehr her“, sagt sie." + DE_MORE,
        [("Ohne Parkplätze", "Die Bäckerin")],
    ),
    (
        "Havenmeester Pieter Dijkhuis noemt de nieuwe regels ‘een stap vooruit’ voor de haven."
        "\n\nDe visser, die al veertig jaar op de Waddenzee vaart, kijkt er anders tegenaan. "
        "‘Elk jaar komen er nieuwe regels bij en elk jaar vangen we minder’, zegt hij." + NL_MORE,
        [("Elk jaar komen", "De visser")],
    ),
    # a pronoun before the quotation in its own sentence
    (
        "Die Forscherin Ilka Brandner hat die neue Hefe im Frühjahr beschrieben. „Ein solcher "
        "Fund ist selten“, sagte Brandner.\n\nDer Winzer, dessen Keller die Proben lieferte, "
        "möchte anonym bleiben. Über seinen Verband ließ er ausrichten, er freue sich, »dass "
        "mein Wein jetzt berühmt ist«." + DE_MORE,
        [("dass mein Wein", "Der Winzer")],
    ),
    # (near miss: an age epithet for the person the text gave that age, or whom the sentence
    # bringing in someone unnamed is about, never that unnamed person)
    (
        "Jörg Seidel, 52, arbeitet seit Jahren im Sägewerk. Ein Kollege hat ihn damals "
        "eingearbeitet. „Ohne ihn wäre ich nicht hier“, sagt der 52-Jährige." + DE_MORE,
        [("Ohne ihn wäre", "Jörg Seidel")],
    ),
    (
        "Jörg Seidel arbeitet seit Jahren im Sägewerk. Ein Kollege hat ihn damals eingearbeitet. "
        "„Ohne ihn wäre ich nicht hier“, sagt der 52-Jährige." + DE_MORE,
        [("Ohne ihn wäre", "Jörg Seidel")],
    ),
    (
        "Truus Verbeek, 83, woont al haar hele leven in het dorp. Een buurjongen haalt haar "
        "medicijnen. ‘Ik ben hem zo dankbaar’, zegt de 83-jarige." + NL_MORE,
        [("Ik ben hem zo dankbaar", "Truus Verbeek")],
    ),
    # (near miss: a pronoun before the quotation in its own sentence, after a sentence about
    # someone unnamed that points back to the man named before: that man)
    (
        "Gedeputeerde Wouter Brink bezocht het dorp. Een scooterrijder reed hem bijna aan. Hij "
        "zei: ‘Hier moet een zebrapad komen.’" + NL_MORE,
        [("Hier moet een zebrapad", "Wouter Brink")],
    ),
    # a pronoun before the quotation in its own sentence, after someone unnamed: that person
    (
        "Gedeputeerde Wouter Brink bezocht het dorp. Een scooterrijder stopte bij het hek. Hij "
        "zei: ‘Hier moet een zebrapad komen.’" + NL_MORE,
        [("Hier moet een zebrapad", "een scooterrijder")],
    ),
    # (near miss: the role noun of someone the text introduced with it)
    (
        "Trainer Holger Krämer steht seit dem Sommer beim TSV Lindau an der Seitenlinie.\n\nDer "
        "Trainer, der erst seit Juli im Amt ist, suchte nach dem Spiel keine Ausreden. „Das war "
        "einfach zu wenig von uns allen“, sagte er." + DE_MORE,
        [("Das war einfach", "Holger Krämer")],
    ),
    # (near miss: no relative clause introduces anyone: never the role noun as written)
    (
        "Die Elf von Holger Krämer verlor am Samstag mit 0:3 gegen Lindau.\n\nDer Trainer suchte "
        "nach dem Spiel keine Ausreden. „Das war einfach zu wenig von uns allen“, sagte er."
        + DE_MORE,
        [("Das war einfach", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][-1][0])
def test_r19_new_role_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
