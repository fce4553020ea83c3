"""A role phrase opening a clause, then in commas the name it introduces, then the verb: the
name speaks (French, Spanish, Italian, Portuguese). Invented passages. Three forms the rules
missed:

1. the name in commas has a role with a body of its own before it ("La presidente di turno
   del vertice, la ministra dell'Ambiente Elena X, rivendica …:", "El presidente de la mesa,
   el concejal de Hacienda Julián Y, defendió …:"): not "Hacienda Julián Y", and an Italian
   elided "of" before the body's capital ("dell'Ambiente") governs the body, not the name;
2. the role opens on an indefinite article ("Un analista di Banca X, Davide Y, è andato
   dritto al punto:", "Um adepto vindo da Guarda, Fernando Z, pintou …"): the name, not
   someone unnamed;
3. (the same with a relative after the name: "dall'assessora all'Ambiente, Giovanna X, che ha
   annunciato …").

Guards: no name in commas ("…, la ministra dell'Ambiente, rivendica …:") leaves the role; a
body's name in commas after an indefinite role ("Una portavoz de la plataforma, Vecinos
Unidos del Sur, explicó:") is never read as a person by this rule (the body, as before).
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import ES_MORE, ES_OPEN, IT_MORE, IT_OPEN, PT_MORE, Case, all_right

ROLE_NAME: list[Case] = [
    (
        IT_OPEN + "Ore 18.40 – Conferenza stampa finale. La presidente di turno del vertice, la "
        "ministra dell'Ambiente Elena Sbarbaro, rivendica il risultato: «Abbiamo un'intesa sul "
        "corridoio elettrico. Non è tutto, ma è molto più di ieri»." + IT_MORE,
        [("Abbiamo un'intesa sul corridoio", "Elena Sbarbaro")],
    ),
    (
        ES_OPEN + "El presidente de la mesa, el concejal de Hacienda Julián Ortuño, defendió el "
        "resultado: «Tenemos unas cuentas serias»." + ES_MORE,
        [("Tenemos unas cuentas serias", "Julián Ortuño")],
    ),
    (
        IT_OPEN + "Un analista di Banca Ferrucci, Davide Onorato, è andato dritto al punto: «La "
        "chiusura è sul tavolo, sì o no?»." + IT_MORE,
        [("La chiusura è sul tavolo", "Davide Onorato")],
    ),
    (
        "Um adepto vindo da Guarda, Fernando Cardoso, pintou o nome do ciclista no asfalto. «Há "
        "vinte anos que não tínhamos um português assim.»" + PT_MORE,
        [("Há vinte anos que não", "Fernando Cardoso")],
    ),
]

ROLE_NAME_GUARDS: list[Case] = [
    (
        IT_OPEN + "La presidente di turno del vertice, la ministra dell'Ambiente, rivendica il "
        "risultato: «Abbiamo un'intesa sul corridoio elettrico»." + IT_MORE,
        [("Abbiamo un'intesa sul corridoio", "La presidente di turno del vertice")],
    ),
    (
        ES_OPEN + "Una portavoz de la plataforma, Vecinos Unidos del Sur, explicó: «Nadie nos "
        "ha llamado»." + ES_MORE,
        [("Nadie nos ha llamado", "Vecinos Unidos del Sur")],
    ),
]

# a place whose name holds a first name after a saint's word, before the person's name (found
# by review: "el alcalde de San Andrés Pedro X" gave "Andrés Pedro X")
SAINT_PLACES: list[Case] = [
    (
        ES_OPEN + "La portavoz del consorcio, la alcaldesa de Santa Marta Lucía Ferrán, defendió "
        "el pacto: «Es lo justo para los dos pueblos»." + ES_MORE,
        [("Es lo justo para los dos", "Lucía Ferrán")],
    ),
    (
        "O porta-voz da associação, o presidente da junta de São José Rui Tavares, defendeu o "
        "acordo: «É o melhor para todos»." + PT_MORE,
        [("É o melhor para todos", "Rui Tavares")],
    ),
]


@pytest.mark.parametrize("case", ROLE_NAME, ids=lambda c: c[0][40:80])
def test_name_in_commas_after_a_role(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", ROLE_NAME_GUARDS, ids=lambda c: c[0][40:80])
def test_name_in_commas_after_a_role_guards(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", SAINT_PLACES, ids=lambda c: c[0][:60])
def test_place_with_a_saints_first_name_before_the_name(case: Case) -> None:
    all_right([case])
