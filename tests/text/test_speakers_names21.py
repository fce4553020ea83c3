"""Round twenty-one's name forms and reported clauses (each passage invented).

German: a role noun in the genitive before a name is no part of it ("ihres Anwalts Jonas X");
a full name in the genitive ("von Marta Eibls neuem Roman") is the name without its "-s" when
the text writes the surname so too; a noun and "von" before a first name and a surname is no
noble name ("Am Kiosk von Gül X"); a role noun before a first name alone is a role ("Barkeeper
Andrzej, …"); a surname that a family firm and a person named in full share is the person
("sagt Hellwig" after "Bäckerei Hellwig" and "Bäckermeister Uwe Hellwig"), and "-erei" trades
are bodies. English: a capitalized group noun opening a sentence before a body's name is no
part of it ("Organisers Fieldhouse Live said"). Spanish, Italian and Portuguese: the past
before the past ("había asegurado que … «…»", "aveva assicurato", "tinha garantido") reads back
to its subject as the present perfect does, but a subject dropped after a fronted adverb in
commas ("Antes, en su turno, había calificado …") stays the one the text goes on with; someone
unnamed with a relative clause in commas ("un asesor, que habló bajo anonimato, reconoció que
… «…»") speaks the fragment, not the person quoted in the sentence before.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import (
    DE_MORE,
    DE_OPEN,
    ES_MORE,
    ES_OPEN,
    IT_MORE,
    IT_OPEN,
    PT_MORE,
    outcomes,
)

DE_LAWYER = (
    DE_OPEN + "Das Gericht folgte der Argumentation ihres Anwalts Jonas Brettmeier. Die "
    "Plattform müsse ihre Entscheidungen künftig begründen, heißt es im Beschluss.\n\n„Das ist "
    "ein Signal an alle Betreiber“, sagte Brettmeier nach der Verhandlung." + DE_MORE
)
DE_GENITIVE_NAME = (
    DE_OPEN + "Als die letzte Seite von Marta Eibls neuem Roman vorgelesen war, blieb es im "
    "Saal still.\n\n„Ich wollte ein Buch über das Warten schreiben“, sagte Eibl danach." + DE_MORE
)
DE_KIOSK = (
    DE_OPEN + "Am Kiosk von Gül Yilmazer, 52, beginnt der Ansturm schon um sieben. Sie hat zwei "
    "Aushilfen eingestellt.\n\n„An solchen Tagen verkaufe ich 400 Zeitungen“, rechnet sie vor."
    + DE_MORE
)
DE_BARKEEPER = (
    DE_OPEN + "Vor der Bar bildet sich am Freitag eine lange Schlange.\n\nBarkeeper Andrzej, seit "
    "neun Jahren hinter dem Tresen, zuckt mit den Schultern: „Früher war hier nur Hafen.“" + DE_MORE
)
DE_BAKER = (
    DE_OPEN + "Am Samstag wird in der Bäckerei Hellwig zum letzten Mal der Ofen angeheizt. "
    "Bäckermeister Uwe Hellwig, 63, hat lange einen Nachfolger gesucht.\n\n„Ohne Nachfolger geht "
    "es nicht“, sagt Hellwig." + DE_MORE
)
DE_WEAVER = (
    DE_OPEN + "Die Weberei Brenner hat beim Amtsgericht Insolvenz beantragt.\n\n„Wir haben "
    "alles versucht“, sagte Geschäftsführer Tobias Brenner.\n\nGeschäftsführer Brenner zeigte "
    "sich dennoch zuversichtlich: „Wir wollen den Betrieb erhalten.“" + DE_MORE
)
EN_ORGANISERS = (
    "Tickets for the Marshfield festival sold out in eleven minutes on Friday.\n\nOrganisers "
    "Fieldlark Live said demand had been “extraordinary” this year."
)
EN_PROMOTERS = (
    "Tickets for the Marshfield festival sold out in eleven minutes on Friday.\n\nPromoters "
    "Northbeat said the queue had worked “exactly as designed”."
)
EN_RESIDENTS_BODY = (
    "The council approved the car park on Tuesday.\n\nResidents Association chair Ann Pope said "
    "the vote was “a betrayal of the street”."
)
ES_PLUPERFECT = (
    ES_OPEN + "La consejera de Sanidad, Lucía Berrocal, había asegurado que los hospitales "
    "estaban “preparados para cualquier escenario”." + ES_MORE
)
IT_PLUPERFECT = (
    IT_OPEN + "Il ministro dei Trasporti, Fabio Soleri, aveva assicurato che i cantieri erano "
    "«in perfetto orario»." + IT_MORE
)
PT_PLUPERFECT = (
    "A assembleia municipal aprovou o orçamento com os votos da maioria na terça-feira.\n\nO "
    "vereador do Urbanismo, Fábio Soares, tinha garantido que as obras estavam “dentro do "
    "prazo”." + PT_MORE
)
ES_DROPPED = (
    ES_OPEN + "La moción de censura contra el alcalde, Pablo Domínguez Sanz, salió adelante con "
    "nueve votos.\n\n«Vamos a revisar cada factura», prometió Irene Cabello tras la votación.\n\n"
    "Domínguez, muy serio, salió del pleno sin hablar con la prensa. Antes, en su turno de "
    "palabra, había calificado la moción de «maniobra oportunista» ante sus concejales. «Me "
    "voy con la conciencia tranquila», aseguró." + ES_MORE
)
ES_ADVISER = (
    ES_OPEN + "El portavoz del Gobierno, Tomás Arenal, había dicho horas antes que el Ejecutivo "
    "estaba “tranquilo”. Sin embargo, un asesor del ministerio, que habló bajo condición de "
    "anonimato, reconoció que el resultado fue “un golpe muy duro”." + ES_MORE
)
ES_ADVISER_ALONE = (
    ES_OPEN + "Un asesor del ministerio, que habló bajo condición de anonimato, reconoció que el "
    "resultado fue “un golpe muy duro”." + ES_MORE
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (DE_LAWYER, "Das ist ein Signal", "Jonas Brettmeier"),
        (DE_GENITIVE_NAME, "Ich wollte ein Buch", "Marta Eibl"),
        (DE_KIOSK, "An solchen Tagen", "Gül Yilmazer"),
        (DE_BARKEEPER, "Früher war hier", "Andrzej"),
        (DE_BAKER, "Ohne Nachfolger", "Uwe Hellwig"),
        (DE_WEAVER, "Wir haben alles", "Tobias Brenner"),
        (DE_WEAVER, "Wir wollen den", "Tobias Brenner"),
        (EN_ORGANISERS, "extraordinary", "Fieldlark Live"),
        (EN_PROMOTERS, "exactly as designed", "Northbeat"),
        (EN_RESIDENTS_BODY, "a betrayal", "Ann Pope"),
        (ES_PLUPERFECT, "preparados para", "Lucía Berrocal"),
        (IT_PLUPERFECT, "in perfetto orario", "Fabio Soleri"),
        (PT_PLUPERFECT, "dentro do", "Fábio Soares"),
        (ES_DROPPED, "maniobra oportunista", "Pablo Domínguez Sanz"),
        (ES_ADVISER, "tranquilo", "Tomás Arenal"),
        (ES_ADVISER, "un golpe muy duro", "un asesor del ministerio"),
        (ES_ADVISER_ALONE, "un golpe muy duro", "un asesor del ministerio"),
    ],
    ids=[
        "de-genitive-role",
        "de-genitive-name",
        "de-noun-von-name",
        "de-role-first-name",
        "de-family-firm-baker",
        "de-family-firm-weaver",
        "de-family-firm-role-surname",
        "en-organisers-body",
        "en-promoters-body",
        "en-residents-association-kept",
        "es-pluperfect",
        "it-pluperfect",
        "pt-pluperfect",
        "es-dropped-after-adverb",
        "es-named-before-adviser",
        "es-adviser-relative-aside",
        "es-adviser-alone",
    ],
)
def test_speaker(text: str, head: str, speaker: str) -> None:
    assert outcomes([(text, [(head, speaker)])])[0][2] == speaker
