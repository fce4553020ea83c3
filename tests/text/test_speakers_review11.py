"""Speaker shapes a review of round eleven's rules found lost, and their guards (each passage
invented).

An English "it said" after a sentence whose subject is a common noun ("The company said …")
stays with the body named before when that noun names no body of its own word ("Harbour Group
… The company said … “…,” it said"), and goes to the body the noun names when it does ("The
bank said" after "Harland Bank"). A German company introduced with a town's adjective and a
kind noun ("Der Bremer Hersteller Nordstahl") is that company when the text calls it so again
("erklärte der Bremer Hersteller"). A French or Portuguese lead ending in a colon after a
quotation keeps its speaker when it opens on the same person seen another way (a role word
after a fronted phrase, a demonstrative's description, a thing of theirs) and leaves the
quotation without one when it opens on someone new (a relative, an indefinite) or a body. A
French "on" at a place ("Au Japon, on estime", "assure-t-on au Havre") is no one's, at a body
("à la SNCF", "chez Transval") the body's; a savings bank ("la Caixa", "la Cassa") is what a
later "o banco", "la banca" stands for, and two banks in one sentence leave "el banco" as written.
A seat of power after "au" is a body ("Au Sénat, on estime"); a passive's "par" before a time
("par la suite") names no agent; "Kurz:" may be a surname, "le Crédit d'impôt" no bank.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, PT_MORE, Case, outcomes
from tests.text.test_speakers_session17 import DE_MORE, ES_MORE, IT_MORE

EN_MORE = (
    "\n\nThe sale still needs approval from regulators, and the ferry routes to the islands "
    "will keep running through the summer while the new owners draw up their timetables."
)

CASES: list[Case] = [
    (
        "Harbour Group said on Monday it would sell its ferries. The company said the deal was "
        "worth £200m. “This is the right moment,” it said." + EN_MORE,
        [("This is the right moment", "Harbour Group")],
    ),
    (
        "Calder Motors plc warned on profits again. The carmaker said sales had slowed in the "
        "spring. “We expect a stronger second half,” it said." + EN_MORE,
        [("We expect a stronger", "Calder Motors")],
    ),
    (  # the noun names the body: the bank, not the regulator named first
        "The Financial Conduct Authority fined Harland Bank £3m on Tuesday. The bank said it "
        "accepted the findings. “We let our customers down,” it said." + EN_MORE,
        [("We let our customers", "Harland Bank")],
    ),
    (
        "Der Bremer Hersteller Nordstahl streicht 400 Stellen. „Wir haben keine Wahl“, "
        "erklärte der Bremer Hersteller am Dienstag." + DE_MORE,
        [("Wir haben keine Wahl", "Nordstahl")],
    ),
    (
        "Der Kölner Anbieter Rheinstrom erhöht die Preise. „Die Beschaffung ist teurer "
        "geworden“, teilte der Kölner Anbieter mit." + DE_MORE,
        [("Die Beschaffung ist", "Rheinstrom")],
    ),
    (
        "«Foi uma vitória do grupo», explicou o treinador, Artur Lemos. No final, o técnico "
        "foi claro: «Ainda não ganhámos nada, e a época é longa»." + PT_MORE,
        [("Foi uma vitória", "Artur Lemos"), ("Ainda não ganhámos", "Artur Lemos")],
    ),
    (
        "Le FC Lorient s'est incliné 2-0 à Brest dimanche. « On a manqué d'envie en première "
        "période », a reconnu l'entraîneur, Pascal Roux. Sa priorité est claire : « Il faudra "
        "vite se reprendre avant la coupe. »" + FR_MORE,
        [("On a manqué", "Pascal Roux"), ("Il faudra vite", "Pascal Roux")],
    ),
    (
        "Lucie Marchand, 34 ans, attend depuis deux ans un logement social à Lorient. « On vit à "
        "quatre dans un studio », confie Lucie Marchand. Cette mère de deux enfants ajoute : "
        "« Mon dossier est complet, mais on me répond toujours d'attendre. »" + FR_MORE,
        [("On vit à quatre", "Lucie Marchand"), ("Mon dossier est complet", "Lucie Marchand")],
    ),
    (  # guard: a relative speaks in turn, named by no one: no speaker rather than hers
        "Martine Leroux, 71 ans, vit seule depuis l'hiver dernier. « Je ne sors plus guère "
        "après la tombée de la nuit », raconte Martine Leroux. Son mari complète : « Nous "
        "avons peur depuis le cambriolage du voisin. »" + FR_MORE,
        [("Je ne sors plus", "Martine Leroux"), ("Nous avons peur", None)],
    ),
    # a French "on" at a place is no one's: "Au Japon, on estime", "assure-t-on au Havre"
    (
        "Les marchés restent prudents. Au Japon, on estime que « la croissance restera faible "
        "cette année »." + FR_MORE,
        [("la croissance restera", None)],
    ),
    (
        "« Les poubelles seront ramassées lundi », assure-t-on au Havre." + FR_MORE,
        [("Les poubelles seront", None)],
    ),
    (  # guard: at a body, an acronym or after "chez", the body
        "La grève continue. « Aucun train ne circulera avant jeudi », assure-t-on à la SNCF."
        + FR_MORE,
        [("Aucun train ne", "SNCF")],
    ),
    (
        "Chez Transval, on indique que « les horaires seront rétablis dès lundi »." + FR_MORE,
        [("les horaires seront", "Transval")],
    ),
    # a savings bank is the bank a later "o banco", "la banca" stands for
    (
        "A Caixa Agrícola de Coimbra está a investigar. «O caso foi comunicado às "
        "autoridades», disse o banco." + PT_MORE,
        [("O caso foi", "Caixa Agrícola de Coimbra")],
    ),
    (
        "La Cassa di Risparmio di Lucca tace. «Abbiamo rispettato il contratto», ha "
        "dichiarato la banca." + IT_MORE,
        [("Abbiamo rispettato", "Cassa di Risparmio di Lucca")],
    ),
    (  # two banks in one sentence: the phrase as written, never both run together
        "El Banco del Sur y la Caja de Levante negocian. «Vamos por buen camino», indicó el "
        "banco." + ES_MORE,
        [("Vamos por buen", "el banco")],
    ),
    # a seat of power after "au" is the body sitting there
    (
        "Au Sénat, on estime que « le texte ne passera pas sans modifications profondes »."
        + FR_MORE,
        [("le texte ne passera", "Sénat")],
    ),
    (
        "« Aucun ressortissant n'est en danger », assure-t-on au Quai d'Orsay." + FR_MORE,
        [("Aucun ressortissant", "Quai d'Orsay")],
    ),
    # a passive's "par" before a time is no agent; a surname before a colon is a speaker
    (
        "Le projet a été qualifié de « pire décision de la mandature » par la suite." + FR_MORE,
        [("pire décision", None)],
    ),
    (
        "Sebastian Kurz sprach am Abend in Wien. Kurz: „Wir werden bei dieser Frage nicht "
        "nachgeben.“ Die Opposition reagierte empört." + DE_MORE,
        [("Wir werden bei", "Sebastian Kurz")],
    ),
    (  # a tax credit is no bank
        "La banque soutient les PME qui utilisent le Crédit d'impôt recherche. « Nous avons "
        "accordé deux cents prêts cette année », a indiqué la banque." + FR_MORE,
        [("Nous avons accordé", "la banque")],
    ),
    (  # a German named subject after a fronted object ends at a time ("Ende Juni")
        "Die Regierung hat sich festgelegt. Ihre Position machte Kanzlerin Anja Roth Ende Juni "
        "klar: „Wir werden die Steuern nicht erhöhen.“" + DE_MORE,
        [("Wir werden die Steuern", "Anja Roth")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_review11(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
