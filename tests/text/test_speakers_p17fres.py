"""French and Spanish speaker shapes probed in news prose (each passage invented).

A role noun with its article before the body, ministry or state it serves, with no name after
it, is the speaker as written, not its complement: "La ministra de Sanidad aseguró que «…»",
"El jefe del Estado elogió «…»", "La ministre de la Santé a assuré qu'« … »" (Spanish and
Italian as French and Portuguese already were; "jefe", "chef", "secretario", "embajador",
"rector" are role nouns; lower-case words may follow the role, "La directora general de
Tráfico", and an elided article may open it, "L'ambassadeur de France").
"Before" and "after" opening a phrase of time after the verb are no speaker ("«…», declaró
después del partido" goes on with the person before; "dijo Ana Ruiz después del partido de
Copa" names Ana Ruiz, not the cup). "que" ends the speaker's phrase after a fronted verb
("Dice el alcalde que «…»"), and a proverb is no one ("Dice el refrán que «…»").
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, Case, outcomes

ES_MORE = (
    "\n\nLos bomberos permanecieron en el lugar hasta la mañana para vigilar el barrio, y el "
    "ayuntamiento abrió un centro de acogida en el polideportivo municipal para las familias "
    "que no pudieron volver a sus casas durante la noche."
)

CASES: list[Case] = [
    # a role and the body it serves, no name: the role as written
    (
        "La ministra de Sanidad aseguró que «no habrá recortes en la atención primaria»." + ES_MORE,
        [("no habrá recortes", "La ministra de Sanidad")],
    ),
    (
        "El jefe del Estado elogió «la valentía de los sanitarios» durante su visita a Oviedo."
        + ES_MORE,
        [("la valentía", "El jefe del Estado")],
    ),
    (
        "El presidente de la Generalitat dijo que «la región está preparada para el invierno»."
        + ES_MORE,
        [("la región está", "El presidente de la Generalitat")],
    ),
    (
        "El alcalde de Vigo aseguró que «las obras terminarán antes del verano»." + ES_MORE,
        [("las obras terminarán", "El alcalde de Vigo")],
    ),
    (
        "Le ministre de la Santé a assuré qu'« il n'y aura pas de fermeture de lits cet hiver »."
        + FR_MORE,
        [("il n'y aura pas", "Le ministre de la Santé")],
    ),
    (
        "Le président du Sénat a jugé que « la réforme mérite un vrai débat au Parlement »."
        + FR_MORE,
        [("la réforme mérite", "Le président du Sénat")],
    ),
    (
        "La directora general de Tráfico recordó que «el cinturón salva vidas también en "
        "ciudad»." + ES_MORE,
        [("el cinturón", "La directora general de Tráfico")],
    ),
    (
        "L'ambassadeur de France a assuré qu'« aucun ressortissant n'a été blessé »." + FR_MORE,
        [("aucun ressortissant", "L'ambassadeur de France")],
    ),
    (
        "« Aucun ressortissant n'a été blessé », a assuré l'ambassadeur de France." + FR_MORE,
        [("Aucun ressortissant", "l'ambassadeur de France")],
    ),
    # … but a name after the body, or named before, is the person
    (
        "La ministra de Sanidad Mónica Herrero aseguró que «no habrá recortes»." + ES_MORE,
        [("no habrá recortes", "Mónica Herrero")],
    ),
    (
        "La ministra de Sanidad, Mónica Herrero, visitó el hospital. Después, la ministra de "
        "Sanidad aseguró que «no habrá recortes»." + ES_MORE,
        [("no habrá recortes", "Mónica Herrero")],
    ),
    (
        "El Ayuntamiento de Vigo aseguró que «las obras terminarán antes del verano»." + ES_MORE,
        [("las obras terminarán", "El Ayuntamiento de Vigo")],
    ),
    # an elided role before a common noun ("L'avocate de la défense") is left to the name
    (
        "Le président de l'amicale, Bruno Vasseur, a décrit des années difficiles.\n\n"
        "L'avocate de la défense, Me Hélène Vasseur — sans lien avec le président de "
        "l'amicale —, a plaidé la relaxe, soulignant que « l'amicale n'a jamais tenu de "
        "comptes sérieux »." + FR_MORE,
        [("l'amicale n'a jamais", "Hélène Vasseur")],
    ),
    # a phrase of time after the verb: no speaker of its own
    (
        "El delantero del Celta, Iago Abalde, marcó dos goles. «Estoy contento por el equipo», "
        "declaró después del partido." + ES_MORE,
        [("Estoy contento", "Iago Abalde")],
    ),
    (
        "El delantero del Celta, Iago Abalde, marcó dos goles. «Estoy contento por el equipo», "
        "dijo antes de la cena con la plantilla." + ES_MORE,
        [("Estoy contento", "Iago Abalde")],
    ),
    (
        "El delantero del Celta, Iago Abalde, marcó dos goles. «Estoy contento por el equipo», "
        "dijo Ana García después del partido de Copa." + ES_MORE,
        [("Estoy contento", "Ana García")],
    ),
    (
        "El delantero del Celta, Iago Abalde, marcó dos goles. «Estoy contento por el equipo», "
        "añadió después Ana García, la capitana." + ES_MORE,
        [("Estoy contento", "Ana García")],
    ),
    # "que" after a fronted verb ends its subject; a proverb is no one
    (
        "Los vecinos protestaron ayer ante el consistorio. Dice el alcalde que «no hay dinero "
        "para todo»." + ES_MORE,
        [("no hay dinero", "el alcalde")],
    ),
    (
        "Los vecinos protestaron ayer ante el consistorio. Dice el refrán que «no hay mal que "
        "por bien no venga»." + ES_MORE,
        [("no hay mal", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_fres_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
