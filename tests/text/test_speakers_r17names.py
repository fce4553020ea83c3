"""A speaker named whole, not by a fragment of the name the text gives them: a person called
by the given names alone after the full name ("María José" after "María José Ortega Lara");
an English first name that is a Romance pronoun ("Ella X"); a given name no list holds right
after a title ("MP Abdikadir Omar Farah"); a stage name's "MC"/"DJ"; a body's name over
"and" with a group's possessive ("the X and District Crabbers’ Association"), over its
kind's adjectives ("la Città metropolitana di X"), over a German genitive ("das
Sozialministerium des Landes"), over Dutch "en" ("De Bond Transport en Opslag"), an English
"Port of X"; a body named in full, then by its head word alone ("a Prefeitura", "Het
Ouderplatform"). Guards: a surname alone still resolves to the full name; a place or a rank
after a title is no part of the name; a name used alone before its longer form keeps its
own. Invented passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, PT_MORE, Case, outcomes

CASES: list[Case] = [
    # given names alone after the full name (Spanish, Portuguese)
    (
        "Faltan medicinas en el centro de salud de Valdecañas\n\n"
        "Ana Lucía Ferrero Vidal, de 63 años, lleva dos meses esperando su tratamiento. "
        "Cada semana viaja en autobús hasta la capital para preguntar.\n\n"
        "El director del centro, Tomás Iriarte, reconoce los retrasos.\n\n"
        "Mientras tanto, Ana Lucía sigue esperando. “Yo voy a seguir viniendo”, dice. "
        "“Alguien tendrá que contestarme.”",
        [("Yo voy a seguir viniendo", "Ana Lucía Ferrero Vidal")],
    ),
    (
        "Costureiras cobram pagamento de desfile\n\n"
        "A costureira Maria da Penha Torres Moura, de 58 anos, coordena o grupo de artesãs "
        "que bordou as peças da coleção apresentada em São Paulo.\n\n"
        "O estilista Rodrigo Faria não quis comentar.\n\n"
        'Segundo Maria da Penha, cada artesã recebeu um valor fixo por peça. "Ninguém '
        'explicou quanto a marca ia ganhar com o nosso trabalho", afirmou.' + PT_MORE,
        [("Ninguém explicou quanto", "Maria da Penha Torres Moura")],
    ),
    (
        "Moradores pedem contenção de encosta\n\n"
        "A aposentada Ana Paula Cunha Reis mora há trinta anos na rua mais alta do morro.\n\n"
        "A Defesa Civil fez uma vistoria na terça-feira.\n\n"
        'Ana Paula, por enquanto, está na casa de um filho. "Só quero voltar para a minha '
        'casa", diz.' + PT_MORE,
        [("Só quero voltar para a minha", "Ana Paula Cunha Reis")],
    ),
    # guard: a surname alone after the full name still resolves to it
    (
        "Faltan medicinas en el centro de salud de Valdecañas\n\n"
        "Ana Lucía Ferrero Vidal, de 63 años, lleva dos meses esperando su tratamiento.\n\n"
        "“Yo voy a seguir viniendo”, dijo Ferrero.",
        [("Yo voy a seguir viniendo", "Ana Lucía Ferrero Vidal")],
    ),
    # guard: two women named with the same given names; those alone name neither
    (
        "Dos hermanas, dos caminos\n\n"
        "María José Ortega Lara dirige la cooperativa desde 2010. Su prima, María José "
        "Bernal Ruiz, se fue a Madrid hace dos décadas.\n\n"
        "“Aquí se vive tranquilo”, dice María José Ortega Lara.\n\n"
        "Un vecino, Julián Prats, las conoce a las dos. “María José siempre fue la más "
        "valiente”, dice él.",
        [("Aquí se vive tranquilo", "María José Ortega Lara")],
    ),
    # guard: a Spanish pronoun opening a sentence stays a pronoun
    (
        "Faltan medicinas en el centro de salud de Valdecañas\n\n"
        "La enfermera Rosa Quintana Gil atiende a más de cuarenta pacientes al día en el "
        "centro de salud del barrio.\n\n"
        "Ella explicó que faltan insumos desde marzo. “No tenemos ni gasas”, afirmó.",
        [("No tenemos ni gasas", "Rosa Quintana Gil")],
    ),
    # an English first name that is a Romance pronoun
    (
        "Singer pays tribute to mentor\n\n"
        "Tributes poured in on Sunday for the folk singer Marjorie Doolin, who died aged 88.\n\n"
        "Ella Brancati, 31, who grew up in the area, said Doolin had taught her to sing. "
        '"I owe her my first stage," Brancati said.',
        [("I owe her my first stage", "Ella Brancati")],
    ),
    # a given name no list holds right after a title
    (
        "Drought hits northern farms\n\n"
        "Outside the county offices, Wajir East MP Abdikadir Omar Farah said northern farmers "
        "had once again been forgotten.\n\n"
        '"We have waited three seasons for the boreholes," he told journalists.',
        [("We have waited three seasons", "Abdikadir Omar Farah")],
    ),
    # guards: a rank or a place after a title is no part of the name
    (
        "Fraudster jailed for six years\n\n"
        "A fraudster who posed as a bank manager was jailed on Friday.\n\n"
        "Detective Constable Vanessa Lowry said the victims had lost their savings. "
        '"This was cruel and calculated," she said.',
        [("This was cruel and calculated", "Vanessa Lowry")],
    ),
    (
        "Trade talks at risk, warns Beijing\n\n"
        "Talks on a new trade deal between the two countries stalled on Tuesday.\n\n"
        "China's ambassador to Britain Liu Xiaoming said the talks were at risk. "
        '"We want a fair deal," he said.',
        [("We want a fair deal", "Liu Xiaoming")],
    ),
    # a stage name's initials
    (
        "Gol de placa viraliza nas redes\n\n"
        "O gol do meia Kauê, de 17 anos, foi o mais comentado da rodada.\n\n"
        'O cantor MC Kaio Norte, torcedor do clube, publicou um vídeo do lance: "Nasceu '
        'um craque, é cria da nossa quebrada!".' + PT_MORE,
        [("Nasceu um craque", "MC Kaio Norte")],
    ),
    # a body's name over "and", a group's possessive inside it
    (
        "Quota deal angers inshore crews\n\n"
        "The government agreed the new quotas late on Monday after two days of talks.\n\n"
        "The Pellow and District Crabbers’ Association described the deal as “a betrayal of "
        "every small boat on this coast”.",
        [("a betrayal of every small boat", "Pellow and District Crabbers’ Association")],
    ),
    # a town ending in "-ing" opens a body's name
    (
        "Bins to be collected fortnightly\n\n"
        "Households will have their bins emptied every two weeks from April.\n\n"
        'Epping Forest District Council said the change would "save money and cut '
        'emissions".',
        [("save money and cut", "Epping Forest District Council")],
    ),
    # Italian: a body's head noun and its adjectives before "di"
    (
        "Frana sulla provinciale, strada chiusa per settimane\n\n"
        "La frana è caduta nella notte tra sabato e domenica e ha travolto un tratto di muro "
        "lungo la strada provinciale che collega i due paesi della valle.\n\n"
        'La Città metropolitana di Bari, competente per la strada, ha annunciato "un piano '
        'straordinario" per le strade.\n\n'
        'L\'Azienda ospedaliera di Sestri, in una breve nota, ha espresso "piena fiducia" '
        "nei propri medici.",
        [
            ("un piano straordinario", "Città metropolitana di Bari"),
            ("piena fiducia", "L'Azienda ospedaliera di Sestri"),
        ],
    ),
    # German: a body and its genitive
    (
        "Geburtsstation in Hebrode schließt im Sommer\n\n"
        "Die Geburtsstation des Kreiskrankenhauses wird zum 30. Juni geschlossen. Das hat der "
        "Aufsichtsrat am Dienstag beschlossen.\n\n"
        "Das Sozialministerium des Landes erklärte auf Anfrage, die Versorgung bleibe „auch "
        "nach der Schließung gesichert“.",
        [("auch nach der Schließung", "Das Sozialministerium des Landes")],
    ),
    # Dutch: a body's name over "en"; an English "Port of X"
    (
        "Bezorgers klagen over werkdruk\n\n"
        "Pakketbezorgers in de regio maken steeds langere dagen, blijkt uit een rondgang van "
        "deze krant langs depots in het oosten van het land.\n\n"
        "De Bond Transport en Opslag spreekt van “een vorm van uitbuiting op de weg” en wil "
        "een uurloon.\n\n"
        "Port of Zeebrugge-Oostende laat weten dat het “de situatie nauwlettend volgt”.",
        [
            ("een vorm van uitbuiting", "Bond Transport en Opslag"),
            ("de situatie nauwlettend volgt", "Port of Zeebrugge-Oostende"),
        ],
    ),
    # French: a ministry in lower case named in full, then "le ministère" and "il"
    (
        "Tempête de verglas : des milliers de foyers sans courant\n\n"
        "Plus de 200 000 foyers étaient toujours privés d'électricité mercredi soir après "
        "le passage de la tempête de verglas sur le sud de la province.\n\n"
        "Le ministère de la Santé publique rappelle qu'il ne faut jamais utiliser une "
        "génératrice à l'intérieur. « Le monoxyde de carbone est inodore », a insisté le "
        "ministère. Dans un courriel, il précise que « les urgences sont prêtes »." + FR_MORE,
        [
            ("Le monoxyde de carbone", "ministère de la Santé publique"),
            ("les urgences sont prêtes", "ministère de la Santé publique"),
        ],
    ),
    # guard: a company after "le groupe" keeps its own name
    (
        "Fermeture d'usine : 180 emplois menacés\n\n"
        "Le groupe Belcourt Emballages a annoncé mardi la fermeture de son usine de Vireux, "
        "qui emploie 180 salariés.\n\n"
        "« La baisse des volumes est durable », a justifié le groupe dans un communiqué." + FR_MORE,
        [("La baisse des volumes est durable", "Belcourt Emballages")],
    ),
    # a body named in full, then by its head word alone
    (
        "Wachtlijsten voor diagnose blijven groeien\n\n"
        "Volgens een bevraging van het Ouderplatform Dyslexie Limburg bij ruim 700 ouders "
        "wachten kinderen gemiddeld veertien maanden.\n\n"
        "Het Ouderplatform spreekt van een ‘structureel probleem’ en vraagt extra middelen.",
        [("structureel probleem", "Ouderplatform Dyslexie Limburg")],
    ),
    # guard: a name used alone before its longer form keeps its own
    (
        "Search giant launches TV service\n\n"
        "The search company Google has launched a service that lets people search television "
        "programmes.\n\n"
        "The service, Google Video, searches the captions that come with programmes.\n\n"
        '"We plan to add more channels," a Google spokesperson told reporters.',
        [("We plan to add more channels", "Google")],
    ),
    (
        "Muro desaba e moradores cobram obra\n\n"
        "Os moradores dizem que o problema foi comunicado à Prefeitura de Vale Alto do Norte "
        "em setembro.\n\n"
        'Em nota, a Prefeitura afirmou que o local "estava incluído no cronograma de '
        'vistorias".' + PT_MORE,
        [("estava incluído no cronograma", "Prefeitura de Vale Alto do Norte")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_r17names(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
