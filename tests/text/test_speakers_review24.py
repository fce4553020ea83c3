"""Guards from a helper's review of round twenty-four's rules (invented passages): a
speaker the sentence before opens on is a body only when it speaks there, so a bridge, a dog,
a product, a storm, a report, a paper, a ship, a decision or an event gives no speaker, nor do
two bodies joined, hearsay ("Im Dorf hieß es"), a body that was sanctioned or criticised, or
someone else speaking nearer. Each speaker is what the start engine gave (the bare phrase or
no one), which these rules must not replace.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import outcomes

CASES = [
    # (a bridge)
    (
        "Local officials met on Tuesday to discuss the state of the roads and the cost of repairs across the district. Many residents are worried about the state of the old bridges in the area.\n\nThe Meridian Bridge will close for repairs next month. The work is expected to cost £3m. “We apologise for any disruption,” a spokeswoman said.\n\nThe issue will be discussed again at the next meeting, which is expected to take place in the spring.",
        "We apologise for any",
        "a spokeswoman",
    ),
    # (a dog, its apposition read as a clause)
    (
        "Local officials met on Tuesday to discuss the state of the roads and the cost of repairs across the district. Many residents are worried about the state of the old bridges in the area.\n\nBiscuit, a six-year-old labrador, was pulled from the river by firefighters on Sunday. “She was very lucky,” a spokeswoman said.\n\nThe issue will be discussed again at the next meeting, which is expected to take place in the spring.",
        "She was very",
        "a spokeswoman",
    ),
    # (a product, in the passive)
    (
        "Local officials met on Tuesday to discuss the state of the roads and the cost of repairs across the district. Many residents are worried about the state of the old bridges in the area.\n\nThe Kestrel Nine, which went on sale in March, has been recalled over battery fires. “Customers should stop using the device,” a spokesman said.\n\nThe issue will be discussed again at the next meeting, which is expected to take place in the spring.",
        "Customers should",
        "a spokesman",
    ),
    # (a storm)
    (
        "Local officials met on Tuesday to discuss the state of the roads and the cost of repairs across the district. Many residents are worried about the state of the old bridges in the area.\n\nStorm Ingrid brought down power lines across the county overnight. About 4,000 homes were left without electricity. “Crews will work through the night,” a spokesperson said.\n\nThe issue will be discussed again at the next meeting, which is expected to take place in the spring.",
        "Crews will work",
        "a spokesperson",
    ),
    # (a report, whose findings are answered)
    (
        "Local officials met on Tuesday to discuss the state of the roads and the cost of repairs across the district. Many residents are worried about the state of the old bridges in the area.\n\nThe Carver Review found that waiting times at the hospital had doubled since 2019. “We accept the findings in full,” a spokesperson said.\n\nThe issue will be discussed again at the next meeting, which is expected to take place in the spring.",
        "We accept the",
        "a spokesperson",
    ),
    # (two bodies joined by "and")
    (
        "Local officials met on Tuesday to discuss the state of the roads and the cost of repairs across the district. Many residents are worried about the state of the old bridges in the area.\n\nHarlow Buses and Ellsmouth Council have fallen out over the cost of the school route. “We have made a fair offer,” a spokesman said.\n\nThe issue will be discussed again at the next meeting, which is expected to take place in the spring.",
        "We have made",
        "a spokesman",
    ),
    # (a person whose first name no list holds)
    (
        "Local officials met on Tuesday to discuss the state of the roads and the cost of repairs across the district. Many residents are worried about the state of the old bridges in the area.\n\nTevita Fonua, who owns the bakery on Quay Street, lost his entire stock in the flood. “The water came in within minutes,” a spokesman said.\n\nThe issue will be discussed again at the next meeting, which is expected to take place in the spring.",
        "The water came",
        "a spokesman",
    ),
    # (a paper that reports)
    (
        "Local officials met on Tuesday to discuss the state of the roads and the cost of repairs across the district. Many residents are worried about the state of the old bridges in the area.\n\nThe Ellsmouth Gazette reported on Monday that the Dunmore factory would close. “No decision has been made,” a spokesman said.\n\nThe issue will be discussed again at the next meeting, which is expected to take place in the spring.",
        "No decision has",
        "a spokesman",
    ),
    # (a bridge (Dutch))
    (
        "In de regio wordt al weken gesproken over de kosten van het onderhoud van de wegen en de bruggen. Veel bewoners maken zich zorgen over de staat van de oude bruggen in het gebied.\n\nDe Hoge Brug bij Dalden blijft tot maart dicht. ‘De reparatie duurt langer dan gedacht’, aldus een woordvoerder.\n\nHet onderwerp komt volgende maand opnieuw aan de orde tijdens een vergadering van de raad.",
        "De reparatie duurt",
        "een woordvoerder",
    ),
    # (a ship (Dutch))
    (
        "In de regio wordt al weken gesproken over de kosten van het onderhoud van de wegen en de bruggen. Veel bewoners maken zich zorgen over de staat van de oude bruggen in het gebied.\n\nDe Noordster liep vrijdag vast bij Kalmerduin. Alle opvarenden zijn veilig aan wal gebracht. ‘Het schip wordt morgen losgetrokken’, aldus een woordvoerder.\n\nHet onderwerp komt volgende maand opnieuw aan de orde tijdens een vergadering van de raad.",
        "Het schip wordt",
        "een woordvoerder",
    ),
    # (village hearsay (German))
    (
        "In der Region wird seit Wochen über die Kosten für die Sanierung der Straßen und Brücken diskutiert. Viele Bewohner machen sich Sorgen um den Zustand der alten Brücken in der Gegend.\n\nDie Bäckerei Huber in Kessbach hat nach 90 Jahren geschlossen. Im Dorf hieß es, der Besitzer sei „einfach müde“ gewesen.\n\nDas Thema soll im nächsten Monat erneut auf der Tagesordnung stehen, wie aus der Einladung hervorgeht.",
        "einfach müde",
        None,
    ),
    # (residents' hearsay (German))
    (
        "In der Region wird seit Wochen über die Kosten für die Sanierung der Straßen und Brücken diskutiert. Viele Bewohner machen sich Sorgen um den Zustand der alten Brücken in der Gegend.\n\nDie Polizei sperrte die Straße stundenlang ab. Unter Anwohnern hieß es, man habe „einen lauten Knall“ gehört.\n\nDas Thema soll im nächsten Monat erneut auf der Tagesordnung stehen, wie aus der Einladung hervorgeht.",
        "einen lauten",
        None,
    ),
    # (a decision, a noun in -ung (German))
    (
        "In der Region wird seit Wochen über die Kosten für die Sanierung der Straßen und Brücken diskutiert. Viele Bewohner machen sich Sorgen um den Zustand der alten Brücken in der Gegend.\n\nDie Entscheidung fiel am späten Montagabend. In einer Mitteilung hieß es, man habe „alle Optionen geprüft“.\n\nDas Thema soll im nächsten Monat erneut auf der Tagesordnung stehen, wie aus der Einladung hervorgeht.",
        "alle Optionen",
        None,
    ),
    # (a study's words, and a landscape)
    (
        "In der Region wird seit Wochen über die Kosten für die Sanierung der Straßen und Brücken diskutiert. Viele Bewohner machen sich Sorgen um den Zustand der alten Brücken in der Gegend.\n\nDie Landschaft rund um Kessbach hat sich durch die Dürre stark verändert. In einer Studie heißt es, die Wälder seien „massiv geschädigt“.\n\nDas Thema soll im nächsten Monat erneut auf der Tagesordnung stehen, wie aus der Einladung hervorgeht.",
        "massiv geschädigt",
        None,
    ),
    # (the sanctioned firm (Spanish))
    (
        "En la región se discute desde hace semanas el coste del mantenimiento de las carreteras y de los puentes. Muchos vecinos se muestran preocupados por el estado de los viejos puentes de la comarca.\n\nConstrucciones Peral fue sancionada por la Inspección de Trabajo tras el accidente. En un comunicado, denunció «graves irregularidades» en la obra.\n\nEl asunto volverá a debatirse en la próxima reunión del pleno, prevista para la primavera.",
        "graves irregularidades",
        None,
    ),
    # (the mayor criticised: an object (Spanish))
    (
        "En la región se discute desde hace semanas el coste del mantenimiento de las carreteras y de los puentes. Muchos vecinos se muestran preocupados por el estado de los viejos puentes de la comarca.\n\nLa oposición criticó duramente al alcalde, Ramón Esteve. En un comunicado, acusa al gobierno local de «mentir a los vecinos».\n\nEl asunto volverá a debatirse en la próxima reunión del pleno, prevista para la primavera.",
        "mentir a los",
        None,
    ),
    # (a storm (Spanish))
    (
        "En la región se discute desde hace semanas el coste del mantenimiento de las carreteras y de los puentes. Muchos vecinos se muestran preocupados por el estado de los viejos puentes de la comarca.\n\nLa DANA dejó 200 litros por metro cuadrado en Villarcés. En un comunicado, advirtió que «lo peor aún no ha pasado».\n\nEl asunto volverá a debatirse en la próxima reunión del pleno, prevista para la primavera.",
        "lo peor aún",
        None,
    ),
    # (a first name inside an event's name (Italian))
    (
        "Il consiglio regionale ha approvato il bilancio con i voti della maggioranza. Molti cittadini si sono detti preoccupati per lo stato dei vecchi ponti della valle.\n\nLa Notte Bianca di Vallestra è stata anNoneata per il maltempo. In una nota, spiega che «non c'erano le condizioni di sicurezza».\n\nIl bilancio entrerà in vigore a gennaio, secondo il calendario approvato la settimana scorsa.",
        "non c'erano",
        None,
    ),
    # (a police operation (Portuguese))
    (
        "Na região, discute-se há semanas o custo da manutenção das estradas e das pontes. Muitos moradores estão preocupados com o estado das velhas pontes da região.\n\nA Operação Maré Alta prendeu 12 suspeitos em Serra Alta. Em nota, afirmou que “as investigações continuam”.\n\nO assunto deve voltar a ser discutido na próxima reunião da câmara, prevista para a primavera.",
        "as investigações",
        None,
    ),
    # (an unnamed subject nearer (Portuguese))
    (
        "Na região, discute-se há semanas o custo da manutenção das estradas e das pontes. Muitos moradores estão preocupados com o estado das velhas pontes da região.\n\nA Fibrasul demitiu 80 funcionários. O sindicato criticou as demissões. Em nota, afirmou que “a empresa age de má-fé”.\n\nO assunto deve voltar a ser discutido na próxima reunião da câmara, prevista para a primavera.",
        "a empresa age",
        None,
    ),
    # (a body's name cut at its lower-case words (French))
    (
        "Dans la région, le débat sur le coût de l'entretien des routes et des ponts dure depuis plusieurs semaines. Beaucoup d'habitants s'inquiètent de l'état des vieux ponts de la vallée.\n\nLa Communauté de communes du Val d'Arce a voté la hausse de la taxe. « Nous n'avions pas le choix », explique un porte-parole.\n\nLe sujet doit revenir à l'ordre du jour lors de la prochaine réunion du conseil, prévue au printemps.",
        "Nous n'avions",
        "un porte-parole",
    ),
]


@pytest.mark.parametrize(("text", "head", "speaker"), CASES)
def test_no_body_that_does_not_speak(text: str, head: str, speaker: str | None) -> None:
    ((_, _, found),) = outcomes([(text, [(head, speaker)])])
    assert found == speaker
