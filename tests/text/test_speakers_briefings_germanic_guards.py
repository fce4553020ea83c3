"""Guards for the English, German and Dutch press-briefing rules (each passage invented).

A headline's role noun alone goes to the body's person with that role only when the body names
one holder, not a former one nor one from a neighbouring town, and no one else with a role of
the same kind (Dutch particles belong to the name); else the role noun stays as written. A
slogan noun before marks ("Her motto: “…”") makes the words no one's only when no attribution
follows them; English "parole" is no slogan. "De politie" is the one force the text names in
any case ("de politie Midden-Nederland"), never a force that only helped; a German speaker's
phrase stops before "weiter"/"zudem" ("teilte der Sprecher weiter mit").
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes
from tests.text.test_speakers_session17 import DE_MORE, NL_MORE

_EN_MORE = (
    "\n\nThe town has debated the matter for years, and residents expect a decision on the "
    "plans before the end of the summer, when the council meets again to vote on the budget."
)

CASES: list[Case] = [
    # a former holder of the headline's role: the role noun as written
    (
        "Geschäftsführer spricht von „Aufbruch“\n\n"
        "Die Brauerei Sonnberg wird verkauft. Alle Stellen bleiben erhalten.\n\n"
        "Der ehemalige Geschäftsführer Bernd Kolb, der die Firma 2019 verließ, begrüßte den "
        "Verkauf. Der neue Eigentümer will im Sommer investieren, hieß es.",
        [("Aufbruch", "Geschäftsführer")],
    ),
    # near miss: the one serving holder
    (
        "Geschäftsführer spricht von „Aufbruch“\n\n"
        "Die Brauerei Sonnberg wird verkauft. Alle Stellen bleiben erhalten.\n\n"
        "Das teilte Geschäftsführer Bernd Kolb am Montag mit. Der neue Eigentümer will im "
        "Sommer investieren, hieß es.",
        [("Aufbruch", "Bernd Kolb")],
    ),
    # a holder from the neighbouring town, and another person with a role of the same kind
    (
        "Bürgermeister nennt Plan „mutig“\n\n"
        "Der Rat von Tannau hat den Plan beschlossen. „Wir gehen voran“, sagte Stadtoberhaupt "
        "Sabine Kern. Auch Bürgermeister Otto Lenz aus der Nachbargemeinde war gekommen. Die "
        "Arbeiten beginnen im Mai, hieß es aus dem Rathaus.",
        [("mutig", "Bürgermeister")],
    ),
    # Dutch: a name with particles makes two holders; one from a neighbouring town
    (
        "Burgemeester spreekt van ‘donkere dag’\n\n"
        "Bij een brand in een school in Eerbeek is veel schade. Burgemeester Lotte van der "
        "Meer was ter plaatse. Burgemeester Kees Bakker van Brummen bood hulp aan. De oorzaak "
        "is nog onbekend.",
        [("donkere dag", "Burgemeester")],
    ),
    (
        "Wethouder noemt besluit ‘onvermijdelijk’\n\n"
        "De raad van Epe heeft besloten de bibliotheek te sluiten. Wethouder Ruud Smit van "
        "buurgemeente Heerde was aanwezig omdat zijn dorp lezers moet opvangen. Het college "
        "zegt dat er geen geld is.",
        [("onvermijdelijk", "Wethouder")],
    ),
    # a slogan noun, then the speaker after the marks: the speaker's words
    (
        'Anna Reed is running for mayor. Her motto: "Keep going, never stop," Anna Reed '
        "told the crowd in the square." + _EN_MORE,
        [("Keep going", "Anna Reed")],
    ),
    # near miss: the slogan closes its sentence: no one's
    (
        'Volunteers launched the campaign on Saturday under the slogan "Bikes first." '
        "Shopkeepers said they were worried about deliveries." + _EN_MORE,
        [("Bikes first", None)],
    ),
    # English "parole" is a prisoner's release, no slogan
    (
        'Tom Black was released from prison last year. Asked about his parole, "I was lucky '
        'to get a second chance," Black said.' + _EN_MORE,
        [("I was lucky", "Tom Black")],
    ),
    # Dutch: "Over de slogan: ‘…,’ zegt X"
    (
        "De gemeente heeft een nieuwe campagne. Wethouder Eva Dekker is blij.\n\n"
        "Over de slogan: ‘Die hebben we met scholieren bedacht,’ zegt Dekker." + NL_MORE,
        [("Die hebben we", "Eva Dekker")],
    ),
    # "de politie": a force that only helped, and a second force in lower case: as written
    (
        "De politie heeft een vrouw aangehouden na een overval in Zeist. Politie Noord-Holland "
        "ondersteunde met een hondenteam.\n\n‘De verdachte zat in een schuur,’ meldt de "
        "politie. De politie Midden-Nederland zoekt nog getuigen." + NL_MORE,
        [("De verdachte zat", "de politie")],
    ),
    # near miss: one force, in lower case
    (
        "De politie Zeeland-West-Brabant zoekt getuigen van een overval in Goes.\n\n"
        "‘Wie iets weet, kan ons bellen,’ meldt de politie op Facebook." + NL_MORE,
        [("Wie iets weet", "Politie Zeeland-West-Brabant")],
    ),
    # "teilte der Sprecher weiter mit": the adverb is no part of the speaker
    (
        "Nach dem Brand sprach ein Sprecher der Feuerwehr von großem Glück. Verletzt wurde "
        "niemand. »Das Haus ist nicht mehr bewohnbar«, teilte der Sprecher weiter mit." + DE_MORE,
        [("Das Haus ist", "der Sprecher")],
    ),
    (
        "Nach dem Brand sprach die Feuerwehr von großem Glück. Verletzt wurde niemand. »Das "
        "Haus ist nicht mehr bewohnbar«, sagte Einsatzleiter Uwe Kranz zudem." + DE_MORE,
        [("Das Haus ist", "Uwe Kranz")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_briefing_guards_germanic(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
