"""Speakers on short invented Spanish and Italian portraits and features, one attribution shape
each: a place or a time clause after the speech verb that is no subject ("», interrumpe Ana
desde la puerta", "», dice antes de que se cierre la verja"), an adjective before the role
noun ("El veterano actor se ríe. «…»"), and the same role noun used again for the person it
was resolved to before; someone unnamed described with an adjective, an age or a place ("Un
pastor retirado, que …", "una pensionata di 79 anni di via X"); a body's whole name; a
headline's role label ("Il figlio: «…»") whose quotation the body attributes. Every speaker
exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # someone unnamed opening a sentence, an adjective after the noun, a relative clause
        "La feria del queso de Trevélez cerró el domingo con récord de visitantes, según la "
        "organización, que calcula unas 30.000 personas en tres días.\n\n"
        "Un pastor retirado, que prefiere no decir su nombre, vendía sus últimas piezas en "
        "la entrada del recinto: «Esto ya no es lo que era, pero la gente sigue viniendo».",
        [("Esto ya no", "un pastor retirado")],
    ),
    (
        # an age and a street after the noun (Italian): the description as written
        "A Borgo Sesia l'acqua del fiume ha invaso le cantine di mezzo paese durante la "
        "notte, e i vigili del fuoco hanno lavorato fino all'alba per liberare le strade "
        "dal fango. Il sindaco ha chiesto lo stato di calamità per tutta la valle, che "
        "non vedeva una piena del genere da più di trent'anni.\n\n"
        "Una pensionata di 79 anni di via Cavour ha raccontato: «Ho sentito un boato e poi "
        "l'acqua era già sulle scale».",
        [("Ho sentito", "una pensionata di 79 anni di via Cavour")],
    ),
    (
        # a complement that names no place ends the description: only the noun
        "La huelga de recogida de basuras cumple su quinto día en Alcorcina sin acuerdo "
        "entre la empresa concesionaria y los trabajadores, que piden la subida que se les "
        "prometió hace dos años. Las bolsas se acumulan ya en las aceras de todo el centro y "
        "el Ayuntamiento estudia contratar un servicio de emergencia.\n\n"
        "Un tendero de una de las calles del centro, que pidió no ser citado, se quejaba "
        "del olor: «Así no viene nadie a comprar», dijo.",
        [("Así no viene", "un tendero")],
    ),
    (
        # a description in apposition to a name, or a time opening the clause: not the speaker
        "El pleno de Villacastro aprobó anoche la nueva ordenanza de terrazas con los votos "
        "del equipo de gobierno y la abstención de la oposición, que pidió más tiempo para "
        "estudiar el texto. La sesión se alargó hasta pasada la medianoche.\n\n"
        "Ramiro Cuesta Vidal, un hostelero de 58 años de la calle Real, explicó a la salida: "
        "«Nos han escuchado a medias».\n\nUn minuto después, la portavoz del grupo "
        "vecinal, Paula Herrero, respondió: «Los vecinos también tienen derecho a dormir».",
        [("Nos han escuchado", "Ramiro Cuesta Vidal"), ("Los vecinos", "Paula Herrero")],
    ),
    (
        # a body after its article opens the sentence whose phrases in marks go on past them
        "Dal primo aprile il paese di Rocca Bassa resterà senza sportello bancario, e con lui "
        "sparirà anche l'unico bancomat della valle. I correntisti sono stati invitati a "
        "rivolgersi alla sede di Ponte Alto, a venti chilometri di curve.\n\n"
        "In una nota, la Cassa Rurale dell'Altopiano spiega che la scelta rientra in un piano "
        "di «riorganizzazione della presenza sul territorio» legato al calo delle operazioni "
        "allo sportello, diminuite del 50 per cento in cinque anni, e assicura che i clienti "
        "«avranno la stessa assistenza» attraverso la filiale di Ponte Alto.",
        [
            ("riorganizzazione", "Cassa Rurale dell'Altopiano"),
            ("avranno la stessa", "Cassa Rurale dell'Altopiano"),
        ],
    ),
    (
        # a club's legal form in capitals before its name: part of the name
        "Con due gol nel secondo tempo il centravanti si carica il Monteverde sulle spalle e "
        "lo porta al terzo posto in classifica dopo il 2-0 al Lagobianco, davanti a quasi "
        "cinquemila spettatori allo stadio comunale. La squadra non vinceva tre partite di "
        "fila dalla stagione della promozione, e in città si torna a parlare di Europa.\n\n"
        "Unica nota stonata: in un comunicato la US Monteverde ha fatto sapere che il "
        "difensore Paolo Gerardi ha riportato «una frattura al polso sinistro» e che le sue "
        "condizioni «saranno valutate nei prossimi giorni dallo staff medico».",
        [("una frattura", "US Monteverde"), ("saranno valutate", "US Monteverde")],
    ),
    (
        # a body's name whose capitalized words "de", "y", "para los" join: the whole name
        "El temporal de enero arrancó parte del espigón del puerto y dejó la zona de marisqueo "
        "irreconocible durante semanas, según los técnicos que visitaron la costa.\n\n"
        "La Cofradía de Pescadores de Punta Lobeira cerró la campaña durante un mes y, en un "
        "comunicado, reclamó a la Xunta “ayudas urgentes para un sector que vive al día”."
        "\n\nSegún Correos y Telégrafos del Estado, “es la primera vez que una oficina "
        "cierra en la comarca” desde que existen registros.\n\n"
        "La Agencia de la ONU para los Refugiados (ACNUR) celebró en un comunicado el “paso "
        "decisivo” dado por los países de la región.",
        [
            ("ayudas urgentes", "Cofradía de Pescadores de Punta Lobeira"),
            ("es la primera vez", "Correos y Telégrafos del Estado"),
            ("paso decisivo", "Agencia de la ONU para los Refugiados"),
        ],
    ),
    (
        # a verb with no subject after a sentence whose subject is someone unnamed
        "Las mariscadoras seguirán acudiendo al arenal para retirar la concha muerta y "
        "preparar el terreno para la próxima temporada, que no empezará antes de octubre "
        "según los técnicos de la cofradía.\n\n"
        "En el muelle, un pescador retirado miraba la escena con los brazos cruzados. «Antes "
        "esto daba de comer a medio pueblo», resumió.\n\n"
        "A la salida, un camarero de uno de los bares de la plaza, que prefirió no dar su "
        "nombre, se mostraba dolido con el tono del debate. «Parece que somos los culpables "
        "de todo», lamentó.",
        [("Antes esto", "un pescador retirado"), ("Parece que", "un camarero")],
    ),
    (
        # an adjunct of manner between the verb and the full name; a place after a role noun
        "Il tribunale di Belluno ha condannato ieri tre dirigenti della società che gestiva il "
        "viadotto crollato nel 2019, assolvendo invece gli altri quattro imputati per non aver "
        "commesso il fatto.\n\n"
        "«È una sentenza giusta solo a metà», ha detto tra le lacrime Marta Colombo, "
        "presidente del comitato dei familiari delle vittime.\n\n"
        "L'avvocato Franco Biagi, difensore dell'ex direttore tecnico, ha annunciato ricorso. "
        "«Il mio cliente è stato trasformato in un capro espiatorio», ha dichiarato il legale "
        "all'uscita dal palazzo di giustizia.",
        [("È una sentenza", "Marta Colombo"), ("Il mio cliente", "Franco Biagi")],
    ),
    (
        # a role label in the headline after the one the story is about: the body's repeat
        "Morto Gino Ferrari, lo storico fornaio di Asola. Il figlio: «Ha impastato fino "
        "all'ultimo»\n\n"
        "È morto ieri mattina, a 91 anni, Gino Ferrari, che per più di sessant'anni aveva "
        "sfornato il pane per tutto il paese dalla bottega di via Garibaldi. Si è spento nella "
        "sua casa, circondato dalla famiglia e dai nipoti.\n\n"
        "«Ha impastato fino all'ultimo, non voleva saperne di smettere», racconta il figlio "
        "Paolo Ferrari, 58 anni, che da vent'anni manda avanti il forno con il marito.",
        [("Ha impastato fino", "Paolo Ferrari")],
    ),
    (
        # an object pronoun before the verb: the listener; the subject is after the verb
        "Il Valdosta batte il Lagorosso per tre a zero e torna al secondo posto in classifica "
        "dopo tre mesi, davanti a un pubblico che non vedeva una vittoria così da anni.\n\n"
        "In sala stampa il tecnico Roberto Gallina si è presentato col sorriso. «Mister, è la "
        "vittoria più bella della stagione?», gli ha chiesto un cronista. «No, la più bella "
        "deve ancora arrivare», ha risposto l'allenatore, 49 anni.",
        [("Mister, è la", "un cronista"), ("No, la più bella", "Roberto Gallina")],
    ),
    (
        # a club by its article and one word, named in full before: the full name
        "El Villarreja destituye a Tomás Ferrer tras la goleada: «Me voy con la conciencia "
        "tranquila»\n\n"
        "Castellón, 3 mar.- La Unión Deportiva Villarreja anunció este lunes la destitución de "
        "su entrenador, Tomás Ferrer, un día después de la derrota por 5-0 ante el Racing "
        "Castellano, que deja al equipo en puestos de descenso a doce jornadas del final.\n\n"
        "«El club agradece a Tomás Ferrer su trabajo y dedicación y le desea suerte en sus "
        "próximos retos», señaló la entidad en un comunicado publicado en su web.",
        [("El club agradece", "Unión Deportiva Villarreja")],
    ),
    (
        # "interrumpió" reports speech; someone unnamed after a fronted phrase, an adjunct
        "La junta de distrito debatió anoche durante tres horas la nueva ordenanza del ruido, "
        "que los vecinos de la plaza reclaman desde hace años y que no entrará en vigor hasta "
        "junio.\n\n"
        "Entre el público, una vecina con un bebé en brazos interrumpió al delegado: “¿Y "
        "hasta junio qué hacemos?”. El presidente tuvo que pedir silencio.",
        [("¿Y hasta junio", "una vecina")],
    ),
    (
        # a long adjunct of the press between the verb and the subject named in full
        "El Villarreja cayó el domingo por 5-0 ante el Racing Castellano y se queda en puestos "
        "de descenso a doce jornadas del final, con la afición cada vez más enfadada con la "
        "directiva.\n\n"
        "«Llevo treinta años de socio y nunca había visto al equipo así», lamentaba ante las "
        "cámaras de la televisión autonómica Pedro Luis Sancho, un jubilado de 70 años.",
        [("Llevo treinta", "Pedro Luis Sancho")],
    ),
    (
        # a banner's words after a colon are no one's; a speech verb in the clause is someone's
        "El primer premio de la lotería de Navidad ha caído este lunes en un pequeño municipio "
        "de la provincia de Soria, donde buena parte de los vecinos llevaba el número agraciado "
        "desde hace años.\n\n"
        "Por la tarde, los vecinos colgaron del balcón del Ayuntamiento una pancarta "
        "improvisada con letras de cartulina: “Villaseca, pueblo con suerte”.\n\n"
        "La alcaldesa, Rosa Peña, con una pancarta en la mano, explicó: “Esto es para todo "
        "el pueblo”.",
        [("Villaseca, pueblo", None), ("Esto es para", "Rosa Peña")],
    ),
    (
        # a first name, then where she stands: the name, not the place
        "Nerea Olabide, de 31 años, trabaja en la conservera de su abuelo desde que terminó "
        "la carrera. Su hermano, Unai Olabide, lleva la contabilidad.\n\n"
        "«Mi abuelo dice que no piensa jubilarse», interrumpe Nerea desde la oficina, "
        "quitándose el delantal. «No se lo cree ni él».",
        [("Mi abuelo dice", "Nerea Olabide"), ("No se lo cree", "Nerea Olabide")],
    ),
    (
        # the verb, then a clause of time: no subject, the person of the sentence before
        "Gorka Etxeberri lleva cuarenta años tallando remos en su taller de Bermeo. Su nieta, "
        "Elena Etxeberri, estudia diseño en Bilbao y pasa los veranos con él.\n\n"
        "Elena nos acompaña hasta la calle. «Mi abuelo cree que me enseña un oficio», dice "
        "antes de que se cierre la persiana. «En realidad me enseña paciencia».",
        [("Mi abuelo cree", "Elena Etxeberri"), ("En realidad", "Elena Etxeberri")],
    ),
    (
        # "el veterano actor": the adjective before the noun, the role noun used before
        "Durante treinta años, Tomás Vilariño puso voz a un oso de dibujos animados. El "
        "pasado mes, el veterano actor grabó su último episodio.\n\n"
        "«Me dio pena, pero no lloré», cuenta el actor en su casa de Lugo.\n\n"
        "El director del estudio, Julián Cerezo, le hizo la primera prueba en 1985 y recuerda "
        "bien aquel día.\n\n"
        "¿Echa de menos el micrófono? El veterano actor se ríe.\n\n"
        "«Cada día. Pero la voz ya no me acompaña».",
        [("Me dio pena", "Tomás Vilariño"), ("Cada día", "Tomás Vilariño")],
    ),
    (
        # the same in Italian: "la veterana giornalista", after another woman is named
        "Per trentadue anni Carla Venturini ha condotto il notiziario della sera di una radio "
        "locale di Cremona. Venerdì la veterana giornalista ha letto la sua ultima notizia."
        "\n\n«Ho spento il microfono e sono andata a prendere un caffè», racconta la "
        "giornalista nella sua casa di via Milano.\n\n"
        "La direttrice della radio, Sara Ghidoni, ha già scelto chi la sostituirà.\n\n"
        "Le manca la diretta? La veterana giornalista sorride.\n\n"
        "«Mi manca la gente che telefonava per lamentarsi».",
        [("Ho spento", "Carla Venturini"), ("Mi manca la gente", "Carla Venturini")],
    ),
    (
        # an adjective used as a noun, a clitic after it: still "el veterano" alone
        "Anselmo Ruiz Cabello, de 88 años, es el socio más antiguo del club de ajedrez de "
        "Teruel. Cada tarde juega contra quien se le siente delante.\n\n"
        "¿Piensa retirarse? El veterano se ríe. «Cuando gane a mi nieto».",
        [("Cuando gane", "Anselmo Ruiz Cabello")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:30])
def test_esit_portrait_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
