"""A quotation that ends the sentence whose subject is an article, a role in lower case and a
name in commas ("The mayor, Tom X, calls it “…”", "A investigadora, Sofia X, fala de «…»",
"Le chef, Paul X, y sert une cuisine « … »") is that person's, whatever the verb; a name the
comma does not close ("The report, Tom X said, …"), a capitalised body after the article, and
a role with no name keep their old readings. Dutch profiles: a first-person quotation paragraph
after a plain paragraph ending on a sentence that opens on "ze"/"hij" (or "Dan … ze") is the
last person named before, of that sex, in full. Invented passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, PT_MORE, Case, outcomes

IT_MORE = (
    "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per sorvegliare il quartiere, "
    "e il comune ha aperto un centro di accoglienza nella palestra comunale per le famiglie."
)

_NL = (
    "Schaatsbaan in Zuiderhoek\n\n"
    "Tjitske Hoekstra (71) beheert al veertig jaar de ijsbaan van het dorp. ‘Elk jaar hoop ik "
    "op vorst,’ zegt ze.\n\n"
    "‘Vrijwilligers als zij zijn goud waard,’ zegt Pieter de Boer, voorzitter van de "
    "schaatsbond.\n\n"
    "Een fotograaf uit Sneek volgde Hoekstra een hele winter lang voor een boek.\n\n"
)
_NL_Q = "‘Volgend jaar ben ik er weer. Dat weet ik zeker.’\n\nDe baan gaat in december weer open."
_NL_H = "Volgend jaar ben ik er weer"

CASES: list[Case] = [
    (
        "Council backs harbour deal\n\n"
        "The council voted on Tuesday to accept the harbour deal after a long debate.\n\n"
        "The mayor, Tom Kettering, calls it “the best deal we could get”. The vote is on Friday "
        "and many residents plan to attend the meeting at the town hall.",
        [("the best deal we could get", "Tom Kettering")],
    ),
    (
        "Sondagem aperta corrida em Vila Nova\n\n"
        "Os dois candidatos estão separados por quatro pontos numa nova sondagem.\n\n"
        "A investigadora responsável, Sofia Pimentel, fala de “um eleitorado cansado, mas não "
        "zangado”. Os resultados finais saem na próxima semana." + PT_MORE,
        [("um eleitorado cansado", "Sofia Pimentel")],
    ),
    (
        "Un hôtel renaît dans la vallée\n\n"
        "Les travaux ont duré deux ans et l'hôtel rouvre ses portes samedi.\n\n"
        "Le chef, Paul Etcheverry, un Basque passé par plusieurs grandes tables, y sert une "
        "cuisine « de terroir, mais pas de bistrot »." + FR_MORE,
        [("de terroir, mais pas de bistrot", "Paul Etcheverry")],
    ),
    (
        "Il ponte divide il paese\n\n"
        "Il progetto del nuovo ponte è stato presentato ieri in consiglio comunale.\n\n"
        "Il sindaco, Mario Rossetti, lo ha definito «una follia senza senso». La decisione è "
        "attesa per marzo." + IT_MORE,
        [("una follia senza senso", "Mario Rossetti")],
    ),
    # guard: the name is no subject in commas ("Tom X said" inside): as before, the one saying
    (
        "Council backs harbour deal\n\n"
        "The council voted on Tuesday to accept the harbour deal after a long debate.\n\n"
        "The report, Tom Kettering said, calls it “the best deal we could get”. The vote is on "
        "Friday and many residents plan to attend the meeting at the town hall.",
        [("the best deal we could get", "Tom Kettering")],
    ),
    # guard: a body's name after the article stays the subject, as before
    (
        "Liceo sigue ocupado\n\n"
        "Los estudiantes mantienen la toma del liceo por tercera semana.\n\n"
        "El Servicio Local de Educación de Valdemar, sostenedor del liceo, informó que ya se "
        "licitó el estudio del edificio y que “la seguridad de la comunidad es la prioridad”.",
        [
            (
                "la seguridad de la comunidad es la prioridad",
                "Servicio Local de Educación de Valdemar",
            )
        ],
    ),
    # guard: a role in commas with no name after it gives no one
    (
        "Council backs harbour deal\n\n"
        "The council voted on Tuesday to accept the harbour deal after a long debate.\n\n"
        "The plan, a compromise, calls for “a new start for the harbour”. The vote is on Friday "
        "and many residents plan to attend the meeting at the town hall.",
        [("a new start for the harbour", None)],
    ),
    # Dutch profile: a first-person quotation paragraph after a plain paragraph whose last
    # sentence opens on the pronoun (or "Dan", a verb and the pronoun) of the last person of
    # that sex named before, a man quoted in between
    (
        _NL + "Dan sluit ze het hek en fietst terug naar huis.\n\n" + _NL_Q,
        [(_NL_H, "Tjitske Hoekstra")],
    ),
    (
        _NL + "Ze sluit het hek en fietst terug naar huis.\n\n" + _NL_Q,
        [(_NL_H, "Tjitske Hoekstra")],
    ),
    # guards: a pronoun of the other sex, a quotation not in the first person: no reading
    (_NL + "Dan sluit hij het hek en fietst terug naar huis.\n\n" + _NL_Q, [(_NL_H, None)]),
    (
        _NL + "Dan sluit ze het hek en fietst terug naar huis.\n\n"
        "‘Volgend jaar komt er weer een regel bij. Dat is zeker.’\n\n"
        "De baan gaat in december weer open.",
        [("Volgend jaar komt er weer", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_r17none(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
