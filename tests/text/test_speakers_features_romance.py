"""French, Spanish, Italian and Portuguese features about people: a relative named once by
kinship and later called by the noun alone ("resume su nieta", "sourit sa femme"), a family
speaking as one ("La famiglia chiede …"), the inverted incise after a phrase quoted inside
another's sentence, a rough age in the description of someone unnamed ("un cliente sulla
sessantina"), a manner and a posture after a Portuguese verb with no subject, Romance pronouns
that skip a name whose article or preposition shows it is no person, a body's words before ", y
el alcalde … anunció", what someone calls a thing ("ce qu'elle appelle « … »"), and a speaker
going on ("Y luego, más serio:", "En una entrevista lo resumió así:" after a sentence opening on
"Él"). All passages are invented for these tests."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, PT_MORE, Case, outcomes
from tests.text.test_speakers_session17 import ES_MORE, IT_MORE

CASES: list[Case] = [
    # the Spanish possessive "su" is no Italian preposition: "resume su nieta" is the niece named
    (
        "Marta Quiroga, costurera de Almenara, murió el domingo a los 88 años.\n\n"
        "Durante medio siglo arregló vestidos de novia en un taller minúsculo de la plaza. Su nieta Lucía Ferrán vivió con ella los últimos años.\n\n"
        "Nunca quiso jubilarse. «Decía que las manos se oxidan si paran», resume su nieta, que la cuidó hasta el final."
        + ES_MORE,
        [("Decía que las manos", "Lucía Ferrán")],
    ),
    # near miss: two nieces named, the noun alone stays as written
    (
        "Marta Quiroga, costurera de Almenara, murió el domingo a los 88 años.\n\n"
        "Su nieta Lucía Ferrán vivió con ella en el pueblo, y su nieta Ana Robles, en la capital.\n\n"
        "Nunca quiso jubilarse. «Decía que las manos se oxidan si paran», resume su nieta, que la cuidó hasta el final."
        + ES_MORE,
        [("Decía que las manos", "su nieta")],
    ),
    # a rough age after the noun of someone unnamed ("sulla sessantina"); near miss: a place
    (
        "La ferramenta di via Roma chiude dopo sessant'anni di attività.\n\n"
        "Nessuno ha voluto rilevarla. «I giovani comprano tutto su internet», osserva un cliente sulla sessantina, che preferisce restare anonimo.\n\n"
        "«Era un punto di riferimento», dice una signora seduta sulla panchina davanti alla vetrina."
        + IT_MORE,
        [
            ("I giovani comprano", "un cliente sulla sessantina"),
            ("Era un punto di riferimento", "una signora"),
        ],
    ),
    # a manner and a posture after a verb with no subject ("diz, a sorrir, encostada …"); near
    # miss: a subject after the manner
    (
        "O serralheiro Joaquim Pestana ainda abre a oficina todas as manhãs, aos 81 anos.\n\n"
        "A filha, Rosa Pestana, conhece bem essa teimosia. “Já lhe pedi mil vezes para descansar. Nunca ouviu”, diz, a sorrir, encostada à porta da oficina que o pai abriu em 1962.\n\n"
        "“É o homem mais teimoso da rua”, diz, a rir, a vizinha Ana Sousa." + PT_MORE,
        [("Já lhe pedi mil vezes", "Rosa Pestana"), ("É o homem mais teimoso", "Ana Sousa")],
    ),
    # near miss: no speech verb after the phrase, the sentence's subject keeps it
    (
        "L'horloger Marcel Dutertre vend son atelier du quai des Orfèvres après un demi-siècle.\n\n"
        "Il a promis de garder un établi, « pour les urgences », dans le garage de la maison familiale."
        + FR_MORE,
        [("pour les urgences", "Marcel Dutertre")],
    ),
    # a rough age in years ("sui settant'anni")
    (
        "La ferramenta di via Roma chiude dopo sessant'anni di attività.\n\n"
        "«Era un punto di riferimento», dice un signore di mezza età, fermo davanti alla vetrina.\n\n"
        "«Qui ho comprato il primo martello», racconta una cliente sui settant'anni, con la borsa della spesa."
        + IT_MORE,
        [("Qui ho comprato", "una cliente sui settant'anni")],
    ),
    # a feminine pronoun is not a name opening on a masculine article ("Le Salon …")
    (
        "La céramiste Agathe Vasseur ouvre son atelier chaque matin à six heures.\n\n"
        "Le Salon des métiers d'art l'a récompensée en 2021, louant dans son palmarès « une main d'une précision rare ».\n\n"
        "Ouvrir une boutique ? Elle n'y pense pas. « Trop de paperasse, pas assez de terre », glisse-t-elle en riant."
        + FR_MORE,
        [("Trop de paperasse", "Agathe Vasseur")],
    ),
    # a relative named once by kinship, then called by the noun alone after a phrase quoted
    # inside the other person's sentence: the inverted incise names who quotes it
    (
        "L'horloger Marcel Dutertre vend son atelier du quai des Orfèvres après un demi-siècle.\n\n"
        "Sa femme, Odile Dutertre, a tenu la caisse pendant trente ans. « Il ne voyait jamais passer l'heure, c'est un comble », dit-elle.\n\n"
        "Marcel Dutertre, lui, ne se plaint pas. Il a promis de garder quelques pendules à la maison, « pour le plaisir », sourit sa femme. « Le temps, ça se soigne », dit-il."
        + FR_MORE,
        [
            ("Il ne voyait jamais", "Odile Dutertre"),
            ("pour le plaisir", "Odile Dutertre"),
            ("Le temps, ça se soigne", "Marcel Dutertre"),
        ],
    ),
    # "Lei" is not the tail of a body's name after a preposition ("della Pietra del Nord")
    (
        "La restauratrice Carla Gallo dirige da vent'anni il laboratorio del museo civico.\n\n"
        "Il direttore Paolo Neri la conosce da sempre. «È la più testarda di tutti noi», dice.\n\n"
        "Anche il collega Marco Testa la stima. «Senza di lei il museo sarebbe chiuso», ammette.\n\n"
        "L'Istituto di Studi della Pietra del Nord, da cui dipende il laboratorio, ha definito il suo lavoro, in una nota diffusa ieri, «un esempio per tutta la regione».\n\n"
        "Lei alza le spalle davanti ai complimenti. «Faccio solo il mio lavoro, con pazienza», dice, prima di tornare al suo tavolo."
        + IT_MORE,
        [("Faccio solo il mio lavoro", "Carla Gallo")],
    ),
    # a body's words, then ", y" and another subject: that clause does not attribute them
    (
        "Amparo Ledesma, maestra rural durante cuarenta años, murió el lunes en Valdecañas. "
        "Tenía 91 años.\n\n"
        "La Consejería de Educación la recordó en un comunicado como “una maestra de las que ya "
        "no quedan”, y el alcalde de Valdecañas, Julio Sáez, anunció que la biblioteca llevará "
        "su nombre." + ES_MORE,
        [("una maestra de las que", "La Consejería de Educación")],
    ),
    # near miss: the attribution right after the quotation, then ", y" and another clause
    (
        "Amparo Ledesma, maestra rural durante cuarenta años, murió el lunes en Valdecañas.\n\n"
        "“Nos enseñó a leer a todos”, dijo el alcalde de Valdecañas, Julio Sáez, y la banda "
        "municipal tocó en su honor." + ES_MORE,
        [("Nos enseñó a leer", "Julio Sáez")],
    ),
    # "Y luego, más serio:" goes on with the speaker before; "Él, sin embargo, … . En una
    # entrevista de 2005 lo resumió así:" is the one the pronoun opening the sentence before is
    (
        "El relojero Tomás Ugarte cierra su taller de la calle Real tras cincuenta años de "
        "oficio.\n\n"
        "Ugarte pasa la mano por el banco de trabajo. «Los relojes no se paran, se cansan», "
        "dice con media sonrisa. Y luego, más serio: «Lo que se cierra es una manera de "
        "escuchar el tiempo».\n\n"
        "Su vecina Pilar Gómez lo conoce desde niña. «Siempre tenía un caramelo en el cajón», "
        "recuerda.\n\n"
        "Él, sin embargo, nunca le dio importancia a su oficio. En una entrevista de 2005 lo "
        "resumió así: «Yo solo daba cuerda. El tiempo lo ponía cada uno»." + ES_MORE,
        [
            ("Lo que se cierra", "Tomás Ugarte"),
            ("Siempre tenía", "Pilar Gómez"),
            ("Yo solo daba cuerda", "Tomás Ugarte"),
        ],
    ),
    # near miss: a subject of its own after the adjunct ("el alcalde"), no pronoun before
    (
        "El relojero Tomás Ugarte cierra su taller de la calle Real tras cincuenta años de "
        "oficio.\n\n"
        "Su vecina Pilar Gómez lo conoce desde niña. «Siempre tenía un caramelo en el cajón», "
        "recuerda.\n\n"
        "Tomás Ugarte nunca le dio importancia a su oficio. En la radio el alcalde lo resumió "
        "así: «Se nos va un sabio»." + ES_MORE,
        [("Se nos va un sabio", None)],
    ),
    # a family speaking as one is the family, not the woman the text names last; near miss:
    # "La famiglia Ferraris" is left to the rules for a name
    (
        "È morta ieri a 84 anni Gina Ferraris, per mezzo secolo organista della parrocchia di "
        "San Vito.\n\n"
        "La corista Maria Bassi la ricorda con affetto. «Suonava anche con la febbre», dice.\n\n"
        "I funerali si terranno sabato. La famiglia chiede di non portare fiori, ma uno "
        "spartito, «da lasciare nella cantoria della chiesa»." + IT_MORE,
        [("Suonava anche", "Maria Bassi"), ("da lasciare nella cantoria", "la famiglia")],
    ),
    # "what she calls «…»": the one who calls it so; near miss: "ce qu'on appelle", anyone
    (
        "Dans le garage d'une maison bleue de Saint-Aubin, l'ingénieure retraitée Marthe Lobel "
        "enseigne la robotique à quinze enfants tous les samedis, dans ce qu'elle appelle "
        "« l'atelier du chaos organisé ».\n\n"
        "Les parents apprécient. « Mon fils ne lâche plus ses tournevis », raconte Paul Dumas, "
        "père d'un élève." + FR_MORE,
        [("l'atelier du chaos", "Marthe Lobel"), ("Mon fils ne lâche", "Paul Dumas")],
    ),
    (
        "Na garagem de uma casa azul em Vila Nova, a engenheira reformada Marta Lobo Reis ensina "
        "robótica a quinze crianças todos os sábados, no que ela chama de “a oficina do caos "
        "organizado”." + PT_MORE,
        [("a oficina do caos", "Marta Lobo Reis")],
    ),
    (
        "Dans le garage d'une maison bleue de Saint-Aubin, l'ingénieure retraitée Marthe Lobel "
        "enseigne la robotique à quinze enfants tous les samedis.\n\n"
        "Le village mise sur ce qu'on appelle « une économie du partage entre voisins, "
        "artisans et commerçants » pour attirer des familles." + FR_MORE,
        [("une économie du partage", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_feature_shapes_romance(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
