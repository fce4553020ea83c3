"""Speakers that are no person or body (each passage invented): a prepositional phrase after
the verb ("explica detrás de la vitrina"), a listener fronted by "a esta rádio", a clause
around a pronoun ("wie sie knapp bemerkt"), a month ("Im März 1988: …"), a document or
a page ("eine Notiz", "una pagina", "sus propias palabras"), a mountain's or a place's name
the text writes only after a preposition of place; an age and "und" with a second verb, a
present participle of manner after the name ("zegt Smit grijnzend in …"), and the agent of a
participle of judging with no "be" ("Un plan jugé « … » par l'opposition"). Near misses keep
names with particles, bodies written after "a"/"da", and a town's body speaking as itself.
"""

from __future__ import annotations

import pytest

from bot.text.speakers.no_one import no_one
from bot.text.speakers.reading import reading
from tests.text.speaker_cases import FR_MORE, PT_MORE, Case, outcomes
from tests.text.test_speakers_session17 import DE_MORE, ES_MORE, IT_MORE, NL_MORE

CASES: list[Case] = [
    (
        # Spanish: a place phrase after the verb, its subject left out: not the speaker
        "Ramiro Lucena arregla relojes desde 1979. «Un reloj parado acierta dos veces al día», "
        "dice junto al escaparate." + ES_MORE,
        [("Un reloj parado", "Ramiro Lucena")],
    ),
    (
        # near miss: the name after the place phrase is the subject
        "Los vecinos visitan la muestra. «Mi abuelo pintaba así, de noche», comentaba junto a "
        "la puerta Amparo Lledó, una vecina de 77 años." + ES_MORE,
        [("Mi abuelo pintaba", "Amparo Lledó")],
    ),
    (
        # Portuguese: a listener after "a" and a demonstrative is never the speaker
        "O pescador Abílio Fontes tem 80 anos. Numa conversa a esta rádio, em 2015, explicou "
        "como começou: «Fui para o mar com nove anos e nunca mais saí.»" + PT_MORE,
        [("Fui para o mar", None)],
    ),
    (
        # German: a pronoun, an adverb and the verb after "wie": never "wie sie knapp"
        "Die Imkerin Ulla Berg betreut 30 Völker. „Bienen sind ehrlicher als Menschen“, wie "
        "sie knapp bemerkt." + DE_MORE,
        [("Bienen sind", "Ulla Berg")],
    ),
    (
        # German: the name after "wie", whole
        "Die Imkerin Ulla Berg betreut 30 Völker. Ihr Nachbar Theo Brandl hilft – „aus Spaß, "
        "nicht aus Pflicht“, wie Theo Brandl knapp bemerkt." + DE_MORE,
        [("aus Spaß", "Theo Brandl")],
    ),
    (
        # German: a date opening the sentence before a logbook's words: the month is no one
        "Das Logbuch der Fähre ist erhalten. Unter dem 2. Juni 1977 liest man dort: „Sturm aus "
        "Nordwest, keine Fahrt.“" + DE_MORE,
        [("Sturm aus", None)],
    ),
    (
        # Italian: a page "reads" the words: no speaker
        "Il registro della capitaneria è conservato in archivio. Una pagina datata 1971 "
        "riporta: «Mare grosso, nessuna uscita, tutti a terra.»" + IT_MORE,
        [("Mare grosso", None)],
    ),
    (
        # Italian: a mountain is no one (the verb's subject is left out)
        "La geologa Marta Ruggeri, 51 anni, lavora all'osservatorio. Ogni mattina sale sul Monte "
        "Ferrone con i sensori. «Il vulcano respira piano, ma respira sempre», spiega." + IT_MORE,
        [("Il vulcano respira", None)],
    ),
    (
        # Portuguese: the town a person comes from, in commas, is no antecedent
        "A enfermeira Sílvia Moutinho, de Vila Serrana, é uma das moradoras que perderam o carro. "
        "“Ficou tudo debaixo de água em meia hora”, contou." + PT_MORE,
        [("Ficou tudo", "Sílvia Moutinho")],
    ),
    (
        # French: a venue after "à l'" is no antecedent of "Elle" (a guard)
        "Inès Carvallo : « La scène me manquait »\n\nRencontre avec la violoniste, avant son "
        "concert à l'Olympia de Brest.\n\nElle prévient : « Je n'ai presque pas répété. »"
        + FR_MORE,
        [("Je n'ai presque", "Inès Carvallo")],
    ),
    (
        # Italian: "arrivata da X" before the colon: the place is no speaker
        "Al mercato c'è anche Nives Gallo, 80 anni, arrivata da Borgoverde con la figlia: «Qui "
        "il pane costa meno.»" + IT_MORE,
        [("Qui il pane", None)],
    ),
    (
        # German: the age as the noun, then "und" and a second verb: the person
        "Gisela Obermann backt Brot für drei Dörfer. »Der Teig hat seinen eigenen Kopf«, sagt "
        "die 58-Jährige und öffnet den Ofen." + DE_MORE,
        [("Der Teig hat", "Gisela Obermann")],
    ),
    (
        # Dutch: a present participle of manner after the name, a place after it
        "Hardloper Joost Verbrugge (52) doet mee aan de stadsloop. ‘Dit is mijn eerste "
        "marathon’, zegt Verbrugge grijnzend bij de start." + NL_MORE,
        [("Dit is mijn", "Joost Verbrugge")],
    ),
    (
        # French: a participle of judging with no "be", its agent after the quotation
        "Le ministère annonce une réforme des rythmes scolaires. Un projet jugé « bien trop "
        "timide » par les syndicats enseignants, qui réclament davantage." + FR_MORE,
        [("bien trop timide", "les syndicats enseignants")],
    ),
    (
        # near miss: an active verb ("a jugé") keeps its own subject
        "Le maire, Paul Gervais, a jugé « bien trop timide » par moments le plan de l'État, "
        "lors du conseil municipal de lundi." + FR_MORE,
        [("bien trop timide", "Paul Gervais")],
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_no_one_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)


@pytest.mark.parametrize(
    ("speaker", "text", "kept"),
    [
        ("detrás de la vitrina", "", False),
        ("a esta rádio", "", False),
        ("eine Notiz", "", False),
        ("sus propias palabras", "", False),
        ("Monte Ferrone", "", False),
        ("Avec la Zeta", "", False),
        # a place the text writes only after "in"/"em": no one
        ("Borgo Alto", "Una casa in Borgo Alto. Poi in Borgo Alto di nuovo.", False),
        # near misses: names with particles, a body after an article or "da", a person
        ("de Villepin", "", True),
        ("van der Berg", "", True),
        ("Secretaria de Saúde", "Segundo a Secretaria de Saúde, em Secretaria de Saúde.", True),
        ("Anna Ferri", "Vive in Anna Ferri.", True),
        ("Cenvale", "um porta-voz da Cenvale disse", True),
        ("Durante", "", True),
        ("Met", "", True),
        ("Pour Demain", "", True),
        ("a spokesperson", "", True),
    ],
)
def test_no_one(speaker: str, text: str, kept: bool) -> None:
    with reading(IT_MORE * 3):  # (Italian text: a natural feature's name is read so)
        assert (no_one(speaker, text) == speaker) is kept


def test_feature_names_in_english_are_names() -> None:
    """ "Monte", "Isla", "Lake" may be given names in English: "Isla Moray" is a person."""
    with reading("The council met on Monday and the mayor said the budget would pass. " * 4):
        assert no_one("Isla Moray", "") == "Isla Moray"


def test_german_noun_and_place_after_von_der_is_no_person() -> None:
    """ "den Staub von der Hose" is a noun and a place, not a person "Staub von der Hose"; a name
    after its article with "von der" and a first name stays one ("der Anna von der Au")."""
    from bot.text.speakers.germanic_people import nouns_after_article

    text = "Sie klopft sich den Staub von der Hose. Dann lobt sie der Anna von der Au Garten."
    with reading(DE_MORE * 3):
        at = text.find("Staub")
        assert nouns_after_article(text, at, ["Staub", "von", "der", "Hose"])
        at = text.find("Anna")
        assert not nouns_after_article(text, at, ["Anna", "von", "der", "Au"])
