"""Speakers on short invented French, Spanish, Italian and Portuguese passages: a quotation
standing alone (its own sentence or paragraph, no speech verb by it) after a sentence whose
subject is a person, named, by a role noun, or left out ("Pidió además que …"). Every
speaker exact; a quotation after a sentence naming someone else stays unattributed."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # Spanish: a named subject, then a sentence with its subject left out, then the
        # quotation as a paragraph of its own
        "Huelga en el metro de Valdemora\n\n"
        "La secretaria general del sindicato, Ana Robles Prieto, anunció ayer una huelga de "
        "cinco días. Pidió además que los trabajadores acudan a la plaza el lunes.\n\n"
        "«No vamos a ceder ni un milímetro.»\n\n"
        "El alcalde, Rubén Solís, no quiso comentar.",
        [("No vamos a ceder", "Ana Robles Prieto")],
    ),
    (
        # Spanish: a role and a name in commas with an age, then the quotation in the same
        # paragraph
        "El Valdemora ganó otra vez\n\n"
        "El entrenador del Valdemora, Marco Ruiz Beltrán, 48 años, habla con calma en la sala "
        "de prensa. «Hemos trabajado mucho para llegar aquí.»\n\n"
        "Los jugadores celebraron en el vestuario.",
        [("Hemos trabajado mucho", "Marco Ruiz Beltrán")],
    ),
    (
        # Italian: an auxiliary and a participle with no subject between
        "Sciopero dei trasporti\n\n"
        "La segretaria della Filt, Giulia Ferraris, ha annunciato ieri uno sciopero di otto "
        "ore. Ha chiesto inoltre un incontro con la Regione.\n\n"
        "«Non ci fermeremo.»\n\n"
        "Il presidente della Regione non ha risposto.",
        [("Non ci fermeremo", "Giulia Ferraris")],
    ),
    (
        # French: the subject pronoun of the sentence between
        "Grève des bus\n\n"
        "La secrétaire du syndicat, Claire Dumoulin, a annoncé hier une grève de trois jours. "
        "Elle a aussi demandé une rencontre avec le maire.\n\n"
        "« Nous ne lâcherons rien. »\n\n"
        "Le maire n'a pas répondu.",
        [("Nous ne lâcherons rien", "Claire Dumoulin")],
    ),
    (
        # Portuguese: a past form opening the sentence with no subject
        "Greve nos autocarros\n\n"
        "A secretária-geral do sindicato, Joana Pereira, anunciou ontem uma greve de três "
        "dias. Pediu ainda uma reunião com o presidente da câmara.\n\n"
        "«Não vamos desistir.»\n\n"
        "O presidente da câmara não respondeu.",
        [("Não vamos desistir", "Joana Pereira")],
    ),
    (
        # someone else named in the sentence between: whose words they are is unclear
        "Il consiglio comunale\n\n"
        "La consigliera Marta Rinaldi Serra ha lasciato l'aula prima del voto sul bilancio. "
        "Il sindaco Franco Deodato Valli ha chiuso la seduta alle dieci di sera, dopo una "
        "giornata lunga e tesa per tutta la maggioranza.\n\n"
        "«Una pagina triste per la città.»\n\n"
        "Il voto è rinviato a lunedì, quando il consiglio tornerà a riunirsi per discutere "
        "anche delle nuove tariffe della mensa e dei trasporti per le scuole.",
        [("Una pagina triste", "Franco Deodato Valli")],
    ),
    (
        "Il consiglio comunale\n\n"
        "La consigliera Marta Rinaldi Serra ha lasciato l'aula prima del voto sul bilancio, "
        "dopo una lite con il sindaco Franco Deodato Valli che è durata quasi un'ora e che "
        "tutta la maggioranza ha seguito in silenzio.\n\n"
        "«Una pagina triste per la città.»\n\n"
        "Il voto è rinviato a lunedì, quando il consiglio tornerà a riunirsi per discutere "
        "anche delle nuove tariffe della mensa e dei trasporti per le scuole.",
        [("Una pagina triste", None)],
    ),
    (
        # Italian: "Anche lei" after the sentence naming her
        "La biblioteca del quartiere\n\n"
        "Sulla panchina davanti all'ingresso c'era Loredana Piccinini Asti, infermiera in "
        "pensione, che in biblioteca viene ogni mattina a leggere i giornali. Anche lei ha "
        "qualcosa da dire sul nuovo orario. «Qui ho passato tutti gli inverni degli ultimi "
        "dieci anni.»\n\n"
        "Il Comune non ha ancora risposto alle richieste dei lettori del quartiere.",
        [("Qui ho passato", "Loredana Piccinini Asti")],
    ),
    (
        # Spanish: a surname alone opening the sentence, then one with its subject left out,
        # then a verb with no subject after the quotation
        "Pleno del Ayuntamiento de Valdemora\n\n"
        "El portavoz de la oposición, Ezequiel Montoro Galán, pidió la dimisión del concejal "
        "de Urbanismo por la adjudicación de las obras del mercado.\n\n"
        "Montoro no se dio por vencido. Anunció que su grupo llevará el expediente a la "
        "Fiscalía y que pedirá una comisión de investigación. «Esto no se acaba hoy», zanjó.",
        [("Esto no se acaba", "Ezequiel Montoro Galán")],
    ),
    (
        # Spanish: an adverb, then a verb with no subject before the colon
        "Juicio en Valdemora\n\n"
        "La hermana del acusado, Romualda Ferrán Gil, presente en la sala, evitó hablar con "
        "la prensa al salir del juzgado de Valdemora. Sólo dijo: «Es mi hermano y me duele, "
        "pero no voy a mentir por nadie».\n\n"
        "El juicio seguirá el lunes con los testigos de la defensa y de la acusación.",
        [("Es mi hermano", "Romualda Ferrán Gil")],
    ),
    (
        # Italian: a negated verb and then "Poi però aggiunge:", both with no subject
        "La biblioteca di Valfredda\n\n"
        "La direttrice, Nadia Ronchetti, manda avanti la biblioteca da diciannove anni con "
        "quattro persone e con pochissimi soldi. Non ama le polemiche, e lo mette subito in "
        "chiaro. Poi però aggiunge: «Il sabato mattina qui c'erano i bambini con i nonni».\n\n"
        "La giunta non ha ancora risposto alle domande dei lettori e dei genitori, che "
        "chiedono di tornare all'orario di prima almeno per il sabato.",
        [("Il sabato mattina", "Nadia Ronchetti")],
    ),
    (
        # Portuguese: a gerund or a participle after the verb's comma, no subject
        "Sentença no caso das obras de Vilar Seco\n\n"
        "O empresário Leopoldo Sampaio Vilela, também arguido no processo, foi condenado a "
        "dois anos de pena suspensa. «Fiz as obras e estão todas à vista», disse, "
        "visivelmente irritado. «Ninguém roubou nada», acrescentou, apontando para a "
        "câmara.\n\n"
        "O Ministério Público ainda não decidiu se vai recorrer da decisão do tribunal.",
        [
            ("Fiz as obras", "Leopoldo Sampaio Vilela"),
            ("Ninguém roubou", "Leopoldo Sampaio Vilela"),
        ],
    ),
    (
        # Portuguese: a role noun standing for the person introduced with it, and a place
        # whose name holds a first name ("Jardim Esperança") is no one else named between
        "Dengue em Ribaserra\n\n"
        "«Estamos perante a maior epidemia da cidade», afirmou a secretária de Saúde, "
        "Genoveva Prates Lacerda, em conferência de imprensa.\n\n"
        "A secretária anunciou a abertura de duas tendas de hidratação, no bairro Jardim "
        "Esperança e no centro. Pediu ainda que a população procure atendimento aos primeiros "
        "sintomas. «Não esperem piorar.»\n\n"
        "O Conselho Municipal de Saúde criticou a demora da resposta da prefeitura.",
        [("Não esperem piorar", "Genoveva Prates Lacerda")],
    ),
    (
        # a body as the subject before the quotation is no person: unattributed
        "La prima del nuovo allenatore\n\n"
        "Il Sangallo Calcio ha battuto ieri il Borgoverde per due a zero, all'esordio in "
        "panchina del nuovo allenatore, e ha lasciato l'ultimo posto della classifica.\n\n"
        "«Era quello che volevamo vedere.»\n\n"
        "La squadra tornerà in campo domenica prossima contro la capolista del girone.",
        [("Era quello che", None)],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:30])
def test_lone_quotation_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
