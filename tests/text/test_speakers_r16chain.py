"""A paragraph that is only a quotation after a paragraph introducing someone new: the
newcomer's words, not a chain going on with the person quoted before ("until another person is
introduced"). The newcomer is the one person the paragraph names, new to the text, as a
subject or in apposition ("Entre sus vecinos está el panadero, Tomás X, que … Él …" / "A
filha mais nova, Rita X, vive em Braga. Ao telefone, conta …"); a subject pronoun opening
the next sentence stands for them even named after the verb. Guards: a person who died, one
named after a preposition (an object or a possessor), a pronoun of the other gender, a
paragraph naming two people or someone named before, and a quotation not in the first person
keep the earlier reading. Old first names ("Gideon", "Ezekiel") show a man, so "he" after
the paragraph introducing him is his. Invented passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

ES_OPEN = (
    "La biblioteca de Valdecerro cierra tras sesenta años\n\n"
    "La biblioteca municipal de Valdecerro cerrará sus puertas el próximo mes. «Ha sido la "
    "casa de todos durante seis décadas», lamentó el alcalde, Jorge Ibarra Soler.\n\n"
    "Su predecesor, Luis Cano Ruiz, ya había intentado salvarla en 2015.\n\n"
)
PT_OPEN = (
    "A última mercearia de Vilar fecha as portas\n\n"
    "A mercearia de Vilar fecha no sábado, depois de setenta anos. «Vendemos de tudo, até "
    "pregos», contou a dona, Rosa Pires Lobo, de 81 anos.\n\n"
)

CASES: list[Case] = [
    # Spanish: a newcomer named after the verb, then "Él …": the pronoun is theirs
    (
        ES_OPEN + "Entre sus lectores más fieles está el panadero del pueblo, Tomás Arregui "
        "Vidal, que la visita desde niño. Él la recuerda con cariño.\n\n"
        "«Yo aprendí a leer en esas mesas. Mi madre me dejaba allí mientras trabajaba».\n\n"
        "El edificio pasará a ser un centro de día.",
        [("Yo aprendí a leer", "Tomás Arregui Vidal")],
    ),
    # Portuguese: a newcomer in apposition, then a sentence with no subject of its own
    (
        PT_OPEN + "O filho mais novo, Nuno Pires Lobo, vive em Lyon desde 2012. Naquele "
        "verão estava na aldeia. Ao telefone, conta o que o pai nunca contou.\n\n"
        "«A minha mãe nunca fechou um dia, nem quando o meu pai esteve doente.»\n\n"
        "A loja será vendida.",
        [("A minha mãe nunca fechou", "Nuno Pires Lobo")],
    ),
    # guard: the newcomer died: spoken about, not speaking
    (
        PT_OPEN + "O marido, Armindo Vaz Prado, morreu em 2003. Ficou sozinha com a loja e "
        "nunca pensou em vender.\n\n"
        "«Eu nunca pensei fechar. Mas as costas já não deixam.»\n\n"
        "A loja será vendida.",
        [("Eu nunca pensei fechar", None)],  # (not the husband's)
    ),
    # guard: the one named is a possessor ("la casa de …"), not the one the paragraph is about
    (
        PT_OPEN + "A loja fica ao lado da casa de Rita Vaz Prado, junto à igreja. Ao "
        "telefone, conta o que ninguém sabe.\n\n"
        "«Eu nunca pensei fechar. Mas as costas já não deixam.»\n\n"
        "A loja será vendida.",
        [("Eu nunca pensei fechar", "Rosa Pires Lobo")],
    ),
    # guard: a pronoun of the other gender is the one quoted before, not the newcomer
    (
        ES_OPEN + "Entre sus lectores está el panadero del pueblo, Tomás Arregui Vidal. Ella "
        "sonríe al recordarlo.\n\n"
        "«Yo aprendí a leer en esas mesas».\n\n"
        "El edificio pasará a ser un centro de día.",
        [("Yo aprendí a leer", None)],
    ),
    # guard: someone the text named before is no newcomer
    (
        PT_OPEN + "O médico da vila, Nuno Pires Lobo, passou por lá ontem. Na semana passada "
        "a loja fechou cedo. Ao telefone, conta o que ninguém sabe.\n\n"
        "«Eu nunca pensei fechar. Mas as costas já não deixam.»\n\n"
        "O médico da vila, Nuno Pires Lobo, voltou a passar. Ao balcão, fala do tempo.\n\n"
        "«Eu não vendo a loja a ninguém.»\n\n"
        "A loja será vendida.",
        [("Eu não vendo a loja", "Rosa Pires Lobo")],
    ),
    # English: an old first name shows a man, so "he" after the paragraph introducing him is
    # his, not a place named after him
    (
        "A folk festival turns thirty\n\n"
        "The Brenmoor Folk Weekend sold out in a day. “We could have sold it twice,” said the "
        "organiser, Claire Hollis.\n\n"
        "The fiddler Ezekiel Marlowe, who played the first Brenmoor Vale in 1995, worries that "
        "it has grown too big.\n\n"
        "“It was meant to be a party in a field,” he said.\n\n"
        "Tickets for next year go on sale in March.",
        [("It was meant to be a party", "Ezekiel Marlowe")],
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_r16chain(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
