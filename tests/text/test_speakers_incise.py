"""An attribution inside the marks (Romance incises): the words said before and after it are two
quotations of one speaker, and the attribution is in neither (invented passages)."""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes

_FR = (
    "Le conseil municipal de Saint-Aubert a voté lundi soir la fermeture de l'école des Tilleuls, "
    "une décision qui a surpris les parents et les habitants du quartier. Depuis des mois, les "
    "familles se mobilisaient pour que les classes restent ouvertes, et elles avaient écrit au "
    "préfet.\n\n"
)
_ES = (
    "El ayuntamiento de Valdelobos aprobó ayer por la tarde el nuevo plan de tráfico para el "
    "centro histórico, después de una sesión de más de cuatro horas marcada por las protestas de "
    "los comerciantes de la zona y de los vecinos del barrio.\n\n"
)
_IT = (
    "Il consiglio comunale di Roccanova ha approvato ieri sera il nuovo piano per il traffico del "
    "centro storico, dopo una seduta durata più di quattro ore e segnata dalle proteste dei "
    "commercianti della zona e dei residenti del quartiere.\n\n"
)
_PT = (
    "A câmara municipal de Vilar Seco aprovou ontem à noite o novo plano de trânsito para o "
    "centro histórico, depois de uma sessão de mais de quatro horas marcada pelos protestos dos "
    "comerciantes e dos moradores do bairro.\n\n"
)


def _said(text: str) -> list[tuple[str, str | None]]:
    quotes = find_quotes(text)
    for q in quotes:
        assert q.quote == text[q.start : q.end]
    return [(q.quote, q.speaker) for q in quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a name after the verb, the words going on after the full stop
            _FR + "« Tout le monde passait par là, raconte Odile Ferrand. C'était notre place. »",
            [
                ("Tout le monde passait par là", "Odile Ferrand"),
                ("C'était notre place.", "Odile Ferrand"),
            ],
        ),
        (  # a role noun, then its holder after a comma
            _FR + "« On ne lâchera rien, rappelle le maire, Gilles Aubry. Rien du tout. »",
            [("On ne lâchera rien", "Gilles Aubry"), ("Rien du tout.", "Gilles Aubry")],
        ),
        (  # the role's place after "de" is no speaker; the holder after the comma is
            _FR + "« Le car passera à 7 h, précise le maire de Saint-Aubert, Gilles Aubry. "
            "Pas avant. »",
            [("Le car passera à 7 h", "Gilles Aubry"), ("Pas avant.", "Gilles Aubry")],
        ),
        (  # a compound past and a complement after the name
            _FR
            + "« Vous n'avez rien proposé, a lancé Yann Kerbrat au directeur. Revenez demain. »",
            [("Vous n'avez rien proposé", "Yann Kerbrat"), ("Revenez demain.", "Yann Kerbrat")],
        ),
        (  # an age after the name belongs to the attribution, not to the words said
            _FR + "« Le plan est prêt, explique Odile Ferrand, 52 ans. Il reste à le payer. »",
            [("Le plan est prêt", "Odile Ferrand"), ("Il reste à le payer.", "Odile Ferrand")],
        ),
        (  # the inverted pronoun, the words going on after its comma
            _FR + "Odile Ferrand dirige l'association des parents.\n\n"
            "« Nous verrons, glisse-t-elle, si le préfet nous répond. »",
            [("Nous verrons", "Odile Ferrand"), ("si le préfet nous répond.", "Odile Ferrand")],
        ),
        (  # a manner phrase after the pronoun's comma is part of the attribution
            _FR + "Odile Ferrand dirige l'association des parents.\n\n"
            "« J'ai vu la fumée, raconte-t-elle, la voix tremblante. J'ai couru. »",
            [("J'ai vu la fumée", "Odile Ferrand"), ("J'ai couru.", "Odile Ferrand")],
        ),
        (  # an attribution ending the quotation leaves one part, without it
            _FR
            + "Yann Kerbrat préside le club.\n\n« Le terrain est prêt, a-t-il ajouté en riant. »",
            [("Le terrain est prêt", "Yann Kerbrat")],
        ),
        (  # Spanish: the attribution between dashes
            _ES + "«Queremos recuperar la feria —explica Iker Salazar—. Y si alguien sabe "
            "arreglar un generador, que nos llame.»",
            [
                ("Queremos recuperar la feria", "Iker Salazar"),
                ("Y si alguien sabe arreglar un generador, que nos llame.", "Iker Salazar"),
            ],
        ),
        (  # Italian: a role, the holder, an age and a trade between en dashes
            _IT + "«Abbiamo più acciacchi che punti – scherza il capitano, Ugo Bellandi, 52 anni, "
            "geometra –. O almeno così era a ottobre.»",
            [
                ("Abbiamo più acciacchi che punti", "Ugo Bellandi"),
                ("O almeno così era a ottobre.", "Ugo Bellandi"),
            ],
        ),
        (  # Portuguese: a role and its holder between commas
            _PT + "«O plano é mau, afirmou o presidente da junta, Rui Campelo. Vamos mudá-lo.»",
            [("O plano é mau", "Rui Campelo"), ("Vamos mudá-lo.", "Rui Campelo")],
        ),
    ],
)
def test_incise_cuts_the_quotation_in_two(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an impersonal "dit-on" is no attribution
        _FR + "« Il faut, dit-on, tout reconstruire avant l'hiver. »",
        # reported speech going on after the verb, not an incise
        _IT + "«Il piano è sbagliato, dice che non funziona e va rifatto.»",
        # an aside between dashes with no speech verb
        _FR + "« Le projet – ambitieux – coûtera cher à la commune. »",
    ],
)
def test_no_incise_keeps_the_quotation_whole(text: str) -> None:
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].quote == text[text.index("«") + 1 : text.rindex("»")].strip()


