"""Verbs of saying and of manner of saying in the speech-verb lexicons (lex13).

Reporters put a verb of saying before or after a quotation, often one that says how the words
came out ("tempête", "truena", "sbotta", "troveja", "poltert", "moppert", "fumed"). These
passages are invented; the guards show a near shape where the same word is a noun, an
adjective or another verb and must not name a speaker.
"""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes

# (passage, head of the quotation, speaker)
CASES = [
    # French: inverted after the quotation, present tense
    (
        "Le chantier du pont a encore pris du retard. « On nous avait promis le mois de mai »,"
        " tempête la conseillère Odile Marchetti.",
        "On nous avait promis",
        "Odile Marchetti",
    ),
    (
        "La cantine ferme deux semaines. « Encore une fois, ce sont les parents qui paient »,"
        " râle Bruno Lestrade, père de trois enfants.",
        "Encore une fois",
        "Bruno Lestrade",
    ),
    (
        "Le club a perdu son troisième match. « On a joué sans âme », maugrée l'entraîneur"
        " Paul Berthier.",
        "On a joué sans âme",
        "Paul Berthier",
    ),
    (
        "« Je ne lâcherai rien », jure Amandine Royer, candidate à la mairie de Vervins.",
        "Je ne lâcherai rien",
        "Amandine Royer",
    ),
    (
        "« Le dossier est bouclé », enchaîne le préfet Hugues Delval.",
        "Le dossier est bouclé",
        "Hugues Delval",
    ),
    # a French reflexive verb of manner, its pronoun elided
    (
        "La chorale affiche complet. « On a dû refuser du monde », s’amuse Léonie Carrard,"
        " sa cheffe de chœur.",
        "On a dû refuser",
        "Léonie Carrard",
    ),
    # Spanish
    (
        "El pleno aprobó la tasa. «Es un atraco a los vecinos», truena el concejal Ramiro"
        " Escudero.",
        "Es un atraco",
        "Ramiro Escudero",
    ),
    (
        "«No vamos a parar hasta que nos escuchen», amenaza Lucía Carvajal, portavoz de la"
        " plataforma.",
        "No vamos a parar",
        "Lucía Carvajal",
    ),
    (
        "«Ya veremos qué pasa en marzo», refunfuña Anselmo Prieto, vecino del barrio.",
        "Ya veremos",
        "Anselmo Prieto",
    ),
    (
        "«La obra estará lista en verano», remachó el alcalde, Tomás Ibarguren.",
        "La obra estará lista",
        "Tomás Ibarguren",
    ),
    (
        "«Es un engaño a los vecinos», ataca el portavoz socialista, Julián Orduña.",
        "Es un engaño",
        "Julián Orduña",
    ),
    # Italian
    (
        "«È una giornata storica per il paese», gioisce il sindaco Ettore Bassani.",
        "È una giornata",
        "Ettore Bassani",
    ),
    (
        "«Non ci hanno mai ascoltato», minaccia Carla Benvenuti, presidente del comitato.",
        "Non ci hanno mai",
        "Carla Benvenuti",
    ),
    (
        "«Il cantiere chiuderà entro l'estate», giura l'assessore Fabio Lorenzin.",
        "Il cantiere chiuderà",
        "Fabio Lorenzin",
    ),
    (
        "«E non è finita qui», rincara Dario Mastrangelo, consigliere di opposizione.",
        "E non è finita",
        "Dario Mastrangelo",
    ),
    (
        "«Siamo stanchi di promesse», brontola Elvira Cantù, commerciante di via Roma.",
        "Siamo stanchi",
        "Elvira Cantù",
    ),
    # Portuguese
    (
        "«Isto é uma vergonha para a cidade», troveja o vereador Fausto Meireles.",
        "Isto é uma vergonha",
        "Fausto Meireles",
    ),
    (
        "«Não é isso que está em causa», retorque Inês Valadares, dirigente sindical.",
        "Não é isso",
        "Inês Valadares",
    ),
    (
        "«O pior ainda está para vir», vaticina o economista Rui Bettencourt.",
        "O pior ainda",
        "Rui Bettencourt",
    ),
    (
        "«A decisão já estava tomada», realça a presidente da junta, Graça Portela.",
        "A decisão já estava",
        "Graça Portela",
    ),
]

