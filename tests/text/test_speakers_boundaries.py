"""Where a speaker phrase starts and ends: employers, party brackets, fronted adjuncts, a person
the text names by surname only, a firm that is no person (invented passages, one shape each)."""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes


def _speaker(text: str, head: str) -> str | None:
    found = [q for q in find_quotes(text) if q.quote.startswith(head)]
    assert found, f"no quotation starting {head!r} in {find_quotes(text)}"
    return found[0].speaker


CASES = [
    # speaker is the person not the employer
    (  # the person before the first "of", however many "of"s the employer has
        "“The tide tables were never meant for this,” said Maren Oduya of the "
        "University of Leeds School of Law.",
        "The tide tables",
        "Maren Oduya",
    ),
    (
        "“Nobody read the survey,” said Colm Restrick of the Institute of Coastal "
        "Studies of Galway.",
        "Nobody read",
        "Colm Restrick",
    ),
    (  # one "of" still works, and a title with "of" stays part of the name
        "“We need a second ferry,” said Secretary of State Dana Whitlock.",
        "We need a second",
        "Dana Whitlock",
    ),
    # party bracket then comma
    (  # a comma after the party bracket is no appositive
        "After the vote in the county assembly, Rep. Ilse Varga (R-Ohio), said, "
        "“The bridge will be paid for twice.”",
        "The bridge will",
        "Ilse Varga",
    ),
    (
        "Following the debate on the harbour budget, Sen. Owen Tarrow (D-Maine), "
        "said: “We cannot dredge on credit.”",
        "We cannot dredge",
        "Owen Tarrow",
    ),
    # fronted adjunct is no subject
    (  # a fronted prepositional phrase holds no subject: "In a Radio Nord interview, X …"
        "Lena Kowal chairs the ferry board.\n\n"
        "In a Radio Nord interview later that day, Kowal went further: "
        "“The timetable is a work of fiction.”",
        "The timetable",
        "Lena Kowal",
    ),
    (
        "During a Channel Five debate on Sunday, Farid Mensah went on: "
        "“Every bus in this town is late.”",
        "Every bus",
        "Farid Mensah",
    ),
    (  # nor does a capitalized adverb before a preposition: "Back in 1999, X …"
        "Back in 2004, Gerrit Vos praised the old mayor, telling the Courier: "
        "“He knew every street by name.”",
        "He knew every",
        "Gerrit Vos",
    ),
    # surname alone is an antecedent
    (  # a surname alone opening a sentence before its verb is a person: "he" is him
        "Three candidates answered the question on the stage.\n\n"
        "Okonkwo openly admitted that his answer was about the primary. "
        "“I want the votes of the north,” he said.",
        "I want the votes",
        "Okonkwo",
    ),
    (
        "The panel turned to the budget.\n\n"
        "Lindqvist dodged the question and changed the subject. "
        "“Ask me again in March,” she said.",
        "Ask me again",
        "Lindqvist",
    ),
    (  # German: the surname before "sagte", then "er"
        "Die Kandidaten stritten über den Hafen.\n\n"
        "Okonkwo sagte am Abend wenig über die Kosten. "
        "„Wir bauen den Kai in zwei Jahren“, betonte er.",
        "Wir bauen",
        "Okonkwo",
    ),
    # a firm named by its kind ("Strategies", "Partners", "Holdings") is no "she"
    (
        "Nell Arden spoke for the families.\n\n"
        "Crestline Strategies wrote the first draft in May. “We saw none of it,” she said.",
        "We saw none",
        "Nell Arden",
    ),
    (  # "Bill" opening a name is a first name, not a piece of legislation
        "Former governor Bill Okafor campaigned for his wife on Tuesday.\n\n"
        "“She is the most prepared person I know,” he said.",
        "She is the most",
        "Bill Okafor",
    ),
    (  # … while "the Farm Bill" stays a thing, never a "she"
        "The Farm Bill passed the committee on Monday. Rosa Imbert voted for it.\n\n"
        "“It is a start,” she said.",
        "It is a start",
        "Rosa Imbert",
    ),
    (  # a title before a surname the text never gives in full still makes a person
        "Ana Kerr sat in the second row.\n\nJudge Okafor took a short recess. When he "
        "returned he began by saying, “Nobody here is going to jail today.”",
        "Nobody here",
        "Okafor",
    ),
    (
        "Jonas Weber saß in der zweiten Reihe.\n\nSenatorin Okafor unterbrach die Sitzung. "
        "„Niemand geht heute ins Gefängnis“, sagte sie.",
        "Niemand geht",
        "Okafor",
    ),
    (  # but a place after a preposition is no one
        "In Iowa the race was close. Mara Quint spoke first.\n\n“We won the rural vote,” she said.",
        "We won the rural",
        "Mara Quint",
    ),
    # particle speech verbs and the passive's agent
    (
        "As the Ledger’s Mara Quint pointed out in December, “In the spring the ferry runs "
        "twice a day.”",
        "In the spring",
        "Mara Quint",
    ),
    (
        "Omar Reyes weighed in on Friday: “The ferry is safe, and the crew is the best on "
        "the coast.”",
        "The ferry is safe",
        "Omar Reyes",
    ),
    (
        "Ana Lind was asked by host Omar Reyes, who backs the plan, “Now, you said the ferry "
        "was safe. Is it?”",
        "Now, you said",
        "Omar Reyes",
    ),
    (  # "by telephone" is no agent, and "as recalled by X" leaves the speaker alone
        "“It is nonsense from start to finish,” Mr. Oduya said by telephone from the port.",
        "It is nonsense",
        "Oduya",
    ),
    (
        "“She never asked us,” Ana Lind said, as recalled by Omar Reyes in his memoir.",
        "She never asked",
        "Ana Lind",
    ),
    # a quotation that ends mid-sentence: the subject right before the verb, past the adjunct
    (
        "“I have said it plainly many times” and against the new levy, Ana Lind said.",
        "I have said",
        "Ana Lind",
    ),
    (
        "“We will not pay,” in the words of the mayor, Ana Lind said.",
        "We will not pay",
        "Ana Lind",
    ),
    # a second verb phrase ("…, but now said") and a role between a run and a name
    (
        "Council member Omar Reyes used to back the old mayor, but now said the council had "
        "“a duty to finish the job.”\n\n“I think they can do it, but the money is short.”",
        "I think they",
        "Omar Reyes",
    ),
    (
        "Ana Lind chaired the board for a decade and then quietly said she had “no regrets "
        "at all about the ferry.”",
        "no regrets",
        "Ana Lind",
    ),
    (  # a verb between two names ends the subject
        "Omar Reyes told Ana Lind the plan was dead, saying: “Nobody wants it.”",
        "Nobody wants",
        "Omar Reyes",
    ),
    # "X said, adding: “…”" is X's, whoever the clause named first; a "that" clause after
    # the quotation and "Amid …" before a name are no speakers; "More from X:" is X's
    (
        "Omar Reyes left the meeting early, Ana Lind said, adding, “He was not well that day.”",
        "He was not well",
        "Ana Lind",
    ),
    (
        "“You have one plan for the rich and one for the rest” that is plainly unfair, "
        "Ana Lind said.",
        "You have one plan",
        "Ana Lind",
    ),
    (
        "Amid the protests, the Ledger’s Ana Lind defended the plan, saying it was “the only "
        "way to keep the ferry running.”",
        "the only way",
        "Ana Lind",
    ),
    (
        "Ana Lind spoke to the press twice.\n\nMore from Lind: “I never said the ferry would "
        "close.”",
        "I never said",
        "Ana Lind",
    ),
    (  # a possessive before "remarks" is no subject and verb
        "Lind’s campaign shrugged off Reyes’s remarks, telling reporters, “Neither of us will "
        "say more today.”",
        "Neither of us",
        "Lind",
    ),
    # salience: a name qualifying a role is no subject ("Imbert press secretary Nora Quint"),
    # "said X’s plan" makes X the topic, not a speaker, and a capitalized common noun opening
    # a sentence ("Delegates questioned …") is no one
    (
        "Rosa Imbert runs the ferry board. Ana Lind spoke last.\n\nImbert press secretary "
        "Nora Quint said the mayor is “reduced to insults.” “You could dismiss this,” she said.",
        "You could dismiss",
        "Nora Quint",
    ),
    (
        "The ferry plan was published on Monday.\n\nDr. Okafor, a scholar at the Harbour "
        "Institute, said Rosa Imbert’s plan did not add up.\n\n“I don't see who pays for the "
        "second boat,” she said.",
        "I don't see",
        "Okafor",
    ),
    (
        "Omar Reyes promised the delegates a vote.\n\nDelegates questioned how he could drop "
        "the pledge. “The day it was broken, it became personal,” he said.",
        "The day it was",
        "Omar Reyes",
    ),
    # a role noun right before a name gives its gender, over the first name's ("Terry" is
    # listed as a man's name), and ",” said widow X" makes X the speaker
    (
        "Mayor Ana Lind opened the fair. Omar Reyes sold the tickets.\n\nThe actress Terry "
        "Okafor cut the ribbon. “I learned to swim in this river,” she said.",
        "I learned to swim",
        "Terry Okafor",
    ),
    (
        "Senator Ruth Abara voted against the bill.\n\n“The families cannot wait another "
        "year,” said flood widow Terry Marsh.\n\nShe continued, “All we ask is a day in court.”",
        "All we ask",
        "Terry Marsh",
    ),
]


