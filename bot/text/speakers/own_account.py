"""Shapes of profiles and obituaries that say whose words a quotation is without a speech
verb of the usual kind (private to ``attribution.py`` and ``pronouns.py``).

- "by one's own account" before the quotation: "He joined the band, by his own account,
  “because the drummer owed me money.”", "Hij bleef er naar eigen zeggen ‘omdat het deeg me
  nooit verveelde’.", "Sie kam nach eigenen Worten „aus reiner Neugier“ nach Lindau." -- the
  words are those of the subject of the sentence (a pronoun or a name opening it), not of the
  speaker of another quotation in the paragraph (``own_account``). A possessive of the other
  gender than the subject ("She stayed, by his own account, …") leaves it alone.
- a German or Dutch "as" clause before the quotation, "und, wie er selbst gern sagte, „…“" /
  "en, zoals ze zelf vaak zei, ‘…’": the pronoun speaks (``as_aside``, its verb a speech verb;
  the same clause after a quotation, "„…“, wie sie trocken bemerkt", is read in ``own``).
- a Dutch "volgens zijn vrouw ‘…’": the relative's phrase, which ``spouses`` and ``kin`` name
  (``according_relative``).
- a reporting aside between the name opening a sentence and its verb, "Orme, he recalls, made
  him wait", "Price, zo herinnert hij zich, liet hem wachten": the pronoun is not that name
  (``aside_subject``, read by the pronoun rules as a person to skip).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.reading import language

# "by his own account" / "naar eigen zeggen" / "nach eigenen Worten" right before the opening
# mark (a comma may stand between), with the possessive's gender where it has one
_OWN_ACCOUNT_RE = re.compile(
    r"(?:\b(?:by|on|in)\s+(?P<en>his|her)\s+own\s+(?:account|admission|words)"
    r"|\bnaar\s+eigen\s+zeggen"
    r"|\bin\s+(?P<nl>zijn|haar)\s+eigen\s+woorden"
    r"|\bnach\s+eigene[nr]\s+(?:Worten|Aussage|Angaben)"
    r"|\beigenen\s+Angaben\s+zufolge)"
    r",?\s*(?:that\s+|dat\s+|dass\s+)?$"
)
_POSSESSIVE_GENDER = {"his": "m", "her": "f", "zijn": "m", "haar": "f"}
# pronoun subjects opening the sentence, and their gender (None: either)
_PRONOUNS = {
    "he": "m",
    "she": "f",
    "hij": "m",
    "zij": "f",
    "ze": "f",
    "er": "m",
    "sie": "f",
}
_READ_BACK = 60  # characters read back from the opening mark for the phrase


def own_account(rules: Any, idx: int) -> tuple[int, int] | None:
    """The subject of the sentence of a quotation right after "by his own account" / "naar
    eigen zeggen" / "nach eigenen Worten", else None."""
    if language() not in ("english", "german", "dutch"):
        return None
    text, span = rules.text, rules.spans[idx]
    m = _OWN_ACCOUNT_RE.search(text, max(0, span.open_at - _READ_BACK), span.open_at)
    if m is None:
        return None
    owner = _POSSESSIVE_GENDER.get((m.group("en") or m.group("nl") or "").lower())
    _, ps, _ = rules._para_of(span.open_at)
    start = rules._sentence_start(span.open_at, ps)
    toks = [t for t in rules._tokens(start, m.start()) if t[0] not in (",", "And", "En", "Und")]
    if not toks:
        return None
    first = toks[0]
    gender = _PRONOUNS.get(first[0].lower())
    if first[0][:1].isupper() and first[0].lower() in _PRONOUNS:
        if owner is not None and gender is not None and gender != owner:
            return None  # "She stayed, by his own account, …": someone else's account
        return first[1], first[2]
    # a name opening the sentence: "Ria Smit bleef naar eigen zeggen ‘…’"
    words = [t for t in toks[:4] if t[0][:1].isupper() and t[0].isalpha()]
    if len(words) < 2 or words[0] is not toks[0] or nm.bare(words[0][0]) not in FIRST_NAMES:
        return None
    end = words[0]
    for t in toks[1:4]:
        if t[0][:1].isupper() and t[0].replace("-", "").isalpha():
            end = t
        else:
            break
    got = rules.people.name_in(text[first[1] : end[2]], first[1])
    if got is None or not got[1]:
        return None
    return first[1], end[2]


# a reporting aside set off by commas right after the name opening a sentence: "Kobler, he
# recalls, made him wait", "Price, zo herinnert hij zich, liet hem wachten", "Kessler,
# erinnert sie sich, ließ ihn warten" -- read from the pronoun on
_ASIDE_AFTER_RE = re.compile(r"\s+(?:[a-z]+(?:\s+(?:zich|sich))?|zo\s+[a-z]+\s+\w+\s+zich),")
_ASIDE_BEFORE_RE = re.compile(r",\s*(?:zo\s+)?(?:[a-zäöü]+\s+)?$")


def aside_subject(people: Any, pos: int) -> str | None:
    """The person named right before a pronoun at ``pos`` that stands in a reporting aside
    between that name and its verb ("Kobler, he recalls, made him wait"): the subject the
    aside interrupts, who is not the one the pronoun stands for; else None."""
    if language() not in ("english", "german", "dutch"):
        return None
    text = people.text
    k = bisect.bisect_left(people._mention_pos, pos)
    if not k:
        return None
    named = people.mentions[k - 1]
    start = people._sentence_start(pos)
    between = text[named.pos : pos]
    if not 0 <= named.pos - start <= 4 or not _ASIDE_BEFORE_RE.search(between):
        return None  # (the name opens the sentence: "Kobler, he recalls,")
    head = between[: between.index(",")]
    if "\n" in between or len(head.split()) > 4:
        return None
    word_end = pos + len(text[pos:].split(None, 1)[0].rstrip(","))
    if text[word_end : word_end + 1] != "," and not _ASIDE_AFTER_RE.match(text, word_end):
        return None
    return named.name


