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

A second review, of the round's later rules: an attribution after the quotation wins over a
phrase of opinion before it ("À son avis, « … », a déclaré Dupont"), and the phrase goes to
the subject of the sentence before, not whom it answered ("Mayor Tom Baker responded to
criticism from councillor Jim Harlow. In his view, “…”"); an adverbial "di" after an Italian
verb keeps the subject after it ("ha dichiarato di buon mattino il prefetto X"); a relative
brought in by kin is not the fuller name of a surname written with its particle ("Zijn neef
Erik van Dorp"); the Dutch first name "Ab" is a name ("viroloog Ab Osterhaus"); "a Liverpool
spokesperson" is not "Liverpool Crown Court"; a line of speech is no subheading.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import (
    DE_MORE,
    DE_OPEN,
    ES_MORE,
    ES_OPEN,
    FR_MORE,
    IT_MORE,
    IT_OPEN,
    NL_MORE,
    NL_OPEN,
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


FR_OPINION_SAID = (
    "Le conseil municipal a voté le budget mardi soir, après trois heures de débat.\n\nLe maire "
    "Jean Dupont a reçu la ministre Claire Martin lundi.\n\nÀ son avis, « la ville a été "
    "oubliée », a déclaré Dupont." + FR_MORE
)
EN_OPINION_SUBJECT = (
    "The council met on Tuesday night.\n\nMayor Tom Baker responded to criticism from "
    "councillor Jim Harlow at the meeting. In his view, “the criticism is baseless and "
    "political”."
)
IT_DI_ADVERB = (
    IT_OPEN + "Il comune ha chiuso le scuole per la neve.\n\n«Siamo pronti a riaprire», ha "
    "dichiarato di buon mattino il prefetto Anna Greco." + IT_MORE
)
NL_KIN = (
    NL_OPEN + "Voorzitter Van Dorp leidt de club al twaalf jaar. Zijn neef Erik van Dorp wordt "
    "volgend seizoen assistent-trainer.\n\n‘Dit is een mooie dag voor de club’, zei Van Dorp."
    + NL_MORE
)
NL_AB = NL_OPEN + "‘Het virus verspreidt zich snel’, zei viroloog Ab Osterhaus dinsdag." + NL_MORE
EN_LIVERPOOL = (
    "Two fans appeared at Liverpool Crown Court on Monday after the derby.\n\nA Liverpool "
    "spokesperson said: “The club is aware of the case and will not comment further.”"
)
ES_VOX_POP = (
    ES_OPEN + "Carmen, jubilada: «No llego a fin de mes»\n\nLa concejala de Comercio, Carmen "
    "Ortega, presentó ayer el plan de ayudas." + ES_MORE
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (FR_OPINION_SAID, "la ville a été", "Jean Dupont"),
        (EN_OPINION_SUBJECT, "the criticism is", "Tom Baker"),
        (IT_DI_ADVERB, "Siamo pronti", "Anna Greco"),
        (NL_KIN, "Dit is een mooie", "Van Dorp"),
        (NL_AB, "Het virus", "Ab Osterhaus"),
        (EN_LIVERPOOL, "The club is aware", "Liverpool"),
        (ES_VOX_POP, "No llego a fin", "Carmen"),
    ],
    ids=[
        "fr-opinion-then-said",
        "en-opinion-subject-not-object",
        "it-adverbial-di",
        "nl-kin-fuller-name",
        "nl-first-name-ab",
        "en-spokes-not-court",
        "es-vox-pop-no-subheading",
    ],
)
def test_second_review(text: str, head: str, speaker: str) -> None:
    assert outcomes([(text, [(head, speaker)])])[0][2] == speaker


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
