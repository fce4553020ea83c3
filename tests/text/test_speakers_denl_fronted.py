"""German and Dutch sentences opening on a fronted word of mood or a participle before the
verb ("Enttäuscht zeigte sich X", "Versichert sei er zwar, …"): the word is no one, on
invented passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    # a pronoun after a sentence opening on a word of mood: the person after the verb
    (
        "Die Gemeinde Talheim hat über den Bau einer neuen Halle abgestimmt. Die Vorlage wurde "
        "knapp abgelehnt.\n\n"
        "Enttäuscht zeigte sich Bürgermeister Klaus Rienhardt (CDU). «Ich akzeptiere das "
        "Ergebnis», sagte er. «Aber es ist ein schwarzer Tag für die Vereine.»",
        [("Ich akzeptiere", "Klaus Rienhardt"), ("Aber es ist", "Klaus Rienhardt")],
    ),
    (
        "De gemeenteraad van Oosterwijk heeft het nieuwe zwembad goedgekeurd.\n\n"
        "Opgelucht reageerde wethouder Femke Dijkhuis. ‘We hebben hier jaren voor gestreden’, "
        "zei ze na afloop.",
        [("We hebben hier", "Femke Dijkhuis")],
    ),
    # the sentence reporting the body's statement opens on a word of mood: never the word, but
    # the body the sentence before names (a "-bund" is a body: "der Turnerbund Talheim")
    (
        "Die Gemeinde Talheim hat über den Bau einer neuen Halle abgestimmt.\n\n"
        "Ernüchtert reagierte auch der Sportverband, der Turnerbund Talheim. In einer "
        "Mitteilung hiess es, man nehme den Entscheid «mit grossem Bedauern» zur Kenntnis.",
        [("mit grossem Bedauern", "Turnerbund Talheim")],
    ),
    # a participle opening the sentence before "sei": no speech verb with a subject after it
    (
        "Landwirt Peter Kogler aus Oberau stand am Morgen vor seinem Feld. «Alles ist kaputt», "
        "sagte er.\n\n"
        "Der Landwirt schätzt den Schaden auf 80.000 Euro. Versichert sei er zwar, doch die "
        "Versicherung decke «bei Weitem nicht alles» ab.",
        [("Alles ist kaputt", "Peter Kogler"), ("bei Weitem", None)],
    ),
    # a question word opening the sentence before a first name is no part of the name: "Wat
    # Sem zelf …, weet hij nog niet" is Sem, named in full before
    (
        "Een scholier uit Drenthe vond een meteoriet in de tuin.\n\n"
        "Sem Oldenkamp stuitte eind maart op de steen. Sem liet het er niet bij zitten.\n\n"
        "‘We zijn trots op hem’, laat zijn school in een verklaring weten. Museumdirecteur "
        "Ria Lensink was al langs geweest.\n\n"
        "Wat Sem zelf met de steen gaat doen, weet hij nog niet precies. ‘Ik wil hem "
        "voorlopig niet verkopen’, zegt hij.",
        [("Ik wil hem", "Sem Oldenkamp")],
    ),
    (
        "In Kleinau hat eine Schülerin einen Goldring im Acker gefunden.\n\n"
        "Lena Hartwig entdeckte den Ring beim Spielen. Lena brachte ihn sofort nach Hause.\n\n"
        "Was Lena mit dem Fund machen will, weiß sie noch nicht. «Vielleicht schenke ich ihn "
        "dem Museum», sagt sie.",
        [("Vielleicht schenke", "Lena Hartwig")],
    ),
    # a role phrase opening the sentence, then in commas a role word and a full name: the name
    (
        "Vor dem Landgericht Kassel hat der Prozess gegen einen 41-jährigen Mann begonnen.\n\n"
        "Der Verteidiger des Mannes, Rechtsanwalt Jan Pohl, kündigte an, sein Mandant werde "
        "sich »zu gegebener Zeit« erklären.",
        [("zu gegebener Zeit", "Jan Pohl")],
    ),
    (
        "De rechtbank in Zwolle behandelde dinsdag de zaak tegen een 38-jarige man.\n\n"
        "Zijn advocaat, Kees de Wit, liet weten dat zijn cliënt ‘volledig onschuldig’ is.",
        [("volledig onschuldig", "Kees de Wit")],
    ),
    # "wanted to know" after a question: the one who asks, even when the answer follows
    (
        "Vor dem Amtsgericht Fulda muss sich ein 29-jähriger Mann verantworten. Dem "
        "Angeklagten Dennis K. wird Betrug vorgeworfen.\n\n"
        "»Haben Sie derzeit Arbeit?«, wollte die Vorsitzende Richterin Sabine Lorenz wissen. "
        "»Nein, schon länger nicht«, antwortete der Angeklagte.",
        [("Haben Sie derzeit", "Sabine Lorenz")],
    ),
    (
        "In de rechtbank van Almelo stond dinsdag een 33-jarige man terecht voor oplichting.\n\n"
        "‘Waarom heeft u het geld niet terugbetaald?’, wilde rechter Marieke Hofman weten. "
        "‘Ik had het niet meer’, antwoordde de verdachte.",
        [("Waarom heeft u", "Marieke Hofman")],
    ),
    # someone unnamed and the street they live in, opening the sentence before a colon: the
    # person with where they are from (as the news keys write it), never the street alone
    (
        "Ein schweres Gewitter hat in Oberhausen große Schäden angerichtet.\n\n"
        "Eine Anwohnerin aus der Lindenstraße zeigt auf ihr zerschlagenes Fenster: „Es hat "
        "geknallt wie bei einem Schuss.“ Glasscherben lagen bis ins Kinderzimmer.",
        [("Es hat geknallt", "eine Anwohnerin aus der Lindenstraße")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_fronted_words(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
