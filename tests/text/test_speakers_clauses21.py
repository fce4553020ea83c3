"""Round twenty-one's last check on phrases no one can be (each passage invented).

A Romance verb's object clause or complement right after it is never its subject: "Ma
ammette che la polemica è comprensibile: «…»" and "Parla di un paese «…»" go on with the
person the sentence before names (the rules had read "che la polemica è comprensibile" and "di
un paese" as speakers). The last check drops a phrase that opens on a lower-case conjunction,
a relative or an according-to word ("secondo quanto", "hoe hij daar terechtkwam"), or on a
lower-case "of" before a lower-case word; "von" before a body's name is no part of it ("Ein
Sprecher von Nordhaus Wohnen").

A phrase of opinion with a possessive that opens a sentence and leads straight into a
quotation gives the words of the person named before it, in all seven languages: "In her
view, “…”", "A su juicio, “…”", "A suo giudizio, «…»", "À son avis, « … »", "Na sua
opinião, “…”", "Ihrer Meinung nach sei „…“", "Naar haar mening ‘…’" (a gendered possessive
takes the last person of its gender).
"""

from __future__ import annotations

import pytest

from bot.text.speakers.no_one import no_one
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

IT_ADMITS = (
    IT_OPEN + "La presidente del comitato, l'avvocata Marta Ferri, difende la scelta. «Il bando "
    "premia il progetto», dice. Ma ammette che la polemica è comprensibile: «Forse è il "
    "momento di rivedere le regole.»" + IT_MORE
)
IT_SPEAKS_OF = (
    IT_OPEN + "Il sindaco Paolo Rinaldi è sul molo dalla mezzanotte. «Non lasciateci soli», "
    "ripete. Parla di un paese «in ginocchio da dieci anni», che ha sempre resistito." + IT_MORE
)
DE_SPOKES_VON = (
    DE_OPEN + "Der Mieterverein kritisiert die neuen Mieten scharf.\n\nEin Sprecher von Nordhaus "
    "Wohnen wies die Kritik zurück. Die Erhöhungen seien „maßvoll und marktgerecht“ und lägen "
    "bei 9,8 Prozent. „Unsere Kosten sind stark gestiegen.“" + DE_MORE
)


EN_VIEW = (
    "The sales figures were published on Tuesday.\n\n“It was a strong quarter,” said the chief "
    "executive, Tom Reyes. More sceptical was Ines Lacey, of the consultancy Tramontana. In her "
    "view, “productivity has risen a lot, and that usually means a heavier workload”."
)
ES_VIEW = (
    ES_OPEN + "Más escéptica se mostró Inés Lacalle, de la consultora Tramontana. A su juicio, "
    "“la productividad ha subido mucho, y eso suele querer decir más carga”." + ES_MORE
)
IT_VIEW = (
    IT_OPEN + "Più scettica l'economista Ines Lacalli, della società Tramontana. A suo giudizio, "
    "«la produttività è salita molto, e questo vuol dire più carico di lavoro»." + IT_MORE
)
FR_VIEW = (
    "Le conseil municipal a voté le budget mardi soir, après trois heures de débat.\n\nPlus "
    "sceptique, l'économiste Inès Lacalle, du cabinet Tramontane. À son avis, « la productivité "
    "a beaucoup augmenté, et cela veut souvent dire plus de travail »." + FR_MORE
)
PT_VIEW = (
    "A assembleia municipal aprovou o orçamento com os votos da maioria na terça-feira.\n\n"
    "Mais cética mostrou-se Inês Lacerda, da consultora Tramontana. Na sua opinião, “a "
    "produtividade subiu muito, e isso costuma querer dizer mais trabalho”." + PT_MORE
)
DE_VIEW = (
    DE_OPEN + "„Es war ein starkes Quartal“, sagte Vorstandschef Tom Reiter. Skeptischer äußerte "
    "sich Ines Lachner vom Institut Tramontana. Ihrer Meinung nach sei „die Produktivität stark "
    "gestiegen, und das heißt meist mehr Arbeit“." + DE_MORE
)
NL_VIEW = (
    NL_OPEN + "‘Het was een sterk kwartaal’, zei topman Tom Ruiters. Kritischer was econome Ines "
    "Lakeman van bureau Tramontana. Naar haar mening ‘is de productiviteit flink gestegen, en "
    "dat betekent meestal meer werk’." + NL_MORE
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (EN_VIEW, "productivity has", "Ines Lacey"),
        (ES_VIEW, "la productividad", "Inés Lacalle"),
        (IT_VIEW, "la produttività", "Ines Lacalli"),
        (FR_VIEW, "la productivité", "Inès Lacalle"),
        (PT_VIEW, "a produtividade", "Inês Lacerda"),
        (DE_VIEW, "die Produktivität", "Ines Lachner"),
        (NL_VIEW, "is de productiviteit", "Ines Lakeman"),
    ],
    ids=["en", "es", "it", "fr", "pt", "de", "nl"],
)
def test_opinion_phrase(text: str, head: str, speaker: str) -> None:
    assert outcomes([(text, [(head, speaker)])])[0][2] == speaker


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (IT_ADMITS, "Forse è il momento", "Marta Ferri"),
        (IT_SPEAKS_OF, "in ginocchio", "Paolo Rinaldi"),
        (DE_SPOKES_VON, "maßvoll und", "Nordhaus Wohnen"),
    ],
    ids=["it-object-clause", "it-complement", "de-spokes-von"],
)
def test_speaker(text: str, head: str, speaker: str) -> None:
    assert outcomes([(text, [(head, speaker)])])[0][2] == speaker


@pytest.mark.parametrize(
    ("phrase", "kept"),
    [
        ("che la discussione è legittima", None),
        ("secondo quanto", None),
        ("hoe hij daar terechtkwam", None),
        ("di un’isola", None),
        ("von Domus Wohnen", "Domus Wohnen"),
        ("de stakers", "de stakers"),  # (the Dutch article)
        ("di Maio", "di Maio"),  # (a surname's particle before a capital)
        ("la portavoce", "la portavoce"),
    ],
)
def test_no_one(phrase: str, kept: str | None) -> None:
    assert no_one(phrase, "Un testo qualsiasi.") == kept
