"""Sport, arts and culture news in Dutch and German (probe12b): invented passages.

Role nouns of the arts written before a name ("Actrice X", "Produzent Y"), a Dutch article's
nationality adjective before a person ("de Japanse Miho X"), the possessive that opens the
verb's object after an inverted speaker ("lichtte Koeman zijn keuze toe"), and "bekende" as a
speech verb, German "nach Ansicht der X" as "laut X", with near-miss guards.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes
from tests.text.test_speakers_session17 import DE_MORE, NL_MORE

CASES: list[Case] = [
    # a Dutch arts role noun opening the sentence before the name
    (
        "In de nieuwe voorstelling speelt de kersentuin zich af op een boerderij in Drenthe. "
        "Regisseur Pieter Welling wilde het stuk dichter bij huis brengen.\n\n"
        "Actrice Hadewych Stoppels speelt de hoofdrol. Ze noemt het “de mooiste rol die ik "
        "ooit heb gehad”." + NL_MORE,
        [("de mooiste rol", "Hadewych Stoppels")],
    ),
    (
        "Zangeres Hadewych Beekhuis treedt zaterdag op in Paradiso. Ze heeft er zin in.\n\n"
        "“Dit wordt de mooiste avond van mijn hele tournee,” zei ze tegen de krant." + NL_MORE,
        [("Dit wordt de mooiste", "Hadewych Beekhuis")],
    ),
    (
        "Schauspielerin Anja Reimers spielt die Ranjewskaja. Sie nennt die Rolle „eine der "
        "schönsten, die ich je spielen durfte“. Die Premiere ist am Samstag." + DE_MORE,
        [("eine der schönsten", "Anja Reimers")],
    ),
    # a Dutch article's nationality adjective before a first name and a surname
    (
        "De Nederlandse won ruim voor de Japanse Miho Takagi, die tweede werd.\n\n"
        "Takagi feliciteerde haar concurrente. “Ze was vandaag gewoon veel beter dan ik.”"
        + NL_MORE,
        [("Ze was vandaag", "Miho Takagi")],
    ),
    # an article and a nationality noun opening the sentence before the name
    (
        "De Keniaan Amos Kiplagat heeft zondag de marathon van Eindhoven gewonnen.\n\n"
        "“De laatste tien kilometer waren zwaar, de wind stond vol tegen,” zei hij via een "
        "tolk." + NL_MORE,
        [("De laatste tien", "Amos Kiplagat")],
    ),
    # (near miss: the adjective before a body's name stays with it)
    (
        "“We gaan de dienstregeling aanpassen voor de winter,” laat de Nederlandse Spoorwegen "
        "weten in een verklaring." + NL_MORE,
        [("We gaan de dienstregeling", "Nederlandse Spoorwegen")],
    ),
    # a possessive after an inverted speaker opens the verb's object
    (
        "Bondscoach Ronald Koeman heeft maandag zijn selectie bekendgemaakt.\n\n"
        "“Memphis is fit en speelt elke week in Brazilië,” lichtte Koeman zijn keuze toe. "
        "“Hij kan nog altijd belangrijk zijn voor Oranje.”" + NL_MORE,
        [("Memphis is fit", "Ronald Koeman")],
    ),
    (
        "Trainer Niko Kovač stellte am Freitag seine Mannschaft vor.\n\n"
        "„Wir brauchen gegen Stuttgart frische Beine auf dem Platz“, erklärte Kovač seine "
        "Aufstellung. Der Kroate setzt auf drei neue Spieler." + DE_MORE,
        [("Wir brauchen gegen", "Niko Kovač")],
    ),
    # (near miss: "Haar" capitalized closes a surname)
    (
        "Sparta verloor zondag met 0-3 van Heracles.\n\n"
        "“Dit is een slechte dag voor de club en voor de stad,” zei Bas ter Haar na afloop."
        + NL_MORE,
        [("Dit is een slechte", "Bas ter Haar")],
    ),
    # "bekende" reports speech
    (
        "Jutta Leerdam won in Thialf de 1000 meter.\n\n"
        "“Ik had vanochtend nog twijfels over mijn vorm,” bekende Leerdam. “Maar op het ijs "
        "was alles weg.”" + NL_MORE,
        [("Ik had vanochtend", "Jutta Leerdam")],
    ),
    # the German listener in the dative after an age or a nationality, not a genitive
    (
        "Bundestrainer Uroš Velepec lobte seinen Athleten nach dem Rennen.\n\n"
        "„Philipp hat heute gezeigt, was in ihm steckt“, sagte der Slowene der ARD." + DE_MORE,
        [("Philipp hat heute", "Uroš Velepec")],
    ),
    (
        "Trainer Uwe Rösler (51) war nach dem Spiel sauer.\n\n"
        "„Das war nie und nimmer ein Elfmeter“, sagte der 51-Jährige der Sportschau." + DE_MORE,
        [("Das war nie", "Uwe Rösler")],
    ),
    # German "nach Ansicht/Meinung/Einschätzung" + the source, as "laut"
    (
        "Der Verein will eine neue Tribüne bauen. Anwohner befürchten mehr Verkehr. Nach "
        "Ansicht der Bürgerinitiative Neckarufer ist das Projekt „völlig überdimensioniert“."
        + DE_MORE,
        [("völlig überdimensioniert", "Bürgerinitiative Neckarufer")],
    ),
    (
        "Beim Konzert am Samstag kam es zu einem Gedränge am Eingang. Nach Einschätzung von "
        "Polizeisprecher Jan Voss war die Lage „zu keinem Zeitpunkt gefährlich“." + DE_MORE,
        [("zu keinem Zeitpunkt", "Jan Voss")],
    ),
    # (near miss: a role noun in the genitive and no name is no speaker)
    (
        "Trainer Uwe Rösler war nach dem 0:2 enttäuscht. Nach Meinung des Trainers war der "
        "Sieg der Gäste „mehr als verdient“." + DE_MORE,
        [("mehr als verdient", None)],
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_probe12b_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
