"""Organisations as speakers in French and Portuguese (invented passages): a French name
capitalised on its first word only, read whole through its adjectives and "du"/"des"
complements ("la Banque régionale du Vallon", not the place "Vallon"); a body called later
by its kind noun ("la banque", "o banco") when one body of that kind was named; guards for a
place that is a person's origin, two banks named, and a bank's noun with no bank named."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, PT_MORE, Case, outcomes

CASES: list[Case] = [
    # a French name whose first word only is capitalised, then "du" and the place: the body
    (
        "La grève des guichets se poursuit. Interrogée, la Banque régionale du Vallon indique "
        "« ne pas commenter les dossiers en cours »." + FR_MORE,
        [("ne pas commenter", "Banque régionale du Vallon")],
    ),
    (
        "« Nous ne commentons pas les procédures », a déclaré la Mutuelle générale du "
        "Limousin." + FR_MORE,
        [("Nous ne commentons", "Mutuelle générale du Limousin")],
    ),
    (
        "« Nous bloquerons les dépôts dès lundi », prévient la Fédération des transporteurs "
        "indépendants de l'Ouest." + FR_MORE,
        [("Nous bloquerons", "Fédération des transporteurs indépendants de l'Ouest")],
    ),
    # the bank named once, then by its noun
    (
        "La Banque populaire du Nord a été condamnée en appel. « Nous allons nous pourvoir en "
        "cassation », a indiqué la banque dans un communiqué." + FR_MORE,
        [("Nous allons", "Banque populaire du Nord")],
    ),
    (
        "O Banco Atlântico recusou devolver o dinheiro à cliente. Em resposta, o banco afirmou "
        "que as operações foram “autorizadas pela própria titular”." + PT_MORE,
        [("autorizadas pela", "Banco Atlântico")],
    ),
    # French "on" and the body where it was said: that body, or the phrase as written
    (
        "« Aucun arbitrage n'a encore été rendu sur ce dossier », fait-on savoir au "
        "ministère des Transports." + FR_MORE,
        [("Aucun arbitrage", "ministère des Transports")],
    ),
    (
        "« Nous visons d'abord les petites exploitations familiales », explique-t-on dans "
        "l'entourage du ministre." + FR_MORE,
        [("Nous visons", "l'entourage du ministre")],
    ),
    # guard: "on" in a place that is no body
    (
        "« Le village ne sera plus jamais comme avant », dit-on dans la rue." + FR_MORE,
        [("Le village", None)],
    ),
    # a fronted "Au …, on" names the body that speaks
    (
        "Chez Transval, on indique que « la porte reste grande ouverte aux discussions »."
        + FR_MORE,
        [("la porte reste", "Transval")],
    ),
    (
        "Le ministère des Transports a reçu les syndicats lundi. Au ministère, on assure que "
        "« la porte reste grande ouverte aux discussions »." + FR_MORE,
        [("la porte reste", "ministère des Transports")],
    ),
    # guard: a fronted place or time is no body
    (
        "À Paris, on assure que « la porte reste grande ouverte aux discussions »." + FR_MORE,
        [("la porte reste", None)],
    ),
    (
        "Au village, on assure que « la porte reste grande ouverte aux discussions »." + FR_MORE,
        [("la porte reste", None)],
    ),
    # "juge" with a quotation as its object: the subject; the noun "le juge" stays a noun
    (
        "Le ministère de l'Agriculture juge la réforme « précipitée et bien trop coûteuse "
        "pour les éleveurs »." + FR_MORE,
        [("précipitée", "Le ministère de l'Agriculture")],
    ),
    (
        "« Les faits sont graves et parfaitement établis », a déclaré le juge." + FR_MORE,
        [("Les faits", "le juge")],
    ),
    (
        "Selon le juge, « les faits sont graves et parfaitement établis »." + FR_MORE,
        [("les faits", "le juge")],
    ),
    # guard: a place after "du" that is a person's origin stays the person's
    (
        "« J'ai tout perdu en une nuit », raconte Paul Girard, un éleveur originaire du "
        "Vallon." + FR_MORE,
        [("J'ai tout perdu", "Paul Girard")],
    ),
    # guard: two banks named in one sentence: the noun as written, neither bank
    (
        "La Banque du Nord et la Banque populaire du Sud ont été condamnées. « Nous ferons "
        "appel », a indiqué la banque dans un communiqué." + FR_MORE,
        [("Nous ferons appel", "la banque")],
    ),
    (
        "O Banco Atlântico e o Banco Serrano foram multados pelo regulador. «Vamos recorrer», "
        "afirmou o banco em nota." + PT_MORE,
        [("Vamos recorrer", "o banco")],
    ),
    # guard: no bank named, a person named just before: the noun as written, not the person
    (
        "Le maire de la commune, Paul Girard, a ouvert la séance publique. « Nous contestons "
        "cette version », a indiqué la banque." + FR_MORE,
        [("Nous contestons", "la banque")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_body11_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
