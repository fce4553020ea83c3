"""Speakers on short invented Spanish and Italian passages where a reporting sentence's speech
verb stands far from its subject (``statements``): a long body's name with an aside in commas
before the verb, the verb in a relative clause on the statement its subject issued ("difundió
un comunicado en el que advierte …", "una nota in cui chiede …"), and the Italian participles
that are nouns too ("ha espresso", "ha comunicato"); and a clause before a colon that opens on
adjuncts in commas and then on a verb with its subject left out ("A la salida, atendió a los
periodistas: «…»"); "nada más" and an infinitive after the verb ("bromea nada más sentarse"); and a speech verb's
infinitive after "se limitó a" ("la compañía se limitó a señalar que «…»").
Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # a long body's name and an aside in commas before the verb
        "Los vecinos de Villarrubia del Campo llevan tres semanas sin transporte escolar "
        "después de que la empresa adjudicataria abandonara el servicio sin previo aviso.\n\n"
        "La Dirección Provincial de Enseñanza Secundaria, consultada por este diario, "
        "respondió por escrito que está “negociando con otra empresa para reanudar las "
        "rutas” y que espera una solución antes de fin de mes.",
        [("negociando con otra", "La Dirección Provincial de Enseñanza Secundaria")],
    ),
    (
        # Spanish: the verb in a relative on the statement the body issued
        "El juicio por el desvío de fondos de la piscina municipal quedó ayer visto para "
        "sentencia tras cinco sesiones en la Audiencia de Torrealba.\n\n"
        "El Ayuntamiento de Torrealba, personado como acusación popular, difundió al final "
        "de la vista un comunicado en el que expresa su «absoluto respeto por el trabajo de "
        "la justicia» y pide la devolución del dinero.",
        [("absoluto respeto", "El Ayuntamiento de Torrealba")],
    ),
    (
        # Italian: the same, "una nota in cui chiede"
        "Da tre settimane i frantoi della Val Fontana lavorano a metà per la scarsità di "
        "olive, dopo una primavera di gelate e un'estate senza pioggia.\n\n"
        "Il Consorzio Tutela Olio Valfontana ha diffuso ieri una nota in cui chiede alla "
        "Regione «un sostegno immediato per le aziende più piccole» e un tavolo con i "
        "sindaci della valle.",
        [("un sostegno immediato", "Il Consorzio Tutela Olio Valfontana")],
    ),
    (
        # "ha espresso" after its auxiliary: a verb, with an aside before it
        "Il tribunale di Sondrio ha condannato ieri a tre anni il costruttore della palestra "
        "comunale crollata durante una nevicata nell'inverno del 2019.\n\n"
        "Il Comune di Valdisotto, costituitosi parte civile, ha espresso in una nota "
        "«soddisfazione per una sentenza attesa da anni» e ha annunciato la ricostruzione.",
        [("soddisfazione per", "Il Comune di Valdisotto")],
    ),
    (
        # "ha comunicato che", after a fronted phrase
        "La frana caduta sabato sulla strada della Val Rossa ha isolato per due giorni le "
        "frazioni più alte, dove vivono una sessantina di persone. I tecnici della Regione "
        "sono saliti ieri mattina con l'elicottero per controllare i versanti.\n\n"
        "In una nota, il Servizio forestale cantonale ha comunicato che la strada resterà "
        "chiusa «fino al termine delle verifiche tecniche» sui versanti.",
        [("fino al termine", "Servizio forestale cantonale")],
    ),
    (
        # a name with a preposition inside: no speaker rather than the place after it
        "Las obras de la nueva planta de envasado de agua avanzan a buen ritmo en el valle, "
        "según fuentes de la empresa constructora consultadas por este diario.\n\n"
        "El Colectivo Agua Limpia para Las Lomas difundió un comunicado en el que advierte "
        "que el acuífero “no aguantará otra década de extracción” sin control.",
        [("no aguantará", None)],
    ),
    (
        # adjuncts in commas, then a verb whose subject is left out, before a colon: the
        # person named in full opening the sentence before (another named in its aside)
        "El juicio contra la exdirectora de la residencia de mayores de Villalcázar quedó "
        "ayer visto para sentencia tras cuatro jornadas de declaraciones. La fiscalía pide "
        "seis años de prisión por la apropiación de los ahorros de los residentes.\n\n"
        "Leonor Cabrera Ibáñez, cuñada de la acusada y socia de Ferrando, no quiso declarar "
        "ante el tribunal. A la salida, sin embargo, atendió brevemente a los periodistas: "
        "«Confío en que todo se aclare muy pronto».",
        [("Confío en que", "Leonor Cabrera Ibáñez")],
    ),
    (
        # Italian: a gerund in commas, then the auxiliary and its participle
        "Si è chiuso ieri con una condanna a due anni il processo per la bancarotta del "
        "mobilificio Frassinelli, che aveva lasciato senza lavoro ottanta dipendenti.\n\n"
        "Ottavio Frassinelli Bruni, 67 anni, ha ascoltato la sentenza in silenzio. Uscendo, "
        "ha concesso ai cronisti poche parole: «Ho sbagliato, ma non ho mai rubato».",
        [("Ho sbagliato", "Ottavio Frassinelli Bruni")],
    ),
    (
        # the sentence before names its subject by the surname alone: no speaker
        "Si è chiuso ieri con una condanna a due anni il processo per la bancarotta del "
        "mobilificio Frassinelli, che aveva lasciato senza lavoro ottanta dipendenti.\n\n"
        "Frassinelli ha ascoltato la sentenza in silenzio. Uscendo, ha concesso ai cronisti "
        "poche parole: «Ho sbagliato, ma non ho mai rubato».",
        [("Ho sbagliato", None)],
    ),
    (
        # "nada más" and an infinitive after the verb ("as soon as"): no one's name, the
        # subject left out is the person before; after a surname, the surname alone
        "La escritora Marina Lozano Pardo llega puntual a la cafetería de la estación, con "
        "una bufanda de lana y cara de pocas horas de sueño. Lleva dos semanas de gira por "
        "librerías de medio país, y todavía le quedan tres ciudades antes de volver a casa "
        "por Navidad.\n\n"
        "«Llevo quince días hablando de mí misma», bromea nada más sentarse. «Ya no me "
        "aguanto ni yo», dice Lozano nada más pedir el café.",
        [("Llevo quince días", "Marina Lozano Pardo"), ("Ya no me", "Marina Lozano Pardo")],
    ),
    (
        # "se limitó a" and a speech verb's infinitive: the subject before, over its aside
        "La naviera Costa Brava Cargo fue condenada ayer a pagar 3,2 millones de euros por "
        "el vertido de combustible en el puerto de Palamós del pasado verano, que obligó a "
        "cerrar tres playas durante dos semanas.\n\n"
        "Costa Brava Cargo, que hoy opera bajo una nueva dirección, se limitó a señalar en "
        "un comunicado que la empresa “ha colaborado con las autoridades desde el primer "
        "día” y que recurrirá la multa.",
        [("ha colaborado con", "Costa Brava Cargo")],
    ),
    (
        # "la compañía": the company named again within reach, not a broker named nearer
        "El holding de supermercados Valtierra informó este miércoles una utilidad de 64.300 "
        "millones de pesos, un 18% más que el año anterior. Valtierra agregó que espera "
        "abrir 22 nuevas tiendas antes de diciembre en las regiones del sur.\n\n"
        "Para Rodrigo Anguita, analista de la corredora Litoral Capital, la mejora se "
        "explica en buena parte por la refinanciación de su deuda.\n\n"
        "Consultada al respecto, la compañía se limitó a señalar que la negociación con el "
        "sindicato “avanza con normalidad y en los plazos legales”.",
        [("avanza con normalidad", "Valtierra")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:30])
def test_esit_statement_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
