"""Fixes to branch r18r's French, Spanish, Italian and Portuguese rules. Invented passages.

1. "The same source" ("acrescentou a mesma fonte", "a ajouté la même source", "añadió la
   misma fuente", "ha aggiunto la stessa fonte") is the source that spoke last: a named
   speaker quoted after the described source is that source; the described source only when
   no one spoke in between; nobody when the quotation before has no speaker ("disse à Lusa
   fonte da PSP" is not read).
2. "Limited itself to" and an infinitive with an object of its own ("«…», se limitó a repetir
   la fórmula de siempre", "si è limitato a ribadire la linea del governo"): the words after
   the verb are its object, the subject is left out; a name or a role noun there is still
   the subject.
3. A body's kind, a lower-case description and "de" + a place ("L'association de défense des
   oiseaux de Port-Vendres, qui …"): the place is no name of the body.
4. A bare "limitou-se a dizer." opening a paragraph: the verb phrase is never a speaker; the
   person of the paragraph before goes on.
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

SAME_SOURCE: list[Case] = [
    # a named speaker between the described source and "the same source": the named one
    (
        "Um camião despistou-se ontem na A1, perto de Coimbra. Segundo uma fonte dos "
        "bombeiros, o condutor terá adormecido ao volante.\n\nO comandante dos bombeiros de "
        "Condeixa, Hugo Matias, explicou que a via esteve cortada duas horas. «Foi preciso "
        "uma grua para tirar a carga», disse.\n\n«O condutor já teve alta», acrescentou a "
        "mesma fonte." + PT_MORE,
        [("Foi preciso uma grua", "Hugo Matias"), ("O condutor já teve alta", "Hugo Matias")],
    ),
    # the same without the described source
    (
        "Um camião despistou-se ontem na A1, perto de Coimbra.\n\nO comandante dos bombeiros "
        "de Condeixa, Hugo Matias, explicou que a via esteve cortada duas horas. «Foi preciso "
        "uma grua para tirar a carga», disse.\n\n«O condutor já teve alta», acrescentou a "
        "mesma fonte." + PT_MORE,
        [("Foi preciso uma grua", "Hugo Matias"), ("O condutor já teve alta", "Hugo Matias")],
    ),
    (
        "Un entrepôt a brûlé dans la nuit à Lorient. Selon une source syndicale, une trentaine "
        "de salariés seront au chômage partiel.\n\nLe procureur de Lorient, Marc Olivier, a "
        "ouvert une enquête. « Deux départs de feu ont été relevés », a-t-il indiqué.\n\n« Les "
        "caméras sont en cours d'analyse », a ajouté la même source." + FR_MORE,
        [("Deux départs de feu", "Marc Olivier"), ("Les caméras sont", "Marc Olivier")],
    ),
    (
        "Dos montañeros fueron rescatados anoche en los Picos de Europa. Según una fuente "
        "municipal, el aviso llegó al caer la tarde.\n\nEl portavoz de la Guardia Civil en "
        "León, Andrés Vidal, explicó que la niebla retrasó el rescate. «Estaban helados, pero "
        "conscientes», indicó.\n\n«No llevaban linterna», añadió la misma fuente." + ES_MORE,
        [("Estaban helados", "Andrés Vidal"), ("No llevaban linterna", "Andrés Vidal")],
    ),
    (
        "Una frana ha chiuso la strada per Bormio. Secondo una fonte della prefettura, la "
        "riapertura richiederà giorni.\n\nIl comandante dei vigili del fuoco, Sergio Villa, "
        "ha spiegato che il versante si muove ancora. «Controlliamo la zona di continuo», ha "
        "detto.\n\n«Nessuno rientrerà stanotte», ha aggiunto la stessa fonte." + IT_MORE,
        [("Controlliamo la zona", "Sergio Villa"), ("Nessuno rientrerà", "Sergio Villa")],
    ),
]

SAME_SOURCE_KEPT: list[Case] = [
    # no one spoke between: the source as first described (the gain of r18r)
    (
        "Deux hommes ont été interpellés mardi à Toulon. Selon une source policière, ils "
        "étaient connus des services. « Ils n'ont opposé aucune résistance », a précisé la "
        "même source." + FR_MORE,
        [("Ils n'ont opposé", "une source policière")],
    ),
    (
        "Um homem foi detido ontem em Viseu. Segundo uma fonte da PSP, o suspeito era seguido "
        "há meses. «Foi uma operação muito bem preparada», disse a mesma fonte." + PT_MORE,
        [("Foi uma operação", "uma fonte da PSP")],
    ),
    (
        IT_OPEN + "Due uomini armati hanno rapinato ieri una tabaccheria del centro di Bari, "
        "portando via sigarette e biglietti per oltre diecimila euro.\n\nSecondo una fonte "
        "investigativa, i due avrebbero studiato a lungo gli orari del negozio. «Sono esperti, "
        "conoscevano bene la zona», ha aggiunto la stessa fonte." + IT_MORE,
        [("Sono esperti", "una fonte investigativa")],
    ),
    # the quotation before has no speaker (a source without article is not read): no one,
    # never "the same source" as written on both
    (
        "Um homem ficou ferido ontem numa rixa em Almada.\n\n«O homem foi levado para o "
        "hospital e está estável», disse à Lusa fonte da PSP. «Não há mais feridos a "
        "registar», acrescentou a mesma fonte." + PT_MORE,
        [("O homem foi levado", None), ("Não há mais feridos", None)],
    ),
]


@pytest.mark.parametrize("case", SAME_SOURCE, ids=lambda c: c[0][40:80])
def test_same_source_is_the_last_that_spoke(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", SAME_SOURCE_KEPT, ids=lambda c: c[0][40:80])
def test_same_source_as_described(case: Case) -> None:
    all_right([case])


LIMITED_OBJECT: list[Case] = [
    (
        ES_OPEN + "La consejera de Sanidad, Marta Ibarra, salió de la reunión sin atender a la "
        "prensa y fue preguntada por las listas de espera.\n\n«Estamos trabajando cada día "
        "para reducirlas», se limitó a repetir el mensaje oficial de su departamento." + ES_MORE,
        [("Estamos trabajando", "Marta Ibarra")],
    ),
    (
        IT_OPEN + "Il sindaco di Lecco, Franco Boschi, è stato fermato dai cronisti all'uscita "
        "dal municipio.\n\n«Il progetto andrà avanti come previsto dalla giunta», si è "
        "limitato a ribadire la posizione della giunta, senza fermarsi." + IT_MORE,
        [("Il progetto andrà avanti", "Franco Boschi")],
    ),
    (
        "O ministro das Finanças, Tiago Barreiros, foi questionado sobre os salários à saída "
        "do parlamento.\n\n«O Governo honrará os compromissos», limitou-se a repetir a "
        "posição oficial do executivo." + PT_MORE,
        [("O Governo honrará", "Tiago Barreiros")],
    ),
]

LIMITED_SUBJECT: list[Case] = [
    # a role noun or a name after the same verbs is still their subject
    (
        ES_OPEN + "La reunión del pleno terminó sin acuerdo. «Respetamos la decisión de los "
        "jueces y la acatamos», se limitó a repetir un concejal." + ES_MORE,
        [("Respetamos la decisión", "un concejal")],
    ),
    (
        IT_OPEN + "La seduta si è chiusa senza accordo. «Il progetto andrà avanti come previsto "
        "dalla giunta», si è limitato a ribadire l'assessore Franco Boschi." + IT_MORE,
        [("Il progetto andrà avanti", "Franco Boschi")],
    ),
]


@pytest.mark.parametrize("case", LIMITED_OBJECT, ids=lambda c: c[0][40:80])
def test_limited_to_a_verb_and_its_object(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", LIMITED_SUBJECT, ids=lambda c: c[0][40:80])
def test_limited_to_a_verb_and_its_subject(case: Case) -> None:
    all_right([case])


PLACE_AFTER_KIND: list[Case] = [
    (
        "Des rejets ont été constatés dans le port.\n\nL'association de défense des oiseaux "
        "de Port-Vendres, qui suit le dossier depuis des années, a salué la décision, mais "
        "rappelé que « les goélands meurent toujours »." + FR_MORE,
        [("les goélands meurent", "L'association")],
    ),
    (
        "O tribunal condenou ontem o arguido a cinco anos de prisão.\n\nA associação de "
        "defesa dos animais de Viseu, que acompanha o caso, saudou a decisão, mas lembrou que "
        "«casos destes continuam impunes»." + PT_MORE,
        [("casos destes continuam", "A associação")],
    ),
    (
        "La sentencia se conoció ayer por la tarde.\n\nLa asociación de comerciantes de "
        "Cuenca, que agrupa a 300 tiendas, celebró el fallo y recordó que «el problema del "
        "aparcamiento sigue ahí»." + ES_MORE,
        [("el problema del aparcamiento", "La asociación")],
    ),
]

NAME_AFTER_KIND: list[Case] = [
    # the body's own name right after its description stays its name (the gain of r18r)
    (
        "O tribunal condenou ontem o arguido a cinco anos de prisão.\n\nA associação de "
        "defesa dos animais Patas Unidas, que acompanha o caso, saudou a decisão, mas lembrou "
        "que «casos destes continuam impunes»." + PT_MORE,
        [("casos destes continuam", "Patas Unidas")],
    ),
]


@pytest.mark.parametrize("case", PLACE_AFTER_KIND, ids=lambda c: c[0][40:80])
def test_place_after_a_body_kind_is_no_name(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", NAME_AFTER_KIND, ids=lambda c: c[0][40:80])
def test_name_after_a_body_kind(case: Case) -> None:
    all_right([case])


BARE_LIMITED: list[Case] = [
    (
        "A diretora do hospital, Sofia Brandão, saiu da reunião sem prestar declarações.\n\n"
        "«Tudo será esclarecido a seu tempo», limitou-se a dizer." + PT_MORE,
        [("Tudo será esclarecido", "Sofia Brandão")],
    ),
]


@pytest.mark.parametrize("case", BARE_LIMITED, ids=lambda c: c[0][40:80])
def test_bare_limited_carries_on(case: Case) -> None:
    all_right([case])
