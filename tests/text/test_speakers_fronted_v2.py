"""A German sentence opening on a prepositional phrase puts its subject after the verb (verb
second): "Unter den Zuhörern saß auch X (71)", "Im Treppenhaus steht am Abend Y". That person
is the sentence's subject (``germanic_phrase.fronted_v2_subject``), whom a pronoun or a role noun in the next
sentences stands for. Invented passages."""

from __future__ import annotations

import pytest

from bot.text.speakers.germanic_phrase import fronted_v2_subject
from bot.text.speakers.reading import reading
from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    (
        "Die Mieter in der Lindenstraße wehren sich gegen die Sanierung.\n\n"
        "Baustadtrat Peter Kornmann reagierte zurückhaltend. Eine Prüfung dauere „mindestens "
        "ein Jahr“, sagte er.\n\n"
        "Im Treppenhaus steht am Abend Yusuf Demir, 38, mit seinem Sohn. Er ist in diesem Haus "
        "geboren. „Wohin sollen wir denn?“, fragt er.",
        [("mindestens ein Jahr", "Peter Kornmann"), ("Wohin sollen", "Yusuf Demir")],
    ),
    (
        "Der Gemeinderat von Talbach hat die Solaranlage genehmigt.\n\n"
        "Gemeinderätin Lisa Horn stimmte dagegen. „Der Prozess war nicht in Ordnung“, sagte "
        "sie.\n\n"
        "Unter den Zuhörern saß auch Hermine Gruber (71), deren Haus direkt an das Feld grenzt. "
        "„Jetzt schau ich auf einen Zaun“, sagte die Pensionistin nach der Sitzung.",
        [("Der Prozess", "Lisa Horn"), ("Jetzt schau", "Hermine Gruber")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def testfronted_v2_subject(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_fronted_v2_words() -> None:
    with reading("Der Hund und die Katze sind nicht mit dem Auto auf der Straße für das Kind."):
        assert fronted_v2_subject("Unter den Zuhörern saß auch".split())
        assert fronted_v2_subject("Auf der anderen Seite steht Landwirt".split())
        assert fronted_v2_subject("Neben dem Eingang wartete".split())
        # guard: a name inside the fronted phrase is no subject (no verb comes before it)
        assert not fronted_v2_subject("Mit dem neuen Bürgermeister".split())
        assert not fronted_v2_subject("Nach Angaben von".split())
