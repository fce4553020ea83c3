"""Speakers who are not named: voices from the public at meetings, hearings and trials.

Reporters quote someone in the room they cannot name ("ruft ein Zuhörer", "gritó alguien
desde el fondo", "Dalla platea qualcuno ha risposto:", "Another parent, a father of two who
…, said"), or a defendant they shorten to an initial ("Jens P." … "P. selbst …"). The speaker
is that phrase as written, or the person the initial stands for; never the person the
article named last. Each passage is invented; the near-miss guards keep the shapes that must
not change.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import PT_MORE, Case, outcomes
from tests.text.test_speakers_news import _same
from tests.text.test_speakers_session17 import DE_MORE, ES_MORE, IT_MORE, NL_MORE

EN_MORE = (
    "\n\nThe council will meet again next month to discuss the plans for the town centre and "
    "the bypass, and a public exhibition of the designs opens at the library on Saturday."
)

CASES: list[Case] = [
    # a title in marks ending the sentence before does not make the next sentence's
    # indefinite subject a thing ("dem „Kreisboten“. Ein Anwohner …")
    (
        "Der Ortsrat tagte bis spät. „Wir brauchen die Ampel jetzt“, sagte Ortsvorsteherin "
        "Helga Brandt dem „Kreisboten“.\n\n"
        "Ein Anwohner, der seinen Namen nicht nennen wollte, sagte: „Hier rasen die Autos "
        "jeden Morgen an der Schule vorbei.“" + DE_MORE,
        [("Hier rasen", "ein Anwohner")],
    ),
    # a group counted after the verb of a sentence a clause opens
    (
        "Der Kreistag stimmte am Abend ab. Als der Landrat Uwe Köhler das Ergebnis vorlas, "
        "riefen mehrere Besucher »Pfui, schämt euch!« und verließen den Saal." + DE_MORE,
        [("Pfui", "mehrere Besucher")],
    ),
    # guard: a quantity opening a sentence is still no speaker
    (
        "Die Gemeinde Seedorf muss sparen. Viel Geld gab es nicht. „Wir haben jeden Posten "
        "dreimal umgedreht und trotzdem ein Loch im Haushalt“, sagte Kämmerer Jörg Timm." + DE_MORE,
        [("Wir haben jeden", "Jörg Timm")],
    ),
    # a woman or a man the sentence before opens on, then "sagt sie" / "zei hij"
    (
        "Im Laden von Greta Holtkamp ist am Samstag viel los.\n\n"
        "Eine Frau, die gerade einen Strohhut anprobiert, lacht. »Ich habe nie einen Hut "
        "getragen, bis heute«, sagt sie an der Kasse." + DE_MORE,
        [("Ich habe nie", "eine Frau")],
    ),
    (
        "Op het station van Zwolle was het woensdag druk.\n\n"
        "Een jonge vrouw met een fietshelm, op weg naar haar werk in Deventer, wachtte al "
        "een uur. ‘Ik had allang op kantoor moeten zitten’, zei ze." + NL_MORE,
        [("Ik had allang", "een jonge vrouw met een fietshelm")],
    ),
    # guard: a fragment describing someone just named is not someone new
    (
        "Ik sprak de schoolleider, Pieter Smit. Een rustige man, die zichtbaar moe is. "
        "‘Ik heb deze maand veertig mensen gebeld’, vertelde hij." + NL_MORE,
        [("Ik heb deze maand", "Pieter Smit")],
    ),
    # a defendant shortened to the initial of the surname
    (
        "Jens P. hatte im Mai einen Busfahrer in Gerlingen geschlagen.\n\n"
        "Staatsanwalt Tobias Merk forderte acht Monate Haft. Er verwies auf das Video.\n\n"
        "P. selbst zeigte vor Gericht Reue. „Ich war betrunken, aber das entschuldigt "
        "nichts“, sagte er." + DE_MORE,
        [("Ich war betrunken", "Jens P.")],
    ),
    (
        "Sven D. reed in maart met een gestolen auto door de winkelstraat.\n\n"
        "Officier van justitie Mark Bosman eiste een jaar cel. Hij noemde het rijgedrag "
        "levensgevaarlijk.\n\n"
        "D. zelf zweeg lange tijd. ‘Ik wilde alleen maar weg van daar’, zei hij." + NL_MORE,
        [("Ik wilde alleen", "Sven D.")],
    ),
    # Italian, Spanish, Portuguese: "someone" in the room, as written with where they spoke
    (
        "Il consiglio comunale è durato fino a notte. “Qui si vota, non si fischia”, ha "
        "richiamato il presidente Carlo Mantovani. Dalla platea qualcuno ha risposto: "
        "“Allora fateci parlare anche a noi!”." + IT_MORE,
        [("Qui si vota", "Carlo Mantovani"), ("Allora fateci", "qualcuno dalla platea")],
    ),
    (
        "El alcalde Tomás Arriaga defendió el presupuesto durante una hora.\n\n"
        "“¡Eso no se lo cree ni usted, alcalde!”, gritó alguien desde el fondo de la sala."
        + ES_MORE,
        [("¡Eso no se lo cree", "alguien desde el fondo de la sala")],
    ),
    (
        "El alcalde Tomás Arriaga defendió el presupuesto durante una hora.\n\n"
        "“¡Queremos el centro de salud abierto por la tarde!”, gritó un vecino desde el "
        "público." + ES_MORE,
        [("¡Queremos el centro", "un vecino")],
    ),
    # guard: words someone wrote on a wall are no one's voice
    (
        "La protesta siguió toda la semana en el barrio. En la persiana del centro cívico, "
        "alguien ha escrito con pintura roja «Aquí también vivimos personas»." + ES_MORE,
        [("Aquí también", None)],
    ),
    # a dialogue line after a paragraph ending on a colon names its own speaker
    (
        "El rector Andrés Salcedo presentó la reforma ante el claustro. Hubo un "
        "intercambio tenso:\n\n"
        "—¿Y con qué dinero se van a pagar los nuevos laboratorios? —preguntó un profesor "
        "de Química desde la tercera fila." + ES_MORE,
        [("¿Y con qué dinero", "un profesor de Química")],
    ),
    # Portuguese: the subject after an adjunct opening on "ao"
    (
        "A GNR encerrou um lar ilegal em Vila Seca, onde viviam nove idosos.\n\n"
        "“Encontrámos pessoas acamadas sem aquecimento e sem medicação”, relatou ao jornal "
        "um dos guardas que participaram na operação." + PT_MORE,
        [("Encontrámos pessoas", "um dos guardas")],
    ),
    # a participle opening the sentence is no speaker ("Contactada pelo jornal, …:")
    (
        "A dona do lar, uma mulher de 58 anos, foi constituída arguida. Contactada pelo "
        "jornal, recusou comentar: “Não tenho nada a declarar sobre este assunto.”" + PT_MORE,
        [("Não tenho nada", None)],
    ),
    # an adverb between the verb and someone unnamed after it
    (
        "El pantano sigue bajando esta semana.\n\n"
        "«Nunca lo había visto tan vacío en cuarenta años», decía ayer un pescador de "
        "Villarejo mientras recogía la caña." + ES_MORE,
        [("Nunca lo había", "un pescador de Villarejo")],
    ),
    # the definite noun taking up someone unnamed the text introduced before
    (
        "Una cameriera di 29 anni è stata aggredita ieri sera in un bar del centro di "
        "Borgo Santa Lucia da un cliente ubriaco.\n\n"
        "«Mi ha lanciato un bicchiere addosso e poi ha cominciato a urlare», racconta la "
        "cameriera, che preferisce non dire il suo nome." + IT_MORE,
        [("Mi ha lanciato", "una cameriera di 29 anni")],
    ),
    # guard: not when the text names someone by that noun
    (
        "Una cameriera di 29 anni è stata aggredita ieri sera in un bar del centro.\n\n"
        "La titolare del locale ha chiamato i carabinieri. «Non era mai successo», ha detto "
        "la cameriera Giulia Ferrante, che lavora lì da due anni." + IT_MORE,
        [("Non era mai", "Giulia Ferrante")],
    ),
    # English: "Another X, a Y who …": the apposition, by its verb or by a pronoun after
    (
        "Parents waited at the gates on Monday morning.\n\n"
        "Another parent, a mother of three who asked not to be named, said: “The staff are "
        "wonderful. It is the trust that has let us down.”" + EN_MORE,
        [("The staff are", "a mother of three")],
    ),
    (
        "Trains were cancelled all evening.\n\n"
        "Another passenger, a nurse who did not want to be named, said she would sleep at "
        "the station. “I start at six tomorrow and there is no other way home,” she said."
        + EN_MORE,
        [("I start at six", "a nurse")],
    ),
    # a verb of no speech before a colon: the one it describes
    (
        "The last bus never came.\n\n"
        "Another commuter, a nurse who asked not to be named, was blunter: “They "
        "should be ashamed of themselves, all of them.”" + EN_MORE,
        [("They should be ashamed", "a nurse")],
    ),
    # guard: a thing so described is no one
    (
        "The hall was closed on Monday. A sign on the door was blunter: “No entry for anyone "
        "without a pass from the office.”" + EN_MORE,
        [("No entry for", None)],
    ),
    # guard: "One juror, a retired teacher who …" keeps its head (as before)
    (
        "The trial ended on Friday.\n\n"
        "One juror, a retired teacher who sat through all six weeks, said: “We read every "
        "page of the evidence twice before we agreed.”" + EN_MORE,
        [("We read every", "One juror")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_unnamed_public(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        # (a name closing on an initial may be shown without its stop: "Jens P")
        assert _same(expected, found) if expected else found is None, (head, found)
