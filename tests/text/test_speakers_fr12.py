"""French speaker shapes from a courts, police and local-government desk (passages invented).

Officials named as a body's ("trois inspecteurs de l'inspection générale des finances") then
called "Les inspecteurs" speak for that body. "parle d'un « … »" gives the subject's words; a
verb after a semicolon is no attribution of the quotation before it. A role's charge ("l'enquêteur
chargé du dossier avait décrit") is no part of the subject, nor a fronted "Quelques
heures plus tôt,".

Someone unnamed described with a noun in "-é" after an article ("un conseiller de la majorité",
"une ancienne employée de la société") keeps the whole description: that noun is no
participle ending it. A group's, a scheme's or a campaign's name in marks right after its noun
("le collectif « Rives vivantes »") is a name shown with no speaker, not the words of the person
the sentence names. "se dit « inquiète »", "s'est dit « soulagé »": someone calls themself so,
their words (not "on se dit", nor a clause of "si"). "« … », juge le syndicat X" gives X's
verdict. A body's subject before "avait (déjà) relevé" is the body, without the auxiliary. An
agency, a union or an association ("l'agence", "le syndicat") is no role noun standing for the
person named just before. An association, a collective or a union speaks under its own name
("l'association Les Amis du Lavoir" -> "Les Amis du Lavoir" stays as written when "de" follows).
"""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes
from tests.text.speaker_cases import FR_MORE, Case, outcomes

