"""Spanish and Italian speakers: wrong speakers made right or left out, and bodies or groups
found for a short quoted phrase. Invented passages.

- a role over an office with a lower-case adjective before the comma and the name
  ("l'assessore alle Politiche sociali, Marco X": the name, not "Politiche");
- a passive after a title in marks ("intitolato «…», è stato segnalato …"): no speaker, and a
  work's title after "intitolato"/"titulado" is no one's words;
- an Italian reflexive "si è detto fiducioso:" (the subject before it, not the sentence before);
- a quoted phrase running on into a complement ("«…» di una riforma …, ha chiesto") or a
  second verb after "e"/"y": no speaker from the words after it;
- a body by its kind or its name opening a reporting sentence with a quoted phrase in it ("La
  giunta regionale ha fatto sapere che … «…»"), and a group by its count or owner ("Sus
  rivales lo acusaron de vender «…»"), and someone unnamed with a relative clause before
  the verb ("Un comerciante que prefirió no dar su nombre se quejó de que «…»");
- "Según un portavoz del ministerio, … «…», añadió.": the spokesperson as written, not the
  ministry named before;
- "«…», habría dicho Almada" / "«…», avrebbe detto X": the conditional's auxiliary before
  the verb and its subject.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

# closing paragraphs that make a short passage plainly Spanish or Italian to the language reader
ES_MORE = (
    "\n\nLos técnicos municipales revisaron durante toda la tarde el estado de las calles del "
    "centro, y el ayuntamiento habilitó un pabellón deportivo para las familias que no podían "
    "volver todavía a sus casas."
)
IT_MORE = (
    "\n\nI tecnici del comune hanno controllato per tutto il pomeriggio lo stato delle strade "
    "del centro, e l'amministrazione ha aperto una palestra per le famiglie che non potevano "
    "ancora tornare nelle loro case."
)

CASES: list[Case] = [
    # a role over an office with its adjective, then the name in commas
    (
        "«Il comune ha fatto una scelta di civiltà», ha detto l’assessore alle Politiche "
        "sociali, Marco Ferri. «Le famiglie pagavano troppo.»" + IT_MORE,
        [("Il comune ha fatto", "Marco Ferri"), ("Le famiglie", "Marco Ferri")],
    ),
    (
        "«Il cantiere partirà a marzo», ha spiegato l’assessora ai Lavori pubblici, Giulia "
        "Ronchi." + IT_MORE,
        [("Il cantiere", "Giulia Ronchi")],
    ),
    # guard: the office with no adjective, as before
    (
        "«Il bilancio è in ordine», ha detto l’assessore al Bilancio, Marco Ferri." + IT_MORE,
        [("Il bilancio", "Marco Ferri")],
    ),
    # a title in marks, then a passive: no one's words
    (
        "Tra i premiati c’è Luca Sartori, 18 anni. «Ho lavorato sodo», racconta. Il suo "
        "progetto, intitolato «Acqua e pietra: i muretti a secco in quota», è stato segnalato "
        "dalla giuria come il migliore." + IT_MORE,
        [("Ho lavorato", "Luca Sartori"), ("Acqua e pietra", None)],
    ),
    (
        "Entre los premiados está Lucas Sartori. «He trabajado mucho», cuenta. Su proyecto, "
        "titulado «Agua y piedra: los muros de piedra seca», fue señalado por el jurado como "
        "el mejor." + ES_MORE,
        [("He trabajado", "Lucas Sartori"), ("Agua y piedra", None)],
    ),
    # guard: an auxiliary and an adverb before the verb still attribute the quotation
    (
        "«Il piano va rivisto da capo», ha poi spiegato la sindaca Anna Conti." + IT_MORE,
        [("Il piano", "Anna Conti")],
    ),
    # an Italian reflexive compound tense before the colon
    (
        "Il prossimo incontro è fissato per marzo. La sindaca Anna Conti si è detta "
        "soddisfatta: «Il dialogo è aperto, e la porta non si chiuderà.»" + IT_MORE,
        [("Il dialogo", "Anna Conti")],
    ),
    (
        "Il prossimo incontro è fissato per marzo. Il ministro si è detto fiducioso: «Il "
        "dialogo è aperto.»" + IT_MORE,
        [("Il dialogo", "Il ministro")],
    ),
    # a quoted phrase running on into its complement, then a verb: no speaker after it
    (
        "Il sindacato provinciale dei medici di base, che in una nota ha espresso «forte "
        "preoccupazione per i tempi» di una riforma annunciata senza confronto, ha chiesto un "
        "incontro alla Regione." + IT_MORE,
        [("forte preoccupazione", None)],
    ),
    # a second verb after "e": the subject is before the quotation
    (
        "Il sindacato dei medici di base ha espresso «forte preoccupazione per i tempi» di una "
        "riforma annunciata senza confronto e ha chiesto un incontro alla Regione." + IT_MORE,
        [("forte preoccupazione", "Il sindacato dei medici di base")],
    ),
    # a body by its kind or by its name opening the reporting sentence
    (
        "La giunta regionale ha fatto sapere che le opere di bonifica, per un valore di 3 "
        "milioni, erano già state finanziate e che «potrebbero partire entro la primavera»."
        + IT_MORE,
        [("potrebbero partire", "La giunta regionale")],
    ),
    (
        "El ministerio informó de que los trabajos, que costarán dos millones, ya estaban "
        "proyectados y que «deberían terminar antes del verano»." + ES_MORE,
        [("deberían terminar", "El ministerio")],
    ),
    (
        "La Dirección Provincial de Educación ha garantizado que la escuela «seguirá abierta "
        "mientras haya alumnos» y que la plaza se cubrirá en septiembre." + ES_MORE,
        [("seguirá abierta", "La Dirección Provincial de Educación")],
    ),
    # a group by its owner: the group, not no one
    (
        "La campaña fue dura. Sus rivales lo acusaron de vender «soluciones mágicas para "
        "problemas complejos» y de carecer de experiencia." + ES_MORE,
        [("soluciones mágicas", "Sus rivales")],
    ),
    # guard: a phrase in a sentence with no speech verb stays unnamed
    (
        "La campaña fue dura. Sus rivales recorrieron el país con «soluciones mágicas para "
        "problemas complejos» bajo el brazo." + ES_MORE,
        [("soluciones mágicas", None)],
    ),
    # someone unnamed cited with "según", then a verb with no subject
    (
        "El barco atracó el lunes. Un acuerdo con el Ministerio de Sanidad desbloqueó la "
        "situación. Según un portavoz del ministerio, los heridos serán trasladados en 48 "
        "horas. «La prioridad ahora es la atención médica», añadió." + ES_MORE,
        [("La prioridad", "un portavoz del ministerio")],
    ),
    (
        "La nave è attraccata lunedì. Un accordo con il Ministero della Salute ha sbloccato la "
        "situazione. Secondo un portavoce del ministero, i feriti saranno trasferiti entro 48 "
        "ore. «La priorità ora è l’assistenza medica», ha aggiunto." + IT_MORE,
        [("La priorità", "un portavoce del ministero")],
    ),
    # someone unnamed opening the reporting sentence, a relative clause before the verb
    (
        "En el mercado, pocos quisieron hablar. Un comerciante que prefirió no dar su nombre "
        "se quejó de que «aquí siempre pagamos los mismos»." + ES_MORE,
        [("aquí siempre", "un comerciante")],
    ),
    # guard: a thing opening the sentence is no one unnamed
    (
        "El pleno fue largo. Un informe que nadie había leído aseguraba que «todo está en "
        "orden»." + ES_MORE,
        [("todo está", None)],
    ),
    # the conditional of reported words after the closing mark: the subject after the verb
    (
        "El ministro Rodrigo Almada rechazó la propuesta. «No vamos a firmar un cheque en "
        "blanco», habría dicho Almada, según esas fuentes." + ES_MORE,
        [("No vamos", "Rodrigo Almada")],
    ),
    (
        "Il ministro Paolo Greco ha respinto la proposta. «Non firmeremo un assegno in "
        "bianco», avrebbe detto Greco, secondo le stesse fonti." + IT_MORE,
        [("Non firmeremo", "Paolo Greco")],
    ),
    # guard: a named spokesperson after "según" is still the one who speaks
    (
        "Según la portavoz del ministerio, Ana Gil, los heridos serán trasladados. «La "
        "prioridad es la atención», añadió." + ES_MORE,
        [("La prioridad", "Ana Gil")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_esit_speakers(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
