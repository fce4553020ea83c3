"""German and Dutch bodies reported speaking in the shapes of official reports:

- "In seinem Jahresbericht heißt es: »…«" -- a document its owner's possessive names: the body
  the sentence before opens on;
- "Der Rechnungshof hatte in einem Bericht bemängelt, die Planung sei »…« gewesen." -- a
  participle closing its clause, an adjunct between it and the auxiliary: the subject before
  the auxiliary (not when the subject follows the auxiliary: "In seinem letzten Wort hatte
  Weidlich erklärt");
- "… sei „…“ geplant, teilte das Landesamt für Denkmalpflege auf Anfrage mit." -- a phrase in
  the clause, then the verb right after the comma and its subject after it;
- "das Landesamt für Denkmalpflege" is the body's whole name, never "Denkmalpflege";
- an office, court or body ending in "-hof", "-amt", "-gericht" … is no person's epithet.

Every speaker exact; each passage invented.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import DE_MORE, DE_OPEN, NL_MORE, NL_OPEN, Case, outcomes

DE_POSSESSIVE = (
    DE_OPEN + "Der Handballverband Oberlahn bestätigt diesen Eindruck. In seinem Jahresbericht "
    "heißt es: »Die Zahl der Übergriffe auf Schiedsrichter hat sich fast verdoppelt.« Gezählt "
    "wurden 41 Fälle." + DE_MORE
)
DE_AUXILIARY = (
    DE_OPEN + "Der Landesrechnungshof hatte in einem Bericht bemängelt, die Planung sei »in "
    "wesentlichen Teilen unzureichend« gewesen." + DE_MORE
)
DE_AUXILIARY_PERSON = (
    "Kosten für das Stadtmuseum fast verdoppelt\n\nDer Umbau des Museums hat am Ende "
    "34 Millionen Euro gekostet. Museumsdirektor Jan Kowalski verteidigte die Ausgaben vor dem "
    "Ausschuss.\n\nDer Landesrechnungshof hatte in einem Bericht bemängelt, die Planung sei »in "
    "wesentlichen Teilen unzureichend« gewesen." + DE_MORE
)
DE_INVERTED = (
    DE_OPEN + "Kowalski hatte den Antrag im Mai gestellt. In seinem letzten Brief hatte "
    "Kowalski erklärt, ihm sei „das alles“ sehr unangenehm." + DE_MORE
)
DE_LATER_VERB = (
    DE_OPEN + "Die Münzen werden nun gereinigt und restauriert. Eine Ausstellung sei "
    "„frühestens im kommenden Jahr“ geplant, teilte das Landesamt für Denkmalpflege auf "
    "Anfrage mit." + DE_MORE
)
DE_BODY_FOR = (
    DE_OPEN + "„Eine Ausstellung ist frühestens im kommenden Jahr möglich“, sagte das Landesamt "
    "für Denkmalpflege." + DE_MORE
)
NL_AUXILIARY = (
    NL_OPEN + "De Rekenkamer heeft in een brief aan de raad geschreven dat de planning ‘op "
    "essentiële punten ernstig tekort is geschoten’." + NL_MORE
)

CASES: list[tuple[str, Case]] = [
    (
        "possessive document",
        (DE_POSSESSIVE, [("Die Zahl der Übergriffe", "Handballverband Oberlahn")]),
    ),
    (
        "auxiliary and adjunct",
        (DE_AUXILIARY, [("in wesentlichen Teilen", "Der Landesrechnungshof")]),
    ),
    (
        "a court of audit is no man's epithet",
        (DE_AUXILIARY_PERSON, [("in wesentlichen Teilen", "Der Landesrechnungshof")]),
    ),
    ("subject after the auxiliary", (DE_INVERTED, [("das alles", "Kowalski")])),
    (
        "verb after the clause's comma",
        (DE_LATER_VERB, [("frühestens im kommenden Jahr", "Landesamt für Denkmalpflege")]),
    ),
    (
        "a body named for its charge",
        (DE_BODY_FOR, [("Eine Ausstellung ist", "Landesamt für Denkmalpflege")]),
    ),
    ("Dutch auxiliary and adjunct", (NL_AUXILIARY, [("op essentiële punten", "De Rekenkamer")])),
]


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[n for n, _ in CASES])
def test_speakers(case: Case) -> None:
    got = outcomes([case])
    assert [(h, found) for h, _, found in got] == [(h, exp) for h, exp, _ in got]
