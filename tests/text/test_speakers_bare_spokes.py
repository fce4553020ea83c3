"""A bare spokesperson speaks for the body just before; someone unnamed before a lone quotation.

- English: "The Wessex Board said … ¶ “…,” a spokesperson said." -- the body the last sentence
  of the paragraph before opens on, as in the same paragraph;
- French, Spanish, Italian, Portuguese: "La Policía Local confirmó que … «…», indicó un
  portavoz." -- the one body named as a subject in the sentence before, when no person is;
- "It reads:" after "The Trust has put up a hand-painted sign": the sign's issuer, not a body
  quoted earlier;
- Spanish and Italian: someone unnamed whose sentence ends on a full stop before a quotation
  standing alone is its speaker, with a street's name in the description ("Un vecino de la
  calle Mayor, que …, lamentaba … «…»"), never that name.

Near misses: a person named between the body and the spokesperson, two bodies. Every speaker
exact; each passage invented.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import ES_MORE, ES_OPEN, FR_MORE, IT_MORE, IT_OPEN, Case, outcomes

EN_PARAGRAPH_BEFORE = (
    "Cricket club's pavilion roof to be replaced after storm\n\nThe 1920s pavilion at Halden "
    "Green lost half its roof in last week's storm, and the club has launched an appeal.\n\n"
    "The Northvale Cricket Board said the club may qualify for help from a regional grant "
    "scheme.\n\n“Clubs in Halden's position can apply to our facilities fund this month,” a "
    "spokesperson said.\n\nThe club hopes to play its first home match in May."
)
EN_PERSON_BETWEEN = (
    "Cricket club's pavilion roof to be replaced after storm\n\nThe 1920s pavilion at Halden "
    "Green lost half its roof in last week's storm, and the club has launched an appeal.\n\n"
    "The Northvale Cricket Board said the club may qualify for help, and its chairman, Owen "
    "Pryce, visited the ground on Monday.\n\n“Clubs in Halden's position can apply to our "
    "fund this month,” a spokesperson said.\n\nThe club hopes to play its first match in May."
)
EN_SIGN = (
    "Volunteers wanted for riverside half marathon\n\nOrganisers need 200 marshals for "
    "Sunday's race.\n\nLowbridge Town Council said it remained committed to the event. "
    "“We are working closely with the organisers,” a spokesperson said in a written statement.\n\n"
    "The Lowbridge Running Trust, the charity that stages the race, has put up a hand-painted "
    "sign outside its office. It reads: “Can't run the race? Stand still for four hours "
    "instead.”\n\nVolunteers are offered a T-shirt and a cooked breakfast."
)
ES_POLICE = (
    ES_OPEN + "La Policía Local confirmó que el hombre, de 51 años, fue identificado en el "
    "propio campo tras la agresión. «Se ha abierto un atestado por un presunto delito leve de "
    "lesiones», indicó un portavoz." + ES_MORE
)
ES_TWO_BODIES = (
    ES_OPEN + "La Policía Local y la Federación Territorial confirmaron que el hombre fue "
    "identificado en el campo. «Se ha abierto un atestado por un presunto delito leve», "
    "indicó un portavoz." + ES_MORE
)
IT_SPOKES = (
    IT_OPEN + "Il Comune di Valle Alta ha confermato che il sentiero resterà chiuso fino a "
    "domenica per il rischio di frane. «La riapertura dipende dai rilievi dei geologi», ha "
    "spiegato una portavoce." + IT_MORE
)
FR_SPOKES = (
    "Fermeture du pont de la Vanne : les riverains inquiets\n\nLa préfecture a confirmé "
    "lundi que le pont resterait fermé jusqu'à la fin du mois pour des travaux de "
    "consolidation. « La sécurité des usagers passe avant tout », a précisé un porte-parole."
    + FR_MORE
)
ES_STREET = (
    ES_OPEN + "No todos reciben la carrera con el mismo entusiasmo. Un vecino de la calle "
    "Mayor, que prefirió no dar su nombre, lamentaba las molestias que genera cada año el "
    "corte de calles. «Todos los años igual: a mediodía ya no puedes sacar el coche del "
    "garaje.»" + ES_MORE
)

CASES: list[tuple[str, Case]] = [
    (
        "English body in the paragraph before",
        (EN_PARAGRAPH_BEFORE, [("Clubs in Halden's position", "The Northvale Cricket Board")]),
    ),
    (
        "English person named between (as written)",
        (EN_PERSON_BETWEEN, [("Clubs in Halden's position", "a spokesperson")]),
    ),
    (
        "a sign's issuer",
        (
            EN_SIGN,
            [
                ("We are working closely", "Lowbridge Town Council"),
                ("Can't run the race?", "The Lowbridge Running Trust"),
            ],
        ),
    ),
    ("Spanish bare spokesperson", (ES_POLICE, [("Se ha abierto un atestado", "La Policía Local")])),
    ("Spanish two bodies (as written)", (ES_TWO_BODIES, [("Se ha abierto", "un portavoz")])),
    (
        "Italian bare spokesperson",
        (IT_SPOKES, [("La riapertura dipende", "Il Comune di Valle Alta")]),
    ),
    ("French bare spokesperson", (FR_SPOKES, [("La sécurité des usagers", "La préfecture")])),
    (
        "Spanish unnamed with a street before a lone quotation",
        (ES_STREET, [("Todos los años igual", "un vecino de la calle Mayor")]),
    ),
]


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[n for n, _ in CASES])
def test_speakers(case: Case) -> None:
    got = outcomes([case])
    assert [(h, found) for h, _, found in got] == [(h, exp) for h, exp, _ in got]
