"""Speaker shapes the review of session round twelve's first rules found lost (2026-12-06, third
session), and their guards (each passage invented).

A role naming a body ("the County Council leader") goes back to the one person of the
paragraph before only when that paragraph names no one else: two rivals named one after the
other leave it as written. A Dutch or German "Volgens"/"Laut" cites its noun only when the noun
can speak (a role, a body), never a plan or a forecast. A possessive before a body's word opens
a body's name ("Hexley Coroner's Court") unless a first name opens it ("Alan Maddox's
Government" is Alan Maddox's). Spanish unnamed sources keep a lower-case complement of their
body ("fuentes del equipo de gobierno"), and they speak a quotation only when no clause with a
subject of its own stands between ("…, en la que el secretario general pidió «…»"; "Según
fuentes policiales, el detenido gritó «…»"). A statement's relative clause with a subject of its
own ("un comunicado en el que sus abogados califican …") is that subject's, not the issuer's.
A campaign launched ("lanzó la campaña «…»") is a title, no one's words; a Romance speech verb
before "sobre el escenario mientras …" keeps its subject from before. A document's author is a
body's whole name with its Romance "of" words ("Corte dei Conti", "la Cour des comptes"), never
a month ("A letter from March"); "qualcuno dalla platea" ends where another clause opens, and a
hypothetical "si alguien pregunta" is no one. A lower-case quotation after a person an object
names ("Il a remercié l'architecte Claire X pour « … »") keeps the speaker before; an Italian time
after a fused place ("nell'intervista la settimana successiva") is no subject; a place then a
person before a colon ("Sulla panchina del Genoa Alberto X:") is the person, not a topic; a
surname that is also a venue's word ("Maria Salone") stays a person's. A person named after an
anonymous source speaks for themselves ("Segundo um dirigente que pediu …, o presidente X
garantiu que “…”"); a name in commas after "all'assessore" is the one addressed, not the
speaker; "borden" are also plates, and a naming verb with a speaker after the quotation ("heißt
»…«, sagte X") is X's.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, PT_MORE, Case, outcomes
from tests.text.test_speakers_session17 import DE_MORE, ES_MORE, IT_MORE, NL_MORE

EN_MORE = (
    "\n\nThe count begins on Friday morning at the leisure centre, and the result is expected "
    "by the evening after the postal votes from the outlying villages have been checked."
)

CASES: list[Case] = [
    (
        "The budget was presented by council leader Derek Hollis. Opposition leader Amy Reed "
        "voted against it.\n\n“These are hard choices,” the County Council leader said "
        "afterwards." + EN_MORE,
        [("These are hard choices", "the County Council leader")],
    ),
    (
        "Eleanor Dunmore toured the villages on Monday. Peter Sowerby spent the day in the "
        "town centre.\n\n“People here feel taken for granted,” the Progressive Party candidate "
        "said." + EN_MORE,
        [("People here feel taken for granted", "the Progressive Party candidate")],
    ),
    (
        # (guard: the one person of the paragraph before)
        "Eleanor Dunmore stepped off the bus in the square and shook every hand she could "
        "reach. She did not seem to mind the rain.\n\n“People here feel taken for granted,” "
        "the Progressive Party candidate said." + EN_MORE,
        [("People here feel taken for granted", "Eleanor Dunmore")],
    ),
    (
        "Prime Minister Alan Maddox's Government announced a housing plan on Tuesday.\n\n"
        "“Every town will get its share,” Maddox said." + EN_MORE,
        [("Every town will get its share", "Alan Maddox")],
    ),
    (
        "De brug over het kanaal is bijna klaar. Volgens het plan moet de brug ‘in het voorjaar "
        "open zijn’." + NL_MORE,
        [("in het voorjaar open zijn", None)],
    ),
    (
        "Die Strecke bleibt bis Freitag gesperrt. Laut der Prognose ist der Schaden „größer als "
        "gedacht“." + DE_MORE,
        [("größer als gedacht", None)],
    ),
    (
        # (guard: a role can speak)
        "Bij de brand in de loods raakte niemand gewond. Volgens een woordvoerder is er ‘geen "
        "gevaar voor de buurt’." + NL_MORE,
        [("geen gevaar voor de buurt", "een woordvoerder")],
    ),
    (
        "El pleno aprobó las cuentas por la mínima. Fuentes del equipo de gobierno aseguran que "
        "el resultado «no pilló por sorpresa» a nadie." + ES_MORE,
        [("no pilló por sorpresa", "Fuentes del equipo de gobierno")],
    ),
    (
        "La policía detuvo al sospechoso en su casa. Según fuentes policiales, el detenido gritó "
        "«¡no me vais a coger nunca!» antes de saltar por la ventana." + ES_MORE,
        [("¡no me vais a coger nunca!", None)],
    ),
    (
        "Fuentes del partido confirmaron la reunión, en la que el secretario general pidió "
        "«unidad y discreción a todos»." + ES_MORE,
        [("unidad y discreción a todos", None)],
    ),
    (
        # (guards: the sources speak)
        "Fuentes del ministerio aseguran que el radar «cumplirá todos los plazos». Según fuentes "
        "del club, el fichaje está «muy cerca»." + ES_MORE,
        [
            ("cumplirá todos los plazos", "Fuentes del ministerio"),
            ("muy cerca", "fuentes del club"),
        ],
    ),
    (
        "La empresa difundió un comunicado en el que sus abogados califican la multa de "
        "«desproporcionada, injusta y sin base legal»." + ES_MORE,
        [("desproporcionada, injusta y sin base legal", None)],
    ),
    (
        "El Ayuntamiento lanzó este lunes la campaña «Tu barrio, tu casa» para fomentar el "
        "comercio local." + ES_MORE,
        [("Tu barrio, tu casa", "<missing>")],
    ),
    (
        "La ganadora, Alba Reyes, lloraba. «Esto es para mi abuela», dijo sobre el escenario "
        "mientras sus compañeros la abrazaban." + ES_MORE,
        [("Esto es para mi abuela", "Alba Reyes")],
    ),
    (
        "Volgens de begroting gaat er ‘ruim twaalf miljoen euro naar de jeugdzorg’. Wethouder "
        "Karim Amrani noemde dat een ‘historische investering’." + NL_MORE,
        [("ruim twaalf miljoen euro", None), ("historische investering", "Karim Amrani")],
    ),
    (
        "La relazione della Corte dei Conti sul bilancio regionale è impietosa. Nella relazione "
        "si parla di «una gestione priva di programmazione»." + IT_MORE,
        [("una gestione priva di programmazione", "Corte dei Conti")],
    ),
    (
        "Le rapport de la Cour des comptes sur la gestion de la commune est sévère. Le document "
        "de 60 pages pointe « une absence totale de pilotage »." + FR_MORE,
        [("une absence totale de pilotage", "la Cour des comptes")],
    ),
    (
        "A letter from March shows the board was warned. “Staffing is at a level we consider "
        "unsafe,” the letter states." + EN_MORE,
        [("Staffing is at a level we consider unsafe", "the letter")],
    ),
    (
        "«Vergogna, ci state isolando!», ha gridato qualcuno dalla platea mentre l'assessore "
        "leggeva il documento." + IT_MORE,
        [("Vergogna, ci state isolando!", "qualcuno dalla platea")],
    ),
    (
        "Si alguien pregunta: «¿Y los aparcamientos?», la respuesta siempre es la misma." + ES_MORE,
        [("¿Y los aparcamientos?", None)],
    ),
    (
        "Le maire de Quimperlé, Gilles Tanguy, a présenté jeudi la nouvelle médiathèque. « Ce sera "
        "un lieu ouvert à tous », a-t-il déclaré. Il a remercié l'architecte Claire Daoulas pour "
        "un bâtiment « sobre et lumineux, pensé pour les familles »." + FR_MORE,
        [
            ("Ce sera un lieu ouvert à tous", "Gilles Tanguy"),
            ("sobre et lumineux", "Gilles Tanguy"),
        ],
    ),
    (
        "Il governatore Fabio Rossetti ha visitato le zone alluvionate in Val Bormida. «Stanzieremo "
        "dieci milioni», ha detto Rossetti. «Nessuno verrà lasciato solo», ha ribadito "
        "nell'intervista la settimana successiva." + IT_MORE,
        [("Nessuno verrà lasciato solo", "Fabio Rossetti")],
    ),
    (
        "Il derby si è chiuso con un pareggio che non accontenta nessuno. Sulla panchina del Genoa "
        "Alberto Gilardoni: «Dovevamo vincerla, abbiamo avuto le occasioni»." + IT_MORE,
        [("Dovevamo vincerla", "Alberto Gilardoni")],
    ),
    (
        "Il soprano Maria Salone ha chiuso la stagione alla Scala. «È stata una serata magica», ha "
        "detto Salone." + IT_MORE,
        [("È stata una serata magica", "Maria Salone")],
    ),
    (
        "A reunião durou três horas. Segundo um dirigente que pediu para não ser identificado, o "
        "presidente Henrique Lobo garantiu aos colegas que “não haverá despedimentos”." + PT_MORE,
        [("não haverá despedimentos", "Henrique Lobo")],
    ),
    (
        "Il sindaco Paolo Rinaldi ha risposto in aula. Dura la replica del sindaco all'assessore "
        "regionale, Luca Neri: «Non accettiamo lezioni da nessuno»." + IT_MORE,
        [("Non accettiamo lezioni da nessuno", "Paolo Rinaldi")],
    ),
    (
        "Kok Ahmed Bakkali zette de laatste borden op tafel en riep: ‘Eet smakelijk!’" + NL_MORE,
        [("Eet smakelijk!", "Ahmed Bakkali")],
    ),
    (
        "Die Botschaft der Gewerkschaft heißt »Wir sind nicht mehr bereit, alles hinzunehmen«, "
        "sagte Verdi-Sekretärin Claudia Mertens." + DE_MORE,
        [("Wir sind nicht mehr bereit", "Claudia Mertens")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_review_round12(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
