"""French, Spanish, Italian, Portuguese and Dutch speaker shapes of this round (each passage
invented, ordinary news copy).

Dutch opens a sentence on the object of "noemen" and puts the subject after the verb ("Het
plan noemt de VN ‘…’"). "Para X, …, el proyecto llega tarde: «…»" frames an opinion as X's;
"Como dice el dicho" has no speaker. A role of a place or a body is the role, never the place
("le directeur de cabinet du préfet de la Gironde", "il ministro della Salute:", "Dal
Viminale fanno sapere"), and goes to the person the text introduced with the bare role when
it named the place elsewhere ("El alcalde, Ramón X," … "el alcalde de Vigo"), but not to
someone introduced with another complement ("son directeur de campagne, X" is not "le
directeur général des services"). A body's name runs over "de l'…" ("La Commission nationale
de l'informatique et des libertés"). Someone unnamed opens the sentence before a quotation
whose verb has no subject ("una vecina mayor aguardaba …"); a fronted object taken up by a
clitic is no subject ("El aviso lo dio la hermana, Marta X,"); an unnamed user on a platform
is the user ("un utente su X"), "Un altro ribatte:" another one. A fused preposition opening
a sentence ("Nas redes sociais", "Op Instagram") is no speaker. Guards keep the near-misses.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, PT_MORE, Case, outcomes
from tests.text.test_speakers_session17 import ES_MORE, IT_MORE, NL_MORE

_NL_HEAD = (
    "Het rapport van de inspectie over de opvang van asielzoekers verscheen dinsdag en leidde "
    "direct tot vragen in de Tweede Kamer, waar verschillende partijen een debat aanvroegen.\n\n"
)

CASES: list[Case] = [
    # ---------------------------------------------------------------- Dutch fronted object
    (
        "De Verenigde Naties (VN) maken zich grote zorgen over de situatie in het noorden van "
        "het land. Het leger en de rebellen vechten daar al weken, en er zijn tienduizenden "
        "mensen gevlucht naar kampen bij de grens, waar het eten op is en er niet genoeg "
        "water is voor iedereen.\n\n"
        "De toestand in de kampen noemt de VN ‘onhoudbaar en onmenselijk’. Hulporganisaties "
        "vragen om meer geld en om vrije doorgang voor konvooien met voedsel en medicijnen."
        + NL_MORE,
        [("onhoudbaar en onmenselijk", "Verenigde Naties")],
    ),
    (
        _NL_HEAD + "De nieuwe regels noemt minister Karin Oosterhuis ‘een stap in de goede "
        "richting’, maar de oppositie is kritisch en wil dat de Kamer nog voor de zomer stemt."
        + NL_MORE,
        [("een stap in de goede richting", "Karin Oosterhuis")],
    ),
    (
        "Minister Karin Oosterhuis presenteerde dinsdag haar plannen voor de opvang in de "
        "Tweede Kamer, waar verschillende partijen al weken om duidelijkheid vroegen over de "
        "wachtlijsten in de aanmeldcentra.\n\n"
        "Het plan noemt zij ‘een stap in de goede richting’, maar de oppositie is kritisch en "
        "wil dat de Kamer nog voor de zomer stemt over de voorstellen." + NL_MORE,
        [("een stap in de goede richting", "Karin Oosterhuis")],
    ),
    (
        _NL_HEAD + "De maatregel noemde het CDA ‘te weinig en te laat’, maar de coalitie hield "
        "vol dat er geen geld is voor meer opvangplekken dit jaar." + NL_MORE,
        [("te weinig en te laat", "CDA")],
    ),
    (
        "De gemeente Zuidhaven sluit volgend jaar het zwembad in de wijk Oosterpark, omdat de "
        "renovatie van het gebouw volgens een rapport van de provincie te duur is en het bad "
        "al jaren verlies maakt.\n\n"
        "Het besluit noemt de gemeente ‘pijnlijk maar noodzakelijk’. De bewoners van de wijk "
        "zijn boos en willen een gesprek met de burgemeester." + NL_MORE,
        [("pijnlijk maar noodzakelijk", "gemeente Zuidhaven")],
    ),
    # guard: a sentence opening on its subject keeps it ("De wethouder noemt …")
    (
        "Wethouder Sanne Bakker presenteerde woensdag het nieuwe parkeerbeleid voor het "
        "centrum van de stad, waar winkeliers al jaren klagen over de hoge tarieven en de "
        "lege plekken in de garages.\n\n"
        "De wethouder noemt het plan ‘een eerlijke verdeling van de lasten’. De winkeliers "
        "zijn minder enthousiast en dreigen met een procedure." + NL_MORE,
        [("een eerlijke verdeling", "Sanne Bakker")],
    ),
    # a conjunction after the quotation's comma opens a clause, no speaker
    (
        _NL_HEAD + "Zelfs ‘de vrije val van het vertrouwen’ kwam ter sprake, maar de coalitie "
        "hield vol dat het kabinet op koers ligt en dat er niets verandert." + NL_MORE,
        [("de vrije val", None)],
    ),
    # "Op Instagram plaatste hij …:": the pronoun after the verb, never Instagram
    (
        "De Belgische regisseur Jelle Dekkers won zaterdag de hoofdprijs van het filmfestival "
        "in Oostende met zijn speelfilm over een vissersfamilie, die hij in drie jaar met een "
        "kleine ploeg en weinig geld opnam.\n\n"
        "Op Instagram plaatste hij een foto van de trofee naast een pak frieten, met als "
        "onderschrift: ‘Dit is voor de vissers. Dank jullie wel.’" + NL_MORE,
        [("Dit is voor de vissers", "Jelle Dekkers")],
    ),
    # ---------------------------------------------------------------- Spanish
    (
        "El pueblo celebró su fiesta mayor el fin de semana con miles de visitantes llegados "
        "de toda la comarca, una feria de artesanía en la plaza y conciertos hasta la "
        "madrugada en el recinto del antiguo mercado.\n\n"
        "Como dice el dicho, «a quien madruga Dios le ayuda», y los vendedores llegaron a las "
        "cinco de la mañana para montar sus puestos antes que nadie." + ES_MORE,
        [("a quien madruga", None)],
    ),
    (
        "El Gobierno anunció ayer la compra de un nuevo radar de vigilancia aérea que se "
        "instalará en la sierra, una inversión de 90 millones de euros que las asociaciones "
        "vecinales han recibido con recelo.\n\n"
        "Para el analista de defensa Tomás Echeverría, del centro de estudios Horizonte Sur, el "
        "proyecto llega tarde pero va en la buena dirección: «Otros países tienen estas "
        "capacidades desde hace años. Nosotros siempre pedíamos prestado»." + ES_MORE,
        [("Otros países tienen", "Tomás Echeverría")],
    ),
    (
        "El Ayuntamiento de Vigo aprobó ayer de forma inicial el nuevo plan de movilidad para "
        "el centro de la ciudad, que incluye nuevos carriles bici, más zonas peatonales y la "
        "reordenación de varias líneas de autobús urbano.\n\n"
        "El alcalde, Ramón Cabanelas, defendió durante más de una hora el documento ante los "
        "concejales de la oposición, que pidieron más tiempo para estudiarlo y criticaron la "
        "falta de consultas con los comerciantes.\n\n"
        "Los comerciantes del centro se mostraron divididos sobre la propuesta durante la "
        "reunión celebrada en la sede de la asociación.\n\n"
        "«Vamos a escuchar a todos antes de aprobar nada», aseguró el alcalde de Vigo al final "
        "del pleno." + ES_MORE,
        [("Vamos a escuchar", "Ramón Cabanelas")],
    ),
    # guard: someone introduced with another role is not the mayor
    (
        "El presidente de la Diputación de Ourense, Tomás Feijoo, visitó ayer las obras de la "
        "nueva carretera de acceso a la comarca, que llevan un año de retraso por problemas "
        "con las expropiaciones de varias fincas.\n\n"
        "Los vecinos de la zona se quejan desde hace meses del ruido y del polvo que provocan "
        "las máquinas día y noche.\n\n"
        "«No podemos esperar más», dijo el alcalde de Vigo, que asistió como invitado al acto."
        + ES_MORE,
        [("No podemos esperar", "el alcalde de Vigo")],
    ),
    (
        "Las lluvias torrenciales de la madrugada inundaron varios barrios de la ciudad y "
        "obligaron a desalojar a más de trescientas personas, la mayoría vecinos de edad "
        "avanzada que vivían en plantas bajas junto al cauce del río.\n\n"
        "En el polideportivo municipal, convertido en albergue provisional, una vecina mayor "
        "aguardaba noticias de su hijo. «Me llamó a las cuatro y desde entonces no sé nada», "
        "contaba entre lágrimas." + ES_MORE,
        [("Me llamó a las cuatro", "una vecina mayor")],
    ),
    (
        "Tres montañeros que llevaban desde el sábado atrapados por una ventisca en la cara "
        "norte del pico fueron rescatados este lunes por un helicóptero.\n\n"
        "«Estaban refugiados en una grieta, abrazados para darse calor», explicó el jefe del "
        "operativo, el teniente Óscar Laguna.\n\n"
        "El aviso lo dio el sábado por la noche la hermana de uno de ellos, Marta Urquiza, al "
        "ver que no regresaban. «Me escribió a las dos diciendo que bajaban», contó a este "
        "diario." + ES_MORE,
        [("Estaban refugiados", "Óscar Laguna"), ("Me escribió a las dos", "Marta Urquiza")],
    ),
    # guard: a subject opening its sentence still speaks ("El teniente lo explicó …")
    (
        "Tres montañeros que llevaban desde el sábado atrapados por una ventisca fueron "
        "rescatados este lunes por un helicóptero del Grupo de Rescate de Montaña, que tuvo "
        "que esperar dos días a que el viento amainara.\n\n"
        "El teniente Óscar Laguna lo explicó con calma ante los periodistas. «No íbamos a "
        "poner en peligro a nadie más», dijo." + ES_MORE,
        [("No íbamos a poner", "Óscar Laguna")],
    ),
    (
        "La plataforma vecinal contra el vertedero ha convocado una concentración para el "
        "próximo sábado frente al Ayuntamiento, después de que la Junta aprobara la "
        "ampliación de la planta de residuos sin consultar a los municipios cercanos.\n\n"
        "Para los vecinos de Villanueva, la decisión es una afrenta: «Nadie nos ha "
        "preguntado nada y somos los que vamos a oler la basura cada día»." + ES_MORE,
        [("Nadie nos ha preguntado", None)],
    ),
    # ---------------------------------------------------------------- Italian
    (
        "I casi di influenza sono aumentati nelle ultime settimane in diverse regioni del "
        "Nord, e gli ospedali hanno chiesto nuovi fondi al governo per affrontare i mesi più "
        "freddi con personale sufficiente nei reparti.\n\n"
        "Il ministro della Salute: «Non c'è motivo di allarme, i controlli saranno "
        "rafforzati in tutte le regioni»." + IT_MORE,
        [("Non c'è motivo", "Il ministro della Salute")],
    ),
    (
        "I casi di influenza sono aumentati nelle ultime settimane in diverse regioni del "
        "Nord, e gli ospedali hanno chiesto nuovi fondi al governo per affrontare i mesi più "
        "freddi con personale sufficiente nei reparti.\n\n"
        "È intervenuto anche il ministro della Salute: «Non c'è motivo di allarme, i "
        "controlli saranno rafforzati»." + IT_MORE,
        [("Non c'è motivo", "il ministro della Salute")],
    ),
    (
        "I casi di influenza sono aumentati nelle ultime settimane in diverse regioni del "
        "Nord, e gli ospedali hanno chiesto nuovi fondi al governo per affrontare i mesi più "
        "freddi con personale sufficiente nei reparti.\n\n"
        "Parole del ministro della Salute: «Non c'è motivo di allarme, i controlli saranno "
        "rafforzati»." + IT_MORE,
        [("Non c'è motivo", "ministro della Salute")],
    ),
    # guard: a minister named with the role keeps the name
    (
        "I casi di influenza sono aumentati nelle ultime settimane in diverse regioni del "
        "Nord, e gli ospedali hanno chiesto nuovi fondi al governo per affrontare i mesi più "
        "freddi con personale sufficiente nei reparti.\n\n"
        "«Non c'è motivo di allarme», ha assicurato il ministro della Salute, Orazio "
        "Bellandi, al termine dell'incontro con le Regioni." + IT_MORE,
        [("Non c'è motivo", "Orazio Bellandi")],
    ),
    (
        "Lo sbarco è avvenuto nella notte al porto di Lampedusa, dove sono arrivate oltre "
        "seicento persone a bordo di dodici barchini partiti dalla Tunisia, e l'hotspot "
        "dell'isola ha di nuovo superato la capienza massima.\n\n"
        "Dal Viminale fanno sapere che «la situazione è monitorata costantemente» e che nuovi "
        "trasferimenti sono previsti già nelle prossime ore." + IT_MORE,
        [("la situazione è monitorata", "Viminale")],
    ),
    # guard: a surname "Dal X" after the full name stays the person's
    (
        "L'assessore ai Trasporti Marco Dal Lago ha presentato ieri il nuovo piano per le "
        "linee degli autobus, che prevede corse ogni dieci minuti nelle ore di punta e un "
        "servizio notturno nel fine settimana.\n\n"
        "Dal Lago ha poi aggiunto: «Entro l'estate avremo venti mezzi elettrici in più»." + IT_MORE,
        [("Entro l'estate", "Marco Dal Lago")],
    ),
    (
        "Il Comune di Bergamo ha approvato ieri in via preliminare il nuovo piano per il "
        "traffico nel centro storico, che prevede nuove piste ciclabili, più zone pedonali e "
        "la riorganizzazione di diverse linee di autobus.\n\n"
        "Il sindaco, Luca Ferrandi, ha difeso per più di un'ora il documento davanti ai "
        "consiglieri dell'opposizione, che hanno chiesto più tempo per studiarlo.\n\n"
        "I commercianti del centro si sono detti divisi sulla proposta durante l'incontro "
        "nella sede dell'associazione.\n\n"
        "«Ascolteremo tutti prima di approvare qualsiasi cosa», ha assicurato il sindaco di "
        "Bergamo al termine del consiglio." + IT_MORE,
        [("Ascolteremo tutti", "Luca Ferrandi")],
    ),
    (
        "La finale del programma ha diviso il pubblico, tra chi ha difeso il conduttore e chi "
        "ne ha chiesto la sospensione dopo la lite in diretta con una concorrente, finita con "
        "le lacrime di lei e l'intervento della regia.\n\n"
        "Il pubblico, intanto, si divide. «Giusto così, finalmente qualcuno parla chiaro», "
        "scrive un utente su X. Un altro ribatte: «Ha solo cercato lo scontro per gli "
        "ascolti»." + IT_MORE,
        [("Giusto così", "un utente"), ("Ha solo cercato", "un altro")],
    ),
    # ---------------------------------------------------------------- French
    (
        "L'incendie s'est déclaré dans la nuit de samedi à dimanche dans un entrepôt de la "
        "zone industrielle de Mérignac, où étaient stockés des pneus et des palettes, et la "
        "fumée noire était visible à plusieurs kilomètres.\n\n"
        "Selon le directeur de cabinet du préfet de la Gironde, « la situation est sous "
        "contrôle » mais les habitants doivent garder leurs fenêtres fermées." + FR_MORE,
        [("la situation est sous", "le directeur de cabinet du préfet de la Gironde")],
    ),
    (
        "L'incendie s'est déclaré dans la nuit de samedi à dimanche dans un entrepôt de la "
        "zone industrielle de Mérignac. Le directeur de cabinet du préfet, Olivier "
        "Dambreville, s'est rendu sur place dès trois heures du matin avec les secours.\n\n"
        "Selon le directeur de cabinet du préfet de la Gironde, « la situation est sous "
        "contrôle » mais les habitants doivent garder leurs fenêtres fermées." + FR_MORE,
        [("la situation est sous", "Olivier Dambreville")],
    ),
    (
        "Un laboratoire d'analyses médicales de l'agglomération a été victime d'une attaque "
        "informatique la semaine dernière, et les données de plusieurs milliers de patients "
        "ont été dérobées, dont des résultats d'examens.\n\n"
        "Pour Bastien Quéré, chercheur en sécurité à l'université de Rennes, l'affaire "
        "illustre une faiblesse du secteur.\n\n"
        "La Commission nationale de l’informatique et des libertés (CNIL) a confirmé avoir "
        "été notifiée « dans les délais légaux » et examine les mesures prises." + FR_MORE,
        [("dans les délais légaux", "La Commission nationale de l’informatique et des libertés")],
    ),
    (
        "La maire sortante, Claire Dumesnil, a été réélue dimanche soir avec seulement 212 "
        "voix d'avance sur la liste conduite par Frédéric Aubry, qui a annoncé un recours.\n\n"
        "Interrogé sur ces irrégularités, son directeur de campagne, Mehdi Charfi, a évoqué "
        "des « procurations douteuses » sans donner plus de détails.\n\n"
        "Du côté de la mairie, on se dit serein. « Tout s'est déroulé sous le contrôle des "
        "assesseurs », a répondu le directeur général des services." + FR_MORE,
        [("Tout s'est déroulé", "le directeur général des services")],
    ),
    # guard: the same role and complement the person was introduced with is theirs
    (
        "La maire sortante, Claire Dumesnil, a été réélue dimanche soir avec seulement 212 "
        "voix d'avance. Le directeur général des services, Paul Garnier, a supervisé le "
        "dépouillement dans les six bureaux de vote de la commune.\n\n"
        "Les opposants ont dénoncé des irrégularités dans deux bureaux.\n\n"
        "« Tout s'est déroulé sous le contrôle des assesseurs », a répondu le directeur "
        "général des services." + FR_MORE,
        [("Tout s'est déroulé", "Paul Garnier")],
    ),
    (
        "Le conseil municipal a voté lundi soir la fermeture de l'école du hameau à la "
        "rentrée prochaine, faute d'élèves, malgré une pétition signée par plus de quatre "
        "cents habitants et l'opposition de deux adjoints.\n\n"
        "Pour la sociologue Anne Vautrin, de l'université de Tours, la décision était "
        "prévisible : « Les communes rurales perdent leurs écoles une à une depuis vingt "
        "ans. »" + FR_MORE,
        [("Les communes rurales", "Anne Vautrin")],
    ),
    # guard: a group and its place are the group, never the place
    (
        "Le conseil municipal a voté lundi soir la fermeture de l'école du hameau à la "
        "rentrée prochaine, faute d'élèves, malgré une pétition signée par plus de quatre "
        "cents habitants et l'opposition de deux adjoints.\n\n"
        "Pour les habitants de Lyon-Vaise, la décision est incompréhensible : « On nous "
        "retire tout, la poste, l'école, et bientôt le médecin. »" + FR_MORE,
        [("On nous retire", "les habitants de Lyon-Vaise")],
    ),
    # ---------------------------------------------------------------- Portuguese
    (
        "A cantora Inês Valadares encerrou no sábado o festival de verão da cidade perante "
        "mais de vinte mil pessoas, num concerto de duas horas em que cantou os temas do novo "
        "disco e vários fados da avó, que assistiu na primeira fila.\n\n"
        "Nas redes sociais, a cantora partilhou uma fotografia abraçada à avó com a legenda: "
        "«A noite mais bonita da minha vida.»" + PT_MORE,
        [("A noite mais bonita", "Inês Valadares")],
    ),
    (
        "O presidente da Câmara, Rui Vasconcelos, apresentou ontem o plano de obras para o "
        "centro histórico, que prevê a repavimentação de doze ruas e a criação de dois "
        "parques de estacionamento na periferia da cidade.\n\n"
        "Os comerciantes da baixa receiam meses de poeira e de clientes afastados.\n\n"
        "«Vamos fazer as obras por fases, rua a rua», garantiu o presidente da Câmara no "
        "final da sessão." + PT_MORE,
        [("Vamos fazer as obras", "Rui Vasconcelos")],
    ),
    (
        "O incêndio que deflagrou na madrugada de domingo numa fábrica de cortiça obrigou a "
        "cortar a estrada nacional durante várias horas e mobilizou mais de cem bombeiros de "
        "seis corporações do distrito.\n\n"
        "Segundo o comandante dos bombeiros de Santa Maria da Feira, «o fogo ficou dominado "
        "pouco depois das seis da manhã»." + PT_MORE,
        [("o fogo ficou dominado", "o comandante dos bombeiros de Santa Maria da Feira")],
    ),
    (
        "A greve dos trabalhadores da recolha do lixo entrou ontem no terceiro dia, com "
        "contentores a transbordar em vários bairros da cidade e queixas de moradores sobre "
        "o cheiro nas ruas mais estreitas do centro.\n\n"
        "Nas redes sociais, uma moradora publicou fotografias da sua rua: «Isto já não é uma "
        "cidade, é uma lixeira.»" + PT_MORE,
        [("Isto já não é", "uma moradora")],  # (never "Nas": the resident who posted it)
    ),
    (
        "O Governo aprovou ontem o novo regime de apoio às rendas para jovens até aos 35 "
        "anos, que entra em vigor em janeiro e deverá abranger cerca de cinquenta mil "
        "famílias em todo o país, segundo as contas do Ministério.\n\n"
        "Para o economista Henrique Salgueiro, da Universidade do Minho, o programa tem um "
        "problema de fundo: «Sem mais casas no mercado, o apoio acaba no bolso dos "
        "senhorios.»" + PT_MORE,
        [("Sem mais casas", "Henrique Salgueiro")],
    ),
    # ---------------------------------------------------------------- more variants
    (
        "La sagra del paese ha richiamato nel fine settimana migliaia di visitanti da tutta la "
        "provincia, con bancarelle di prodotti tipici in piazza, una mostra di trattori "
        "d'epoca e concerti fino a tarda notte nel cortile del vecchio mulino.\n\n"
        "Come dice il detto, «chi dorme non piglia pesci», e i venditori sono arrivati alle "
        "cinque del mattino per montare i banchi prima di tutti." + IT_MORE,
        [("chi dorme non piglia", None)],
    ),
    (
        "Il governo ha approvato ieri il nuovo piano per la casa, che prevede contributi per "
        "l'affitto ai giovani sotto i trentacinque anni e la costruzione di ventimila alloggi "
        "popolari entro il 2030 in tutte le regioni del Paese.\n\n"
        "Per il sociologo Davide Marchetti, dell'Università di Padova, il piano ha un difetto "
        "di fondo: «Senza nuove case sul mercato, i contributi finiscono ai proprietari»."
        + IT_MORE,
        [("Senza nuove case", "Davide Marchetti")],
    ),
    (
        "A feira anual da vila trouxe no fim de semana milhares de visitantes de todo o "
        "concelho, com bancas de produtos regionais no largo da igreja, uma exposição de "
        "tratores antigos e concertos até de madrugada no recinto do antigo mercado.\n\n"
        "Como diz o ditado, «Deus ajuda quem cedo madruga», e os vendedores chegaram às cinco "
        "da manhã para montar as bancas antes de toda a gente." + PT_MORE,
        [("Deus ajuda quem", None)],
    ),
    (
        "La foire d'automne a attiré ce week-end des milliers de visiteurs venus de tout le "
        "département, avec des stands de produits locaux sur la place de l'église, une "
        "exposition de vieux tracteurs et des concerts jusque tard dans la nuit.\n\n"
        "Comme dit le dicton, « l'avenir appartient à ceux qui se lèvent tôt », et les "
        "exposants sont arrivés à cinq heures pour installer leurs stands." + FR_MORE,
        [("l'avenir appartient", None)],
    ),
    (
        _NL_HEAD + "Staatssecretaris Joost Albers verdedigde het plan woensdag in een debat "
        "van bijna vier uur, waarin hij vaak werd onderbroken door de oppositie.\n\n"
        "De kritiek van de oppositie noemde hij ‘goedkoop en voorspelbaar’. De Kamer stemt "
        "volgende week over de voorstellen." + NL_MORE,
        [("goedkoop en voorspelbaar", "Joost Albers")],
    ),
    (
        "La consejera de Sanidad compareció ayer en el Parlamento para explicar el plan de "
        "verano de los hospitales, que cerrará uno de cada cinco quirófanos en julio y agosto "
        "por falta de personal, según los datos del propio departamento.\n\n"
        "Para la portavoz del sindicato de enfermería, Lucía Ferrándiz, el plan no resuelve "
        "nada: «Cada verano cerramos camas y cada verano nos prometen que será el último»."
        + ES_MORE,
        [("Cada verano cerramos", "Lucía Ferrándiz")],
    ),
    (
        "Il sindaco di Lecce, Vito Carrozzo, ha inaugurato ieri la nuova biblioteca comunale "
        "nell'ex convento dei Domenicani, restaurato con i fondi europei dopo dieci anni di "
        "lavori e di polemiche sui costi.\n\n"
        "All'inaugurazione era presente anche il presidente della Regione, che ha annunciato "
        "nuovi fondi per le biblioteche del territorio.\n\n"
        "«È un giorno che la città aspettava da troppo tempo», ha detto il sindaco di Lecce "
        "tagliando il nastro." + IT_MORE,
        [("È un giorno che", "Vito Carrozzo")],
    ),
    (
        "Os Serviços Municipalizados anunciaram ontem um aumento de oito por cento na tarifa "
        "da água a partir de janeiro, justificado com a subida dos custos da energia e com as "
        "obras de renovação da rede de abastecimento da cidade.\n\n"
        "Para os moradores de Vila Franca, o aumento é difícil de aceitar: «Pagamos mais todos "
        "os anos e a água continua a faltar no verão.»" + PT_MORE,
        [("Pagamos mais todos", "os moradores de Vila Franca")],
    ),
    (
        "Door de storm werden dinsdagmiddag op een camping bij Zeewolde twintig stacaravans "
        "ontruimd. De brandweer bracht de gasten met bussen naar een sporthal in het dorp, "
        "waar het Rode Kruis koffie en dekens uitdeelde.\n\n"
        "Een van de gasten, een gepensioneerde vrouw uit Arnhem, nam het laconiek op: ‘We "
        "zitten hier droog met koffie en appeltaart. Er zijn slechtere plekken.’" + NL_MORE,
        [("We zitten hier droog", "een gepensioneerde vrouw uit Arnhem")],
    ),
    (
        "Door de storm werden dinsdagmiddag op een camping bij Zeewolde twintig stacaravans "
        "ontruimd. De brandweer bracht de gasten met bussen naar een sporthal in het dorp, "
        "waar het Rode Kruis koffie en dekens uitdeelde.\n\n"
        "Een van de bewoners, die er al dertig jaar woont, was kwaad: ‘Niemand heeft ons "
        "gewaarschuwd voor het water.’" + NL_MORE,
        [("Niemand heeft ons", "Een van de bewoners")],
    ),
    (
        "De schrijver Gerrit Wolters is op 84-jarige leeftijd overleden. Hij schreef zijn "
        "eerste boeken aan de keukentafel van zijn huis in het dorp, waar hij veertig jaar "
        "onderwijzer was op de lagere school.\n\n"
        "De critici waren niet altijd mild. Toen het derde deel verscheen, noemde een "
        "recensent het ‘een dorpsroman in pak’. Wolters liet de recensie inlijsten." + NL_MORE,
        [("een dorpsroman in pak", "een recensent")],
    ),
    (
        "Honderden boeren reden woensdag met hun trekkers naar het provinciehuis om te "
        "protesteren tegen het nieuwe gebiedsplan, dat strengere regels voor stikstof en "
        "mest in de hele provincie moet invoeren.\n\n"
        "Akkerbouwer Henk Ruiterman uit Westerbroek vertelt dat hij al is overgestapt op "
        "minder intensieve teelt. ‘Maar ik wil wel weten waar ik over vijf jaar sta.’" + NL_MORE,
        [("Maar ik wil wel weten", "Henk Ruiterman")],
    ),
    (
        "I casi di influenza sono aumentati nelle ultime settimane in diverse regioni del "
        "Nord, e gli ospedali hanno chiesto nuovi fondi al governo per affrontare i mesi più "
        "freddi con personale sufficiente nei reparti.\n\n"
        "Dal ministero della Salute fanno sapere che «non c'è motivo di allarme» e che i "
        "controlli negli aeroporti saranno rafforzati." + IT_MORE,
        [("non c'è motivo", "ministero della Salute")],
    ),
    (
        "Un attacco informatico ha bloccato per tre giorni i servizi online del Comune, e i "
        "dati di migliaia di cittadini sono finiti in vendita su un forum. L'esperto di "
        "sicurezza Emanuele Di Marzo ha spiegato che gli enti medi sono il bersaglio "
        "preferito dei gruppi criminali.\n\n"
        "La Polizia postale ha aperto un'indagine. Il Garante, informato dall'amministrazione, "
        "ha chiesto «una relazione dettagliata entro quindici giorni»." + IT_MORE,
        [("una relazione dettagliata", "Il Garante")],
    ),
    (
        "Una aplicación de citas ha reconocido que una brecha de seguridad expuso durante "
        "semanas las fotos privadas de miles de usuarios, que cualquiera podía ver cambiando "
        "un número en la dirección de la página.\n\n"
        "Una usuaria de Sevilla, que pide no ser identificada, cuenta que se enteró por una "
        "amiga. «Subí esas fotos porque me dijeron que nadie más las vería. Me siento "
        "estúpida»." + ES_MORE,
        [("Subí esas fotos", "una usuaria de Sevilla")],
    ),
    (
        "Il maltempo ha colpito ieri la provincia con raffiche di vento oltre i cento "
        "chilometri orari, alberi caduti sulle strade e centinaia di famiglie rimaste senza "
        "corrente elettrica per tutta la notte.\n\n"
        "Una residente di via Garibaldi ha passato la notte in macchina con i due figli. «Io "
        "ho avuto paura che il tetto crollasse, non dimenticherò mai quel rumore»." + IT_MORE,
        [("Io ho avuto paura", "una residente di via Garibaldi")],
    ),
    # guard: someone named in the sentence is read by the rules for names, not as unnamed
    (
        "Il maltempo ha colpito ieri la provincia con raffiche di vento oltre i cento "
        "chilometri orari, alberi caduti sulle strade e centinaia di famiglie rimaste senza "
        "corrente elettrica per tutta la notte.\n\n"
        "Una residente, Carla Benassi, ha passato la notte in macchina con i due figli. «Ho "
        "avuto paura che il tetto crollasse, non dimenticherò mai quel rumore»." + IT_MORE,
        [("Ho avuto paura", "Carla Benassi")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_rom11_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
