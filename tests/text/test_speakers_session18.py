"""Speaker shapes of the eighteenth session's blind round (invented passages)."""

from __future__ import annotations

import random
import re

import pytest

from bot.text.quotes import find_quotes
from bot.text.speakers.epithets import REACH_BACK, introduced_before
from tests.text.speaker_cases import FR_MORE, PT_MORE, speaker_of

# A spokesperson of a named body as a sentence's subject before a colon: the body speaks.
# The description reader gives the body's one word ("Comité"), which once broke the whole
# article's quotations (an index error dropped every quotation of the text).
SPOKESPERSON_OF_A_BODY = [
    (
        "La grève est suspendue\n\nLes salariés de l'usine de Brassac ont voté la reprise du "
        "travail lundi. Un porte-parole du Comité a affirmé : « Nous restons mobilisés "
        "jusqu'à la signature de l'accord. »" + FR_MORE,
        "Nous restons mobilisés",
        "Comité",
    ),
    (
        "Greve suspensa em Vilar\n\nOs trabalhadores da fábrica votaram o regresso ao "
        "trabalho na segunda-feira. Um porta-voz da Comissão afirmou: “Continuamos atentos "
        "até à assinatura do acordo.”" + PT_MORE,
        "Continuamos atentos",
        "Comissão",
    ),
]


@pytest.mark.parametrize(("text", "head", "speaker"), SPOKESPERSON_OF_A_BODY)
def test_a_spokesperson_of_a_named_body_before_a_colon_gives_the_body(text, head, speaker):
    assert speaker_of(text, head) == speaker


def test_every_quotation_of_such_an_article_is_found():
    text, _, _ = SPOKESPERSON_OF_A_BODY[0]
    extra = "\n\n« On ne lâchera rien », a lancé une ouvrière à la sortie du vote."
    found = [q.quote for q in find_quotes(text + extra)]
    assert any(q.startswith("Nous restons") for q in found)
    assert any(q.startswith("On ne lâchera rien") for q in found)


# "said the Swede" points back to the person named before it, unless the text introduced
# someone as "a (young) Swede": the introductions are found once per text, so every one of many
# such quotations gets the answer it gets alone
_SWEDE = "Lars Berg won again on Sunday in Falun. “It was hard,” said the Swede.\n\n"
_A_SWEDE = (
    "Lars Berg won again on Sunday in Falun, ahead of a young Swede. “It was hard,” said the "
    "Swede.\n\n"
)


@pytest.mark.parametrize(("unit", "speaker"), [(_SWEDE, "Lars Berg"), (_A_SWEDE, "the Swede")])
def test_a_nationality_epithet_reads_the_same_in_a_long_text(unit, speaker):
    for text in ("Ski jumping\n\n" + unit, "Ski jumping\n\n" + unit * 60):
        assert {q.speaker for q in find_quotes(text)} == {speaker}


def test_an_introduction_far_back_no_longer_counts():
    # (an introduction is read within a reach before the epithet, not over the whole text)
    filler = "The hill was cold and the wind came from the north that day. " * 200
    text = (
        "Ski jumping\n\nA young Swede watched from the stands.\n\n"
        + filler
        + "\n\nLars Berg won again on Sunday in Falun. “It was hard,” said the Swede."
    )
    assert speaker_of(text, "It was hard") == "Lars Berg"
    near = text.replace("A young Swede watched", "The crowd watched").replace(
        "Lars Berg won again", "Lars Berg beat a young Swede again"
    )
    assert speaker_of(near, "It was hard") == "the Swede"


# "Her manager, X," introduces someone who belongs to the profile's subject; the introduction
# is looked for once per person, however many quotations follow
_PROFILE = (
    "Mira Solberg wrote her first book in a garden shed. “It was the only quiet room,” she "
    "says.\n\nHer agent, Tessa Moorcroft-Lind, says the pause last year was essential. “Nobody "
    "was going to let her burn out,” she says.\n\nNow she is writing again, and the new book "
    "sold out in a week.\n\nDoes she fear the deadline? She laughs. “Every single day,” she "
    "admits.\n\n"
)


def test_an_aide_introduced_by_her_gives_back_the_subjects_words_in_a_long_profile():
    for text in ("A writer's year\n\n" + _PROFILE, "A writer's year\n\n" + _PROFILE * 25):
        quotes = find_quotes(text)
        agent = {q.speaker for q in quotes if q.quote.startswith("Nobody was going")}
        subject = {q.speaker for q in quotes if q.quote.startswith("Every single day")}
        assert agent == {"Tessa Moorcroft-Lind"}
        assert subject == {"Mira Solberg"}


def test_an_introduction_is_found_as_a_plain_search_of_the_window_finds_it():
    # (what is searched is remembered per text; asked in any order, at any place, the answer
    # is the one a search of the window before that place gives)
    pattern = r"\b(?:a|an)\s+(?:\w+\s+)?spokesman\b"
    compiled = re.compile(pattern, re.IGNORECASE)
    rng = random.Random(7)
    parts = []
    for k in range(1200):
        parts.append(
            "A spokesman for the port spoke. " if k % 400 == 0 else "The ships came in late. "
        )
    text = "".join(parts)
    places = [rng.randrange(len(text)) for _ in range(300)]
    answers = set()
    for order in (sorted(places), sorted(places, reverse=True), places):
        for pos in order:
            expected = compiled.search(text, max(0, pos - REACH_BACK), pos) is not None
            assert introduced_before(pattern, text, pos, True) == expected, pos
            answers.add(expected)
    assert answers == {True, False}


