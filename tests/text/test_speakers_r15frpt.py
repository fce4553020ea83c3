"""French and Portuguese shapes: the Brazilian courtesy "Seu"/"seu" before a first name
("Seu Arlindo" is Arlindo X named before); a role noun whose holder kept their name back ("diz o
sorveteiro, que preferiu não dar o nome") is someone unnamed, not the article's subject; a
negated verb after a quotation ("Il n'a pas souhaité donner son nom") is no speech verb and
its negation no part of the speaker; an adjective of origin opening a sentence ("Originaire de
Nantes, elle …") is no name; the quotation a sentence announces with a colon after quoting a
phrase of it ("Une réforme « bâclée », a dénoncé X dans un discours dont voici un extrait : ¶
« … »") is that phrase's speaker's; "a empresa", "la société" after a one-word company name
("Procurada, a Lumetra enviou uma nota …"); the accused of a trial the sentence names first
("Au deuxième jour de son procès, Julien X a contesté …"). Invented passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, PT_MORE, Case, outcomes

CASES: list[Case] = [
    # "Seu" + first name: the person named in full before
    (
        "O sapateiro Arlindo Menezes, de 77 anos, conserta sapatos na mesma esquina desde "
        "1968. “Comecei com o meu tio”, recorda.\n\n"
        "A loja é pequena e não tem placa na porta.\n\n"
        "Seu Arlindo não pensa em parar, e explica porquê.\n\n"
        "“Enquanto as mãos aguentarem, eu abro a porta todo dia.”" + PT_MORE,
        [("Comecei com o meu tio", "Arlindo Menezes"), ("Enquanto as mãos", "Arlindo Menezes")],
    ),
    # guard: "Seu" as a possessive before a common noun stays no title
    (
        "A enfermeira Luana Prado trabalha no posto há dez anos. “Seu filho está bem”, disse "
        "ela à mãe, aliviada." + PT_MORE,
        [("Seu filho está bem", "Luana Prado")],
    ),
    # a role noun whose holder kept their name back: as written
    (
        "A costureira Zilda Ramos, de 70 anos, trabalha na praça desde 1980. “Aprendi com a "
        "minha mãe”, conta.\n\n"
        "Ao lado fica o carrinho de sorvete. “Sem ela a praça fica vazia”, diz o sorveteiro, "
        "que preferiu não dar o nome." + PT_MORE,
        [("Aprendi com a", "Zilda Ramos"), ("Sem ela a praça", "o sorveteiro")],
    ),
    (
        "Le cordonnier Gérard Lapierre tient sa boutique depuis 1975. « J’ai appris sur le "
        "tas », dit-il.\n\n"
        "« Sans lui, la rue serait morte », glisse le serveur du café voisin, qui n’a pas "
        "souhaité donner son nom." + FR_MORE,
        [("J’ai appris", "Gérard Lapierre"), ("Sans lui, la rue", "le serveur du café voisin")],
    ),
    # guard: a role noun with no such clause still stands for the one person it fits
    (
        "A costureira Zilda Ramos, de 70 anos, trabalha na praça desde 1980.\n\n"
        "“Aprendi com a minha mãe”, conta a costureira." + PT_MORE,
        [("Aprendi com a", "Zilda Ramos")],
    ),
    # an adjective of origin opening a sentence is no one
    (
        "Le cabinet médical de Saint-Lary a rouvert en mai.\n\n"
        "La nouvelle médecin, c’est Inès Caradec, 31 ans. Originaire de Nantes, elle a choisi "
        "le salariat. « Je voulais soigner, pas remplir des formulaires », explique-t-elle."
        + FR_MORE,
        [("Je voulais soigner", "Inès Caradec")],
    ),
    (
        "A nova diretora do museu é Marta Valente. Natural de Braga, ela viveu vinte anos em "
        "Paris. «Voltei para ficar», afirma." + PT_MORE,
        [("Voltei para ficar", "Marta Valente")],
    ),
    # a colon after a quoted phrase: the phrase's speaker's
    (
        "Le conseil régional a voté jeudi le budget des lycées.\n\n"
        "Une réforme « bâclée en trois semaines », a dénoncé la présidente du groupe "
        "écologiste, Salomé Ribard, "
        "dans une intervention dont voici un extrait :\n\n"
        "« On ne construit pas une école avec des promesses. Il faut des murs et des "
        "professeurs. »" + FR_MORE,
        [("bâclée en trois", "Salomé Ribard"), ("On ne construit pas", "Salomé Ribard")],
    ),
    # guard: a new sentence with its own subject announces the quotation
    (
        "Le maire a qualifié le projet d'« absurde ». Son adjointe, Claire Vidal, a répondu :\n\n"
        "« Nous n'avons pas le choix. »" + FR_MORE,
        [("Nous n'avons pas le choix", "Claire Vidal")],
    ),
    # a place after a Romance place noun and "de" is no person a dropped subject may be
    (
        "A fábrica de papel anunciou prejuízos. «Foi o pior ano de sempre», afirmou o "
        "diretor-geral, Vasco Moutinho, aos jornalistas.\n\n"
        "Segundo o gestor, a unidade de Ribeira do Paço funciona a metade da capacidade. «Não "
        "há decisão tomada», disse." + PT_MORE,
        [("Foi o pior ano", "Vasco Moutinho"), ("Não há decisão", "Vasco Moutinho")],
    ),
    (
        "Le maire de la commune de Saint-Gilles, Éric Pagnol, a inauguré l'école. « C'est une "
        "fierté », a-t-il dit." + FR_MORE,
        [("C'est une fierté", "Éric Pagnol")],
    ),
    # an opinion framed as someone's ("Para a politóloga X, …"), then a dropped subject
    (
        "A presidente do partido, Joana Brito, foi reeleita no domingo. «Não há coligação "
        "sem lealdade», disse Joana Brito aos delegados.\n\n"
        "Para o politólogo Tiago Farinha, a estratégia de Joana Brito é clara. «Ela quer "
        "mostrar força antes das eleições», explicou." + PT_MORE,
        [("Não há coligação", "Joana Brito"), ("Ela quer mostrar", "Tiago Farinha")],
    ),
    (
        "La maire sortante, Odile Garnier, a été réélue dimanche. « Rien n'est acquis », a "
        "déclaré Odile Garnier.\n\n"
        "Pour l'historien Marc Delorme, le scrutin marque un tournant. « Les électeurs ont "
        "voulu la continuité », analyse-t-il." + FR_MORE,
        [("Les électeurs ont", "Marc Delorme")],
    ),
    # guard: no framing word, the person the paragraph is about
    (
        "La maire sortante, Odile Garnier, a été réélue dimanche.\n\n"
        "Le scrutin marque un tournant pour Odile Garnier. « Rien n'est acquis », a-t-elle "
        "déclaré." + FR_MORE,
        [("Rien n'est acquis", "Odile Garnier")],
    ),
    # a role, the place where it is held, then the name in commas
    (
        "As chuvas deslocaram cinco mil pessoas, segundo o Instituto Nacional de Emergência "
        "(INAE).\n\n"
        "“As equipas ainda não chegaram a todas as aldeias”, disse o delegado provincial do "
        "INAE em Tete, Bernardo Chissano, aos jornalistas." + PT_MORE,
        [("As equipas ainda", "Bernardo Chissano")],
    ),
    (
        "Des orages ont frappé le département jeudi.\n\n"
        "« La situation reste tendue », a déclaré le directeur de l'agence en Bretagne, Paul "
        "Hervé, jeudi soir." + FR_MORE,
        [("La situation reste", "Paul Hervé")],
    ),
    # guard: a place and then no name in commas
    (
        "Des orages ont frappé le département jeudi.\n\n"
        "« La situation reste tendue », a déclaré un pompier en Bretagne, jeudi soir." + FR_MORE,
        [("La situation reste", "un pompier")],
    ),
    # "son procès": the person the sentence goes on to name is the accused, not the victim
    (
        "Au deuxième jour de son procès devant la cour d’assises du Nord, à Douai, Julien "
        "Marcotte, 41 ans, a contesté mercredi avoir voulu la mort de son beau-frère, Damien "
        "Lefort, tué d’un coup de fusil en 2023.\n\n"
        "« Je voulais seulement lui faire peur », a déclaré l’accusé, la voix tremblante."
        + FR_MORE,
        [("Je voulais seulement", "Julien Marcotte")],
    ),
    (
        "No segundo dia do seu julgamento, em Braga, o antigo autarca Rui Fontoura negou ter "
        "recebido dinheiro do empresário Vítor Lage.\n\n"
        "«Nunca aceitei um cêntimo», afirmou o arguido." + PT_MORE,
        [("Nunca aceitei", "Rui Fontoura")],
    ),
    # a one-word company as a subject, then "a empresa"
    (
        "A aplicação de entregas mudou as taxas cobradas aos restaurantes em abril.\n\n"
        "Procurada pela reportagem, a Lumetra enviou uma nota em que defende a mudança. “Os "
        "valores seguem a média do mercado”, afirma a empresa." + PT_MORE,
        [("Os valores seguem", "Lumetra")],
    ),
    # guard: a one-word name of the other gender is no "empresa"
    (
        "A aplicação de entregas mudou as taxas cobradas aos restaurantes em abril.\n\n"
        "Procurada pela reportagem, o Lumetra enviou uma nota em que defende a mudança. “Os "
        "valores seguem a média do mercado”, afirma a empresa." + PT_MORE,
        [("Os valores seguem", "a empresa")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_r15frpt(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_negated_tail() -> None:
    from bot.text.speakers.roles import NEGATED_TAIL_RE

    assert NEGATED_TAIL_RE.search("Il n'a pas")
    assert NEGATED_TAIL_RE.search("Ele não quis")
    assert not NEGATED_TAIL_RE.search("Le pasteur")


def test_kept_name_back() -> None:
    from bot.text.speakers.holders import kept_name_back

    assert kept_name_back(", qui a requis l'anonymat, dit", 0)
    assert kept_name_back(", que pediu para não ser identificada", 0)
    assert not kept_name_back(", qui tient le café depuis 1990", 0)
