"""German and Dutch verb-second sentences that open on something other than their subject
(each passage invented).

German and Dutch put the finite verb second, so a sentence can open on an adverb or on its
object and name its subject only after the verb: "Stattdessen spricht die Vereinsführung
von einer »…«", "Vervolgens sprak wethouder X van ‘…’" (the subject after the verb), "Einen
Satz sagte er immer wieder: »…«" (a fronted accusative object: the pronoun after the verb).
The fronted adverb is never the speaker: "Besonders gefallen hat mir …: »…«" names no one
rather than "Besonders". Near misses: a sentence opening on its subject ("Die Vereinsführung
spricht von …") or on a name ("Hoffrichter spricht von …"); a pronoun right after the verb, the
subject ("Dann sagte ich zu X:", "Dus zei ik tegen Y:", "So sieht es auch die Ärztin Z:"), is
never read through to the name after it.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes
from tests.text.test_speakers_session17 import DE_MORE, NL_MORE

CASES: list[Case] = [
    # an adverb, the verb, then the subject: the subject after the verb
    (
        "Beim Sportverein Grünhagen ist von Kürzungen offiziell keine Rede. Stattdessen spricht "
        "die Vereinsführung von einer »Bündelung der Kräfte«." + DE_MORE,
        [("Bündelung der Kräfte", "die Vereinsführung")],
    ),
    (
        "In Oldemark wordt al maanden gepraat over het zwembad. Vervolgens sprak wethouder "
        "Anouk Brandsma van ‘een noodgreep zonder toekomst’." + NL_MORE,
        [("een noodgreep zonder toekomst", "Anouk Brandsma")],
    ),
    # a Dutch subject in lower case after the verb: no speaker rather than the adverb
    (
        "In Oldemark wordt al maanden gepraat over het zwembad. Vervolgens sprak de directie "
        "van het bad van ‘een noodgreep zonder toekomst’." + NL_MORE,
        [("een noodgreep zonder toekomst", None)],
    ),
    # a fronted accusative object ("Einen …"): the pronoun after the verb, its antecedent
    (
        "Bürgermeister Jochen Adelsberger sprach am Abend vor rund zweihundert Menschen auf dem "
        "Marktplatz von Tiefenau.\n\nEinen Satz wiederholte er dort mehrmals: »Eine Stadt ohne "
        "Schwimmbad ist eine Stadt ohne Sommer.«" + DE_MORE,
        [("Eine Stadt ohne Schwimmbad", "Jochen Adelsberger")],
    ),
    # a fronted adverb before a participle and the first-person writer: no speaker rather
    # than the adverb
    (
        "Die Leserbriefe zum Laubbläser-Verbot füllen inzwischen einen ganzen Ordner.\n\n"
        "Besonders gefallen hat mir der Brief einer Rentnerin aus Kellbach:\n\n»Früher haben wir "
        "das Laub mit dem Rechen zusammengetragen, und niemand ist daran gestorben.«" + DE_MORE,
        [("Früher haben wir", None)],
    ),
    # (near miss: a pronoun right after the verb is the subject, never the name after it)
    (
        "Es war schon spät, und der Junge war müde. Dann sagte ich zu Jonas: „Geh jetzt ins "
        "Bett.“" + DE_MORE,
        [("Geh jetzt ins Bett", None)],
    ),
    (
        "Het was al laat en het meisje was moe. Dus zei ik tegen Femke: ‘Ga maar slapen.’"
        + NL_MORE,
        [("Ga maar slapen", None)],
    ),
    (
        "Het was al laat en het meisje was moe. Toen zei ik tegen Femke: ‘Ga maar slapen.’"
        + NL_MORE,
        [("Ga maar slapen", None)],
    ),
    # (near miss: "es" after the verb is no subject to read the name through: the name
    # before the colon speaks, as before)
    (
        "Die Pflegekräfte sind sich uneins. So sieht es auch die Stationsleiterin Edda Kruse: "
        "„Uns fehlen zwanzig Leute.“" + DE_MORE,
        [("Uns fehlen zwanzig", "Edda Kruse")],
    ),
    # a paper that quotes someone, the verb fronted: the person quoted, never the paper
    (
        "Der Senator gab keine Interviews. Vielmehr zitierte das Blatt den Senator Malte Riebe "
        "mit dem Satz „Wir haben uns verrechnet“." + DE_MORE,
        [("Wir haben uns verrechnet", "Malte Riebe")],
    ),
    # (near miss: the sentence opens on its subject)
    (
        "Beim Sportverein Grünhagen ist von Kürzungen offiziell keine Rede. Die Vereinsführung "
        "spricht von einer »Bündelung der Kräfte«." + DE_MORE,
        [("Bündelung der Kräfte", "Die Vereinsführung")],
    ),
    # (near miss: a name opens the sentence and is its subject)
    (
        "Die Stadträtin Marlene Hoffrichter hat den Haushalt scharf kritisiert. Hoffrichter "
        "spricht von einer »Politik auf Pump« und fordert Einsparungen." + DE_MORE,
        [("Politik auf Pump", "Marlene Hoffrichter")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_r19_fronted_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
