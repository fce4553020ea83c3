"""Speakers on short invented French and Portuguese passages, one general shape each (batch
frpt9): a headline whose colon follows an event rather than a person, a person introduced by
the first name alone with an age, and the shapes that look like them. Every speaker exact."""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes
from tests.text.speaker_cases import FR_MORE as _FR_MORE
from tests.text.speaker_cases import PT_MORE as _PT_MORE
from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # a headline's quotation after an event and a place: the body's attribution of the
        # same words, not the event
        "Inondations à Sainte-Orne : « l'eau est montée en dix minutes »\n\n"
        "La rivière est sortie de son lit dans la nuit de samedi à dimanche. « L'eau est "
        "montée en dix minutes, on n'a rien pu sauver », a expliqué le maire, Didier "
        "Carabin, devant la mairie." + _FR_MORE,
        [("l'eau est montée", "Didier Carabin"), ("L'eau est montée", "Didier Carabin")],
    ),
    (
        # Portuguese: the same
        "Cheias em Vila Serena: «a água subiu em dez minutos»\n\n"
        "O rio galgou as margens durante a madrugada de domingo. «A água subiu em dez "
        "minutos, não conseguimos salvar nada», disse o presidente da câmara, Hélder Maciel."
        + _PT_MORE,
        [("a água subiu", "Hélder Maciel"), ("A água subiu", "Hélder Maciel")],
    ),
    (
        # a headline that names its speaker keeps them
        "Gilles Peuchot : « la halle fermera en juin »\n\n"
        "Le maire de Saint-Armel, Gilles Peuchot, a confirmé lundi la décision. « La halle "
        "fermera en juin, c'est acté », a-t-il déclaré." + _FR_MORE,
        [("la halle fermera", "Gilles Peuchot")],
    ),
    (
        # a person given by the first name alone and an age in commas: the "elle" after
        "Un incendie a ravagé un immeuble de la rue des Lilas dans la nuit de mardi.\n\n"
        "Zénobie, 38 ans, qui vit au cinquième étage avec ses enfants, n'a rien oublié. "
        "« J'ai vu la fumée sous la porte, raconte-t-elle. J'ai réveillé les petits. »" + _FR_MORE,
        [("J'ai vu la fumée", "Zénobie")],
    ),
    (
        # Portuguese: the same with "de 44 anos"
        "Um incêndio destruiu um prédio da Rua das Flores na madrugada de terça-feira.\n\n"
        "Iracema, de 44 anos, que mora no quinto andar com os filhos, não esqueceu nada. "
        "«Vi o fumo a entrar por baixo da porta», contou ela." + _PT_MORE,
        [("Vi o fumo", "Iracema")],
    ),
    (
        # a quotation standing alone after a sentence about a relative, closing on its full
        # stop before another sentence that quotes a second relative with the same surname
        "Un incendie a ravagé un immeuble de la rue des Lilas dans la nuit de mardi.\n\n"
        "Venue de Rouen dès l'aube, sa nièce, Maëlle Corbineau, 35 ans, retenait ses larmes. "
        "« Ma tante avait peur du feu. Elle n'allumait plus le four. » Près d'elle, son "
        "cousin, Gaspard Corbineau, a seulement dit : « Elle ne méritait pas ça. »" + _FR_MORE,
        [("Ma tante avait", "Maëlle Corbineau"), ("Elle ne méritait", "Gaspard Corbineau")],
    ),
    (
        # French "Jean" is a man's name: "elle" is the daughter named before him, not him
        "Dans trois semaines, la pharmacie du village fermera ses portes après soixante ans.\n\n"
        "Odile Brassac tient l'officine depuis 1995. Avant elle, il y avait eu son père. Jean "
        "Brassac a exercé ici pendant trente ans et vit toujours à côté.\n\n"
        "Elle a fait le compte : des milliers d'ordonnances, autant de conseils.\n\n"
        "« Le métier, je l'aime. Le problème, c'est qu'on est devenus seuls. »" + _FR_MORE,
        [("Le métier, je", "Odile Brassac")],
    ),
    (
        # a role noun that spoke once for a person stays theirs in a portrait, though a
        # relative of the same gender was named in between
        "Tomás Beirão tinha 52 anos e dois joelhos operados quando viu o filho entrar em campo "
        "com o apito na mão.\n\n"
        "“Olhei para ele e pensei: agora estou tramado”, contou o goleiro, sentado à "
        "porta de casa.\n\n"
        "Duarte Beirão, 24 anos, apita jogos distritais desde os 18. “Pedi para sair da "
        "escala, mas disseram que não havia regra nenhuma sobre isso”, disse Duarte.\n\n"
        "O goleiro conta o resto devagar, como quem ainda está lá.\n\n"
        "“Foi pênalti claro. Olhei para ele a pedir misericórdia e ele nem pestanejou.”" + _PT_MORE,
        [("Olhei para ele e", "Tomás Beirão"), ("Foi pênalti claro", "Tomás Beirão")],
    ),
    (
        # "diz o texto" after a sentence sending a note: the one who sent it
        "A cooperativa Serra Verde foi condenada a devolver dois milhões aos associados.\n\n"
        "O advogado Joaquim Ventura, que representa a direção da cooperativa, afirmou em nota "
        "que vai recorrer. “A decisão ignora a seca dos últimos dois anos”, diz o texto."
        + _PT_MORE,
        [("A decisão ignora", "Joaquim Ventura")],
    ),
    (
        # French: "indique le communiqué"
        "Le club de Saint-Armel a été relégué en division inférieure samedi soir.\n\n"
        "Le président du club, Gaëtan Morvan, qui dirige aussi la ligue régionale, a réagi "
        "dans un communiqué dimanche. « Nous ferons appel de cette décision injuste », "
        "indique le communiqué." + _FR_MORE,
        [("Nous ferons appel", "Gaëtan Morvan")],
    ),
    (
        # an "according to" citing a note and the body that issued it
        "O árbitro da final foi escolhido “por sorteio, como manda o regulamento”, segundo "
        "nota da Liga Distrital de Futebol de Serpa divulgada na véspera." + _PT_MORE,
        [("por sorteio", "Liga Distrital de Futebol de Serpa")],
    ),
    (
        # a sentence with no document keeps the text's own reading: no issuer invented
        "Le club de Saint-Armel a été relégué en division inférieure samedi soir.\n\n"
        "« Nous ferons appel de cette décision injuste », indique le texte." + _FR_MORE,
        [("Nous ferons appel", None)],
    ),
    (
        # a paragraph that is only quotation after one about a person whose name holds a
        # particle after the first name: the whole name, not the part after "da"
        "Um incêndio destruiu trezentos hectares de mato na serra durante o fim de semana.\n\n"
        "Ana da Conceição Gouveia, de 81 anos, viu o fogo descer a encosta. Estava sozinha "
        "em casa: o marido morreu há dois anos e os filhos estão emigrados em França.\n\n"
        "«Pensei que ia perder tudo. O fumo era tanto que já não se via a torre da igreja. "
        "Foram os vizinhos que me vieram buscar.»" + _PT_MORE,
        [("Pensei que ia", "Ana da Conceição Gouveia")],
    ),
    (
        # a phrase in marks ending a sentence that opens on a possessive kinship noun and the
        # relative's name in commas: that relative
        "Jeannine Morvan est décédée mardi à l'âge de 91 ans. Elle avait tenu l'épicerie du "
        "bourg pendant quarante ans.\n\n"
        "Son fils, Alain Morvan, 66 ans, garde le souvenir d'une mère « qui ne s'asseyait "
        "jamais »." + _FR_MORE,
        [("qui ne s'asseyait", "Alain Morvan")],
    ),
    (
        # a speech verb with no subject after a sentence opening on someone unnamed: that
        # description, not the person named in the paragraph before
        "Um incêndio destruiu trezentos hectares de mato na serra durante o fim de semana.\n\n"
        "O presidente da junta, Abílio Sarmento, esteve no terreno desde as primeiras horas.\n\n"
        "Um vizinho, que ajudou a travar as chamas com uma mangueira, garante que a população "
        "foi decisiva. «Andámos aqui com baldes até os bombeiros chegarem», contou." + _PT_MORE,
        [("Andámos aqui", "um vizinho")],
    ),
    (
        # a Portuguese unnamed source of a body is that source, as "a source close to the
        # club" is (not the body: writers key "fonte da PSP")
        "Um incêndio destruiu trezentos hectares de mato na serra durante o fim de semana.\n\n"
        "Fonte da PSP adiantou que a investigação está entregue à Polícia Judiciária e que, "
        "nesta fase, «nenhuma hipótese está afastada», incluindo a de fogo posto." + _PT_MORE,
        [("nenhuma hipótese", "Fonte da PSP")],
    ),
    (
        # an institution whose name lists its charges with commas and "e"
        "Os pesquisadores descreveram uma nova espécie de peixe na bacia do rio.\n\n"
        "Em nota, o Ministério da Agricultura, Pescas e Florestas afirmou que a descoberta "
        "“reforça a importância do investimento em pesquisa”." + _PT_MORE,
        [("reforça a importância", "Ministério da Agricultura, Pescas e Florestas")],
    ),
    (
        # a Portuguese association's whole name, as the subject of "mas disse em nota"
        "O antigo presidente da cooperativa foi condenado a nove anos de prisão.\n\n"
        "A Associação dos Pequenos Aforradores do Vale, que reúne cerca de 3.000 pessoas, "
        "comemorou a decisão, mas disse em nota que a condenação “não devolve um cêntimo a "
        "quem perdeu tudo”." + _PT_MORE,
        [("não devolve", "Associação dos Pequenos Aforradores do Vale")],
    ),
    (
        # a French theatre's whole name
        "La pièce se crée ce mois-ci à Lyon avec un comédien de 74 ans.\n\n"
        "Le Théâtre du Pont-Neuf, qui coproduit le spectacle, indique que les représentations "
        "sont « déjà complètes à 90 % »." + _FR_MORE,
        [("déjà complètes", "Théâtre du Pont-Neuf")],
    ),
    (
        # an acronym spelt out earlier by a name with a hyphenated word: one initial a part
        "O presidente da câmara de Vila Serena renunciou ao mandato após buscas da polícia.\n\n"
        "Segundo um comunicado da Inspeção-Geral de Finanças (IGF), a operação envolveu "
        "catorze buscas. A IGF indicou que estão em causa «factos suscetíveis de integrar "
        "crimes de corrupção», sem adiantar o número de arguidos." + _PT_MORE,
        [("factos suscetíveis", "Inspeção-Geral de Finanças")],
    ),
    (
        # a court report: "la prévenue" is the woman tried, not the presiding judge named
        # last; the question standing alone after her answer is the judge's
        "Elle parle d'une voix si basse que la présidente doit lui demander de s'approcher. "
        "Sandrine Kerhervé, 48 ans, comparaissait jeudi devant le tribunal correctionnel de "
        "Rennes pour abus de confiance.\n\n"
        "La présidente, Odile Marchadier, feuillette le dossier. « Madame, vous avez ouvert un "
        "second compte en 2018. Pourquoi ? »\n\n"
        "« Pour payer les fournisseurs », répond la prévenue.\n\n"
        "« Quels fournisseurs ? »" + _FR_MORE,
        [
            ("Madame, vous avez", "Odile Marchadier"),
            ("Pour payer", "Sandrine Kerhervé"),
            ("Quels fournisseurs", "Odile Marchadier"),
        ],
    ),
    (
        # Portuguese: "o réu" after the court sentenced him
        "O Tribunal de Braga condenou nesta terça-feira o antigo tesoureiro do clube, Rui "
        "Sardinha, 61 anos, a cinco anos de prisão por peculato.\n\n"
        "No interrogatório, o juiz Tomás Valente perguntou-lhe pelas transferências. «Foram "
        "todas aprovadas pela direção», respondeu o réu." + _PT_MORE,
        [("Foram todas", "Rui Sardinha")],
    ),
    (
        # an adverb of time between the inverted speech verb and the epithet
        "Há cinco anos, o fogo destruiu metade da aldeia de Vale Escuro, na Beira Baixa.\n\n"
        "Da varanda de Artur Quelhas vê-se o vale inteiro. O antigo presidente da junta "
        "lembra-se de tudo.\n\n"
        "«Ardeu tudo menos a vontade», diz agora o septuagenário, enquanto serve um café."
        + _PT_MORE,
        [("Ardeu tudo", "Artur Quelhas")],
    ),
    (
        # a role noun before the place it serves: the holder named before, not the place
        "Há cinco anos, o fogo destruiu metade das casas da região, na Beira Baixa.\n\n"
        "Da varanda de Artur Quelhas vê-se o vale inteiro. Naquela tarde viu-se o fogo a "
        "subir a encosta, «como um comboio sem travões», recorda o antigo presidente da "
        "junta de freguesia de Vale Escuro." + _PT_MORE,
        [("como um comboio", "Artur Quelhas")],
    ),
    (
        # ... but a name after the role is that person
        "Le conseil a voté lundi soir le budget de la commune pour l'année prochaine.\n\n"
        "« Toutes les options restent sur la table », a précisé le directeur des finances de "
        "Saint-Armel, Lucien Hamonic." + _FR_MORE,
        [("Toutes les options", "Lucien Hamonic")],
    ),
    (
        # an elided article hides the gender its noun's ending shows: "l'élue" is the woman
        # named before, not the minister named after her
        "Le gouvernement a défendu mardi sa réforme devant l'Assemblée nationale.\n\n"
        "Le ministre du Travail, Olivier Brancourt, a longuement répondu aux questions. "
        "Plus tôt, il avait été interpellé par la députée du Finistère Nolwenn Quéré.\n\n"
        "« Combien de chômeurs avez-vous rencontrés avant d'écrire ce texte ? », a lancé "
        "l'élue." + _FR_MORE,
        [("Combien de chômeurs", "Nolwenn Quéré")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][-60:-30])
def test_shape_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_two_people_sentenced_make_no_one_the_defendant() -> None:
    # "la prévenue" after "a condamné X et Y": neither alone, and not the judge named last
    text = (
        "Elle parle d'une voix si basse que la présidente doit lui demander de s'approcher. "
        "Le tribunal correctionnel de Rennes a condamné jeudi Sandrine Kerhervé et Nadia Le "
        "Goff, 48 ans, pour abus de confiance.\n\n"
        "La présidente, Odile Marchadier, feuillette le dossier.\n\n"
        "« Nous ferons appel », répond la prévenue." + _FR_MORE
    )
    assert [q.speaker for q in find_quotes(text)] == [None]
    one = text.replace(" et Nadia Le Goff", "")
    assert [q.speaker for q in find_quotes(one)] == ["Sandrine Kerhervé"]
