"""German and Dutch precision: a body's short form after "der"/"des" ("hieß es in einer Erklärung
der Kommission") is the compound named the sentence before ("Die Unabhängige Schiedskommission");
a Dutch body's name goes on over "van het" and "voor" ("De Inspectie van het Welzijn", "De Dienst
voor Wegverkeer"); a preposition, a question word or a number opening a sentence is no part of a
name ("Zonder Mieke", "Welcher Song", "Zestig jaar"); a first name alone is the person it opens,
not the last word of a run that opens on no first name; a run after "am"/"im" is a place; a
pronoun after the verb that follows a long fronted phrase ("Van de kritiek …, wil ze niets
weten.") speaks the quotation after it; a Dutch name after the lower-case kind of body it names
("aldus stichting De Regenboog") is no "ze". Invented passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

NL_MORE = (
    "\n\nDe gemeente heeft de bewoners van de wijk per brief geïnformeerd en houdt volgende "
    "week een avond in het buurthuis, waar ook de politie en de woningcorporatie bij zijn."
)
DE_MORE = (
    "\n\nDie Gemeinde hat für die kommende Woche eine Bürgerversammlung angekündigt, bei der "
    "auch die Polizei und die Stadtwerke über den Stand der Arbeiten berichten wollen."
)

CASES: list[Case] = [
    # a body's short form after a genitive: the compound the sentence before opens on
    (
        "In Talheim wird seit Monaten um den Hafen gestritten.\n\n"
        "Die Unabhängige Schiedskommission vertagte ihre Entscheidung auf den Herbst. „Wir "
        "brauchen mehr Zeit für die Gutachten“, hieß es in einer Erklärung der Kommission."
        + DE_MORE,
        [("Wir brauchen mehr Zeit", "Unabhängige Schiedskommission")],
    ),
    # a Dutch body's name over "van het" and "voor"
    (
        "Het zorgcentrum in Haverdam sluit volgende maand.\n\n"
        "De Inspectie van het Welzijn laat weten de sluiting “met zorg te volgen”. Er wonen "
        "nog veertig mensen." + NL_MORE,
        [("met zorg te volgen", "De Inspectie van het Welzijn")],
    ),
    (
        "De brug bij Oudevaart blijft dicht.\n\n"
        "De Dienst voor Wegverkeer zegt: “We openen de brug pas als alle kabels vervangen "
        "zijn.”" + NL_MORE,
        [("We openen de brug", "De Dienst voor Wegverkeer")],
    ),
    # "van" after a body's head opens no place nor employer: the name goes on
    (
        "De haven van Lindewaard krijgt een nieuwe kade.\n\n"
        "De Vereniging van Oostelijke Verladers zegt: “We wachten hier al twintig jaar op.”"
        + NL_MORE,
        [("We wachten hier", "De Vereniging van Oostelijke Verladers")],
    ),
    # a question word opening a sentence is no part of a name
    (
        "Der Gesangverein Lindach probt für sein Jubiläum.\n\n"
        "Welcher Song zum Schluss kommt, verrät Dirigent Anton Weigl nicht. „Das bleibt eine "
        "Überraschung“, sagt er nur." + DE_MORE,
        [("Das bleibt eine", "Anton Weigl")],
    ),
    # a first name alone is the person it opens, not the end of "Zonder Mieke"
    (
        "Mieke Claes (78) sluit na veertig jaar haar frituur in Belsele.\n\n"
        "“Zonder Mieke was dit plein al lang dood”, zegt buurman Jef Peeters.\n\n"
        "Mieke zelf blijft in het dorp wonen. “Ik ga de klanten missen”, zegt Mieke." + NL_MORE,
        [("Ik ga de klanten missen", "Mieke Claes")],
    ),
    # after "am": a place, not the "er" of the next sentence
    (
        "Der Koch Lukas Ebner hat zehn Jahre in Wien gearbeitet.\n\n"
        "Dann kehrte er in die Pension zurück, die seine Eltern 1980 am Ufer von Seedorf "
        "gebaut hatten.\n\n"
        "„Ich wollte wieder für Leute kochen, die ich kenne“, erzählt er." + DE_MORE,
        [("Ich wollte wieder", "Lukas Ebner")],
    ),
    # a pronoun after the verb that follows a long fronted phrase
    (
        "De dichteres Roos Verbeke wordt vrijdag negentig.\n\n"
        "Van de kritiek dat poëzie vandaag niemand meer raakt, wil ze niets weten. ‘Mensen "
        "lezen nog altijd gedichten. Op begrafenissen, op bruiloften, op hun telefoon.’" + NL_MORE,
        [("Mensen lezen nog altijd", "Roos Verbeke")],
    ),
    # a name after the kind of body it names is no "ze"
    (
        "De schrijfster Els Moerman wordt vrijdag tachtig.\n\n"
        "‘Els heeft een hele generatie laten lezen’, aldus uitgeverij De Lantaarn.\n\n"
        "Van de klacht dat jongeren geen boeken meer lezen, wil ze niets weten. ‘Ze lezen "
        "anders. Op een scherm, in de trein, onder de dekens.’" + NL_MORE,
        [("Ze lezen anders", "Els Moerman")],
    ),
]

# shapes that must not change
GUARDS: list[Case] = [
    # another body after the genitive: not the body the sentence before opens on
    (
        "In Talheim wird seit Monaten um den Hafen gestritten.\n\n"
        "Die Unabhängige Schiedskommission vertagte ihre Entscheidung auf den Herbst. „Wir "
        "brauchen mehr Zeit für die Gutachten“, hieß es in einer Erklärung der Regierung."
        + DE_MORE,
        [("Wir brauchen mehr Zeit", "Regierung")],
    ),
    # after a person's first name and surname, "van" opens a place
    (
        "De haven van Lindewaard krijgt een nieuwe kade.\n\n"
        "Femke Dorrestein van Haven Oost zegt: “We wachten hier al twintig jaar op.”" + NL_MORE,
        [("We wachten hier", "Femke Dorrestein")],
    ),
    # a plural verb before "ze": they, no one person
    (
        "De dichteres Roos Verbeke wordt vrijdag negentig.\n\n"
        "Van de kritiek dat poëzie vandaag niemand meer raakt, willen ze niets weten. ‘Mensen "
        "lezen nog altijd gedichten. Op begrafenissen, op bruiloften, op hun telefoon.’" + NL_MORE,
        [("Mensen lezen nog altijd", None)],
    ),
    # a number opening a headline is no speaker
    (
        "Zestig jaar friet in Oosthoven: ‘Het vet moet altijd vers zijn’\n\n"
        "De frituur aan de Markt bestaat deze maand zestig jaar." + NL_MORE,
        [("Het vet moet altijd", None)],
    ),
]


@pytest.mark.parametrize("case", CASES + GUARDS, ids=lambda c: c[0][:40])
def test_r15gmc(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_dutch_body_runs() -> None:
    from bot.text.speakers.runs import name_runs

    assert name_runs("De Inspectie van het Welzijn") == [
        ["De", "Inspectie", "van", "het", "Welzijn"]
    ]
    assert name_runs("De Dienst voor Wegverkeer") == [["De", "Dienst", "voor", "Wegverkeer"]]
    # a run that opens on no body ends before "voor" and "van het"
    assert name_runs("Stemmen voor Jansen") == [["Stemmen"], ["Jansen"]]
    assert name_runs("Piet Jansen van het Museum") == [["Piet", "Jansen"], ["Museum"]]
