"""German names in the genitive (private to ``people``).

German puts a name in the genitive with an "-s" and no apostrophe, before the noun it owns:
"von Verena Stahlmanns neuem Konzert", "an Kösslers Tisch", "stand Farids Name auf einer
Liste". Read as a name run, the "-s" would make another person ("Verena Stahlmanns") or a
person of a table ("Kösslers Tisch"). A full name is cut back to the form the text writes
elsewhere only after a preposition and before a noun or an inflected adjective, so a surname
that ends in "-s" ("Sabine Peters leitet …", "Anna Winters") keeps it even when the text also
has a "Peter" or a "Winter"; a first word in the genitive before a noun ("Kösslers Tisch") is
no one at all, unless it is a first name ("Andreas Schmidt").
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES

_WORD_RE = re.compile(r"[^\W\d_]+")
# a German preposition right before a name in the genitive ("von Anna Xs neuem Roman")
_GENITIVE_PREP_RE = re.compile(
    r"\b(?:von|vom|mit|an|am|in|im|auf|bei|beim|nach|über|für|unter|zu|zur|zum|aus|trotz"
    r"|wegen|dank|laut|seit|durch|gegen|ohne|um)\s+$"
)
_NEXT_WORD_RE = re.compile(r" ([^\W\d_]+)")
# the endings of an inflected German adjective before the noun a genitive owns ("neuem")
_INFLECTED = ("e", "em", "en", "er", "es")


def written_words(text: str) -> set[str]:
    """Every word the text writes, as written (read once per text)."""
    return set(_WORD_RE.findall(text))


def _genitive(word: str) -> bool:
    """True for a capitalized word of five letters or more ending in a genitive "-s"."""
    return len(word) >= 5 and word.endswith("s") and not word.endswith("ss")


def genitive_cut(text: str, words: list[str], at: int, written: set[str]) -> list[str]:
    """A two-word German name run at ``at`` as the name it stands for: without the genitive
    "-s" of its surname ("von Verena Stahlmanns neuem Konzert" -> Verena Stahlmann, when the
    text writes "Stahlmann" too), none when its first word owns the noun after it ("an
    Kösslers Tisch" after "Renate Kössler"), else ``words`` as they are (``written``: the
    words the text writes)."""
    if len(words) != 2 or not words[1][:1].isupper():
        return words
    first, last = words
    if _genitive(first) and nm.bare(first) not in FIRST_NAMES and first[:-1] in written:
        return []
    if not _GENITIVE_PREP_RE.search(text, max(0, at - 8), at):
        return words
    after = _NEXT_WORD_RE.match(text, at + len(" ".join(words)))
    if after is None or not (after.group(1)[:1].isupper() or after.group(1).endswith(_INFLECTED)):
        return words  # (the genitive owns a noun, an inflected adjective before it)
    if _genitive(last) and last[:-1] in written:
        return [first, last[:-1]]
    return words