@pytest.mark.parametrize(("text", "head", "speaker"), CASES)
def test_speaker_phrase_boundaries(text: str, head: str, speaker: str) -> None:
    assert _speaker(text, head) == speaker


def test_plural_group_alone_is_no_antecedent() -> None:
    """ "Republicans argued …" names a group, not the "he" of the next quotation."""
    text = (
        "Mayor Ivo Brandt spoke first.\n\n"
        "Republicans argued that the levy was too high. "
        "“The levy stays,” he said."
    )
    assert _speaker(text, "The levy stays") == "Ivo Brandt"


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # a gerund opening a heading or a sentence is no first name
            "Questioning Okafor’s record\n\nThe council met on Monday to vote on the levy.\n\n"
            "“The levy pays for the dredging,” she said.",
            "The levy pays",
            None,
        ),
        (
            "Mira Okafor chairs the harbour board.\n\n"
            "Questioning Okafor’s record has become a habit for the opposition. "
            "“We will not be bullied,” she said.",
            "We will not",
            "Mira Okafor",
        ),
        (  # a participle clause or a prepositional phrase after the quotation is no speaker
            "The mayor spoke for an hour. “We keep the ferry,” echoing some critics who had "
            "asked for it.",
            "We keep the ferry",
            None,
        ),
        (
            "“We keep the ferry,” against the advice of the board, the mayor went on.",
            "We keep the ferry",
            "the mayor",
        ),
    ],
)
def test_no_speaker_from_a_clause_fragment(text: str, head: str, speaker: str | None) -> None:
    """A wrong speaker is worse than none: fragments give no one, or the real antecedent."""
    assert _speaker(text, head) == speaker


def test_a_medium_after_a_preposition_is_no_speaker() -> None:
    """ "Later that week on Radio Nord: “…”" names where it was said, not who said it."""
    text = (
        "Ana Lind spoke to the press twice.\n\n"
        "Later that week on Radio Nord: “I never said the ferry would close.”"
    )
    assert _speaker(text, "I never said") != "Radio Nord"
