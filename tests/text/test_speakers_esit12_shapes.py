"""Speakers on short invented Spanish and Italian passages, one attribution shape each: speech
verbs of shouting, complaining and smiling after a quotation with the subject left out
("», gritó con el altavoz", "», se quejaba X", "», urlava"), and guards for near shapes
that must not change. Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # "gritó" with its subject left out: the person the sentence before is about
        "La cooperativa de Villanueva del Arroyo celebró anoche la venta de toda su cosecha "
        "de aceite a una cadena de supermercados del norte.\n\n"
        "Su presidenta, Lorena Castaño Gil, se subió a un remolque para hablar a los socios. "
        "“Nadie daba un duro por nosotros y aquí estamos”, gritó con el altavoz.",
        [("Nadie daba", "Lorena Castaño Gil")],
    ),
    (
        # "se quejaba" with the subject after it, in full
        "Las obras del tranvía de Monteralto cumplen ya tres años y los comerciantes de la "
        "avenida principal calculan que han perdido la mitad de sus clientes.\n\n"
        "«Aquí ya no pasa nadie, ni a pie ni en coche», se quejaba Amparo Lindes, dueña de "
        "una zapatería de la zona.",
        [("Aquí ya no", "Amparo Lindes")],
    ),
    (
        # "sonreía" after a colon, the subject before it
        "El equipo juvenil del Club Náutico de Puertollano ganó el domingo su primera regata "
        "autonómica en veinte años.\n\n"
        "El timonel, Rodrigo Albarrán, de 17 años, sonreía: “Todavía no me lo creo”.",
        [("Todavía no", "Rodrigo Albarrán")],
    ),
    (
        # Italian "urlava" with its subject left out
        "La squadra di pallanuoto di Porto Ercolino ha vinto ieri sera la finale regionale "
        "davanti a trecento tifosi.\n\n"
        "L'allenatore Bruno Castellucci è saltato in acqua con tutti i vestiti. «Ve l'avevo "
        "detto che ce la facevamo», urlava ai giocatori.",
        [("Ve l'avevo", "Bruno Castellucci")],
    ),
    (
        # guard: a chant the crowd shouted, under a noun "gritos", is no one's
        "Los vecinos de Almendralejo del Campo se concentraron ayer ante el Ayuntamiento para "
        "pedir la reapertura del centro de salud.\n\n"
        "Entre gritos, la pancarta más grande decía: «No queremos más promesas, queremos "
        "médicos en el pueblo».",
        [("No queremos", None)],
    ),
    (
        # someone unnamed with an adjective before the noun and a town after "de", a relative
        # clause and a clitic before the verb: the description as written, not the last name
        "Los ganaderos de la comarca cortaron ayer la carretera nacional durante dos horas. "
        "La portavoz de la protesta, Marina Olabarría, pidió una reunión con el consejero."
        "\n\nUn joven ganadero de Villarcayo, que prefirió no dar su nombre, lo contaba así: "
        "«Cada mes que pasa vendemos más barato y compramos el pienso más caro».",
        [("Cada mes", "un joven ganadero de Villarcayo")],
    ),
    (
        # the same in Italian: "una giovane pastora di Campo Alto" before "raccontava"
        "I pastori della valle hanno portato ieri le pecore davanti al municipio. Il sindaco, "
        "Franco Belluzzi, ha promesso un incontro entro la settimana.\n\n"
        "Una giovane pastora di Campo Alto raccontava: «Il lupo ci ha portato via dieci "
        "agnelli in un mese e nessuno ci ha rimborsato».\n\n"
        "I vigili del fuoco sono rimasti sul posto fino al mattino per controllare la zona, e il "
        "comune ha aperto un centro di accoglienza nella palestra della scuola per le famiglie "
        "che non potevano tornare a casa.",
        [("Il lupo", "una giovane pastora di Campo Alto")],
    ),
    (
        # guard: a name in apposition after the town is the speaker, not the description
        "Los trenes de cercanías sufrieron ayer retrasos de hasta una hora por una avería en la "
        "catenaria.\n\n"
        "Una vecina de Carabanchel, Rosa Pérez Lanza, explicaba: «Llevamos una semana "
        "llegando tarde al trabajo».",
        [("Llevamos una semana", "Rosa Pérez Lanza")],
    ),
    (
        # a person introduced with an age in apposition, not as a subject, just before a
        # quotation whose speech verb has its subject left out: that person, not the last
        # speaker nor the paragraph's subject
        "El Club Deportivo Valdelobos ganó el domingo la liga regional de balonmano. Su "
        "entrenador, Héctor Lozano Ibarra, habló al terminar. “Lo hemos trabajado todo el "
        "año”, explicó.\n\n"
        "El tanto decisivo llegó en el último minuto, obra de la lateral Nerea Ochandiano, "
        "de 17 años. “Todavía estoy temblando”, reconoció después.",
        [("Lo hemos", "Héctor Lozano Ibarra"), ("Todavía estoy", "Nerea Ochandiano")],
    ),
    (
        # the same in Italian, the age without "de"
        "La sagra del tartufo di Borgo Casale ha chiuso ieri con un record di presenze. Il "
        "sindaco, Walter Ruggeri, ha ringraziato i volontari. «È stata una festa di tutti», "
        "ha detto.\n\n"
        "Allo stand più affollato c'era Ermanno Bellotti, 81 anni, cercatore da sempre. «Il "
        "cane fa metà del lavoro», racconta.\n\n"
        "I vigili del fuoco sono rimasti sul posto fino al mattino per controllare la zona, e il "
        "comune ha aperto un centro di accoglienza nella palestra della scuola per le famiglie "
        "che non potevano tornare a casa.",
        [("Il cane", "Ermanno Bellotti")],
    ),
    (
        # guard: someone else the subject after the one given an age: that subject goes on
        "El Club Deportivo Valdelobos ganó el domingo la liga regional de balonmano.\n\n"
        "El tanto decisivo llegó en el último minuto, obra de la lateral Nerea Ochandiano, "
        "de 17 años. Su entrenador, Héctor Lozano Ibarra, corrió a abrazarla. “Es el mejor "
        "día de mi carrera”, reconoció después.",
        [("Es el mejor", "Héctor Lozano Ibarra")],
    ),
    (
        # "still" before the speaker's state after the verb and its comma: no subject there,
        # the person the paragraph is about
        "La carrera popular de Villaluenga reunió a más de dos mil corredores.\n\n"
        "La ganadora, Marisa Echaburu, de 52 años, cruzó la meta entre aplausos. «No "
        "esperaba ni terminarla», decía, todavía sin aliento.",
        [("No esperaba", "Marisa Echaburu")],
    ),
    (
        # a sentence opening on a fused preposition's adjunct, its subject left out: "Ai" is
        # no name; the person the sentences before are about
        "Nella corsa per il municipio di Valdorsa ha vinto la civica Paola Martelli. Lo "
        "sfidante, Renato Sgarbi, ha perso di trecento voti. Ai giornalisti ha concesso "
        "soltanto poche parole: «Rispetto il risultato e auguro buon lavoro alla sindaca»."
        "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per controllare la zona, e "
        "il comune ha aperto un centro di accoglienza nella palestra della scuola per le "
        "famiglie che non potevano tornare a casa.",
        [("Rispetto il", "Renato Sgarbi")],
    ),
    (
        # guard: a name after the fronted adjunct is the subject
        "Nella corsa per il municipio di Valdorsa ha vinto la civica Paola Martelli. Lo "
        "sfidante ha perso di trecento voti. Ai giornalisti, però, Renato Sgarbi ha detto "
        "soltanto poche parole: «Rispetto il risultato e auguro buon lavoro alla sindaca»."
        "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per controllare la zona, e "
        "il comune ha aperto un centro di accoglienza nella palestra della scuola per le "
        "famiglie che non potevano tornare a casa.",
        [("Rispetto il", "Renato Sgarbi")],
    ),
    (
        # "from" fused with its article after the name and before a lower-case noun: where
        # the speaker speaks from, no part of the name
        "Il congresso regionale di Nuova Sinistra si è chiuso ieri a Torre Marina con "
        "l'elezione di Giacomo Pavan alla segreteria. «Adesso si cambia passo», ha gridato "
        "Pavan dal palco, tra gli applausi dei delegati."
        "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per controllare la zona, e "
        "il comune ha aperto un centro di accoglienza nella palestra della scuola per le "
        "famiglie che non potevano tornare a casa.",
        [("Adesso si cambia", "Giacomo Pavan")],
    ),
    (
        # guard: the body a statement comes from, "fanno sapere dalla questura", unchanged
        "Un negozio di alimentari di Borgo Nuovo è stato rapinato ieri sera da due uomini "
        "armati. «Il titolare ha fatto bene a non reagire», fanno sapere dalla questura di "
        "Pescara."
        "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per controllare la zona, e "
        "il comune ha aperto un centro di accoglienza nella palestra della scuola per le "
        "famiglie che non potevano tornare a casa.",
        [("Il titolare", "questura di Pescara")],
    ),
    (
        # an age in apposition, then an adjunct in commas, before a reflexive verb: the name
        "Alle urne di Valdorsa si sono presentati quasi tutti gli iscritti della lista civica "
        "di Paola Martelli, che ha vinto con ampio margine. Poco lontano, la studentessa "
        "Irene Basso, 19 anni, al primo voto, si dice più prudente: «Vediamo che cosa fa "
        "nei primi mesi»."
        "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per controllare la zona, e "
        "il comune ha aperto un centro di accoglienza nella palestra della scuola per le "
        "famiglie che non potevano tornare a casa.",
        [("Vediamo che", "Irene Basso")],
    ),
    (
        # the elided form, "All'uscita ha parlato …:": no name either
        "La corte d'assise di Valmarina ha condannato ieri il titolare del cantiere per il "
        "crollo del ponteggio. In prima fila sedeva il padre della vittima, Sergio Lanzoni. "
        "All'uscita ha parlato con la voce rotta: «Oggi almeno qualcuno ha detto la verità»."
        "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per controllare la zona, e "
        "il comune ha aperto un centro di accoglienza nella palestra della scuola per le "
        "famiglie che non potevano tornare a casa.",
        [("Oggi almeno", "Sergio Lanzoni")],
    ),
    (
        # a quotation alone in its paragraph after one introducing someone with an age: that
        # person, not the last speaker
        "Nel quartiere San Rocco ha riaperto il vecchio forno, gestito da un gruppo di ragazzi "
        "seguiti dai servizi sociali. «Qui imparano un mestiere vero», spiega la coordinatrice, "
        "Marta Pellegrini.\n\n"
        "A insegnare il mestiere ci pensa Oreste Danieli, 76 anni, fornaio in paese per "
        "mezzo secolo. Quando il Comune gli ha proposto di riaccendere il forno, chiuso da "
        "anni, non ci ha pensato due volte.\n\n"
        "«Pensavo di insegnare qualcosa, e invece ho imparato io»."
        "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per controllare la zona, e "
        "il comune ha aperto un centro di accoglienza nella palestra della scuola per le "
        "famiglie che non potevano tornare a casa.",
        [("Pensavo di", "Oreste Danieli")],
    ),
    (
        # guard: a quotation right after the one who spoke, with no age between, goes on as
        # before (the paragraph before names someone else with no age)
        "Nel quartiere San Rocco ha riaperto il vecchio forno, gestito da un gruppo di ragazzi "
        "seguiti dai servizi sociali. «Qui imparano un mestiere vero», spiega la coordinatrice, "
        "Marta Pellegrini.\n\n"
        "«Il pane lo mangiano tutti, e se è cattivo te lo dicono»."
        "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per controllare la zona, e "
        "il comune ha aperto un centro di accoglienza nella palestra della scuola per le "
        "famiglie che non potevano tornare a casa.",
        [("Il pane", "Marta Pellegrini")],
    ),
    (
        # a clause before a colon introducing someone with an age and a lower-case apposition
        # only: that person, not a name earlier in the clause
        "Roberta Fanti è la nuova sindaca di Colle Ardito. «Da domani si lavora», ha detto "
        "Fanti ai sostenitori.\n\n"
        "Tra gli elettori di Fanti c'era anche Dario Menegatti, 71 anni, ex ferroviere in "
        "pensione: «Ho sempre votato dall'altra parte, ma stavolta ci ho creduto»."
        "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per controllare la zona, e "
        "il comune ha aperto un centro di accoglienza nella palestra della scuola per le "
        "famiglie che non potevano tornare a casa.",
        [("Ho sempre", "Dario Menegatti")],
    ),
    (
        # guard: a speech verb with its own subject after the age: that subject
        "El Atlético Riberas ganó el domingo en el último minuto con un gol de un juvenil.\n\n"
        "Sobre Iván Roldán, de 19 años, el entrenador, Luis Merino Sanz, agregó: «Entrena "
        "como nadie y hoy lo ha demostrado».",
        [("Entrena como", "Luis Merino Sanz")],
    ),
    (
        # a comparative fronted before a verbless subject and its apposition naming a body:
        # the person, not the body
        "I conti trimestrali di Caffè Ortensia hanno deluso gli analisti, con margini in calo "
        "di due punti.\n\n"
        "Più cauto Tiziano Boldrini, di Lagunare Sim: «Il calo dei margini potrebbe durare "
        "ancora un anno»."
        "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per controllare la zona, e "
        "il comune ha aperto un centro di accoglienza nella palestra della scuola per le "
        "famiglie che non potevano tornare a casa.",
        [("Il calo", "Tiziano Boldrini")],
    ),
    (
        # the same before someone unnamed, described with a town
        "Il congresso di Nuova Sinistra ha eletto ieri il nuovo segretario regionale.\n\n"
        "Meno entusiasta una giovane delegata di Borgo Vallone: «A me interessano gli "
        "autobus per i pendolari, non le alleanze»."
        "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per controllare la zona, e "
        "il comune ha aperto un centro di accoglienza nella palestra della scuola per le "
        "famiglie che non potevano tornare a casa.",
        [("A me interessano", "una giovane delegata di Borgo Vallone")],
    ),
    (
        # a verb of seeming after the comparative, its subject after it: the same
        "I conti trimestrali di Caffè Ortensia hanno deluso gli analisti, con margini in calo "
        "di due punti.\n\n"
        "Più cauto si è detto Tiziano Boldrini, di Lagunare Sim: «Il calo dei margini potrebbe "
        "durare ancora un anno»."
        "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per controllare la zona, e "
        "il comune ha aperto un centro di accoglienza nella palestra della scuola per le "
        "famiglie che non potevano tornare a casa.",
        [("Il calo", "Tiziano Boldrini")],
    ),
    (
        # guard: a body whose relative clause writes the quotation stays its speaker
        "I conti trimestrali di Caffè Ortensia hanno deluso gli analisti, con margini in calo "
        "di due punti.\n\n"
        "Più cauto il giudizio di Banca Lario, che in una nota scrive: «Il calo dei margini "
        "potrebbe durare ancora un anno»."
        "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per controllare la zona, e "
        "il comune ha aperto un centro di accoglienza nella palestra della scuola per le "
        "famiglie che non potevano tornare a casa.",
        [("Il calo", "Banca Lario")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:30])
def test_esit12_shape_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