# A sentence of context between two quotations of one speaker introduces someone who does not
# speak: the second quotation goes on with the first one's speaker. A person introduced with a
# verb of stance ("blames", "repeated his calls") takes it (tests in test_speakers_r18news.py).
_CLOSING = (
    "\n\nThe council will publish its full response later this month, after a consultation "
    "with residents and local businesses across the district."
)
CONTEXT_BETWEEN = [
    (
        "“The figures were drawn up in London,” said council leader Mona Reid. Prime Minister "
        "Alan Frost announced the targets last month. “We do not have the roads for it.”",
        "We do not have the roads",
        "Mona Reid",
    ),
    (
        "“It was our best game this year,” said manager Colin Hart. Striker Dean Wells, 20, "
        "scored twice. “I have told him to stay humble.”",
        "I have told him",
        "Colin Hart",
    ),
    (
        "“This was a cowardly attack,” said Det Insp Lucy Marsh. Peter Gale, 47, of Eastfield, "
        "was charged on Saturday. “Anyone with footage should call us.”",
        "Anyone with footage",
        "Lucy Marsh",
    ),
    (
        "“Some nights there are two of us on the ward,” said nurse Helen Dray. Former director "
        "Simon Vale was appointed chief executive last week. “Somebody has to listen.”",
        "Somebody has to listen",
        "Helen Dray",
    ),
    (
        "“It is a dark day for the town,” said union official Rosa Lind. Company boss Greg "
        "Moss's statement blamed energy costs for the closure. “We have been let down.”",
        "We have been let down",
        "Rosa Lind",
    ),
]


CONTEXT_BETWEEN = [
    ("Town news\n\n" + text + _CLOSING, head, sp) for text, head, sp in CONTEXT_BETWEEN
]


# A letter or a ruling "published by" a newspaper is not the newspaper's words; a statement
# published by a body is that body's
PUBLISHED_BY = [
    (
        "Greve no porto\n\nOs estivadores mantêm a paralisação desde segunda-feira. «A greve "
        "continua até haver acordo», lê-se no comunicado divulgado pela Associação dos "
        "Estivadores." + PT_MORE,
        "A greve continua",
        "Associação dos Estivadores",
    ),
    (
        "Hospitais sob pressão\n\nOs hospitais receberam instruções novas na semana passada. "
        "«Não haverá mais adiamentos sem justificação», lê-se na carta divulgada pelo Diário "
        "de Vilar." + PT_MORE,
        "Não haverá mais",
        None,
    ),
    (
        "Hôpitaux\n\nLes hôpitaux ont reçu de nouvelles consignes la semaine dernière. « Il n'y "
        "aura plus de report », peut-on lire dans la lettre publiée par le Courrier de l'Ouest."
        + FR_MORE,
        "Il n'y aura plus",
        None,
    ),
]


# The review of the late sports and courts rules (German, Dutch, English), each with the shape
# it guards
_DE_MORE = (
    "\n\nDie Feuerwehr blieb bis zum Morgen vor Ort, um das Viertel zu überwachen, und die "
    "Stadt richtete in der Turnhalle der Gemeinde eine Notunterkunft für die Familien ein, die "
    "nicht in ihre Wohnungen zurückkehren konnten."
)
_NL_MORE = (
    "\n\nDe gemeente heeft de bewoners van de wijk per brief geïnformeerd en houdt volgende "
    "week een avond in het buurthuis, waar ook de politie en de woningcorporatie bij zijn."
)
LATE_REVIEW = [
    (  # a defendant put on trial by name: "der Angeklagte" is that person
        "Betrugsprozess\n\nVor dem Amtsgericht muss sich seit Dienstag der frühere Kämmerer "
        "Peter Lenz wegen Betrugs verantworten.\n\nLenz weist die Vorwürfe zurück. „Ich habe "
        "nie einen Cent genommen“, sagte der Angeklagte." + _DE_MORE,
        "Ich habe nie einen Cent",
        "Peter Lenz",
    ),
    (  # a passive's unnamed person is no speaker: the officer named before speaks
        "Überfall auf Kiosk\n\nKommissarin Sabine Roth leitet die Ermittlungen zu dem Überfall "
        "auf den Kiosk am Marktplatz.\n\nAm Dienstagabend wurde eine 31-jährige Frau "
        "festgenommen. „Wir gehen von einer Einzeltäterin aus“, sagte sie." + _DE_MORE,
        "Wir gehen von einer",
        "Sabine Roth",
    ),
    (  # "de club" with a weekday after it: the club of the report
        "Bekers op het veld\n\nVV Dokkerveen heeft zaterdag thuis met 1-3 verloren."
        "\n\nNa de wedstrijd werden bekers op het veld gegooid. ‘Wij sporen de daders op’, "
        "schrijft de club zondag op de website." + _NL_MORE,
        "Wij sporen de daders op",
        "VV Dokkerveen",
    ),
    (  # English: police speaking before "the club said" are no club
        "Fans arrested\n\nFour fans were arrested after the cup tie.\n\nPolice said officers "
        "were hit by coins. “Those involved will be banned for life,” the club said.\n\nThe "
        "club will hold a meeting with its supporters' trust next week to discuss safety.",
        "Those involved will be banned",
        "the club",
    ),
    (  # a view of a nickname is the speaker's own words
        "The Wall\n\nDaniel Mensah has kept nine clean sheets this season.\n\nHe says the "
        "nickname is “a bit much” but his team-mates use it every day.\n\nThe club will "
        "decide on a new contract for the goalkeeper before the end of the month.",
        "a bit much",
        "Daniel Mensah",
    ),
]


@pytest.mark.parametrize(("text", "head", "speaker"), CONTEXT_BETWEEN + PUBLISHED_BY + LATE_REVIEW)
def test_the_reviewed_shapes(text, head, speaker):
    # (a sentence of context between two quotations keeps the speaker; who published a letter
    # did not write it; the late review's German, Dutch and English shapes)
    assert speaker_of(text, head) == speaker
