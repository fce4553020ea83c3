"""Speakers on invented Italian news passages (issue 12 pattern 6)."""

from __future__ import annotations

from tests.text.speaker_cases import Case, outcomes, share_right

CASES: list[Case] = [
    (
        "«Il nuovo ospedale aprirà a settembre», ha detto l'assessore Marco Bianchi.",
        [("Il nuovo ospedale", "Marco Bianchi")],
    ),
    (
        "Secondo la geologa Chiara Romano, «la frana potrebbe muoversi ancora».",
        [("la frana potrebbe", "Chiara Romano")],
    ),
    (
        "«Non chiuderemo nessuna scuola», ha dichiarato la sindaca Giulia Ferri.",
        [("Non chiuderemo", "Giulia Ferri")],
    ),
    (
        "Il pescatore Luca Greco esce in mare da quarant'anni.\n\n"
        "«Di pesce ce n'è sempre meno», ha aggiunto.",
        [("Di pesce", "Luca Greco")],
    ),
    (
        "«I treni regionali saranno puntuali», ha assicurato Paolo Conti, direttore della linea.",
        [("I treni regionali", "Paolo Conti")],
    ),
    (
        "Il rettore Andrea Galli ha spiegato: «Le tasse universitarie non aumenteranno».",
        [("Le tasse universitarie", "Andrea Galli")],
    ),
    (
        "“Abbiamo raccolto mille firme”, ha detto Sara Moretti, portavoce del comitato.",
        [("Abbiamo raccolto", "Sara Moretti")],
    ),
    (
        "La viticoltrice Elena Rizzi guarda le sue vigne.\n\n"
        "«La grandine ha rovinato tutto in dieci minuti.»",
        [("La grandine", "Elena Rizzi")],
    ),
    (
        "«Il porto sarà dragato entro l'estate», ha detto il presidente Franco Marino. "
        "«I lavori sono già appaltati».",
        [("Il porto sarà", "Franco Marino"), ("I lavori sono", "Franco Marino")],
    ),
    (
        "La ricercatrice Anna Colombo lavora al progetto da tre anni.\n\n"
        "«I dati sono chiari», ha sottolineato lei.",
        [("I dati sono chiari", "Anna Colombo")],
    ),
    # written after the rules above, as a check on passages they were not tuned on
    (
        "«La piazza sarà pedonale», ha annunciato il sindaco Matteo Ricci.",
        [("La piazza sarà", "Matteo Ricci")],
    ),
    (
        "Secondo l'economista Federica Greco, «i salari sono fermi da dieci anni».",
        [("i salari sono", "Federica Greco")],
    ),
    (
        "Il medico Stefano Lombardi lavora in pronto soccorso.\n\n«Mancano anestesisti in tutta la regione», ha spiegato.",
        [("Mancano anestesisti", "Stefano Lombardi")],
    ),
    (
        "«Abbiamo vinto meritatamente», ha commentato l'allenatore Giorgio Rossi dopo la partita.",
        [("Abbiamo vinto", "Giorgio Rossi")],
    ),
    # a third batch, also written before the rules that handle it
    (
        "«Il ponte resterà chiuso per un mese», ha annunciato ieri l'assessora Valentina Ferrari.",
        [("Il ponte resterà", "Valentina Ferrari")],
    ),
    (
        "Il sindacalista Massimo Villa ha parlato ai lavoratori. «Non firmeremo questo contratto», ha detto.",
        [("Non firmeremo", "Massimo Villa")],
    ),
    (
        "«Le iscrizioni sono raddoppiate», spiega Paola Bruno, preside del liceo.",
        [("Le iscrizioni sono", "Paola Bruno")],
    ),
    # a fourth batch, written before any rule change for it
    (
        "Il prefetto Riccardo Sala è arrivato in mattinata.\n\n«Gli sfollati rientreranno domani», ha assicurato.",
        [("Gli sfollati", "Riccardo Sala")],
    ),
    (
        "«Abbiamo perso tutto», racconta Silvia Marchi, titolare di un negozio. «Ricominceremo da zero».",
        [("Abbiamo perso", "Silvia Marchi"), ("Ricominceremo", "Silvia Marchi")],
    ),
    (
        "Secondo il ministro Alessandro Fabbri «la riforma passerà entro l'estate».",
        [("la riforma passerà", "Alessandro Fabbri")],
    ),
]


def test_share_of_speakers_right() -> None:
    assert share_right(CASES) >= 0.85, outcomes(CASES)
