"""Round twenty-one's review (each passage invented): near misses a helper found in the
round's rules, kept so they stay right.

"A statement from Downing Street said" is the body's (only a person noun before "from" is
someone unnamed there); "A statement from the family of the victim" is the family's, and "A
spokesman for the owner of the club" the owner's voice (only a person before "at"/"of" opens
the whole phrase); a German surname in "-s" keeps it unless a preposition governs it before a
noun ("Sabine Peters leitet …" with a "Peter Krause" in the text; "Im Winter … Anna Winters");
the Romance past before the past does not walk back over a fronted phrase ("En una entrevista
en la Cadena SER, había asegurado X:"), and a fronted phrase, a verb and its subject before a
colon name that subject ("Em entrevista à SIC, tinha dito o primeiro-ministro X:"); a journalist
who asks in the sentence before is no speaker of the answer; bodies named for a group of people
keep their first word ("Residents Against Noise", "Parents Voice"); a Portuguese company
named at a sentence's end after a comma does not take over "a empresa" from a sentence that
opens on another.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import (
    DE_MORE,
    DE_OPEN,
    ES_MORE,
    ES_OPEN,
    PT_MORE,
    outcomes,
)

PT_OPEN = "A assembleia municipal aprovou o orçamento com os votos da maioria na terça-feira.\n\n"

EN_STATEMENT_FROM = (
    "The minister resigned on Tuesday night after a week of pressure.\n\nA statement from "
    "Dunmore Castle said: “The family is deeply saddened by the news.”"
)
EN_FAMILY_OF = (
    "The minister resigned on Tuesday night after a week of pressure.\n\nA statement from the "
    "family of the victim read: “He was our whole world.”"
)
EN_SPOKESMAN_FOR = (
    "The sale of the club collapsed on Friday.\n\nA spokesman for the owner of the club said: "
    "“The deal is off for good.”"
)
EN_RESIDENTS_BODY = (
    "The airport wants a second runway.\n\nResidents Against Night Flights has collected 3,000 "
    "signatures. “The flights are unbearable,” said Residents Against Night Flights."
)
EN_PARENTS_BODY = (
    "The school reforms were announced on Monday.\n\n“The timetable is unrealistic,” said "
    "Parents Voice, a lobby group for families."
)
DE_PETERS = (
    DE_OPEN + "Sabine Peters leitet seit zwölf Jahren das Tierheim am Stadtrand. Ihr Kollege "
    "Peter Krause kümmert sich um die Hunde. „Wir sind voll bis unters Dach“, sagte Peters am "
    "Montag." + DE_MORE
)
DE_WINTERS = (
    DE_OPEN + "Im Winter ist die Hütte oft eingeschneit. Hüttenwirtin Anna Winters lebt das ganze "
    "Jahr hier oben. „Ich liebe die Stille“, sagt Winters." + DE_MORE
)
ES_FRONTED = (
    ES_OPEN + "El martes, en una entrevista en la Cadena Norte, había asegurado Ramírez: «No "
    "convocaré elecciones»." + ES_MORE
)
PT_FRONTED = (
    PT_OPEN + "Em entrevista à TVI, tinha dito o primeiro-ministro Luís Montalvão: «Não haverá "
    "eleições»." + PT_MORE
)
ES_ASKED = (
    ES_OPEN + "«Los plazos se cumplirán», afirmó la consejera Elena Vega. Un periodista le "
    "preguntó por el retraso. «No hay ningún retraso, se lo aseguro»." + ES_MORE
)
PT_COMPANY = (
    PT_OPEN + "A Vidraria Lusitana vai fechar a fábrica de Leiria. Os trabalhadores foram "
    "transferidos para a outra unidade do grupo, a Cristais Atlântico. Em comunicado, a empresa "
    "garantiu: «Ninguém será despedido»." + PT_MORE
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (EN_STATEMENT_FROM, "The family is", "Dunmore Castle"),
        (EN_FAMILY_OF, "He was our whole", "the family of the victim"),
        (EN_SPOKESMAN_FOR, "The deal is off", "the owner of the club"),
        (EN_RESIDENTS_BODY, "The flights are", "Residents Against Night Flights"),
        (EN_PARENTS_BODY, "The timetable is", "Parents Voice"),
        (DE_PETERS, "Wir sind voll", "Sabine Peters"),
        (DE_WINTERS, "Ich liebe die", "Anna Winters"),
        (ES_FRONTED, "No convocaré", "Ramírez"),
        (PT_FRONTED, "Não haverá", "Luís Montalvão"),
        (ES_ASKED, "No hay ningún", "Elena Vega"),
        (PT_COMPANY, "Ninguém será", "Vidraria Lusitana"),
    ],
    ids=[
        "en-statement-from-body",
        "en-statement-from-family",
        "en-spokesman-for-owner",
        "en-residents-body-name",
        "en-parents-body-name",
        "de-surname-in-s",
        "de-surname-winters",
        "es-pluperfect-fronted",
        "pt-fronted-verb-subject",
        "es-asked-then-answer",
        "pt-company-opening",
    ],
)
def test_speaker(text: str, head: str, speaker: str) -> None:
    assert outcomes([(text, [(head, speaker)])])[0][2] == speaker
