"""A participle of being asked or reached opening a French, Portuguese, Spanish or Italian
sentence, then its subject pronoun after the comma and a verb of no speech before a colon
("Interrogé au téléphone, il se montre plus prudent : « … »", "Procurada por este jornal, ela
foi além: «…»"): the pronoun speaks (the person it goes back to), never the participle or its
phrase read as a name ("Procurada", "au téléphone"). Invented passages.

Guards: a pronoun of the other gender than the one person named before is no one's; a name
inside the participle's phrase ("Interrogé par Lucas X, il …") leaves the rule alone; a name
after the comma ("Interrogé, le président X a botté en touche :") stays that name's.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import (
    ES_MORE,
    ES_OPEN,
    FR_MORE,
    IT_MORE,
    IT_OPEN,
    PT_MORE,
    Case,
    all_right,
    outcomes,
)

ASKED: list[Case] = [
    (
        ES_OPEN + "La concejala Remedios Altube votó en contra de las cuentas municipales. "
        "Contactada por este diario, ella fue más allá: «Nadie ha leído estas cuentas con "
        "calma»." + ES_MORE,
        [("Nadie ha leído estas cuentas", "Remedios Altube")],
    ),
    (
        IT_OPEN + "La consigliera Ornella Baldacci ha votato contro il bilancio comunale, come "
        "aveva annunciato nella seduta della settimana scorsa. Raggiunta al telefono, lei è "
        "andata oltre: «Nessuno ha letto questi conti con calma»." + IT_MORE,
        [("Nessuno ha letto questi conti", "Ornella Baldacci")],
    ),
    (
        "Le sénateur de la Haute-Marne, Armand Quéré, a déposé un amendement sur les "
        "dessertes ferroviaires. Interrogé au téléphone, il se montre plus mesuré : « Je ne "
        "promets aucune réouverture de ligne avant la fin du mandat. »" + FR_MORE,
        [("Je ne promets aucune réouverture", "Armand Quéré")],
    ),
    (
        "La navigatrice Claire Dantec a franchi la ligne d'arrivée à Brest dimanche. Jointe à "
        "l'arrivée, elle reste sobre : « J'ai surtout envie de dormir trois jours »." + FR_MORE,
        [("J'ai surtout envie de dormir", "Claire Dantec")],
    ),
    (
        "A poeta Iolanda Serpa criticou nas redes o fim do concurso de contos da vila. "
        "Contactada pelo nosso jornal, ela foi mais longe:\n\n«Fecharam a única porta que as "
        "crianças daqui tinham para os livros.»" + PT_MORE,
        [("Fecharam a única porta", "Iolanda Serpa")],
    ),
    (
        "O ex-vereador Dionísio Prates deixou o partido na semana passada. Procurado pela "
        "reportagem, ele manteve o tom: «Eu não saí, fui empurrado para fora.»" + PT_MORE,
        [("Eu não saí, fui empurrado", "Dionísio Prates")],
    ),
]

# the medium that asked, after the participle's "by" ("Procurado pela RTP, ele …"): no name of
# a person there, the pronoun still speaks (found by review: "par Le Parisien" as a speaker)
ASKED_BY_MEDIUM: list[Case] = [
    (
        "O deputado Rui Sampaio votou contra o orçamento. Procurado pela RTP, ele foi mais "
        "longe: «Ninguém leu estas contas com atenção.»" + PT_MORE,
        [("Ninguém leu estas contas", "Rui Sampaio")],
    ),
]
# (French: not the medium; no one is left, as the pronoun's person is not settled there)
ASKED_BY_MEDIUM_FR = (
    "Le député Gilles Mourier a voté l'amendement. Interrogé par Le Courrier de l'Ouest, il "
    "reste prudent : « Rien n'est encore joué »" + FR_MORE
)

ASKED_GUARDS: list[Case] = [
    # the pronoun's gender is not the one person's named before: no one
    (
        "La navigatrice Claire Dantec a franchi la ligne d'arrivée à Brest dimanche. Joint à "
        "l'arrivée, il reste sobre : « J'ai surtout envie de dormir trois jours »." + FR_MORE,
        [("J'ai surtout envie de dormir", None)],
    ),
    # a name after the comma is the subject, as before
    (
        "Le club de Saint-Ouvrier cherche un attaquant depuis l'été. Interrogé, le président "
        "Gaston Ribes a botté en touche : « On travaille, vous aurez des nouvelles. »" + FR_MORE,
        [("On travaille, vous aurez", "Gaston Ribes")],
    ),
]


@pytest.mark.parametrize("case", ASKED, ids=lambda c: c[0][40:80])
def test_asked_participle_then_pronoun(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", ASKED_GUARDS, ids=lambda c: c[0][40:80])
def test_asked_participle_then_pronoun_guards(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", ASKED_BY_MEDIUM, ids=lambda c: c[0][40:80])
def test_asked_by_a_medium(case: Case) -> None:
    all_right([case])


def test_asked_by_a_medium_is_never_the_speaker() -> None:
    got = outcomes([(ASKED_BY_MEDIUM_FR, [("Rien n'est encore joué", "Gilles Mourier")])])
    assert got[0][2] in ("Gilles Mourier", None), got
