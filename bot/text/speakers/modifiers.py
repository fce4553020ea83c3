"""English role nouns and the names that qualify them (private to ``mentions.py`` and
``people.py``).

Sports and business pages put a team's or a body's name before a role noun: "Kingsford Albion
boss Dave X", "The Albion manager, 52, was …", "Former Albion striker turned pundit Lee X". The
name qualifies the noun; it names no person, and the person named after the noun is the
sentence's subject.
"""

from __future__ import annotations

from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import PREPOSITIONS

# prepositions that open a sentence on someone else than its subject: "Unlike Labour leader
# X, the Tory leader Y …", "Alongside Albion boss X, …"
_NOT_SUBJECT_OPENERS = PREPOSITIONS | frozenset("unlike besides except".split())
# determiners and modifiers opening a role noun a name may qualify: "the Albion boss"
_ATTRIBUTIVE_OPENERS = frozenset("the a an former ex-".split())


# French kin nouns of one person that end in "s" (no plural): "son fils", "le petit-fils"
_SINGULAR_S = frozenset("fils petit-fils arrière-petit-fils beau-fils".split())


def role_word(word: str) -> bool:
    """A lower-case noun that can stand between a name and a name ("press", "secretary")."""
    bare = nm.bare(word)
    if bare in _SINGULAR_S and word.islower():
        return True  # "Son fils [Julien] a repris …": a son, though it ends in "s"
    return (
        word.isalpha()
        and word.islower()
        and bare not in nm.STOPWORDS
        and bare not in nm.SPEECH_VERBS
        and not bare.endswith(("ed", "ly"))
        and not (bare.endswith("s") and not bare.endswith("ss"))
    )


def named_role(words: list[str]) -> bool:
    """True for the words before a name that are a role qualified by a team's or a body's
    name, the name's sentence opening on them: "Kingsford Albion boss", "Former Albion striker
    turned pundit" (capitalized words and role nouns only, a role noun last)."""
    lower = [w for w in words if not w[:1].isupper()]
    return (
        len(words) <= 6
        and 1 <= len(lower) <= 3
        and len(lower) < len(words)
        and role_word(words[-1])
        and all(w == "turned" or role_word(w) for w in lower)
        and all(w[-1:].isalnum() and w != "I" for w in words if w[:1].isupper())
        # (no conjunction or preposition opening the sentence: "As Tory leader X kicked off
        # …, the Labour leader Y dismissed …" makes Y, not X, the subject)
        and all(
            nm.bare(w) not in nm.STOPWORDS and nm.bare(w) not in _NOT_SUBJECT_OPENERS
            for w in words
            if w[:1].isupper()
        )
    )


def attributive(text: str, pos: int, end: int, words: list[str]) -> bool:
    """True in English for a name at ``pos``..``end`` used as a modifier between a determiner
    and a role noun: "The Albion manager, 52, was still fuming", "Former Albion striker turned
    pundit X" (a team's, a party's or a firm's name qualifying the noun: no person is named)."""
    if language() != "english" or len(words) > 2 or nm.bare(words[0]) in FIRST_NAMES:
        return False
    before = text[max(0, pos - 24) : pos].split()[-2:]
    if (
        len(before) == 2
        and before[1][:1].isupper()
        and before[1].isalpha()
        and before[1].lower() not in _ATTRIBUTIVE_OPENERS
    ):
        before = before[:1]  # "the Liberal Democrat group leader": a word the run dropped
    before = before[-1:]
    if not before or before[0].lower() not in _ATTRIBUTIVE_OPENERS:
        return False
    after = text[end : end + 40].split()[:1]
    return bool(after) and role_word(after[0].rstrip(",;:")) and after[0][:1] != "'"


def first_of_one(
    text: str, pos: int, word: str, by_first: dict[str, list[tuple[int, tuple[str, ...], Any]]]
) -> bool:
    """True in English text for a first name no list holds, alone at ``pos`` before a comma,
    when the full names opening on it before ``pos`` (``by_first``) are one person's: the word
    stands for that person ("Briony, told this later, shrugs" after "Briony Castellan")."""
    if language() != "english" or not text.startswith(",", pos + len(word)):
        return False
    return len({e[1] for e in by_first.get(word, ()) if e[0] < pos}) == 1


# a Romance conjunction that may open the clause before a role and a name ("e il sindaco X")
_AND = frozenset("e y et ma mas mais pero".split())
# lower-case words no role phrase holds: a relative or a subordinating word ("il sindaco ha
# detto che [X]")
_CLAUSE_WORDS = frozenset("che que qui quando cuando quand quanto cui dove donde onde".split())


def romance_role_phrase(clause: list[str]) -> bool:
    """Whether ``clause`` (the words of a clause before a name) is an article, a role noun
    and its complements, the name being its subject: "Il consigliere comunale di opposizione
    [Davide X] ha chiesto", "e il sindaco [Ana Y] ha salutato", "la concejala de Hacienda del
    PP [Z]" (a French, Spanish, Italian or Portuguese role noun, at most seven words, no verb
    in them)."""
    from bot.text.speakers.shapes import verbish

    if clause and clause[0].lower() in _AND:
        clause = clause[1:]
    if not 2 <= len(clause) <= 7 or clause[0].lower() not in _ROMANCE_OPENERS:
        return False
    if nm.bare(clause[1]) not in nm.ROLES_EU:
        return False
    return all(
        (role_word(w) or w[:1].isupper())
        and nm.bare(w) not in nm.AUXILIARIES
        and nm.bare(w) not in _CLAUSE_WORDS
        and not verbish(w)
        for w in clause[2:]
    )


_ROMANCE_OPENERS = frozenset("le la el il lo o a".split())
