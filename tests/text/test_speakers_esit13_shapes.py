"""Speakers on short invented Spanish and Italian passages (shapes from the u4 tuning set and
the news tests, several writers each): a cleft putting a subject pronoun in focus ("È lei che
…", "Es él quien …") before a quotation standing alone. Every speaker exact; a guard beside
each shape shows a near one the rule must not take."""

from __future__ import annotations

import re

import pytest

from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # Italian: a name in apposition, then "È lei che …", then the quotation in the same
        # paragraph with no speech verb of its own
        "La piccola scuola di danza di Valtorre\n\n"
        "Il maestro, Giacomo Santarelli, insegna da trent'anni nella palestra comunale di "
        "Valtorre e ogni sabato apre le porte a chi vuole provare.\n\n"
        "La moglie, Ornella Bazzani, sorride. È lei che tiene i conti della scuola, e lo fa "
        "da quando hanno cominciato. «Non ci siamo mai arricchiti, ma non abbiamo mai chiuso "
        "un mese in rosso.»\n\n"
        "Il Comune ha promesso di rinnovare il pavimento della palestra entro la fine "
        "dell'anno, dopo le proteste dei genitori degli allievi più piccoli.",
        [("Non ci siamo mai", "Ornella Bazzani")],
    ),
    (
        # Italian: "È lui a …" (the cleft on an infinitive) before the quotation as its own
        # paragraph
        "Il mercato coperto di Borgoalto\n\n"
        "Il figlio del fondatore, Renato Cavazzuti Orsi, ha preso in mano il banco del pesce "
        "nel 1999. È lui a ricordare gli anni in cui il mercato era pieno già all'alba.\n\n"
        "«Alle cinque c'era la fila fino alla piazza. Adesso alle nove siamo ancora soli.»\n\n"
        "La giunta sta valutando un nuovo orario serale per il mercato coperto, con "
        "l'apertura di due banchi di cibo da asporto nei fine settimana.",
        [("Alle cinque", "Renato Cavazzuti Orsi")],
    ),
    (
        # Spanish: "Es ella quien …"
        "La panadería de la calle Mayor\n\n"
        "La hija mayor, Rosalía Etxarri Puente, dejó su trabajo en Bilbao hace tres años para "
        "volver al pueblo. Es ella quien abre la tienda cada mañana a las seis. «Aquí no hay "
        "vacaciones, pero tampoco hay jefe.»\n\n"
        "El Ayuntamiento estudia una ayuda para los comercios del casco antiguo que abran "
        "también los domingos durante el verano.",
        [("Aquí no hay", "Rosalía Etxarri Puente")],
    ),
    (
        # guard: "È lei la …" puts a predicate noun after the pronoun, no cleft: "lei" is no
        # subject to give, and the quotation goes to the rules after (the man named last),
        # not to the woman "lei" would stand for
        "Il consiglio comunale di Valtorre\n\n"
        "La consigliera Marta Rinaldi Serra ha lasciato l'aula prima del voto sul bilancio. "
        "È lei la prima firmataria della mozione contro il sindaco Franco Deodato Valli, "
        "presentata la settimana scorsa.\n\n"
        "«Una pagina triste per la città.»\n\n"
        "Il voto è rinviato a lunedì, quando il consiglio tornerà a riunirsi per discutere "
        "anche delle nuove tariffe della mensa e dei trasporti per le scuole.",
        [("Una pagina triste", "Franco Deodato Valli")],
    ),
    (
        # Spanish: a sentence saying who a description is ("El X es NAME, …"), then a
        # quotation whose verb has no subject; a phrase in marks inside that sentence
        # ("«de chiripa», según sus palabras") leaves it the person's
        "El club de remo de Villabrava\n\n"
        "Uno de los veteranos es Anselmo Rubiales, pescador jubilado de 71 años. «Aquí "
        "aprendí a nadar antes que a andar», recuerda.\n\n"
        "El alma del club es Quique Ortuño, un profesor de instituto que llegó «de chiripa», "
        "según sus palabras, hace seis años. «Vine por un mes y me quedé para siempre», "
        "cuenta. «Ya no sé vivir lejos del agua».\n\n"
        "El Ayuntamiento ha prometido arreglar el embarcadero antes del verano, después de "
        "las quejas de los socios y de las familias que usan la playa.",
        [
            ("Aquí aprendí", "Anselmo Rubiales"),
            ("Vine por un mes", "Quique Ortuño"),
            ("Ya no sé vivir", "Quique Ortuño"),
        ],
    ),
    (
        # Italian: "La X di PLACE è NAME, …" then a subjectless speech verb after the quotation
        "Truffe agli anziani a Valdimonte\n\n"
        "I carabinieri hanno arrestato tre persone accusate di aver truffato decine di "
        "anziani della provincia. «Erano organizzati come un'azienda», ha spiegato il "
        "colonnello Arturo Menichelli.\n\n"
        "La pensionata di Borgoalto è Gemma Tarabusi, che al finto nipote ha consegnato "
        "«tutti i risparmi», dice. «Mi sono fidata perché sembrava così gentile», racconta.\n\n"
        "Il comandante provinciale invita a non aprire la porta a chi si presenta senza "
        "preavviso, anche quando dice di venire a nome di un familiare.",
        [("Mi sono fidata", "Gemma Tarabusi")],
    ),
    (
        # guard: a description that is a body ("Lo sponsor è Banca X") names no person; the
        # quotation after goes to the person named before
        "La nuova maglia del Valdimonte\n\n"
        "Il presidente del club, Ernesto Valsecchi Orio, ha presentato ieri la nuova maglia "
        "davanti ai tifosi. Lo sponsor principale è Banca Popolare Valdimontese. «È un "
        "accordo che ci dà tranquillità per tre anni», ha detto.\n\n"
        "La squadra giocherà la prima partita in casa domenica prossima contro il Borgoalto, "
        "davanti a un pubblico che si annuncia numeroso.",
        [("È un accordo", "Ernesto Valsecchi Orio")],
    ),
    (
        # Italian headline: the quotation after the colon is the one person the headline
        # names ("…, vince NAME: «…»"), not the word the headline opens on
        "Ballottaggio a Roccafredda, vince Tiziana Bellomo: «Cominciamo dalle scuole»\n\n"
        "Con il 53 per cento dei voti Tiziana Bellomo, 47 anni, ingegnera sostenuta da due "
        "liste civiche, è la nuova sindaca di Roccafredda. Lo sfidante, Renato Colli, ha "
        "riconosciuto la sconfitta in serata.\n\n"
        "I primi impegni della giunta saranno il bilancio e il piano per le scuole "
        "elementari, chiuse da due anni per i lavori di messa in sicurezza.",
        [("Cominciamo dalle scuole", "Tiziana Bellomo")],
    ),
    (
        # Spanish headline: a surname alone as the headline's subject, a place after it
        "Ugarteche se despide de Valmayor: «Me voy con la cabeza alta»\n\n"
        "El portero Eneko Ugarteche, de 36 años, dejará el club al final de la temporada "
        "después de once años en el primer equipo. El presidente, Mariano Roldán, le "
        "entregó una placa ante el público del estadio.\n\n"
        "El club busca ya un sustituto en el mercado, aunque la directiva no ha querido "
        "dar nombres ni plazos para el fichaje.",
        [("Me voy con la cabeza", "Eneko Ugarteche")],
    ),
    (
        # guard: a headline naming two people after a common noun ("Derbi") names no
        # speaker: whose words they are the headline does not say
        "Derbi en Valmayor, Ugarteche y Roldán en el palco: «Me voy con la cabeza alta»\n\n"
        "El portero Eneko Ugarteche, de 36 años, dejará el club al final de la temporada "
        "después de once años en el primer equipo. El presidente, Mariano Roldán, le "
        "entregó una placa ante el público del estadio.\n\n"
        "El club busca ya un sustituto en el mercado, aunque la directiva no ha querido "
        "dar nombres ni plazos para el fichaje.",
        [("Me voy con la cabeza", None)],
    ),
    (
        # Spanish: "Según explicó," with its subject left out, the quotation inside the
        # sentence: the person the sentence before opens on (in the same paragraph)
        "Obras en el puerto de Valmayor\n\n"
        "Las obras del nuevo muelle pesquero de Valmayor llevan ya cuatro meses de retraso "
        "y los pescadores han empezado a protestar en la lonja.\n\n"
        "El director del puerto, Casimiro Undabeitia, visitó ayer la obra con los técnicos. "
        "Según explicó, el retraso se debe a un fallo en los pilotes, que obligó a "
        "«rehacer la cimentación desde cero» en el tramo norte.\n\n"
        "La cofradía de pescadores ha pedido una reunión con la Autoridad Portuaria para la "
        "próxima semana.",
        [("rehacer la cimentación", "Casimiro Undabeitia")],
    ),
    (
        # guard: the sentence before names a second person after its subject: whose
        # explanation it is, the sentence does not say
        "Obras en el puerto de Valmayor\n\n"
        "Las obras del nuevo muelle pesquero de Valmayor llevan ya cuatro meses de retraso "
        "y los pescadores han empezado a protestar en la lonja.\n\n"
        "El director del puerto, Casimiro Undabeitia, visitó ayer la obra con la alcaldesa, "
        "Remedios Alcántara Pons. Según explicó, el retraso se debe a un fallo en los "
        "pilotes, que obligó a «rehacer la cimentación desde cero» en el tramo norte.\n\n"
        "La cofradía de pescadores ha pedido una reunión con la Autoridad Portuaria para la "
        "próxima semana.",
        [("rehacer la cimentación", None)],
    ),
    (
        # Italian: someone unnamed described by their address, a number in it, after the
        # quotation ("racconta un residente del civico 12"): shown as written, and the
        # quotation after it goes on with them
        "Cantiere in via Roma a Valdimonte\n\n"
        "I lavori per il nuovo parcheggio sotterraneo di via Roma sono cominciati lunedì e "
        "dureranno almeno fino a settembre, tra le proteste dei residenti e dei negozianti.\n\n"
        "«Alle sei del mattino le ruspe sono già accese», racconta un residente del civico 12, "
        "pensionato, affacciato al balcone. «Sarà un'estate lunghissima.»\n\n"
        "Il Comune promette di ridurre gli orari del cantiere nei fine settimana.",
        [
            ("Alle sei del mattino", "un residente del civico 12"),
            ("Sarà un'estate", "un residente del civico 12"),
        ],
    ),
    (
        # Spanish: the same with a doorway's number
        "Caldo record a Valdemora\n\n"
        "Las temperaturas superaron ayer los 44 grados en el centro de Valdemora y el "
        "Ayuntamiento abrió tres refugios climáticos en las bibliotecas municipales.\n\n"
        "«Vivo en el tercero y el ascensor lleva un mes roto», cuenta una vecina del portal "
        "14, jubilada, sentada junto al ventilador.\n\n"
        "Los servicios sociales han llamado a más de dos mil personas mayores que viven solas.",
        [("Vivo en el tercero", "una vecina del portal 14")],
    ),
    (
        # guard: in English a phrase with a number stays no speaker shown as written
        "Heat record in Valmore\n\n"
        "Temperatures passed 44 degrees in central Valmore yesterday and the council opened "
        "three cooling centres in its libraries for older residents.\n\n"
        "“I do not leave the house until the sun goes down,” said one of 12 residents of the "
        "Elm Court flats, sitting by a fan.\n\n"
        "Social workers have called more than two thousand older people who live alone in "
        "the town.",
        [("I do not leave", None)],
    ),
    (
        # Italian: someone unnamed with the body they belong to, a definite complement of one
        # noun ("Un infermiere della struttura, che …, ha commentato:"), kept as written
        "Guardia medica a Valdimonte\n\n"
        "Da lunedì la guardia medica notturna di Valdimonte resterà chiusa per mancanza di "
        "personale, e i pazienti dovranno rivolgersi al pronto soccorso di Borgoalto.\n\n"
        "Un infermiere della struttura, che chiede di non essere citato, ha commentato così: "
        "«Ci hanno lasciati soli proprio d'inverno.»\n\n"
        "La direzione sanitaria promette una soluzione entro la fine del mese.",
        [("Ci hanno lasciati", "un infermiere della struttura")],
    ),
    (
        # Spanish: the same after an adjective ("Una celadora veterana del hospital, …")
        "Urgencias colapsadas en Valdemora\n\n"
        "Las urgencias del hospital comarcal de Valdemora atendieron ayer a más de trescientos "
        "pacientes, el doble de lo habitual para un lunes de enero.\n\n"
        "Una celadora veterana del hospital, que prefiere no dar su nombre, confirmó a este "
        "diario que faltan camas. «Hay gente esperando en sillas desde ayer por la tarde», "
        "dijo.\n\n"
        "La consejería ha prometido reforzar la plantilla la próxima semana.",
        [("Hay gente esperando", "una celadora veterana del hospital")],
    ),
    (
        # guard: a complement that goes on ("del turno de noche") is cut, as before
        "Urgencias colapsadas en Valdemora\n\n"
        "Las urgencias del hospital comarcal de Valdemora atendieron ayer a más de trescientos "
        "pacientes, el doble de lo habitual para un lunes de enero.\n\n"
        "Una celadora del turno de noche, que prefiere no dar su nombre, confirmó a este "
        "diario que faltan camas. «Hay gente esperando en sillas desde ayer por la tarde», "
        "dijo.\n\n"
        "La consejería ha prometido reforzar la plantilla la próxima semana.",
        [("Hay gente esperando", "una celadora")],
    ),
    (
        # Spanish: someone unnamed after a fronted phrase, subject of a verb of no speech
        # before the colon ("…, una enfermera de Urgencias miraba el panel: «…»"): the
        # description as written, not the capitalized word in it
        "Colas en la estación de Valdemora\n\n"
        "La huelga de maquinistas dejó ayer sin servicio a la mitad de los trenes de "
        "cercanías de Valdemora y obligó a miles de viajeros a buscar alternativas.\n\n"
        "En el andén dos, una enfermera de Urgencias miraba el panel sin creérselo: «Hoy "
        "llego tarde seguro, y nadie me va a cubrir.»\n\n"
        "Renfe prevé recuperar el servicio normal el jueves.",
        [("Hoy llego tarde", "una enfermera de Urgencias")],
    ),
    (
        # guard: the unnamed person is no subject, only named after the verb ("junto a un
        # vigilante"): the clause's named subject speaks
        "Colas en la estación de Valdemora\n\n"
        "La huelga de maquinistas dejó ayer sin servicio a la mitad de los trenes de "
        "cercanías de Valdemora y obligó a miles de viajeros a buscar alternativas.\n\n"
        "La jefa de estación, Amparo Lerma Gil, miraba el panel junto a un vigilante de "
        "seguridad: «Hoy llego tarde seguro, y nadie me va a cubrir.»\n\n"
        "Renfe prevé recuperar el servicio normal el jueves.",
        [("Hoy llego tarde", "Amparo Lerma Gil")],
    ),
    (
        # Italian: "c'è chi, come NAME, …:" (there are those who …, like NAME): the one named
        # after "come" speaks
        "Il nuovo allenatore del Valdimonte\n\n"
        "Il Valdimonte ha scelto il suo nuovo allenatore: è Fabrizio Orlandini, 52 "
        "anni, che ha firmato ieri un contratto fino a giugno con opzione per un altro "
        "anno.\n\n"
        "Non tutti però sono convinti. E tra gli abbonati della curva c’è chi, come "
        "Gustavo Pellizzari, tifoso da trent’anni, non nasconde il proprio scetticismo: "
        "«Ne abbiamo cambiati quattro in due anni. Il problema non è la panchina.»\n\n"
        "La prima partita del nuovo tecnico sarà domenica in casa contro il Borgoalto.",
        [("Ne abbiamo cambiati", "Gustavo Pellizzari")],
    ),
    (
        # Spanish: "Hay quien …, como una vecina que …:": someone unnamed, as written
        "Semáforo en la calle Mayor\n\n"
        "Los vecinos de la calle Mayor de Valdemora llevan meses pidiendo un semáforo "
        "en el cruce con la avenida del Puerto, donde ya ha habido tres atropellos este "
        "año, y el último dejó a un niño de nueve años en el hospital durante una "
        "semana.\n\n"
        "Hay quien va más allá, como una vecina que vive justo en la esquina: «Aquí los "
        "coches bajan a ochenta y nadie hace nada.»\n\n"
        "El Ayuntamiento estudiará la petición en el próximo pleno, según ha confirmado "
        "la concejala de Movilidad a los representantes de la asociación de vecinos del "
        "barrio.",
        [("Aquí los coches", "una vecina")],
    ),
    (
        # Italian: "Raggiunto al telefono, non nasconde …:", its subject left out: the person
        # the sentence before names, not the participle read as a name
        "Una ricercatrice torna a Valdimonte\n\n"
        "Dopo dodici anni all'estero, la fisica Marta Sangiorgi rientra in Italia "
        "grazie al bando per i ricercatori, e da settembre lavorerà all'università di "
        "Valdimonte.\n\n"
        "Il suo ex direttore a Lione, il professor Hugo Delmas, la definisce “una delle "
        "menti più brillanti” del suo gruppo. Raggiunto al telefono, non nasconde la "
        "delusione: «Noi perdiamo una grande ricercatrice, e lo dico con dispiacere.»\n\n"
        "Il rettore ha annunciato altri tre bandi per il prossimo anno accademico.",
        [("una delle menti", "Hugo Delmas"), ("Noi perdiamo", "Hugo Delmas")],
    ),
    (
        # Italian: "Raggiunta al telefono, racconta di …" right after "La X è NAME, 81 anni."
        "Truffe agli anziani a Valdimonte\n\n"
        "I carabinieri hanno arrestato tre persone accusate di aver truffato decine di "
        "anziani della provincia con la storia del nipote in difficoltà.\n\n"
        "La pensionata di Borgoalto è Gemma Tarabusi, 81 anni. Raggiunta al telefono, "
        "racconta di aver consegnato ai truffatori «tutti i gioielli di famiglia», "
        "compresa la fede del marito.\n\n"
        "Il comandante provinciale invita a non aprire la porta a chi si presenta senza "
        "preavviso.",
        [("tutti i gioielli", "Gemma Tarabusi")],
    ),
    (
        # guard: a subject named after the participle's comma speaks, not the one before
        "Una ricercatrice torna a Valdimonte\n\n"
        "Dopo dodici anni all'estero, la fisica Marta Sangiorgi rientra in Italia "
        "grazie al bando per i ricercatori, e da settembre lavorerà all'università di "
        "Valdimonte.\n\n"
        "La sua collega Ines Varotto la definisce “una delle menti più brillanti” del "
        "gruppo. Raggiunto al telefono, il professor Hugo Delmas non nasconde la "
        "delusione: «Noi perdiamo una grande ricercatrice, e lo dico con dispiacere.»\n\n"
        "Il rettore ha annunciato altri tre bandi per il prossimo anno accademico.",
        [("una delle menti", "Ines Varotto"), ("Noi perdiamo", "Hugo Delmas")],
    ),
    (
        # Spanish: the words a sign's noun gives right before the marks ("bajo el lema «…»")
        # are no one's
        "Campaña de abonos del Valmayor\n\n"
        "El Club Deportivo Valmayor presentó ayer su campaña de abonos para la próxima "
        "temporada, con precios congelados por tercer año y descuentos para los menores "
        "de dieciocho años.\n\n"
        "El presidente, Ernesto Larrañaga Vidal, pidió a los aficionados que llenen el "
        "estadio. «Sin vosotros no somos nada. Este año volvemos a Primera», dijo ante "
        "los socios, antes de anunciar la campaña bajo el lema «Valmayor es de todos».\n\n"
        "Los abonos se podrán comprar en las taquillas del estadio y en la web del "
        "club.",
        [("Sin vosotros", "Ernesto Larrañaga Vidal"), ("Valmayor es de todos", None)],
    ),
    (
        # Italian: a sign's noun, lower-case words and a copula ("lo slogan più ripetuto era
        # «…»")
        "Corteo degli studenti a Valdimonte\n\n"
        "Circa mille studenti hanno sfilato ieri mattina per le vie del centro di "
        "Valdimonte contro la chiusura della biblioteca universitaria nelle ore serali, "
        "decisa dal rettorato a gennaio, e contro l'aumento delle tasse.\n\n"
        "Sugli striscioni, lo slogan più ripetuto era «Studiare non ha orario, la "
        "cultura nemmeno».\n\n"
        "La rettrice, Paola Guidetti Neri, ha promesso un incontro con i rappresentanti "
        "degli studenti entro la fine del mese.",
        [("Studiare non ha orario", None)],
    ),
    (
        # guard: a sign's noun earlier in the sentence, a person's speech verb before the marks
        "Corteo degli studenti a Valdimonte\n\n"
        "Circa mille studenti hanno sfilato ieri mattina per le vie del centro di "
        "Valdimonte contro la chiusura della biblioteca universitaria nelle ore serali, "
        "decisa dal rettorato a gennaio, e contro l'aumento delle tasse.\n\n"
        "Con uno striscione in mano, la rappresentante degli studenti, Giada Fornasari "
        "Poli, ha detto «Studiare non ha orario, la cultura nemmeno» davanti al "
        "rettorato.\n\n"
        "La rettrice, Paola Guidetti Neri, ha promesso un incontro con i rappresentanti "
        "degli studenti entro la fine del mese.",
        [("Studiare non ha orario", "Giada Fornasari Poli")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:30])
def test_esit13_shapes_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_one_of_those_who_guards() -> None:
    """Two people after "come", or none named or described after it, give no one."""
    from bot.text.speakers.groups_esit import one_of_those_who
    from bot.text.speakers.reading import reading

    text = (
        "Il Valdimonte ha scelto il suo nuovo allenatore, e in città se ne parla molto. Tra "
        "gli abbonati c'è chi, come Ada Neri, come Ugo Sala, non ci crede: «Vedremo.» E "
        "tra i tifosi c'è chi, come ogni anno, aspetta il derby: «Vedremo.» Ma c'è chi, "
        "come Ivo Rota, non ci crede: «Vedremo.» La società per ora non commenta la "
        "scelta, e il nuovo tecnico sarà presentato lunedì nella sala stampa dello stadio."
    )
    with reading(text):
        colons = [m.start() for m in re.finditer(":", text)]
        starts = [text.index("Tra"), text.index("E tra"), text.index("Ma c")]
        got = [one_of_those_who(text, a, b) for a, b in zip(starts, colons, strict=True)]
    assert got[:2] == [None, None]
    assert got[2] is not None and text[got[2][0] : got[2][1]] == "Ivo Rota"
