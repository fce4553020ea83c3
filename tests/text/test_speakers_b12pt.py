"""Portuguese and Italian speaker shapes of round twelve's sport and arts desk (invented
passages, one expected speaker each)."""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes
from tests.text.speaker_cases import PT_MORE


def speaker_of(text: str, head: str) -> str | None:
    found = [q for q in find_quotes(text) if q.quote.startswith(head)]
    assert found, find_quotes(text)
    return found[0].speaker


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
    ],
)
def test_speaker(text: str, head: str, speaker: str | None) -> None:
    assert speaker_of(text, head) == speaker
