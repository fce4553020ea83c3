"""Romance words that are no person, and a headline's words that introduce no one:

- a headline's indefinite noun ("Bréval : une retraitée dépouillée …") introduces the person the
  body names, so the body's "demande la retraitée" is that person, not someone unnamed;
- "Une voisine l'a accueillie" describes "une voisine", without the object pronoun after it;
- "Quanto ao resto, encolhe os ombros:" opens on "as for", no name; "O que mudou foi …" is a
  free relative, no one;
- an airline named "Aerolínea …" is "a companhia" the text speaks of later;
- "despachada em Porto Valente": a place after "em", never the person a verb goes back to;
- "a bagagem", "el equipaje": things, never a person's epithet;
- a headline's last word is no role of the name that opens the next line.

Every speaker exact; each passage invented.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, PT_MORE, Case, outcomes

FR_HEADLINE = (
    "Saint-Aubin : une retraitée escroquée de 18 000 euros par un faux banquier\n\nLes "
    "gendarmes appellent à la vigilance.\n\nOdette Marchal, 79 ans, a reçu l'appel un jeudi "
    "matin. Au bout du fil, un homme poli qui se présente comme un conseiller de sa banque.\n\n"
    "« Le numéro qui s'affichait était celui de l'agence. Comment voulez-vous que je me "
    "méfie ? », demande la retraitée, qui a découvert l'escroquerie le lendemain.\n\nUne "
    "voisine l'a accueillie ce jour-là. « Elle pleurait, elle tremblait, se souvient-elle. On "
    "a appelé les gendarmes ensemble. »" + FR_MORE
)
PT_AS_FOR = (
    "Seguro de vida: como poupar na prestação da casa\n\nInês Carvalho e o marido pagaram "
    "durante anos o seguro que o banco lhes vendeu. Em março mudaram de seguradora. «Poupámos "
    "quarenta euros por mês», conta Inês. Quanto ao tempo perdido, encolhe os ombros: «Foram "
    "três anos a pagar a mais.»" + PT_MORE
)
PT_AIRLINE = (
    "Companhia aérea condenada a indemnizar passageira\n\nPORTO VELHO — A companhia aérea "
    "Aerolínea Costa Azul foi condenada a pagar oito mil reais a uma passageira que ficou "
    "cinco dias sem bagagem.\n\nA professora Joana Ribeiro Matos, de 45 anos, desembarcou em "
    "julho com a filha. A bagagem, despachada em Porto Velho, não chegou. “Fiquei no aeroporto "
    "mais de duas horas para registar a reclamação”, relata.\n\nProcurada, a Aerolínea Costa "
    "Azul informou que “respeita as decisões judiciais”. A companhia acrescentou que “mais de "
    "99% das bagagens são entregues a tempo”." + PT_MORE
)

CASES: list[tuple[str, Case]] = [
    (
        "headline's indefinite noun; object pronoun",
        (
            FR_HEADLINE,
            [("Le numéro qui s'affichait", "Odette Marchal"), ("Elle pleurait", "une voisine")],
        ),
    ),
    ("'as for' opening", (PT_AS_FOR, [("Foram três anos", "Inês Carvalho")])),
    (
        "an airline; a place after 'em'; luggage",
        (
            PT_AIRLINE,
            [
                ("Fiquei no aeroporto", "Joana Ribeiro Matos"),
                ("respeita as decisões", "Aerolínea Costa Azul"),
                ("mais de 99%", "Aerolínea Costa Azul"),
            ],
        ),
    ),
]


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[n for n, _ in CASES])
def test_speakers(case: Case) -> None:
    got = outcomes([case])
    assert [(h, found) for h, _, found in got] == [(h, exp) for h, exp, _ in got]
