"""Speakers on short invented Spanish and Italian passages, one attribution shape each: a
sentence opening on an auxiliary with its subject left out ("Ha poi aggiunto: «…»"), a body
by its kind after a fronted phrase ("In una nota, l'agenzia spiega che «…»"), "Dalla Regione X
fanno sapere", a clause going on after the quotation ("«…», por lo que pidió …"), a relative
introduced in apposition ("la figlia, Marta X"), an Italian age in words ("la
sessantatreenne"), and role nouns news uses for another ("il pm", "el burgomaestre"). Every
speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # an auxiliary, an adverb, the participle; the subject left out, before a colon
        "Il consiglio comunale di Roccaverde ha approvato ieri sera il bilancio con i voti "
        "della sola maggioranza. L'assessora al Bilancio, Marina Tosetti, ha difeso i tagli "
        "alla cultura davanti a una sala piena, con le associazioni del paese che "
        "chiedevano di rinviare il voto. «Non avevamo alternative», ha detto. Ha poi "
        "aggiunto: «Il prossimo anno i fondi torneranno, lo prometto ai cittadini».",
        [("Non avevamo", "Marina Tosetti"), ("Il prossimo anno", "Marina Tosetti")],
    ),
    (
        # the same before "che" and a phrase inside the sentence
        "Il presidente della Provincia di Valmarina, Ettore Bellandi, ha incontrato i sindaci "
        "della costa per parlare delle mareggiate. «La strada litoranea riaprirà entro "
        "maggio», ha assicurato davanti ai giornalisti. Ha inoltre spiegato che i lavori "
        "«costeranno meno del previsto grazie ai fondi europei» già stanziati dalla Regione.",
        [("La strada litoranea", "Ettore Bellandi"), ("costeranno meno", "Ettore Bellandi")],
    ),
    (
        # a body by its kind after a fronted phrase, an elided article
        "L'Agenzia regionale delle acque ha chiuso ieri tre pozzi nella pianura di Bassano per "
        "la presenza di solventi. Il sindaco di Rosà, Gianni Cortese, ha chiesto analisi "
        "anche nelle scuole della zona. In una nota, l'agenzia spiega che «i valori sono "
        "rientrati nei limiti in quasi tutti i punti di prelievo controllati».",
        [("i valori sono", "Agenzia regionale delle acque")],
    ),
    (
        # "l'amministrazione" for the Comune named before
        "Il Comune di Pietralunga ha proclamato il lutto cittadino per la giornata di "
        "domani, quando si terranno i funerali, e ha chiesto ai negozi di chiudere per la scomparsa del "
        "maestro di banda Aldo Ferretti, morto a novantadue anni nella sua casa in collina. "
        "In una nota, l'amministrazione ricorda «un uomo che ha insegnato la musica a tre "
        "generazioni di ragazzi del paese». La camera ardente sarà allestita nella sala del "
        "consiglio, dove la banda suonerà per l'ultima volta in suo onore.",
        [("un uomo che", "Comune di Pietralunga")],
    ),
    (
        # "Dalla Regione X fanno sapere": the body, not the preposition
        "La scuola media di Colle Alto resterà chiusa anche a settembre per i lavori sul "
        "tetto, che non sono ancora cominciati. Le famiglie protestano da settimane davanti "
        "al municipio. Dalla Regione Marche, interpellata, fanno sapere che «i fondi per il "
        "cantiere sono già stati trasferiti al Comune lo scorso inverno».",
        [("i fondi per", "Regione Marche")],
    ),
    (
        # Spanish: a clause going on after the quotation ("por lo que"), the verb with its
        # subject left out before it
        "El director de Protección Civil de Valdehondo, Ramiro Escudero Lagos, recorrió ayer "
        "los barrios inundados junto a los bomberos del municipio y a los vecinos que "
        "limpiaban el barro de las casas desde la madrugada. «Tenemos doce bombas y "
        "necesitaríamos el triple», reconoció. Dijo además que el caudal del arroyo «todavía "
        "no ha bajado», por lo que pidió a los vecinos no acercarse a la orilla.",
        [("Tenemos doce", "Ramiro Escudero Lagos"), ("todavía no ha", "Ramiro Escudero Lagos")],
    ),
    (
        # "Añadió que el puente «…»": the verb opening its sentence, not "que el puente"
        "La jefa de bomberos de la comarca, Araceli Montoya Ruiz, explicó que el rescate se "
        "suspendió durante la noche por la lluvia y por el riesgo de nuevos desprendimientos en "
        "la ladera. «No vamos a arriesgar a nadie más», "
        "afirmó ante las cámaras. Añadió que el puente viejo «sigue cediendo» y que el paso "
        "seguirá cortado hasta nuevo aviso.",
        [("No vamos", "Araceli Montoya Ruiz"), ("sigue cediendo", "Araceli Montoya Ruiz")],
    ),
    (
        # a relative introduced in apposition, then called by that noun alone
        "È morto ieri a Lucca, a ottantotto anni, il pittore Renzo Galligani. A darne notizia "
        "è stata la figlia, Marta Galligani, anche lei pittrice. La direttrice della "
        "pinacoteca, Silvia Orsetti, lo ha ricordato come un maestro del paesaggio.\n\n"
        "I funerali si terranno lunedì in duomo. La figlia ha chiesto di non portare fiori. "
        "«Papà avrebbe voluto una donazione per la scuola d'arte del quartiere».",
        [("Papà avrebbe", "Marta Galligani")],
    ),
    (
        # an Italian age in words for the one person introduced with that age
        "Si è chiuso a Lecce il processo a Rosa Quarta, 63 anni, e al nipote Marco Quarta, 29, "
        "accusati di truffa ai danni di anziani. Il pubblico ministero Lucia Stasi aveva "
        "chiesto sei anni per entrambi.\n\n"
        "La sessantatreenne ha chiesto di parlare prima della sentenza. «Io non ho mai preso "
        "un euro da nessuno, lo giuro davanti a tutti».",
        [("Io non ho mai", "Rosa Quarta")],
    ),
    (
        # "il pm" after "il pubblico ministero X"
        "Si è aperto a Brindisi il processo a Sergio Vantaggiato, 41 anni, accusato di "
        "bancarotta. Secondo l'accusa, sostenuta dal pubblico ministero Paola Greco, la "
        "società svuotava i conti prima di ogni fallimento. «Era tutto pianificato da anni», "
        "ha detto il pm nella requisitoria.",
        [("Era tutto", "Paola Greco")],
    ),
    (
        # Spanish: "el burgomaestre" for "el alcalde" named before
        "El alcalde de Huancabamba, Eusebio Quispe Torres, decretó dos días de duelo por la "
        "muerte del músico Anselmo Rojas. «Anselmo llevó el nombre de nuestra tierra por "
        "todo el país», anunció el burgomaestre ante los vecinos reunidos en la plaza.",
        [("Anselmo llevó", "Eusebio Quispe Torres")],
    ),
    (
        # a surname alone before a relative of that surname is named: the full name seen
        # before; an office's portfolio ("concejala de Hacienda de X") is no person
        "El juicio contra Rosalía Ferrándiz Soler, exconcejala de Hacienda de Villanueva del "
        "Prado, acusada de malversación, comenzó ayer en la Audiencia de Albacete con la "
        "declaración de los peritos.\n\n"
        "Ferrándiz insistió en que nunca vio las facturas de la empresa de su cuñado. «Yo "
        "firmaba lo que me traían los técnicos», afirmó. Su hermana, Inés Ferrándiz, no quiso "
        "declarar ante el tribunal.\n\n"
        "En uno de los correos, fechado en 2020, la entonces concejala escribía a un "
        "proveedor: «Cobra antes de verano y no digas nada».\n\n"
        "La fiscal le preguntó por esas palabras. «Era una broma entre conocidos», respondió "
        "la acusada.",
        [
            ("Yo firmaba", "Rosalía Ferrándiz Soler"),
            ("Cobra antes", "Rosalía Ferrándiz Soler"),
            ("Era una broma", "Rosalía Ferrándiz Soler"),
        ],
    ),
    (
        # a couple sharing a surname, then "il marito": the husband, not the name beside it
        "A Feltre chiude lo stabilimento delle Cartiere Piave e quasi duecento persone "
        "restano senza lavoro. Tra i dipendenti ci sono anche Luca e Marta Dal Molin, marito "
        "e moglie, in fabbrica da vent'anni. «Abbiamo due figli e un mutuo», dice lei. «Chi "
        "ci assume a cinquant'anni?», aggiunge il marito.",
        [("Abbiamo due figli", "Marta Dal Molin"), ("Chi ci assume", "Luca Dal Molin")],
    ),
    (
        # a quotation alone after a sentence opening on the first of two surnames
        "Anselmo Quiroga Beltrán volvió a su pueblo después de treinta años en la capital y "
        "abrió una escuela de música en la antigua estación de tren.\n\n"
        "Quiroga Beltrán no quiere que lo conviertan en un ejemplo para nadie.\n\n"
        "«Me fui a los veinte y volví a los cincuenta. Ahora me toca devolver lo que aprendí.»",
        [("Me fui a los veinte", "Anselmo Quiroga Beltrán")],
    ),
    (
        # a phrase opening on a preposition is no speaker
        "La riada dejó sin casa a cuarenta familias de la vereda, que duermen desde el lunes en "
        "la escuela del pueblo. En la entrada del albergue, un letrero pintado a mano sobre "
        "una cartulina pide «No más visitas, solo ayudas para las familias». Adentro, los "
        "niños duermen sobre colchonetas mientras sus padres esperan noticias.",
        [("No más visitas", None)],
    ),
    (
        # a profile: paragraphs that are only quotation, after description naming no one,
        # are the protagonist's (who has most of the attributed quotations)
        "«La farina buona si sente con le mani»: Teresa Lauricella, la fornaia di Sciacca\n\n"
        "Alle quattro del mattino il forno di Teresa Lauricella Bono è già acceso. La "
        "fornaia, sessantadue anni, impasta da sola il pane per mezzo paese. "
        "«Il pane non aspetta nessuno», dice.\n\n"
        "«Mio padre mi svegliava alle tre. Io protestavo, lui rideva», racconta mentre "
        "inforna. «Adesso sono io che sveglio mio nipote».\n\n"
        "Il nipote, Davide Lauricella, diciannove anni, studia economia a Palermo. «Nonna "
        "non si ferma mai», dice. «Ma il forno lo terrà aperto finché vorrà».\n\n"
        "«La farina buona si sente con le mani. Le macchine non lo sanno», spiega lei.\n\n"
        "Sul futuro non ha dubbi. Il forno, dice, resterà com'è. Sorride e torna "
        "all'impasto.\n\n"
        "«Quando non ce la farò più, spegnerò il forno e basta. Non voglio eredi per forza.»",
        [
            ("La farina buona si sente con le mani. Le", "Teresa Lauricella Bono"),
            ("Quando non ce la farò", "Teresa Lauricella Bono"),
        ],
    ),
    (
        # a headline's role label: the person the body introduces with that noun
        "Frana sulla provinciale, isolata la frazione di Roccaforte. La sindaca: «Serve "
        "l'esercito»\n\n"
        "Una frana di quasi diecimila metri cubi ha bloccato nella notte la strada provinciale "
        "che porta a Roccaforte, dove vivono duecento persone. La sindaca di Valbruna, Elena "
        "Carminati, ha chiesto l'intervento del genio militare. «Serve l'esercito, da soli non "
        "ce la facciamo a riaprire in tempi brevi», ha detto ai giornalisti.",
        [("Serve l'esercito", "Elena Carminati")],
    ),
    (
        # verbs of request, verdict and cause before a fragment: the sentence's subject
        "La cadena Supermercados Frescor ganó un 18 % más en el primer semestre del año, según "
        "los resultados que presentó ayer en la bolsa de Santiago. En "
        "un comunicado enviado al regulador, la compañía atribuyó el resultado a «una gestión "
        "cuidadosa de los costos en todas las tiendas». El crítico y profesor Ramiro Olaizola "
        "Pérez, que visitó la nueva tienda del centro, la calificó de «lo más moderno que hay "
        "en la ciudad».",
        [("una gestión", "Supermercados Frescor"), ("lo más moderno", "Ramiro Olaizola Pérez")],
    ),
    (
        # "invita"/"ha invitato" before a fragment; "ma invita" after a quotation is no
        # speaker; a body read with its article ("La Protezione civile regionale")
        "La Protezione civile regionale ha prorogato l'allerta arancione fino a domani sera. "
        "In un comunicato, l'agenzia invita la popolazione «a non usare l'auto se non per "
        "motivi urgenti». Più prudente Aldo Ferrucci, geologo dell'università, che definisce "
        "la situazione «seria ma sotto controllo», ma invita a non abbassare la guardia.",
        [("a non usare", "Protezione civile regionale"), ("seria ma", "Aldo Ferrucci")],
    ),
    (
        # a nickname in marks inside a name; "Para él, … «…»"; "repite" after the quotation
        "El Sindicato de Panaderos de Rosario rechazó los despidos. Su secretario general, "
        "Ramón “Chino” Albornoz, encabezó una asamblea frente a la planta. «Nos enteramos "
        "por la radio», denunció el dirigente. Albornoz adelantó que pedirá una reunión con "
        "el ministro. Para él, la medida es «el primer paso de un cierre anunciado».\n\n"
        "«Nadie nos avisó», repite Marta Quiroga Lenz, delegada del turno de noche.",
        [
            ("Nos enteramos", "Ramón Albornoz"),
            ("el primer paso", "Ramón Albornoz"),
            ("Nadie nos avisó", "Marta Quiroga Lenz"),
        ],
    ),
    (
        # an adverb between the verb and its subject; a first name alone opening the
        # sentence before a quotation
        "È morto ieri nella sua casa di Pietrasanta, a novant'anni, lo scultore Ugo "
        "Lazzerini, che per più di sessant'anni aveva lavorato il marmo delle cave della "
        "zona. «La pietra "
        "decide, non tu», ripeteva spesso il maestro ai suoi allievi.\n\n"
        "Chiara, 17 anni, frequenta il liceo artistico del paese e lo ha conosciuto l'anno "
        "scorso. «Mi ha insegnato a guardare un blocco prima di toccarlo».",
        [("La pietra decide", "Ugo Lazzerini"), ("Mi ha insegnato", "Chiara")],
    ),
    (
        # the verb alone between two pieces of one quotation; "la prima cittadina" after "il
        # sindaco X" (an adjective, not "before")
        "Il Pastificio Tornielli ha chiuso il semestre con ricavi in crescita. Più esplicita "
        "l'amministratrice delegata, Carla Tornielli, alla guida dell'azienda di famiglia da "
        "dieci anni. «È l'investimento più importante della nostra storia», ha detto, «e lo "
        "facciamo qui, non all'estero». Il sindaco Rita Bonomi ha annunciato un incontro con "
        "i sindacati. «La città farà la sua parte», ha detto la prima cittadina.",
        [
            ("È l'investimento", "Carla Tornielli"),
            ("e lo facciamo", "Carla Tornielli"),
            ("La città farà", "Rita Bonomi"),
        ],
    ),
    (
        # a list named after its noun is no person; an elided article's noun after a fronted
        # phrase with no comma ("Nella lettera l'azienda parla di «…»")
        "Il sindaco di Montalto, Franco Gerbi, chiude la scuola media. Il primo cittadino, al "
        "terzo mandato con la lista civica Montalto Insieme, ha difeso la scelta davanti al "
        "consiglio. «Non abbiamo i soldi per rifarla», ha detto.\n\n"
        "Le Officine Meccaniche Barale hanno annunciato trenta esuberi nello stabilimento di "
        "Cuneo. Nella lettera ai sindacati l'azienda parla di «una decisione dolorosa ma "
        "necessaria» e promette di ricollocare una parte dei tecnici.",
        [("Non abbiamo", "Franco Gerbi"), ("una decisione", "Officine Meccaniche Barale")],
    ),
    (
        # "Esta última" for the last woman named; "Sólo dijo:" after a sentence naming one
        # person
        "El Teatro Arriaga estrena mañana «La casa de las hermanas», con Inés Ugarte y la "
        "debutante Nerea Zubía, de 22 años, que interpreta a la hermana menor. Esta última "
        "reconoció su miedo ante el estreno: «Es la primera vez que piso un escenario de "
        "verdad y tengo a una leyenda al lado».\n\n"
        "La propia Inés Ugarte, presente en el ensayo general, evitó hablar con la prensa al "
        "salir. Sólo dijo: «Nerea tiene más talento que yo a su edad».",
        [("Es la primera vez", "Nerea Zubía"), ("Nerea tiene", "Inés Ugarte")],
    ),
    (
        # a sentence in the imperfect with its subject left out between the role noun's
        # sentence and the quotation
        "Un deslizamiento sepultó tres casas en la vereda El Retiro. La alcaldesa del "
        "municipio, Gloria Inés Montoya Ríos, llegó al sitio al amanecer. Tras recorrer la "
        "zona, la mandataria atendió a los medios en la escuela. Tenía las botas llenas de "
        "barro. «Esto es una tragedia que nos duele a todos en el pueblo».",
        [("Esto es una tragedia", "Gloria Inés Montoya Ríos")],
    ),
    (
        # "il club" for the one sports club the text names
        "È finita dopo nove giornate l'avventura di Mauro Cestari sulla panchina del Real "
        "Vallone. In una nota diffusa in mattinata, il club ringrazia l'allenatore «per "
        "l'impegno e la serietà dimostrati» e annuncia che il nuovo tecnico sarà presentato "
        "domani allo stadio comunale.",
        [("per l'impegno", "Real Vallone")],
    ),
    (
        # a place's word opening a name with two surnames is the first name
        "Los estibadores del puerto de Valdeblanco cumplen hoy una semana de paro y el "
        "sindicato pide mejoras en los turnos y en los contratos de los eventuales. «No "
        "pedimos nada raro», dijo su presidente, Washington Alarcón Fuenzalida.\n\n"
        "Más tarde, Alarcón Fuenzalida insistió en que el sindicato está dispuesto a "
        "negociar «a cualquier hora».",
        [
            ("No pedimos", "Washington Alarcón Fuenzalida"),
            ("a cualquier", "Washington Alarcón Fuenzalida"),
        ],
    ),
    (
        # "a" and a bare noun after the name: when, not more name
        "La squadra di casa ha perso di due punti contro il Valdorno dopo una partita giocata "
        "con grande intensità davanti al pubblico del palazzetto. Decisivo Luca Ferretti, "
        "autore di venti punti.\n\n«Ho solo tirato», ha raccontato Ferretti a fine gara, "
        "ancora emozionato.",
        [("Ho solo tirato", "Luca Ferretti")],
    ),
    (
        # a role's initials ("el DT") for the coach the text introduced
        "El club Deportivo Arenales ganó el domingo ante el Atlético Costa en un estadio "
        "lleno de hinchas que celebraron hasta la medianoche.\n\nEl entrenador Raúl Ibáñez "
        "reconoció que el equipo no jugó bien. «Hay que ser honestos: fuimos malos», dijo el "
        "DT en la conferencia de prensa.",
        [("Hay que ser", "Raúl Ibáñez")],
    ),
    (
        # the role noun nearest the name ("exalcalde", not the day before it), and a
        # synonym of it ("el exregidor") after someone else's sentence
        "La Audiencia juzga desde este lunes al exalcalde de Villanueva, Tomás Ferrer Soler, "
        "acusado de prevaricación por un contrato de limpieza.\n\nFerrer negó todo. «Yo "
        "firmé lo que me dieron», declaró.\n\nEl fiscal Andrés Gil Mora le preguntó por "
        "el contrato. «No lo recuerdo», respondió el exregidor.",
        [("Yo firmé", "Tomás Ferrer Soler"), ("No lo recuerdo", "Tomás Ferrer Soler")],
    ),
    (
        # a possessive opening the subject after the press the speaker told
        "Murió ayer en Rocha, a los 84 años, el letrista Washington Ferreira, autor de más de "
        "cuarenta espectáculos de murga y figura del carnaval del barrio Sur.\n\n«Era el "
        "último de una generación», dijo a este medio su hijo, Martín Ferreira, que cantó en "
        "el coro. «Papá leía todo».",
        [("Era el último", "Martín Ferreira"), ("Papá leía", "Martín Ferreira")],
    ),
    (
        # the subject after an intransitive participle ("Ha parlato per lui X:"); "il
        # difensore" for the lawyer; "il magistrato" for the man introduced as "il pm", not
        # the woman introduced as "la giudice"
        "Il tribunale di Arezzo ha condannato a sei anni l'ex direttore della Cassa di "
        "Risparmio di Valtiberina, Giancarlo Borselli, per bancarotta fraudolenta.\n\n"
        "Borselli, 72 anni, non ha voluto commentare. Ha parlato per lui l'avvocato Filippo "
        "Marchi: «Faremo appello». Secondo il difensore, il suo assistito è stato «un capro "
        "espiatorio».\n\nIl collegio era presieduto dalla giudice Marta Onofri. Il pm "
        "Alessandro Riva ha parlato di «un sistema di potere». Lasciando il tribunale, il "
        "magistrato ha aggiunto: «Oggi è un buon giorno».",
        [
            ("Faremo appello", "Filippo Marchi"),
            ("un capro", "Filippo Marchi"),
            ("un sistema", "Alessandro Riva"),
            ("Oggi è", "Alessandro Riva"),
        ],
    ),
    (
        # a fronted topic naming things ("Sobre … del Caribe,") before the role noun the verb
        # after the quotation goes back to (not the man named last); two first names and a
        # surname for the name with both surnames
        "Rosa Elvira Ibarra: «La radio no ha muerto»\n\nMADRID. Rosa Elvira Ibarra Lemos "
        "recibe a este diario en su casa, rodeada de discos. «Yo empecé por casualidad», "
        "cuenta.\n\nLa idea del libro fue de su sobrino, el técnico Pablo Ibarra, quien "
        "trabaja en Sevilla. «Mi tía lo sabe todo», explica él.\n\nSobre las emisoras "
        "nuevas del Caribe y de Miami, la veterana es cauta. «Está bien que cambien», "
        "advierte.\n\nDespués llegará la gira. «Voy a seguir», dice Rosa Elvira Ibarra.",
        [
            ("Yo empecé", "Rosa Elvira Ibarra Lemos"),
            ("Mi tía", "Pablo Ibarra"),
            ("Está bien", "Rosa Elvira Ibarra Lemos"),
            ("Voy a seguir", "Rosa Elvira Ibarra Lemos"),
        ],
    ),
    (
        # a noun of speech after a fronted adjective and its article: whose it is, a name
        # (not the club in its apposition) or a role noun ("del primo cittadino": the mayor,
        # not the councillor quoted just before)
        "Il Valdorno Basket ha perso in casa contro la Pallacanestro Colle dopo un "
        "supplementare giocato davanti a un pubblico numeroso e molto rumoroso. La squadra "
        "ospite ha chiuso con quattro giocatori in doppia cifra.\n\nDeluso il commento di "
        "Piero Salvadori, allenatore del Valdorno: «Abbiamo buttato via la partita negli "
        "ultimi minuti».\n\nIl sindaco di Colle, Aldo Ferri, era in tribuna con la fascia "
        "tricolore. La consigliera di opposizione Lidia Sarti lo ha criticato per il "
        "palazzetto: «Cade a pezzi». Pronta la replica del primo cittadino alle critiche: "
        "«Siamo orgogliosi di questi ragazzi».",
        [
            ("Abbiamo buttato", "Piero Salvadori"),
            ("Cade a pezzi", "Lidia Sarti"),
            ("Siamo orgogliosi", "Aldo Ferri"),
        ],
    ),
    (
        # a body by a lower-case head noun and a place: its whole name, after "dalla" too
        "Un commerciante del Vomero ha messo in fuga due rapinatori armati che erano entrati "
        "nella sua gioielleria poco prima della chiusura, ieri sera, davanti a decine di "
        "passanti. I due sono fuggiti a piedi verso la stazione della funicolare.\n\n«È "
        "stato fortunato, non fatelo mai», fanno sapere dalla questura di Napoli, ricordando "
        "i rischi. La questura di Salerno ha spiegato: «Serve prudenza».",
        [("È stato fortunato", "questura di Napoli"), ("Serve prudenza", "questura di Salerno")],
    ),
    (
        # adjuncts in commas after a time word ("Domenica sera, a caldo,") before the role
        # noun the verb after the quotation goes back to (not the man named last)
        "Il Circolo Remiero Lagobello ha chiuso la stagione con la retrocessione in serie B "
        "dopo la sconfitta di domenica nella regata di Pescate, davanti a un pubblico deluso "
        "che ha lasciato le tribune prima della premiazione. Per la società è la prima "
        "retrocessione degli ultimi vent'anni.\n\nIl direttore tecnico Ruggero Malvestiti, "
        "58 anni, guida la squadra da sei stagioni. Il presidente Aldo Conti lo ha confermato "
        "per un altro anno.\n\nDomenica sera, a caldo, il tecnico era apparso provato. «Mi "
        "prendo tutte le responsabilità», aveva detto ai cronisti.",
        [("Mi prendo", "Ruggero Malvestiti")],
    ),
    (
        # an intransitive participle and "al" + a name: whom they answered, not the subject
        "Il Circolo Remiero Lagobello ha chiuso la stagione con la retrocessione in serie B "
        "dopo la sconfitta di domenica nella regata di Pescate, davanti a un pubblico deluso "
        "che ha lasciato le tribune prima della premiazione. Per la società è la prima "
        "retrocessione degli ultimi vent'anni.\n\nIl direttore tecnico Ruggero Malvestiti "
        "ha lasciato l'incarico dopo sei stagioni. Ha risposto al presidente Aldo Conti: "
        "«Non resto un giorno di più».",
        [("Non resto", "Ruggero Malvestiti")],
    ),
    (
        # "l'ex sindaco" after adjuncts in commas: the noun after "ex", the man introduced
        # with it (a quotation standing alone after that sentence)
        "Il consiglio comunale di Roccalta ha approvato ieri sera il nuovo piano regolatore "
        "dopo una seduta durata sei ore, con le opposizioni che hanno abbandonato l'aula "
        "prima del voto finale. Il piano era stato preparato dalla giunta precedente.\n\n"
        "Il piano porta la firma dell'ex sindaco Ettore Vanzetti, che lo aveva presentato "
        "due anni fa. Il capogruppo della maggioranza, Marco Lodi, ha difeso le modifiche."
        "\n\nIeri, raggiunto al telefono, l'ex sindaco non ha voluto polemizzare. «Il paese "
        "ha bisogno di case, non di liti».",
        [("Il paese ha", "Ettore Vanzetti")],
    ),
    (
        # an unnamed spokesperson "of the cooperative": the body named before by that kind
        "La Cooperativa Frutícola Valle Verde suspendió por tres meses a 90 de sus 240 "
        "trabajadores por la caída de las exportaciones de manzana, informaron ayer los "
        "delegados sindicales de la planta de empaque.\n\n«Es una medida transitoria para "
        "cuidar las fuentes de trabajo», señaló un vocero de la cooperativa consultado por "
        "este diario, que pidió reserva de su nombre.",
        [("Es una medida", "Cooperativa Frutícola Valle Verde")],
    ),
    (
        # someone unnamed after the verb, without the relative clause describing them
        "El tribunal oral de Santa Rosa condenó ayer a seis años de prisión al exintendente "
        "de Villa Albariño por el desvío de fondos destinados a la construcción de viviendas "
        "sociales, en una sala colmada de vecinos.\n\n«Esperamos esto durante siete años», "
        "comentó una vecina que siguió la audiencia desde el pasillo. «Ojalá ahora terminen "
        "las casas», agregó un jubilado que llevaba una pancarta.",
        [("Esperamos esto", "una vecina"), ("Ojalá ahora", "un jubilado")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:30])
def test_esit_shape_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
