"""A pronoun after a quotation goes to the person of its gender named before, in every language."""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le maire Paul Roux et l'adjointe Claire Fontaine ont visité le chantier.\n\n"
            "« Nous tiendrons les délais », a-t-elle assuré.",
            "Claire Fontaine",
        ),
        (
            "Bürgermeisterin Anke Vogel und Stadtrat Jonas Becker besuchten die Baustelle.\n\n"
            "„Wir halten den Zeitplan“, sagte er.",
            "Jonas Becker",
        ),
        (
            "La alcaldesa Carmen Ortega y el concejal Raúl Jiménez visitaron la obra.\n\n"
            "“Cumpliremos los plazos”, dijo él.",
            "Raúl Jiménez",
        ),
        (
            "La sindaca Giulia Ferri e l'assessore Marco Bianchi hanno visitato il cantiere.\n\n"
            "«Rispetteremo i tempi», ha detto lei.",
            "Giulia Ferri",
        ),
        (
            "A ministra Ana Rodrigues e o vereador Carlos Ribeiro visitaram a obra.\n\n"
            "“Vamos cumprir os prazos”, disse ele.",
            "Carlos Ribeiro",
        ),
        (
            "Wethouder Pieter de Vries en directeur Sanne Bakker bezochten de bouwplaats.\n\n"
            "“We halen de planning”, zei ze.",
            "Sanne Bakker",
        ),
        (
            "Mayor Ruth Gaines and councillor Omar Reyes toured the site.\n\n"
            "“We will keep to the schedule,” he said.",
            "Omar Reyes",
        ),
    ],
)
def test_pronoun_goes_to_the_person_of_its_gender(text: str, speaker: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a relative's noun in commas before a name gives its gender, not the possessive
            "Winifred Osei-Bamgbose, a retired midwife, died on Sunday at 93, her family said."
            "\n\nHer husband, Pa Kwabena Osei-Bamgbose, a retired civil servant, died in 2009. "
            "She is survived by four children.\n\n"
            "Her granddaughter, Ifeoluwa, 22, said the family would miss her songs most of "
            "all.\n\n“Every Sunday after church we sat on her porch and listened to her "
            "stories,” she said quietly.",
            "Ifeoluwa",
        ),
        (  # "a woman named X": the noun before "named" (the daughter named before is not
            # the one who speaks)
            "My daughter, Tobiah, joined the junior rowing club on the Tarne in May. I sat on "
            "the bank with a flask.\n\nThen, one morning, her coach, a tall woman named Ysolde "
            "Harrow, walked over to me.\n\n“You have watched for long enough,” she said.",
            "Ysolde Harrow",
        ),
    ],
)
def test_relative_or_named_noun_gives_the_gender(text: str, speaker: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker == speaker
