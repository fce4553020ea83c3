"""English evidence about who a lone capitalized word or a pronoun can be: crowds that open a
sentence ("Viewers watched as …") and the pronouns that give a named person a gender."""

from __future__ import annotations

import re

from bot.text.speakers import names as nm

# quotations, whose pronouns are the speaker's own ("… told her so,’ he wrote"): double marks,
# and single ones that open and close at a word's edge (not the apostrophe of "don’t")
_QUOTED_RE = re.compile(r"[\"“][^\"“”]*[\"”]|(?<!\w)[‘'][^‘’'\n]*(?:\w[’']\w[^‘’'\n]*)*[’'](?!\w)")
_MALE_RE = re.compile(r"\b(?:he|his|him|himself|он)\b")
_FEMALE_RE = re.compile(r"\b(?:she|her|hers|herself|она)\b")
# a quotation opening the next sentence with a pronoun tag: "X apologised online. ‘Bad
# joke,’ he wrote." / "Y nodded. “It was late,” she said." — the pronoun is X's (Y's)
_NEXT_TAG_RE = re.compile(r"\s*[\"“‘'][^\"“”‘\n]{1,300}?[,.!?…]?[\"”’'],?\s+(he|she)\s+[a-z]+\b")
# crowds a report opens a sentence with ("Shoppers stared as …", "Commuters watched as …"):
# plural common nouns, never a surname standing alone
_CROWDS = frozenset(
    "shoppers commuters passengers spectators onlookers diners listeners followers customers"
    " visitors locals pupils drivers patients tourists audiences bystanders".split()
)


def crowd_word(low: str, lower_words: set[str]) -> bool:
    """True for a plural noun of people (lower case) opening a sentence: "Viewers",
    "Shoppers", or "Bidders" when the text also writes "bidder"."""
    return low.endswith("s") and (
        low in _CROWDS
        or low in nm.PERSON_NOUNS
        or low in nm.GROUP_SPEAKERS
        or (low.endswith("ers") and low[:-1] in lower_words)
    )


def pronoun_votes(text: str, start: int, end: int, subject: bool) -> tuple[int, int]:
    """(male, female) pronouns of the sentence ``text[start:end]`` outside its quotations,
    with the one opening the next sentence ("He …") or, for the sentence's subject, tagging a
    quotation that opens it (not a name further on: "… for Newcastle in the Zurich
    Premiership. “…,” he said" is the subject's)."""
    seg = _QUOTED_RE.sub(" ", text[start:end].lower())
    male = len(_MALE_RE.findall(seg))
    female = len(_FEMALE_RE.findall(seg))
    nxt = text[end : end + 6]
    male += nxt.startswith(("He ", "His "))
    female += nxt.startswith(("She ", "Her "))
    if subject and (tag := _NEXT_TAG_RE.match(text, end)):
        male += tag.group(1) == "he"
        female += tag.group(1) == "she"
    return male, female
