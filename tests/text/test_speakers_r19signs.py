"""Words a sign, a banner or a placard bears, linked to its noun by a few words ("pancartas que
decían «…»", "une banderole proclamant « … »", "uma faixa com os dizeres “…”", "cartazes com a
frase “…”", "un cartello scritto a mano: «…»"), or brought in by an impersonal "one read"
("onde se lia «…»", "en la que se leía «…»", "où l'on pouvait lire « … »"), are no one's
words, never those of the person the next sentence names (French, Spanish, Italian,
Portuguese). Invented passages.

Guards: "one reads" in a statement or a letter ("In una dichiarazione … si legge: «…»") is
its issuer's, as before; a person holding a sign who speaks ("con una pancarta, gritó:", "Une
pancarte à la main, la retraitée X lance :"), or standing by one with a comma before the verb
("El alcalde, X, junto a la pancarta, decía:"), keeps the words; so does someone's verdict on
a sign ("X dijo que el cartel era «…»").
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

SIGNS: list[Case] = [
    (
        ES_OPEN + "Unos doscientos vecinos se concentraron tras una pancarta en la que se leía "
        "«Sin tren no hay pueblo». Su portavoz, Rosendo Alcaraz, recordó que la línea lleva dos "
        "años cerrada." + ES_MORE,
        [("Sin tren no hay pueblo", None)],
    ),
    (
        "Sur la scène, une banderole proclamait « Nos écoles ne sont pas à vendre ». Dans la "
        "salle, l'ambiance était plus calme. « On est venus pour écouter », glissait Odile "
        "Rannou." + FR_MORE,
        [("Nos écoles ne sont pas à vendre", None)],
    ),
    (
        "Muitos seguravam cartazes com a frase “Escola aberta, sim; fechada, não”. A "
        "professora Josélia Almeida, de 58 anos, disse que a turma vai ficar sem sala." + PT_MORE,
        [("Escola aberta, sim; fechada, não", None)],
    ),
    (
        IT_OPEN + "Tra i sostenitori in piazza c'era anche Teresa, pensionata, con un cartello "
        "scritto a mano: «Finalmente uno di noi». «Sono venuta a piedi dalla frazione», "
        "raccontava." + IT_MORE,
        [("Finalmente uno di noi", None)],
    ),
    (
        "Um cartaz dizia “Fora daqui”. A deputada Joana Mendes comentou: «É o que o povo "
        "sente»" + PT_MORE,
        [("Fora daqui", None), ("É o que o povo sente", "Joana Mendes")],
    ),
]

SIGN_GUARDS: list[Case] = [
    (
        IT_OPEN + "Il presidente della Regione, Renato Ghelfi, ha provato a calmare gli animi. "
        "In una dichiarazione diffusa dal suo ufficio stampa si legge: «I congressi servono a "
        "discutere»." + IT_MORE,
        [("I congressi servono a discutere", "Renato Ghelfi")],
    ),
    (
        ES_OPEN + "La alcaldesa Inmaculada Ferrán, con una pancarta en la mano, gritó: «Sin "
        "tren no hay pueblo»." + ES_MORE,
        [("Sin tren no hay pueblo", "Inmaculada Ferrán")],
    ),
    # found by review: a sign's noun, a comma, then the person's own verb: the person speaks
    (
        ES_OPEN + "El alcalde, Pedro Ruiz, junto a la pancarta, decía: «Esto es lo que quiere "
        "el pueblo»." + ES_MORE,
        [("Esto es lo que quiere el pueblo", "Pedro Ruiz")],
    ),
    (
        "A vereadora Sónia Faria, ao lado da faixa, dizia: «Isto não pode continuar»." + PT_MORE,
        [("Isto não pode continuar", "Sónia Faria")],
    ),
    (
        "Le syndicaliste Marc Olivier, sous une banderole, disait : « On ira jusqu'au bout »."
        + FR_MORE,
        [("On ira jusqu'au bout", "Marc Olivier")],
    ),
    # a person holding a sign who speaks (French, Portuguese)
    (
        "Une pancarte à la main, la retraitée Josette Morin lance : « On ne lâchera rien »."
        + FR_MORE,
        [("On ne lâchera rien", "Josette Morin")],
    ),
    (
        "Com um cartaz na mão, a professora Inês Lobo disse: «Ninguém ouve os professores»."
        + PT_MORE,
        [("Ninguém ouve os professores", "Inês Lobo")],
    ),
    # someone's verdict on a sign: "X dijo que el cartel era «…»"
    (
        ES_OPEN + "El concejal Andrés Mota dijo que el cartel era «una vergüenza para el "
        "pueblo»." + ES_MORE,
        [("una vergüenza para el pueblo", "Andrés Mota")],
    ),
    (
        IT_OPEN
        + "Il prefetto Luca Sarti ha detto che lo striscione era «inaccettabile»."
        + IT_MORE,
        [("inaccettabile", "Luca Sarti")],
    ),
]


@pytest.mark.parametrize("case", SIGNS, ids=lambda c: c[0][40:80])
def test_sign_words_are_no_ones(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", SIGN_GUARDS, ids=lambda c: c[0][40:80])
def test_sign_words_guards(case: Case) -> None:
    all_right([case])
