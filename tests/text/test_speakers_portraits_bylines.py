"""A feature's new voice and the lines that name no one (``ages``, ``after_verb``, ``namere``,
``pagelines``, ``no_one``).

- Someone introduced with an age in apposition in the paragraph before ("está Bishnu Thapa,
  31 anos, …", "Marie Dupont, 54 ans, …", "Antonello Brizzi, per tutti Nello, 74 anni") is
  the one a verb with no subject after the next quotation goes on with, not the last speaker;
  another name between name and age ("la escuela Emiliano Rosas, doña Carmen Ortiz, de 70
  años") is no apposition.
- "», conta, mais tarde, quando …": a "later" in commas after the verb leaves the subject out.
- "Helga (74) und Werner Brückner (77)": a couple with their ages shares the surname.
- "Per Elena Tosoni", an Italian byline line, names no one the story is about.
- "Unter Wohnungssuchenden kursiert ein Spruch: „…“", "Além de Amélia, …": a phrase a
  preposition opens is no speaker.

Every speaker exact; each passage invented.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import (
    DE_MORE,
    DE_OPEN,
    ES_MORE,
    ES_OPEN,
    FR_MORE,
    IT_MORE,
    IT_OPEN,
    PT_MORE,
    Case,
    outcomes,
)

PT_AGED_INVERTED = (
    "“Vendemos tudo antes das duas”, conta o dono, Rui Matos.\n\nNa cozinha, junto à bancada "
    "do peixe, está Bishnu Thapa, 31 anos, natural de uma aldeia perto de Pokhara. Chegou a "
    "Portugal em 2019.\n\n“Trabalho aqui desde 2021. O patrão é bom”, diz, enquanto escama "
    "um robalo." + PT_MORE
)
IT_AGED_NICKNAME = (
    IT_OPEN + "«Chiudiamo a fine mese», ha detto il sindaco Paolo Neri.\n\nDietro il bancone "
    "c'è lui, Antonello Brizzi, per tutti Nello, 74 anni, grembiule bianco.\n\n«Cinquantadue "
    "anni dietro questo bancone», dice, asciugando un bicchiere." + IT_MORE
)
FR_AGED = (
    "« Nous fermons en mars », a annoncé le maire, Paul Girard.\n\nAu comptoir, Marie Dupont, "
    "54 ans, essuie les verres depuis trente ans.\n\n« Je ne sais pas où j'irai », "
    "confie-t-elle." + FR_MORE
)
PT_LATER = (
    "Meio-dia no restaurante. A esplanada está cheia. José Carlos Viegas, 58 anos, dono da "
    "casa desde que o pai se reformou, atravessa a sala com uma travessa em cada mão.\n\n"
    "“Há dez anos, os meus empregados eram os filhos dos vizinhos”, conta, mais tarde, "
    "quando o serviço acalma." + PT_MORE
)
ES_NOT_APPOSITION = (
    ES_OPEN + "«No salgan de los refugios», pidió la alcaldesa, Marta Ibáñez.\n\nEn la escuela "
    "primaria Emiliano Rosas, doña Carmen Ortiz, de 70 años, llegó el miércoles con su nieta. "
    "«Aquí estamos bien, nos dieron cobijas y comida», dijo." + ES_MORE
)
DE_COUPLE_AGES = (
    DE_OPEN + "Doch jetzt hat ein Brief der Hausverwaltung das Leben von Helga (74) und Werner "
    "Brückner (77) auf den Kopf gestellt! Die Miete soll um 60 Prozent steigen.\n\n„Ich habe "
    "den Brief dreimal gelesen“, sagt Helga mit zitternder Stimme." + DE_MORE
)
IT_BYLINE = (
    "Esposto contro le prove della banda\n\nPer Elena Tosoni\n\nA Roccalba la banda è "
    "un'istituzione: 150 anni di storia. Un residente si è lamentato con il Comune.\n\n"
    "Il sindaco Lorenzo Galli prova a smorzare i toni. «Troveremo una soluzione per tutti», "
    "assicura.\n\n«Non ho niente contro la banda», ripete il residente al telefono." + IT_MORE
)
DE_AMONG = (
    DE_OPEN + "Die Mieten sind in fünf Jahren um fast 40 Prozent gestiegen.\n\nUnter "
    "Wohnungssuchenden kursiert längst ein böser Spruch: „Wer eine Wohnung will, braucht "
    "Vitamin B.“" + DE_MORE
)
PT_BESIDES = (
    "“Li aquilo e fiquei sem pinga de sangue”, conta a idosa, Amélia Tavares.\n\nAlém de "
    "Amélia, mais cinco famílias receberam a mesma carta. Na porta do prédio, alguém colou "
    "uma folha escrita à mão: “Aqui moram pessoas”." + PT_MORE
)

CASES: list[tuple[str, Case]] = [
    ("pt-aged-inverted", (PT_AGED_INVERTED, [("Trabalho aqui", "Bishnu Thapa")])),
    ("it-aged-nickname", (IT_AGED_NICKNAME, [("Cinquantadue anni", "Antonello Brizzi")])),
    ("fr-aged", (FR_AGED, [("Je ne sais pas", "Marie Dupont")])),
    ("pt-later", (PT_LATER, [("Há dez anos", "José Carlos Viegas")])),
    ("es-not-apposition", (ES_NOT_APPOSITION, [("Aquí estamos bien", "Carmen Ortiz")])),
    ("de-couple-ages", (DE_COUPLE_AGES, [("Ich habe den Brief", "Helga Brückner")])),
    ("it-byline", (IT_BYLINE, [("Troveremo una soluzione", "Lorenzo Galli")])),
    ("de-among", (DE_AMONG, [("Wer eine Wohnung", None)])),
    ("pt-besides", (PT_BESIDES, [("Li aquilo", "Amélia Tavares"), ("Aqui moram pessoas", None)])),
]


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[n for n, _ in CASES])
def test_speakers(case: Case) -> None:
    got = outcomes([case])
    assert [(h, found) for h, _, found in got] == [(h, exp) for h, exp, _ in got]


IT_BYLINE_ONLY_NAME = (
    "Esposto contro le prove della banda\n\nPer Elena Tosoni\n\nA Roccalba la banda è "
    "un'istituzione: 150 anni di storia. Un residente di via della Fontana si è lamentato con "
    "il Comune.\n\nIl residente, raggiunto al telefono, preferisce restare anonimo. «Non ho "
    "niente contro la banda», assicura." + IT_MORE
)


def test_byline_is_no_antecedent() -> None:
    # (the resident's words: never the reporter's, whose name only the byline gives)
    got = outcomes([(IT_BYLINE_ONLY_NAME, [("Non ho niente", None)])])
    assert got[0][2] != "Elena Tosoni"
