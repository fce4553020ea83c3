"""Speaker shapes a reviewer found (round pass11), and their guards (each passage invented).

A quotation framed by a passive verb of judging is its agent's ("a été qualifié de « … » par
le maire de Vannes, Pierre Le Du", "fue calificado de «…» por la alcaldesa, Ana Ríos", "è
stato definito «…» dal sindaco di Parma, Luca Bassi", "foi classificado de «…» pelo
presidente", "was described as “…” by the mayor, X", "wurde von Bürgermeister X als „…“
bezeichnet"); with no agent, never the passive's subject. A German object fronted before the
verb leaves the named subject after it the speaker ("Seine Kritik formulierte der Stadtrat
Tobias Rieger deutlich:"). A sentence adverb alone before a colon ("Immerhin: „…“") is no
speaker. The Italian and Spanish "lo" before a speech verb after a quotation ("», lo ricorda
Lucia Rossi") leaves its subject the speaker.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, PT_MORE, Case, outcomes
from tests.text.test_speakers_review11 import EN_MORE
from tests.text.test_speakers_session17 import DE_MORE, ES_MORE, IT_MORE

CASES: list[Case] = [
    # 1. the agent of a passive verb of judging
    (
        "Le projet a été qualifié de « désastre écologique pour toute la région » par le maire "
        "de Vannes, Pierre Le Du." + FR_MORE,
        [("désastre écologique", "Pierre Le Du")],
    ),
    (
        "La réforme a été jugée « injuste et brutale pour les familles modestes » par Marie "
        "Dubois, députée du Nord." + FR_MORE,
        [("injuste et brutale", "Marie Dubois")],
    ),
    (
        "El nuevo reglamento fue calificado de «abusivo y confuso para todos los vecinos» por "
        "la alcaldesa, Ana Ríos." + ES_MORE,
        [("abusivo y confuso", "Ana Ríos")],
    ),
    (
        "El proyecto ha sido definido como «una locura que nadie en el pueblo quiere» por Pedro "
        "Gómez, portavoz de los vecinos." + ES_MORE,
        [("una locura", "Pedro Gómez")],
    ),
    (
        "Il nuovo piano è stato definito «un disastro annunciato per tutta la città» dal "
        "sindaco di Parma, Luca Bassi." + IT_MORE,
        [("un disastro annunciato", "Luca Bassi")],
    ),
    (
        "La riforma è stata bollata come «inutile e dannosa per le famiglie italiane» da Marco "
        "Ferri, presidente della Regione." + IT_MORE,
        [("inutile e dannosa", "Marco Ferri")],
    ),
    (
        "O projeto foi classificado de «um erro histórico que a cidade vai pagar caro» pelo "
        "presidente da câmara, Rui Moreira." + PT_MORE,
        [("um erro histórico", "Rui Moreira")],
    ),
    (
        "The plan was described as “a disaster waiting to happen for the whole town” by the "
        "mayor, John Smith." + EN_MORE,
        [("a disaster waiting", "John Smith")],
    ),
    (
        "Der Plan wurde von Bürgermeister Klaus Weber als „völlig unausgegoren und viel zu "
        "teuer für die Stadt“ bezeichnet." + DE_MORE,
        [("völlig unausgegoren", "Klaus Weber")],
    ),
    (
        "Das Projekt wurde vom Umweltminister Jan Berg als „wichtiger Schritt für den "
        "Klimaschutz in der Region“ bezeichnet." + DE_MORE,
        [("wichtiger Schritt", "Jan Berg")],
    ),
    # guards: no agent, never the passive's subject and its auxiliary
    (
        "El nuevo reglamento fue calificado de «abusivo y confuso para todos los vecinos del "
        "barrio»." + ES_MORE,
        [("abusivo y confuso", None)],
    ),
    (
        "Il nuovo piano è stato definito «un disastro annunciato per tutta la città e i suoi "
        "abitanti»." + IT_MORE,
        [("un disastro annunciato", None)],
    ),
    # guards: a manner after "por"/"par" is no agent; the source the sentence opens on stays
    (
        "Según Ana Gil, la medida fue calificada como «un paso atrás para los derechos de los "
        "trabajadores» por unanimidad." + ES_MORE,
        [("un paso atrás", "Ana Gil")],
    ),
    (
        "Selon Paul Martin, le texte a été qualifié de « recul inacceptable pour tous les "
        "salariés » par erreur." + FR_MORE,
        [("recul inacceptable", "Paul Martin")],
    ),
    # guard: a participle of no judging ("causato") inside someone's reported words
    (
        "Marco Neri ha spiegato che il guasto è stato causato «da un cedimento improvviso di un "
        "vecchio trasformatore» della rete." + IT_MORE,
        [("da un cedimento", "Marco Neri")],
    ),
    # 2. a German fronted object, the named subject after the verb
    (
        "Seine Kritik formulierte der Grünen-Stadtrat Tobias Rieger deutlich: „Das ist ein "
        "Schlag ins Gesicht aller Beschäftigten hier.“" + DE_MORE,
        [("Das ist ein Schlag", "Tobias Rieger")],
    ),
    (
        "Ihre Sorge formulierte die Bürgermeisterin Anna Keller so: „Wir haben einfach nicht "
        "genug Geld für alle diese Projekte.“" + DE_MORE,
        [("Wir haben einfach", "Anna Keller")],
    ),
    (
        "Sein Fazit formulierte Trainer Jens Vogel knapp: „Wir haben heute verdient verloren "
        "und müssen uns steigern.“" + DE_MORE,
        [("Wir haben heute", "Jens Vogel")],
    ),
    # 3. a sentence adverb alone before a colon: the attribution after wins
    (
        "Trotzdem: „Wir werden die Strecke so bald wie möglich wieder freigeben können“, sagte "
        "Bahnsprecherin Eva Roth." + DE_MORE,
        [("Wir werden die Strecke", "Eva Roth")],
    ),
    (
        "Fazit: „Wir werden die Strecke so bald wie möglich wieder freigeben können“, sagte "
        "Bahnsprecherin Eva Roth." + DE_MORE,
        [("Wir werden die Strecke", "Eva Roth")],
    ),
    # 4. Italian and Spanish "lo" before the speech verb after a quotation
    (
        "«Il ponte resterà chiuso almeno fino alla fine del mese prossimo», lo ricorda Lucia "
        "Rossi, assessora ai lavori pubblici." + IT_MORE,
        [("Il ponte resterà", "Lucia Rossi")],
    ),
    (
        "«Il ponte resterà chiuso almeno fino alla fine del mese prossimo», lo conferma Marco "
        "Neri." + IT_MORE,
        [("Il ponte resterà", "Marco Neri")],
    ),
    (
        "«El puente seguirá cerrado al menos hasta finales del mes que viene», lo explicó el "
        "alcalde, Pedro Ruiz." + ES_MORE,
        [("El puente seguirá", "Pedro Ruiz")],
    ),
    # guard: "lo" after a quotation inside the sentence is the sentence's own verb's object
    (
        "Ada Neri lavora nel laboratorio da tre anni. L'associazione dei commercianti, che ha "
        "messo la bottega tra le sue “botteghe storiche”, lo ha definito in una nota “un "
        "piccolo tesoro della nostra città”." + IT_MORE,
        [("un piccolo tesoro", None)],  # (not Ada Neri)
    ),
    # guard: "lo" opening a clause of its own is no pointer at the quotation
    (
        "«Il ponte resterà chiuso almeno fino alla fine del mese prossimo», lo stesso ponte "
        "però è già stato riparato due volte." + IT_MORE,
        [("Il ponte resterà", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_pass11(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