CASES: list[Case] = [
    # an unnamed description whose last noun ends in "-é" after an article
    (
        "Le conseil a voté le budget tard dans la nuit. Un conseiller de la majorité, qui a "
        "requis l'anonymat, glissait à la sortie que « certains ont voté en se bouchant le nez »."
        + FR_MORE,
        [("certains ont voté", "un conseiller de la majorité")],
    ),
    (
        "Une ancienne employée de la société, entendue comme témoin, a raconté avoir vu le "
        "gérant « crier » sur ses salariés." + FR_MORE,
        [("crier", "une ancienne employée de la société")],
    ),
    # a group's name in marks after its noun: no one's words
    (
        "Pour Sophie Marlin, porte-voix du collectif « Rives vivantes », le projet « sacrifie "
        "les berges pour un parking »." + FR_MORE,
        [("Rives vivantes", None), ("sacrifie les berges", "Sophie Marlin")],
    ),
    # someone calling themself something, after a fronted phrase
    (
        "À la sortie du tribunal, Hélène Vidal, la sœur de la victime, s'est dite « apaisée ». "
        "« Justice est rendue, nous allons pouvoir faire notre deuil. »" + FR_MORE,
        [("apaisée", "Hélène Vidal"), ("Justice est rendue", "Hélène Vidal")],
    ),
    (
        "Le maire, Gilles Aubry, se dit « inquiet » pour la suite du chantier." + FR_MORE,
        [("inquiet", "Gilles Aubry")],
    ),
    # "juge" after the comma, its subject inverted
    (
        "La mairie promet deux agents de plus l'an prochain. Un effort « bien trop tardif », "
        "juge le syndicat Force Territoriale, qui appelle à la grève." + FR_MORE,
        [("bien trop tardif", "Force Territoriale")],
    ),
    # a body before "avait déjà relevé", with an aside
    (
        "La Cour des comptes, dans un rapport publié l'an dernier, avait déjà relevé une « gestion "
        "hasardeuse » des subventions." + FR_MORE,
        [("gestion", "La Cour des comptes")],
    ),
    # the officials of a body stand for it
    (
        "Conduite par trois inspecteurs de l'inspection générale des finances, la mission a "
        "rendu ses conclusions. Les inspecteurs estiment que « les contrôles internes ont été "
        "négligés pendant des années »." + FR_MORE,
        [("les contrôles internes", "l'inspection générale des finances")],
    ),
    # "parle de « … »": the subject's words
    (
        "Le maire de Corbières, Alain Testud, parle d'un « vrai soulagement » pour le village."
        + FR_MORE,
        [("vrai soulagement", "Alain Testud")],
    ),
    # a role noun with its charge ("chargé du dossier") before the verb
    (
        "Pendant l'audience, l'enquêteur de la brigade de recherches chargé du dossier avait "
        "décrit un homme « très calme » au moment de son arrestation." + FR_MORE,
        [("très calme", "l'enquêteur de la brigade de recherches")],
    ),
    # a fronted "Quelques heures plus tôt," before the subject pronoun of a colon lead
    (
        "Le tribunal a condamné jeudi Bruno Lemaire, 38 ans, à deux ans de prison.\n\n"
        "L'accusé, qui niait les faits, est resté impassible. Quelques heures plus tôt, appelé à "
        "la barre une dernière fois, il s'était tourné vers la salle : « Je regrette ce qui "
        "s'est passé. »" + FR_MORE,
        [("Je regrette", "Bruno Lemaire")],
    ),
    # an association speaks under its own name
    (
        "L'association Vieux Quartiers dénonce « un permis délivré en catimini » et annonce un "
        "recours." + FR_MORE,
        [("un permis délivré", "Vieux Quartiers")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fr12_shapes(text: str, expected: list[tuple[str, str | None]]) -> None:
    got = outcomes([(text, expected)])
    assert [(head, found) for head, _, found in got] == expected


def _speaker(text: str, head: str) -> str | None:
    return next(q.speaker for q in find_quotes(text) if q.quote.startswith(head))


def test_so_called_stays_a_label() -> None:
    # near miss: "le quartier dit « sensible »" is a label, no one calling themself so
    text = "Le quartier dit « sensible » attend sa rénovation depuis dix ans." + FR_MORE
    assert not any(q.quote == "sensible" and q.speaker for q in find_quotes(text))


def test_on_se_dit_is_no_one_named() -> None:
    # near miss: "on se dit « serein »" after a fronted place names no one
    text = (
        "Le scrutin aura lieu dimanche. Dans l'équipe de Paul Ferrand, on se dit « serein »."
        + FR_MORE
    )
    assert all(q.speaker != "Paul Ferrand" for q in find_quotes(text))


def test_an_agency_is_no_role_of_the_person_before() -> None:
    # near miss: "l'agence" after a sentence naming a person is not that person
    text = (
        "Le directeur, Marc Olivier, a répondu aux questions. Dans un communiqué, l'agence "
        "assure qu'elle « suivra le dossier de près »." + FR_MORE
    )
    assert _speaker(text, "suivra le dossier") != "Marc Olivier"


def test_a_union_with_a_complement_keeps_its_noun() -> None:
    # near miss: the group name rule leaves a union with a complement as written
    text = "Le syndicat CFDT du groupe regrette « une décision brutale et unilatérale »." + FR_MORE
    assert _speaker(text, "une décision brutale") != "CFDT du groupe"


def test_officials_with_no_body_given_stay_as_written() -> None:
    # near miss: "Les enquêteurs" when the text never named their body
    text = (
        "Deux jeunes ont été interpellés. Les enquêteurs assurent que « les faits sont "
        "reconnus par les deux suspects »." + FR_MORE
    )
    assert _speaker(text, "les faits sont reconnus") == "Les enquêteurs"


def test_a_semicolon_closes_the_quotations_clause() -> None:
    # near miss: the verb after a semicolon opens a clause of its own, no attribution
    text = (
        "La direction reproche au salarié un « manque de loyauté » envers sa hiérarchie ; ses "
        "collègues parlent d'une sanction politique." + FR_MORE
    )
    assert _speaker(text, "manque de loyauté") != "envers sa hiérarchie ; ses collègues"


def test_a_charge_with_a_capital_keeps_the_name_after_it() -> None:
    # near miss: "l'adjoint chargé de la Sécurité, Paul X," is Paul X
    text = (
        "L'adjoint chargé de la Sécurité, Paul Verdier, a dénoncé « une provocation pure et "
        "simple » lors du conseil." + FR_MORE
    )
    assert _speaker(text, "une provocation") == "Paul Verdier"
