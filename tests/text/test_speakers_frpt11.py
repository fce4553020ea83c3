"""Speakers on short invented French and Portuguese passages (probe frpt11): a role noun with
its complement after one person introduced with another trade; a clitic between a subject and
its verb ("s'en", "s'est", "le"); a new subject leading into a quotation with a colon after
another speaker's quotation; a passive "est espéré « … »"; bodies that look like people ("La
Ligue", "France Inter", "Les Saisons …", "GRU Airport"); compound role nouns ("rédacteur en
chef"); "Son fils Julien" as a sentence's subject; "l'édile" after "Le maire de X" unnamed;
West African first names ("Aminata").
Every speaker exact; the guards keep the near shapes as they were."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE as _FR_MORE
from tests.text.speaker_cases import PT_MORE as _PT_MORE
from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # a role noun with its complement is not the one person named, given another trade
        "« Si on ne peut plus irriguer, on perd tout », prévient Didier Bonnaud, président "
        "de la chambre d'agriculture.\n\n« L'eau reste potable », souligne l'adjoint à "
        "l'environnement." + _FR_MORE,
        [("Si on ne peut", "Didier Bonnaud"), ("L'eau reste", "l'adjoint à l'environnement")],
    ),
    (
        # "s'en" between an unnamed subject and its verb is no part of the subject
        "Les compagnies en profiteront. Une responsable d'easyJet s'en réjouit : « Nos "
        "passagers gagneront du temps. »" + _FR_MORE,
        [("Nos passagers", "une responsable d'easyJet")],
    ),
    (
        "Les salariés ont voté la grève. Un voisin s'en amuse : « Ils ont bien raison. »"
        + _FR_MORE,
        [("Ils ont bien", "un voisin")],
    ),
    (
        # an object clitic after an apposition: "X, Y, le reconnaît :"
        "Le collectif Ciel calme a déposé un recours. Sa porte-parole, Agnès Morel, le "
        "reconnaît : « Nous ne dormons plus. »" + _FR_MORE,
        [("Nous ne dormons", "Agnès Morel")],
    ),
    (
        # a first name opening the colon lead after another person's quotation
        "L'aéroport a été évacué dimanche. Dans la file, Luc et Anne Verhaegen n'en "
        "revenaient pas.\n\n« Chez nous, ça n'arrive jamais ! », s'amuse Luc. Anne est plus "
        "inquiète : « On a vu les militaires courir, j'ai eu peur. »" + _FR_MORE,
        [("Chez nous", "Luc Verhaegen"), ("On a vu", "Anne Verhaegen")],
    ),
    (
        # a body whose name holds "Ligue" is no one a role noun stands for
        "La Ligue des droits de l'homme avait saisi la justice. « C'est une victoire », "
        "s'est félicitée sa présidente, Claudine Morvan.\n\nLe maire, lui, ne décolère pas : "
        "« Les commerçants sont excédés. Je prendrai un nouvel arrêté. »" + _FR_MORE,
        [("C'est une victoire", "Claudine Morvan"), ("Les commerçants", "Le maire")],
    ),
    (
        # a radio is no woman for "elle"
        "Le gouvernement temporise. Interrogée sur France Inter, la ministre de la Santé, "
        "Agnès Fontaine, a promis que la hausse serait « contenue ». « Nous regarderons "
        "toutes les options », a-t-elle ajouté." + _FR_MORE,
        [("Nous regarderons", "Agnès Fontaine")],
    ),
    (
        # a title opening on "Les" is no woman either
        "À 92 ans, Raymonde Lacombe vient de publier son premier roman, Les Saisons "
        "d'Aurillac.\n\n« J'ai écrit toute ma vie, mais en cachette », raconte-t-elle." + _FR_MORE,
        [("J'ai écrit", "Raymonde Lacombe")],
    ),
    (
        # "rédacteur en chef": one role noun, the name after it in commas
        "Le journal fête ses cent ans cette semaine.\n\n« On ne sait jamais où ça va "
        "finir », s'amuse le rédacteur en chef, Paul Martin." + _FR_MORE,
        [("On ne sait", "Paul Martin")],
    ),
    (
        "Le festival a battu son record.\n\n« On ne sait jamais où ça va finir », s'amuse "
        "la metteuse en scène de la troupe, Aurélie Casanova." + _FR_MORE,
        [("On ne sait", "Aurélie Casanova")],
    ),
    (
        # "Son fils Julien" opens its sentence: "il" after it is the son
        "Roger Vautrin est mort samedi, à 78 ans.\n\nSon fils Julien a repris l'affaire en "
        "2015. « Mon père était dur, mais juste », confie-t-il." + _FR_MORE,
        [("Mon père", "Julien")],
    ),
    (
        # "l'édile" after the unnamed "Le maire de X" opening the sentence before
        "Le patron pêcheur Yann Le Floch connaissait l'équipage. « La mer ne pardonne "
        "pas », lâche-t-il.\n\nLe maire de Lorient a annoncé une cérémonie samedi. « Toute "
        "la ville est en deuil », a déclaré l'édile." + _FR_MORE,
        [("La mer", "Yann Le Floch"), ("Toute la ville", "Le maire de Lorient")],
    ),
    (
        "O pescador Rui Matos conhecia bem a tripulação. «O mar não perdoa», disse.\n\n"
        "O presidente da câmara anunciou uma cerimónia no sábado. «Toda a cidade está de "
        "luto», afirmou o autarca." + _PT_MORE,
        [("O mar", "Rui Matos"), ("Toda a cidade", "O presidente da câmara")],
    ),
    (
        # a West African first name in commas after a kin noun: the woman "elle" stands for
        "Moussa Traoré a ouvert son restaurant à Montreuil.\n\nSa femme, Aminata, tient la "
        "caisse. « Il a toujours eu ce rêve », sourit-elle." + _FR_MORE,
        [("Il a toujours", "Aminata")],
    ),
    (
        # "une agente de sûreté": a noun after "de", not a participle ending the description
        "Grève à l'aéroport. « On demande simplement à être payés », résume une agente de "
        "sûreté, sous couvert d'anonymat." + _FR_MORE,
        [("On demande", "une agente de sûreté")],
    ),
    (
        # a noun in "-ment" after "au" is no adverb: the body's whole name
        "Le maire a présenté son plan. L'association Droit au logement salue « un premier "
        "pas »." + _FR_MORE,
        [("un premier pas", "L'association Droit au logement")],
    ),
    (
        # "La direction de l'hôpital": the phrase the place hangs on, not the place
        "L'attente dépasse huit heures aux urgences.\n\nLa direction de l'hôpital reconnaît "
        "« des tensions » mais assure que « la sécurité des patients est garantie »." + _FR_MORE,
        [
            ("des tensions", "La direction de l'hôpital"),
            ("la sécurité", "La direction de l'hôpital"),
        ],
    ),
    (
        "A espera ultrapassa oito horas nas urgências.\n\nA administração do hospital "
        "reconhece «tensões» mas garante que «a segurança dos doentes está assegurada»." + _PT_MORE,
        [("tensões", "A administração do hospital")],
    ),
    (
        # a concessionaire's name holding "Airport" is one body
        'Os voos foram cancelados. A concessionária GRU Airport informou, em nota, que "adotou '
        'um plano de contingência".' + _PT_MORE,
        [("adotou um plano", "GRU Airport")],
    ),
]

# shapes that must get no speaker rather than a wrong one
NONE_SHAPES: list[Case] = [
    (
        # a possessive subject leading into the quotation with a colon: not the wife's words
        "Après dix ans de procédure, Martine et Alain Rocher ont gagné contre leur banque.\n\n"
        "« On nous avait tout caché », raconte Martine Rocher. Son mari complète : « On a "
        "failli perdre la maison. »" + _FR_MORE,
        [("On nous avait", "Martine Rocher"), ("On a failli", None)],
    ),
    (
        "« C'est une fierté », a lancé le maire, Philippe Gauthier, samedi. Dans la rame, une "
        "étudiante découvre le trajet : « Vingt minutes au lieu de quarante ! »" + _FR_MORE,
        # (the student, by her description, who leads into it with a colon: never the mayor)
        [("C'est une fierté", "Philippe Gauthier"), ("Vingt minutes", "une étudiante")],
    ),
    (
        # a fragment reported with "que" by a new subject
        "«É o aluno mais assíduo da turma», conta a professora Helena Vaz. A filha de "
        "Joaquim, Paula, diz que o pai «parece outro homem»." + _PT_MORE,
        [("É o aluno", "Helena Vaz"), ("parece outro homem", None)],
    ),
    (
        # a passive's subject is no speaker
        "« Nos équipes sont mobilisées », a assuré un porte-parole de l'opérateur. Le "
        "rétablissement est espéré « sous 48 heures » dans tout le quartier." + _FR_MORE,
        [("Nos équipes", "un porte-parole de l'opérateur"), ("sous 48 heures", None)],
    ),
]

# near misses that keep their speaker
GUARDS: list[Case] = [
    (
        # the same trade: "l'agriculteur" is the farmer named
        "« Si on ne peut plus irriguer, on perd tout », prévient Didier Bonnaud, agriculteur "
        "à Langon.\n\n« C'est dur », souligne l'agriculteur." + _FR_MORE,
        [("C'est dur", "Didier Bonnaud")],
    ),
    (
        # a bare role noun may be a wider word for the same person: left to the older rules
        "« Si on ne peut plus irriguer, on perd tout », prévient Didier Bonnaud, président "
        "de la chambre d'agriculture.\n\n« C'est dur », souligne l'élu." + _FR_MORE,
        [("C'est dur", "Didier Bonnaud")],
    ),
    (
        # an adverb in "-ment" still goes: the subject before it
        "Le plan a été présenté lundi. Le maire a immédiatement dénoncé « une provocation »."
        + _FR_MORE,
        [("une provocation", "Le maire")],
    ),
    (
        # the same speaker going on after the colon
        "Après dix ans de procédure, Martine Rocher a gagné contre sa banque.\n\n« On nous "
        "avait tout caché », raconte-t-elle. Elle ajoute : « On a failli perdre la "
        "maison. »" + _FR_MORE,
        [("On nous avait", "Martine Rocher"), ("On a failli", "Martine Rocher")],
    ),
    (
        # the one named in the colon lead
        "« Chez nous, ça n'arrive jamais », s'amuse Luc Verhaegen. Anne Verhaegen est plus "
        "inquiète : « On a vu les militaires courir. »" + _FR_MORE,
        [("On a vu", "Anne Verhaegen")],
    ),
    (
        # a "Le maire" subject named right there is that mayor
        "Le maire, Paul Martin, connaissait bien l'équipage. « La mer ne pardonne pas », "
        "lâche-t-il.\n\nLe maire a annoncé une cérémonie samedi. « Toute la ville est en "
        "deuil », a déclaré l'édile." + _FR_MORE,
        [("Toute la ville", "Paul Martin")],
    ),
    (
        # the lead names the speaker before again: still hers
        "Après dix ans de procédure, Martine Rocher a gagné contre sa banque.\n\n« On nous "
        "avait tout caché », raconte Martine Rocher. Martine Rocher n'en revient pas : « On a "
        "failli perdre la maison. »" + _FR_MORE,
        [("On a failli", "Martine Rocher")],
    ),
]


@pytest.mark.parametrize("case", SHAPES + NONE_SHAPES + GUARDS, ids=lambda c: c[0][:40])
def test_speaker(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, expected, found)
