"""German speaker shapes fixed in this probe (each passage invented).

A German person noun with the one genitive noun it belongs to ("der Anwalt des Klägers", "die
Eltern des Mädchens", "Der Sohn des Opfers sagte:") is that person, as written, never the
genitive noun ("Klägers"), nor a body's name of two words after it ("der Bürgermeister der
Gemeinde Gmunden"); a lawyer the text named before still takes the words, and a
spokesperson's genitive keeps its body. Plural and family nouns ("Eltern", "Witwe",
"Nachbarn", "Kollege") are person nouns. "von der" after a role and a lone first name goes on
with the surname ("Justizministerin Anna von der Heide"), but an employer after it ("Anna von
der Feuerwehr") and a full name before it ("Anna Schulz von der Universität") still end the
name. A kinship noun after a possessive ("Ihre Tochter Katharina") leaves the name.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

DE_MORE = (
    "\n\nDie Feuerwehr blieb bis zum Morgen vor Ort, um das Viertel zu überwachen, und die "
    "Stadt hat in der Turnhalle der Gemeinde eine Notunterkunft für die Familien eingerichtet, "
    "die nicht nach Hause konnten."
)

CASES: list[Case] = [
    # a person noun and its genitive after the verb
    (
        "Das Landgericht wies die Klage ab.\n\n"
        "„Wir gehen in Berufung“, kündigte die Anwältin des Klägers an." + DE_MORE,
        [("Wir gehen", "die Anwältin des Klägers")],
    ),
    (
        "Die Polizei sucht weiter nach Zeugen.\n\n"
        "„Wir haben das nicht kommen sehen“, sagten die Eltern des Mädchens." + DE_MORE,
        [("Wir haben das", "die Eltern des Mädchens")],
    ),
    (
        "Im Ort herrscht Trauer.\n\n„Wir sind erschüttert“, sagte der Sohn des Opfers." + DE_MORE,
        [("Wir sind", "der Sohn des Opfers")],
    ),
    (
        "Der Verein steckt in der Krise.\n\n"
        "„Wir brauchen neues Geld“, sagte der Präsident des Vereins." + DE_MORE,
        [("Wir brauchen", "der Präsident des Vereins")],
    ),
    # and before the verb
    (
        "Das Urteil fiel am Dienstag.\n\n"
        "Der Anwalt des Klägers sagte: „Wir gehen in Berufung.“" + DE_MORE,
        [("Wir gehen", "Der Anwalt des Klägers")],
    ),
    (
        "Die Ermittlungen dauern an.\n\n"
        "Die Mutter des Mädchens sagte: „Wir wollen nur Gewissheit.“" + DE_MORE,
        [("Wir wollen", "Die Mutter des Mädchens")],
    ),
    (
        "Die Anwältin des Klägers kündigte an, man werde „alle Mittel ausschöpfen“." + DE_MORE,
        [("alle Mittel", "Die Anwältin des Klägers")],
    ),
    # a body's name of two words in the genitive
    (
        "Das Hochwasser erreichte am Abend den Höchststand.\n\n"
        "„Wir sind gerüstet“, sagt der Bürgermeister der Gemeinde Gmunden." + DE_MORE,
        [("Wir sind", "der Bürgermeister der Gemeinde Gmunden")],
    ),
    (
        "Die Stadt sucht Erzieherinnen.\n\n"
        "Die Leiterin des Kindergartens Sonnenschein sagte: „Wir suchen seit Monaten.“" + DE_MORE,
        [("Wir suchen", "Die Leiterin des Kindergartens Sonnenschein")],
    ),
    # a kinship noun after a possessive, then the name
    (
        "Lisa Wagner ist enttäuscht.\n\nIhre Tochter Katharina sagte: „Wir ziehen weg.“" + DE_MORE,
        [("Wir ziehen", "Katharina")],
    ),
    (
        "Der Unternehmer Karl Huber ist tot.\n\n"
        "„Er war ein guter Vater“, sagte seine Tochter Anna." + DE_MORE,
        [("Er war", "Anna")],
    ),
    # guards: a lawyer named before; a spokesperson's body; a name after the genitive
    (
        "Rechtsanwalt Peter Kranz vertritt den Kläger. Das Gericht vertagte sich.\n\n"
        "„Wir gehen in Berufung“, sagte der Anwalt des Klägers." + DE_MORE,
        [("Wir gehen", "Peter Kranz")],
    ),
    (
        "„Das Urteil ist rechtskräftig“, teilte ein Sprecher des Landgerichts Köln mit." + DE_MORE,
        [("Das Urteil", "Landgericht Köln")],
    ),
    (
        "„Wir sind erschüttert“, sagte der Trainer der Mannschaft." + DE_MORE,
        [("Wir sind", "der Trainer der Mannschaft")],
    ),
    # "von der" after a role and a first name
    (
        "„Wir haben zu lange gewartet“, räumte EU-Kommissionspräsidentin Ursula von der Leyen "
        "in Brüssel ein." + DE_MORE,
        [("Wir haben zu lange", "Ursula von der Leyen")],
    ),
    (
        "„Das Gesetz kommt“, sagte Justizministerin Anna von der Heide am Montag." + DE_MORE,
        [("Das Gesetz", "Anna von der Heide")],
    ),
    # guards: a full name, or an employer, after "von der"
    (
        "„Die Zahlen sind alarmierend“, sagte Anna Schulz von der Universität Bonn." + DE_MORE,
        [("Die Zahlen", "Anna Schulz")],
    ),
    (
        "„Das Feuer brach im Keller aus“, sagte Einsatzleiter Martin Schulz von der Feuerwehr "
        "Essen." + DE_MORE,
        [("Das Feuer", "Martin Schulz")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_p17de3_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, expected, found)
