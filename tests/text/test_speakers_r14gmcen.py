"""Wrong speakers from three general shapes (invented passages):

- a German or Dutch pronominal adverb opening a clause before its verb ("Darin warnt …",
  "Daarin schrijft …") is no speaker (``openers_de_nl.txt``);
- English "one of the …" inside a longer phrase ("A nurse from one of the clinics said",
  "The head of one of the unions said") is a place, not the speaker (``clause._outer_phrase``);
- an aside that names the speaker by first name only ("who gave only her first name, Lena,")
  or describes "One of them" ("One of them, a baker who …, said") gives the speaker
  (``commas.CommaRules._past_commas``);
- a German or Dutch council, board or committee ("de oudercommissie", "die Schülervertretung")
  is a body, never an epithet for the last person named (``epithets.epithet_gender``);
- a Dutch subject opening on "Een" before its verb ("Een buurman zei:") is read like one on
  "De" (``phrases._subject_before``);
- a bare spokesperson speaks for the one body their paragraph names when the sentence before
  names none (``roles_germanic._spokes_body``);
- a child named by first name after an adjective ("Die fünfjährige Mila") is that child, not
  the adult quoted before (first-name lists);
- "heißt es in dem Antrag an die Schulkonferenz": the council the sentence before opens on
  (``germanic_statements``); "verwies auf" reports speech (``speech_verbs_de.txt``);
- a German or Dutch relative clause holding the quotation and closing on its speech verb ("een
  groep jongeren die ‘…’ riep") gives the noun phrase it is about (``germanic_unnamed``);
- English "a letter from X asking them to “…”": X, not the clause's subject
  (``relative.plea_from``).
"""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes
from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    # a pronominal adverb before the verb: not "Darin" (the subject after the verb, "der
    # Verein", the body the sentence before names; test_speakers_r19fronted.py)
    (
        "Der Förderverein des Hallenbads hat einen Brief an den Bürgermeister geschickt.\n\n"
        "Darin beklagt der Verein einen „jahrelangen Sanierungsstau“ im Bad.",
        [("jahrelangen Sanierungsstau", "Förderverein des Hallenbads")],
    ),
    (
        "De bewonersvereniging stuurde de gemeenteraad een lange brief.\n\n"
        "Daarin spreekt de vereniging van ‘een sluipende verloedering’ van het plein.",
        [("een sluipende verloedering", None)],
    ),
    # a body by its kind after a person's quotation: the body, not that person
    (
        "Op basisschool De Linde is een tekort aan leraren.\n\n"
        "Sanne Bakker, moeder van twee leerlingen, is boos. ‘Elke week valt er wel een dag uit.’\n\n"
        "De medezeggenschapsraad van de school laat in een brief weten ‘begrip te hebben voor "
        "de zorgen’ van ouders.",
        [("begrip te hebben", "De medezeggenschapsraad van de school")],
    ),
    (
        "Am Gymnasium Nordstadt wird über die Mensa gestritten.\n\n"
        "Jonas Feld, Vater einer Fünftklässlerin, ist unzufrieden. „Das Essen ist kalt.“\n\n"
        "Die Schülervertretung nennt das neue Angebot in einem Schreiben „eine klare "
        "Verbesserung“ gegenüber dem Vorjahr.",
        [("eine klare", "Die Schülervertretung")],
    ),
    # guard: a person's role noun still stands for the person named before
    (
        "In Velden is de brug opnieuw dicht.\n\n"
        "Wethouder Anouk Meijer noemt de situatie ernstig. ‘We zoeken een oplossing’, zei de "
        "wethouder.",
        [("We zoeken", "Anouk Meijer")],
    ),
    # a child's first name after an adjective: the child, not the adult beside it
    (
        "Die neue Kita am Stadtpark ist eröffnet.\n\n"
        "Leiterin Karin Vogt ist zufrieden. „Wir sind fast voll“, sagt Vogt.\n\n"
        "Die vierjährige Ronja fasst es kürzer: „Hier gibt es die beste Schaukel.“",
        [("Hier gibt es", "Ronja")],
    ),
    # a document with its addressee: the council the sentence before opens on
    (
        "Am Gymnasium Südstadt wird über das Handyverbot gestritten.\n\n"
        "Die Schülervertretung hat eine Lockerung beantragt. „Verbote ersetzen keine "
        "Erziehung“, heißt es in dem Schreiben an die Schulleitung.",
        [("Verbote ersetzen", "Schülervertretung")],
    ),
    # a relative clause closing on its speech verb: the group, not the minister booed
    (
        "Minister Pieter Laan bezocht woensdag het overstroomde dorp.\n\n"
        "Hij werd opgewacht door een groep boeren die ‘Waar was u in maart?’ riep. Laan "
        "reageerde niet.",
        [("Waar was u", "een groep boeren")],
    ),
    (
        "Ministerin Eva Kranz besuchte am Montag das Flüchtlingslager.\n\n"
        "Am Tor stand eine Gruppe Bewohner, die „Seit Tagen gibt es kein Wasser!“ rief. Kranz "
        "ging weiter, ohne mit den Leuten zu sprechen, und fuhr danach zurück in die Stadt.",
        [("Seit Tagen gibt", "Gruppe Bewohner")],
    ),
    # guard: an extraposed relative after a participle is left alone (no wrong speaker)
    (
        "Ministerin Eva Kranz besuchte am Montag das Flüchtlingslager.\n\n"
        "Sie wurde von einer älteren Frau empfangen, die „Seit Tagen gibt es kein Wasser!“ rief.",
        [("Seit Tagen gibt", None)],
    ),
    # a plea from someone, then a participle of asking
    (
        "The youth club on Harrow Road will reopen in March.\n\n"
        "Council leader Dan Coyle said he had been moved by a letter from a group of "
        "pensioners asking the council to find “a warm room for the winter”.",
        [("a warm room", "a group of pensioners")],
    ),
    (
        "The youth club on Harrow Road will reopen in March.\n\n"
        "Council leader Dan Coyle said he had received a letter from Rita Monk urging him "
        "to keep “the lights on until ten”.",
        [("the lights on", "Rita Monk")],
    ),
    # guard: the subject's own asking stays theirs
    (
        "The youth club on Harrow Road will reopen in March.\n\n"
        "Council leader Dan Coyle said he was asking the council to keep “the lights on "
        "until ten”.",
        [("the lights on", "Dan Coyle")],
    ),
    # a Dutch subject opening on "Een"
    (
        "In de Molenwijk is het sinds maandag onrustig. De gemeente heeft de straat afgesloten "
        "en bewoners moeten omrijden naar de supermarkt.\n\n"
        "Een buurman zei: ‘Het is hier niet meer te doen.’",
        [("Het is hier", "een buurman")],
    ),
    # a bare spokesperson: the one body named earlier in the paragraph
    (
        "Een zuivelfabriek in Dalfsen gaat dicht.\n\n"
        "Dat maakte Melkhoeve B.V. dinsdag bekend in een persbericht. De fabriek is volgens het bedrijf ‘te oud’. Een woordvoerder zegt dat "
        "er ‘alles aan is gedaan’ om de fabriek open te houden.",
        [("alles aan is gedaan", "Melkhoeve B.V.")],
    ),
    # one of a group inside the speaker's phrase: the whole phrase, not the group
    (
        "The summit ended without a deal on fishing quotas.\n\n"
        "A junior minister from one of the poorer delegations said the deal was “written for "
        "the big fleets” and would be ignored.",
        [("written for", "A junior minister")],
    ),
    (
        "The strike at the port entered its third week.\n\n"
        "The head of one of the dockers’ unions said the offer was “an insult to every "
        "crane driver” and would be rejected.",
        [("an insult", "The head of one of the dockers’ unions")],
    ),
    # guard: "One of the …" opening the sentence is the speaker's own phrase
    (
        "The strike at the port entered its third week.\n\n"
        "One of the crane drivers said the offer was “an insult” and walked off.",
        [("an insult", "One of the crane drivers")],
    ),
    # a first name given in an aside
    (
        "Queues formed early outside the polling station in Brackley.\n\n"
        "A nurse coming off a night shift, who gave only her first name, Ilona, said she "
        "wanted “someone who answers the phone”.",
        [("someone who answers", "Ilona")],
    ),
    # "One of them" described by an appositive
    (
        "The mayor was booed as he left the flooded market hall.\n\n"
        "One of them, a fishmonger who had lost his whole stock, shouted that the visit "
        "was “a waste of everyone’s time”.",
        [("a waste of", "a fishmonger")],
    ),
    # guard: a name in the appositive still wins
    (
        "The mayor was booed as he left the flooded market hall.\n\n"
        "One of them, Gareth Pryor, shouted that the visit was “a waste of everyone’s time”.",
        [("a waste of", "Gareth Pryor")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_r14gmcen(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_plea_from_a_place_names_no_place() -> None:
    # guard: "residents of Harrow Road" does not make the place the speaker
    text = (
        "The youth club on Harrow Road will reopen in March.\n\n"
        "Council leader Dan Coyle said he had received a petition from residents of Harrow "
        "Road urging him to keep “the lights on until ten”."
    )
    got = outcomes([(text, [("the lights on", None)])])
    assert got[0][2] != "Harrow Road", got


def test_verwies_auf_is_no_verb_of_saying() -> None:
    # "verwies auf" points at a document, whose words these are ("verwies den Kapitän des
    # Feldes" even less): the opposition is not their speaker
    text = (
        "Die Bahnstrecke nach Kleinhausen soll stillgelegt werden.\n\n"
        "Die Opposition im Kreistag verwies auf ein Gutachten, das die Strecke als "
        "„unverzichtbar für die Region“ einstuft."
    )
    assert all(q.speaker is None for q in find_quotes(text))
