"""A French object pronoun of the one spoken to before an inverted auxiliary and its subject
pronoun after a quotation ("« … », nous a-t-elle expliqué.", "« … », lui a-t-il répondu.",
"« … », leur a-t-elle lancé."): the subject pronoun speaks (the person it goes back to),
as after "m'a-t-elle confié" and a plain "a-t-elle expliqué", never "nous a-t-elle" read as a
name. Invented passages.

Guards: a subject pronoun of the other gender than the one person named before is no one's;
the one spoken to before a verb and a named subject ("« … », lui a répondu X") stays X's.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, Case, all_right

LISTENER: list[Case] = [
    (
        "L'urbaniste Odile Ferrec a publié cet automne un essai sur les villes moyennes. "
        "« Rénover, oui, mais pour qui ? », nous a-t-elle expliqué." + FR_MORE,
        [("Rénover, oui, mais pour qui", "Odile Ferrec")],
    ),
    (
        "Le maire de Quimerch, Hervé Le Tallec, a reçu les parents d'élèves mardi. « La "
        "cantine restera ouverte tout l'été », leur a-t-il promis." + FR_MORE,
        [("La cantine restera ouverte", "Hervé Le Tallec")],
    ),
    (
        "Une retraitée de Carnac écrit chaque semaine au courrier des lecteurs. « Vous avez "
        "oublié les villages de l'intérieur », lui a-t-elle reproché." + FR_MORE,
        [("Vous avez oublié les villages", "une retraitée de Carnac")],
    ),
]

LISTENER_GUARDS: list[Case] = [
    # the pronoun's gender is not the one person's named before: no one
    (
        "L'urbaniste Odile Ferrec a publié cet automne un essai sur les villes moyennes. "
        "« Rénover, oui, mais pour qui ? », nous a-t-il expliqué." + FR_MORE,
        [("Rénover, oui, mais pour qui", None)],
    ),
    # the one spoken to before a verb and its named subject: that subject
    (
        "L'urbaniste Odile Ferrec a publié cet automne un essai sur les villes moyennes. "
        "« Rénover, oui, mais pour qui ? », lui a répondu Gilles Merlet." + FR_MORE,
        [("Rénover, oui, mais pour qui", "Gilles Merlet")],
    ),
    # the one spoken to before an inverted auxiliary and the impersonal "on": no one (found
    # by review: "leur a-t-on")
    (
        "Les riverains ont interpellé la préfecture. « Revenez quand le chantier sera fini », "
        "leur a-t-on répondu." + FR_MORE,
        [("Revenez quand le chantier sera fini", None)],
    ),
]


@pytest.mark.parametrize("case", LISTENER, ids=lambda c: c[0][40:80])
def test_listener_before_inverted_pronoun(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", LISTENER_GUARDS, ids=lambda c: c[0][40:80])
def test_listener_before_inverted_pronoun_guards(case: Case) -> None:
    all_right([case])