GERMANIC_CASES = [
    (
        "Der Stadtrat hat die Brücke erneut vertagt. „Das ist ein Armutszeugnis“, donnerte"
        " Fraktionschef Helmut Brandauer.",
        "Das ist ein Armutszeugnis",
        "Helmut Brandauer",
    ),
    (
        "„Wir warten seit drei Jahren“, nörgelte Anwohnerin Gisela Thalhammer.",
        "Wir warten seit",
        "Gisela Thalhammer",
    ),
    (
        "De gemeente sluit het zwembad. 'Dit is echt onbegrijpelijk', foeterde buurtbewoner"
        " Henk Zeldenrust.",
        "Dit is echt",
        "Henk Zeldenrust",
    ),
    (
        "'Daar komt niets van terecht', schampert oppositieleider Marloes Verbeek.",
        "Daar komt niets",
        "Marloes Verbeek",
    ),
    (
        'The council voted the plan down. "This is a disgrace," seethed councillor Agnes'
        " Pemberton.",
        "This is a disgrace",
        "Agnes Pemberton",
    ),
    (
        '"We were never consulted," groused Neville Oakes, who runs the corner bakery.',
        "We were never",
        "Neville Oakes",
    ),
    (
        "The rookie scored twice. Asked about the second goal, Dominic Ashworth grinned:"
        ' "I just closed my eyes and swung."',
        "I just closed",
        "Dominic Ashworth",
    ),
]


def _speaker(text: str, head: str) -> str | None:
    found = [q for q in find_quotes(text) if q.quote.startswith(head)]
    assert found, f"no quotation starting {head!r}"
    return found[0].speaker


@pytest.mark.parametrize(("text", "head", "speaker"), CASES + GERMANIC_CASES)
def test_a_verb_of_saying_names_the_speaker(text: str, head: str, speaker: str) -> None:
    assert _speaker(text, head) == speaker


def test_a_french_noun_spelled_as_a_verb_after_an_article_names_no_one() -> None:
    # "tempête" and "grogne" are nouns after "une" / a clause-opening "la": the article is no
    # speaker, and the source named after the quotation still is
    text = (
        "Les dégâts sont lourds à Pornic. Une tempête comme celle-là, « on n'en voit qu'une"
        " fois par siècle », selon Météo-France."
    )
    assert _speaker(text, "on n'en voit") == "Météo-France"
    text = (
        "Le préfet a reçu les syndicats. La grogne des chauffeurs, « légitime » selon lui,"
        " doit être entendue. « On ne peut plus travailler », lance Marc Dutil, chauffeur."
    )
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["Marc Dutil"]


def test_a_possessive_makes_a_noun_of_a_speech_verb() -> None:
    text = (
        "Lors du débat, sa remarque, « un peu rapide », a fait sourire la salle. « Je"
        " maintiens », a répondu Paul Verdier."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Paul Verdier"]


@pytest.mark.parametrize(
    "text",
    [
        "O clube lidera o campeonato. A equipa continua «muito motivada».",
        "Le club mène le championnat. L'équipe continue « très motivée ».",
    ],
)
def test_a_verb_of_staying_before_a_label_quotes_no_one(text: str) -> None:
    # "continua" / "continue" report speech after a quotation, but right before a word or two
    # in marks they mean "stays": a label, no one's words
    assert find_quotes(text) == []


def test_a_spanish_noun_spelled_as_a_verb_names_no_one() -> None:
    text = "La huelga sigue convocada. La amenaza, «muy seria», preocupa al Gobierno regional."
    assert all(q.speaker is None for q in find_quotes(text))


def test_continua_inside_a_quotation_does_not_split_it() -> None:
    text = (
        "«Il signore era sotto choc, continua a chiedere della sua borsa», racconta Sven Pedroni."
    )
    quotes = find_quotes(text)
    assert len(quotes) == 1 and "continua a chiedere" in quotes[0].quote
    assert quotes[0].speaker == "Sven Pedroni"


def test_an_english_verb_of_attack_after_a_quotation_is_no_cue() -> None:
    # "blasted" takes its target after it and is left out of the list: the quotation stays
    # with the one saying it, not the one who criticised him
    text = (
        'The clip shows Ray Dorsey saying during the debate, "That is just good business,"'
        " when Joan Pruitt blasted him for the closures."
    )
    assert _speaker(text, "That is just") == "Ray Dorsey"


def test_smiled_at_a_sign_quotes_no_one() -> None:
    # "smiled" after a quotation reports it; "smiled at" a sign's words does not
    text = "Nora Quill smiled at the “Welcome home” banner over the door and went inside."
    assert find_quotes(text) == []
