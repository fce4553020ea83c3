"""Speakers on short invented French and Portuguese passages, one general shape each (batch
frpt12): a reporting sentence whose speech verb stands far from the body's name opening it,
past a phrase in commas ("A Cooperativa X, que …, informou em nota que … «…»"); a body's name
whose article and an adjective after it are in lower case ("A Proteção Civil distrital indicou
… que … «…»"); a body by its kind with whose it is after a fronted phrase ("Contactée, la
direction académique du Cantal indique que … « … »"); a body by its acronym after an elided
article ("Dans un communiqué, l'ARS explique …"), named earlier with it in brackets or with a
place after it. Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE as _FR_MORE
from tests.text.speaker_cases import PT_MORE as _PT_MORE
from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # a body's name, a relative clause in commas, then the verb more than twelve words in
        "A geada de abril destruiu metade das vinhas do concelho de Alvorada do Sul.\n\n"
        "O presidente da câmara, Telmo Arruda, disse que vai pedir apoio ao governo.\n\n"
        "A Cooperativa Agrícola Serra Alta, que compra a uva de 200 famílias, "
        "informou em nota que ainda avalia os prejuízos e que pretende “pagar a uva "
        "aproveitável a preço justo” aos associados." + _PT_MORE,
        [("pagar a uva", "Cooperativa Agrícola Serra Alta")],
    ),
    (
        # a body's name ending on a lower-case adjective, the verb's object in commas first
        "A derrocada de um muro obrigou a retirar seis famílias de um prédio em Vila Serena.\n\n"
        "A moradora Júlia Sardinha, de 58 anos, contou que ouviu um estrondo de madrugada.\n\n"
        "A Proteção Civil distrital indicou, numa nota enviada às redações, que as obras de "
        "contenção vão começar em maio e durar “pelo menos dois meses”." + _PT_MORE,
        [("pelo menos dois meses", "Proteção Civil distrital")],
    ),
    (
        # a body by its kind, "de" and its place, after a fronted participle
        "Les parents d'élèves de Saint-Amans ont occupé l'école samedi matin.\n\n"
        "« On ne lâchera rien », a prévenu Mathilde Cazals, mère de deux enfants.\n\n"
        "Contactée, la direction académique du Cantal indique que la décision « tient compte "
        "des effectifs attendus » à la rentrée." + _FR_MORE,
        [("tient compte", "direction académique du Cantal")],
    ),
    (
        # an acronym after its elided article, named earlier in brackets after its lower-case
        # name and before its place
        "L'agence régionale de santé (ARS) de Haute-Garonne a confirmé la fermeture de la "
        "maternité de Montbrun.\n\n"
        "« C'est un abandon », a réagi le maire, Gilles Ferrasse.\n\n"
        "Dans un communiqué, l'ARS explique que la décision a été prise « pour garantir la "
        "sécurité des patientes »." + _FR_MORE,
        [("pour garantir", "agence régionale de santé (ARS) de Haute-Garonne")],
    ),
    (
        # an acronym named earlier with its place after it, a person quoted in between
        "L'ARS Grand-Ouest, qui a validé la suspension, parle d'une mesure provisoire.\n\n"
        "La sage-femme Corinne Lebrun a écrit au ministre. « Nous voulons une date », a-t-elle "
        "déclaré.\n\n"
        "Contactée, l'ARS indique étudier « toutes les solutions possibles » avec le CHU."
        + _FR_MORE,
        [("toutes les solutions", "ARS Grand-Ouest")],
    ),
    (
        # an acronym the text never gave before: the acronym, never the last person named
        "La tempête a couché des milliers d'arbres dans la forêt de Brocéliande.\n\n"
        "Le maire, Yann Le Goff, a visité les lieux mardi. « C'est un désastre », a-t-il dit."
        "\n\nDans un communiqué, l'ONF explique que la replantation prendra « au moins dix "
        "ans »." + _FR_MORE,
        [("au moins dix ans", "ONF")],
    ),
    (
        # a body by its kind and whose it is, after a fronted participle, someone else quoted
        # before: the body as written, not the place, nor the last person
        "L'école de Vabre-Haut fermera une classe à la rentrée.\n\n"
        "« On nous sacrifie », regrette Solène Armagnac, présidente des parents d'élèves.\n\n"
        "Contacté, le rectorat de Montrevel rappelle que la carte a été établie « en lien avec "
        "les maires » du secteur." + _FR_MORE,
        [("en lien avec", "rectorat de Montrevel")],
    ),
    (
        # after a fronted phrase, a town hall of a place
        "Les élèves de CM2 de Kerlouan ont publié un livre de recettes de leurs grands-parents."
        "\n\n« Ils ont tout écrit eux-mêmes », explique leur institutrice, Maëlle Quéré.\n\n"
        "Dans un message publié sur les réseaux sociaux, la mairie de Kerlouan a salué « une "
        "belle aventure entre générations »." + _FR_MORE,
        [("une belle aventure", "mairie de Kerlouan")],
    ),
    (
        # Portuguese: a government of a state, its verb past an aside in commas
        "As chuvas provocaram deslizamentos em seis cidades do Vale do Itajaí.\n\n"
        "“Perdemos tudo”, disse a moradora Rosângela Kuhn, de 52 anos.\n\n"
        "O governo de Santa Luzia informou, em nota, que enviou 80 bombeiros para a região e "
        "que “vai apoiar todas as famílias atingidas”." + _PT_MORE,
        [("vai apoiar", "governo de Santa Luzia")],
    ),
    (
        # "O texto afirma que … “…”" after a sentence opening on the note ("Em nota, a
        # secretaria informou …"): the body that sent it
        "A Prefeitura de Campo Alegre decretou emergência por causa da dengue.\n\n"
        "Segundo o último boletim da Secretaria Municipal de Saúde, foram 900 casos em março."
        "\n\nEm nota, a secretaria informou que vai contratar 30 agentes. O texto afirma que os "
        "postos estão “sob pressão, mas abertos” em todos os bairros." + _PT_MORE,
        [("sob pressão", "Secretaria Municipal de Saúde")],
    ),
    (
        # French: "Dans un communiqué, la société précise …" then "Le texte indique …"
        "Le transporteur Armorail supprime quatre lignes de car dans le Trégor.\n\n"
        "Dans un communiqué, Armorail précise que les horaires seront revus en juin. Le "
        "texte indique que l'entreprise veut « préserver les lignes scolaires » avant tout."
        + _FR_MORE,
        [("préserver les lignes", "Armorail")],
    ),
    (
        # "a, de son côté, salué": "for its part" in commas between the auxiliary and the
        # participle, a body's name in capitals over lower-case words before it
        "Le conseil départemental a renoncé à fermer trois lignes de car.\n\n"
        "« C'est une victoire des familles », s'est réjoui Bruno Cassagne, parent d'élève."
        "\n\nL'Association des commerçants indépendants de Mirande a, de son côté, salué dans un "
        "communiqué « une décision de bon sens »." + _FR_MORE,
        [("une décision de bon sens", "Association des commerçants indépendants de Mirande")],
    ),
    (
        # "a de son côté confirmé" without commas, after a person named in commas
        "Le fabricant de skis Alpéa a publié mardi des ventes en recul de 6 %.\n\n"
        "« C'est une année de transition », a dit la présidente, Anne Sorbet.\n\n"
        "Le directeur financier, Marc Ribaud, a de son côté confirmé une marge « au moins "
        "stable » sur l'année." + _FR_MORE,
        [("au moins", "Marc Ribaud")],
    ),
]

GUARDS: list[Case] = [
    (
        # Portuguese "por sua vez" in commas after a name, already read past: unchanged
        "O clube anunciou a saída do treinador depois de cinco derrotas seguidas.\n\n"
        "“Foi uma decisão difícil”, disse o presidente, Artur Calado.\n\n"
        "O capitão Vítor Mendonça, por sua vez, garantiu que o grupo está “unido até ao fim”."
        + _PT_MORE,
        [("unido até ao fim", "Vítor Mendonça")],
    ),
    (
        # a role's initials after its article are a person's role, not a body's acronym
        "Le groupe Vental a annoncé la fermeture de son usine de Saint-Loup.\n\n"
        "Hugues Marsolier, le PDG, a reçu les syndicats mardi. « Si un repreneur se présente, "
        "nous l'étudierons », assure le PDG." + _FR_MORE,
        [("Si un repreneur", "Hugues Marsolier")],
    ),
    (
        # a body by its kind whose complement is no name ("de l'agence"): as written, never
        # the mayor named before (frpt11: the whole phrase, no longer None)
        "La tempête a couché des milliers d'arbres dans la forêt de Brocéliande.\n\n"
        "Le maire, Yann Le Goff, a visité les lieux mardi. « C'est un désastre », a-t-il dit."
        "\n\nDans un communiqué, la direction de l'agence explique que la replantation prendra "
        "« au moins dix ans »." + _FR_MORE,
        [("au moins dix ans", "la direction de l'agence")],
    ),
    (
        # a role of a place is a person's role, not a body: its holder named before
        "Le conseil municipal de Saint-Véran a voté la fermeture de la piscine.\n\n"
        "Le maire de Saint-Véran, Jacques Allemand, a défendu la décision. Dans un entretien, le "
        "maire de Saint-Véran a évoqué « un choix douloureux mais nécessaire »." + _FR_MORE,
        [("un choix douloureux", "Jacques Allemand")],
    ),
]


@pytest.mark.parametrize("case", SHAPES)
def test_shape_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


@pytest.mark.parametrize("case", GUARDS)
def test_near_shapes_unchanged(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
