"""Speakers on short invented French and Portuguese passages, one general shape each (batch
rules-frpt2): someone the reporter describes rather than names ("témoigne une mère de famille
rencontrée …", "confie à voix basse un jeune pêcheur …", "Plus mesuré, un viticulteur de X
confiait : « … »"), and the shapes that look like it but name someone else. Every speaker
exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

_FR_OPENING = (
    "Le conseil municipal de Saint-Armel a voté lundi soir la fermeture de la halle aux "
    "poissons, qui accueillait chaque semaine les pêcheurs de la baie et leurs clients. Le "
    "maire, Gilles Peuchot, a défendu ce choix devant les élus et les habitants venus nombreux. "
    "La décision doit encore être validée par la préfecture avant la fin du mois.\n\n"
)
_PT_OPENING = (
    "A câmara municipal de Vila Serena aprovou na segunda-feira o encerramento do mercado do "
    "peixe, que recebia todas as semanas os pescadores da baía e os seus clientes. O "
    "presidente da câmara, Hélder Maciel, defendeu a decisão perante os vereadores e os "
    "moradores que encheram a sala. A medida ainda tem de ser aprovada pelo governo regional.\n\n"
)

SHAPES: list[Case] = [
    (
        # an inverted speech verb and a description of someone unnamed, cut where a clause
        # about that person begins (a participle with its adjunct)
        _FR_OPENING + "« Mon père vendait ici ses maquereaux depuis quarante ans », témoigne "
        "une fille de pêcheur croisée à la sortie de la mairie.",
        [("Mon père vendait ici", "une fille de pêcheur")],
    ),
    (
        # the same after a lower-case adjunct of manner, cut at a relative pronoun
        _FR_OPENING + "« Mon cousin est parti travailler à Lorient l'an dernier », confie à "
        "voix basse un jeune matelot qui préfère ne pas donner son nom.",
        [("Mon cousin est parti", "un jeune matelot")],
    ),
    (
        # Portuguese: the adjunct, then someone unnamed
        _PT_OPENING + "“O meu avô já vendia aqui as sardinhas dele”, contou à porta do "
        "mercado uma peixeira que não quis ser identificada.",
        [("O meu avô já vendia", "uma peixeira")],
    ),
    (
        # someone unnamed opening the sentence that introduces the quotation with a colon,
        # after a phrase on the speaker's mood
        _FR_OPENING + "Plus mesuré, un ostréiculteur de Kerbrat résumait : « On s'adaptera, "
        "comme toujours. »",
        [("On s'adaptera", "un ostréiculteur de Kerbrat")],
    ),
    (
        # ... with a phrase about the speaker in commas, and a present participle and its object
        _FR_OPENING + "Un retraité, présent au fond de la salle, lâchait : « C'est la fin "
        "d'une époque. »\n\nÀ la sortie, un homme tenant un cabas vide lançait : « Où "
        "est-ce qu'on achètera le poisson maintenant ? »",
        [("C'est la fin d'une époque", "un retraité"), ("Où est-ce qu'on", "un homme")],
    ),
    (
        # not someone unnamed: the name in commas after the description, an apposition
        # to the subject, a phrase of time before the subject
        _FR_OPENING + "Une poissonnière du port, Maïwenn Ropars, a lancé : « Personne ne "
        "nous a consultés. »\n\nGilles Peuchot, un ancien marin, a ajouté : « Je comprends "
        "leur colère. »\n\nUne nouvelle fois, Maïwenn Ropars a répété : « Nous "
        "reviendrons. »\n\nUn peu plus tard, elle a ajouté : « Nous ne lâcherons rien. »",
        [
            ("Personne ne nous a consultés", "Maïwenn Ropars"),
            ("Je comprends leur colère", "Gilles Peuchot"),
            ("Nous reviendrons", "Maïwenn Ropars"),
            ("Nous ne lâcherons rien", "Maïwenn Ropars"),
        ],
    ),
    (
        # a spokesperson speaks for the body named after the noun
        _FR_OPENING + "« Le dossier sera examiné avec attention », a indiqué dans la soirée "
        "un porte-parole de la Direction des affaires maritimes.",
        [("Le dossier sera examiné", "Direction des affaires maritimes")],
    ),
    (
        # a Portuguese sentence opening on a preposition fused with an article ("Numa
        # entrevista, …"): no speaker phrase; a speech verb after the adjunct in commas has its
        # subject left out (the person the sentence before is about)
        _PT_OPENING + "A peixeira Rosa Lemos vende no mercado há trinta anos. Numa entrevista "
        "à rádio local, contou: «Eu não escolhi o peixe. Foi ele que me escolheu.»",
        [("Eu não escolhi o peixe", "Rosa Lemos")],
    ),
    (
        # one word or two in marks that a French speech verb or a verb of judging a few words
        # before governs: the sentence's subject (not dropped as a scare quote); not after
        # "dit" meaning "so-called"
        _FR_OPENING + "Le maire, Gilles Peuchot, a dit sa « consternation » devant le conseil. "
        "L'avocate de la commune, Me Odile Brachet, a plaidé la « bonne foi » de son client. La "
        "conseillère Maïwenn Ropars juge le vote « historique ». Le quartier dit « sensible » "
        "attendra.",
        [
            ("consternation", "Gilles Peuchot"),
            ("bonne foi", "Odile Brachet"),
            ("historique", "Maïwenn Ropars"),
            ("sensible", "<missing>"),
        ],
    ),
    (
        # a phrase in marks inside a sentence is its subject's, not the speaker of a quotation a
        # later sentence introduces with a colon and a new subject
        _FR_OPENING + "À la sortie, le syndicat des pêcheurs a salué dans un communiqué « une "
        "décision qui protège la baie ». Plus mesuré, un mareyeur de Saint-Armel confiait : « On "
        "verra bien. »",
        [
            ("une décision qui protège", "le syndicat des pêcheurs"),
            ("On verra bien", "un mareyeur de Saint-Armel"),
        ],
    ),
    (
        # ... but the same subject going on does: "Il s'est refusé à … :"
        _FR_OPENING + "Le président du club, Gilles Peuchot, a critiqué un arbitrage « vraiment "
        "scandaleux ». Il s'est toutefois refusé à accabler ses joueurs : « On a bien joué. »",
        [("vraiment scandaleux", "Gilles Peuchot"), ("On a bien joué", "Gilles Peuchot")],
    ),
    (
        # a role noun with no article opening the sentence, a clause about the body in commas,
        # then the name and a verb that is no speech verb before a colon: that person, not the
        # body's name
        _FR_OPENING + "Présidente de l'association Les Amis du Port, qui compte 80 adhérents, "
        "Rozenn Kerhervé ne cache pas sa colère : « On a enterré cinquante ans d'histoire en "
        "une soirée. »",
        [("On a enterré cinquante ans", "Rozenn Kerhervé")],
    ),
    (
        # an inverted speech verb, an adjunct, a second adjunct in commas, then the subject
        _PT_OPENING + "“Temos duas frentes ativas e o vento não ajuda”, explicou num briefing, "
        "pelas 22h00, o comandante distrital da proteção civil, Rogério Pestana.",
        [("Temos duas frentes ativas", "Rogério Pestana")],
    ),
    (
        # an inverted speech verb, an adjunct on the medium, then a title and a surname: the
        # person named with that surname, not the last person named
        _FR_OPENING + "La directrice du port, Sophie Kervella, n'a pas souhaité commenter lundi. "
        "Le pêcheur Yannick Tanguy dit ne plus savoir où vendre.\n\n« Une solution provisoire "
        "sera trouvée d'ici l'été », a assuré par courriel Mme Kervella.",
        [("Une solution provisoire", "Sophie Kervella")],
    ),
    (
        # Portuguese "a pasta" (the portfolio): the ministry or state department named before,
        # not the last person
        _PT_OPENING + "A enfermeira Beatriz Valente contou que o centro de saúde recebe o "
        "dobro dos doentes. Em nota, a Secretaria Regional da Saúde informou que enviou mais "
        "equipas para a ilha. A pasta ressaltou que “a maioria dos casos é ligeira”.",
        [("a maioria dos casos", "Secretaria Regional da Saúde")],
    ),
    (
        # a subjectless speech verb, the listener, and where: no subject after it, the person
        # the sentence before is about
        _PT_OPENING + "Na sala estavam vários pescadores. Joaquim Serrano, filho de um antigo "
        "armador, não escondeu a tristeza. “O meu pai descarregava aqui todas as "
        "madrugadas”, contou aos jornalistas à saída da sala.",
        [("O meu pai descarregava", "Joaquim Serrano")],
    ),
    (
        # French: the same, with an elided article in the place
        _FR_OPENING + "Dans la salle, plusieurs pêcheurs attendaient. Yannick Tanguy, fils d'un "
        "ancien armateur, n'a pas caché sa tristesse. « Mon père débarquait ici chaque nuit », a "
        "confié aux journalistes à l'entrée de la mairie.",
        [("Mon père débarquait", "Yannick Tanguy")],
    ),
    (
        # a lower-case fragment inside a sentence: the noun after the adjunct is an object
        _FR_OPENING + "L'élue Maïwenn Ropars, qui assure n'avoir été prévenue « que la veille "
        "au soir », a réclamé au préfet une réunion d'urgence.",
        [("que la veille", "Maïwenn Ropars")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][-60:-30])
def test_shape_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