# "volgens zijn vrouw ‘…’", "volgens haar dochter ‘…’": a relative cited by kinship alone
_ACCORDING_KIN_RE = re.compile(r"\bvolgens\s+((?:zijn|haar)\s+([a-z]+))\s*$")
_KIN_NOUNS = frozenset(
    "vrouw man echtgenote echtgenoot dochter zoon moeder vader broer zus zuster".split()
)


def according_relative(rules: Any, idx: int) -> tuple[int, int] | None:
    """The phrase "zijn vrouw" of a Dutch quotation right after "volgens zijn vrouw" (a
    relative the text names by kinship; ``spouses`` and ``kin`` name them), else None."""
    if language() != "dutch":
        return None
    text, span = rules.text, rules.spans[idx]
    m = _ACCORDING_KIN_RE.search(text, max(0, span.open_at - 40), span.open_at)
    if m is None or m.group(2) not in _KIN_NOUNS:
        return None
    return m.start(1), m.end(1)


# a German or Dutch "as he liked to say" aside right before the quotation: "und, wie er selbst
# gern sagte, „…“", "en, zoals ze zelf vaak zei, ‘…’" (up to three adverbs before the verb)
_AS_ASIDE_RE = re.compile(
    r"\b(?:wie|zoals)\s+(er|sie|hij|zij|ze)\s+(?:[a-zäöüë]+\s+){0,3}?([a-zäöüë]+),?\s*$"
)


def as_aside(rules: Any, idx: int) -> tuple[int, int] | None:
    """The pronoun of a German or Dutch "wie er selbst gern sagte," aside right before a
    quotation (its verb a speech verb), else None."""
    if language() not in ("german", "dutch"):
        return None
    text, span = rules.text, rules.spans[idx]
    m = _AS_ASIDE_RE.search(text, max(0, span.open_at - 60), span.open_at)
    if m is None or m.group(2) not in nm.SPEECH_VERBS:
        return None
    return m.start(1), m.end(1)


# a child introduced in commas after a kinship noun: "came from her son, Daniel X, 58,"
_KIN_INTRO_RE = re.compile(r"\b([Hh]is|[Hh]er|[A-Z][\w-]+['’]s)\s+(grand)?(?:daughter|son),\s+$")
# the quotation calls the owner by what the child calls a parent ("Mum had been …")
_PARENT_TERMS = {
    "f": r"Mum|Mom|Mam|Mummy|Mommy|Mother|my mother|my mum|my mom",
    "m": r"Dad|Daddy|Father|my father|my dad",
    "fg": r"Gran|Granny|Grandma|Nana|my grandmother|my gran",
    "mg": r"Grandpa|Granddad|Grandad|my grandfather",
}
_FIRST_PERSON_EN_RE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|our|us)\b")


def kin_introduced(rules: Any, idx: int) -> tuple[int, int] | None:
    """For an English quotation in the first person alone after the sentence before it in its
    paragraph, when that sentence names one person only, a child introduced in commas after a
    kinship noun and the quotation calls the owner by a parent's name ("The idea came from her
    son, Daniel X, 58, a teacher. “Mum had … I just wrote them down.”"): that child's name;
    else None. (Without "Mum" the profile's subject speaks as often: "Her first lessons came
    from her father, Tom X. “I was in the water before I could walk.”" is hers.)"""
    if language() != "english":
        return None
    text, span = rules.text, rules.spans[idx]
    _, ps, _ = rules._para_of(span.open_at)
    start = rules._sentence_start(span.open_at, ps)
    if start <= ps or text[start : span.open_at].strip():
        return None  # (the quotation opens its sentence, after another of its paragraph)
    if text[span.close_end : span.close_end + 2].strip()[:1] not in ("", "\n"):
        return None  # (the quotation is the rest of its paragraph: no attribution after)
    prev = rules._sentence_start(start - 1, ps)
    if idx > 0 and rules.spans[idx - 1].close_end > prev:
        return None
    if not _FIRST_PERSON_EN_RE.search(text, span.start, min(span.end, span.start + 300)):
        return None
    people = rules.people
    lo, hi = (
        bisect.bisect_left(people._mention_pos, prev),
        bisect.bisect_left(people._mention_pos, start),
    )
    named = people.mentions[lo:hi]
    if len({m.name for m in named}) != 1 or " " not in named[0].name:
        return None
    first = named[0]
    intro = _KIN_INTRO_RE.search(text, max(prev, first.pos - 40), first.pos)
    if intro is None:
        return None
    owner = intro.group(1).lower()
    genders = ["m"] if owner == "his" else ["f"] if owner == "her" else ["m", "f"]
    grand = "g" if intro.group(2) else ""
    terms = "|".join(_PARENT_TERMS[g + grand] for g in genders)
    if not re.search(rf"\b(?:{terms})\b", text[span.start : span.end]):
        return None  # "… her father, Tom X. “Dad just threw me in.”": the daughter's words
    return first.pos, first.pos + len(text[first.pos :].split(",", 1)[0])
