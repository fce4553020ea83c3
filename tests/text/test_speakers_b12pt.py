"""Portuguese and Italian speaker shapes of round twelve's sport and arts desk (invented
passages, one expected speaker each)."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import PT_MORE, speaker_of
from tests.text.test_speakers_session17 import IT_MORE


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # a name inside the question clause is what was asked about, not the one answering
            "O treinador do Vilarinho, Ernesto Maldonado, perdeu o terceiro jogo seguido. "
            "A presidente do clube, Graça Vilela, manteve a confiança no treinador. Perguntada "
            "se Maldonado fica até ao fim da época, foi curta: “Fica. Ninguém aqui pensa em "
            "mudar de treinador.”" + PT_MORE,
            "Fica. Ninguém aqui",
            "Graça Vilela",
        ),
        (  # near miss: the answer's own subject named after the question's comma
            "O treinador do Vilarinho, Ernesto Maldonado, perdeu o terceiro jogo seguido. "
            "A presidente do clube, Graça Vilela, manteve a confiança no treinador. Perguntado "
            "se ficava, Maldonado foi curto: “Fico. Ninguém me vai ver desistir.”" + PT_MORE,
            "Fico. Ninguém",
            "Ernesto Maldonado",
        ),
        (  # near miss: no name in the question clause, the subject of the sentence before
            "A presidente do clube, Graça Vilela, manteve a confiança no treinador. Questionada "
            "sobre o futuro, foi curta: “O treinador fica até ao fim da época.”" + PT_MORE,
            "O treinador fica",
            "Graça Vilela",
        ),
        (  # "according to" an unnamed source who keeps their name back: the source
            "A equipa perdeu outra vez em casa. Segundo um diretor que pediu para não ser "
            "identificado, a treinadora tem “mais três semanas” para mudar os resultados."
            + PT_MORE,
            "mais três semanas",
            "um diretor",
        ),
        (  # near miss: any other relative clause is left as it was
            "A equipa perdeu outra vez em casa. Segundo um diretor que acompanha o plantel há dez "
            "anos, a treinadora tem “mais três semanas” para mudar os resultados." + PT_MORE,
            "mais três semanas",
            None,
        ),
        (  # a club's official, unnamed: the role and its club, not the club alone
            "La squadra ha perso ancora in casa. Secondo un dirigente del Rivalta, l'allenatrice "
            "avrebbe «ancora tre settimane» per cambiare i risultati." + IT_MORE,
            "ancora tre settimane",
            "un dirigente del Rivalta",
        ),
        (  # a fronted "sharp the comment of the role, Name:": the name in commas
            "Il Rivalta perde 2-0 in casa con il Sorano, che vola in testa con la doppietta di "
            "Karim Diallo. «Il mister mi ha chiesto di attaccare», racconta l'attaccante. Netto "
            "il commento del tecnico di casa, Sandro Pellizzari: «Abbiamo giocato meglio noi per "
            "tutta la gara.»" + IT_MORE,
            "Abbiamo giocato meglio",
            "Sandro Pellizzari",
        ),
        (  # near miss: the name first, its role after it in commas
            "Il Rivalta perde ancora in casa e scivola al nono posto. Netto il commento di "
            "Sandro Pellizzari, tecnico ospite: «Abbiamo giocato meglio noi per tutta la gara.»"
            + IT_MORE,
            "Abbiamo giocato meglio",
            "Sandro Pellizzari",
        ),
    ],
)
def test_speaker(text: str, head: str, speaker: str | None) -> None:
    assert speaker_of(text, head) == speaker
