"""Wire shapes from diplomacy and election dispatches (en/de/nl). A news agency or a paper that
"quoted X as saying" ("zitierte X mit den Worten", "citeerde X met de woorden") only relays: the
person it quotes speaks (an agency quoting no one keeps its own words). An officeholder's title
going on with "voor"/"für"/"for" and a portfolio before the name ("zei minister voor
Ontwikkelingssamenwerking Pieter X") names the person, not "minister" (near miss: "voor de
camera"). An unnamed official or member of a body ("Ein hoher Beamter der Kommission", "Een hoge
ambtenaar van de Commissie") is the person as written, not the body (near misses: a spokesperson
speaks for the body). A relative possessive before a role and a name ("Deren Vorsitzender X Y",
"Dessen Präsident X Y") is no part of the name, and someone unnamed with an age before the noun
("eine 29-jährige Lehrerin", "een 34-jarige verpleegster", "a 29-year-old teacher") is shown as
written. An English "the diplomat said" after the one sentence of its paragraph that opened on "A
senior diplomat from …" is that person as introduced (near misses: named right after, or two
such openings). A body's name opening on a suspended compound ("Industrie- und Handelskammer",
"Land- en Tuinbouwbond") is the whole name, not its second half. All passages are invented for
these tests."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes
from tests.text.test_speakers_session17 import DE_MORE, NL_MORE

_EN_MORE = (
    "\n\nThe two delegations are expected to meet again before the end of the month, though no "
    "date or venue has been announced by either government so far."
)

CASES: list[Case] = [
    # 1. an agency or a paper relays a person's words: the person speaks
    (
        "Talks on the fishing accord broke up on Friday without a deal.\n\n"
        "The state news agency BTA quoted Fisheries Minister Anton Vell as saying his country "
        "would “not sign anything that empties our harbours.”" + _EN_MORE,
        [("not sign anything that", "Anton Vell")],
    ),
    (
        "The currency reform takes effect on Monday.\n\n"
        "“This is about who we are as a nation,” the daily Morning Ledger quoted Treasury "
        "Secretary Lena Osk as saying." + _EN_MORE,
        [("This is about who we are", "Lena Osk")],
    ),
    (
        "The border crossing stayed shut for a third day.\n\n"
        "The agency quoted a customs spokesman as saying the queue was “longer than anyone "
        "here can remember.”" + _EN_MORE,
        [("longer than anyone", "a customs spokesman")],
    ),
    (
        "Die Gespräche über das Handelsabkommen sind gescheitert.\n\n"
        "Die staatliche Nachrichtenagentur Velpress zitierte Regierungssprecher Jurij Manko mit "
        "den Worten, man lasse sich „nicht unter Druck setzen, von niemandem“." + DE_MORE,
        [("nicht unter Druck setzen", "Jurij Manko")],
    ),
    (
        "De onderhandelingen over het visakkoord liepen vast.\n\n"
        "Persbureau Norpa citeerde premier Ilse Varga met de woorden: “Wij laten ons de les "
        "niet lezen door landen die hun eigen beloften niet nakomen.”" + NL_MORE,
        [("Wij laten ons de les", "Ilse Varga")],
    ),
    # a pronoun quoted: the person the text is about
    (
        "Minister Anton Vell left the talks early.\n\n"
        "The agency quoted him as saying the offer was “an insult to every fisherman.”" + _EN_MORE,
        [("an insult to every", "Anton Vell")],
    ),
    # 2. an officeholder's portfolio after "voor"/"für"/"for", then the name
    (
        "De donorconferentie bracht minder op dan gehoopt.\n\n"
        "“We geven wat we kunnen missen, en dat is meer dan vorig jaar”, zei minister voor "
        "Ontwikkelingssamenwerking Karel Dommers." + NL_MORE,
        [("We geven wat we kunnen", "Karel Dommers")],
    ),
    (
        "Die Geberkonferenz brachte weniger ein als erhofft.\n\n"
        "„Wir geben, was wir entbehren können, und das ist mehr als im Vorjahr“, sagte "
        "Staatsministerin für Entwicklung und Zusammenarbeit Helga Thomsen." + DE_MORE,
        [("Wir geben, was wir", "Helga Thomsen")],
    ),
    (
        "The pledging conference raised less than hoped.\n\n"
        "“We give what we can spare, and that is more than last year,” said Minister for Trade "
        "and Development Rosa Lind." + _EN_MORE,
        [("We give what we can spare", "Rosa Lind")],
    ),
    # near miss: "voor" and where the minister spoke, no portfolio
    (
        "Minister Karel Dommers opende de conferentie.\n\n"
        "“We geven wat we kunnen missen, en dat is meer dan vorig jaar”, zei de minister voor "
        "de camera van de NOS." + NL_MORE,
        [("We geven wat we kunnen", "Karel Dommers")],
    ),
    # 3. an unnamed official or member of a body: the person as written
    (
        "Die Verhandlungen dauerten bis in die Nacht.\n\n"
        "Ein ranghoher Beamter der Union, der anonym bleiben wollte, sprach von einer "
        "„zähen, aber nicht aussichtslosen Runde“." + DE_MORE,
        [("zähen, aber nicht", "Ein ranghoher Beamter der Union")],
    ),
    (
        "Die Verhandlungen dauerten bis in die Nacht.\n\n"
        "Ein Mitglied der norlandischen Delegation sagte, man habe „mehr bekommen, als im "
        "Kommuniqué steht“." + DE_MORE,
        [("mehr bekommen", "Ein Mitglied der norlandischen Delegation")],
    ),
    (
        "De onderhandelingen duurden tot diep in de nacht.\n\n"
        "Een hoge ambtenaar van de Unie sprak van een “taaie maar niet hopeloze ronde”." + NL_MORE,
        [("taaie maar niet hopeloze", "Een hoge ambtenaar van de Unie")],
    ),
    (
        "De uitslag is nog niet bekend. Een westerse diplomaat in Kaunas zei op voorwaarde van "
        "anonimiteit dat de ambassades “voorlopig niemand willen feliciteren”." + NL_MORE,
        [("voorlopig niemand willen", "een westerse diplomaat in Kaunas")],
    ),
    # near misses: a spokesperson speaks for the body; a report of the body is no person
    (
        "Die Verhandlungen dauerten bis in die Nacht.\n\n"
        "Ein Sprecher der Union sagte, man habe „mehr bekommen, als im Kommuniqué steht“."
        + DE_MORE,
        [("mehr bekommen", "Union")],
    ),
    # 4. a relative possessive going on from a body before the role and the name
    (
        "Die Wahlkommission meldete eine Beteiligung von 58 Prozent. Deren Vorsitzender Dorin "
        "Lupescu sprach von einem „geordneten und friedlichen Wahltag“." + DE_MORE,
        [("geordneten und friedlichen", "Dorin Lupescu")],
    ),
    (
        "Der Bauernverband legte neue Zahlen vor. Dessen Präsidentin Marta Lindqvist sagte: "
        "„Die Lage ist ernst, aber nicht hoffnungslos.“" + DE_MORE,
        [("Die Lage ist ernst", "Marta Lindqvist")],
    ),
    # 5. someone unnamed with an age before the noun: as written
    (
        "Vor den Wahllokalen bildeten sich lange Schlangen.\n\n"
        "„Zum ersten Mal glaube ich, dass meine Stimme etwas ändert“, sagte eine 34-jährige "
        "Krankenpflegerin in der Hauptstadt." + DE_MORE,
        [("Zum ersten Mal glaube ich", "eine 34-jährige Krankenpflegerin")],
    ),
    (
        "Voor de stembureaus stonden lange rijen.\n\n"
        "“Voor het eerst denk ik dat mijn stem iets verandert”, zei een 34-jarige verpleegster "
        "in de hoofdstad." + NL_MORE,
        [("Voor het eerst denk ik", "een 34-jarige verpleegster")],
    ),
    # near miss: a definite age epithet is the person named before
    (
        "Die Krankenpflegerin Anna Weber, 34, stand seit dem Morgen an. „Zum ersten Mal glaube "
        "ich, dass meine Stimme etwas ändert“, sagte die 34-Jährige." + DE_MORE,
        [("Zum ersten Mal glaube ich", "Anna Weber")],
    ),
    # 6. "the diplomat" after the sentence that introduced the unnamed diplomat
    (
        "Counting went on through the night.\n\n"
        "A senior official from a neighbouring state, who asked not to be named, said most "
        "capitals were waiting. “Nobody wants to call the winner first,” the official said."
        + _EN_MORE,
        [("Nobody wants to call", "A senior official from a neighbouring state")],
    ),
    (
        "Counting went on through the night.\n\n"
        "An aid worker in the border town said the convoys had stopped. “We have been waiting "
        "for three weeks,” the worker said." + _EN_MORE,
        [("We have been waiting", "An aid worker in the border town")],
    ),
    # near misses: named right after the noun; two such openings in the paragraph
    (
        "Counting went on through the night.\n\n"
        "A diplomat, Jonas Ekwall, said most capitals were waiting. “Nobody wants to call the "
        "winner first,” the diplomat said." + _EN_MORE,
        [("Nobody wants to call", "the diplomat")],
    ),
    (
        "Counting went on through the night. A diplomat said one thing. A diplomat from Velmar "
        "said most capitals were waiting. “Nobody wants to call the winner first,” the "
        "diplomat said." + _EN_MORE,
        [("Nobody wants to call", "the diplomat")],
    ),
    # 7. a body's name opening on a suspended compound
    (
        "Die Betriebe im Kreis reagieren gelassen. Die Industrie- und Handelskammer Nordwald "
        "nennt den Beschluss „einen ersten Schritt, mehr aber auch nicht“." + DE_MORE,
        [("einen ersten Schritt", "Industrie- und Handelskammer Nordwald")],
    ),
    (
        "De telers reageren kritisch. De Oostelijke Akker- en Fruitteeltbond noemt het akkoord "
        "in een verklaring “een uitverkoop van de hele sector”." + NL_MORE,
        [("een uitverkoop van de hele", "Oostelijke Akker- en Fruitteeltbond")],
    ),
    # near miss: a person named with the body after "von" keeps the person
    (
        "Die Betriebe im Kreis reagieren gelassen. „Ein erster Schritt, mehr aber auch nicht“, "
        "sagte Hans Berger von der Industrie- und Handelskammer." + DE_MORE,
        [("Ein erster Schritt", "Hans Berger")],
    ),
    # 1. near miss: the agency's own words, no one quoted by it
    (
        "The vote count went on through the night.\n\n"
        "The state news agency BTA said the turnout had been “the highest since independence.”"
        + _EN_MORE,
        [("the highest since", "BTA")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_wire_shapes_germanic(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
