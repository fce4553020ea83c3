"""Speakers on short invented Portuguese, Spanish and French passages, one general shape each (batch
rom12a): a speech verb with no subject after a quotation, then a comma and a lower-case adjunct
of time or place that ends the sentence ("», garantiu, logo na declaração inicial.", "», diz, a
rir.", "», responde, já de costas, a mexer o tacho."), or an adverb of time and such an adjunct
with no comma ("», garantiu logo no início da sessão."); an unnamed source opening its clause
with no article ("Fonte oficial do ministério disse que … «…»"); a name a preposition of place
governs before a colon, not the speaker ("X arrasa no Festival Y: «…»"); a relative's name
a preposition governs is not the subject a verb with no subject goes on with ("X dedicou um
tema ao pai, Y. «…», contou."); the interview and the magazine told after the verb ("»,
revelou em entrevista à revista X."); a fronted adjunct and a verb with no subject opening
the paragraph after a quotation ("«…»¶Ainda assim, alerta que … «…»"); a body by its
lower-case kind and a place after "de" ("Le syndicat des marchés de X estime que « … »"); a
habit of saying, and who reports it, after the quotation ("», costumava dizer, segundo a
família."); a body's capitalized name over a fused "of" before its verb ("a Transportes do
Norte (TDN) lamentou «…»"). Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE as _FR_MORE
from tests.text.speaker_cases import PT_MORE as _PT_MORE
from tests.text.speaker_cases import Case, outcomes
from tests.text.test_speakers_session17 import ES_MORE as _ES_MORE

_LEAD = (
    "O antigo tesoureiro do clube de remo da Foz, Adriano Pestana, negou esta segunda-feira, "
    "no tribunal de Vila Franca, ter usado o dinheiro das quotas em proveito próprio.\n\n"
)
_NEXT = "\n\nA procuradora Lurdes Vidigal pediu que o julgamento continue na próxima semana."

_AGRO = (
    "Para o agrónomo Vasco Teles, do Instituto de Agronomia, a nova rede de sensores pode "
    "mudar a forma como se trata a vinha. «Hoje muitos produtores aplicam fungicidas por "
    "calendário.»\n\n"
)
_AGRO_NEXT = "\n\nA engenheira Marta Lobo concorda com a ideia."

SHAPES: list[Case] = [
    (
        # a comma, an adverb of time and an adjunct of time to the sentence's end
        _LEAD + "«Nunca levei um tostão para casa», assegurou, logo na primeira sessão. "
        "«As contas iam todos os anos à assembleia.»" + _NEXT + _PT_MORE,
        [("Nunca levei", "Adriano Pestana"), ("As contas iam", "Adriano Pestana")],
    ),
    (
        # a comma and an adjunct of place
        _LEAD
        + "«Os recibos estão todos guardados», insistiu, à porta da sala de audiências."
        + _NEXT
        + _PT_MORE,
        [("Os recibos estão", "Adriano Pestana")],
    ),
    (
        # an adverb of time and the adjunct with no comma: not read as a subject
        _LEAD + "«Eu é que fui enganado», declarou já no fim da audiência." + _NEXT + _PT_MORE,
        [("Eu é que fui", "Adriano Pestana")],
    ),
    (
        # the Portuguese "a" and an infinitive after the comma
        _LEAD + "«Remo desde os nove anos, o clube é a minha casa», diz, a sorrir e a abanar a "
        "cabeça." + _NEXT + _PT_MORE,
        [("Remo desde os nove anos", "Adriano Pestana")],
    ),
    (
        # an adjunct, then an infinitive after a second comma
        _LEAD + "«Volto na terça», responde, já na escada, a vestir o casaco." + _NEXT + _PT_MORE,
        [("Volto na terça", "Adriano Pestana")],
    ),
    (
        # the interview and the magazine told after the verb, no subject
        _LEAD
        + "«Paguei sempre as quotas a tempo», revelou em entrevista à revista Barco Novo."
        + _NEXT
        + _PT_MORE,
        [("Paguei sempre", "Adriano Pestana")],
    ),
    (
        # a magazine told, named in one word
        _LEAD + "«O clube deve-me dinheiro a mim», disse à revista Maré." + _NEXT + _PT_MORE,
        [("O clube deve-me", "Adriano Pestana")],
    ),
    (
        # a fronted adjunct, then a verb with no subject and "que", opening the paragraph
        # after a quotation; a quotation standing alone after it
        _AGRO + "Ainda assim, alerta que a tecnologia não substitui a observação. «Nenhum "
        "sensor faz o trabalho de quem anda na vinha.»" + _AGRO_NEXT + _PT_MORE,
        [("Nenhum sensor", "Vasco Teles")],
    ),
    (
        # the same with the quotation inside the sentence
        _AGRO
        + "Mais tarde, disse que a tecnologia «não substitui a observação»."
        + _AGRO_NEXT
        + _PT_MORE,
        [("não substitui", "Vasco Teles")],
    ),
    (
        # a body by its lower-case kind and a place after "de", then the verb: the whole
        # body, not "de" and the place read as a name
        "Le marché couvert de Valbonne a rouvert mardi après deux ans de travaux.\n\n"
        "Le syndicat des marchés de Valbonne estime toutefois que les tarifs restent « parmi "
        "les plus bas du département »." + _FR_MORE,
        [("parmi les plus bas", "syndicat des marchés de Valbonne")],
    ),
    (
        # a habit of saying, then who reports it
        _LEAD + "Adriano nunca quis cargos. «Remar chega-me», costumava dizer, segundo os "
        "amigos." + _NEXT + _PT_MORE,
        [("Remar chega-me", "Adriano Pestana")],
    ),
    (
        # a body's capitalized name over a fused "of", its acronym in brackets, before the
        # verb: not the place closing it (nor a longer name that place is in)
        "Mais de cem autocarros ficaram parados esta terça-feira na Linha do Norte, no "
        "primeiro dia de greve.\n\nEm comunicado, a Transportes do Norte (TDN) lamentou «os "
        "transtornos causados aos clientes»." + _PT_MORE,
        [("os transtornos causados", "Transportes do Norte")],
    ),
    (
        # an unnamed source with no article opening its sentence
        "A greve dos estivadores parou ontem o porto de Vale Escuro.\n\n"
        "Fonte oficial do gabinete da ministra disse que o Governo está «atento à situação» "
        "e lembrou que a negociação «cabe às partes»." + _PT_MORE,
        [
            ("atento à situação", "Fonte oficial do gabinete da ministra"),
            ("cabe às partes", "Fonte oficial do gabinete da ministra"),
        ],
    ),
    (
        # an unnamed source after a fronted participle, the verb past an adjunct in commas
        "O incêndio numa fábrica de colchões de Vale Escuro obrigou a cortar a estrada.\n\n"
        "Contactada pelo nosso jornal, fonte dos bombeiros voluntários admitiu, sob anonimato, "
        "que as chamas começaram «junto ao armazém de espuma»." + _PT_MORE,
        [("junto ao armazém", "fonte dos bombeiros voluntários")],
    ),
    (
        # the same in Spanish
        "La huelga de los estibadores paralizó ayer el puerto de Valdeoscuro.\n\n"
        "Fuentes del ministerio aseguraron que el Gobierno sigue «con atención» el conflicto."
        + _ES_MORE,
        [("con atención", "Fuentes del ministerio")],
    ),
    (
        # a headline: the name a preposition of place governs before the colon is where
        "Rita Moura arrasa no Festival Sol Nascente: «Cantei para o meu pai»\n\n"
        "Foi o concerto mais aguardado da noite. Rita Moura subiu ao palco principal do "
        "festival perante vinte mil pessoas e cantou durante duas horas." + _PT_MORE,
        [("Cantei para o meu pai", "Rita Moura")],
    ),
    (
        # a relative a preposition governs in the sentence before a verb with no subject:
        # the one who speaks is the sentence's subject, not the relative
        "A fadista Joana Prates atuou ontem no Coliseu de Vale Alto, perante oito mil "
        "pessoas.\n\nNo fim, Joana Prates dedicou um tema ao pai, Manuel Prates, sentado na "
        "primeira fila. «Foi ele que me levou à primeira aula de guitarra», contou." + _PT_MORE,
        [("Foi ele que me levou", "Joana Prates")],
    ),
]

# near shapes whose reading must not change
GUARDS: list[Case] = [
    (
        # the adjunct in its own commas, then the subject
        "O conselho de administração da Águas do Sado reuniu-se de urgência.\n\n"
        "«A água é segura», garantiu, na mesma sessão, a ministra Raquel Sobral." + _PT_MORE,
        [("A água é segura", "Raquel Sobral")],
    ),
    (
        # the Portuguese article after the comma opens the subject, not an infinitive
        "O conselho de administração da Águas do Sado reuniu-se de urgência.\n\n"
        "«A água é segura», garantiu, a ministra." + _PT_MORE,
        [("A água é segura", None)],
    ),
    (
        # a noun with an infinitive's ending after the article
        "O conselho de administração da Águas do Sado reuniu-se de urgência.\n\n"
        "«Ninguém nos avisou», diz, a mulher do pescador." + _PT_MORE,
        [("Ninguém nos avisou", None)],
    ),
    (
        # the subject after the interview and the magazine
        _LEAD + "«Ele nunca tirou nada», disse em entrevista à revista Barco Novo o advogado "
        "do antigo tesoureiro, Caetano Brás." + _NEXT + _PT_MORE,
        [("Ele nunca tirou nada", "Caetano Brás")],
    ),
    (
        # after a sentence about a body in the same paragraph, the verb is not read so
        _AGRO + "A Associação de Viticultores discorda. Mais tarde, disse que a tecnologia «não "
        "substitui a observação»." + _AGRO_NEXT + _PT_MORE,
        [("não substitui", None)],
    ),
    (
        # a person's particle is read as before
        "Le marché couvert de Valbonne a rouvert mardi après deux ans de travaux.\n\n"
        "Le général Charles de Gaulle disait que les marchés restent « le cœur battant des "
        "villes »." + _FR_MORE,
        [("le cœur battant", "Charles de Gaulle")],
    ),
    (
        # a habit of saying with its subject after it
        _LEAD
        + "«A verdade vem sempre ao de cima», costuma repetir o procurador Rui Almada."
        + _PT_MORE,
        [("A verdade vem", "Rui Almada")],
    ),
    (
        # a person's name over "da" is read whole as before
        "Mais de cem autocarros ficaram parados esta terça-feira na Linha do Norte.\n\n"
        "A motorista Maria da Conceição Lopes disse que os turnos são «longos demais»." + _PT_MORE,
        [("longos demais", "Maria da Conceição Lopes")],
    ),
    (
        # a source of a capitalized body is that source, not the body (as writers key it)
        "A greve dos estivadores parou ontem o porto de Vale Escuro.\n\n"
        "Fonte oficial do Ministério do Mar disse que o Governo está «atento à situação»."
        + _PT_MORE,
        [("atento à situação", "Fonte oficial do Ministério do Mar")],
    ),
    (
        # a surname Fontes is a person
        "A greve dos estivadores parou ontem o porto de Vale Escuro.\n\n"
        "O sindicalista Artur Fontes disse que os trabalhadores estão «cansados de promessas»."
        + _PT_MORE,
        [("cansados de promessas", "Artur Fontes")],
    ),
    (
        # the name ending the clause before the colon is the speaker when no preposition
        # governs it
        "O concerto foi longo. No Festival Sol Nascente, quem brilhou foi Rita Moura: «Cantei "
        "para o meu pai.»" + _PT_MORE,
        [("Cantei para o meu pai", "Rita Moura")],
    ),
    (
        # the Portuguese article before a relative's noun opens that relative's own clause
        "A pescadora Rosa Amaral sai para o mar todas as madrugadas há trinta anos.\n\n"
        "Em casa, a conversa é outra. A filha, Inês Amaral, é enfermeira e nunca quis seguir "
        "a mãe. «Passei a infância com medo dos temporais», conta." + _PT_MORE,
        [("Passei a infância", "Inês Amaral")],
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
