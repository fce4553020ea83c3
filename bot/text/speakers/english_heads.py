"""Head nouns of English role phrases (private to ``holders.py``).

The noun an English phrase for someone is built on: "A spokesman for the company" ->
"spokesman" (a person noun; "a message that said" is no one), "the diplomat" said again after
"A senior diplomat from one of the delegations", and a definite role phrase a name in commas
right after it names ("The chair of judges, the poet Ruth Kellerman, said").
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm


def _head(phrase: str) -> str:
    """The head noun of an English noun phrase: "A spokesman for the company" -> "spokesman"."""
    words = phrase.split()
    cut = next((k for k, w in enumerate(words) if k and w in _HEAD_ENDS), len(words))
    return nm.bare(words[cut - 1]) if cut else ""


def person_head(phrase: str) -> bool:
    """True when the head noun of an English phrase for someone unnamed is a person noun: "A
    spokesman for the company", "one resident who …" (not "a message that said")."""
    head = _head(phrase)
    return head in nm.PERSON_NOUNS or head in nm.PERSON_ROLES


def same_noun(phrase: str, before: str) -> bool:
    """True for "the <noun>" whose noun heads ``before``, someone unnamed ("A senior diplomat
    from one of the delegations" … "the diplomat")."""
    words = phrase.lower().split()
    return (
        len(words) == 2
        and words[0] == "the"
        and len(before.split()) > 2  # (says more than "a spokesman" … "the spokesman")
        and before.split()[0].lower() in ("a", "an", "one")
        and _head(before) == words[1]
    )


_HEAD_ENDS = frozenset("for at of from in who which that on with".split())


# the head of an English role phrase: its noun, or the one before "of" ("The chair of judges")
_OF_HEAD_RE = re.compile(
    r"(?i)^the ((?:(?!of )[a-z][\w-]* ){0,2}(?!of$)[a-z][\w-]*)(?: of(?: [\w-]+){1,3})?$"
)


def english_role_then_name(phrase: str, aside: str) -> bool:
    """True for an English definite role phrase that a name in commas right after it names:
    "The chair of judges, the poet Ruth Kellerman, said", "the head teacher, Ann Pryce,
    told …": the aside opens on an article or a capital and ends on the name (the caller
    checks that end); never a body ("The company, founded by …") nor a clause in commas
    ("The judge, sentencing X, said"; "The lawyer, for X, said")."""
    m = _OF_HEAD_RE.match(phrase)
    first = aside.split()[0] if aside.split() else ""
    if m is None or not (first[:1].isupper() or first in ("the", "a", "an")):
        return False
    head = nm.bare(m.group(1).split()[-1])
    return head in nm.TITLES or head in nm.PERSON_ROLES or head in nm.PERSON_NOUNS