def test_a_comma_after_a_closing_mark_is_outside_the_words() -> None:
    # a paragraph reopened with "»" (Spanish continuation) whose words close mid-paragraph: the
    # narration after the attribution is no quotation
    text = (
        _ES + "«No venimos a pedir limosna —dijo la presidenta, Amparo Ribes—. Venimos a pedir "
        "que se cumpla la ley.\n\n»Sin inspecciones, la ley es papel mojado», advirtió Ribes, "
        "entre los aplausos del público."
    )
    quotes = [q.quote for q in find_quotes(text)]
    assert not any(q.startswith("entre los aplausos") for q in quotes)


def test_english_keeps_its_own_marks_per_part() -> None:
    # English closes the marks around its attribution; nothing inside the marks is cut
    text = (
        "The council voted on Monday to close the village school, a decision that surprised "
        "parents and residents alike after months of campaigning.\n\n"
        "“We will fight this, and we will win,” said Ada Wren, who chairs the parents' group."
    )
    assert _said(text) == [("We will fight this, and we will win,", "Ada Wren")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an incise after a word or two cuts one sentence: the words go on after its comma
            _FR + "Gilles Aubry préside le club de natation.\n\n"
            "« C'est, dit-il, le plus beau jour de ma vie. »",
            [("C'est", "Gilles Aubry"), ("le plus beau jour de ma vie.", "Gilles Aubry")],
        ),
        (
            _ES + "«Esperamos, dice Ana Beltrán, que el gobierno escuche a los vecinos.»",
            [
                ("Esperamos", "Ana Beltrán"),
                ("que el gobierno escuche a los vecinos.", "Ana Beltrán"),
            ],
        ),
        (  # after a whole clause, a few words describing the speaker are no words said
            _FR + "« On attendait ça depuis des années, explique Gilles Aubry, visiblement ému. »",
            [("On attendait ça depuis des années", "Gilles Aubry")],
        ),
        (
            _IT + "«Lo aspettavamo da anni, dice Anna Ferrando, commossa.»",
            [("Lo aspettavamo da anni", "Anna Ferrando")],
        ),
        (  # a time after a verb with no subject is no speaker
            _ES + "La alcaldesa, Marta Gil, habló al salir del pleno.\n\n"
            "«No vamos a cerrar la piscina, dijo el martes. Es una promesa.»",
            [("No vamos a cerrar la piscina", "Marta Gil"), ("Es una promesa.", "Marta Gil")],
        ),
        (  # nor the one the words were said to
            _ES + "La alcaldesa, Marta Gil, habló al salir del pleno.\n\n"
            "«Vamos a ganar este pleito —explicó a este diario—. No tenemos ninguna duda.»",
            [("Vamos a ganar este pleito", "Marta Gil"), ("No tenemos ninguna duda.", "Marta Gil")],
        ),
        (  # a hyphen inside a name closes no incise set off by spaced hyphens
            _IT + "«Nuoteremo presto - dice Jean-Luc Moretti - e saremo felici.»",
            [("Nuoteremo presto", "Jean-Luc Moretti"), ("e saremo felici.", "Jean-Luc Moretti")],
        ),
    ],
)
def test_where_the_words_resume_after_an_incise(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a verb and its object inside the words, not an attribution
        _ES + "«El profesor entra, explica la lección y se va», resume un alumno.",
        # French names its subject: a list of participles is no incise
        _FR + "« Nous avons écouté les familles, expliqué, rassuré, puis nous avons décidé. »",
    ],
)
def test_a_verb_inside_the_words_is_no_incise(text: str) -> None:
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].quote.startswith(("El profesor entra, explica", "Nous avons écouté"))


def test_a_person_named_in_an_incise_is_named_for_later_quotations() -> None:
    # the mayor is introduced only inside the attribution between dashes; "la alcaldesa" later
    # is her, not the other Calvo named before
    text = _ES + (
        "Petra Calvo, dueña del bar de la plaza, lleva semanas recogiendo firmas.\n\n"
        "«Hemos pedido más autobuses —reconoce la alcaldesa, Remedios Calvo—. Y los tendremos.»\n\n"
        "La alcaldesa admite que el presupuesto es corto: «Da para arreglar baches y poco más».\n\n"
        "El pleno votará el plan en junio."
    )
    assert [q.speaker for q in find_quotes(text)][-1] == "Remedios Calvo"


def test_an_incise_may_end_on_a_longer_complement() -> None:
    text = _FR + (
        "« Le coach m'a demandé d'attaquer dès la première minute, a raconté l'ailier au micro "
        "de la radio locale. Leur défense montait très haut. »"
    )
    assert [q.quote for q in find_quotes(text)] == [
        "Le coach m'a demandé d'attaquer dès la première minute",
        "Leur défense montait très haut.",
    ]
