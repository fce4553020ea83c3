"""French, Spanish, Italian and Portuguese shapes of branch r18r. Invented passages.

1. "Limited itself to" and a speech verb's infinitive after a quotation ("«…», limitou-se a
   dizer.", "«…», si limita a dire un investigatore", "« … », s'est contenté de répondre un
   adjoint", "«…», se limitó a decir un concejal"): the infinitive is the speech verb, its
   subject after it or left out (the speaker of the sentence before goes on).
2. "The same source" ("disse a mesma fonte", "a ajouté la même source", "añadió esa misma
   fuente", "ha aggiunto la stessa fonte"): the source as first described ("uma fonte da
   direção"), as the demonstrative "cette source" already is; never the last person named.
3. A body issuing a statement: after a short phrase the sentence opens on, a French or
   Spanish article and a body's name in capitals ("Dans un communiqué, la Ligue de natation
   a salué « … »"); a Portuguese body's statement with a relative on it ("o Clube X emitiu
   um comunicado no qual lamenta «…»", also after "Horas depois,"); "saudou" as a speech
   verb; a Portuguese body's name over "das"/"dos" ("o Atlético das Pedras Altas", never
   "Pedras Altas"). Guard: "«…» contra a equipa e anuncia …", a phrase inside the sentence
   then "and" and a second verb, is never "contra a equipa e".
4. An epithet of a person ("relatou o rapaz", "afirmó la funcionaria") never stands for a
   body or a place the text named without a gender ("a GNR de Vale Seco", "la Unidad Fiscal
   de X"; "unidad"/"unidade"/"unità"/"unité" are organisation words): the person, or the
   epithet as written.
5. A body given by its kind, what it does and then its name ("A associação de apoio à vítima
   Laço Azul, que acompanha o caso, … lembrou que «…»", "L'association de défense des
   riverains Portvert, qui …"): the name, not "A associação".
6. A court named in full, then by its noun or its ruling ("La cour d'appel de Valombre … la
   cour relève « … »", "La Audiencia Provincial de Montealto … La sentencia afirma …"): that
   court; a ruling when the text named several courts is no one's (never the defendant).
   Common Italian, Portuguese and Basque first names the lists missed ("Samuele").
7. Italian "già" and Spanish "ya" are adverbs between an auxiliary and its verb ("Il comitato
   ha già annunciato": the subject is "Il comitato …", never "… ha già"); a document's issuer
   after an agent ("lê-se no comunicado divulgado pela Associação X").
8. Asked, then a colon, the subject left out ("Questionado sobre a renovação, foi taxativo:
   «…»", "Preguntado por su renovación, fue tajante:", "Interpellato sul rinnovo, è stato
   netto:"): the one person named in the sentence before (none when it names two).
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
)

LIMITED: list[Case] = [
    (
        "O advogado da família, Rui Tavares, não quis comentar a sentença em pormenor. «Vamos "
        "ler a decisão com calma e decidir depois», limitou-se a dizer." + PT_MORE,
        [("Vamos ler a decisão", "Rui Tavares")],
    ),
    (
        "A presidente da junta, Helena Moura, saiu da reunião sem falar aos jornalistas. «Amanhã "
        "haverá novidades para toda a gente», limitou-se a responder um vereador." + PT_MORE,
        [("Amanhã haverá novidades", "um vereador")],
    ),
    (
        IT_OPEN + "Il pubblico ministero Carlo Venturi ha aperto un fascicolo per rapina. «Sono "
        "persone che conoscevano bene la zona e gli orari», si limita a dire un investigatore."
        + IT_MORE,
        [("Sono persone che conoscevano", "un investigatore")],
    ),
    (
        IT_OPEN + "Il difensore dell'imputato, Marco Bellini, non ha voluto commentare la "
        "sentenza. «Leggeremo le motivazioni prima di decidere», si è limitato a dire." + IT_MORE,
        [("Leggeremo le motivazioni", "Marco Bellini")],
    ),
    (
        ES_OPEN + "El alcalde, Pedro Ruiz, no quiso valorar el fallo del tribunal. «Lo "
        "estudiaremos con calma y responderemos», se limitó a decir un concejal." + ES_MORE,
        [("Lo estudiaremos con calma", "un concejal")],
    ),
    (
        "Le maire, Paul Girard, n'a pas souhaité commenter la décision du tribunal. « Nous "
        "verrons bien la suite des choses », s'est contenté de répondre un adjoint." + FR_MORE,
        [("Nous verrons bien", "un adjoint")],
    ),
]

LIMITED_GUARDS: list[Case] = [
    # French "content de" after "être" is "glad to", no "limited to": the adjunct after the
    # verb is no subject, the quotation keeps no speaker from it
    (
        "Le maire, Paul Girard, a visité le chantier lundi. « Les travaux avancent bien et nous "
        "tiendrons les délais », est content de dire un adjoint." + FR_MORE,
        [("Les travaux avancent", None)],
    ),
    # a verb that is no "limited to" after the reflexive keeps its reading
    (
        IT_OPEN + "Il pubblico ministero Carlo Venturi ha aperto un fascicolo per rapina. «Sono "
        "persone che conoscevano bene la zona e gli orari», si legge nel decreto." + IT_MORE,
        [("Sono persone che conoscevano", None)],
    ),
]

SAME_SOURCE: list[Case] = [
    (
        "O treinador Vasco Amaral deixou o clube em junho. Segundo uma fonte da direção, o "
        "clube já falou com três candidatos ao lugar. «Há nomes em cima da mesa, mas nada está "
        "decidido», disse a mesma fonte." + PT_MORE,
        [("Há nomes em cima da mesa", "uma fonte da direção")],
    ),
    (
        "L'entraîneur Paul Girard a quitté le club en juin. Selon une source proche de la "
        "direction, le club a déjà contacté trois candidats. « Il y a des noms sur la table, "
        "mais rien n'est fait », a ajouté la même source." + FR_MORE,
        [("Il y a des noms", "une source proche de la direction")],
    ),
    (
        ES_OPEN + "El entrenador Pedro Ruiz dejó el club en junio. La llegada del sustituto "
        "—según una fuente de la directiva— está «prácticamente cerrada». «Faltan detalles, "
        "pero el acuerdo está hecho», explicó esa misma fuente." + ES_MORE,
        [("Faltan detalles", "una fuente de la directiva")],
    ),
    (
        IT_OPEN + "L'allenatore Carlo Venturi ha lasciato il club a giugno. Secondo una fonte "
        "della società, il club ha già sentito tre candidati. «Ci sono dei nomi sul tavolo, ma "
        "niente è deciso», ha aggiunto la stessa fonte." + IT_MORE,
        [("Ci sono dei nomi", "una fonte della società")],
    ),
]

SAME_SOURCE_GUARDS: list[Case] = [
    # no source described before: never the last person named (kept as written)
    (
        "O treinador Vasco Amaral deixou o clube em junho. O clube já falou com três "
        "candidatos ao lugar. «Há nomes em cima da mesa, mas nada está decidido», disse a "
        "mesma fonte." + PT_MORE,
        [("Há nomes em cima da mesa", "a mesma fonte")],
    ),
    # "a source of income" is no informant
    (
        ES_OPEN + "El entrenador Pedro Ruiz dejó el club en junio. El estadio es una fuente de "
        "ingresos para el club. «Faltan detalles, pero el acuerdo está hecho», explicó esa "
        "misma fuente." + ES_MORE,
        [("Faltan detalles", "esa misma fuente")],
    ),
]


@pytest.mark.parametrize("case", LIMITED, ids=lambda c: c[0][40:80])
def test_limited_to_saying(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", LIMITED_GUARDS, ids=lambda c: c[0][40:80])
def test_limited_to_saying_guards(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", SAME_SOURCE, ids=lambda c: c[0][40:80])
def test_the_same_source(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", SAME_SOURCE_GUARDS, ids=lambda c: c[0][40:80])
def test_the_same_source_guards(case: Case) -> None:
    all_right([case])


BODIES: list[Case] = [
    (
        "Le club a perdu dimanche à domicile. Dans un communiqué, la Fédération régionale de "
        "natation a salué « une victoire historique pour toute la discipline »." + FR_MORE,
        [("une victoire historique", "Fédération régionale de natation")],
    ),
    (
        "O clube perdeu no domingo em casa. Em comunicado, a Federação Regional de Natação "
        "saudou «uma vitória histórica para toda a modalidade»." + PT_MORE,
        [("uma vitória histórica", "Federação Regional de Natação")],
    ),
    (
        "O clube perdeu no domingo em casa. Horas depois, o Atlético das Pedras Altas emitiu "
        "um comunicado no qual lamenta «mais uma arbitragem desastrosa» contra a equipa e "
        "anuncia que vai pedir «todas as imagens do lance» à federação." + PT_MORE,
        [
            ("mais uma arbitragem desastrosa", "Atlético das Pedras Altas"),
            ("todas as imagens do lance", "Atlético das Pedras Altas"),
        ],
    ),
    (
        "O clube perdeu no domingo em casa. A Associação de Pais divulgou uma nota em que "
        "critica «a falta de respeito pelas famílias»." + PT_MORE,
        [("a falta de respeito", "A Associação de Pais")],
    ),
    (
        "O clube perdeu no domingo em casa. O Atlético das Pedras Altas disse que a arbitragem "
        "foi «uma vergonha para o futebol»." + PT_MORE,
        [("uma vergonha para o futebol", "O Atlético das Pedras Altas")],
    ),
]

BODY_GUARDS: list[Case] = [
    # no body named before the second verb: never the words between the phrase and "e"
    (
        "O clube perdeu no domingo em casa. Ontem à noite, lamentou-se «mais uma arbitragem "
        "desastrosa» contra a equipa e anuncia-se um protesto formal." + PT_MORE,
        [("mais uma arbitragem desastrosa", None)],
    ),
]


@pytest.mark.parametrize("case", BODIES, ids=lambda c: c[0][40:80])
def test_bodies_and_their_statements(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", BODY_GUARDS, ids=lambda c: c[0][40:80])
def test_bodies_and_their_statements_guards(case: Case) -> None:
    all_right([case])


EPITHETS: list[Case] = [
    (
        ES_OPEN + "Los peritos hallaron dos focos distintos, un dato que llevó a la fiscal Marta "
        "Olivares, de la Unidad Fiscal de Río Claro, a no descartar nada. «Hay elementos que "
        "nos obligan a investigar a fondo», afirmó la funcionaria en diálogo con este medio."
        + ES_MORE,
        [("Hay elementos que nos obligan", "Marta Olivares")],
    ),
    (
        "Foi o próprio rapaz quem, nessa noite, ligou para a GNR de Vale Seco. «Ele disse que "
        "ia fazer mal à mãe», relatou o rapaz, num depoimento lido em julgamento." + PT_MORE,
        [("Ele disse que ia fazer mal", "o rapaz")],
    ),
]

EPITHET_GUARDS: list[Case] = [
    # a person named before still takes the epithet
    (
        "O treinador Rui Tavares ligou para a GNR de Vale Seco nessa noite. «Ele disse que ia "
        "fazer mal à equipa», relatou o treinador, num depoimento lido em julgamento." + PT_MORE,
        [("Ele disse que ia fazer mal", "Rui Tavares")],
    ),
]


@pytest.mark.parametrize("case", EPITHETS, ids=lambda c: c[0][40:80])
def test_person_epithets_never_a_body(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", EPITHET_GUARDS, ids=lambda c: c[0][40:80])
def test_person_epithets_guards(case: Case) -> None:
    all_right([case])


KIND_NAMES: list[Case] = [
    (
        "A associação de apoio à vítima Laço Azul, que acompanha o caso, saudou a decisão, mas "
        "lembrou que «casos como este continuam a ser raros»." + PT_MORE,
        [("casos como este continuam", "Laço Azul")],
    ),
    (
        "L'association de défense des riverains Portvert, qui suit le dossier, a salué la "
        "décision et rappelé que « des cas comme celui-ci restent rares »." + FR_MORE,
        [("des cas comme celui-ci", "Portvert")],
    ),
]

KIND_NAME_GUARDS: list[Case] = [
    # no name closing the description: the kind as written
    (
        "A associação de moradores do bairro pediu explicações à câmara e lembrou que «casos "
        "como este continuam a ser raros»." + PT_MORE,
        [("casos como este continuam", "A associação")],
    ),
]


@pytest.mark.parametrize("case", KIND_NAMES, ids=lambda c: c[0][:40])
def test_kind_then_name(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", KIND_NAME_GUARDS, ids=lambda c: c[0][:40])
def test_kind_then_name_guards(case: Case) -> None:
    all_right([case])


COURTS: list[Case] = [
    (
        "La cour d'appel de Valombre a confirmé lundi la condamnation de Paul Girard à six ans "
        "de prison. Dans son arrêt, la cour relève que le prévenu a agi avec « un mépris "
        "constant » de ses clients." + FR_MORE,
        [("un mépris constant", "cour d'appel de Valombre")],
    ),
    (
        "O Tribunal da Relação de Vale Fundo agravou a pena do arguido para seis anos. No "
        "acórdão, o tribunal sublinha que «a violência doméstica é um crime público»." + PT_MORE,
        [("a violência doméstica", "Tribunal da Relação de Vale Fundo")],
    ),
    (
        IT_OPEN + "La Corte d'appello di Valbruna ha ridotto le pene agli organizzatori. Nella "
        "sentenza, la corte sottolinea che «la responsabilità non può essere presunta»." + IT_MORE,
        [("la responsabilità non può", "Corte d'appello di Valbruna")],
    ),
    (
        ES_OPEN + "La Audiencia Provincial de Montealto ha absuelto al técnico Pedro Ruiz. La "
        "sentencia afirma que la prueba pericial presenta «contradicciones relevantes que "
        "nadie resolvió»." + ES_MORE,
        [("contradicciones relevantes", "Audiencia Provincial de Montealto")],
    ),
    (
        "Tennis, Morandi si ritira in lacrime a Pietralta: «Il ginocchio non reggeva più»\n\n"
        "Si è chiusa tra le lacrime l'avventura di Samuele Morandi al torneo di Pietralta. Il "
        "tennista si è ritirato nel secondo set contro il francese Paul Girard.\n\n«Il "
        "ginocchio non reggeva più. Da ieri sentivo un dolore forte, stamattina ho provato a "
        "giocare ma non c'era niente da fare», ha spiegato Morandi in conferenza stampa." + IT_MORE,
        [("Il ginocchio non reggeva più. Da ieri", "Samuele Morandi")],
    ),
]

COURT_GUARDS: list[Case] = [
    # two courts named before a ruling: no one (never the defendant named last)
    (
        ES_OPEN + "La Audiencia Provincial de Montealto ha absuelto al técnico Pedro Ruiz, a "
        "quien el Juzgado de lo Penal número 2 de Montealto había condenado. La sentencia "
        "afirma que la prueba pericial presenta «contradicciones relevantes que nadie "
        "resolvió»." + ES_MORE,
        [("contradicciones relevantes", None)],
    ),
]


@pytest.mark.parametrize("case", COURTS, ids=lambda c: c[0][60:100])
def test_courts_named_before(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", COURT_GUARDS, ids=lambda c: c[0][60:100])
def test_courts_named_before_guards(case: Case) -> None:
    all_right([case])


ADVERBS_AND_AGENTS: list[Case] = [
    (
        IT_OPEN + "Il tribunale ha condannato i due imprenditori. Il comitato dei familiari ha "
        "già annunciato un ricorso. «Non ci fermeremo qui, andremo fino in fondo», si legge in "
        "un post pubblicato sulla pagina del comitato." + IT_MORE,
        [("Non ci fermeremo qui", "Il comitato dei familiari")],
    ),
    (
        "O avançado Rui Tavares deixou o clube ao fim de oito épocas. «O clube agradece ao Rui "
        "a dedicação e os golos que nos deu ao longo destes anos», lê-se no comunicado "
        "divulgado pela Associação Desportiva de Vale Fundo." + PT_MORE,
        [("O clube agradece ao Rui", "Associação Desportiva de Vale Fundo")],
    ),
]

AGENT_GUARDS: list[Case] = [
    # a common noun after the agent: never the noun and the time after it
    (
        "O avançado Rui Tavares deixou o Académico de Vale Fundo ao fim de oito épocas. «O "
        "Académico agradece ao Rui a dedicação e os golos que nos deu ao longo destes anos», "
        "lê-se no comunicado divulgado pelo clube ao início da tarde." + PT_MORE,
        [("O Académico agradece ao Rui", None)],
    ),
]


@pytest.mark.parametrize("case", ADVERBS_AND_AGENTS, ids=lambda c: c[0][60:100])
def test_adverbs_and_agents(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", AGENT_GUARDS, ids=lambda c: c[0][60:100])
def test_agent_guards(case: Case) -> None:
    all_right([case])


ASKED: list[Case] = [
    (
        ES_OPEN + "El técnico Iker Zubiaurre, de 44 años, llegó al banquillo en octubre y ha "
        "sumado 19 puntos de 24. Preguntado por su renovación, fue tajante: «Yo no pienso en "
        "contratos. Pienso en el partido de la semana que viene»." + ES_MORE,
        [("Yo no pienso en contratos", "Iker Zubiaurre")],
    ),
    (
        "O treinador Rui Tavares chegou ao clube em outubro e já somou 19 pontos em 24. "
        "Questionado sobre a renovação, foi taxativo: «Eu não penso em contratos. Penso no jogo "
        "da próxima semana»." + PT_MORE,
        [("Eu não penso em contratos", "Rui Tavares")],
    ),
    (
        IT_OPEN + "L'allenatore Dario Fantoni è arrivato in panchina a ottobre e ha raccolto 19 "
        "punti su 24. Interpellato sul rinnovo, è stato netto: «Io non penso ai contratti. "
        "Penso alla partita della prossima settimana»." + IT_MORE,
        [("Io non penso ai contratti", "Dario Fantoni")],
    ),
]

ASKED_GUARDS: list[Case] = [
    # two people named in the sentence before: no one
    (
        "O treinador Rui Tavares chegou ao clube em outubro e já somou 19 pontos em 24, mais do "
        "que o rival Paulo Sousa. Questionado sobre a renovação, foi taxativo: «Eu não penso em "
        "contratos. Penso no jogo da próxima semana»." + PT_MORE,
        [("Eu não penso em contratos", None)],
    ),
]


@pytest.mark.parametrize("case", ASKED, ids=lambda c: c[0][60:100])
def test_asked_then_colon(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", ASKED_GUARDS, ids=lambda c: c[0][60:100])
def test_asked_then_colon_guards(case: Case) -> None:
    all_right([case])
