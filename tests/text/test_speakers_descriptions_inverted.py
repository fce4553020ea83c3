"""Speakers on short invented passages in seven languages where someone new, unnamed, is
brought in as the subject *after* its verb (``description_inverted``): a fronted phrase of
place or manner, a verb of being there, sitting, standing, arriving or showing oneself, then
the description ("Standing by his stall was a fishmonger …", "Op de eerste rij zat een
bewoonster …", "Gelassener zeigt sich ein Gemüsehändler …: „…“", "Tra i banchi c’era anche
un’anziana contadina …"). The words after it are the newcomer's, not those of the person named
before. Also: a quotation alone after the newcomer's sentence is theirs even when a later
quotation's speaker would otherwise be carried back to it, and "l'uomo" is never a woman.
Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import (
    ES_MORE,
    ES_OPEN,
    FR_MORE,
    IT_MORE,
    IT_OPEN,
    PT_MORE,
    Case,
    outcomes,
)

SHAPES: list[Case] = [
    (
        "Councillor Ruth Ellery opened the new market hall on Saturday morning. Standing by his "
        "stall was a fishmonger from the old quarter. “We lost a week of trade to the floods,” "
        "he said. The council says the square will be repaved by spring.",
        [("We lost a week", "a fishmonger from the old quarter")],
    ),
    (
        # a comparative opens the sentence, a colon leads into the words; the adverb is no name
        "Bürgermeisterin Ruth Keller eröffnete am Samstag die neue Markthalle. Gelassener zeigt "
        "sich ein Gemüsehändler aus dem Nachbarort: „Die Leute kommen schon wieder.“ Die Stadt "
        "will den Platz bis zum Frühjahr neu pflastern lassen.",
        [("Die Leute kommen", "ein Gemüsehändler aus dem Nachbarort")],
    ),
    (
        # an inflected adjective inside the phrase of place ("van de oude wijk")
        "Wethouder Ruth Keller opende zaterdag de nieuwe markthal. Op de eerste rij zat een "
        "bewoonster van de oude wijk. 'Ik heb hier vijftig jaar boodschappen gedaan,' zegt ze. "
        "De gemeente wil het plein in het voorjaar opnieuw bestraten.",
        [("Ik heb hier", "een bewoonster van de oude wijk")],
    ),
    (
        "La maire, Ruth Keller, a inauguré samedi la nouvelle halle. Derrière son étal se tenait "
        "une fromagère du village. « On a perdu une semaine de ventes », dit-elle." + FR_MORE,
        [("On a perdu", "une fromagère du village")],
    ),
    (
        # a phrase of time between the verb and its subject
        ES_OPEN + "La alcaldesa, Ruth Keller, inauguró el sábado el nuevo mercado. En la puerta "
        "esperaba desde el alba un pastor de la sierra. «Hemos bajado con las ovejas», contó."
        + ES_MORE,
        [("Hemos bajado", "un pastor de la sierra")],
    ),
    (
        # the article elided before a vowel ("un’anziana")
        IT_OPEN + "La sindaca, Ruth Keller, ha inaugurato sabato il nuovo mercato coperto, dopo "
        "tre anni di lavori e molte polemiche sui costi. Tra i banchi c’era anche un’anziana "
        "contadina. «Vengo qui da sessant’anni», racconta." + IT_MORE,
        [("Vengo qui", "un’anziana contadina")],
    ),
    (
        # a possessive inside the phrase after the noun ("com o seu rebanho")
        "A presidente da câmara, Ruth Keller, inaugurou no sábado o novo mercado. Junto à "
        "entrada estava um pastor da serra com o seu rebanho. «Descemos com as ovelhas de "
        "madrugada», contou." + PT_MORE,
        [("Descemos", "um pastor da serra com o seu rebanho")],
    ),
    # guards: the description is an object, with the subject between it and the verb
    (
        "Wethouder Ruth Keller opende zaterdag de nieuwe markthal. Op de eerste rij begroette "
        "de burgemeester een bewoonster van de oude wijk. 'Het is een mooie dag,' zei ze. De "
        "gemeente wil het plein in het voorjaar opnieuw bestraten.",
        [("Het is een mooie", "Ruth Keller")],
    ),
    (
        "Bürgermeisterin Ruth Keller eröffnete am Samstag die neue Markthalle. Auf der Bühne "
        "begrüßte Bürgermeisterin Keller eine Sängerin aus Linz. „Ein schöner Tag für die "
        "Stadt“, sagte sie. Die Stadt will den Platz bis zum Frühjahr neu pflastern lassen.",
        [("Ein schöner Tag", "Ruth Keller")],
    ),
    (
        "Councillor Ruth Ellery opened the new market hall on Saturday. Among the guests, police "
        "questioned a man from Leeds about a stolen bicycle. “It was a lovely morning for the "
        "town,” she said. The council says the square will be repaved by spring.",
        [("It was a lovely", "Ruth Ellery")],
    ),
    # a quotation alone after the newcomer's sentence, before someone else's attributed one
    (
        IT_OPEN + "La sindaca, Ruth Keller, ha inaugurato sabato il nuovo mercato. Davanti alla "
        "vetrina, una cliente anziana si asciuga gli occhi. «Venivo qui con mia nonna.»\n\n«È "
        "la fine di un'epoca», dice un pensionato." + IT_MORE,
        [("Venivo qui", "una cliente anziana"), ("È la fine", "un pensionato")],
    ),
    # "l'uomo" is a man: not the woman named before
    (
        IT_OPEN + "La sindaca, Ruth Keller, ha visitato la zona lunedì insieme ai tecnici "
        "della provincia. Un escursionista di Feltre ha trovato l'auto capovolta all'alba e ha "
        "chiamato i carabinieri.\n\n«Pensavo che non ci fosse nessuno», ha raccontato l'uomo."
        + IT_MORE,
        [("Pensavo che", None)],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][-50:])
def test_newcomer_after_its_verb_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
