"""French and Portuguese bodies that speak, adjuncts read as no one, slogans in marks: "fait
valoir l'inspection académique", "Elle évoque …" after it, "a direção regional" after a
woman named before, "afirmou numa breve declaração no palácio", "Segundo relatos de X, a
Presidente, Y, acusou …", "sous le slogan « … »". Invented passages, with guards."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

FR_END = (
    "\n\nLes pompiers sont restés sur place jusqu'au matin pour surveiller le quartier, et la "
    "mairie a ouvert une salle pour les familles qui ne pouvaient pas rentrer chez elles."
)
PT_END = (
    "\n\nOs bombeiros ficaram no local até de manhã para vigiar o bairro, e a câmara abriu um "
    "pavilhão para as famílias que não puderam voltar para casa."
)

CASES: list[Case] = [
    # "fait valoir", "a fait savoir": a two-word verb of saying before its subject, a body here
    (
        "« Nous irons jusqu'au bout », promet Martine Leroux, présidente du comité de "
        "quartier. Le projet a été validé en mars. « Le bâtiment ne répond plus aux normes de "
        "sécurité », fait valoir l’inspection académique dans une note aux familles. Elle "
        "évoque un « report inévitable » du chantier." + FR_END,
        [
            ("Le bâtiment ne répond", "l’inspection académique"),
            ("report inévitable", "l’inspection académique"),
        ],
    ),
    (
        "Le conseil a voté mardi. « Nous ne signerons rien dans ces conditions », a fait "
        "savoir Paul Girardot, maire du village, à l'issue de la séance." + FR_END,
        [("Nous ne signerons", "Paul Girardot")],
    ),
    # the pronoun after a body's quotation is the body; not when someone is named between
    (
        "« Le réseau est saturé depuis des mois », affirme le ministère dans un communiqué. "
        "Dans un courriel, il précise qu'un « renfort temporaire » est prévu." + FR_END,
        [("Le réseau est saturé", "le ministère"), ("renfort temporaire", "le ministère")],
    ),
    (
        "« Le réseau est saturé depuis des mois », affirme le ministère dans un communiqué. "
        "Le député Marc Aubertin n'y croit pas. Il dénonce « un renfort de façade qui ne change rien »."
        + FR_END,
        [("un renfort de façade", "Marc Aubertin")],
    ),
    # a body's kind with its adjective and its whose is no woman named before
    (
        "Nadia Ferrand, une voisine, a tout vu depuis sa fenêtre. « J'ai eu très peur », "
        "dit-elle. « Les recherches se poursuivent pour retrouver le conducteur », a indiqué "
        "la direction régionale de la police judiciaire dans la soirée." + FR_END,
        [("Les recherches se poursuivent", "la direction régionale de la police judiciaire")],
    ),
    # "la préfecture" is the prefecture, not the farmers' union named before it
    (
        "Le président de l'Union des éleveurs, Jacques Morvan, a été reçu lundi. Il a promis de "
        "continuer « tant qu'il le faudra ». Dans la soirée, la préfecture a assuré que « les "
        "aides seront versées avant la fin du mois »." + FR_END,
        [("les aides seront versées", "la préfecture")],
    ),
    (
        "La Préfecture de la Somme a publié un arrêté jeudi. « Nous restons vigilants face à la "
        "montée des eaux », a indiqué la préfecture." + FR_END,
        [("Nous restons vigilants", "Préfecture de la Somme")],
    ),
    # a slogan's words after its noun are no one's; a slogan a speaker launches is theirs
    (
        "La commune a lancé une campagne d'affichage sous le slogan « Ici, on prend soin de "
        "vous », sans grand succès." + FR_END,
        [("Ici, on prend soin", None)],
    ),
    # Portuguese: a ministry's regional office, after a union leader named before
    (
        "Para Vasco Meireles, dirigente do Sindicato dos Enfermeiros do Centro, o caso é grave. "
        "Contactada pelo jornal, a Delegação Regional de Saúde do Centro garante estar a "
        "“avaliar a situação com cuidado”, sem mais pormenores." + PT_END,
        [("avaliar a situação", "Delegação Regional de Saúde do Centro")],
    ),
    # "a" before a body's noun is its article, however much follows it
    (
        "“Não vamos desistir”, garante Ana Brito, presidente da associação de pais. A decisão "
        "foi tomada em março. “Os números não justificam quatro turmas”, afirma a direção "
        "regional em comunicado." + PT_END,
        [("Os números não justificam", "a direção regional")],
    ),
    (
        "A autarquia reagiu ontem à noite. “Não aceitamos esta decisão, que prejudica milhares "
        "de famílias do concelho”, fez saber a Câmara Municipal de Valbom em comunicado." + PT_END,
        [("Não aceitamos esta decisão", "Câmara Municipal de Valbom")],
    ),
    # an adjunct opening on "numa", "no", "em" after the verb is no subject
    (
        "O primeiro-ministro Tiago Sarmento reagiu com ironia. “A oposição tem boas ideias, mas "
        "não tem contas feitas”, afirmou numa breve declaração no parlamento, sem aceitar "
        "perguntas." + PT_END,
        [("A oposição tem boas ideias", "Tiago Sarmento")],
    ),
    # "Segundo" a report, someone named in full speaks with a verb of their own
    (
        "A reunião foi tensa. Segundo relatos de duas delegações, o ministro das Finanças, "
        "Artur Quintela, acusou os parceiros de “fazer contas de merceeiro”." + PT_END,
        [("fazer contas de merceeiro", "Artur Quintela")],
    ),
    # guard: the source alone, no one named after it
    (
        "Rosa Pimentel falou à saída. Segundo ela, o novo plano é “um erro sem remédio”." + PT_END,
        [("um erro sem remédio", "Rosa Pimentel")],
    ),
    # the verb alone, then a clause of time after a comma: the person named before goes on
    (
        "A cheia levou metade do bairro. Graciete Manhiça, 41 anos, passou a noite em cima do "
        "telhado com os filhos. «Segurei o bebé ao colo até o barco chegar de manhã», conta, "
        "enquanto lava a loiça num balde." + PT_END,
        [("Segurei o bebé ao colo", "Graciete Manhiça")],
    ),
    (
        "O pequeno Tomás Reis, de sete anos, ainda não percebeu o que vai mudar. «Vou ter "
        "saudades dos meus amigos e do campo de futebol», diz, antes de correr para o "
        "recreio." + PT_END,
        [("Vou ter saudades", "Tomás Reis")],
    ),
    # guard: the subject right after the verb, then the clause of time
    (
        "O vereador Paulo Nhantumbo visitou o bairro. «Segurei o bebé ao colo até o barco "
        "chegar de manhã», conta Graciete Manhiça, enquanto lava a loiça." + PT_END,
        [("Segurei o bebé ao colo", "Graciete Manhiça")],
    ),
    # a reflexive verb of complaint in the imperfect
    (
        "As estradas estiveram cortadas três dias. “Ficámos fechados em casa para os carros "
        "oficiais passarem”, queixava-se Rosalina Duarte, que vende fruta no mercado." + PT_END,
        [("Ficámos fechados em casa", "Rosalina Duarte")],
    ),
    (
        "Um idoso não escondia a irritação. “Estes miúdos acham que se muda um país com "
        "cartazes”, resmungou, apontando para um cartaz com o slogan do partido, “Um futuro "
        "limpo”, já meio rasgado pelo vento." + PT_END,
        [("Um futuro limpo", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_r14frpt(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
