"""German and Dutch short quotations a speech verb governs, and the titles and signs' words in
marks that are no one's (``speakers.keeping``), on invented passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    # one word, then "so" and an article and a role noun, then the rest of the quotation
    (
        "Der TSV Wellheim hat das Pokalspiel gegen den Tabellenletzten verloren. Trainerin "
        "Katja Brenner war nach dem Schlusspfiff bedient.\n\n"
        "„Nie“, so die Trainerin, „haben wir in dieser Saison so schlecht gespielt.“",
        [("Nie", "Katja Brenner"), ("haben wir", "Katja Brenner")],
    ),
    # one or two words a speech or verdict verb a few words before governs
    (
        "Der EHC Moorbach hat den Klassenerhalt geschafft. Kapitänin Ulrike Senn sprach von "
        "einer «Erlösung». Die Mannschaft feierte bis spät in die Nacht.",
        [("Erlösung", "Ulrike Senn")],
    ),
    (
        "De twee grootste tuincentra van het land gaan samen. Econoom Pieter Dalhuisen noemt "
        "de fusie ‘onvermijdelijk’. De mededingingsautoriteit moet nog instemmen.",
        [("onvermijdelijk", "Pieter Dalhuisen")],
    ),
    (
        "Op het Lindecollege in Hoorn zijn telefoons sinds september verboden. Leerling Sem "
        "Vos vindt het vooral ‘vreemd’ dat de leraren hun eigen toestel wel gebruiken.",
        [("vreemd", "Sem Vos")],
    ),
    # a few words in a sentence of reported speech ("würden" for the plural subjunctive)
    (
        "Nach dem Felssturz bei Obertal ist die Landesstraße gesperrt. Das Land sagte rasche "
        "Hilfe zu.\n\n"
        "„Wir lassen niemanden allein“, erklärte Landesrätin Petra Haider bei einem Besuch. "
        "Die Räumungsarbeiten würden allerdings „Monate, nicht Wochen“ dauern.",
        [("Wir lassen", "Petra Haider"), ("Monate, nicht Wochen", "Petra Haider")],
    ),
    # a title, a magazine, an album or a sign's words named right before the marks
    (
        "Der Kantor Ernst Wolter hat seine Erinnerungen veröffentlicht. Das Buch erschien "
        "im Frühjahr unter dem Titel „Wind über Halden“. Darin erzählt er von seiner Kindheit.",
        [("Wind über Halden", None)],
    ),
    (
        "Met haar debuutalbum “Blauwe nachten” staat Noor Lambrechts bovenaan de lijsten. In "
        "het vakblad “Groen & Grond” verscheen vorige week een lang interview met haar.",
        [("Blauwe nachten", None), ("Groen & Grond", None)],
    ),
    (
        "In Lindau haben am Samstag rund 300 Menschen gegen die Schließung der Geburtsstation "
        "demonstriert. Viele trugen Plakate mit der Aufschrift »Hände weg«.",
        [("Hände weg", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_short_quotations(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_a_name_a_naming_verb_gives_is_no_quotation() -> None:
    """'X noemt het plan “Nieuw Centrum”': a name, not anyone's words."""
    from bot.text.quotes import find_quotes

    text = (
        "De gemeente Tielwaard noemt het plan ‘Nieuw Centrum’ en wil in 2029 beginnen. De "
        "kosten zijn nog niet bekend."
    )
    assert [q.quote for q in find_quotes(text)] == []
