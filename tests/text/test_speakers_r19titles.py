"""A work's title in marks right after its author's noun and "of", the work's noun between or
not ("la economista X, autora de «La ciudad sin cajeros»", "auteur de « La Médecine des marges
»", "autrice del saggio “Il pallone in rosso”", "autora do livro “O rio não espera”"): no one's
words (shown with no speaker), whatever verb follows the title, and the author's own words
after it stay the author's. Invented passages.

With no work's noun between, only a noun phrase is a title: an article first, no verb,
negation or clitic of a clause (the shape of every such title in the keyed news).

Guards: an author's noun before other words than a title ("X, autor de la novela, lo dijo
así: «…»", "auteure du texte, … « … », a-t-elle déclaré") leaves the quotation its speaker;
so does a slogan someone coined after "autor de" with no work's noun ("autor de «El fútbol es
de los valientes»", "autore di «Basta con le chiacchiere»").
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

TITLES: list[Case] = [
    (
        ES_OPEN + "No es un caso aislado. Según la economista Nuria Casals, autora de «La ciudad "
        "sin cajeros», más de 4.000 municipios carecen ya de oficina bancaria. «Hemos "
        "digitalizado el dinero sin digitalizar a las personas», resume." + ES_MORE,
        [
            ("La ciudad sin cajeros", None),
            ("Hemos digitalizado el dinero", "Nuria Casals"),
        ],
    ),
    (
        "Pour le sociologue Étienne Morvan, chercheur et auteur de « La Médecine des marges », "
        "une enquête sur les soignants ruraux, le constat est clair. « On ferme sans compter », "
        "dit-il." + FR_MORE,
        [("La Médecine des marges", None), ("On ferme sans compter", "Étienne Morvan")],
    ),
    (
        IT_OPEN + "Secondo Alessandra Forni, docente di economia e autrice del saggio “Il "
        "pallone in rosso”, il modello del club è fragile. “Il castello traballa”, avverte."
        + IT_MORE,
        [("Il pallone in rosso", None), ("Il castello traballa", "Alessandra Forni")],
    ),
    (
        "A escritora Lúcia Prates, autora do livro “O rio não espera”, lamentou a decisão. "
        "«Cancelar a festa é dizer às meninas que a conversa acabou», disse." + PT_MORE,
        [("O rio não espera", None), ("Cancelar a festa é dizer", "Lúcia Prates")],
    ),
    # a clause as a title, no work's noun before it but one later in its sentence
    (
        ES_OPEN + "Lo contó Marta Gil, autora de «Nadie nos avisó», en su último libro." + ES_MORE,
        [("Nadie nos avisó", None)],
    ),
]

TITLE_GUARDS: list[Case] = [
    (
        ES_OPEN + "El novelista Ramiro Ostos, autor de la novela, lo dijo así en la "
        "presentación: «Escribo para no olvidar»." + ES_MORE,
        [("Escribo para no olvidar", "Ramiro Ostos")],
    ),
    (
        "La députée Claire Fabre, auteure du texte, a défendu sa proposition. « Nous avons tout "
        "essayé », a-t-elle déclaré." + FR_MORE,
        [("Nous avons tout essayé", "Claire Fabre")],
    ),
    # a slogan someone coined, no work's noun between: a clause, not a title (found by
    # review: "autor de «El fútbol es de los valientes»" had lost its speaker)
    (
        ES_OPEN + "El seleccionador Bernardo Iturbe, autor de «El campo es de los atrevidos», "
        "insistió en su idea." + ES_MORE,
        [("El campo es de los atrevidos", "Bernardo Iturbe")],
    ),
    (
        IT_OPEN + "Il sindaco Renato Caprioli, autore di «Basta con le promesse», ha ripetuto lo "
        "slogan in aula." + IT_MORE,
        [("Basta con le promesse", "Renato Caprioli")],
    ),
]


@pytest.mark.parametrize("case", TITLES, ids=lambda c: c[0][40:80])
def test_title_after_its_author(case: Case) -> None:
    all_right([case])


@pytest.mark.parametrize("case", TITLE_GUARDS, ids=lambda c: c[0][40:80])
def test_title_after_its_author_guards(case: Case) -> None:
    all_right([case])
