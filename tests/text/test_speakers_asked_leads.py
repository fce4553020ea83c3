"""A quotation led in by the question its speaker was asked (``asked_leads``):

"Preguntado por si …, no duda: «…»", "A la pregunta de si …, es tajante:", "Alla domanda se
…, risponde senza esitare:", "Interrogée sur …, elle répond :", "Op de vraag of …, was ze
duidelijk:", "Auf die Frage, ob …, sagte er:". The clause names no one: the words are the
answer of the pronoun's person, else of the one quoted just before. Near misses: a subject
named in the clause ("…, il sindaco Rossi risponde:"), no quotation before and no pronoun.
Every speaker exact; each passage invented.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import (
    DE_MORE,
    DE_OPEN,
    ES_MORE,
    ES_OPEN,
    FR_MORE,
    IT_MORE,
    IT_OPEN,
    NL_MORE,
    NL_OPEN,
    Case,
    outcomes,
)

ES_ASKED = (
    ES_OPEN + "Anselmo Garrido tiene 81 años y ha corrido todas las ediciones. «La primera vez "
    "éramos cuarenta», recuerda entre risas.\n\nPreguntado por si piensa correrla también "
    "este año, no duda: «Mientras las piernas aguanten, yo voy.»" + ES_MORE
)
ES_QUESTION = (
    ES_OPEN + "La presidenta del club, Rocío Benavente Ruiz, explica que la federación exige "
    "una fianza. «No pagamos a ninguna jugadora», dice.\n\nA la pregunta de si el club podría "
    "renunciar a la plaza, es tajante: «Ni se nos pasa por la cabeza.»" + ES_MORE
)
IT_QUESTION = (
    IT_OPEN + "Il sindaco Marco Bellandi ha inaugurato il nuovo campo sportivo. «È un giorno di "
    "festa per tutto il paese», ha detto.\n\nAlla domanda se ci saranno altri investimenti, "
    "risponde senza esitare: «Sì, la palestra della scuola è la prossima.»" + IT_MORE
)
IT_NAMED = (
    IT_OPEN + "Il sindaco Marco Bellandi ha inaugurato il nuovo campo sportivo. «È un giorno di "
    "festa per tutto il paese», ha detto.\n\nAlla domanda se ci saranno altri investimenti, "
    "l'assessora Carla Ponti risponde: «Sì, la palestra della scuola è la prossima.»" + IT_MORE
)
FR_ASKED = (
    "Le pont de la Vanne rouvrira en mars\n\nLa maire, Odile Ferrand, a présenté lundi le "
    "calendrier des travaux.\n\nInterrogée sur le coût du chantier, elle répond sans détour : "
    "« Deux millions, et pas un euro de plus. »" + FR_MORE
)
NL_ASKED = (
    NL_OPEN + "Wethouder Fenna Dijkstra knipte zaterdag het lint door. Op de vraag of de "
    "gemeente ook in de toekomst bijdraagt aan het onderhoud, was ze duidelijk: “Ja, we hebben "
    "er elk jaar geld voor gereserveerd.”" + NL_MORE
)
DE_ASKED = (
    DE_OPEN + "Landrat Volker Tiedemann eröffnete am Samstag die neue Brücke. Auf die Frage, ob "
    "der Kreis auch die Unterhaltskosten trägt, sagte er: „Ja, das Geld steht im Haushalt.“"
    + DE_MORE
)
ES_NO_ONE_BEFORE = (
    ES_OPEN + "El pleno aprobó ayer la nueva ordenanza de terrazas.\n\nA la pregunta de si "
    "habrá sanciones, la respuesta fue clara: «Las habrá desde el primer día.»" + ES_MORE
)

CASES: list[tuple[str, Case]] = [
    ("Spanish participle", (ES_ASKED, [("Mientras las piernas", "Anselmo Garrido")])),
    ("Spanish 'a la pregunta'", (ES_QUESTION, [("Ni se nos pasa", "Rocío Benavente Ruiz")])),
    ("Italian 'alla domanda'", (IT_QUESTION, [("Sì, la palestra", "Marco Bellandi")])),
    ("Italian subject named", (IT_NAMED, [("Sì, la palestra", "Carla Ponti")])),
    ("French pronoun", (FR_ASKED, [("Deux millions", "Odile Ferrand")])),
    ("Dutch pronoun after the verb", (NL_ASKED, [("Ja, we hebben", "Fenna Dijkstra")])),
    ("German pronoun after the verb", (DE_ASKED, [("Ja, das Geld", "Volker Tiedemann")])),
    ("no one asked before", (ES_NO_ONE_BEFORE, [("Las habrá", None)])),
]


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[n for n, _ in CASES])
def test_speakers(case: Case) -> None:
    got = outcomes([case])
    assert [(h, found) for h, _, found in got] == [(h, exp) for h, exp, _ in got]
