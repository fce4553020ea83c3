"""A Spanish, Italian or Portuguese quotation closed by its bare verb and a phrase saying whom
the words were aimed at ("«…», dijo, en clara alusión a su rival", "«…», ha detto, in
riferimento al sindaco", "«…», disse, numa alusão ao ministro"): the verb's subject is left
out, so the speaker is the person the sentence before opens on, never the target after "a".
A Portuguese gerund with a pronoun hyphened on ("disse, dirigindo-se à bancada do Governo")
is the speaker's manner like any gerund. Guards: a subject after the target ("dijo en
alusión al alcalde la consejera X") or after the verb ("dijo X, en alusión a …") keeps the
quotation. Invented passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import ES_MORE, ES_OPEN, IT_MORE, IT_OPEN, PT_MORE, Case, outcomes

PT_OPEN = "A assembleia municipal aprovou o orçamento com os votos da maioria.\n\n"

AIMED: list[Case] = [
    (
        ES_OPEN + "La portavoz de la oposición, Nieves Carrasco, no se mostró convencida. "
        "«Con estas cuentas no llegamos a junio», dijo, en clara alusión al consejero de "
        "Hacienda." + ES_MORE,
        [("Con estas cuentas", "Nieves Carrasco")],
    ),
    (
        ES_OPEN + "El diputado Tomás Guerrero pidió la palabra al final del debate. «Hay quien "
        "promete y quien cumple», afirmó en alusión a Beatriz Olmedo." + ES_MORE,
        [("Hay quien promete", "Tomás Guerrero")],
    ),
    (
        IT_OPEN + "Il capogruppo dell'opposizione, Dario Fantoni, ha preso la parola per "
        "ultimo. «Questi conti non reggono», ha detto, in riferimento a Silvia Martelli." + IT_MORE,
        [("Questi conti non reggono", "Dario Fantoni")],
    ),
    (
        IT_OPEN + "La consigliera Teresa Lodi non ha nascosto l'irritazione. «Qualcuno dovrebbe "
        "rileggere il regolamento», ha aggiunto, in risposta all'assessore Franco Berti." + IT_MORE,
        [("Qualcuno dovrebbe rileggere", "Teresa Lodi")],
    ),
    (
        PT_OPEN + "O líder da bancada da oposição, Duarte Simões, não ficou convencido. «Estas "
        "contas não fecham», disse, numa clara alusão ao vereador Paulo Cerqueira." + PT_MORE,
        [("Estas contas não fecham", "Duarte Simões")],
    ),
    # a Portuguese gerund with its pronoun hyphened on, between two pieces of one quotation
    (
        PT_OPEN + "A resposta veio da vereadora Marta Brandão, que acusou a maioria de "
        "«prometer obras que nunca chegam». «O senhor presidente fala de rigor», disse, "
        "voltando-se para a bancada do Governo, «mas as obras continuam paradas.»" + PT_MORE,
        [
            ("O senhor presidente fala", "Marta Brandão"),
            ("mas as obras continuam", "Marta Brandão"),
        ],
    ),
    (
        PT_OPEN + "A réplica chegou do deputado Álvaro Quintas, que acusou o executivo de "
        "«governar por anúncios». «Fala-se muito de futuro», atirou, apontando-lhe o dedo, "
        "«mas o presente continua por pagar.»" + PT_MORE,
        [("Fala-se muito de futuro", "Álvaro Quintas"), ("mas o presente", "Álvaro Quintas")],
    ),
]


@pytest.mark.parametrize("case", AIMED, ids=lambda c: c[0][70:110])
def test_aimed_at_someone(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


GUARDS: list[Case] = [
    # the subject after the target, with no comma between
    (
        ES_OPEN + "El portavoz Ramiro Castaño habló primero. «No hay dinero para todo», dijo "
        "en alusión al alcalde la consejera Elvira Soto." + ES_MORE,
        [("No hay dinero para todo", "Elvira Soto")],
    ),
    (
        PT_OPEN + "O vereador Nuno Faria falou primeiro. «Não há dinheiro para tudo», afirmou "
        "numa alusão ao presidente a deputada Inês Barroso." + PT_MORE,
        [("Não há dinheiro para tudo", "Inês Barroso")],
    ),
    # the subject right after the verb, the phrase after it
    (
        ES_OPEN + "El portavoz Ramiro Castaño habló primero. «No hay dinero para todo», dijo "
        "Elvira Soto, en alusión al alcalde." + ES_MORE,
        [("No hay dinero para todo", "Elvira Soto")],
    ),
    (
        IT_OPEN + "Il consigliere Aldo Rinaldi ha parlato per primo. «Non ci sono soldi per "
        "tutto», ha detto l'assessora Marta Villa, in riferimento al sindaco." + IT_MORE,
        [("Non ci sono soldi", "Marta Villa")],
    ),
]


@pytest.mark.parametrize("case", GUARDS, ids=lambda c: c[0][70:110])
def test_aimed_guards(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


# A time of day fronting the sentence before a name ("Alle sei del mattino Clorinda X", "A
# primera hora del día Remedios X") gives that person no gender, and a name "of" governs after
# a noun ("…, l’enoteca di Poggio X che ha riaperto") is no subject: a later role noun ("spiega
# la titolare") is the woman the passage opens on, never the village. Guard: a man named the
# same way stays the one a masculine role noun stands for.
PORTRAIT_OPEN = "Nell'enoteca di Poggio Rinaldi il vino lo sceglie la vigna\n\n"
PORTRAITS: list[Case] = [
    (
        PORTRAIT_OPEN + "Alle sei del mattino Clorinda Bassani è già tra i filari con le cesoie "
        "in mano. Le bottiglie che apre la sera finiscono sui tavoli della Cantina Vecchia, "
        "l’enoteca di Poggio Rinaldi che ha riaperto ad aprile.\n\n«Il vino lo scelgo dopo la "
        "vendemmia», spiega la titolare, 51 anni. «Mai prima»." + IT_MORE,
        [("Il vino lo scelgo", "Clorinda Bassani"), ("Mai prima", "Clorinda Bassani")],
    ),
    (
        "Il forno di Valle Serrata riapre dopo due anni\n\nAlle quattro del mattino Ermelinda "
        "Caprara impasta già la prima infornata. Il pane finirà sugli scaffali della Bottega "
        "Alta, la drogheria di Valle Serrata che ha riaperto a marzo.\n\n«Il lievito madre ha "
        "trent'anni», racconta la fornaia, 63 anni. «È più vecchio di mio figlio»." + IT_MORE,
        [("Il lievito madre", "Ermelinda Caprara"), ("È più vecchio", "Ermelinda Caprara")],
    ),
    (
        "La quesería de Valdecastro vuelve a abrir\n\nA primera hora del día Remedios Ulloa ya "
        "está en el obrador. Los quesos que cura acabarán en la Tienda del Puente, la tienda de "
        "Valdecastro que reabrió en abril.\n\n«El queso lo decide la leche», explica la "
        "quesera, de 58 años. «Yo solo espero»." + ES_MORE,
        [("El queso lo decide", "Remedios Ulloa"), ("Yo solo espero", "Remedios Ulloa")],
    ),
    # guard: a man, with his role before his name
    (
        PORTRAIT_OPEN + "Alle sei del mattino il sommelier Ottavio Bassani è già in cantina. Le "
        "bottiglie che apre la sera finiscono sui tavoli della Cantina Vecchia, l’enoteca di "
        "Poggio Rinaldi che ha riaperto ad aprile.\n\n«Il vino lo scelgo dopo la vendemmia», "
        "spiega il titolare, 51 anni. «Mai prima»." + IT_MORE,
        [("Il vino lo scelgo", "Ottavio Bassani"), ("Mai prima", "Ottavio Bassani")],
    ),
]


@pytest.mark.parametrize("case", PORTRAITS, ids=lambda c: c[0][60:100])
def test_portrait_time_and_governed_place(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
