"""The bounds of a speaker phrase: someone unnamed ends on the noun and its adjectives, not on a
participle, a Dutch relative pronoun or a plural auxiliary after it ("un vieil homme [assis
sur …]", "een oudere man [die …]", "Gli osservatori [hanno] descritto"), keeps its article
("ein Anrainer, der …, kündigte an") and where they are from ("eine Urlauberin aus dem
Norden"); a body keeps its complement ("l'Agence
internationale pour les réfugiés", "De Vluchtelingenorganisatie van de Verenigde Landen");
a portfolio before a minister's name and the document a body spoke in are no part of the
name; a Dutch opener that is a first name ("Anders") stays in the full name. Invented
passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, Case, outcomes

NL_MORE = (
    "\n\nDe gemeente heeft de bewoners van de wijk per brief geïnformeerd en houdt volgende "
    "week een avond in het buurthuis, waar ook de politie en de woningcorporatie bij zijn."
)
IT_MORE = (
    "\n\nIl Comune ha annunciato che nei prossimi giorni saranno aperti altri due centri di "
    "accoglienza nelle scuole del quartiere, mentre i vigili del fuoco restano sul posto."
)
DE_MORE = (
    "\n\nDie Gemeinde hat für die kommende Woche eine Bürgerversammlung angekündigt, bei der "
    "auch die Polizei und die Stadtwerke über den Stand der Arbeiten berichten wollen."
)

CASES: list[Case] = [
    # someone unnamed: the noun and its adjectives, not the participle and its complement
    (
        "Le village de Morvenne a été rasé par la crue.\n\n"
        "« Personne n'est venu nous voir », soupire une vieille femme assise devant sa porte."
        + FR_MORE,
        [("Personne n'est venu", "une vieille femme")],
    ),
    (
        "Le marché du samedi a rouvert ses portes.\n\n"
        "« On a eu peur de tout perdre », raconte un boulanger installé juste à côté de la "
        "halle." + FR_MORE,
        [("On a eu peur", "un boulanger")],
    ),
    (
        "La linea ferroviaria è stata riaperta dopo tre settimane.\n\n"
        "«Finalmente possiamo tornare al lavoro in treno», dice una pendolare arrivata da "
        "Pavia con il primo convoglio." + IT_MORE,
        [("Finalmente possiamo", "una pendolare")],
    ),
    (
        "Het dorp Eekhoven is nog altijd zonder stroom.\n\n"
        "‘We koken op een gasstelletje’, zegt een jonge vrouw die met haar kinderen bij de "
        "kerk staat te wachten." + NL_MORE,
        [("We koken op", "een jonge vrouw")],
    ),
    # a plural auxiliary before the participle is no part of the subject
    (
        "Il voto si è svolto senza incidenti in tutta la regione.\n\n"
        "Gli esperti indipendenti hanno descritto l'accordo come «un passo avanti importante» "
        "per i lavoratori." + IT_MORE,
        [("un passo avanti", "Gli esperti indipendenti")],
    ),
    # where someone unnamed is from, with the place's article, stays
    (
        "Der Jahrmarkt in Bernstadt hat wieder geöffnet.\n\n"
        "„So voll war es hier seit Jahren nicht“, sagt ein Besucher aus dem Allgäu und lacht."
        + DE_MORE,
        [("So voll war es", "ein Besucher aus dem Allgäu")],
    ),
    # someone unnamed before a relative clause and the verb: the article stays with the noun
    (
        "Der Gemeinderat hat den Windpark genehmigt.\n\n"
        "Auch ein Landwirt, der seinen Namen nicht nennen wollte, kündigte Widerstand an: "
        "„Wir werden klagen, so oder so.“" + DE_MORE,
        [("Wir werden klagen", "ein Landwirt")],
    ),
    # a body's name with its purpose complement, for its short name later
    (
        "Le camp de Solen accueille trois mille personnes.\n\n"
        "L'Office régional pour les migrants (ORM) s'inquiète. Dans un communiqué, l'office "
        "a demandé « des moyens supplémentaires sans attendre » pour le camp." + FR_MORE,
        [("des moyens supplémentaires", "Office régional pour les migrants")],
    ),
    # a Dutch body with "van de" and capitalized words after its name
    (
        "De opvang in Westerhaven zit vol.\n\n"
        "De Belangenvereniging van de Noordelijke Provincies (BNP) liet weten dat ‘de grens "
        "van wat kan’ is bereikt." + NL_MORE,
        [("de grens", "De Belangenvereniging van de Noordelijke Provincies")],
    ),
    # the portfolio before a minister's name is no part of it
    (
        "De grens blijft voorlopig dicht.\n\n"
        "Minister van Sociale Zaken Tamar Odinsky sprak donderdag in het parlement. ‘We doen "
        "wat we kunnen, maar niet meer dan dat’, zei ze." + NL_MORE,
        [("We doen wat we", "Tamar Odinsky")],
    ),
    # the document a body spoke in, between the verb and the body, is no part of the name
    (
        "La frana ha isolato tre frazioni della valle.\n\n"
        "«Servono elicotteri subito», ha chiesto in un comunicato Soccorso Alpino Orobico, "
        "che coordina le squadre." + IT_MORE,
        [("Servono elicotteri", "Soccorso Alpino Orobico")],
    ),
    # a first name that is also a Dutch sentence opener, later by the surname alone
    (
        "Na tien jaar stopt burgemeester Anders Bloemhof van Westerhaven.\n\n"
        "‘Het was een mooie tijd’, zei Bloemhof donderdag in de raadszaal." + NL_MORE,
        [("Het was een mooie", "Anders Bloemhof")],
    ),
    # guards: an adjective before the noun keeps it ("un ancien député" is no participle)
    (
        "La réforme divise la région.\n\n"
        "« Ce texte est mal écrit », a déclaré un ancien député de la Drôme." + FR_MORE,
        [("Ce texte est mal", "un ancien député de la Drôme")],
    ),
    (
        "Het nieuws kwam donderdag.\n\n"
        "‘We zijn heel blij’, zei Karel de Vries van de Universiteit Utrecht tegen de krant."
        + NL_MORE,
        [("We zijn heel blij", "Karel de Vries")],
    ),
    (
        "De raad vergaderde lang.\n\n"
        "Anders dan verwacht zweeg Jansen. ‘Het is voorbij’, zei Piet Jansen later." + NL_MORE,
        [("Het is voorbij", "Piet Jansen")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_bounds(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_unnamed_ends_words() -> None:
    from bot.text.speakers.np_bounds import participle_phrase

    assert participle_phrase("assis", "homme", "sur")
    assert participle_phrase("arrivata", "passeggera", "da")
    assert not participle_phrase("député", "ancien", "de")  # a noun after its adjective
    assert not participle_phrase("arrabbiato", "tifoso", ".")  # no complement: an adjective
