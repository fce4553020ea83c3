"""Spanish and Italian shapes: unnamed sources ("fuentes del ministerio", "fonti vicine al
governo") and the words quoted in a relative on a statement a body issued ("un comunicado en
el que …"), with the near misses that must keep their speaker or have none. All passages are
invented for these tests."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes
from tests.text.test_speakers_session17 import ES_MORE, IT_MORE

CASES: list[Case] = [
    # unnamed sources opening the sentence, the subject of its speech verb …
    (
        "La alcaldesa Marta Olmedo inauguró el puente el lunes.\n\n"
        "Fuentes del ministerio aseguran que la pasarela cumple «todas las normas de "
        "seguridad» y que se revisará cada año." + ES_MORE,
        [("todas las normas", "Fuentes del ministerio")],
    ),
    # … or of the colon before the quotation, with an adjective after the body's name
    (
        "El consejero Tomás Ibarra defendió la ley en el pleno.\n\n"
        "Fuentes del Gobierno regional restaron importancia a las críticas: «Es lo de "
        "siempre, nada nuevo»." + ES_MORE,
        [("Es lo de siempre", "Fuentes del Gobierno regional")],
    ),
    # a participle after the body is not part of it
    (
        "La obra del túnel acumula ya tres meses de retraso.\n\n"
        "Fuentes de la Consejería consultadas por este diario atribuyen el retraso a «un "
        "invierno especialmente lluvioso en toda la comarca»." + ES_MORE,
        [("un invierno", "Fuentes de la Consejería")],
    ),
    # sources cited right after the quotation win over the sentence's subject
    (
        "La consejería asegura que el decreto se aprobará «antes de que acabe el verano», "
        "según fuentes de su entorno, que no dieron más detalles." + ES_MORE,
        [("antes de que acabe", "fuentes de su entorno")],
    ),
    (
        "Il ministro Carlo Benedetti ha visitato il cantiere ieri mattina.\n\n"
        "Fonti vicine al governo spiegano che «non ci sono ritardi» e che i lavori "
        "«finiranno entro l'estate»." + IT_MORE,
        [
            ("non ci sono ritardi", "Fonti vicine al governo"),
            ("finiranno entro", "Fonti vicine al governo"),
        ],
    ),
    (
        "Il voto sul bilancio è previsto per giovedì. Fonti della maggioranza si dicono "
        "tranquille: «I voti ci sono tutti»." + IT_MORE,
        [("I voti ci sono", "Fonti della maggioranza")],
    ),
    # near miss: the quotation has its own attribution after it, which stays
    (
        "Fuentes del club confirmaron la reunión. «Hemos hablado con calma», dijo el "
        "presidente, Jaime Latorre, a la salida." + ES_MORE,
        [("Hemos hablado", "Jaime Latorre")],
    ),
    # near miss: a phrase earlier in the paragraph is not the later sources' words
    (
        "La patronal, por su parte, anunció que recurrirá la norma por considerar que "
        "vulnera «la libertad de empresa». Fuentes del Gobierno restaron importancia a la "
        "amenaza: «No es la primera vez»." + ES_MORE,
        [
            ("la libertad de empresa", "La patronal"),
            ("No es la primera vez", "Fuentes del Gobierno"),
        ],
    ),
    # a quotation in a relative on a statement: whoever issued it speaks, any verb …
    (
        "El puerto de Valdemar cerró ayer por el temporal.\n\n"
        "La naviera emitió un comunicado en el que lo define como «un cierre preventivo» "
        "y anuncia nuevos horarios." + ES_MORE,
        [("un cierre preventivo", "La naviera")],
    ),
    (
        "El festival cerró su edición con récord de público.\n\n"
        "La Fundación Marea Alta, organizadora del certamen, respondió en un comunicado "
        "posterior en el que se comprometía a «seguir apostando por el talento local»." + ES_MORE,
        [("seguir apostando", "La Fundación Marea Alta")],
    ),
    # … not when the relative has a subject of its own …
    (
        "El juez leyó un comunicado en el que la empresa pide «calma y paciencia a todos»."
        + ES_MORE,
        [("calma y paciencia", None)],
    ),
    # … nor when another clause, its own subject, issued it
    (
        "La actriz Nuria Campos deja la serie tras seis temporadas.\n\n"
        "Lleva diez años en el reparto y la productora anunció su salida en un comunicado en "
        "el que agradecía a la actriz «una entrega sin reservas»." + ES_MORE,
        [("una entrega sin reservas", None)],
    ),
    # a body's noun said of the body after a person who holds a role in it: the body
    (
        "«Vivía para el mar», recuerda su hija, Marta Souto.\n\nRamiro Souto fue durante "
        "años patrón mayor de la Cofradía de Pescadores de Punta Esteiro.\n\nLa cofradía aseguró ayer que era «un ejemplo para todo el puerto»."
        + ES_MORE,
        [("un ejemplo para todo", "Cofradía de Pescadores de Punta Esteiro")],
    ),
    # someone unnamed by a noun of acting for others, with no body after it: as written …
    (
        "Il segretario Paolo Bellandi ha chiuso il congresso con un lungo discorso.\n\n"
        "Un delegato siciliano, che ha chiesto di non essere citato, ha commentato: «Parole "
        "già sentite, niente di nuovo»." + IT_MORE,
        [("Parole già sentite", "un delegato siciliano")],
    ),
    # … never the person named before
    (
        "Il segretario Paolo Bellandi ha chiuso il congresso con un lungo discorso.\n\n"
        "Un delegato veneto ha detto: «Parole già sentite, niente di nuovo»." + IT_MORE,
        [("Parole già sentite", "un delegato veneto")],
    ),
    # a role noun of either gender with a feminine article is a woman: not the man the text
    # gave a synonym of that noun …
    (
        "Applausi in sala. Giulia Neri, 31 anni, ha vinto il premio della critica, superando "
        "in finale il cantautore milanese Marco Pini.\n\n«Non me lo aspettavo davvero», ha "
        "detto la cantante dopo la premiazione." + IT_MORE,
        [("Non me lo aspettavo", "Giulia Neri")],
    ),
    # … and with no woman named, as written
    (
        "Applausi in sala. Il cantautore milanese Marco Pini ha vinto il premio della "
        "critica.\n\n«Non me lo aspettavo davvero», ha detto la cantante dopo la "
        "premiazione." + IT_MORE,
        [("Non me lo aspettavo", "la cantante")],
    ),
    # a body's section ("la sezione provinciale dell'Associazione X") is a body, never the
    # woman named before
    (
        "La consigliera Marta Vinci ha lasciato l'aula con i suoi colleghi.\n\nAnche i medici "
        "di base guardano con timore. In una nota, la sezione provinciale dell'Associazione "
        "infermieri ha chiesto «impegni precisi» sui turni." + IT_MORE,
        [("impegni precisi", "la sezione provinciale dell'Associazione infermieri")],
    ),
    # "sobre" after a speech verb opens an adjunct, no inverted subject …
    (
        "La gran revelación de la gala fue la actriz Clara Montiel, premiada por su primer "
        "papel. «No me lo esperaba», balbuceó sobre el escenario." + ES_MORE,
        [("No me lo esperaba", "Clara Montiel")],
    ),
    # … and the subject after that adjunct stays the speaker
    (
        "«Hay que esperar al informe», dijo sobre el asunto el alcalde, Pedro Ruiz Ortega, a "
        "la salida del pleno." + ES_MORE,
        [("Hay que esperar", "Pedro Ruiz Ortega")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_rom12b_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
