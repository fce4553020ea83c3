"""Speakers on short invented Spanish and Italian passages where a capitalized word opening a
sentence is no person: a preposition governing the name after it ("Sobre Vidal, el técnico
dijo: «…»"), a preposition alone ("Ante las quejas, …"), and "a little before/after" after the
speaker's name ("dijo Ruiz poco antes", "ha detto Rossi subito dopo"). Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

OPENERS: list[Case] = [
    (
        # a time adjunct "shortly before" after the name: not part of it
        "Elena Marchetti è la nuova presidente della Provincia di Valdora. «Sarò la presidente "
        "di tutti i comuni, grandi e piccoli», ha detto Marchetti poco prima delle dieci, "
        "davanti ai sindaci riuniti in sala consiliare.",
        [("Sarò la presidente", "Elena Marchetti")],
    ),
    (
        "El intendente de San Ramiro, Julio Castañeda, inauguró ayer el nuevo puente sobre el "
        "arroyo. «Esta obra esperó veinte años», dijo Castañeda poco después del corte de "
        "cinta, rodeado de vecinos.",
        [("Esta obra", "Julio Castañeda")],
    ),
    (
        # a preposition opening the sentence before the name it governs: that name is not
        # the subject of the verb before the colon (no speaker beats the wrong one)
        "El DT de Lomas, Horacio Benavídez, habló en conferencia de prensa. «Fue un partido "
        "muy serio de todo el equipo», dijo Benavídez.\n\nSobre Vidal, de 18 años, el "
        "entrenador agregó: «Tiene un futuro enorme si sigue trabajando así».",
        [("Fue un partido", "Horacio Benavídez"), ("Tiene un futuro", None)],
    ),
    (
        # the subject named after the fronted phrase
        "El DT de Lomas, Horacio Benavídez, habló en conferencia de prensa.\n\nSobre Vidal, "
        "de 18 años, Benavídez agregó: «Tiene un futuro enorme si sigue trabajando así».",
        [("Tiene un futuro", "Horacio Benavídez")],
    ),
    (
        # a preposition alone opening the sentence is no person the role noun could mean
        "Cientos de vecinos cortaron la ruta durante seis horas por la falta de luz.\n\nEl "
        "presidente municipal, Tomás Aranda Prieto, llegó al lugar pasadas las diez. Ante los "
        "reclamos, el edil aseguró que la luz volvería «antes del domingo».\n\n«Les pido "
        "paciencia. Estamos trabajando día y noche para reparar los daños», afirmó el "
        "alcalde, que fue recibido con abucheos.",
        [("Les pido paciencia", "Tomás Aranda Prieto")],
    ),
    (
        # a subjectless verb after the quotation, the press it was said to, then a lower-case
        # time or place ("ai giornalisti in mattinata"), or the medium's name after "di"/
        # "della" ("ai microfoni di Rai X"): the person the sentence before is about
        "Una colata di fango si è staccata nella notte dal versante del monte, travolgendo la "
        "strada provinciale e arrivando a lambire le prime case della frazione. Quaranta "
        "persone sono state evacuate e hanno trascorso la notte nella palestra delle scuole."
        "\n\nIl sindaco Luigi Ferro ha raggiunto la zona all'alba, insieme ai tecnici della "
        "protezione civile. «Il paese rischia di restare isolato», ha detto ai giornalisti "
        "in mattinata.\n\nL'assessore Marco Neri ha visitato la frana nel pomeriggio. «Serve "
        "un progetto serio per la strada», ha detto ai microfoni di Rai Toscana.",
        [("Il paese rischia", "Luigi Ferro"), ("Serve un progetto", "Marco Neri")],
    ),
    (
        "Los vecinos del barrio de San Telmo cortaron la avenida durante toda la mañana para "
        "reclamar por los cortes de luz, que ya llevan más de una semana en varias manzanas."
        "\n\nEl concejal Andrés Vallejo se acercó a la protesta al mediodía. «Vamos a pedir "
        "explicaciones a la empresa», dijo a los periodistas en la esquina.",
        [("Vamos a pedir", "Andrés Vallejo")],
    ),
    (
        # "a" and a medium's capitalized name after a subjectless verb (Spanish, Italian):
        # whom it was said to, not a subject; the person the sentence before is about
        "Camillas en los pasillos y esperas que superan las doce horas. Es la imagen que se "
        "repite desde hace semanas en el área de urgencias del hospital comarcal, donde la "
        "población se triplica en verano.\n\nRosario Vega, de 75 años y vecina del barrio, "
        "pasó la noche junto a la camilla de su marido. “Llegamos a las ocho de la tarde y "
        "seguíamos aquí a la mañana”, contó a Radio Marítima. “Esto no es forma de tratar a "
        "la gente”.\n\nSu vecino Ramón Ibarra también esperó toda la noche. “Nadie nos dio "
        "una explicación”, dijo a Onda Levante.",
        [
            ("Llegamos a las", "Rosario Vega"),
            ("Esto no es", "Rosario Vega"),
            ("Nadie nos dio", "Ramón Ibarra"),
        ],
    ),
]


@pytest.mark.parametrize("case", OPENERS, ids=lambda c: c[0][:30])
def test_esit_opener_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_clause_cut_short_is_no_speaker() -> None:
    # a clause cut on a possessive or an article ("… llevan su") is never a name or a role
    from bot.text.speakers.names import plausible_speaker

    assert not plausible_speaker("Los pescadores de la Costa llevan su")
    assert not plausible_speaker("I tassisti di Roccaverde portano la")
    assert plausible_speaker("Comando provinciale dei vigili del fuoco")
