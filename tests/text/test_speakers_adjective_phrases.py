"""A German sentence opening on an adjective and a noun ("Kleine Kliniken seien …", "Sportliche
Folgen seien …", "Weniger Geduld hatte …") names no one: the capitalized pair is a noun phrase
(``germanic_nouns.adjective_phrase``), so the quotation goes on with the speaker before or stays
unnamed. Invented passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    # a sentence of reported speech after a quoted one: the speaker of the sentence before
    (
        "Der Betreiber des Freibads in Altmühlen hat die Saison vorzeitig beendet.\n\n"
        "Geschäftsführer Jörg Habermann weist die Kritik zurück. Auf Anfrage ließ er "
        "mitteilen, das Bad sei »stets sicher betrieben worden«. Einzelne Beschwerden "
        "würden »stark übertrieben«.",
        [("stets sicher", "Jörg Habermann"), ("stark übertrieben", "Jörg Habermann")],
    ),
    (
        "Der Ruderclub Seeweiler muss einen Punktabzug fürchten.\n\n"
        "Der Ruderverband Südmark reagierte knapp. Man prüfe „alle Unterlagen sehr genau“, "
        "teilte der Verband mit. Sportliche Folgen seien „noch nicht absehbar“.",
        [("alle Unterlagen", "Ruderverband Südmark"), ("noch nicht", "Ruderverband Südmark")],
    ),
    # the adjective alone names no one: no speaker rather than the noun phrase
    (
        "Im Landkreis Bernau schließt die nächste Geburtsstation.\n\n"
        "Der Landrat verwies auf die Reform. Kleine Stationen seien „aus Kostengründen“ "
        "kaum zu halten.",
        [("aus Kostengründen", None)],
    ),
    (
        "Der Streik legte am Montag den ganzen Busverkehr in Hollfeld lahm.\n\n"
        "Weniger Geduld hatte ein Bäcker aus der Altstadt: „Jedes Jahr dasselbe. Und "
        "bezahlen müssen wir.“",
        [("Jedes Jahr dasselbe", None)],
    ),
    # guard: a person's name opening the sentence stays the speaker ("Klara" is a first name,
    # "Klare" an adjective only before a noun the text writes as a thing)
    (
        "Die Gemeinde Talbach streitet über den neuen Parkplatz.\n\n"
        "Klara Westhoff sieht das anders. Der Plan sei „viel zu teuer“, sagte die "
        "Gemeinderätin.",
        [("viel zu teuer", "Klara Westhoff")],
    ),
    # guard: a body's longer name opening on an adjective is no noun phrase
    (
        "Die Neue Rheinische Zeitung hat ihre Druckerei verkauft.\n\n"
        "„Wir drucken künftig in Köln“, teilte die Neue Rheinische Zeitung mit.",
        [("Wir drucken", "Neue Rheinische Zeitung")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_adjective_phrase(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_adjective_phrase_words() -> None:
    from bot.text.speakers.germanic_nouns import adjective_phrase
    from bot.text.speakers.reading import reading

    with reading("Der Hund und die Katze sind nicht mit dem Auto auf der Straße für das Kind."):
        assert adjective_phrase("Kleine Kliniken")
        assert adjective_phrase("Sportliche Folgen")
        assert adjective_phrase("Kleinere Vereine")
        assert not adjective_phrase("Anna Kleine")
        assert not adjective_phrase("Europäische Kommission")  # (no "-isch" adjective)
        assert not adjective_phrase("Neue Rheinische Zeitung")
