"""Fixes to the r18g speaker rules (each passage invented).

"“…,” it read." gives the words of the body that issued the document named before it, in the
paragraph of the quotation or the one before ("X said in a statement ….\n\n“…,” it read."),
whatever the document ("put up a notice", "shared a message", "wrote a letter"); it is no one's
only for a sign or a letter that opens its sentence and that no one is named as writing.

"Darin heißt es:" / "Daarin staat:" names the body of the sentence before only when the
statement there is its own: not one it received or answered ("erhielt ein Schreiben des
Ministeriums", "reageerde op de verklaring van de actiegroep"), and a Dutch body's name may hold
a lower-case "en" ("Waterschap Aa en Maas").

Someone unnamed whom an apposition names at once ("A witness for the defence, Laura Pike,",
"Another witness, bus driver Owen Clark,", "Een buurman van de getroffen familie, Ruud
Verhoef,") is that person when the bare noun quotes them again; a Dutch adjective before the noun
after "van de" stays in the phrase that tells someone unnamed apart.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes
from tests.text.test_speakers_session17 import DE_MORE, NL_MORE

_EN_MORE = (
    "\n\nThe borough will set out its plans at a meeting next month, and residents have been "
    "invited to send their questions to the town hall before the end of the week."
)

CASES: list[Case] = [
    # "it read": the statement named in the paragraph before
    (
        "Harcombe Borough Council apologised on Friday for months of delayed repairs on the "
        "Wexley estate, saying it had sent a statement to every tenant.\n\n“We accept that the "
        "repairs took far too long and we are sorry,” it read." + _EN_MORE,
        [("We accept that", "Harcombe Borough Council")],
    ),
    (
        "Oakfield Athletic have been fined £15,000 after a pitch invasion. Oakfield Athletic "
        "said in a statement on Friday that it would not appeal.\n\n“Those who ran on to the "
        "pitch will be banned for life,” it read." + _EN_MORE,
        [("Those who ran", "Oakfield Athletic")],
    ),
    # any document a body puts out: a notice, a message
    (
        "Fernway has withdrawn a batch of strawberry yoghurt. Fernway put up a notice in all of "
        "its shops. “Do not eat this product. Bring it back for a full refund,” it read."
        + _EN_MORE,
        [("Do not eat", "Fernway")],
    ),
    (
        "Ashby Town paid tribute on Monday to their former goalkeeper Eddie Lowe. Ashby Town "
        "shared a message on the club website. “Eddie was a wonderful servant,” it read."
        + _EN_MORE,
        [("Eddie was a wonderful", "Ashby Town")],
    ),
    # a statement, then a report named after it in the same sentence
    (
        "The Marlow Youth Trust has defended its spending on offices. The Marlow Youth Trust "
        "issued a statement on Monday, a day after the report appeared. “Every pound we spend "
        "is accounted for,” it read." + _EN_MORE,
        [("Every pound", "The Marlow Youth Trust")],
    ),
    # a letter whose writer is named
    (
        "Councillor Ruth Abbey wrote a letter to every family on the estate on Tuesday. “I "
        "know how hard this winter has been for you,” it read." + _EN_MORE,
        [("I know how hard", "Ruth Abbey")],
    ),
    # (near miss: a sign no one is named as putting up, a body's statement before it)
    (
        "Harcombe Borough Council closed the allotments in a statement on Friday.\n\nA printed "
        "sign hung on the gate on Saturday morning. “No entry after dusk,” it read." + _EN_MORE,
        [("No entry after dusk", None)],
    ),
    # "Darin heißt es:": not a statement the body received or answered
    (
        "Der Streit geht weiter.\n\nDer Kreistag Oberfeld erhielt am Dienstag ein Schreiben des "
        "Umweltministeriums. Darin heißt es: „Der Landkreis muss die Deponie bis zum Sommer "
        "schließen.“" + DE_MORE,
        [("Der Landkreis muss", None)],
    ),
    (
        "Der Streik hat begonnen.\n\nDie Stadtwerke Lindau reagierten sofort auf die Erklärung "
        "der Gewerkschaft Verdi. Darin heißt es: „Wir bleiben draußen, bis ein Angebot "
        "vorliegt.“" + DE_MORE,
        [("Wir bleiben draußen", None)],
    ),
    (
        "De raad vergaderde dinsdag.\n\nDe Gemeenteraad Edam ontving een verklaring van "
        "wethouder Joost Vermeer. Daarin staat: ‘Ik had de raad eerder moeten informeren.’"
        + NL_MORE,
        [("Ik had de raad", None)],
    ),
    (
        "Het plan stuit op verzet.\n\nHet Hoogheemraadschap Delfland reageerde op de "
        "verklaring van de Actiegroep Polderweg. Daarin staat: ‘Dit land mag niet worden "
        "bebouwd.’" + NL_MORE,
        [("Dit land mag", None)],
    ),
    # (the gain kept: the body's own statement; a Dutch name with "en" in it)
    (
        "Het plan stuit op verzet.\n\nHet Waterschap Aa en Maas reageerde met een korte "
        "verklaring op zijn website. Daarin staat: ‘Wij nemen de zorgen van de bewoners "
        "serieus.’" + NL_MORE,
        [("Wij nemen de zorgen", "Waterschap Aa en Maas")],
    ),
    (
        "Der Wechsel kam überraschend.\n\nDer Sportverein Grünhagen reagierte am Abend mit einer "
        "kurzen Erklärung auf seiner Homepage. Darin heißt es: „Wir danken Lukas für zehn "
        "Jahre.“" + DE_MORE,
        [("Wir danken Lukas", "Sportverein Grünhagen")],
    ),
    # someone unnamed named at once in an apposition, then quoted with the bare noun
    (
        "A witness for the defence, Laura Pike, told the jury she had been standing at the bus "
        "stop. She said the car had been travelling slowly. “He stopped well before the "
        "crossing,” the witness said." + _EN_MORE,
        [("He stopped well", "Laura Pike")],
    ),
    (
        "A witness told officers she heard a bang just after midnight. Another witness, bus "
        "driver Owen Clark, said he saw a man running towards the park. “He had something in "
        "his hand,” the witness said." + _EN_MORE,
        [("He had something", "Owen Clark")],
    ),
    (
        "Vor dem Landgericht hat am Mittwoch eine Zeugin ausgesagt.\n\nEine Zeugin, die "
        "61-jährige Greta Hansen, hatte den Streit vom Fenster aus gesehen. „Er hat zuerst "
        "geschlagen“, sagte die Zeugin." + DE_MORE,
        [("Er hat zuerst", "Greta Hansen")],
    ),
    (
        "In een rijtjeshuis aan de Molenweg brak vannacht brand uit.\n\nEen buurman van de "
        "getroffen familie, Ruud Verhoef, zag de rook als eerste. ‘Ik heb meteen aangebeld en "
        "iedereen naar buiten gehaald’, zei de buurman." + NL_MORE,
        [("Ik heb meteen", "Ruud Verhoef")],
    ),
    # (an adjective before the Dutch noun stays in what tells someone unnamed apart)
    (
        "In een rijtjeshuis aan de Molenweg brak vannacht brand uit.\n\nEen buurman van de "
        "getroffen familie, die er al dertig jaar woont, zag de rook als eerste. ‘Ik heb meteen "
        "aangebeld en iedereen naar buiten gehaald’, zei de buurman." + NL_MORE,
        [("Ik heb meteen", "Een buurman van de getroffen familie")],
    ),
    # (but a verb after the body: "van de politie laat weten" keeps "de politie")
    (
        "In een rijtjeshuis aan de Molenweg brak vannacht brand uit.\n\nEen woordvoerder van "
        "de politie laat weten dat de oorzaak nog onbekend is. ‘We sluiten niets uit’, zei de "
        "woordvoerder." + NL_MORE,
        [("We sluiten niets uit", "Een woordvoerder van de politie")],
    ),
    # (near misses: an apposition that names no one; another witness unnamed)
    (
        "A witness, who asked not to be named, told officers she heard a bang just after "
        "midnight. “It sounded like a gunshot,” the witness said." + _EN_MORE,
        [("It sounded like", "A witness")],
    ),
    (
        "A witness told officers she heard a bang just after midnight. Another witness said he "
        "saw a man running towards the park. “He was wearing a red hood,” the witness said."
        + _EN_MORE,
        [("He was wearing", "Another witness")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_r18g_fix_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
