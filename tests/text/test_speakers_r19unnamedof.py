"""Someone unnamed, opening the clause on an indefinite article, whose description reaches a
body or a place through "of" ("Un interventor de Alianza X comenta …", "Un dirigente di Onda
Y, che …, ha ammesso …", "Uma auxiliar de um lar de idosos de Vila Z, que …, escreveu:",
"Une infirmière d'un centre de santé de W, qui …, a écrit :"): the person as written speaks,
never the body or the place the description ends on (French, Spanish, Italian, Portuguese);
a French or Portuguese description that ends on such a name may run to ten words. Invented
passages.

Guards: a spokesperson or a document of the body ("Un portavoz de Alianza X comenta …", "Un
informe de la Sindicatura de Y advierte …") stays the body's, as before; a name in commas
after the description ("Un dirigente di Onda Y, Marco Z, ha ammesso") is that name's.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import (
    ES_MORE,
    ES_OPEN,
    FR_MORE,
    IT_MORE,
    IT_OPEN,
    PT_MORE,
    Case,
    all_right,
)

UNNAMED_OF: list[Case] = [
    (
        ES_OPEN + "Un interventor de Alianza Ribereña comenta a este periódico que el ambiente "
        "en su partido es de «nervios contenidos»." + ES_MORE,
        [("nervios contenidos", "un interventor de Alianza Ribereña")],
    ),
    (
        IT_OPEN + "Un dirigente di Onda Civica, che ha chiesto di non essere citato per nome, ha "
        "ammesso che il partito “sperava nel 30%” e che le trattative saranno lunghe." + IT_MORE,
        [("sperava nel 30%", "un dirigente di Onda Civica")],
    ),
    (
        "Uma auxiliar de um lar de idosos de Vila Seca, que pediu para não ser identificada, "
        "escreveu a este jornal: «Ninguém nos perguntou nada.»" + PT_MORE,
        [("Ninguém nos perguntou nada", "uma auxiliar de um lar de idosos de Vila Seca")],
    ),
    (
        "Une infirmière d'un centre de santé de Plouzané, qui a requis l'anonymat, a écrit à "
        "notre rédaction : « Personne ne nous a rien demandé. »" + FR_MORE,
        [("Personne ne nous a rien demandé", "une infirmière d'un centre de santé de Plouzané")],
    ),
]

UNNAMED_OF_GUARDS: list[Case] = [
    (
        ES_OPEN + "Un portavoz de Alianza Ribereña comenta a este periódico que el ambiente en "
        "el partido es de «nervios contenidos»." + ES_MORE,
        [("nervios contenidos", "Alianza Ribereña")],
    ),
    (
        ES_OPEN + "Un informe de la Sindicatura de Cuentas advierte de «irregularidades "
        "graves»." + ES_MORE,
        [("irregularidades graves", "Sindicatura de Cuentas")],
    ),
    (
        IT_OPEN + "Un dirigente di Onda Civica, Marco Ferri, ha ammesso che il partito “sperava "
        "nel 30%” e che le trattative saranno lunghe." + IT_MORE,
        [("sperava nel 30%", "Marco Ferri")],
    ),
    # a study, a poll, a letter, a message of a body: its finding is the body's, never the
    # document named as someone ("un estudio de la Universidad de X")
    (
        ES_OPEN + "Un estudio de la Universidad de Tordesal concluye que el agua del embalse "
        "está «muy degradada» desde el verano." + ES_MORE,
        [("muy degradada", "Universidad de Tordesal")],
    ),
    (
        ES_OPEN + "Una encuesta del Instituto Demoscopia Norte revela que los vecinos están "
        "«hartos de esperar» el nuevo puente." + ES_MORE,
        [("hartos de esperar", "Instituto Demoscopia Norte")],
    ),
    (
        IT_OPEN + "Una lettera della Procura di Valdarca definisce l'indagine «lunga e "
        "complessa» e chiede tempo." + IT_MORE,
        [("lunga e complessa", "Procura di Valdarca")],
    ),
    (
        "A câmara aprovou as contas com os votos da maioria.\n\nUm estudo da Universidade de "
        "Montalvo conclui que a seca deste ano foi “a pior do século” na região." + PT_MORE,
        [("a pior do século", "Universidade de Montalvo")],
    ),
    # a spokesperson or a statement of a body of one word: the body, never "de X" (found by
    # review: "Un portavoz de Renfe" gave "de Renfe")
    (
        ES_OPEN + "Un portavoz de Aqualia explicó: «El suministro volverá mañana por la "
        "tarde»\n\nLa piscina municipal volverá a abrir sus puertas a comienzos del verano, "
        "tras varios meses de obras en los vestuarios y en la depuradora." + ES_MORE,
        [("El suministro volverá mañana", "Aqualia")],
    ),
    (
        ES_OPEN + "Un comunicado de Endesa señala: «No hubo negligencia en la avería»\n\nLa "
        "piscina municipal volverá a abrir sus puertas a comienzos del verano, tras varios "
        "meses de obras en los vestuarios y en la depuradora." + ES_MORE,
        [("No hubo negligencia en la avería", "Endesa")],
    ),
]


@pytest.mark.parametrize("case", UNNAMED_OF, ids=lambda c: c[0][40:80])
def test_unnamed_person_of_a_body(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", UNNAMED_OF_GUARDS, ids=lambda c: c[0][40:80])
def test_unnamed_person_of_a_body_guards(case: Case) -> None:
    all_right([case])
