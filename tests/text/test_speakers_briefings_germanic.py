"""Speaker shapes of press conferences and fast news in English, German and Dutch (each
passage invented).

Someone unnamed opening a Dutch sentence whose verb, after a comma, opens a "that" clause
("Een buurvrouw die …, zegt dat …") is the speaker as written, never the clause after "dat";
a name before "dat" ends there. The press asking ("Reporters pressed X …", "Auf die Frage eines
Reporters, ob …, antwortete der 47-Jährige") asks, the person answering speaks. A street or a
bridge ("at 22 Kessel Street", "closed the Harrow Bridge") is no person and no body. A German
sentence opening on its object gives the age noun after the verb ("Einen Sozialplan lehnte der
61-Jährige ab:"). "Die Polizei"/"de politie" is the one police body the text named. A term
after "sogenannte"/"so-called" or a slogan after "Motto:" is no one's. "Eine mit dem Fall
vertraute Person" is kept whole; a headline's role noun alone is the one person the body gives
that role; "der Betriebsrat" is a body, not its chair.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes
from tests.text.test_speakers_session17 import DE_MORE, NL_MORE

CASES: list[Case] = [
    # someone unnamed with a relative clause, then ", zegt dat …" (Dutch)
    (
        "De brand in het pakhuis is onder controle.\n\n"
        "Een buurvrouw die het vuur zag, zegt dat de schrik ‘enorm groot’ was. ‘Ik heb nog "
        "nooit zoiets gezien. De vlammen waren meters hoog.’" + NL_MORE,
        [
            ("enorm groot", "Een buurvrouw die het vuur zag"),
            ("Ik heb nog", "Een buurvrouw die het vuur zag"),
        ],
    ),
    # … with what they have and an aside in commas
    (
        "Bij de fabriek is het onrustig.\n\n"
        "Een conducteur met 30 dienstjaren, die anoniem wil blijven, vertelt dat hij ‘doodmoe’ is. "
        "‘Ik werk al weken zes dagen per week. Dat houdt niemand vol.’" + NL_MORE,
        [
            ("doodmoe", "een conducteur met 30 dienstjaren"),
            ("Ik werk al", "een conducteur met 30 dienstjaren"),
        ],
    ),
    # a name before "dat": the name, not the clause
    (
        "Wethouder Pieter Jansen is tevreden over de bouw.\n\n"
        "Op de vraag waarom het zo lang duurde, antwoordde Jansen dat de vergunning nog niet "
        "rond was. “We moesten wachten op de provincie. Dat kost tijd.”" + NL_MORE,
        [("We moesten wachten", "Pieter Jansen")],
    ),
    # near miss: a time opening the sentence, no one: never the clause after "dat"
    (
        "Het is druk in het dorp.\n\n"
        "Een dag later, zegt dat de burgemeester ‘niet genoeg’ heeft gedaan." + NL_MORE,
        [("niet genoeg", None)],
    ),
    # a named subject with an aside keeps its name
    (
        "De opvang draait op volle toeren.\n\n"
        "Marleen de Vries, die de opvang leidt, zegt dat de sfeer ‘goed’ is. ‘Iedereen helpt "
        "mee.’" + NL_MORE,
        [("goed", "Marleen de Vries"), ("Iedereen helpt", "Marleen de Vries")],
    ),
    # the press asking in English: the one answering
    (
        "The council met on Monday.\n\n"
        "Reporters pressed Linda Marsh on why the library had closed. She said the budget had "
        "been cut “to the bone.”\n\n"
        "“I will never apologise for balancing the books,” she said.",
        [("to the bone", "Linda Marsh"), ("I will never", "Linda Marsh")],
    ),
    # a bridge the police closed is no antecedent of "she"
    (
        "“We are ready,” Carol Farrant, the county’s planning director, told reporters.\n\n"
        "Police closed the Harrow Bridge shortly after noon and posted on X asking drivers to "
        "“avoid the area.”\n\n"
        "At the meeting, Farrant was pressed on the delay. She said the survey had changed. “The "
        "engineers found a second fault. We acted within a day.”",
        [("The engineers", "Carol Farrant")],
    ),
    # a street address is no body: "the company" is the company that owns the building
    (
        "The tower sits on top of an office block at 22 Kessel Street owned by Marrow Estates. "
        "In a written statement, the company said it was “working closely with inspectors” and "
        "had hired a contractor.",
        [("working closely", "Marrow Estates")],
    ),
    # "Patrice" is a woman's name in English text
    (
        "Flood warnings remain in place.\n\n"
        "“Please leave now,” said Patrice Moreland, the county’s emergency director.\n\n"
        "“It is not safe,” said Len Harper, 70, who waited outside.\n\n"
        "Moreland was asked about the sandbags. She said the forecast had shifted. “We moved "
        "within hours of that change.”",
        [("We moved within", "Patrice Moreland")],
    ),
    # a German question a reporter asked, then the verb and the one answering
    (
        "Die Feuerwehr ist seit Stunden im Einsatz. „Die Lage ist ernst“, sagte Einsatzleiter "
        "Jonas Albrecht.\n\n"
        "Auf die Frage eines Reporters, ob die Brücke halten werde, antwortete der 47-Jährige "
        "knapp: „Wir prüfen sie stündlich. Mehr kann ich nicht sagen.“" + DE_MORE,
        [("Wir prüfen sie", "Jonas Albrecht")],
    ),
    # a German sentence opening on its object, then the verb and an age noun
    (
        "Die Firma Keller Pumpen baut 300 Stellen ab. „Wir haben keine Wahl“, sagte "
        "Geschäftsführer Tobias Renner.\n\n"
        "Einen Sozialplan lehnte der 61-Jährige auf Nachfrage ab: „Dafür fehlt uns schlicht das "
        "Geld. Das tut mir leid.“" + DE_MORE,
        [("Dafür fehlt uns", "Tobias Renner")],
    ),
    # the police body the text named, for "die Polizei" / "de politie"
    (
        "Das Polizeipräsidium Nordheide warnte auf X vor Gaffern. „Bitte halten Sie Abstand "
        "von der Unfallstelle“, schrieb die Polizei." + DE_MORE,
        [("Bitte halten Sie", "Polizeipräsidium Nordheide")],
    ),
    (
        "Politie Waterland riep op X mensen op om thuis te blijven. ‘Blijf weg van de dijk’, "
        "schreef de politie." + NL_MORE,
        [("Blijf weg van", "Politie Waterland")],
    ),
    # near miss: no police body named: none (as before)
    (
        "Die Polizei hat am Abend die Straße gesperrt. „Bitte meiden Sie den Bereich“, schrieb "
        "die Polizei." + DE_MORE,
        [("Bitte meiden Sie", None)],
    ),
    # a term after "sogenannte", a slogan after "Motto:": no one's
    (
        "Das Polizeipräsidium Nordheide warnte am Sonntag vor sogenannten „Gaffern“ an der "
        "Unfallstelle. Die Straße bleibt gesperrt." + DE_MORE,
        [("Gaffern", None)],
    ),
    (
        "„Das ist ein Skandal“, sagte Betriebsrat Peter Hansen vor dem Tor. Für Freitag ist eine "
        "Kundgebung geplant. Das Motto: „Wir sind nicht billig“." + DE_MORE,
        [("Das ist ein Skandal", "Peter Hansen"), ("Wir sind nicht billig", None)],
    ),
    # someone unnamed with an adjective governing a phrase before it, kept whole …
    (
        "Das Gewerbeaufsichtsamt prüft den Fall. „Es gibt Gespräche, aber noch kein Ergebnis“, "
        "sagte eine mit dem Verfahren vertraute Person." + DE_MORE,
        [("Es gibt Gespräche", "eine mit dem Verfahren vertraute Person")],
    ),
    # … and the plain phrase as before
    (
        "Der Konzern prüft einen Verkauf. „Das ist längst entschieden“, sagte eine Person."
        + DE_MORE,
        [("Das ist längst", "eine Person")],
    ),
    # a headline's role noun alone: the one person the body gives that role
    (
        "Stadt spart bei Bädern – Bürgermeisterin nennt Schritt „unvermeidlich“\n\n"
        "Die Stadt Lindau schließt zwei Hallenbäder. „Wir müssen sparen“, sagte "
        "Bürgermeisterin Anna Vogt am Dienstag im Rathaus. Der Gemeinderat stimmte zu.\n\n"
        "Die Bäder sollen im Herbst schließen. Die Vereine suchen nun nach Ausweichmöglichkeiten.",
        [("unvermeidlich", "Anna Vogt")],
    ),
    # a word in marks after the subjunctive "sei": reported speech, the speaker the sentence
    # before reports after its fronted phrase and verb
    (
        "Das Krankenhaus äußerte sich am Abend. Auf Nachfrage bestätigte Ärztin Katrin Vogel, "
        "dass zwei Kinder betroffen sind. Eines werde stationär behandelt, sein Zustand sei "
        "»stabil«." + DE_MORE,
        [("stabil", "Katrin Vogel")],
    ),
    # near miss: a report's words, no one named: kept, no speaker
    (
        "Die Stadt hat den Bericht veröffentlicht. Der Zustand der Brücke sei »bedenklich«, "
        "heißt es darin." + DE_MORE,
        [("bedenklich", None)],
    ),
    # the works council is a body, not the chair the text named
    (
        "Der Betriebsrat reagierte empört. „Das ist ein Skandal“, sagte der "
        "Betriebsratsvorsitzende Peter Hansen vor dem Tor. Auf Instagram kündigte der "
        "Betriebsrat „harten Widerstand“ an." + DE_MORE,
        [("Das ist ein Skandal", "Peter Hansen"), ("harten Widerstand", "der Betriebsrat")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_briefing_shapes_germanic(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
