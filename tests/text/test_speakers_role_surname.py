"""German and Dutch role nouns before a surname alone, naming a person the text introduced in
full ("Hebamme Birgit X … Hebamme X hält davon wenig", "Reto Y, Geologe beim Amt … Geologe Y
rechnet mit …"): the role word is no part of the name (``roles.role_noun``), so the surname
is that person. Invented passages."""

from __future__ import annotations

import pytest

from bot.text.speakers.roles import role_noun
from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    # a role without the usual endings ("-in", "-er"): a midwife
    (
        "In Talbrunn schließt im Sommer die Geburtsstation des Kreiskrankenhauses.\n\n"
        "„Wir haben im letzten Jahr 300 Kinder geholt“, sagt Hebamme Doris Kallweit, die "
        "seit 1996 im Kreißsaal arbeitet.\n\n"
        "Der Landrat zeigte sich enttäuscht, verwies aber auf die Zahlen.\n\n"
        "Hebamme Kallweit hält davon wenig. Sie will, wie sie sagt, „bis zum letzten Tag“ "
        "arbeiten.",
        [("bis zum letzten Tag", "Doris Kallweit")],
    ),
    # a "-loge" science role (Dutch "-loog": ``test_role_words``)
    (
        "Über dem Dorf Valmora bewegt sich ein Hang.\n\n"
        "„Wir messen jeden Tag mehr“, sagt Ursin Tschanz, Geologe beim kantonalen Amt.\n\n"
        "Die Straße bleibt gesperrt. Geologe Tschanz rechnet mit „mindestens zwei Monaten“.",
        [("mindestens zwei", "Ursin Tschanz")],
    ),
    # guard: a surname that happens to end like a role ("Vogeloge" is none; a first name
    # before it) stays the whole name
    (
        "In Talbrunn schließt die Bäckerei am Markt.\n\n"
        "„Es lohnt sich nicht mehr“, sagt Inhaber Lukas Merloge.",
        [("Es lohnt", "Lukas Merloge")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_role_before_surname(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_role_words() -> None:
    assert role_noun("Hebamme") and role_noun("Geologe") and role_noun("Kardioloog")
    assert not role_noun("Anna")
