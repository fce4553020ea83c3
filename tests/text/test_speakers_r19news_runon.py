"""English news pages that run a quotation's paragraphs together on one line (BBC copy): each
paragraph but the last is left unclosed and the next opens on a mark after a space, '"A. "B,"
said X.' The mark after the stop opens the next piece (``marks``); a piece with no attribution
of its own goes on with the piece before it (``going_on.reopened_piece``), and a first piece with
no speaker takes the tag that closes the run on a comma (``protagonist.unclosed_speakers``).
Near misses: a word in marks inside a sentence, a run whose last piece closes on a stop before a
sentence reporting someone else, and a piece naming someone in full before the next piece (but
not right after 'X said:'); a run closing on a comma after its mark ('"B", disse X'); a
speaker's own words quoted inside in the first person ('"Get down," I yelled')."""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes
from tests.text.speaker_cases import speaker_of

EN_MORE = (
    "\n\nThe county board will publish its figures for the season in the spring, and clubs have "
    "been asked to send their returns before the end of January."
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # the tag after the second piece names the speaker of the first
            "Ferry crews in the north met on Tuesday.\n\n"
            "Several skippers said the new timetable was unworkable and the winter crossings "
            'would suffer. "The real trouble is the tide tables nobody in the office has read. '
            '"It sounds fine on paper, but a boat does not wait for a spreadsheet," said '
            "harbour master Oswin Trelawney." + EN_MORE,
            "The real trouble is the tide",
            "Oswin Trelawney",
        ),
        (  # the second piece is the tagged quotation itself
            "Ferry crews in the north met on Tuesday.\n\n"
            "Several skippers said the new timetable was unworkable and the winter crossings "
            'would suffer. "The real trouble is the tide tables nobody in the office has read. '
            '"It sounds fine on paper, but a boat does not wait for a spreadsheet," said '
            "harbour master Oswin Trelawney." + EN_MORE,
            "It sounds fine on paper",
            "Oswin Trelawney",
        ),
        (  # a three-piece run after "X said:" goes on with X
            "The bakery reopened on Saturday.\n\n"
            'Its owner, Marit Solberg, said: "We lost the oven in the flood. "It took us four '
            'months to find another one. "Now the queue starts at six again." Sales of rye bread '
            "have doubled since." + EN_MORE,
            "Now the queue starts",
            "Marit Solberg",
        ),
        (  # a later piece closing on a stop goes on with the first, not with a person the
            # next sentence reports
            "The bakery reopened on Saturday.\n\n"
            'Its owner, Marit Solberg, said: "We lost the oven in the flood. "It took us four '
            'months to find another one." Local councillor Idris Penhaligon said the flood '
            "defences would be raised next year." + EN_MORE,
            "It took us four months",
            "Marit Solberg",
        ),
        (  # a run after a single quotation closing its sentence: "… 'daft.' "B."
            "The stadium deal was signed in March.\n\n"
            'Chief executive Ansel Drummond said: "When the offer came the board called it '
            "'daft.' \"Nobody turns down money like that,\" he added." + EN_MORE,
            "Nobody turns down money",
            "Ansel Drummond",
        ),
    ],
)
def test_runon_pieces(text: str, head: str, speaker: str) -> None:
    assert speaker_of(text, head) == speaker


PT_MORE = (
    "\n\nA estrada vai ficar fechada ao trânsito durante várias semanas, enquanto decorrem as "
    "obras de reparação. Foi criado um desvio pelas aldeias vizinhas para os autocarros."
)


def test_runon_nested_first_person() -> None:
    # near miss: a speaker's own words in straight marks inside what they say, tagged in the
    # first person ('"Get down," I yelled'), are no new paragraph with no speaker
    text = (
        "The station was cleared on Friday.\n\n"
        'Porter Sami Kassab said: "We heard a loud crack. "Get down," I yelled, and everybody '
        'dropped to the floor."' + EN_MORE
    )
    assert speaker_of(text, "We heard a loud crack") == "Sami Kassab"
    assert not [q for q in find_quotes(text) if q.quote.startswith("Get down") and not q.speaker]


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # near miss: a word in marks inside a sentence is no new paragraph
            "The bakery reopened on Saturday.\n\n"
            'Its owner, Marit Solberg, said: "We were told to call it "artisan" bread and '
            'charge double." Sales of rye bread have doubled since.' + EN_MORE,
            "We were told to call it",
            "Marit Solberg",
        ),
        (  # near miss: a first piece with no speaker does not take a reported clause after a
            # later piece closing on a stop
            "Ferry crews in the north met on Tuesday.\n\n"
            "Several skippers said the new timetable was unworkable and the winter crossings "
            'would suffer. "The real trouble is the tide tables nobody in the office has read. '
            '"A boat does not wait for a spreadsheet." Harbour master Oswin Trelawney said the '
            "rota would be reviewed." + EN_MORE,
            "The real trouble is the tide",
            None,
        ),
        (  # near miss: after a piece opening on someone's full name and a verb (perhaps the
            # writer's sentence between two quotations) the run goes on with no one
            "The choir toured in May.\n\n"
            'Greta Halvorsen said the tour had been hard. "We sang every night," she said.\n\n'
            '"Some halls were freezing and the buses were late. "Bruno Castellane runs the '
            'society. "Nobody expected the tickets to sell out in a day."' + EN_MORE,
            "Nobody expected the tickets",
            None,
        ),
        (  # near miss: a piece opening on someone's full name right after 'X said:' is X's
            # words, and the run goes on with X
            "The drivers voted to strike.\n\n"
            'Shop steward Lena Orr said: "Piet Vance runs the depot very badly. "He should '
            'step down before the vote."' + EN_MORE,
            "He should step down",
            "Lena Orr",
        ),
        (  # near miss: a comma after the closing mark ends the run on its tag too
            "A ponte ruiu durante a madrugada.\n\n"
            '"O rio subiu muito depressa. "Não tivemos tempo de tirar nada de casa", contou o '
            "morador Rui Campos." + PT_MORE,
            "O rio subiu muito depressa",
            "Rui Campos",
        ),
    ],
)
def test_runon_guards(text: str, head: str, speaker: str | None) -> None:
    assert speaker_of(text, head) == speaker
