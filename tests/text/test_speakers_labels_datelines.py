"""Speakers around a headline's label, a dateline and a role in apposition, in Romance text:

- a headline's role label ("La pensionata: «…»") is no one the body's same role noun goes back
  to: "racconta la pensionata" after "Ornella X" is that woman, in the headline too;
- a headline's two-word quotation after a label and a colon ("La Soprintendenza: «Scoperta
  importante»") is a quotation, and a body's name never runs back over the full stop ending
  the sentence before it ("in via dei Mulini. La Soprintendenza");
- a dateline in capitals before a full stop ("VILLANUEVA DEL RÍO. Una …") is a place, never the
  person a verb with its subject left out goes back to;
- a role noun and its adjective in apposition before a name ("l'economo diocesano, Marco X")
  introduce that person: a later "L'economo ha replicato …" is theirs; a noun governed by "of
  the" opening a fronted adjunct ("Do lado do Braga, X") is no role, and a capitalized name
  governed there ("Sur la place des Consuls,") leaves the phrase an adjunct;
- the audience ("le public", "il pubblico") is no person a pronoun or a role noun goes back to.

Every speaker exact; each passage invented.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

IT_LABEL = (
    "Tasse sui rifiuti, cartelle pazze a Montebruno. La pensionata: «Credevo fosse uno "
    "scherzo»\n\nDi Carla Ventresca\n\nMONTEBRUNO – La busta è arrivata a fine maggio, con "
    "il timbro del Comune e una cifra che Rosalba Ferrini ha dovuto leggere due volte: 1.940 "
    "euro di arretrati sulla tassa dei rifiuti. «Credevo fosse uno scherzo», racconta la "
    "pensionata, che vive da sola in una casetta vicino alla stazione. «Ho sempre pagato "
    "tutto, ho le ricevute in una scatola».\n\nL'ufficio tributi ammette un errore nel "
    "caricamento dei dati e promette di ricontrollare tutte le posizioni entro l'estate, "
    "mentre lo sportello dei consumatori ha già raccolto una trentina di reclami."
)
FR_LABEL = (
    "Factures d'eau : des montants multipliés par dix à Saint-Loubès. La retraitée : « J'ai "
    "cru à une erreur »\n\nLe syndicat des eaux reconnaît un problème de compteurs.\n\nSes "
    "lunettes sur le nez, Josiane Marquet relit la facture posée sur la table de la cuisine : "
    "2 315 euros pour six mois. « J'ai cru à une erreur, évidemment », raconte la retraitée, "
    "qui vit seule dans une maison du centre-bourg depuis la mort de son mari. « Je consomme "
    "à peine un mètre cube par mois. »\n\nLe syndicat des eaux promet de relever à nouveau "
    "tous les compteurs du quartier avant la fin du mois et de suspendre les prélèvements."
)
IT_SENTENCE_END = (
    "Castelvetro, scavi fermi in piazza delle Erbe. La Soprintendenza: «Ritrovamento "
    "notevole»\n\nSotto il selciato spunta un tratto di mura medievali\n\ndi Luca Pellandra\n\n"
    "Dovevano rifare le tubature dell'acqua, hanno trovato un muro di sette secoli. Gli "
    "operai della ditta Sarti hanno fermato le ruspe martedì mattina. «Abbiamo sentito la "
    "benna grattare sulla pietra e ci siamo fermati subito», racconta il capocantiere, Dario "
    "Sarti.\n\nIn una nota, la Soprintendenza parla di «un ritrovamento notevole per la storia "
    "urbana della città» e annuncia che il tratto di mura sarà rilevato e fotografato prima "
    "di decidere se lasciarlo a vista.\n\nI lavori in piazza riprenderanno a settembre, dopo "
    "la fine delle indagini archeologiche."
)
ES_DATELINE = (
    "Los arqueólogos hallan un taller de alfarero romano en el cerro de la Atalaya\n\nLa "
    "campaña de excavación de este verano saca a la luz dos hornos y cientos de piezas sin "
    "terminar\n\nVILLANUEVA DEL RÍO. Dos hornos de cerámica, un torno de piedra y cientos de "
    "cuencos a medio hacer. Es el hallazgo más importante de la quinta campaña de excavación "
    "en el cerro de la Atalaya, y ha sorprendido incluso a quienes llevan años trabajando "
    "allí.\n\n«Es como si el alfarero hubiera salido a comer y no hubiera vuelto nunca», "
    "explica la directora de la excavación, la arqueóloga Marta Illescas.\n\nSegún Illescas, "
    "el taller fue abandonado a mediados del siglo II. El derrumbe del techo selló el "
    "interior y protegió las piezas de la erosión. «El abandono fue una desgracia para ellos, "
    "pero para nosotros es un regalo», resume.\n\nEn la campaña participan veinte personas, "
    "entre ellas estudiantes de tres universidades."
)
IT_APPOSITION = (
    "Conti della diocesi in rosso, il vescovo apre i bilanci ai fedeli\n\nUn'assemblea "
    "affollata ha ascoltato ieri sera in duomo la relazione sui conti della diocesi di "
    "Valdarda, chiusi con un disavanzo di quasi un milione.\n\n«Meglio dire tutto adesso che "
    "dover spiegare un disastro domani», ha esordito l'economo diocesano, Sergio Malvezzi, "
    "nominato un anno fa.\n\nNon sono mancate le critiche. Don Ettore Bianchi, parroco di "
    "una frazione di montagna, ha contestato la scelta di vendere le canoniche vuote. «Si "
    "vende in montagna e si tiene tutto in città», ha detto.\n\nL'economo ha replicato che "
    "il palazzo del centro «rende ogni anno più di quanto costano tutte le canoniche "
    "insieme».\n\nLa decisione finale spetta al consiglio per gli affari economici."
)

PT_SIDES = (
    "FUTEBOL – O Académico venceu o Marítimo por 2-1 e sobe ao terceiro lugar.\n\n«Foi um jogo "
    "duro, mas merecemos», analisou o treinador academista, Rui Fontes Amaral.\n\nDo lado do "
    "Marítimo, Carlos Meireles Pinto lamentou as oportunidades perdidas. «Tivemos o empate nos "
    "pés», disse o técnico madeirense."
)
FR_AUDIENCE = (
    "Festival de rue : un public record malgré la pluie\n\nLe festival des Tréteaux a "
    "accueilli 30 000 spectateurs en quatre jours. « On n'a annulé aucune représentation », "
    "se félicite le directeur, Yann Morvan.\n\nSur la place des Halles, le public s'est "
    "pressé toute la semaine devant le solo du mime suisse Urs Bachmann. Interrogé à la "
    "sortie, il résume son spectacle d'une formule : « Un homme qui cherche la sortie "
    "d'une pièce sans porte. »\n\nLa mairie promet de reconduire le festival l'an prochain, "
    "avec un budget en hausse et deux scènes de plus dans les quartiers."
)

CASES: list[tuple[str, Case]] = [
    (
        "headline label, Italian",
        (
            IT_LABEL,
            [
                ("Credevo fosse uno scherzo", "Rosalba Ferrini"),
                ("Ho sempre pagato", "Rosalba Ferrini"),
            ],
        ),
    ),
    ("headline label, French", (FR_LABEL, [("J'ai cru à une erreur", "Josiane Marquet")])),
    (
        "two words after a label; a sentence's end",
        (
            IT_SENTENCE_END,
            [
                ("Ritrovamento notevole", "La Soprintendenza"),
                ("Abbiamo sentito la benna", "Dario Sarti"),
                ("un ritrovamento notevole", "La Soprintendenza"),
            ],
        ),
    ),
    (
        "dateline in capitals, Spanish",
        (
            ES_DATELINE,
            [("Es como si el alfarero", "Marta Illescas"), ("El abandono fue", "Marta Illescas")],
        ),
    ),
    (
        "role and adjective in apposition, Italian",
        (
            IT_APPOSITION,
            [
                ("Meglio dire tutto adesso", "Sergio Malvezzi"),
                ("Si vende in montagna", "Ettore Bianchi"),
                ("rende ogni anno", "Sergio Malvezzi"),
            ],
        ),
    ),
]


CASES += [
    (
        "fronted side of a match, Portuguese",
        (
            PT_SIDES,
            [
                ("Foi um jogo duro", "Rui Fontes Amaral"),
                ("Tivemos o empate", "Carlos Meireles Pinto"),
            ],
        ),
    ),
    (
        "the audience is no person, French",
        (
            FR_AUDIENCE,
            [("On n'a annulé aucune", "Yann Morvan"), ("Un homme qui cherche", "Urs Bachmann")],
        ),
    ),
]


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[n for n, _ in CASES])
def test_speakers(case: Case) -> None:
    got = outcomes([case])
    assert [(h, found) for h, _, found in got] == [(h, exp) for h, exp, _ in got]
