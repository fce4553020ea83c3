"""Round twenty's general shapes (each passage invented):

- the listener's pronoun inside a Romance incise: "« …, nous explique le maire. … »",
  "«…, me cuenta la alcaldesa.»", "«…, ci racconta il sindaco.»", "«…, conta-nos o presidente.»";
- a Romance clause opening on a lone common noun that names no one ("Masse salariale trop
  lourde, …, recettes en baisse : « … »", "Seca no Alentejo: «…»", "Contactée par 20 Minutes,
  …"): no speaker of its own, and no place or paper after a preposition or a number;
- a first name opening a clause before its comma ("Romain, un cycliste, savoure :", "Greta,
  sette anni, non ha dubbi:"), which is no adverb like "Earlier,";
- a first name in the headline, the person its article names in full below it.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import (
    ES_MORE,
    ES_OPEN,
    FR_MORE,
    IT_MORE,
    IT_OPEN,
    PT_MORE,
    outcomes,
)

FR_LISTENER = (
    "Le projet de marina partage la commune. Depuis la capitainerie, Hervé Quintal, maire depuis "
    "2019, désigne les pontons du doigt. La ville compte 12 000 habitants.\n\n« Les voiliers "
    "s'arrêtent déjà ici l'été, nous explique le maire. Il faut seulement les garder l'hiver. »"
    + FR_MORE
)
FR_LISTENER_INVERTED = (
    "Solène Parizot tient la boulangerie du bourg depuis vingt ans. Elle ouvre à cinq heures.\n\n"
    "« Le pain ne se fait pas tout seul, m'a-t-elle confié. Il faut se lever avant lui. »" + FR_MORE
)
ES_LISTENER = (
    ES_OPEN + "La alcaldesa de Villaseca, Amparo Ledesma, recorre el mercado cada sábado.\n\n"
    "«Aquí se decide el pueblo, me cuenta la alcaldesa. No en el despacho.»" + ES_MORE
)
IT_LISTENER = (
    IT_OPEN + "Il sindaco di Roccalta, Ettore Bazzani, indica la vecchia stazione.\n\n«Qui "
    "torneranno i treni, ci racconta il sindaco. Ne sono sicuro.»" + IT_MORE
)
PT_LISTENER = (
    "A associação de pescadores de Porto Velho, presidida por Armando Seixas, reuniu-se ontem.\n\n"
    "«O mar já não dá para todos, conta-nos o presidente. E os jovens vão-se embora.»" + PT_MORE
)
FR_LIST_THEN_COLON = (
    "Le club de handball traverse une crise grave, et les supporters s'inquiètent.\n\n"
    "Le trésorier, Jean-Marc Vautrin, a présenté les comptes pendant une heure. Charges trop "
    "lourdes, mécène parti, billetterie en baisse : « Tout est arrivé en même temps. On a vécu "
    "au-dessus de nos moyens. »" + FR_MORE
)
PT_HEADLINE_PLACE = (
    "Cheia no Ribatejo: «Perdi a colheita inteira numa noite»\n\nO rio subiu dois metros em "
    "poucas horas e inundou as várzeas. O agricultor Vasco Trindade, de 58 anos, perdeu tudo."
    + PT_MORE
)
FR_PAPER_NUMBER = (
    "Les contrôleurs de la compagnie Ferlis sont en grève depuis lundi.\n\nInterrogée par 24 "
    "Heures, la direction de Ferlis dit « comprendre » la colère et promet « un geste "
    "rapide »." + FR_MORE
)
FR_FIRST_NAME_COMMA = (
    "La nouvelle piste cyclable a ouvert lundi sur le quai. Les habitués sont ravis.\n\nSur le "
    "quai, Romane, une coursière, savoure : « Pour une fois, on a de la place. »" + FR_MORE
)
IT_FIRST_NAME_COMMA = (
    IT_OPEN + "La scuola del paese ha riaperto dopo dieci anni. Alla domanda su cosa le sia "
    "piaciuto di più, Bianca, sette anni, non ha dubbi: «La ricreazione!»" + IT_MORE
)
ES_HEADLINE_FIRST_NAME = (
    "Anselmo, jubilado, lleva un año sin cobrar el alquiler: «Me han quitado la casa de mis "
    "padres»\n\nAnselmo Ribas tiene 68 años y un piso en el que no puede entrar. Lo alquiló "
    "cuando murió su madre, y el inquilino dejó de pagar al tercer mes." + ES_MORE
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (FR_LISTENER, "Les voiliers", "Hervé Quintal"),
        (FR_LISTENER_INVERTED, "Le pain ne se fait", "Solène Parizot"),
        (ES_LISTENER, "Aquí se decide", "Amparo Ledesma"),
        (IT_LISTENER, "Qui torneranno", "Ettore Bazzani"),
        (PT_LISTENER, "O mar já não", "Armando Seixas"),
        (FR_LIST_THEN_COLON, "Tout est arrivé", "Jean-Marc Vautrin"),
        (FR_FIRST_NAME_COMMA, "Pour une fois", "Romane"),
        (IT_FIRST_NAME_COMMA, "La ricreazione", "Bianca"),
        (ES_HEADLINE_FIRST_NAME, "Me han quitado", "Anselmo Ribas"),
    ],
    ids=[
        "fr-nous-explique",
        "fr-m-a-t-elle",
        "es-me-cuenta",
        "it-ci-racconta",
        "pt-conta-nos",
        "fr-list-colon",
        "fr-first-name-comma",
        "it-first-name-comma",
        "es-headline-first-name",
    ],
)
def test_speaker(text: str, head: str, speaker: str) -> None:
    assert outcomes([(text, [(head, speaker)])])[0][2] == speaker


@pytest.mark.parametrize(
    ("text", "head", "wrong"),
    [
        (FR_LIST_THEN_COLON, "Tout est arrivé", "Charges"),
        (PT_HEADLINE_PLACE, "Perdi a colheita", "Ribatejo"),
        (FR_PAPER_NUMBER, "un geste", "Heures"),
    ],
    ids=["fr-list-noun", "pt-headline-place", "fr-paper-after-number"],
)
def test_no_common_noun_or_place_speaks(text: str, head: str, wrong: str) -> None:
    got = outcomes([(text, [(head, None)])])[0][2]
    assert got != "<missing>"
    assert wrong not in (got or "")
