"""Speakers on invented Dutch news passages (issue 12 pattern 6)."""

from __future__ import annotations

from tests.text.speaker_cases import Case, outcomes, share_right

CASES: list[Case] = [
    (
        "„De nieuwe sluis gaat in april open”, zei wethouder Pieter de Vries.",
        [("De nieuwe sluis", "Pieter de Vries")],
    ),
    (
        "“We hebben te weinig leraren”, aldus schoolleider Sanne Bakker.",
        [("We hebben te weinig", "Sanne Bakker")],
    ),
    (
        "Volgens burgemeester Ruud Visser “blijft het zwembad in de zomer open”.",
        [("blijft het zwembad", "Ruud Visser")],
    ),
    (
        "Boer Henk Mulder ziet zijn land onder water staan.\n\n"
        "“Zoveel regen heb ik nog nooit meegemaakt”, zei hij.",
        [("Zoveel regen", "Henk Mulder")],
    ),
    (
        "Verpleegkundige Lotte Smit werkt al twintig jaar op de afdeling.\n\n"
        "“De wachtlijsten worden elk jaar langer.”",
        [("De wachtlijsten", "Lotte Smit")],
    ),
    (
        "Directeur Mark Jansen van het museum zei: “We openen een nieuwe vleugel.”",
        [("We openen een nieuwe", "Mark Jansen")],
    ),
    (
        "“De kosten zijn verdubbeld”, vertelde projectleider Eva Dekker.",
        [("De kosten zijn", "Eva Dekker")],
    ),
    (
        "“De trein rijdt vanaf maandag weer”, zei woordvoerder Bram Peters. “We hebben "
        "het spoor hersteld.”",
        [("De trein rijdt", "Bram Peters"), ("We hebben het spoor", "Bram Peters")],
    ),
    (
        "Visser Kees de Boer vaart al veertig jaar uit.\n\n"
        "“De vangst wordt elk jaar kleiner”, zegt hij.",
        [("De vangst wordt", "Kees de Boer")],
    ),
    (
        "“Het dak moet helemaal vervangen worden”, stelde architect Iris van Dijk.",
        [("Het dak moet", "Iris van Dijk")],
    ),
    # written after the rules above, as a check on passages they were not tuned on
    (
        "“De dijk is sterk genoeg”, verklaarde dijkgraaf Jolanda Vos.",
        [("De dijk is", "Jolanda Vos")],
    ),
    (
        "Volgens econoom Daan Hendriks “stijgen de huizenprijzen nog een jaar”.",
        [("stijgen de huizenprijzen", "Daan Hendriks")],
    ),
    (
        "Wethouder Sanne Kok opende het nieuwe park.\n\n“Dit is een plek voor iedereen”, zei ze.",
        [("Dit is een plek", "Sanne Kok")],
    ),
    (
        "“We stoppen met de veerdienst”, aldus directeur Frank Bos van de rederij.",
        [("We stoppen met", "Frank Bos")],
    ),
    # a third batch, also written before the rules that handle it
    (
        "“De bibliotheek blijft open”, beloofde wethouder Anke Willems.",
        [("De bibliotheek blijft", "Anke Willems")],
    ),
    (
        "Trainer Jens Wouters was teleurgesteld. “We speelden slecht”, zei hij na afloop.",
        [("We speelden slecht", "Jens Wouters")],
    ),
    (
        "Volgens onderzoeker Petra Jacobs is de rivier schoner dan ooit. “De zalm is terug.”",
        [("De zalm is terug", "Petra Jacobs")],
    ),
    # a fourth batch, written before any rule change for it
    (
        "Burgemeester Femke Dijkstra bezocht de getroffen wijk.\n\n“We gaan alles herbouwen”, beloofde ze.",
        [("We gaan alles", "Femke Dijkstra")],
    ),
    (
        "“Het water kwam binnen tien minuten”, vertelde buurtbewoner Joost Meijer. “We konden niets redden.”",
        [("Het water kwam", "Joost Meijer"), ("We konden", "Joost Meijer")],
    ),
    (
        "“De haven moet dieper”, aldus havendirecteur Wim de Jong.",
        [("De haven moet", "Wim de Jong")],
    ),
]


def test_share_of_speakers_right() -> None:
    assert share_right(CASES) >= 0.85, outcomes(CASES)
