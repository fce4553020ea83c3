"""English speakers (en11, invented passages): "he said"/"she said" after a sentence about
someone unnamed, a relative "that" before a verdict verb, a reported clause after "and said",
a party's name qualifying a role noun, and a charity named by an imperative ("Save the …")."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

CLOSE = "\n\nThe meeting ended shortly after nine, and a further session is planned for March."

CASES: list[Case] = [
    (  # someone unnamed, with an apposition, then "she said": the apposition, not the last name
        "Dr Helen Marsh opened the evening with a short talk on the new clinic.\n\n"
        "At the back of the room, one woman, a retired midwife, wanted to know why the ward "
        "had closed.\n\n"
        "\u201cI worked there for thirty years,\u201d she said. \u201cNobody asked us.\u201d"
        + CLOSE,
        [
            ("I worked there for thirty years", "a retired midwife"),
            ("Nobody asked us.", "a retired midwife"),
        ],
    ),
    (  # a description with its complement, then a pronoun sentence, then "he said"
        "The council leader, Sarah Penrose, said the scheme would go ahead.\n\n"
        "By the door, the man in the green anorak waited with his dog. Asked what he made "
        "of it, he laughed.\n\n"
        "\u201cThey said the same last year,\u201d he said." + CLOSE,
        [("They said the same last year", "the man in the green anorak")],
    ),
    (  # a sentence opening on an unnamed person, then the pronoun
        "Councillor Brian Holt defended the cuts at length.\n\n"
        "A young mother lingered after the speeches had ended.\n\n"
        "\u201cI just want the bus back,\u201d she said." + CLOSE,
        [("I just want the bus back", "A young mother")],
    ),
    (  # "that" and a plural noun before a verdict verb: a relative, no speaker
        "The delay is another setback for a firm that analysts once described as a \u201cquiet "
        "giant\u201d. Its first plant closed in 2021." + CLOSE,
        [("quiet giant", None)],
    ),
    (  # "that" then a passive: a conjunction, the clause's subject is no speaker
        "The inspectors concluded that ward managers were warned twice and \u201cdid nothing "
        "of substance.\u201d" + CLOSE,
        [("did nothing of substance", None)],
    ),
    (  # "… and said X had shown “…”": the subject of the clause before, not X
        "Judge Miriam Cole jailed Darren Pike for six years at Lowton Crown Court.\n\n"
        "She called the attack \u201cbrutal and cowardly\u201d and said Pike had shown \u201cno remorse "
        "at all\u201d during the trial." + CLOSE,
        [("brutal and cowardly", "Miriam Cole"), ("no remorse at all", "Miriam Cole")],
    ),
    (  # a party's name qualifying a role noun is no person for "he"
        "Plans for 80 flats on the old dairy site were approved on Tuesday.\n\n"
        "The Liberal Democrat group leader said the scheme had been rushed. \u201cNobody "
        "voted for this,\u201d he said." + CLOSE,
        [("Nobody voted for this", None)],
    ),
    (  # a charity named by an imperative and its object, whole
        "Aid agencies warned that families would be without shelter this winter.\n\n"
        "\u201cWe are working with the council,\u201d Save the Children said. "
        "\u201cNobody is listening,\u201d Stand Up to Cancer said." + CLOSE,
        [
            ("We are working with the council", "Save the Children"),
            ("Nobody is listening", "Stand Up to Cancer"),
        ],
    ),
    (  # "One of the …, a … from <place>, said …" then "he said" in the same paragraph
        "Coxswain Rob Penhale said the sea had been the worst in years.\n\n"
        "One of the rescued walkers, a retired chemist from Leeds, said he owed the crew "
        "everything. \u201cI will buy them a pint every year,\u201d he said." + CLOSE,
        [("I will buy them a pint", "a retired chemist from Leeds")],
    ),
    (  # "But one father, who …, said …" then "he said"
        "Headteacher Mrs Alison Grey said the phone ban had worked.\n\n"
        "But one father, who asked not to be named, said the rule was unfair. \u201cNobody "
        "asked the parents,\u201d he said." + CLOSE,
        [("Nobody asked the parents", "one father")],
    ),
    (  # a street after a preposition is no person for "he"
        "Protesters gathered outside the library in Ashcombe Lane on Saturday.\n\n"
        "\u201cThey will sell it for flats,\u201d he said." + CLOSE,
        [("They will sell it for flats", None)],
    ),
    (  # "it" after "The bank said …": the bank named before, not the regulator
        "The regulator, the Financial Standards Office, fined Marlow Bank \u00a35m on Monday."
        " The bank said it accepted the findings. \u201cWe fell short,\u201d it said." + CLOSE,
        [("We fell short", "Marlow Bank")],
    ),
    (  # "the 63-year-old" is never the titled person introduced as 45
        "Mary Pike was visiting her brother when the lift stopped between floors. Engineer "
        "Colin Dorrell, 45, freed her after midnight.\n\n"
        "\u201cI sang every song I know,\u201d the 63-year-old said." + CLOSE,
        [("I sang every song I know", "Mary Pike")],
    ),
    (  # a relative in commas after "Her granddaughter" is not "the pensioner"
        "Edna Boyce swam across the lake at the age of 80. Her granddaughter, Amy, 19, swam "
        "beside her for the last mile.\n\n"
        "\u201cMy legs are like jelly,\u201d the pensioner said." + CLOSE,
        [("My legs are like jelly", "the pensioner")],
    ),
    (  # "a spokesperson" after a sentence opening on a body that speaks
        "The Dockers union, which represents staff at the port, said it would ballot members."
        " \u201cWe have been patient for too long,\u201d a spokesperson said." + CLOSE,
        [("We have been patient", "The Dockers union")],
    ),
    (  # a nationality opening a body's name stays in it
        "The British Grocers Consortium said its members \u201cwelcome any review\u201d of"
        " prices." + CLOSE,
        [("welcome any review", "The British Grocers Consortium")],
    ),
    (  # an age phrase is not the relative given by first name after "whose father,"
        "Among the relatives at the trial was Ruth Penhale, whose father, Arthur, spent his "
        "last year at Beech Lodge. Contacted yesterday, she said she was \u201cnot "
        "surprised\u201d.\n\n"
        "\u201cSomeone should answer for what happened to Dad,\u201d the 58-year-old said." + CLOSE,
        [("Someone should answer", "Ruth Penhale")],
    ),
    (  # a couple: "Mr Hardy" and "Mrs Hardy" each their own full name
        "Tom and Ellen Hardy's son Jack died in the crash in March.\n\n"
        "\u201cHe had only just passed his test,\u201d Mrs Hardy said. \u201cIf one young "
        "driver slows down, it is worth it,\u201d Mr Hardy added." + CLOSE,
        [("He had only just passed", "Ellen Hardy"), ("If one young driver", "Tom Hardy")],
    ),
    (  # "Asked whether … X …, he paused": the names in the question are not the answerer
        "Chairman Ian Royce, who sold top scorer Dean Okoro in January, said the timing was"
        " right.\n\n"
        "Asked whether selling Okoro had hurt his manager, he paused. \u201cMaybe the timing"
        " was not ideal.\u201d" + CLOSE,
        [("Maybe the timing was not ideal", "Ian Royce")],
    ),
    (  # "One editor in Leeds wrote": someone there, never the place; the editor, by their
        # description (``descriptions``)
        "The novel was turned down many times.\n\n"
        "One editor in Leeds wrote, \u201cLovely, but who is it for?\u201d I kept the "
        "letter." + CLOSE,
        [("Lovely, but who is it for?", "one editor in Leeds")],
    ),
    (  # "Her son was firm …" then "he said": the son the text introduced, not the last man
        "The potter Ivy Marsh has died at 90. Her son, Oliver Marsh, said she worked to the "
        "end.\n\n"
        "Her former assistant, the glassblower Ravi Menon, called the studio \u201ca shed "
        "with ambitions\u201d.\n\n"
        "Her son was firm about the funeral. \u201cNo flowers. She was very clear,\u201d he "
        "said." + CLOSE,
        [("No flowers. She was very clear", "Oliver Marsh")],
    ),
    (  # "Among the crowd was X": X is the sentence's subject, the next "she said" hers
        "Nadia Kerr won the prize for her first novel, and the critic Paul Dane praised "
        "Kerr's book.\n\n"
        "Among the crowd was Freda Lyle, a member of Kerr's book club. \u201cWe told her the "
        "ending was too sad,\u201d she said." + CLOSE,
        [("We told her the ending", "Freda Lyle")],
    ),
    (  # "Its creator, 14-year-old X, said": the name after the age, not the role
        "The scarecrow on the tractor took first prize. Its creator, 12-year-old Poppy "
        "Lanyon, said it had taken \u201cthree weekends and Dad's overalls\u201d." + CLOSE,
        [("three weekends and Dad's overalls", "Poppy Lanyon")],
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_en11_shapes(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


GUARDS: list[Case] = [
    (  # a named person in between who may be the pronoun's: the name rules decide
        "At the back of the room, one woman, a retired midwife, wanted to know why the ward "
        "had closed. Ruth Carver, the trust's director, answered her.\n\n"
        "\u201cWe had no staff left,\u201d she said." + CLOSE,
        [("We had no staff left", "Ruth Carver")],
    ),
    (  # a description of the other gender: not the pronoun's person
        "Ann Lowry chairs the residents' group.\n\n"
        "One man, a retired teacher, stood up to complain about the parking.\n\n"
        "\u201cWe need a plan,\u201d she said." + CLOSE,
        [("We need a plan", "Ann Lowry")],
    ),
    (  # "the man" alone may be someone named before: left to the name rules
        "Police named the driver as Keith Barlow, 52.\n\n"
        "The man waited by the van for an hour.\n\n"
        "\u201cI did not see her,\u201d he said." + CLOSE,
        [("I did not see her", "Keith Barlow")],
    ),
    (  # an unnamed description without a verb after it: no reading of this rule
        "Ann Lowry chairs the residents' group.\n\n"
        "A petition, a thick folder of names, lay on the table.\n\n"
        "\u201cWe need a plan,\u201d she said." + CLOSE,
        [("We need a plan", "Ann Lowry")],
    ),
    (  # a relative given the role noun in their own sentence is that role's person
        "Ann Ruiz teaches at the school. Her daughter, Sofia Ruiz, is a junior there and "
        "less keen.\n\n"
        "\u201cI learn more at my job,\u201d the junior said." + CLOSE,
        [("I learn more at my job", "Sofia Ruiz")],
    ),
    (  # someone named between the body's sentence and the spokesperson: no body read
        "The Dockers union said it would ballot members. Its leader, Tom Reyes, agreed.\n\n"
        "\u201cWe have been patient,\u201d a spokesperson said." + CLOSE,
        [("We have been patient", "a spokesperson")],
    ),
]


@pytest.mark.parametrize("case", GUARDS)
def test_en11_guards(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
