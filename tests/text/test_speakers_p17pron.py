"""Speaker shapes found by probing pronouns and role nouns across paragraphs (each passage
invented).

A German agent noun after "der" whose woman is its "-in" form ("sagte der Minister", "der
Bürgermeister", "der Trainer der Gäste") is a man: never the woman named before, however
salient ("die Oppositionsführerin Sabine X … „…“, entgegnete der Kanzler"). A German
spokesperson of a person ("ein Sprecher des Ministers", "eine Sprecherin der Ministerin") is
shown as written, not the genitive noun as if it were a body ("Ministers"). The word for a
head of government ("la chanceler", "la cancelliera", "el canciller", "de kanselier") is a
role noun, so "«…», respondeu a chanceler" after "a chanceler alemã, Anna X," is her, not the
man who spoke before. A Romance speech verb with its subject left out after a quotation
opening its paragraph ("¶ «…», ha assicurato.") is the subject pronoun opening the last
sentence before ("Lei ha promesso …"), not the person named first. The other passages are near misses and guards: pronouns after two people
of each sex, a role noun someone was introduced with, a man's agent noun after a woman was
named with another role.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import PT_MORE, Case, outcomes

IT_MORE = (
    "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per sorvegliare il "
    "quartiere, e il comune ha aperto un centro di accoglienza nella palestra comunale. Nella "
    "serata di ieri il consiglio ha deciso di riunirsi la prossima settimana per decidere come "
    "aiutare le famiglie della zona."
)
ES_MORE = (
    "\n\nLos bomberos permanecieron en el lugar hasta la mañana para vigilar el barrio, y el "
    "ayuntamiento abrió un centro de acogida en el polideportivo municipal para las familias "
    "que no pudieron volver a sus casas durante la noche."
)

DE_MORE = (
    "\n\nDie Feuerwehr blieb bis zum Morgen vor Ort, um das Viertel zu überwachen, und die "
    "Stadt richtete in der Turnhalle der Gemeinde ein Notquartier für die Familien ein, die in "
    "der Nacht nicht in ihre Wohnungen zurückkehren konnten."
)

CASES: list[Case] = [
    # a German agent noun after "der" is a man, not the woman named before
    (
        "Der Kanzler und die Oppositionsführerin Sabine Krause stritten im Bundestag.\n\n"
        "„Die Regierung hat versagt“, betonte Krause. „Sie hat keinen Plan.“\n\n"
        "„Das ist falsch“, entgegnete der Kanzler." + DE_MORE,
        [("Die Regierung", "Sabine Krause"), ("Das ist falsch", "der Kanzler")],
    ),
    (
        "„Die Regierung hat versagt“, sagte die Abgeordnete Sabine Krause.\n\n"
        "„Das ist falsch“, sagte der Bürgermeister." + DE_MORE,
        [("Das ist falsch", "der Bürgermeister")],
    ),
    (
        "Sabine Krause war im Saal.\n\n„Das ist falsch“, sagte der Minister." + DE_MORE,
        [("Das ist falsch", "der Minister")],
    ),
    (
        "Die Trainerin Sabine Krause war zufrieden.\n\n"
        "„Wir haben gut gespielt“, sagte der Trainer der Gäste." + DE_MORE,
        [("Wir haben gut", "der Trainer der Gäste")],
    ),
    # near misses: a man named with that role, a woman's noun, a named minister
    (
        "Staatssekretärin Anna Roth sprach mit Bürgermeister Karl Weiß über den Ausbau.\n\n"
        "„Der Bund zahlt die Hälfte“, sagte der Bürgermeister." + DE_MORE,
        [("Der Bund zahlt", "Karl Weiß")],
    ),
    (
        "Die Ärztin Sabine Krause sprach mit den Eltern.\n\n"
        "„Es geht ihm besser“, sagte die Ärztin." + DE_MORE,
        [("Es geht ihm", "Sabine Krause")],
    ),
    (
        "„Die Regierung hat versagt“, sagte Sabine Krause.\n\n"
        "„Das ist falsch“, sagte Minister Olaf Berg." + DE_MORE,
        [("Das ist falsch", "Olaf Berg")],
    ),
    (
        "Gesundheitsminister Karl Vogel und die Klinikchefin Maria Hoffmann besuchten am "
        "Freitag die Notaufnahme.\n\n„Die Lage ist ernst“, räumte die Klinikchefin ein.\n\n"
        "„Wir stellen neue Pflegekräfte ein“, versprach der Minister." + DE_MORE,
        [("Die Lage", "Maria Hoffmann"), ("Wir stellen", "Karl Vogel")],
    ),
    (
        "Ministerin Eva Klein und Verbandschef Tobias Ritter stellten am Montag den Plan vor.\n\n"
        "„Das ist ein guter Tag für die Pflege“, sagte sie.\n\n"
        "„Wir tragen den Plan mit“, betonte er." + DE_MORE,
        [("Das ist ein guter", "Eva Klein"), ("Wir tragen", "Tobias Ritter")],
    ),
    # a person's spokesperson is no body
    (
        "Die Opposition griff die Regierung an.\n\n"
        "„Das ist falsch“, sagte ein Sprecher des Ministers." + DE_MORE,
        [("Das ist falsch", "ein Sprecher des Ministers")],
    ),
    (
        "Die Opposition griff die Regierung an.\n\n"
        "„Das ist falsch“, sagte eine Sprecherin der Ministerin." + DE_MORE,
        [("Das ist falsch", "eine Sprecherin der Ministerin")],
    ),
    (
        "Die Opposition griff die Regierung an.\n\n"
        "„Das ist falsch“, sagte ein Sprecher des Ministeriums." + DE_MORE,
        [("Das ist falsch", "Ministerium")],
    ),
    # a dropped subject after a quotation opening its paragraph: the pronoun before
    (
        "Il sindacalista Mario Costa ha incontrato la ministra Elena Vitali. Lei ha promesso "
        "una risposta rapida.\n\n«Risponderemo lunedì», ha assicurato." + IT_MORE,
        [("Risponderemo", "Elena Vitali")],
    ),
    (
        "El sindicalista Pedro Gil se reunió con la ministra Elena Vidal. Ella prometió una "
        "respuesta rápida.\n\n«Responderemos el lunes», aseguró." + ES_MORE,
        [("Responderemos", "Elena Vidal")],
    ),
    (
        "O sindicalista Paulo Mendes reuniu-se com a ministra Helena Vidal. Ela prometeu uma "
        "resposta rápida.\n\n«Vamos responder na segunda-feira», garantiu." + PT_MORE,
        [("Vamos responder", "Helena Vidal")],
    ),
    # near misses: the sentence's subject, not the name in commas after its verb
    (
        "Il presidente Sergio Villa ha ricevuto la cancelliera tedesca, Anna Weber, al "
        "Quirinale.\n\n«La nostra amicizia è solida», ha detto. «Condividiamo gli stessi "
        "valori», ha risposto la cancelliera." + IT_MORE,
        [("La nostra amicizia", "Sergio Villa"), ("Condividiamo", "Anna Weber")],
    ),
    (
        "Il sindacalista Mario Costa ha incontrato la ministra Elena Vitali. Lei ha promesso "
        "una risposta rapida. «Risponderemo lunedì», ha assicurato." + IT_MORE,
        [("Risponderemo", "Elena Vitali")],
    ),
    # the head of a government's word is a role noun
    (
        "O Presidente, António Reis, recebeu a chanceler alemã, Anna Weber, em Belém.\n\n"
        "«A nossa amizade é sólida», disse. «Partilhamos os mesmos valores», respondeu a "
        "chanceler." + PT_MORE,
        [("A nossa amizade", "António Reis"), ("Partilhamos", "Anna Weber")],
    ),
    (
        "O Presidente, António Reis, recebeu a chanceler alemã, Anna Weber, em Belém.\n\n"
        "«A nossa amizade é sólida», disse Reis. «Partilhamos os mesmos valores», afirmou a "
        "chanceler." + PT_MORE,
        [("Partilhamos", "Anna Weber")],
    ),
    (
        "O Presidente, António Reis, recebeu a ministra Ana Weber em Belém.\n\n"
        "«A nossa amizade é sólida», disse. «Partilhamos os mesmos valores», respondeu a "
        "ministra." + PT_MORE,
        [("Partilhamos", "Ana Weber")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_probe_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
