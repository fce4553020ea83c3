"""English speakers, precision first: a body named in full then called "the company" or "the
gallery" (its name's kind: "Ferries", "Patrol", "Gallery", "District", "Games"); a role phrase
with the name in commas after it ("The chair of judges, the poet X Y, said"); a role noun
after a sentence in which the one person named says something ("X, a 24-year-old
right-hander, said …. “…,” the reliever said"), also when that role noun opens its own
sentence ("The youngster grinned: “…”"); the prosecutor of a British court report ("X KC,
prosecuting,", "Opening the prosecution case …, X told jurors"); someone unnamed before a
relative in commas ("An intensive-care nurse taking part in the trial, who asked not to be
named, described …"), and the "she said" right after their words; "a source close to him
said" (the source, not "him"); "the Journal of X Y": X Y is no person. Invented
passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

EN_MORE = (
    "\n\nFirefighters stayed at the scene until morning to watch over the neighbourhood, and "
    "the council opened a shelter in the sports hall for families who could not go home."
)

CASES: list[Case] = [
    # a company whose name says "Ferries", then "the company"
    (
        "A ferry ran aground off Tobermory on Tuesday.\n\n"
        "Westray Island Ferries said in a statement it was helping the investigators.\n\n"
        "“Every passenger is safe and accounted for,” the company said." + EN_MORE,
        [("Every passenger is safe", "Westray Island Ferries")],
    ),
    # a gallery named in full, then "the gallery"
    (
        "A lost portrait has gone on show in Hull.\n\n"
        "The Marlow Gallery bought the picture at auction in March. “It belongs in the city "
        "where it was painted,” the gallery said." + EN_MORE,
        [("It belongs in the city", "Marlow Gallery")],
    ),
    # a role phrase with the holder's name in commas after it
    (
        "The Fenby Prize went to a first novel this year.\n\n"
        "The chair of judges, the critic Nadia Ferrow, said the vote had been “close but "
        "friendly”. “We met four times,” she said." + EN_MORE,
        [("close but friendly", "Nadia Ferrow"), ("We met four times", "Nadia Ferrow")],
    ),
    # guard: a participle in the commas is no holder's name
    (
        "Ten people were hurt in the crash.\n\n"
        "The judge, sentencing Paul Rennick, said it was “a grave and selfish act”." + EN_MORE,
        [("a grave and selfish act", "The judge")],
    ),
    # guard: a body with a name in commas after it stays the body
    (
        "The bakery chain will close six shops.\n\n"
        "The company, founded by Peter Maddox, said it was “deeply sorry”." + EN_MORE,
        [("deeply sorry", "The company")],
    ),
    # the one person of the sentence before says something there: the role noun is theirs
    (
        "The Harriers won the title on Sunday when Dayo Okafor struck out the last batter.\n\n"
        "Okafor, a 29-year-old right-hander who joined from Leeds in May, said the coach had "
        "backed him all year. “He never doubted me,” the reliever said." + EN_MORE,
        [("He never doubted me", "Dayo Okafor")],
    ),
    # ... and when the role noun opens the attribution's own sentence
    (
        "Dunmore beat Selby 2-1 on Saturday.\n\n"
        "Jack Brennan, 19, scored the winner in the 88th minute. The youngster grinned: "
        "“I just shut my eyes and hit it.”" + EN_MORE,
        [("I just shut my eyes", "Jack Brennan")],
    ),
    # guard: a person named after the one who spoke keeps the role noun as written
    (
        "Dunmore beat Selby 2-1 on Saturday.\n\n"
        "Jack Brennan scored the winner. Selby later sacked manager Tom Kirby and his "
        "assistant Ray Moss. “It was always coming,” the youngster said." + EN_MORE,
        [("It was always coming", "the youngster")],
    ),
    # the prosecutor of a British court report
    (
        "Derek Fallon, 61, denies fraud.\n\n"
        "Opening the prosecution case at Hull Crown Court on Monday, Nina Haskett KC told "
        "jurors the defendant had been trusted by everyone.\n\n"
        "His wife, Carol Fallon, has not been charged.\n\n"
        "“You may wonder why nobody checked,” the prosecutor told the jury." + EN_MORE,
        [("You may wonder why nobody checked", "Nina Haskett")],
    ),
    (
        "Derek Fallon, 61, denies fraud.\n\n"
        "Martin Crewe, prosecuting, said the money had gone on cars. A witness, Ann Moss, said "
        "she had seen the cars.\n\n"
        "“He lived well on other people’s money,” the prosecutor said." + EN_MORE,
        [("He lived well", "Martin Crewe")],
    ),
    # guard: a prosecutor the report never names stays as written
    (
        "Derek Fallon, 61, denies fraud.\n\n"
        "A witness, Ann Moss, said she had seen the cars.\n\n"
        "“He lived well on other people’s money,” the prosecutor said." + EN_MORE,
        [("He lived well", "the prosecutor")],
    ),
    # someone unnamed before a relative in commas, and "she said" right after their words
    (
        "The results are encouraging, according to Dr Ruth Pell. “We see real change.”\n\n"
        "A night-shift porter taking part in the study, who asked not to be named, described "
        "the change as “a relief”. “I feel human again,” she said." + EN_MORE,
        [("a relief", "A night-shift porter"), ("I feel human again", "A night-shift porter")],
    ),
    # the rest of a body's name after "Journal of" is no person a "she" can stand for
    (
        "Dr Lena Marsh studies the sound of melting ice.\n\n"
        "Her paper, published in the Journal of Glacial Echoes, found the shelf is thinning. "
        "“I checked it three times,” she said." + EN_MORE,
        [("I checked it three times", "Lena Marsh")],
    ),
    # someone unnamed "close to him": the source, never the object pronoun
    (
        "Coach Ben Lowry has not spoken publicly, but a source close to him said he was "
        "“shocked and hurt”." + EN_MORE,
        [("shocked and hurt", "a source close to him")],
    ),
    # guard: a name before the verb still speaks ("Ann Lee spoke to him and said")
    (
        "Coach Ben Lowry has not spoken publicly. Ann Lee spoke to him and said it was “a "
        "shame”." + EN_MORE,
        [("a shame", "Ann Lee")],
    ),
    # guard: someone named between them takes the pronoun as before
    (
        "A night-shift porter described the change as “a relief”. Dr Ruth Pell agreed. "
        "“We see real change,” she said." + EN_MORE,
        [("We see real change", "Ruth Pell")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_r15en(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
