"""Speakers on short invented French and Portuguese passages: someone unnamed described as the
subject of the sentence just before a quotation that opens its own sentence or paragraph, with
no speech verb by it (in the first person) or with only a pronoun of the description's gender
("précise-t-elle"). The speaker is the description; a thing described, a pronoun of the other
gender or a name between keeps the quotation from it."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

_OPENING = (
    "La directrice du collège Jean-Moulin, Odile Ferrandier, a présenté mardi soir le projet "
    "de fusion des deux classes de sixième devant une soixantaine de parents réunis dans le "
    "préau. « Nous avons tout prévu pour que les élèves soient bien accueillis », "
    "assure-t-elle.\n\n"
)

SHAPES: list[Case] = [
    (
        # the quotation alone in the description's paragraph, in the first person
        "Fusion de classes au collège Jean-Moulin\n\n" + _OPENING + "Devant le portail, un "
        "grand-père venu chercher son petit-fils se souvient de la dernière fusion. « On "
        "nous avait promis la même chose. Deux ans après, il a fallu rouvrir une classe. »\n\n"
        "Le rectorat n'a pas répondu aux questions de la rédaction.",
        [
            ("Nous avons tout prévu", "Odile Ferrandier"),
            ("On nous avait promis", "un grand-père"),
        ],
    ),
    (
        # a relative clause about the person, then the quotation as a paragraph of its own
        # with a pronoun of her gender inside it
        "Fusion de classes au collège Jean-Moulin\n\n" + _OPENING + "Une mère d'élève, qui "
        "n'a pas souhaité donner son nom, dit son inquiétude à la sortie des cours.\n\n"
        "« Je ne suis pas contre la fusion, précise-t-elle. Mais tout va beaucoup trop "
        "vite. »\n\n"
        "Le rectorat n'a pas répondu aux questions de la rédaction.",
        [("Je ne suis pas contre", "une mère d'élève")],
    ),
    (
        # Portuguese: a relative clause about the person, the quotation after it
        "Cheias em Vale Formoso\n\n"
        "O presidente da câmara, Rogério Antunes Leal, visitou ontem as ruas alagadas da "
        "baixa e prometeu apoios às famílias afetadas pelas cheias desta semana. «Ninguém vai "
        "ficar sozinho», garantiu.\n\n"
        "Na rua do mercado, um comerciante, que pediu para não ser identificado, lamenta os "
        "prejuízos. "
        "«Eu perdi tudo o que tinha no armazém.»\n\n"
        "A proteção civil mantém o aviso laranja até sexta-feira.",
        [
            ("Ninguém vai ficar", "Rogério Antunes Leal"),
            ("Eu perdi tudo", "um comerciante"),
        ],
    ),
]

GUARDS: list[Case] = [
    (
        # a thing as the subject before the quotation is no one: the quotation is not its
        "Fusion de classes au collège Jean-Moulin\n\n" + _OPENING + "Une voiture a été "
        "incendiée devant le collège dans la nuit de lundi à mardi. « Nous allons porter "
        "plainte. »\n\n"
        "Le rectorat n'a pas répondu aux questions de la rédaction.",
        [("Nous allons porter", "Odile Ferrandier")],
    ),
    (
        # a pronoun of the other gender is not the description's
        "Fusion de classes au collège Jean-Moulin\n\n" + _OPENING + "Un père d'élève dit son "
        "inquiétude à la sortie des cours. « Tout va beaucoup trop vite », souffle-t-elle.\n\n"
        "Le rectorat n'a pas répondu aux questions de la rédaction.",
        [("Tout va beaucoup", "Odile Ferrandier")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:30])
def test_unnamed_before_lone_quotation(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


@pytest.mark.parametrize("case", GUARDS, ids=lambda c: c[0][:30])
def test_no_unnamed_speaker_for_a_thing_or_the_other_gender(case: Case) -> None:
    got = outcomes([case])
    descriptions = [found for _, _, found in got if found and found.split()[0] in ("un", "une")]
    assert not descriptions, got
