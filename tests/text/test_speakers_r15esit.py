"""A Spanish or Italian relative named as a dependent of another person's clause ("cugino di
Ivana", "insieme al padre, Ivo X", "con su hija, Marta X") is not the one a following "dice."
or "dijo." with no subject speaks of: that is the person the clause is about. Guards: a
relative who opens their own clause ("Il padre, Ivo X, …") stays a subject; a relative quoted
by name keeps the quotation. A name followed by an aside in dashes or brackets and a speech
verb ("cuya edil, Marta X —sin parentesco con el edil—, explicó") is a subject that speaks,
so the next "dijo." is hers, not a namesake's named earlier. A definite person noun with a
restrictive relative clause opening a sentence ("Il cuoco che gestisce la mensa, …, spiega")
introduces someone new: kept as written, not taken for the person named before. "Una di loro,
una pensionata che …, ha raccontato che «…»": the one described after "one of them". Invented
passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

IT_MORE = (
    "\n\nIl Comune ha annunciato che nei prossimi giorni saranno aperti altri due centri di "
    "accoglienza nelle scuole del quartiere, mentre i vigili del fuoco restano sul posto."
)
ES_MORE = (
    "\n\nLos bomberos permanecieron en el lugar hasta la mañana para vigilar el barrio, y el "
    "ayuntamiento abrió un centro de acogida en el polideportivo municipal para las familias."
)

CASES: list[Case] = [
    # the complement of a relative's noun
    (
        "La frana ha colpito la contrada di Valdiserchio.\n\n"
        "Tra gli sfollati c'è il pastore Renato Fiorini, nipote di Gemma, che ha perso il "
        "fienile. «Non era mai successo in quarant'anni», dice." + IT_MORE,
        [("Non era mai successo", "Renato Fiorini")],
    ),
    (
        "El temporal dejó sin luz a medio pueblo.\n\n"
        "Entre los afectados está el panadero Julián Robles, sobrino de Encarna, que perdió el "
        "horno. «Nunca había visto tanta agua», dijo." + ES_MORE,
        [("Nunca había visto", "Julián Robles")],
    ),
    # the relative someone is with, in commas
    (
        "Il torrente è uscito dagli argini nella notte.\n\n"
        "Matteo Galli svuota la cantina insieme al fratello, Luca Galli. "
        "«È la seconda volta in un anno», racconta." + IT_MORE,
        [("È la seconda volta", "Matteo Galli")],
    ),
    (
        "La feria del ganado volvió tras dos años.\n\n"
        "Rosario Llorente llegó temprano con su hija, Paula Llorente. «Aquí venía ya mi "
        "abuelo», contó." + ES_MORE,
        [("Aquí venía ya", "Rosario Llorente")],
    ),
    # guards: the relative opening their own clause, and a relative quoted by name
    (
        "Il torrente è uscito dagli argini nella notte.\n\n"
        "Matteo Galli svuota la cantina. Il fratello, Luca Galli, guarda il fango. «Non "
        "resta niente», dice." + IT_MORE,
        [("Non resta niente", "Luca Galli")],
    ),
    (
        "La feria del ganado volvió tras dos años.\n\n"
        "Rosario Llorente llegó temprano con su hija, Paula Llorente. «Aquí venía ya mi "
        "abuelo», contó Paula Llorente." + ES_MORE,
        [("Aquí venía ya", "Paula Llorente")],
    ),
    # a name, an aside in dashes or brackets, a speech verb: that name speaks next
    (
        "El pleno aprobó la nueva ordenanza de terrazas.\n\n"
        "El concejal de Comercio, Bruno Cabañas, restó importancia a las quejas: «Es un "
        "equilibrio razonable». Cabañas avanzó que habrá inspecciones cada mes.\n\n"
        "La oposición más dura vino de Ciudad Abierta, cuya única edil, Marta Cabañas —sin "
        "parentesco con el concejal—, explicó que no se consultó a los vecinos. «Se ha hecho a "
        "escondidas», dijo." + ES_MORE,
        [("Es un equilibrio", "Bruno Cabañas"), ("Se ha hecho", "Marta Cabañas")],
    ),
    (
        "Il consiglio ha approvato il bilancio.\n\n"
        "L'assessore Franco Morelli ha difeso i conti: «Sono in ordine». Morelli ha poi "
        "elencato i tagli.\n\n"
        "La critica più netta è venuta dalla lista civica, la cui capogruppo, Elsa Morelli (nessuna parentela con "
        "l'assessore), ha detto che mancano i fondi per le scuole. «È un bilancio miope», ha "
        "aggiunto." + IT_MORE,
        [("Sono in ordine", "Franco Morelli"), ("È un bilancio miope", "Elsa Morelli")],
    ),
    # guard: an aside with no speech verb after it changes nothing
    (
        "Il consiglio ha approvato il bilancio.\n\n"
        "L'assessore Franco Morelli ha difeso i conti. «Sono in ordine», ha detto. Elsa "
        "Morelli (nessuna parentela) era assente.\n\n"
        "«Li rivedremo a settembre», ha aggiunto Franco Morelli." + IT_MORE,
        [("Sono in ordine", "Franco Morelli"), ("Li rivedremo", "Franco Morelli")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_kin_dependent(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_kin_dependent_shapes() -> None:
    from bot.text.speakers.kin import kin_dependent

    text = "Sandro, cugino di Ivana, e Ada con la madre, Lia X. La madre, Eva X, parla."
    assert kin_dependent(text, text.index("Ivana"))
    assert kin_dependent(text, text.index("Lia"))
    assert not kin_dependent(text, text.index("Eva"))
    assert not kin_dependent(text, text.index("Ada"))


def test_aside_speaker() -> None:
    from bot.text.speakers.kin import aside_speaker

    text = "Ana Ruiz —sin relación con él—, explicó que sí. Gino Bo (77 anni) ha detto."
    assert aside_speaker(text, text.index(" —"))
    assert aside_speaker(text, text.index(" (77"))
    assert not aside_speaker(text, text.index(", explicó"))  # no aside


RESTRICTED: list[Case] = [
    (
        "Il campo profughi ospita ormai tremila persone.\n\n"
        "Amina Diallo è arrivata con tre figli. «Abbiamo camminato per dieci giorni», racconta."
        "\n\nIl cuoco che gestisce la mensa del campo, un uomo sulla sessantina, spiega che "
        "le scorte calano. «Abbiamo farina per una settimana», dice." + IT_MORE,
        [("Abbiamo farina", "Il cuoco che gestisce la mensa del campo")],
    ),
    (
        "El mercado de abastos reabrió tras la reforma.\n\n"
        "Tomasa Vidal vende fruta desde 1990. «Esto ha cambiado mucho», asegura.\n\n"
        "El vendedor que atiende el puesto de enfrente, un joven con gorra, reconoce que "
        "las ventas bajaron. «Aquí ya no viene nadie», dice." + ES_MORE,
        [("Aquí ya no viene", "El vendedor que atiende el puesto de enfrente")],
    ),
    # guard: a name in commas after the clause is the one who speaks
    (
        "Il campo profughi ospita ormai tremila persone.\n\n"
        "Il medico che dirige l'ambulatorio, Paolo Serra, spiega che mancano i farmaci. "
        "«Curiamo tutti con quello che abbiamo», dice." + IT_MORE,
        [("Curiamo tutti", "Paolo Serra")],
    ),
]


@pytest.mark.parametrize("case", RESTRICTED, ids=lambda c: c[0][:30])
def test_definite_restricted(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


ONE_OF: list[Case] = [
    (
        "Davanti al municipio si è radunato un gruppo di inquilini.\n\n"
        "Una di loro, una pensionata che non ha voluto dire il suo nome, ha raccontato che "
        "«qui nessuno ci ascolta da anni»." + IT_MORE,
        [("qui nessuno ci ascolta", "una pensionata")],
    ),
    # guard: "one of them" and a name in commas is that person
    (
        "Davanti al municipio si è radunato un gruppo di inquilini.\n\n"
        "Uno di loro, Carlo Bassi, ha raccontato che «qui nessuno ci ascolta da anni»." + IT_MORE,
        [("qui nessuno ci ascolta", "Carlo Bassi")],
    ),
]


@pytest.mark.parametrize("case", ONE_OF, ids=lambda c: c[0][:30])
def test_one_of_them(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
