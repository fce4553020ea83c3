"""Speakers of a deck's quotation: the short paragraph under a headline that closes on a
label and a quotation ("… del centro. La sindaca: «…»", "Una madre: «…»"), read as a
headline's is (``headline.headline_speakers``): the speaker of the body's repeat of the words,
else the person the body introduces with the label's role noun. Not a paragraph of the body
that leads into its words with a sentence ("Das Angebot liege auf dem Tisch: „…“"). Every
speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

IT_DECK = (
    "Chiude dopo ottant’anni la ferramenta Rinaldi: «Troppi costi, nessuno vuole cont"
    "inuare»\n\nA Borgoverde abbassa la saracinesca uno degli ultimi negozi storici del"
    " centro. La sindaca: «Una perdita per tutto il paese»\n\nBORGOVERDE — Sabato matti"
    "na, davanti alla vetrina della ferramenta Rinaldi, c’era una piccola folla. Dopo"
    " ottant’anni il negozio di via Roma chiude per sempre. «Troppi costi, e nessuno "
    "dei ragazzi vuole continuare», racconta Giorgio Rinaldi, 74 anni, che ha passato"
    " dietro al bancone tutta la vita.\n\nLa sindaca, Marta Colombo, è passata a saluta"
    "rlo. «È una perdita per tutto il paese, non solo per la famiglia», ha detto.\n\nIl"
    " locale resterà vuoto in attesa di un acquirente, ma in paese si teme che divent"
    "i l’ennesima vetrina spenta del centro storico."
)
IT_DECK2 = (
    "Richiamate le merendine Sole d’Oro: «Non consumatele se siete allergici»\n\nIl lot"
    "to era in vendita nei supermercati del Nord-Est. Una madre: «Mio figlio è stato "
    "male, pensavamo fosse un virus»\n\nVERONA — L’azienda Sole d’Oro ha richiamato un "
    "lotto di merendine per la presenza di nocciole non dichiarate in etichetta. «Non"
    " consumatele se siete allergici», avverte la nota dell’azienda.\n\nTra le famiglie"
    " colpite c’è quella di Giulia Ferri, 38 anni. «Mio figlio è stato male, pensavam"
    "o fosse un virus. Poi abbiamo letto la notizia», racconta la donna, che ha già p"
    "resentato un esposto.\n\nL’azienda ha aperto un numero verde per i consumatori e p"
    "romette rimborsi entro un mese."
)
DE_GUARD = (
    "Warnstreik bei der Stadtbahn: Pendler stranden – alle Entwicklungen im Newsblog\n"
    "\n11.20 Uhr – Die Stadtbahn reagiert scharf auf den Ausstand. Personalchefin Heik"
    "e Brandt nannte den Streik „völlig überzogen“. Das Angebot liege seit Wochen auf"
    " dem Tisch: „Fünf Prozent mehr – das ist fair.“\n\n10.45 Uhr – Am Hauptbahnhof ste"
    "hen Hunderte vor leeren Anzeigetafeln. Die Gewerkschaft kündigte an, den Streik "
    "bis zum Abend fortzusetzen."
)

SHAPES: list[Case] = [
    (
        IT_DECK,
        [("Troppi costi, nessuno", "Giorgio Rinaldi"), ("Una perdita per tutto", "Marta Colombo")],
    ),
    (IT_DECK2, [("Mio figlio è stato male, pensavamo", "Giulia Ferri")]),
    (DE_GUARD, [("völlig überzogen", "Heike Brandt"), ("Fünf Prozent", "Heike Brandt")]),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:40])
def test_deck_labels_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
