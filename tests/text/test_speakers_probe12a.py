"""Sport, arts and culture news in Italian and Portuguese (probe12a). Four shapes:

- a press conference's topic fronted before a colon, "Sul futuro di X: «…»", "Sobre a saída de
  X: «…»": X is what the words are about, not who speaks them;
- a venue or an event named in a capitalized run ("Livraria da Travessa", "Festival di
  Sanremo", "Galleria Borghese") is no person an epithet ("disse o escritor") stands for;
- a Portuguese role of a place ("o governador do Amazonas") is only the holder the text named
  with that place, not someone named before with another role (as in Spanish and Italian);
- an Italian place in one word, its preposition fused, before the subject after the verb
  ("«…», lamentava all'uscita uno spettatore"): the subject, not the speaker before;
- a lower-case quotation in a sentence of its own about another person a first name shows
  ("O guarda-redes Ana X, decisiva, dedicou a vitória «a …»") does not share the speaker of
  the quotation before it.

Guards keep the shapes next to them: a topic with a comma and its subject after it, a person
named at the venue, the holder named with the place, a fragment in a sentence naming no one
else. Invented passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import PT_MORE, Case, outcomes
from tests.text.test_speakers_session17 import IT_MORE

# (None: the words are not the topic's nor the speaker's before; the speaker stays unread)
FIXED: list[Case] = [
    (
        "Il direttore sportivo del Cagliari, Nicola Rosetti, ha incontrato i giornalisti a "
        "margine dell'assemblea di Lega. Sul possibile ritorno di Marchetti: «Ci piacerebbe, "
        "ma oggi costa troppo»." + IT_MORE,
        [("Ci piacerebbe", None)],
    ),
    (
        "Tonho Valadares lança esta semana o seu novo romance, sobre a infância no Alentejo. O "
        'lançamento será na Livraria da Travessa, em Lisboa.\n\n"Não é um livro sobre mim, é '
        'sobre a aldeia", disse o escritor e tradutor ao jornal.' + PT_MORE,
        [("Não é um livro", "Tonho Valadares")],
    ),
    (
        "Amadio ha annunciato ieri il cast del Festival di Sanremo durante il telegiornale. «È il "
        "cast più giovane di sempre», ha rivendicato il conduttore." + IT_MORE,
        [("È il cast", "il conduttore")],
    ),
    (
        'O Festival de Música de Óbidos reuniu mais de vinte mil pessoas. "Foi a melhor edição '
        'de sempre", disse o diretor, Henrique Lemos. Para o governador civil de Leiria, o '
        'festival é "um motor da economia local".' + PT_MORE,
        [
            ("Foi a melhor edição", "Henrique Lemos"),
            ("um motor da economia", "o governador civil de Leiria"),
        ],
    ),
    (
        'A seleção de andebol venceu a Noruega por 29-28. "Foi um jogo de nervos", disse o '
        "selecionador Rui Carvalhal. O guarda-redes Gonçalo Brito, decisivo nos últimos "
        'minutos, dedicou a vitória "aos pais que levam os filhos aos treinos".' + PT_MORE,
        [("Foi um jogo de nervos", "Rui Carvalhal"), ("aos pais que levam", None)],
    ),
    (
        'A Bienal abriu ontem. "Queremos mostrar que a floresta pensa", explica o curador, '
        'Tomás Ribeiro. Entre os destaques está a coreógrafa Tânia Vasconcelos, que promete "um '
        'espetáculo sobre o cansaço".' + PT_MORE,
        [("Queremos mostrar", "Tomás Ribeiro"), ("um espetáculo sobre", None)],
    ),
    (
        "Applausi per la prima della stagione lirica. «Il teatro ha risposto con entusiasmo», "
        "ha detto il sovrintendente Guido Roversi. «Troppo buio, non si vedeva nulla», "
        "lamentava all'uscita uno spettatore." + IT_MORE,
        [("Il teatro ha risposto", "Guido Roversi"), ("Troppo buio", "uno spettatore")],
    ),
]


@pytest.mark.parametrize("case", FIXED)
def test_fixed_shapes(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


GUARDS: list[Case] = [
    # a fronted topic closed by a comma, the subject after it
    (
        "Il tecnico del Verona, Franco Aldini, ha presentato la trasferta di Lecce. Sul "
        "mercato, Aldini è stato netto: «Non arriverà nessuno»." + IT_MORE,
        [("Non arriverà nessuno", "Franco Aldini")],
    ),
    # a topic with the subject inside it, after its article
    (
        "La giunta ha approvato il progetto dello stadio. Sulla vicenda interviene il sindaco "
        "Marco Ferri: «È una giornata importante per la città»." + IT_MORE,
        [("È una giornata importante", "Marco Ferri")],
    ),
    # the role of a place the text named with its holder
    (
        "Ricardo Tavares, presidente da Câmara de Braga, visitou as obras do novo pavilhão com "
        'o vereador Paulo Sousa. Para o presidente da Câmara de Braga, o pavilhão é "uma obra '
        'para vinte anos".' + PT_MORE,
        [("uma obra para", "Ricardo Tavares")],
    ),
    # the fused place alone after the verb: the speaker before goes on
    (
        "Applausi per la prima della stagione lirica. «Il teatro ha risposto con entusiasmo», "
        "ha detto il sovrintendente Guido Roversi. «Ora pensiamo alla tournée», ha aggiunto "
        "all'uscita dalla sala." + IT_MORE,
        [("Il teatro ha risposto", "Guido Roversi"), ("Ora pensiamo", "Guido Roversi")],
    ),
    # an epithet for the person named at the venue
    (
        "La conduttrice Sara Bellini ha presentato ieri il cast del Festival di Sanremo. «È il "
        "cast più giovane di sempre», ha detto la conduttrice." + IT_MORE,
        [("È il cast", "Sara Bellini")],
    ),
    # a fragment in a sentence that names no one else goes on with the speaker before
    (
        'A seleção de andebol venceu a Noruega por 29-28. "Foi um jogo de nervos", disse o '
        'selecionador Rui Carvalhal. O técnico lembrou ainda que o grupo está "mais forte do '
        'que nunca".' + PT_MORE,
        [("Foi um jogo de nervos", "Rui Carvalhal"), ("mais forte do que", "Rui Carvalhal")],
    ),
]


@pytest.mark.parametrize("case", GUARDS)
def test_guards(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
