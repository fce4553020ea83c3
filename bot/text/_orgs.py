"""Organisations, offices and writers that a speaker phrase or a pronoun stands for (private to
the speaker modules): "the Ministry of Health", "the regional Commissioner for Fisheries", "The
company said … “…,” it said", "By Helen Stavros … “…,” I wrote"."""

from __future__ import annotations

import re

from bot.text import _names as nm
from bot.text._firstnames import FIRST_NAMES
from bot.text.lexicon import load

# an office named by its title and its charge: "the Regional Commissioner for Fisheries"
_OFFICE_FOR_RE = re.compile(
    r"(?:(?:[A-Z][\w'’-]*\s)*([A-Z][\w'’-]*))\s+for\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*\s*$"
)
_ORG_OF_RE = re.compile(
    r"((?:[A-Z][\w'’-]*\s)*[A-Z][\w'’-]*)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s(?:(?:and|&)\s)?[A-Z][\w'’-]*)*\s*$"  # "Department of Fisheries and Oceans"
)
_COMMON_ORG_RE = re.compile(r"\b([Tt]he) ((?:[a-z]+ ){1,3}[a-z]+)")
_ORG_NOUNS = load("org_nouns_en")
_BYLINE_RE = re.compile(r"By ([A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2})(?=,|\s*$|\s*\n)")


def institution(phrase: str) -> str | None:
    """The whole name of an office or an organisation a speaker phrase ends on, or None:
    "the regional Commissioner for Fisheries" (not "Fisheries"), "the Ministry of Health",
    "the University of Leeds"."""
    office = _OFFICE_FOR_RE.search(phrase)
    if (
        office is not None
        and nm.bare(office.group(1)) in nm.TITLES
        # ("Secretary for Health Ana Lind" ends on a person)
        and not any(nm.bare(w) in FIRST_NAMES for w in office.group(0).split()[-3:])
    ):
        return office.group(0).strip()
    org = _ORG_OF_RE.search(phrase)
    if org is not None and nm.bare(org.group(1).split()[-1]) in nm.ORG_WORDS:
        return org.group(0).strip()
    return None


def byline_author(text: str, paras: list[tuple[int, int]]) -> str | None:
    """The writer a byline near the top names ("By Helen Stavros"), for an "I said"."""
    for ps, pe in paras[:8]:
        m = _BYLINE_RE.match(text, ps, pe)
        if m is not None:
            return m.group(1)
    return None


def common_org(text: str, pos: int) -> str | None:
    """The organisation a common noun names as the subject of a speech verb in the last few
    sentences before an "it said": "The company said it would cut 400 jobs. “…,” it said." ->
    "The company" (as written)."""
    found = None
    for m in _COMMON_ORG_RE.finditer(text, max(0, pos - 400), pos):
        words = [w for w in m.group(2).split() if w not in ("also", "later", "then")]
        for j in range(1, min(3, len(words))):
            if words[j - 1] in _ORG_NOUNS and words[j] in nm.SPEECH_VERBS:
                found = m.group(1) + " " + " ".join(words[:j])
                break
    return found
