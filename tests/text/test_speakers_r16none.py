"""Quotations after a colon whose speaker the text makes clear but the rules missed: a
Portuguese sentence opening on a fronted phrase in commas and then on a verb whose subject is
left out ("No sermão, pediu …:"); a Spanish, Italian or Portuguese fronted phrase of occasion
with no comma before such a verb ("In un'intervista del 2015 aveva raccontato …:"); a role noun
someone was introduced with as the subject after a participle of being asked ("Preguntado
por …, el consejero fue tajante:") or, in Portuguese, after any fronted phrase ("Quanto ao
penálti, o treinador foi perentório:"); the German "winkte … ab:". Guards: a noun a preposition governs
through a possessive is no speaker ("Angesprochen auf seinen Vertrag sagte …"); a subject
named in the clause is not overridden; "o treinador adversário" is someone else. "E ancora:",
"Y además:" alone before a colon go on with the quotation just before (not past another
person's sentence). Invented passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import PT_MORE, Case, outcomes

ES_MORE = (
    "\n\nEl ayuntamiento informó de que las obras de la calle Mayor terminarán en marzo y de "
    "que los vecinos podrán aparcar mientras tanto en el solar de la antigua estación."
)
IT_MORE = (
    "\n\nIl Comune ha annunciato che nei prossimi giorni saranno aperti altri due centri di "
    "accoglienza nelle scuole del quartiere, mentre i vigili del fuoco restano sul posto."
)
DE_MORE = (
    "\n\nDie Gemeinde hat für die kommende Woche eine Bürgerversammlung angekündigt, bei der "
    "auch die Polizei und die Stadtwerke über den Stand der Arbeiten berichten wollen."
)

CASES: list[Case] = [
    # Portuguese: a fronted phrase in commas, then the verb whose subject is left out
    (
        "A cantora Rita Sobral encheu o teatro municipal durante duas noites.\n\n"
        "Já no camarim, explicou-nos a escolha das canções: «Cresci a ouvir fado na "
        "cozinha da minha tia.»" + PT_MORE,
        [("Cresci a ouvir fado", "Rita Sobral")],
    ),
    (
        "O padre Joaquim Serrão celebrou a última missa na capela da aldeia.\n\n"
        "Na homilia, pediu aos fiéis que cuidassem dos mais velhos: «Ninguém deve ficar "
        "sozinho no inverno.»" + PT_MORE,
        [("Ninguém deve ficar", "Joaquim Serrão")],
    ),
    # Italian and Spanish: a fronted phrase of occasion with no comma before the verb
    (
        "Il vetraio Bruno Zanin ha soffiato vetro per cinquant'anni a Murano.\n\n"
        "In un'intervista del 2012 aveva descritto così il suo lavoro: “Il vetro ti "
        "ascolta, se sai aspettare”." + IT_MORE,
        [("Il vetro ti ascolta", "Bruno Zanin")],
    ),
    (
        "El guitarrista Andrés Lucena recorrió medio mundo con su cuarteto.\n\n"
        "En una charla en 2009 explicaba así su oficio: “La guitarra no perdona la "
        "prisa”." + ES_MORE,
        [("La guitarra no perdona", "Andrés Lucena")],
    ),
    # a role noun someone was introduced with, after "Preguntado por"
    (
        "«Es el mayor pedido de nuestra historia», explicó el consejero Íñigo Zubeldia "
        "durante la visita a la planta.\n\n"
        "Preguntado por los plazos, el consejero fue tajante: «Habrá fábrica antes del "
        "verano»." + ES_MORE,
        [("Habrá fábrica", "Íñigo Zubeldia")],
    ),
    # Portuguese: the role noun after a fronted phrase; an adjective after it is another
    (
        "O treinador Vasco Brito falou no fim do jogo. «Merecíamos mais», disse.\n\n"
        "Quanto à expulsão, o treinador foi perentório: «O árbitro errou.»" + PT_MORE,
        [("O árbitro errou", "Vasco Brito")],
    ),
    (
        "O treinador Vasco Brito falou no fim do jogo. «Merecíamos mais», disse.\n\n"
        "Quanto à expulsão, o treinador adversário foi perentório: «O árbitro errou.»" + PT_MORE,
        [("O árbitro errou", None)],
    ),
    # "E ancora:", "Y además:" right after an attributed quotation: its speaker goes on
    (
        "La consigliera Marta Gallo ha votato contro il bilancio. «È un conto sbagliato», "
        "ha detto. E ancora: «Non voteremo mai tagli alle scuole.»" + IT_MORE,
        [("Non voteremo mai", "Marta Gallo")],
    ),
    (
        "El concejal Pablo Serna votó en contra. «Es un presupuesto injusto», dijo. Y "
        "además: «Los barrios pagarán la factura.»" + ES_MORE,
        [("Los barrios pagarán", "Pablo Serna")],
    ),
    # guard: another person's sentence between them
    (
        "La consigliera Marta Gallo ha votato contro il bilancio. «È un conto sbagliato», "
        "ha detto. Il sindaco Piero Sala ha scosso la testa. E ancora: «Non voteremo mai "
        "tagli alle scuole.»" + IT_MORE,
        [("Non voteremo mai", None)],
    ),
    # German: "winkte … ab:" before the words
    (
        "Der neue Trainer heißt Lukas Brandl. Der 41-Jährige kommt aus Salzburg.\n\n"
        "Auf die Frage nach dem Saisonziel winkte Brandl ab: „Darüber rede ich im "
        "Sommer.“" + DE_MORE,
        [("Darüber rede ich", "Lukas Brandl")],
    ),
    # guard: a noun a preposition governs through a possessive is no speaker
    (
        "Die Kapitänin Lea Kofler traf zweimal.\n\n"
        "Angesprochen auf ihren Vertrag sagte die Spielführerin: „Das klären wir "
        "später.“" + DE_MORE,
        [("Das klären wir", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_r16none(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_named_subject_after_fronted_phrase_is_not_overridden() -> None:
    # a subject named after the fronted phrase: never the person of the sentence before
    text = (
        "El guitarrista Andrés Lucena recorrió medio mundo con su cuarteto.\n\n"
        "En la charla de 2009 su hija Marta Lucena había contado: “La guitarra no perdona "
        "la prisa”." + ES_MORE
    )
    ((_, _, found),) = outcomes([(text, [("La guitarra no perdona", None)])])
    assert found != "Andrés Lucena"
