"""Speakers on invented Italian news passages (issue 12 pattern 6)."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes, share_right

CASES: list[Case] = [
    (
        "«Il nuovo ospedale aprirà a settembre», ha detto l'assessore Marco Bianchi.",
        [("Il nuovo ospedale", "Marco Bianchi")],
    ),
    (
        "Secondo la geologa Chiara Romano, «la frana potrebbe muoversi ancora».",
        [("la frana potrebbe", "Chiara Romano")],
    ),
    (
        "«Non chiuderemo nessuna scuola», ha dichiarato la sindaca Giulia Ferri.",
        [("Non chiuderemo", "Giulia Ferri")],
    ),
    (
        "Il pescatore Luca Greco esce in mare da quarant'anni.\n\n"
        "«Di pesce ce n'è sempre meno», ha aggiunto.",
        [("Di pesce", "Luca Greco")],
    ),
    (
        "«I treni regionali saranno puntuali», ha assicurato Paolo Conti, direttore della linea.",
        [("I treni regionali", "Paolo Conti")],
    ),
    (
        "Il rettore Andrea Galli ha spiegato: «Le tasse universitarie non aumenteranno».",
        [("Le tasse universitarie", "Andrea Galli")],
    ),
    (
        "“Abbiamo raccolto mille firme”, ha detto Sara Moretti, portavoce del comitato.",
        [("Abbiamo raccolto", "Sara Moretti")],
    ),
    (
        "La viticoltrice Elena Rizzi guarda le sue vigne.\n\n"
        "«La grandine ha rovinato tutto in dieci minuti.»",
        [("La grandine", "Elena Rizzi")],
    ),
    (
        "«Il porto sarà dragato entro l'estate», ha detto il presidente Franco Marino. "
        "«I lavori sono già appaltati».",
        [("Il porto sarà", "Franco Marino"), ("I lavori sono", "Franco Marino")],
    ),
    (
        "La ricercatrice Anna Colombo lavora al progetto da tre anni.\n\n"
        "«I dati sono chiari», ha sottolineato lei.",
        [("I dati sono chiari", "Anna Colombo")],
    ),
    # written after the rules above, as a check on passages they were not tuned on
    (
        "«La piazza sarà pedonale», ha annunciato il sindaco Matteo Ricci.",
        [("La piazza sarà", "Matteo Ricci")],
    ),
    (
        "Secondo l'economista Federica Greco, «i salari sono fermi da dieci anni».",
        [("i salari sono", "Federica Greco")],
    ),
    (
        "Il medico Stefano Lombardi lavora in pronto soccorso.\n\n«Mancano anestesisti in tutta la regione», ha spiegato.",
        [("Mancano anestesisti", "Stefano Lombardi")],
    ),
    (
        "«Abbiamo vinto meritatamente», ha commentato l'allenatore Giorgio Rossi dopo la partita.",
        [("Abbiamo vinto", "Giorgio Rossi")],
    ),
    # a third batch, also written before the rules that handle it
    (
        "«Il ponte resterà chiuso per un mese», ha annunciato ieri l'assessora Valentina Ferrari.",
        [("Il ponte resterà", "Valentina Ferrari")],
    ),
    (
        "Il sindacalista Massimo Villa ha parlato ai lavoratori. «Non firmeremo questo contratto», ha detto.",
        [("Non firmeremo", "Massimo Villa")],
    ),
    (
        "«Le iscrizioni sono raddoppiate», spiega Paola Bruno, preside del liceo.",
        [("Le iscrizioni sono", "Paola Bruno")],
    ),
    # a fourth batch, written before any rule change for it
    (
        "Il prefetto Riccardo Sala è arrivato in mattinata.\n\n«Gli sfollati rientreranno domani», ha assicurato.",
        [("Gli sfollati", "Riccardo Sala")],
    ),
    (
        "«Abbiamo perso tutto», racconta Silvia Marchi, titolare di un negozio. «Ricominceremo da zero».",
        [("Abbiamo perso", "Silvia Marchi"), ("Ricominceremo", "Silvia Marchi")],
    ),
    (
        "Secondo il ministro Alessandro Fabbri «la riforma passerà entro l'estate».",
        [("la riforma passerà", "Alessandro Fabbri")],
    ),
]


def test_share_of_speakers_right() -> None:
    assert share_right(CASES) >= 0.85, outcomes(CASES)


# multi-paragraph articles (wire copy, local news, sports, business, captions and bylines),
# written as a check on the rules: every speaker exact
ARTICLES: list[Case] = [
    (
        'ROMA (ANSA) - Il governo ha approvato la legge di bilancio.\n\n"È una manovra seria e responsabile", ha detto il ministro dell\'Economia, Giorgio Ferri, in conferenza stampa.\n\nLe opposizioni protestano. "Non c\'è un euro per la sanità", ha attaccato la deputata Elena Conti.',
        [("È una manovra", "Giorgio Ferri"), ("Non c'è un euro", "Elena Conti")],
    ),
    (
        "di Marco Rossi\n\nIl Comune di Bologna chiuderà il centro storico alle auto.\n\n«Vogliamo una città più vivibile», ha spiegato il sindaco Luca Bernardi.\n\nI commercianti sono contrari. «Perderemo clienti», afferma Giulia Romano, titolare di un negozio di abbigliamento.",
        [("Vogliamo una città", "Luca Bernardi"), ("Perderemo clienti", "Giulia Romano")],
    ),
    (
        "La Juventus ha battuto il Milan 1-0.\n\n«È stata una partita difficile», ha dichiarato l'allenatore Paolo Greco. «Ma i ragazzi hanno lottato.»\n\nSecondo il capitano rossonero Andrea Villa, «l'arbitro ha sbagliato sul rigore».",
        [
            ("È stata una partita", "Paolo Greco"),
            ("Ma i ragazzi", "Paolo Greco"),
            ("l'arbitro ha sbagliato", "Andrea Villa"),
        ],
    ),
    (
        "Foto di Stefano Neri\n\nMaria Esposito gestisce una pizzeria a Napoli da trent'anni.\n\n«Le bollette sono triplicate», racconta. «Non so quanto potrò resistere.»",
        [("Le bollette", "Maria Esposito"), ("Non so quanto", "Maria Esposito")],
    ),
    (
        'La Fiat ha annunciato un nuovo modello elettrico.\n\n"Sarà prodotto interamente in Italia", ha assicurato l\'amministratore delegato Roberto Galli.\n\nPer il sindacalista Franco Moretti, "è una buona notizia, ma servono garanzie sull\'occupazione".',
        [("Sarà prodotto", "Roberto Galli"), ("è una buona notizia", "Franco Moretti")],
    ),
    (
        "Il presidente della Regione, Vincenzo De Luca, ha incontrato i sindaci.\n\n«Dobbiamo accelerare sui fondi europei», ha sottolineato. «Non possiamo perdere questa occasione.»\n\nIl sindaco di Salerno, Paola Ricci, ha chiesto più risorse per i piccoli comuni.",
        [("Dobbiamo accelerare", "Vincenzo De Luca"), ("Non possiamo perdere", "Vincenzo De Luca")],
    ),
    (
        "«I soccorsi sono arrivati in pochi minuti», ha raccontato un testimone.\n\nL'incidente è avvenuto sulla A1 vicino a Firenze. Secondo la polizia stradale, l'auto ha sbandato sull'asfalto bagnato.\n\n«Il conducente è ricoverato in gravi condizioni», ha riferito il comandante Luigi Marino.",
        [("Il conducente", "Luigi Marino")],
    ),
    (
        "Il ministro della Salute Orazio Schillaci ha presentato il piano contro le liste d'attesa.\n\n«Nessun paziente dovrà aspettare più di sessanta giorni per una visita», ha promesso il ministro.\n\nI medici di base sono scettici. «Mancano i medici, non i piani», ha commentato Silvia Gallo, presidente dell'ordine.",
        [("Nessun paziente", "Orazio Schillaci"), ("Mancano i medici", "Silvia Gallo")],
    ),
    (
        "Secondo l'Istat, l'inflazione è scesa al 2 per cento.\n\n«È un dato incoraggiante», ha osservato l'economista Davide Colombo dell'Università Bocconi. «Ma i prezzi alimentari restano alti.»",
        [("È un dato", "Davide Colombo"), ("Ma i prezzi", "Davide Colombo")],
    ),
    (
        "Il sindaco di Milano, Giuseppe Sala, ha presentato il piano per le Olimpiadi.\n\n«Saranno i Giochi più sostenibili della storia», ha assicurato il sindaco.\n\nCritici gli ambientalisti. «Si consuma troppo suolo», ha detto Marta Bianchi di Legambiente.",
        [("Saranno i Giochi", "Giuseppe Sala"), ("Si consuma troppo", "Marta Bianchi")],
    ),
    (
        "«Abbiamo sbagliato l'approccio alla partita», ha ammesso l'allenatore del Napoli, Antonio Russo.\n\nIl difensore Marco Ferrara ha aggiunto: «Dobbiamo ripartire subito.»",
        [("Abbiamo sbagliato", "Antonio Russo"), ("Dobbiamo ripartire", "Marco Ferrara")],
    ),
    (
        "di Luca Moretti\n\nAnna Colombo ha aperto la sua libreria a Torino vent'anni fa.\n\n«I giovani leggono più di quanto si pensi», spiega. «Ma comprano online.»",
        [("I giovani leggono", "Anna Colombo"), ("Ma comprano online", "Anna Colombo")],
    ),
    (
        "Secondo il presidente dell'Inps, Gabriele Fava, i conti sono in ordine. «Le pensioni sono garantite», ha dichiarato in un'intervista al Corriere.",
        [("Le pensioni sono", "Gabriele Fava")],
    ),
    (
        "La protezione civile ha diramato l'allerta rossa in Liguria.\n\n«Invitiamo i cittadini a non uscire di casa», ha detto l'assessore regionale Giacomo Giampedrone.",
        [("Invitiamo i cittadini", "Giacomo Giampedrone")],
    ),
    (
        "Il consiglio comunale di Firenze ha approvato il nuovo piano per la tramvia.\n\n«È un passo decisivo per la città», ha commentato la sindaca Sara Funaro. «I lavori partiranno a settembre.»\n\nDura l'opposizione. «Il centro sarà un cantiere per anni», ha dichiarato il consigliere Paolo Bambagioni.",
        [
            ("È un passo decisivo", "Sara Funaro"),
            ("I lavori partiranno", "Sara Funaro"),
            ("Il centro sarà", "Paolo Bambagioni"),
        ],
    ),
    (
        "Jannik Sinner ha vinto il torneo di Vienna.\n\n«Sono molto felice, è stata una settimana intensa», ha detto l'altoatesino dopo la finale. «Adesso penso alle Finals.»",
        [("Sono molto felice", "Jannik Sinner"), ("Adesso penso", "Jannik Sinner")],
    ),
    (
        "Foto ANSA\n\nUn'esplosione ha danneggiato un palazzo a Torino nella notte.\n\n«Abbiamo sentito un boato fortissimo», racconta Giovanna Ferri, che abita al piano di sopra.\n\nSecondo i vigili del fuoco, la causa sarebbe una fuga di gas.",
        [("Abbiamo sentito", "Giovanna Ferri")],
    ),
    (
        "Stellantis ha annunciato la cassa integrazione per 2.000 lavoratori a Mirafiori.\n\n«La domanda di auto elettriche è più bassa del previsto», ha spiegato un portavoce dell'azienda.\n\nPer il segretario della Fiom, Michele De Palma, «il governo deve intervenire subito».",
        [
            ("La domanda di auto", "un portavoce dell'azienda"),
            ("il governo deve", "Michele De Palma"),
        ],
    ),
    (
        "L'Inter ha battuto il Milan 2-1 nel derby.\n\n«Una vittoria importantissima per la classifica», ha commentato a fine gara il tecnico nerazzurro Simone Inzaghi.\n\nDeluso Paulo Fonseca: «Abbiamo regalato il primo tempo.»",
        [("Una vittoria", "Simone Inzaghi"), ("Abbiamo regalato", "Paulo Fonseca")],
    ),
    (
        "Giulia Marchetti, 41 anni, infermiera, è rientrata in Italia dopo due anni a Londra.\n\n«Qui mi pagano meno, ma sono vicina alla mia famiglia», spiega. «È stata una scelta di vita.»",
        [("Qui mi pagano", "Giulia Marchetti"), ("È stata una", "Giulia Marchetti")],
    ),
    (
        "Il maltempo ha colpito l'Emilia-Romagna per la terza volta in due anni.\n\n«Siamo stanchi di ricominciare da capo», dice Marco Bellini, titolare di un'azienda agricola vicino a Faenza.\n\nIl presidente della Regione, Michele de Pascale, ha chiesto lo stato di emergenza: «Servono risorse subito.»",
        [("Siamo stanchi", "Marco Bellini"), ("Servono risorse", "Michele de Pascale")],
    ),
    (
        "Federica Pellegrini è tornata in piscina per un evento benefico.\n\n«Mi manca l'adrenalina delle gare», ha ammesso l'ex campionessa. «Ma non tornerei indietro.»",
        [("Mi manca", "Federica Pellegrini"), ("Ma non tornerei", "Federica Pellegrini")],
    ),
    (
        "Secondo il sindacato dei medici Anaao, mancano 10.000 medici negli ospedali. «La situazione è drammatica», ha detto il segretario nazionale Pierino Di Silverio.",
        [("La situazione è", "Pierino Di Silverio")],
    ),
    (
        "A Venezia il ticket d'ingresso per i turisti sarà raddoppiato.\n\n«Dobbiamo proteggere la città dal turismo di massa», ha spiegato l'assessore al Bilancio Michele Zuin.\n\nContrari i commercianti. «Così si allontanano i visitatori», protesta Roberta Rossi, titolare di un bar a San Marco.",
        [("Dobbiamo proteggere", "Michele Zuin"), ("Così si allontanano", "Roberta Rossi")],
    ),
    (
        "Il cantante Marco Mengoni ha annunciato un nuovo tour negli stadi.\n\n«Non vedo l'ora di tornare sul palco», ha scritto sui social. «Sarà un'estate indimenticabile.»",
        [("Non vedo l'ora", "Marco Mengoni"), ("Sarà un'estate", "Marco Mengoni")],
    ),
    (
        "A Bari è stato inaugurato il nuovo lungomare.\n\n«È un regalo per tutti i baresi», ha detto il sindaco Vito Leccese durante la cerimonia. «Adesso tocca a noi curarlo.»\n\nQualche critica dai residenti. «I parcheggi sono spariti», lamenta Antonio De Santis, che abita nella zona.",
        [
            ("È un regalo", "Vito Leccese"),
            ("Adesso tocca", "Vito Leccese"),
            ("I parcheggi", "Antonio De Santis"),
        ],
    ),
    (
        "La campionessa di sci Sofia Goggia è tornata in pista dopo l'infortunio.\n\n«Ho avuto paura di non farcela», ha confessato l'azzurra. «Ma eccomi qui.»",
        [("Ho avuto paura", "Sofia Goggia"), ("Ma eccomi", "Sofia Goggia")],
    ),
    (
        "A Roma i tassisti hanno scioperato contro le nuove licenze.\n\n«Così il nostro lavoro non vale più niente», dice Fabio Marini, tassista da vent'anni.\n\nIl sindaco Roberto Gualtieri difende la scelta: «La città ha bisogno di più taxi, soprattutto per il Giubileo.»",
        [("Così il nostro", "Fabio Marini"), ("La città ha bisogno", "Roberto Gualtieri")],
    ),
    (
        "Il regista Paolo Sorrentino ha presentato il suo nuovo film a Venezia.\n\n«È un film sulla giovinezza e sulla bellezza», ha raccontato il cineasta napoletano. «Ci ho messo tutto me stesso.»",
        [("È un film", "Paolo Sorrentino"), ("Ci ho messo", "Paolo Sorrentino")],
    ),
    # batch 4a, written before its rules (45/62 speakers right then in 7 languages, 53/62 after)
    (
        "ROMA - Il governo ha approvato il decreto sulle liste d'attesa nella sanità.\n\n«Nessun cittadino dovrà aspettare più di trenta giorni per una visita urgente», ha dichiarato il ministro della Salute Orazio Schillaci.\n\nDure le critiche dell'opposizione. «Sono promesse senza un euro di copertura», ha attaccato la senatrice Beatrice Lorenzin. «I medici mancano e il decreto non ne assume nemmeno uno».",
        [
            ("Nessun cittadino", "Orazio Schillaci"),
            ("Sono promesse", "Beatrice Lorenzin"),
            ("I medici mancano", "Beatrice Lorenzin"),
        ],
    ),
    # batch 4c, written before its rules (38/52 speakers right then in 7 languages, 42/52 after)
    (
        "VENEZIA - Da quest'anno l'ingresso in città costerà dieci euro nei giorni di punta.\n\n«Non vogliamo chiudere Venezia, vogliamo proteggerla», ha spiegato l'assessore al Turismo, Simone Venturini. «I residenti ci chiedono di agire».\n\nI commercianti sono divisi. «Meno turisti mordi e fuggi significa più clienti veri», sostiene Alessandro Zanon, titolare di un bar a Rialto.",
        [
            ("Non vogliamo", "Simone Venturini"),
            ("I residenti", "Simone Venturini"),
            ("Meno turisti", "Alessandro Zanon"),
        ],
    ),
    (
        "A Palermo la professoressa Rosalba Cimino insegna matematica ai detenuti del carcere Ucciardone.\n\n«Qui dentro la matematica diventa un modo per sentirsi liberi», dice. Uno dei suoi studenti, Salvatore, 34 anni, ha appena superato l'esame di maturità. «Non pensavo di farcela», confessa.\n\nLa direttrice del carcere, Rita Barbera, parla di un progetto modello.",
        [("Qui dentro", "Rosalba Cimino"), ("Non pensavo", "Salvatore")],
    ),
    (
        "Jannik Sinner ha vinto gli Australian Open per il secondo anno consecutivo.\n\n«È incredibile, non riesco ancora a crederci», ha detto l'altoatesino durante la premiazione. «Grazie al mio team».\n\nDeluso Alexander Zverev: «Jannik è stato semplicemente troppo forte oggi».",
        [
            ("È incredibile", "Jannik Sinner"),
            ("Grazie al mio", "Jannik Sinner"),
            ("Jannik è stato", "Alexander Zverev"),
        ],
    ),
    # once in ARTICLES_HARD, right since the batch-4 rules
    (
        "A Napoli la pizzeria di Gennaro Esposito compie cent'anni.\n\n«Mio nonno la aprì nel 1925 con due tavoli», racconta il titolare, 58 anni. «Oggi ne abbiamo quaranta, ma l'impasto è lo stesso».\n\nTra i clienti storici c'è Lucia De Rosa, 80 anni: «Vengo qui da quando ero bambina».",
        [
            ("Mio nonno", "Gennaro Esposito"),
            ("Oggi ne abbiamo", "Gennaro Esposito"),
            ("Vengo qui", "Lucia De Rosa"),
        ],
    ),
    (
        "L'Inter ha battuto il Torino 3-0 a San Siro.\n\n«Abbiamo giocato una partita di grande maturità», ha spiegato Simone Inzaghi ai microfoni di Dazn. Il tecnico ha poi elogiato Lautaro Martínez: «È il nostro leader».\n\nAmareggiato Paolo Vanoli, allenatore granata: «Abbiamo regalato il primo gol e la partita è finita lì».",
        [
            ("Abbiamo giocato", "Simone Inzaghi"),
            ("È il nostro", "Simone Inzaghi"),
            ("Abbiamo regalato", "Paolo Vanoli"),
        ],
    ),
    # batch 4d, written before its rules (26/36 speakers right then in 7 languages, 28/36 after)
    (
        "A Bologna la libreria di Ahmed Khalil è diventata un punto di ritrovo per studenti di tutto il mondo.\n\n«Qui si parlano dieci lingue ogni pomeriggio», sorride il libraio, arrivato dall'Egitto vent'anni fa.\n\nLa studentessa Marta Bianchi ci viene ogni giorno: «È l'unico posto dove riesco a studiare davvero».",
        [("Qui si parlano", "Ahmed Khalil"), ("È l'unico", "Marta Bianchi")],
    ),
    # batch 5, written before its rules (FR 24/32, ES 17/29, IT 22/30, PT 18/27 speakers right then; 29/32, 27/29, 29/30, 26/27 after)
    (
        "MILANO – È iniziato ieri il processo a carico di Alberto Fumagalli, l'imprenditore brianzolo accusato di bancarotta fraudolenta.\n\n«Il mio assistito ha sempre agito in buona fede», ha spiegato ai cronisti l'avvocato Luca Pellegrino, che difende l'imputato.\n\nDi tutt'altro avviso il pubblico ministero Chiara Mantovani: «Dalle carte emerge un sistema di fatture false costruito per anni».\n\nFumagalli, presente in aula, non ha voluto rilasciare dichiarazioni. All'uscita si è limitato a dire: «Ho fiducia nella giustizia».\n\nLa prossima udienza è fissata per il 20 gennaio.",
        [
            ("Il mio assistito", "Luca Pellegrino"),
            ("Dalle carte", "Chiara Mantovani"),
            ("Ho fiducia", "Alberto Fumagalli"),
        ],
    ),
    (
        "CALCIO – L'Atalanta batte il Torino 3-1 e aggancia il terzo posto.\n\n«Abbiamo giocato con coraggio e qualità», ha sottolineato il tecnico Gianluca Sordi nel dopo partita. «Sono orgoglioso dei ragazzi».\n\nDoppietta per Matteo Brambilla, 22 anni, al primo gol in Serie A. «Non ci credo ancora, è un sogno che si realizza», ha raccontato l'attaccante ai microfoni di Dazn.\n\nPer l'allenatore granata, Stefano Ruggeri, «la squadra ha mollato troppo presto».",
        [
            ("Abbiamo giocato", "Gianluca Sordi"),
            ("Sono orgoglioso", "Gianluca Sordi"),
            ("Non ci credo", "Matteo Brambilla"),
            ("la squadra ha mollato", "Stefano Ruggeri"),
        ],
    ),
    (
        "ECONOMIA – Il gruppo dolciario Dolcevita chiude il 2026 con ricavi in crescita dell'8 per cento e annuncia 150 assunzioni nello stabilimento di Alba.\n\n«I nostri prodotti piacciono sempre di più all'estero», ha affermato l'amministratrice delegata Roberta Ghirardi in conferenza stampa. «Le esportazioni valgono ormai il 60 per cento del fatturato».\n\nSoddisfatti i sindacati. Secondo Davide Cerutti, segretario della Flai Cgil di Cuneo, «si tratta di posti di lavoro stabili, non di contratti a termine».\n\nL'economista Silvia Benedetti invita però alla prudenza: «I dazi americani potrebbero cambiare tutto nel giro di pochi mesi».",
        [
            ("I nostri prodotti", "Roberta Ghirardi"),
            ("Le esportazioni", "Roberta Ghirardi"),
            ("si tratta di posti", "Davide Cerutti"),
            ("I dazi americani", "Silvia Benedetti"),
        ],
    ),
    (
        "VENEZIA – Si apre domani alle Gallerie dell'Accademia la mostra dedicata ai pittori veneti del Settecento.\n\n«Abbiamo riunito opere che non si vedevano insieme da due secoli», spiega la curatrice Elisabetta Zanon.\n\nTra i prestiti più importanti, una tela arrivata da Vienna. «È stata una trattativa lunghissima», ammette il direttore del museo, Pier Giorgio Dal Molin. «Ma ne è valsa la pena».\n\nLa curatrice aggiunge che la mostra resterà aperta fino a giugno: «Speriamo di superare i centomila visitatori».",
        [
            ("Abbiamo riunito", "Elisabetta Zanon"),
            ("È stata una trattativa", "Pier Giorgio Dal Molin"),
            ("Ma ne è valsa", "Pier Giorgio Dal Molin"),
            ("Speriamo di superare", "Elisabetta Zanon"),
        ],
    ),
    (
        "SCIENZA – Un gruppo di ricercatori dell'Università di Padova ha sviluppato un sensore in grado di individuare le microplastiche nell'acqua potabile in pochi minuti.\n\n«Finora servivano giorni di analisi in laboratorio», osserva il fisico Tommaso Zanella, coordinatore dello studio.\n\nLa collega Giulia Rinaldi, prima firmataria dell'articolo, racconta che il prototipo costa meno di cento euro. «Volevamo uno strumento che potessero usare anche i piccoli comuni», dice.\n\nSecondo Zanella, la prossima tappa è la produzione su larga scala: «Stiamo parlando con due aziende venete».",
        [
            ("Finora servivano", "Tommaso Zanella"),
            ("Volevamo uno strumento", "Giulia Rinaldi"),
            ("Stiamo parlando", "Tommaso Zanella"),
        ],
    ),
    (
        "NAPOLI – Un uomo di 45 anni è stato arrestato dai carabinieri a Pozzuoli con l'accusa di estorsione ai danni di alcuni commercianti del porto.\n\n«Pretendeva 500 euro al mese da ogni attività», ha riferito il comandante della compagnia, il capitano Antonio Esposito.\n\nUno dei commercianti, che ha chiesto di restare anonimo, racconta: «Avevamo paura, ma alla fine abbiamo deciso di denunciare».\n\nIl procuratore aggiunto Raffaele D'Amico ha elogiato il coraggio delle vittime. «Senza le loro denunce non saremmo arrivati a nulla», ha detto.",
        [
            ("Pretendeva 500", "Antonio Esposito"),
            ("Avevamo paura", "uno dei commercianti"),  # "one of" a group, as written
            ("Senza le loro", "Raffaele D'Amico"),
        ],
    ),
    (
        "(ANSA) – TORINO, 4 DIC – «Torno a casa dopo trent'anni di carriera all'estero». Così il direttore d'orchestra Federico Lanza ha annunciato la sua nomina alla guida del Teatro Regio.\n\nIl maestro, 57 anni, ha diretto a Berlino, Londra e Tokyo. «Torino mi ha formato, ora voglio restituire qualcosa», ha spiegato all'ANSA.\n\nEntusiasta la sovrintendente, Laura Bonetti: «È la scelta migliore che potessimo fare», ha commentato.\n\nLanza ha già in mente il primo titolo: «Apriremo con Verdi, naturalmente».",
        [
            ("Torno a casa", "Federico Lanza"),
            ("Torino mi ha formato", "Federico Lanza"),
            ("È la scelta migliore", "Laura Bonetti"),
            ("Apriremo con Verdi", "Federico Lanza"),
        ],
    ),
    # batch 6, written before its rules (FR 16/19, ES 15/16, IT 15/18, PT 14/17 speakers right then, three unnamed role speakers counted as None; all 70 after)
    (
        "BOLOGNA – Il Comune ha presentato ieri il progetto per la nuova linea del tram che collegherà la stazione all'ospedale Maggiore.\n\n«È l'opera pubblica più importante degli ultimi trent'anni», ha sottolineato il sindaco Matteo Lepri durante la conferenza stampa.\n\nPer la consigliera di opposizione Federica Mazzoni, «i cantieri metteranno in ginocchio i negozi del centro». L'esponente di Fratelli d'Italia ha annunciato una raccolta firme.\n\nIl primo cittadino ha replicato: «Ci saranno ristori per tutte le attività coinvolte».",
        [
            ("È l'opera pubblica", "Matteo Lepri"),
            ("i cantieri metteranno", "Federica Mazzoni"),
            ("Ci saranno ristori", "Matteo Lepri"),
        ],
    ),
    (
        "PALERMO – La Corte d'Appello ha confermato la condanna a otto anni per Salvatore Lo Bianco, accusato di aver riciclato i soldi di un clan di Bagheria.\n\n«È una sentenza che rende giustizia alle vittime del racket», ha commentato il procuratore generale Rosaria Di Gregorio.\n\nIl difensore dell'imputato, l'avvocato Giuseppe Fazio, ha già annunciato ricorso in Cassazione. «Non c'è una sola prova diretta contro il mio cliente», ha dichiarato.\n\nLo Bianco, che si è sempre proclamato innocente, ha ascoltato la lettura del dispositivo in silenzio.",
        [("È una sentenza", "Rosaria Di Gregorio"), ("Non c'è una sola", "Giuseppe Fazio")],
    ),
    (
        "CICLISMO – Giulio Canestrari ha vinto la tappa regina del Giro dell'Appennino staccando tutti sull'ultima salita.\n\n«Ho sentito le gambe girare bene e ho deciso di partire a cinque chilometri dall'arrivo», ha raccontato il corridore abruzzese.\n\nIl direttore sportivo della squadra, Luca Ferrandi, non ha nascosto la soddisfazione: «Giulio ha corso con la testa, oltre che con le gambe».\n\nSecondo classificato il colombiano Andrés Mejía, staccato di quaranta secondi. «Oggi c'era uno più forte di me», ha ammesso.",
        [
            ("Ho sentito le gambe", "Giulio Canestrari"),
            ("Giulio ha corso", "Luca Ferrandi"),
            ("Oggi c'era uno", "Andrés Mejía"),
        ],
    ),
    (
        "FIRENZE – Un'auto è finita contro la vetrina di una farmacia in via dei Serragli nella notte tra sabato e domenica. Nessun ferito.\n\n«Ho sentito un boato e sono sceso in pigiama», racconta Paolo Bianchi, che abita al primo piano.\n\nAlla guida c'era un ragazzo di 19 anni, risultato positivo all'alcoltest. Secondo la polizia municipale, «viaggiava a velocità molto elevata».\n\nLa titolare della farmacia, Anna Maria Cecchi, stima i danni in decine di migliaia di euro. «Riapriremo il prima possibile», ha assicurato.",
        [
            ("Ho sentito un boato", "Paolo Bianchi"),
            ("viaggiava a velocità", None),
            ("Riapriremo", "Anna Maria Cecchi"),
        ],
    ),
    (
        "ROMA – L'Istat ha rivisto al rialzo le stime sulla crescita del Pil per il 2026, ora fissata allo 0,9 per cento.\n\n«Il dato è migliore delle attese, trainato dai consumi delle famiglie», spiega Lorenzo Caprioli, economista ed ex dirigente del Tesoro.\n\nPiù prudente la presidente dell'Ufficio parlamentare di bilancio, Lidia Castagna: «I rischi al ribasso restano significativi, soprattutto sul fronte energetico».\n\nIl ministro dell'Economia ha accolto i dati con soddisfazione. «Il Paese è sulla strada giusta», ha detto a margine di un convegno a Milano.",
        [
            ("Il dato è migliore", "Lorenzo Caprioli"),
            ("I rischi al ribasso", "Lidia Castagna"),
            ("Il Paese è sulla", "Il ministro dell'Economia"),
        ],
    ),
    (
        "MUSICA – Esce venerdì il nuovo album di Carmen Russo Delli Paoli, cantautrice napoletana che a 28 anni ha già vinto due Targhe Tenco.\n\n«In questo disco parlo di mia nonna, della sua Napoli che non c'è più», racconta. «Ogni canzone è una fotografia».\n\nIl disco è prodotto da Daniele Scognamiglio. «Carmen ha una scrittura antica e modernissima insieme», dice il sassofonista.\n\nL'artista partirà in tour a febbraio: «Voglio suonare soprattutto nei piccoli teatri del Sud».",
        [
            ("In questo disco", "Carmen Russo Delli Paoli"),
            ("Ogni canzone", "Carmen Russo Delli Paoli"),
            ("Carmen ha una scrittura", "Daniele Scognamiglio"),
            ("Voglio suonare", "Carmen Russo Delli Paoli"),
        ],
    ),
    # batch 7, written before its rules (FR 12/21, ES 12/15, IT 12/18, PT 14/16 speakers right then; all 70 after)
    (
        "GENOVA – Il consiglio regionale della Liguria ha approvato ieri la legge sulle case vacanza, che limita gli affitti brevi nei centri storici.\n\n«Vogliamo che nei nostri borghi tornino a vivere le famiglie», ha spiegato l'assessore regionale all'Urbanistica, Marco Scajola Bruzzone.\n\nContrari gli albergatori? No, al contrario. Secondo il presidente di Federalberghi Liguria, Aldo Werdin Costa, «è una norma di buon senso che andava fatta dieci anni fa».\n\nCritici invece i proprietari. «È un esproprio mascherato», ha tuonato Carla Pastorino, portavoce di un comitato di piccoli proprietari. «Faremo ricorso al Tar».",
        [
            ("Vogliamo che", "Marco Scajola Bruzzone"),
            ("è una norma", "Aldo Werdin Costa"),
            ("È un esproprio", "Carla Pastorino"),
            ("Faremo ricorso", "Carla Pastorino"),
        ],
    ),
    (
        "TRIBUNALE – Condannato a quattro anni e due mesi l'ex direttore della filiale di Cremona della Banca Padana, Gianpiero Della Valle, per appropriazione indebita.\n\nSecondo l'accusa, in otto anni avrebbe sottratto oltre due milioni di euro dai conti di clienti anziani. «Si fidavano di lui come di un figlio», ha detto in aula il pm Valentina Grasso.\n\nL'imputato ha chiesto scusa alle vittime: «Ho sbagliato e pagherò fino all'ultimo euro».\n\nIl suo legale, Franco Rossi, valuta il ricorso in appello.",
        [("Si fidavano di lui", "Valentina Grasso"), ("Ho sbagliato", "Gianpiero Della Valle")],
    ),
    (
        "BASKET – L'Olimpia Milano supera la Virtus Bologna 84-79 al termine di una partita tiratissima.\n\n«Siamo stati bravi a restare lucidi nel finale», ha commentato coach Ettore Messina Ferri nel dopo gara.\n\nMigliore in campo il giovane playmaker Nicolò Mannion Bassi, autore di 22 punti. «Sto ritrovando fiducia partita dopo partita», ha detto il ventiquattrenne.\n\nDall'altra parte, il tecnico della Virtus, Luca Banchi Ferraro, non cerca alibi: «Abbiamo perso troppi palloni, meritavano loro».",
        [
            ("Siamo stati bravi", "Ettore Messina Ferri"),
            ("Sto ritrovando", "Nicolò Mannion Bassi"),
            ("Abbiamo perso troppi", "Luca Banchi Ferraro"),
        ],
    ),
    (
        "AMBIENTE – La siccità mette in ginocchio le risaie del Vercellese: quest'anno la produzione potrebbe calare del 40 per cento.\n\n«Non ho mai visto i canali così vuoti in sessant'anni», racconta Giuseppe Ferrero, agricoltore di Desana, mentre mostra un campo ormai secco.\n\nIl presidente di Coldiretti Vercelli, Paolo Dellarole Sala, chiede lo stato di calamità. «Servono ristori immediati e un piano per gli invasi», sottolinea.\n\nPer l'idrologa Francesca Ruggeri, del Politecnico di Torino, «il problema non è più l'emergenza di un anno, ma il clima che cambia».",
        [
            ("Non ho mai visto", "Giuseppe Ferrero"),
            ("Servono ristori", "Paolo Dellarole Sala"),
            ("il problema non è", "Francesca Ruggeri"),
        ],
    ),
    (
        "CINEMA – Applausi a Venezia per «L'ultima estate», il nuovo film di Alice Ravera, unica regista italiana in concorso.\n\n«È un film sulla fine dell'adolescenza e sulla fine di un mondo», ha spiegato la regista in conferenza stampa.\n\nProtagonista è l'esordiente Sofia Bellandi, 19 anni, scoperta in un liceo di Livorno. «Fino a un anno fa non avevo mai recitato», ha raccontato emozionata.\n\nLa regista ha voluto ringraziare il suo cast: «Senza di loro questo film non esisterebbe».",
        [
            ("È un film sulla", "Alice Ravera"),
            ("Fino a un anno fa", "Sofia Bellandi"),
            ("Senza di loro", "Alice Ravera"),
        ],
    ),
    (
        "CRONACA – Un'anziana di 87 anni è stata truffata a Verona da due finti tecnici del gas che le hanno portato via gioielli e contanti per 15mila euro.\n\n«Sono entrati dicendo che c'era una fuga di gas e che dovevano controllare», ha raccontato la donna, Maria Teresa Zanetti, ai carabinieri.\n\nIl comandante della stazione, il maresciallo Davide Lo Cascio, invita alla prudenza. «Nessun tecnico chiede di vedere dove si tengono i soldi», avverte.\n\nLa figlia della vittima, Roberta, è ancora sotto choc: «Mia madre non dorme più».",
        [
            ("Sono entrati dicendo", "Maria Teresa Zanetti"),
            ("Nessun tecnico", "Davide Lo Cascio"),
            ("Mia madre non dorme", "Roberta"),
        ],
    ),
    # once in ARTICLES_HARD, right since the batch-5 and batch-6 rules
    (
        "La scrittrice Chiara Fontana ha vinto il premio Strega.\n\n«Non me lo aspettavo davvero», ha detto commossa. «Dedico questo premio a mia madre.»\n\nIl presidente della giuria, Alberto Serra, ha parlato di «un romanzo coraggioso».",
        [("Non me lo aspettavo", "Chiara Fontana"), ("Dedico questo", "Chiara Fontana")],
    ),
    (
        "FROSINONE – Il consiglio comunale ha approvato ieri sera il nuovo piano del traffico.\n\n«È una svolta per la città», ha dichiarato il sindaco Giovanni Di Stefano al termine della seduta. «Finalmente il centro tornerà ai pedoni».\n\nDura l'opposizione. «Un piano scritto senza ascoltare i commercianti», ha attaccato la capogruppo del Pd, Francesca Lo Presti.\n\nSecondo l'assessore alla mobilità, Marco De Angelis, i lavori partiranno a febbraio. «Ci vorranno circa otto mesi», ha precisato.\n\nIl primo cittadino ha poi replicato alle critiche: «Abbiamo fatto dodici incontri pubblici».",
        [
            ("È una svolta", "Giovanni Di Stefano"),
            ("Finalmente il centro", "Giovanni Di Stefano"),
            ("Un piano scritto", "Francesca Lo Presti"),
            ("Ci vorranno", "Marco De Angelis"),
            ("Abbiamo fatto", "Giovanni Di Stefano"),
        ],
    ),
    # batch 8, written before its rules (FR 10/13, ES 8/10, IT 7/11, PT 8/9 speakers right then; 42/43 after)
    (
        "TORINO – La Regione Piemonte ha approvato il piano per ridurre le liste d'attesa negli ospedali, con 40 milioni di euro in tre anni.\n\n«Nessun paziente dovrà aspettare più di sessanta giorni per una visita urgente», ha assicurato l'assessore alla Sanità, Federico Riboldi.\n\nScettica l'opposizione. Per la consigliera regionale Sarah Disabato, «sono promesse già sentite, senza personale non cambierà nulla».\n\nL'assessore ha ribattuto: «Abbiamo già assunto trecento infermieri».",
        [
            ("Nessun paziente", "Federico Riboldi"),
            ("sono promesse", "Sarah Disabato"),
            ("Abbiamo già assunto", "Federico Riboldi"),
        ],
    ),
    (
        "CALCIO – Il Napoli batte la Juventus 2-1 al Maradona e si porta a un punto dalla vetta.\n\nDecide una rete di Giacomo Raspadori Conti al novantesimo. «Ho tirato senza pensarci, è stato istintivo», ha raccontato l'attaccante a fine gara.\n\nIl tecnico azzurro, Antonio Conte Ferri, ha elogiato lo spirito della squadra: «I ragazzi non hanno mai smesso di crederci».\n\nDeluso l'allenatore bianconero Thiago Motta Rossi. «Abbiamo regalato un tempo», ha ammesso.",
        [
            ("Ho tirato", "Giacomo Raspadori Conti"),
            ("I ragazzi", "Antonio Conte Ferri"),
            ("Abbiamo regalato", "Thiago Motta Rossi"),
        ],
    ),
    (
        "BARI – Sequestrati dalla Guardia di Finanza 12 tonnellate di prodotti ittici privi di tracciabilità in un deposito alla periferia della città.\n\n«Il pesce veniva spacciato per locale, ma arrivava congelato dall'estero», ha spiegato il comandante provinciale delle Fiamme Gialle, il generale Luca Cervi.\n\nIl titolare dell'azienda, un cinquantenne barese, è stato denunciato per frode in commercio.\n\n«I controlli continueranno per tutta la stagione natalizia», ha aggiunto l'ufficiale.",
        [("Il pesce veniva", "Luca Cervi"), ("I controlli continueranno", "Luca Cervi")],
    ),
    (
        "LIBRI – Con il suo primo romanzo, la trentenne Giulia Caminito Bassi ha conquistato critica e lettori: trentamila copie vendute in due mesi.\n\n«Non me lo aspettavo, scrivevo di notte dopo il lavoro in biblioteca», confessa la scrittrice.\n\nIl suo editore, Marco Cassini, racconta di aver letto il manoscritto «in una notte sola». «Ho capito subito che era un libro speciale», dice.\n\nLa giovane autrice sta già lavorando al secondo libro: «Sarà più cupo, ma sempre sulla mia città».",
        [
            ("Non me lo aspettavo", "Giulia Caminito Bassi"),
            ("Ho capito subito", "Marco Cassini"),
            ("Sarà più cupo", "Giulia Caminito Bassi"),
        ],
    ),
    # batch 9, written after the batch-5 to batch-8 rules and scored before any change for it (FR 9/9, ES 8/9, IT 7/10, PT 6/10 speakers right then; 36/38 after)
    (
        "PADOVA – Il sindaco Sergio Giordani Pavan ha firmato ieri l'ordinanza che vieta la vendita di alcolici da asporto dopo le 21 nelle piazze del centro.\n\n«Vogliamo piazze vive, ma non ostaggio di chi beve e fa rumore fino all'alba», ha sottolineato il primo cittadino.\n\nProtestano i commercianti. «Ci stanno togliendo una fetta importante di incassi», lamenta Roberto Ferro, titolare di un minimarket in piazza delle Erbe.\n\nIl sindaco promette controlli a campione: «Chi sgarra pagherà multe salate».",
        [
            ("Vogliamo piazze vive", "Sergio Giordani Pavan"),
            ("Ci stanno togliendo", "Roberto Ferro"),
            ("Chi sgarra", "Sergio Giordani Pavan"),
        ],
    ),
    (
        "SCIENZA – Un team dell'Istituto nazionale di astrofisica ha individuato un pianeta simile alla Terra a 40 anni luce dal Sole.\n\n«Ha la dimensione giusta e si trova nella zona in cui potrebbe esserci acqua liquida», spiega l'astrofisica Giusi Micela Bruno, che ha guidato la ricerca.\n\nIl collega Alessandro Sozzetti Villa invita alla cautela: «Non sappiamo ancora nulla della sua atmosfera».\n\nLe prossime osservazioni sono previste con il telescopio spaziale James Webb.",
        [("Ha la dimensione", "Giusi Micela Bruno"), ("Non sappiamo", "Alessandro Sozzetti Villa")],
    ),
    # batch 10, written after all the rules above and scored before any change for it (FR 6/8, ES 7/7, IT 7/7, PT 5/6 speakers right then; all 28 after)
    (
        "FIRENZE – Il Consiglio comunale ha approvato lo stop ai nuovi affitti brevi nel centro storico Unesco.\n\n«Firenze non può diventare un albergo diffuso senza abitanti», ha detto la sindaca Sara Funaro Guidi in aula.\n\nIl capogruppo di Fratelli d'Italia, Alessandro Draghi Neri, ha annunciato ricorso: «È una norma illegittima che colpisce i piccoli proprietari».\n\nLa prima cittadina ha replicato che la delibera «è stata scritta con i migliori giuristi».",
        [
            ("Firenze non può", "Sara Funaro Guidi"),
            ("È una norma illegittima", "Alessandro Draghi Neri"),
        ],
    ),
    (
        "SCI – Federica Brignone Costa ha vinto il gigante di Sölden, prima gara della stagione di Coppa del mondo.\n\n«Non pensavo di essere già così in forma», ha spiegato la valdostana al traguardo. «Ho sciato libera, senza pensieri».\n\nSeconda la svizzera Lara Gut Behrami, che ha commentato: «Federica oggi era imbattibile».",
        [
            ("Non pensavo", "Federica Brignone Costa"),
            ("Ho sciato libera", "Federica Brignone Costa"),
            ("Federica oggi era", "Lara Gut Behrami"),
        ],
    ),
    (
        "CRONACA – Un incendio ha distrutto nella notte un capannone di una ditta di logistica a Piacenza. Nessun ferito.\n\n«Le fiamme erano altissime, si vedevano da chilometri», racconta Giorgio Bassi, che abita a poche centinaia di metri.\n\nSecondo i vigili del fuoco, l'incendio sarebbe partito da un cortocircuito. Il titolare dell'azienda, Paolo Guarnieri, stima danni per tre milioni di euro. «Ripartiremo, ma ci vorrà tempo», ha assicurato.",
        [("Le fiamme erano", "Giorgio Bassi"), ("Ripartiremo", "Paolo Guarnieri")],
    ),
    # batch 11, written after all the rules above and scored before any change for it (FR 7/7, ES 3/4, IT 3/4, PT 3/4 speakers right then; 18/19 after)
    (
        "MILANO – La Scala ha presentato la nuova stagione, che si aprirà il 7 dicembre con la «Traviata» di Verdi.\n\n«Abbiamo voluto un titolo amato dal pubblico, ma con una regia innovativa», ha spiegato il sovrintendente Fortunato Ortombina Galli.\n\nSul podio ci sarà Riccardo Chailly Ferri, al suo ultimo anno da direttore musicale. «Lascio un'orchestra straordinaria», ha detto il maestro, visibilmente commosso.\n\nIl sindaco Giuseppe Sala Monti ha parlato di «un orgoglio per tutta la città».",
        [
            ("Abbiamo voluto", "Fortunato Ortombina Galli"),
            ("Lascio un'orchestra", "Riccardo Chailly Ferri"),
        ],
    ),
    (
        "GIUSTIZIA – La Cassazione ha annullato con rinvio l'assoluzione di un medico accusato della morte di una paziente all'ospedale di Cosenza.\n\n«Finalmente qualcuno ci ascolta», ha commentato la figlia della donna, Teresa Scarpelli, che da sei anni chiede giustizia.\n\nL'avvocato del medico, Enzo Belvedere Greco, si dice fiducioso: «Nel nuovo processo dimostreremo che il mio cliente ha fatto tutto il possibile».",
        [
            ("Finalmente qualcuno", "Teresa Scarpelli"),
            ("Nel nuovo processo", "Enzo Belvedere Greco"),
        ],
    ),
    # batch 12, written after all the rules above and scored before any change for it (FR 4/4, ES 4/4, IT 6/7, PT 6/7 speakers right then; all 22 after)
    (
        "VENEZIA – Il Mose è stato alzato ieri per la prima volta in questa stagione, con una marea prevista di 130 centimetri.\n\n«Il sistema ha funzionato perfettamente, piazza San Marco è rimasta asciutta», ha dichiarato il commissario straordinario Elisabetta Spitz Romano.\n\nSoddisfatti i commercianti. «Fino a qualche anno fa avremmo avuto l'acqua alle ginocchia», ricorda Ernesto Pancin, titolare di un negozio di vetri.\n\nSecondo il sindaco Luigi Brugnaro Bassi, «Venezia ora può guardare al futuro con più serenità».",
        [
            ("Il sistema ha funzionato", "Elisabetta Spitz Romano"),
            ("Fino a qualche anno", "Ernesto Pancin"),
            ("Venezia ora può", "Luigi Brugnaro Bassi"),
        ],
    ),
    (
        "MOTOGP – Francesco Bagnaia Rossi ha vinto il Gran Premio del Mugello davanti a oltre centomila spettatori.\n\n«Vincere qui è sempre speciale, il pubblico mi ha spinto giro dopo giro», ha detto il pilota piemontese.\n\nSecondo al traguardo lo spagnolo Jorge Martín López, che non nasconde la delusione: «Ho provato di tutto, ma oggi Pecco era più veloce».",
        [("Vincere qui", "Francesco Bagnaia Rossi"), ("Ho provato di tutto", "Jorge Martín López")],
    ),
    (
        "ECONOMIA – Le imprese artigiane del Veneto chiedono al governo di ridurre il costo dell'energia.\n\n«Paghiamo la bolletta più cara d'Europa», ha denunciato il presidente di Confartigianato Veneto, Roberto Boschetto, durante l'assemblea annuale.\n\nIl ministro delle Imprese, presente in sala, ha promesso un intervento entro l'estate. «Stiamo lavorando a un decreto», ha assicurato.",
        [
            ("Paghiamo la bolletta", "Roberto Boschetto"),
            ("Stiamo lavorando", "Il ministro delle Imprese"),
        ],
    ),
    # batch sp-ptit, written before its rules and scored on them unchanged (PT 21/26, IT 19/25 speakers right then; PT 24/26, IT 25/25 after)
    (
        "BERGAMO – Il consiglio comunale ha approvato ieri sera il bilancio di previsione con 21 voti favorevoli e 12 contrari.\n\n«È un bilancio che non aumenta le tasse e investe sulle scuole», ha spiegato l'assessore al Bilancio, Ottavio Brambilla Riva.\n\nDure le critiche dell'opposizione. «Mancano i fondi per il trasporto pubblico nelle frazioni», ha attaccato la capogruppo Nadia El Amrani.\n\nIl sindaco Gualtiero Fumagalli ha difeso la manovra a margine della seduta: «Abbiamo fatto scelte responsabili». «Il trasporto sarà la priorità del prossimo anno», ha aggiunto il primo cittadino.",
        [
            ("È un bilancio", "Ottavio Brambilla Riva"),
            ("Mancano i fondi", "Nadia El Amrani"),
            ("Abbiamo fatto", "Gualtiero Fumagalli"),
            ("Il trasporto sarà", "Gualtiero Fumagalli"),
        ],
    ),
    (
        "PALERMO – La Corte d'Assise ha condannato all'ergastolo Salvatore Lo Piccolo Amato per l'omicidio del commerciante Vittorio Gancitano, ucciso nel 2021 davanti al suo negozio.\n\n«Giustizia è stata fatta, anche se nessuno ci restituirà nostro padre», ha detto la figlia della vittima, Rosalia Gancitano, all'uscita dall'aula.\n\nIl difensore dell'imputato, l'avvocato Ermanno Cusumano, ha annunciato ricorso in appello. «Le prove sono soltanto indiziarie», ha sottolineato il legale.\n\nSoddisfatto il procuratore aggiunto Leonarda Pipitone. «Il processo ha dimostrato che il quartiere ha avuto il coraggio di parlare», ha dichiarato.\n\nSecondo la pm, «senza i testimoni questa sentenza non ci sarebbe stata».",
        [
            ("Giustizia è stata", "Rosalia Gancitano"),
            ("Le prove sono", "Ermanno Cusumano"),
            ("Il processo ha", "Leonarda Pipitone"),
            ("senza i testimoni", "Leonarda Pipitone"),
        ],
    ),
    (
        "SCI ALPINO – Il gardenese Matthias Runggaldier Senoner ha vinto la discesa libera di Val Gardena, davanti allo svizzero Reto Aebischer.\n\n«Vincere davanti alla mia gente è un sogno che si avvera», ha detto l'altoatesino al traguardo.\n\n«Sulla Ciaslat ho rischiato tutto», ha spiegato.\n\nAebischer non nasconde la delusione: «Ho perso due decimi nel tratto finale». Il direttore tecnico azzurro, Gianluca Zanoletti, si gode il momento. «Matthias è cresciuto tantissimo in questa stagione», ha commentato a margine della premiazione.",
        [
            ("Vincere davanti", "Matthias Runggaldier Senoner"),
            ("Sulla Ciaslat", "Matthias Runggaldier Senoner"),
            ("Ho perso due", "Reto Aebischer"),
            ("Matthias è cresciuto", "Gianluca Zanoletti"),
        ],
    ),
    (
        "MILANO – Il gruppo alimentare Dolciaria Lombarda chiude il 2025 con ricavi in crescita del 14 per cento, trainati dalle esportazioni negli Stati Uniti.\n\n«Il mercato americano vale ormai un terzo del nostro fatturato», ha spiegato l'amministratore delegato Corrado Vismara durante la presentazione dei conti.\n\nL'azienda assumerà 150 persone nello stabilimento di Lodi. «Cerchiamo soprattutto tecnici e manutentori», ha precisato il manager.\n\nPreoccupati però i sindacati per i dazi. «Se arrivano i dazi, chi pagherà il conto saranno i lavoratori», ha avvertito Ilaria Tocchetti della Flai Cgil.\n\nSecondo l'analista Benedetto Oyelaran, di Banca Meridiana, «la crescita è solida ma l'esposizione al dollaro è un rischio».",
        [
            ("Il mercato americano", "Corrado Vismara"),
            ("Cerchiamo soprattutto", "Corrado Vismara"),
            ("Se arrivano i dazi", "Ilaria Tocchetti"),
            ("la crescita è solida", "Benedetto Oyelaran"),
        ],
    ),
    (
        "CULTURA – Riapre dopo tre anni di restauri il Teatro Sociale di Rovigo, con una prima della Traviata diretta da Ludovica Sartori Bellin.\n\n«Questo teatro è il cuore della città e finalmente torna a battere», ha detto il sindaco Tiberio Zanella durante il taglio del nastro.\n\nLa direttrice d'orchestra ha raccontato l'emozione delle prove. «L'acustica è tornata quella di un tempo», ha spiegato Sartori Bellin. «I musicisti la sentono sotto le dita.»\n\nIl restauro è costato 8 milioni di euro. «Abbiamo recuperato gli stucchi originali dell'Ottocento», ha sottolineato l'architetto Fabrizio Mantoan, che ha diretto i lavori.\n\nPer la soprintendente Agnese Dal Molin «è un modello di recupero per tutto il Veneto».",
        [
            ("Questo teatro", "Tiberio Zanella"),
            ("L'acustica", "Ludovica Sartori Bellin"),
            ("I musicisti", "Ludovica Sartori Bellin"),
            ("Abbiamo recuperato", "Fabrizio Mantoan"),
            ("è un modello", "Agnese Dal Molin"),
        ],
    ),
    (
        "NAPOLI – I carabinieri hanno sequestrato oltre due tonnellate di fuochi d'artificio illegali in un deposito abusivo di Casoria.\n\n«Il materiale era stipato accanto a un asilo: poteva essere una strage», ha spiegato il comandante provinciale, il colonnello Arturo Squillace, in conferenza stampa.\n\nArrestato il titolare del deposito, un 52enne già noto alle forze dell'ordine. «Lo vendeva anche ai ragazzini, tramite i social», ha aggiunto l'ufficiale.\n\nIl sindaco di Casoria, Raffaele Capasso Iorio, ha ringraziato i militari. «Chi mette in pericolo i bambini non merita alcuna pietà», ha dichiarato.\n\nLa Procura di Napoli Nord, in una nota, sottolinea che «i controlli proseguiranno fino a Capodanno».",
        [
            ("Il materiale era", "Arturo Squillace"),
            ("Lo vendeva", "Arturo Squillace"),
            ("Chi mette", "Raffaele Capasso Iorio"),
            ("i controlli", "La Procura di Napoli Nord"),
        ],
    ),
    # batch sp-ptit-2, written after the batch sp-ptit rules and scored before its own (PT 11/17, IT 12/16 speakers right then; PT 16/16, IT 14/16 after; a quotation running over two paragraphs is one quotation)
    (
        "TORINO – Il Comune ha presentato ieri il piano per la nuova linea 2 della metropolitana, che collegherà Mirafiori al quartiere Rebaudengo.\n\n«È l'opera pubblica più importante dei prossimi vent'anni», ha spiegato il sindaco Edoardo Ravaschio durante la conferenza stampa.\n\nL'assessora ai Trasporti, Marisa Ghiotti, ha illustrato i tempi. «I primi cantieri apriranno nel 2027», ha detto a margine dell'incontro.\n\nPerplessi i comitati di quartiere. «Temiamo anni di disagi senza garanzie sui fondi», ha dichiarato Pierpaolo Vaudagna, portavoce del comitato Barriera Viva.\n\nRavaschio ha replicato: «I fondi ci sono, sono nel decreto approvato a luglio».",
        [
            ("È l'opera", "Edoardo Ravaschio"),
            ("I primi cantieri", "Marisa Ghiotti"),
            ("Temiamo anni", "Pierpaolo Vaudagna"),
            ("I fondi ci sono", "Edoardo Ravaschio"),
        ],
    ),
    (
        "CALCIO – L'Atalanta batte il Genoa 3-1 e aggancia il quarto posto.\n\n«Abbiamo giocato con la testa giusta dal primo minuto», ha detto il tecnico nerazzurro Sandro Pellizzari nel post partita.\n\nDoppietta per l'attaccante nigeriano Chukwuemeka Obi. «Dedico i gol a mio figlio, che è nato martedì», ha raccontato il centravanti.\n\nIl difensore Tommaso Belingheri, al rientro dopo l'infortunio, ha ammesso: «Avevo paura di non tornare più quello di prima».\n\nSul fronte rossoblù, l'allenatore Ivano Marchionni non cerca scuse. «Abbiamo regalato due gol», ha sottolineato.",
        [
            ("Abbiamo giocato", "Sandro Pellizzari"),
            ("Dedico i gol", "Chukwuemeka Obi"),
            ("Avevo paura", "Tommaso Belingheri"),
            ("Abbiamo regalato", "Ivano Marchionni"),
        ],
    ),
    # batch sp-ptit-3, written after the sp-ptit and sp-ptit-2 rules and scored on them unchanged (PT 10/11, IT 10/10 then; PT 11/11 after 'revelou')
    (
        "GENOVA – Il porto di Genova chiude il 2025 con un record di container movimentati, nonostante la crisi nel Mar Rosso.\n\n«È il risultato del lavoro di tutta la comunità portuale», ha dichiarato il presidente dell'Autorità di sistema portuale, Tancredi Parodi Castellani, presentando i dati.\n\nPiù cauti gli spedizionieri. Secondo Ester Bonavita, presidente di Spediporto, «senza la nuova diga il porto rischia di perdere le grandi navi».\n\nIl sindaco Arnaldo Queirolo ha parlato a margine dell'evento. «La diga sarà pronta nel 2028, non un giorno di più», ha assicurato.",
        [
            ("È il risultato", "Tancredi Parodi Castellani"),
            ("senza la nuova diga", "Ester Bonavita"),
            ("La diga sarà", "Arnaldo Queirolo"),
        ],
    ),
    (
        "CATANIA – Due giovani sono stati arrestati dalla polizia dopo una rapina in una farmacia di via Etnea.\n\n«Sono entrati con il volto coperto e mi hanno puntato un coltello», racconta la farmacista, Agata Scuderi, ancora scossa.\n\nI due sono stati fermati poco dopo grazie alle telecamere. «Il lavoro della squadra mobile è stato rapidissimo», ha detto il questore Maurizio Sgroi in conferenza stampa.\n\n«Abbiamo individuato l'auto in meno di un'ora», ha precisato il dirigente della squadra mobile, Alfio Nicotra. «Uno dei due aveva già precedenti per furto».",
        [
            ("Sono entrati", "Agata Scuderi"),
            ("Il lavoro della", "Maurizio Sgroi"),
            ("Abbiamo individuato", "Alfio Nicotra"),
            ("Uno dei due", "Alfio Nicotra"),
        ],
    ),
    (
        "VOLLEY – L'Imoco Conegliano vince la Champions League per la terza volta, battendo in finale le turche del Vakifbank.\n\n«Questa squadra non smette mai di stupirmi», ha detto coach Daniele Santarelli Moro dopo la finale.\n\nMvp della partita la schiacciatrice Isabelle Haak-Lindqvist, che ha chiuso con 31 punti. «Abbiamo sofferto nel terzo set, ma poi abbiamo ritrovato il nostro gioco», ha spiegato la svedese.\n\nIn tribuna anche il presidente del club, Piero Garbellotto. «Una serata che resterà nella storia di Conegliano», ha commentato.",
        [
            ("Questa squadra", "Daniele Santarelli Moro"),
            ("Abbiamo sofferto", "Isabelle Haak-Lindqvist"),
            ("Una serata", "Piero Garbellotto"),
        ],
    ),
    # batch sp-ptit-2, once in ARTICLES_HARD, right since 'ha fatto sapere' reads as a speech verb
    (
        "FIRENZE – Il tribunale del Riesame ha annullato gli arresti domiciliari per l'imprenditore tessile Lapo Guicciardini Neri, indagato per sfruttamento del lavoro.\n\n«Il mio assistito ha sempre rispettato i contratti nazionali», ha commentato il suo avvocato, Duccio Bertelli.\n\nDiverso il parere della Cgil. Secondo la segretaria provinciale Mirella Santangelo, «nei capannoni di Prato si lavora ancora quattordici ore al giorno».\n\nL'inchiesta prosegue. «Stiamo analizzando i registri di quattro aziende», ha fatto sapere il procuratore Corrado Lanzetta.\n\n«Non ci fermiamo alla prima decisione», ha aggiunto il magistrato.",
        [
            ("Il mio assistito", "Duccio Bertelli"),
            ("nei capannoni", "Mirella Santangelo"),
            ("Stiamo analizzando", "Corrado Lanzetta"),
            ("Non ci fermiamo", "Corrado Lanzetta"),
        ],
    ),
    # batch sp-ptit-4, written after all the sp-ptit rules as an unseen check, no rule changed for it (PT 8/12, IT 11/11)
    (
        "CICLISMO – Il trentino Elia Ferrazza Dallapiccola ha vinto la tappa del Giro con arrivo sul Monte Bondone, staccando tutti sull'ultima salita.\n\n«Su queste strade mi allenavo da ragazzo, conoscevo ogni curva», ha detto il trentino dopo il traguardo.\n\n«Dedico la vittoria a mio nonno, che mi portava qui in bicicletta», ha aggiunto commosso.\n\nLa maglia rosa resta sulle spalle del danese Mikkel Østergaard Friis, arrivato terzo. «Ho perso qualche secondo, ma il Giro è ancora lungo», ha commentato il danese.",
        [
            ("Su queste strade", "Elia Ferrazza Dallapiccola"),
            ("Dedico la vittoria", "Elia Ferrazza Dallapiccola"),
            ("Ho perso qualche", "Mikkel Østergaard Friis"),
        ],
    ),
    (
        "BARI – Il consiglio regionale ha approvato la legge sul salario minimo negli appalti pubblici, la prima in Italia.\n\n«È una giornata storica per i lavoratori pugliesi», ha detto l'assessore al Lavoro, Gianfranco Delvecchio Sasso, a margine del voto.\n\nContraria Confindustria Puglia. Secondo il presidente Onofrio Lamacchia, «la legge rischia di essere impugnata davanti alla Corte costituzionale».\n\nLa consigliera Annalisa Dimiccoli, prima firmataria, respinge le critiche. «Abbiamo scritto la norma con i migliori giuristi», spiega. «Non temiamo nessun ricorso.»",
        [
            ("È una giornata", "Gianfranco Delvecchio Sasso"),
            ("la legge rischia", "Onofrio Lamacchia"),
            ("Abbiamo scritto", "Annalisa Dimiccoli"),
            ("Non temiamo", "Annalisa Dimiccoli"),
        ],
    ),
    (
        "MODENA – La Ferrari ha presentato a Maranello la nuova monoposto per il campionato di Formula 1.\n\n«È una macchina completamente nuova, non un'evoluzione», ha spiegato il team principal Frédéric Vasseur Lambert.\n\nEntusiasta il pilota monegasco Charles-Henri Devaux. «Al simulatore mi ha dato sensazioni fantastiche», ha detto il monegasco. «Adesso dobbiamo confermarlo in pista.»\n\nPiù prudente il compagno di squadra Kwabena Mensah-Hart: «Aspettiamo i primi test in Bahrein prima di giudicare».",
        [
            ("È una macchina", "Frédéric Vasseur Lambert"),
            ("Al simulatore", "Charles-Henri Devaux"),
            ("Adesso dobbiamo", "Charles-Henri Devaux"),
            ("Aspettiamo i primi", "Kwabena Mensah-Hart"),
        ],
    ),
    # a gerund or a manner phrase after the verb: no subject ("», ha detto sorridendo"), or the
    # end of the speaker's phrase ("ha detto Rossi lasciando l'aula")
    (
        "Bilancio, la minoranza esce dall'aula\n\nSeduta tesa ieri sera in consiglio comunale a Valfredda, dove la maggioranza ha approvato il bilancio di previsione con undici voti a favore.\n\n«Non partecipiamo a questa recita», ha dichiarato Ornella Pasquali Conti lasciando l'aula insieme ai suoi consiglieri.\n\nIl sindaco, Teodoro Manfredini, ha difeso le scelte della giunta. «I conti sono in ordine e lo dicono i revisori», ha detto tra gli applausi della maggioranza. «Chi se ne va non ha argomenti».\n\nL'assessore al Bilancio, Gualtiero Ferri, ha illustrato le cifre. «Non ci sono nuove tasse», ha spiegato sorridendo.",
        [
            ("Non partecipiamo", "Ornella Pasquali Conti"),
            ("I conti sono", "Teodoro Manfredini"),
            ("Chi se ne va", "Teodoro Manfredini"),
            ("Non ci sono", "Gualtiero Ferri"),
        ],
    ),
    # a phrase of two words or more in marks inside the speech a verb reports, the sentence
    # going on after it: a quotation of its subject
    (
        "Chiude lo stabilimento di Valfredda\n\nL'assessore regionale al Lavoro, Cosimo Ardenghi, ha ammesso ieri che la situazione dello stabilimento è «molto difficile» e che la Regione cercherà un acquirente entro l'estate.\n\nI sindacati hanno proclamato uno sciopero per lunedì e chiedono un incontro con la proprietà e con i vertici della Regione prima della fine del mese.",
        [("molto difficile", "Cosimo Ardenghi")],
    ),
    # a Romance pluperfect auxiliary before the verb, a participle on the speaker's state, a
    # listener and a manner after it: no subject, the person named before goes on
    (
        "Alluvione a Borgo Casale, la notte della paura\n\nGli sfollati sono stati ospitati nella palestra comunale. Tra loro c'è Ernestina Broglio Valli, 79 anni, che vive da sola a pochi metri dal torrente. «Mi hanno svegliato i pompieri bussando alla porta», racconta seduta su una brandina.\n\nIl procuratore Amedeo Sartori Lenzi ha aperto un fascicolo per disastro colposo. «Qualcuno doveva controllare gli argini», aveva detto durante un convegno sulla sicurezza.\n\nLa sindaca, Tiziana Morbidelli, ha visitato la palestra in serata. «Nessuno resterà senza un tetto», ha detto ai volontari con la voce rotta.",
        [
            ("Mi hanno svegliato", "Ernestina Broglio Valli"),
            ("Qualcuno doveva", "Amedeo Sartori Lenzi"),
            ("Nessuno resterà", "Tiziana Morbidelli"),
        ],
    ),
    # Italian speech verbs of news copy: "ha esordito", "ha sospirato"
    (
        "Il ritorno del regista a Valfredda\n\nIl regista Amilcare Bonfanti Reggiani ha presentato ieri il suo nuovo film nel cinema dove aveva visto il primo spettacolo da bambino, davanti a duecento spettatori.\n\n«Qui ho imparato cosa vuol dire raccontare una storia», ha esordito Bonfanti. «Tornare è stato più difficile del previsto», ha sospirato alla fine della serata.",
        [
            ("Qui ho imparato", "Amilcare Bonfanti Reggiani"),
            ("Tornare è stato", "Amilcare Bonfanti Reggiani"),
        ],
    ),
    # "Come ha spiegato X, «…»" (as X said) and "A detta di X, «…»" (in X's words)
    (
        "Il nuovo ospedale di Valfredda\n\nIl sindaco di Valfredda, Ottavio Brambati, ha inaugurato ieri il nuovo ospedale. Come ha spiegato Brambati durante la cerimonia, «i lavori sono finiti con sei mesi di anticipo».\n\nA detta del direttore sanitario, Leonida Caprioli, «il pronto soccorso sarà operativo da lunedì».",
        [
            ("i lavori sono finiti", "Ottavio Brambati"),
            ("il pronto soccorso", "Leonida Caprioli"),
        ],
    ),
    # "Lo ha confermato X: «…»": an object pronoun before the verb, its subject after it
    (
        "Scuole chiuse per neve a Valfredda\n\nScuole chiuse domani in tutti i comuni della valle per la neve caduta nella notte. Lo ha confermato anche la prefetta, Giuditta Sanfilippo, in una nota diffusa in serata: «Il piano neve funziona, ma serve prudenza».",
        [("Il piano neve", "Giuditta Sanfilippo")],
    ),
    # "Ma avverte: «…»" (a conjunction, a verb with no subject: the person before) and "Ma
    # avverte il sindaco, X: «…»" (the subject after the verb)
    (
        "Il caso delle mense scolastiche a Valfredda\n\nDa lunedì le mense delle scuole primarie cambiano gestore dopo le proteste dei genitori. La portavoce del comitato, Clelia Barbieri Fontana, parla di una vittoria di tutti. Ma avverte: «Vigileremo sulla qualità dei pasti».\n\nSoddisfatta anche la giunta, che ha preso la decisione ieri dopo settimane di proteste. Ma avverte il sindaco, Eusebio Rinaldi Cortese: «Il bilancio resta in difficoltà».",
        [
            ("Vigileremo sulla", "Clelia Barbieri Fontana"),
            ("Il bilancio resta", "Eusebio Rinaldi Cortese"),
        ],
    ),
    # "X Y, secondo cui …«…»": the person "according to whom" is about
    (
        "Il caso delle mense scolastiche\n\nLa giunta ha assegnato il servizio a un nuovo gestore. Di diverso avviso il consigliere di opposizione Guido Ferrandi Monti, secondo cui la gara è stata «fatta in fretta e male» e andrebbe rifatta entro l'estate.",
        [("fatta in fretta", "Guido Ferrandi Monti")],
    ),
    # an object pronoun between the subject and the verb; "l'ateneo" for the university
    (
        "Il progetto è finito. L'Università di Valdora ha ricordato i fondi. Poi Paolo Neri, geologo, ha parlato dei risultati. L'ateneo lo definisce «un esempio di come si lavora bene insieme».",
        [("un esempio", "Università di Valdora")],
    ),
    # a business on "-ificio" opening its sentence, then "il gruppo"
    (
        "Il Caseificio Bortolan chiude il semestre con ricavi in crescita. Nella nota diffusa ieri, il gruppo parla di «un semestre solido e sereno per tutti».",
        [("un semestre", "Caseificio Bortolan")],
    ),
    # impersonal "one reads in a note of X": the body, not the person named before
    (
        "Il sindaco Marco Rossi ha parlato ieri ai cittadini. «Restate a casa e non avvicinatevi ai fiumi per nessun motivo», si legge in una nota diffusa dalla Protezione civile regionale.\n\nLa scuola resta chiusa. «Le lezioni riprenderanno lunedì se il livello del fiume scende», si apprende da una nota dell'Asl Valle Alta.",
        [("Restate a casa", "Protezione civile regionale"), ("Le lezioni", "Asl Valle Alta")],
    ),
    # a role noun for someone introduced with another: "l'ad", "la studiosa"
    (
        "Il gruppo chiude bene il semestre. L'amministratore delegato Carlo Bertoni era presente. Alla riunione c'era anche il presidente, Mario Neri. «È la scommessa più grande della nostra storia», ha detto l'ad.",
        [("È la scommessa", "Carlo Bertoni")],
    ),
    (
        "«Lo strato è chiarissimo», racconta Elena Fabbri, geologa dell'università. A notarlo è stata Giulia Sarti, dottoranda del gruppo.\n\nLe analisi indicano un vulcano lontano. Secondo la studiosa, si tratta di un evento enorme: «La nube deve essere salita di molti chilometri».",
        [("Lo strato", "Elena Fabbri"), ("La nube", "Elena Fabbri")],
    ),
    # an amount of time and "after" after the verb is no subject: the speaker goes on
    (
        "Il sindaco Marco Rossi ha parlato ai cittadini in piazza per due ore di fila. «Ricostruiremo tutto entro l'estate, ve lo prometto», ha detto pochi minuti dopo.",
        [("Ricostruiremo", "Marco Rossi")],
    ),
    # a relative clause before the quotation: the name "che" is about, not the object after "al"
    (
        "Il volontariato aiuta molto in città. Lo dico con rispetto per chi regala il suo tempo, come l'Associazione Amici del Parco, che in un documento inviato al Comune si dice «pronta a fare la propria parte, ma non a sostituire i giardinieri».",
        [("pronta", "Associazione Amici del Parco")],
    ),
    # "secondo" a document of a body: the body
    (
        "Il sindaco Marco Rossi ha parlato ai cittadini in piazza per due ore di fila. Secondo una nota del Comune di Valdora, i lavori «finiranno entro l'estate, salvo imprevisti».",
        [("finiranno", "Comune di Valdora")],
    ),
    # an object pronoun and the verb after the quotation, no subject: the speaker goes on
    (
        "L'assessore alla Cultura, Silvio Bruni, non si sottrae alla domanda quando gli chiediamo della biblioteca chiusa il sabato mattina. «Preferisco una biblioteca aperta un po' meno a una biblioteca chiusa del tutto», mi ha detto al telefono.",
        [("Preferisco", "Silvio Bruni")],
    ),
    # a relative clause whose verb has no other subject: the name "che" is about
    (
        "I giudici hanno accolto in parte la tesi del difensore, l'avvocato Marco Serra, che nella sua arringa aveva parlato di «un ragazzo distrutto, che ha scelto di costituirsi».\n\nIl padre non ha commentato. Lo ha fatto per lui la legale di parte civile, Anna Bruni, che ha annunciato un possibile ricorso in Cassazione: «Leggeremo le motivazioni, ma l'impressione è chiara».",
        [("un ragazzo", "Marco Serra"), ("Leggeremo", "Anna Bruni")],
    ),
    # two given names, the first one missing from the general lists
    (
        "Da trent'anni Olindo Carlo Ferretti apre la bottega alle sei.\n\n«Il pane non aspetta nessuno», racconta l'uomo.",
        [("Il pane", "Olindo Carlo Ferretti")],
    ),
]
# articles whose speakers the rules do not all get yet; counted in the share only
ARTICLES_HARD: list[Case] = [
    (
        "La premier Giorgia Meloni ha risposto alle critiche dell'opposizione.\n\n«Non prendo lezioni da chi ha governato per dieci anni senza risultati», ha detto in aula.\n\nLa segretaria del Pd, Elly Schlein, ha replicato: «La premier scappa dal confronto.»",
        [("Non prendo lezioni", "Giorgia Meloni"), ("La premier scappa", "Elly Schlein")],
    ),
    # batch 4a, written before its rules (45/62 speakers right then in 7 languages, 53/62 after)
    # batch 4b, written before its rules (38/58 speakers right then in 7 languages, 46/58 after)
    (
        "MILANO - La Borsa di Milano ha chiuso in rialzo dell'1,2%.\n\n«Il mercato ha accolto bene i dati sull'inflazione», spiega Giulia Ferraresi, analista di Banca Sella. «Ora tutti guardano alla Bce».\n\nPiù cauto Vincenzo Longo, strategist di IG: «È presto per parlare di svolta».",
        [
            ("Il mercato ha accolto", "Giulia Ferraresi"),
            ("Ora tutti guardano", "Giulia Ferraresi"),
            ("È presto", "Vincenzo Longo"),
        ],
    ),
    (
        "Sul Monte Bianco è stato salvato un alpinista polacco rimasto bloccato per due notti.\n\n«Le condizioni erano proibitive, con vento a cento chilometri orari», ha raccontato il capo del soccorso alpino, Marco Dalla Valle. «Siamo riusciti a raggiungerlo solo all'alba».\n\nL'uomo, Piotr Nowak, 41 anni, è ricoverato ad Aosta. «Ho pensato di morire», ha detto ai medici.",
        [
            ("Le condizioni", "Marco Dalla Valle"),
            ("Siamo riusciti", "Marco Dalla Valle"),
            ("Ho pensato", "Piotr Nowak"),
        ],
    ),
    (
        "La Ferrari ha presentato la nuova monoposto a Maranello.\n\n«È la macchina più innovativa degli ultimi anni», ha assicurato il team principal Fred Vasseur. Lewis Hamilton si è detto emozionato: «Guidare una Ferrari è il sogno di ogni pilota».\n\nCharles Leclerc ha aggiunto: «Quest'anno vogliamo il titolo».",
        [
            ("È la macchina", "Fred Vasseur"),
            ("Guidare una Ferrari", "Lewis Hamilton"),
            ("Quest'anno", "Charles Leclerc"),
        ],
    ),
    # batch 4d, written before its rules (26/36 speakers right then in 7 languages, 28/36 after)
    (
        "TORINO - Stellantis ha annunciato la cassa integrazione per 2.000 lavoratori di Mirafiori.\n\n«È un colpo durissimo per la città», ha commentato il sindaco Stefano Lo Russo. «Chiediamo un incontro urgente al governo».\n\nPer il segretario della Fiom torinese, Edi Lazzi, «l'azienda sta smantellando l'Italia pezzo dopo pezzo».",
        [
            ("È un colpo", "Stefano Lo Russo"),
            ("Chiediamo", "Stefano Lo Russo"),
            ("l'azienda sta", "Edi Lazzi"),
        ],
    ),
    # batch 5, written before its rules (FR 24/32, ES 17/29, IT 22/30, PT 18/27 speakers right then; 29/32, 27/29, 29/30, 26/27 after)
    # batch 9, written after the batch-5 to batch-8 rules and scored before any change for it (FR 9/9, ES 8/9, IT 7/10, PT 6/10 speakers right then; 36/38 after)
    (
        "TENNIS – Jannik Rinaldi Sinner vince gli Internazionali di Roma battendo in finale il norvegese Casper Ruud Olsen in due set.\n\n«Vincere qui, davanti al mio pubblico, è un'emozione che non so descrivere», ha detto l'altoatesino durante la premiazione.\n\nRuud non ha cercato scuse. «Oggi lui era semplicemente di un altro livello», ha ammesso il norvegese.\n\nL'allenatore dell'italiano, Simone Vagnozzi Neri, ha parlato di «una settimana perfetta».",
        [("Vincere qui", "Jannik Rinaldi Sinner"), ("Oggi lui era", "Casper Ruud Olsen")],
    ),
    (
        "SALUTE – All'ospedale Cardarelli di Napoli mancano 120 infermieri e i pazienti restano per ore in barella al pronto soccorso.\n\n«Lavoriamo in condizioni disumane», denuncia Assunta Esposito, infermiera da vent'anni nel reparto. «Ogni turno è una guerra».\n\nIl direttore generale, Antonio D'Amore Russo, assicura che «entro marzo arriveranno sessanta nuove assunzioni».\n\nSecondo il sindacato Nursind, però, «non basteranno nemmeno a coprire i pensionamenti».",
        [
            ("Lavoriamo in condizioni", "Assunta Esposito"),
            ("Ogni turno", "Assunta Esposito"),
            ("non basteranno", "il sindacato Nursind"),
        ],
    ),
    # batch sp-ptit-2, written after the batch sp-ptit rules and scored before its own (PT 11/17, IT 12/16 speakers right then; PT 16/16, IT 14/16 after; a quotation running over two paragraphs is one quotation); still missed
    (
        "BOLZANO – Una valanga ha travolto due scialpinisti in Val Senales. Uno dei due, un 34enne di Merano, è stato estratto vivo dopo quaranta minuti.\n\n«È stato fortunato, aveva l'Artva acceso e siamo arrivati in fretta», ha spiegato il capo stazione del Soccorso alpino, Hannes Gamper.\n\nIl compagno, rimasto illeso, ha dato l'allarme. «Ho sentito un boato e poi ho visto la neve muoversi», ha raccontato ai soccorritori.\n\nL'esperto di valanghe Günther Pircher invita alla prudenza. «Con queste temperature il manto è instabile», ha avvertito l'altoatesino. «Meglio rinunciare a una gita che rischiare la vita.»",
        [
            ("È stato fortunato", "Hannes Gamper"),
            ("Ho sentito", "Il compagno"),
            ("Con queste temperature", "Günther Pircher"),
            ("Meglio rinunciare", "Günther Pircher"),
        ],
    ),
]


@pytest.mark.parametrize("case", ARTICLES, ids=lambda c: c[0][:30])
def test_article_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_article_share_right() -> None:
    assert share_right(ARTICLES + ARTICLES_HARD) >= 0.75, outcomes(ARTICLES_HARD)
