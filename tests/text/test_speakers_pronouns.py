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
