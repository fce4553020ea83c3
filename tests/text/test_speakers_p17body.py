"""Speaker shapes of bodies and their voices (each passage invented).

A body's noun after a sentence naming one person is the body, not that person ("Ana Ruiz
resultó herida. El hospital informó que «…»", "La mairie assure qu'elle « … »"). A German
subject or object clause after the quotation's comma ("Es sei „…“, dass …, hieß es") is no
speaker. French "celui-ci"/"celle-ci" is read like "ce dernier": the last person named, and
no one when only a body was ("L'Agence France-Presse a contacté le ministère. Celui-ci …"; a
name after an elided article, "L'Agence …", is a body's). An English body named on capitalized
words, "for" and a place ("Transport for London") or "Friends of …" is the whole name, not
the place. "Secondo una nota della questura" cites a document, not someone unnamed.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, PT_MORE, Case, outcomes

DE_MORE = (
    "\n\nDie Feuerwehr blieb bis zum Morgen vor Ort, um das Viertel zu überwachen, und die "
    "Stadt richtete in der Turnhalle der Gemeinde eine Notunterkunft für die Familien ein, die "
    "nicht in ihre Wohnungen zurückkehren konnten."
)
ES_MORE = (
    "\n\nLos bomberos permanecieron en el lugar hasta la mañana para vigilar el barrio, y el "
    "ayuntamiento abrió un centro de acogida en el polideportivo municipal para las familias "
    "que no pudieron volver a sus casas."
)
IT_MORE = (
    "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per sorvegliare il "
    "quartiere, e il comune ha aperto un centro di accoglienza nella palestra comunale. Nella "
    "serata di ieri il sindaco ha detto che il consiglio si riunirà la prossima settimana per "
    "decidere come aiutare le famiglie della zona."
)

CASES: list[Case] = [
    # a body's noun is not the person the sentence before named
    (
        'Ana Ruiz, de 40 años, resultó herida. El hospital informó de que "se encuentra '
        'estable".' + ES_MORE,
        [("se encuentra", "El hospital")],
    ),
    (
        'Ana Costa ficou ferida. O hospital informou que "está estável".' + PT_MORE,
        [("está estável", "O hospital")],
    ),
    (
        "Sophie Martin a porté plainte. La mairie, elle, assure qu'elle « n'a reçu aucun "
        "signalement »." + FR_MORE,
        [("n'a reçu aucun", "La mairie")],
    ),
    # near miss: a role noun still stands for the person named before
    (
        'O jogador Rui Sá marcou dois golos. "Foi um jogo difícil", disse o avançado.' + PT_MORE,
        [("Foi um jogo", "Rui Sá")],
    ),
    # a German clause after the quotation's comma is no speaker
    (
        "Das Landgericht Köln wies die Klage ab. Es sei „nicht erkennbar“, dass ein Schaden "
        "entstanden sei, hieß es in dem Urteil." + DE_MORE,
        [("nicht erkennbar", None)],
    ),
    (
        "Das Gericht wies die Klage ab. Es sei „völlig unklar“, ob der Vertrag gelte, hieß es "
        "in der Begründung." + DE_MORE,
        [("völlig unklar", None)],
    ),
    # near miss: the speaker after the quotation's comma
    (
        "„Das ist nicht akzeptabel“, sagte Minister Karl Huber am Montag in Berlin." + DE_MORE,
        [("Das ist nicht", "Karl Huber")],
    ),
    # "celui-ci" when only a body was named before; the person when one was
    (
        "L'Agence France-Presse a contacté le ministère. Celui-ci a répondu que « les "
        "vérifications sont en cours »." + FR_MORE,
        [("les vérifications", None)],
    ),
    (
        "Les enquêteurs ont contacté l'avocat Jean Dupont. Celui-ci a répondu que « tout "
        "était en règle »." + FR_MORE,
        [("tout était", "Jean Dupont")],
    ),
    # an English body on "for" or "Friends of"
    (
        "Maria Lopez, 34, was hit by a bus on Friday. Transport for London said it was "
        '"deeply saddened" and would investigate.',
        [("deeply saddened", "Transport for London")],
    ),
    (
        'Officials met on Monday. Friends of the Earth said it was "deeply concerned" about '
        "the figures.",
        [("deeply concerned", "Friends of the Earth")],
    ),
    # near misses: a person before "of", an office before "for"
    (
        'Officials met on Monday. Owen Pryce of Cornwall said he was "deeply concerned" about '
        "the figures.",
        [("deeply concerned", "Owen Pryce")],
    ),
    (
        'Officials met on Monday. The Minister for Europe Ana Lind said she was "deeply '
        'concerned" about the figures.',
        [("deeply concerned", "Ana Lind")],
    ),
    # a document cited is no one unnamed
    (
        'Secondo una nota della questura, l\'uomo "ha tentato di fuggire" durante il '
        "controllo." + IT_MORE,
        [("ha tentato", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_body_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
