"""Speakers on short invented French, Portuguese, Spanish and Italian passages where a body
named in full is then called by its kind ("l'agence", "o instituto", "el ministerio", "la
compagnia", "l'entreprise"): the full name, in all four languages, by one mechanism
(``orgs.body_by_kind``), and a business a Spanish text introduces by its trade ("el holding de
supermercados X", "la textil Y"). Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, PT_MORE, Case, outcomes

SHAPES: list[Case] = [
    (
        # French: "l'agence" after "L'Agence … Vallée-Blanche", a person named between
        "L'Agence régionale de l'eau Vallée-Blanche a annoncé lundi de nouvelles restrictions "
        "pour les communes du plateau. Le maire de Vernoux, Gilles Arnaudet, a regretté une "
        "décision tardive.\n\n"
        "« Les nappes sont au plus bas depuis vingt ans et la situation va durer », précise "
        "l'agence dans un communiqué.",
        [("Les nappes sont", "Agence régionale de l'eau Vallée-Blanche")],
    ),
    (
        # Portuguese: "o instituto" after "O Instituto de Hidrografia e Costas"
        "O Instituto de Hidrografia e Costas emitiu ontem um aviso amarelo para toda a orla "
        "do distrito. O presidente da junta, Abílio Correia Franco, pediu calma aos "
        "moradores da praia.\n\n"
        "«A ondulação pode chegar aos seis metros durante a madrugada de sábado», alertou o "
        "instituto.",
        [("A ondulação pode", "Instituto de Hidrografia e Costas")],
    ),
    (
        # Spanish: "el ministerio" after "El Ministerio de Transportes y Movilidad Rural"
        "El Ministerio de Transportes y Movilidad Rural publicó el jueves el calendario de "
        "las obras en la línea. La alcaldesa de Valdeoscuro, Inmaculada Herrán, pidió más "
        "trenes durante los cortes.\n\n"
        "«Los autobuses sustituirán a los trenes durante las cuatro semanas de obras», "
        "indicó el ministerio en una nota.",
        [("Los autobuses sustituirán", "Ministerio de Transportes y Movilidad Rural")],
    ),
    (
        # Italian: "la compagnia" after "La Compagnia di Navigazione del Golfo"
        "La Compagnia di Navigazione del Golfo ha sospeso ieri tutte le corse per le isole a "
        "causa del vento. Il sindaco di Portovecchio, Ernesto Balzani, ha chiesto un "
        "servizio di emergenza.\n\n"
        "«Le corse riprenderanno appena il mare lo consentirà», ha spiegato la compagnia.",
        [("Le corse riprenderanno", "Compagnia di Navigazione del Golfo")],
    ),
    (
        # Spanish (Mexico): "la dependencia", a public body, after "La Procuraduría … del X"
        "La Procuraduría Estatal de Protección al Ambiente clausuró el martes dos "
        "ladrilleras en la zona norte de Tepeyahualco. Un vecino, Rogelio Canales, dijo que "
        "el humo llevaba meses afectando a las familias.\n\n"
        "«Las empresas tendrán diez días para presentar sus permisos», indicó la dependencia "
        "en un comunicado.",
        [("Las empresas tendrán", "Procuraduría Estatal de Protección al Ambiente")],
    ),
    (
        # Spanish: a name with a preposition before a capitalized word ("ante Emergencias")
        "El Instituto Regional de Prevención y Respuesta ante Emergencias emitió el lunes una "
        "alerta roja para toda la costa por las lluvias. El alcalde de Puerto Seco, Hernán "
        "Vidal, suspendió las clases.\n\n"
        "«Pedimos no circular por zonas inundadas durante la noche», indicó el organismo en un "
        "comunicado.",
        [("Pedimos no circular", "Instituto Regional de Prevención y Respuesta ante Emergencias")],
    ),
    (
        # Italian: the same over "per la" before a capitalized word
        "La chiusura della scuola elementare di Borgofranco ha sollevato le proteste di molte "
        "famiglie del paese. Il sindaco ha promesso un incontro con i genitori.\n\n"
        "Il Comitato Genitori per la Scuola Pubblica ha definito la decisione «una scelta presa "
        "senza ascoltare nessuno» e ha annunciato una raccolta di firme in tutto il comune "
        "nelle prossime settimane.",
        [("una scelta presa", "Comitato Genitori per la Scuola Pubblica")],
    ),
    (
        # a business noun: the company named before, not a union named after it
        "Durandal SA a annoncé mardi la fermeture de son atelier de Saint-Préjet. Le Syndicat "
        "des métallurgistes du Haut-Allier a dénoncé une décision brutale.\n\n"
        "« Un plan de reclassement sera proposé à chaque salarié concerné », a précisé "
        "l'entreprise.",
        [("Un plan de reclassement", "Durandal SA")],
    ),
    (
        # Spanish: a business by its trade ("el holding de supermercados X", "la textil Y")
        # names a company, which "la compañía" / "la firma" stand for later
        "El holding de supermercados Valtierra informó el martes una caída de sus "
        "ventas del 6% en el último trimestre por la competencia de las tiendas de "
        "descuento. El sindicato de trabajadores de la cadena pidió una reunión urgente "
        "con el directorio.\n\n"
        "En un comunicado, la compañía atribuyó el resultado a “una temporada de lluvias "
        "excepcional” en las regiones del centro del país.",
        [("una temporada de", "Valtierra")],
    ),
    (
        "La textil Ferrari Lanús anunció ayer el cierre de su planta de Avellaneda, donde "
        "trabajaban 95 personas desde hacía más de tres décadas. Los trabajadores se "
        "enteraron por telegrama y hoy se concentran frente al portón.\n\n"
        "En un comunicado, la firma sostuvo que “no quedaba otra alternativa” para "
        "sostener la empresa.",
        [("no quedaba otra", "Ferrari Lanús")],
    ),
    (
        # a kind of body the text never named in full: no speaker rather than the union
        "Le Syndicat des métallurgistes du Haut-Allier a dénoncé mardi une décision brutale "
        "prise sans concertation avec les salariés.\n\n"
        "« Nous étudions encore le dossier avec attention », a indiqué l'agence.",
        [("Nous étudions encore", None)],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:30])
def test_body_by_kind_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


# a body named in full as the subject whose name ends on a place or a capitalized word ("… de
# la Drôme", "… di Lecco", "… dos Enfermeiros"): the whole name, not its last words
# (``institutions.institution_around``)
TAILS: list[Case] = [
    (
        # French: a committee named for its sport and its département
        "Le club de Saint-Orens a fêté dimanche sa montée en division supérieure devant "
        "huit cents spectateurs. Le président, Alain Fourcade, a remercié les bénévoles.\n\n"
        "Dans un communiqué, le comité départemental de handball de la Lozère a salué « une "
        "saison remarquable » pour le petit club." + FR_MORE,
        [("une saison remarquable", "comité départemental de handball de la Lozère")],
    ),
    (
        # French: a federation whose name runs through plural adjectives
        "Les vols de gasoil se multiplient dans les fermes du canton depuis le printemps. "
        "Un éleveur de Montbrun, Didier Vialle, a déposé trois plaintes.\n\n"
        "La Fédération départementale des coopératives viticoles du Gard a réclamé « des "
        "patrouilles de nuit » dans un courrier au préfet." + FR_MORE,
        [
            (
                "des patrouilles de nuit",
                "Fédération départementale des coopératives viticoles du Gard",
            )
        ],
    ),
    (
        # French: a minister's office, not "Culture"
        "La fermeture du musée de Rochebrune inquiète les habitants du bourg depuis des mois. "
        "Une pétition a recueilli deux mille signatures en une semaine.\n\n"
        "À Paris, le cabinet du ministre de la Culture dit suivre le dossier « avec attention "
        "» et promet une réponse avant l'été." + FR_MORE,
        [("avec attention", "cabinet du ministre de la Culture")],
    ),
    (
        # Italian: a provincial command named for its corps and its city
        "Un incendio è divampato nella notte in un capannone della zona industriale di "
        "Villanova. Nessuno è rimasto ferito, ma il tetto è crollato.\n\n"
        "«Le fiamme hanno raggiunto il deposito delle vernici in pochi minuti», fa sapere in "
        "una nota il Comando provinciale dei Vigili del fuoco di Lecco. I danni sono ingenti "
        "e il capannone è stato posto sotto sequestro dalla procura della città.",
        [("Le fiamme hanno raggiunto", "Comando provinciale dei Vigili del fuoco di Lecco")],
    ),
    (
        # Italian: an order whose name runs through lower-case nouns and "e degli"
        "Uno studio dell'università di Varenna ha seguito per due anni il sonno di seicento "
        "adolescenti della provincia. I risultati sono stati presentati ieri in aula magna.\n\n"
        "L'Ordine dei medici veterinari e degli agronomi della provincia di Sondrio, in una "
        "nota, ha definito lo studio «un lavoro utile» e ha chiesto nuovi fondi per la ricerca "
        "nelle scuole e nelle famiglie della provincia.",
        [
            (
                "un lavoro utile",
                "Ordine dei medici veterinari e degli agronomi della provincia di Sondrio",
            )
        ],
    ),
    (
        # Portuguese: a regional section of a professional order
        "O serviço de urgência pediátrica do hospital de Alvorada voltou a fechar durante o fim "
        "de semana por falta de médicos.\n\n"
        "A Secção Regional do Centro da Ordem dos Enfermeiros diz não estar surpreendida. "
        "«Alertámos o ministério em março», lê-se numa nota enviada às redações." + PT_MORE,
        [("Alertámos o ministério", "Secção Regional do Centro da Ordem dos Enfermeiros")],
    ),
    (
        # Portuguese: "Unidade" read whole (not "Unidad"), the name through its place
        "O serviço de urgência pediátrica do hospital de Alvorada voltou a fechar durante o fim "
        "de semana por falta de médicos.\n\n"
        "Em comunicado, a Unidade Local de Saúde do Alto Minho, que gere o hospital, reconhece "
        "«dificuldades pontuais na escala» e promete reforços." + PT_MORE,
        [("dificuldades pontuais", "Unidade Local de Saúde do Alto Minho")],
    ),
    (
        # Spanish: a federation's committee, not the federation alone
        "El equipo de Villanueva del Río perdió el domingo por tres goles a uno ante el líder "
        "de la categoría. El entrenador, Ramón Cuesta, pidió calma a la afición.\n\n"
        "En un comunicado, el comité de competición de la Federación Riojana de Fútbol "
        "calificó de «inaceptables» los incidentes en la grada y abrió un expediente al club "
        "local por los insultos al árbitro del encuentro.",
        [("inaceptables", "comité de competición de la Federación Riojana de Fútbol")],
    ),
    (
        # a person after the body's name is that person, not the body
        "Le club de Saint-Orens a fêté dimanche sa montée en division supérieure devant "
        "huit cents spectateurs.\n\n"
        "« C'est une saison remarquable », a salué le président du comité départemental de "
        "handball de la Lozère, Bernard Causse." + FR_MORE,
        [("C'est une saison", "Bernard Causse")],
    ),
]


@pytest.mark.parametrize("case", TAILS, ids=lambda c: c[0][:30])
def test_body_not_its_tail_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


# Spanish: a company a sentence opens on by its bare name, with no article ("Talleres X
# despidió …"), then called "la empresa" or "la compañía" (``companies_romance.subject_company``)
BARE_COMPANIES: list[Case] = [
    (
        "Talleres Ondarreta Hermanos despidió el lunes a cuarenta operarios de su planta de "
        "Lezama. Los sindicatos convocaron una concentración para el viernes.\n\n"
        "«La caída de los pedidos no nos deja otra salida», señaló la empresa en un "
        "comunicado.",
        [("La caída de los", "Talleres Ondarreta Hermanos")],
    ),
    (
        # the name opening a sentence inside the paragraph, a person named after it
        "Los inquilinos de la calle Mayor recibieron la carta en marzo. Cúspide Patrimonial "
        "sostiene que ofreció un realojo a todos. El concejal Norberto Lafuente pidió una "
        "mediación.\n\n"
        "«Siempre hemos cumplido con la ley», aseguró la compañía.",
        [("Siempre hemos cumplido", "Cúspide Patrimonial")],
    ),
    (
        # guard: a sentence opening on a person's name is no company
        "Rosendo Ibarra Quintana dirigió la planta durante veinte años. Ahora está jubilado "
        "y vive en Lezama.\n\n"
        "«La caída de los pedidos no nos deja otra salida», señaló la empresa en un "
        "comunicado.",
        [("La caída de los", "la empresa")],
    ),
    (
        # guard: a sentence opening on a preposition and a place is no company
        "En Villa Rosales cerraron tres comercios el mes pasado. Los vecinos temen más "
        "cierres.\n\n"
        "«La caída de las ventas no nos deja otra salida», señaló la empresa en un "
        "comunicado.",
        [("La caída de las", "la empresa")],
    ),
]


@pytest.mark.parametrize("case", BARE_COMPANIES, ids=lambda c: c[0][:30])
def test_bare_company_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


# Spanish and Portuguese: a company's management speaking ("la dirección de X", "a
# administração da X") is the company, spelt out when the text gave its acronym
# (``body_rules.managed_company``)
MANAGED: list[Case] = [
    (
        "Los trabajadores de la planta de Bermeo iniciaron el lunes una huelga indefinida para "
        "reclamar una subida salarial del seis por ciento.\n\n"
        "«Nuestra propuesta es la más alta del sector en los últimos cinco años», defendió en "
        "un comunicado la dirección de Salazones Urrutia, que culpa a la subida del gasóleo.",
        [("Nuestra propuesta es", "Salazones Urrutia")],
    ),
    (
        "Os trabalhadores dos Transportes Fluviais do Sado (TFS) cumpriram ontem o primeiro de "
        "dois dias de greve, e as travessias para a margem sul ficaram quase paradas.\n\n"
        "«A proposta salarial não pode ir mais longe este ano», garantiu em comunicado a "
        "administração da TFS." + PT_MORE,
        [("A proposta salarial", "Transportes Fluviais do Sado")],
    ),
    (
        # guard: the management of a body named in lower case stays as written
        "Las listas de espera para operarse de cadera superan ya los once meses en la "
        "provincia, según los últimos datos de la consejería.\n\n"
        "«Estamos reforzando las plantillas de tarde», aseguró la dirección del hospital en "
        "una nota enviada a los medios.",
        [("Estamos reforzando", "la dirección del hospital")],
    ),
]


@pytest.mark.parametrize("case", MANAGED, ids=lambda c: c[0][:30])
def test_managed_company_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
