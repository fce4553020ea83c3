"""Speaker shapes of the eighteenth session's blind round (invented passages)."""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes
from tests.text.speaker_cases import FR_MORE, PT_MORE, speaker_of

# A spokesperson of a named body as a sentence's subject before a colon: the body speaks.
# The description reader gives the body's one word ("Comité"), which once broke the whole
# article's quotations (an index error dropped every quotation of the text).
SPOKESPERSON_OF_A_BODY = [
    (
        "La grève est suspendue\n\nLes salariés de l'usine de Brassac ont voté la reprise du "
        "travail lundi. Un porte-parole du Comité a affirmé : « Nous restons mobilisés "
        "jusqu'à la signature de l'accord. »" + FR_MORE,
        "Nous restons mobilisés",
        "Comité",
    ),
    (
        "Greve suspensa em Vilar\n\nOs trabalhadores da fábrica votaram o regresso ao "
        "trabalho na segunda-feira. Um porta-voz da Comissão afirmou: “Continuamos atentos "
        "até à assinatura do acordo.”" + PT_MORE,
        "Continuamos atentos",
        "Comissão",
    ),
]


@pytest.mark.parametrize(("text", "head", "speaker"), SPOKESPERSON_OF_A_BODY)
def test_a_spokesperson_of_a_named_body_before_a_colon_gives_the_body(text, head, speaker):
    assert speaker_of(text, head) == speaker


def test_every_quotation_of_such_an_article_is_found():
    text, _, _ = SPOKESPERSON_OF_A_BODY[0]
    extra = "\n\n« On ne lâchera rien », a lancé une ouvrière à la sortie du vote."
    found = [q.quote for q in find_quotes(text + extra)]
    assert any(q.startswith("Nous restons") for q in found)
    assert any(q.startswith("On ne lâchera rien") for q in found)
