"""An English "he said" / "she said" after a sentence about someone unnamed (private to
``neighbours.py``).

Reporters bring in a person they do not name as the subject of a sentence, then quote them
with a bare pronoun: "One woman, a retired teacher, wanted to know why the unit closed. ¶
“I asked the last MP,” she said." / "Back in the hall, the man in the flat cap lingered by
the urn. Asked whether she had won his vote, he shrugged. ¶ “She turned up,” he said." The
pronoun is that person's, not the last person named (who may be anyone mentioned in passing
further back). The description is shown as written, its apposition when it has one ("a
retired teacher") or its complement ("the man in the flat cap").

Guards: the sentence just before the quotation (or the one before that, when the one between
opens on the same pronoun, "… , he shrugged.") opens, past a fronted phrase, on the
description as its subject, a verb right after it; its noun is one for a person whose gender
is not the other one; no quotation and no one named in full between; "the" only before more
than a noun ("the man" alone may be someone named before).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.reading import language

_MALE = frozenset("man boy father grandfather husband son brother uncle gentleman widower".split())
_FEMALE = frozenset("woman girl mother grandmother wife daughter sister aunt lady widow".split())
# nouns for a person met in the street or a hall, of no gender a pronoun could rule out
_NEUTRAL = frozenset(
    "teacher nurse pensioner retiree resident neighbour neighbor shopper customer passenger"
    " driver worker volunteer student parent farmer owner shopkeeper voter commuter"
    " local villager tenant patient visitor onlooker bystander fan supporter protester"
    " protestor campaigner member trader grower fisherman angler walker cyclist mourner"
    " veteran teenager youngster musician doctor officer engineer sailor climber swimmer"
    " runner survivor guest diner caller pupil player midwife dentist mechanic"
    # ("one season-ticket holder", "a steward at the gate", "one spectator")
    " holder spectator steward punter regular".split()
)
NOUNS = _MALE | _FEMALE | _NEUTRAL
_KIN = frozenset(
    "son daughter husband wife mother father brother sister grandson granddaughter".split()
)
# plurals after "one of the": agent nouns ("sailors", "organisers", "residents") and people
_AGENT_PLURALS = ("ers", "ors", "ists", "ians", "ents", "ants")
_PLURALS = frozenset("men women people children staff crew".split())
_DETERMINERS = frozenset("one a an another the".split())
# a fronted phrase before the subject: "Back in the hall, ", "Outside the church, "
_FRONTED_RE = re.compile(r"[A-Z][^,.;:!?“”\"]{0,60}, ")
# a pronoun subject opening a sentence, past a fronted phrase: "He shrugged.", "Asked …, he …"
_PRONOUN_RE = re.compile(r"(?:[A-Z][^.;:!?“”\"]{0,100}, )?(?:(He|She)|(?<=, )(he|she))\b")
_WORD_RE = re.compile(r"[A-Za-z][a-z'’-]*|,")
_PREPS = frozenset("in with from at on of".split())
# irregular past tenses of a sentence's verb after its subject (regular ones end in "-ed")
_PAST = frozenset(
    "was had stood sat said told kept came went made took gave put got saw knew thought felt"
    " sang spoke wore ran left held brought sent met lost won found began became heard"
    " wanted is has says stands sits keeps wants asks who".split()
)


def unnamed_for_he_she(att: Any, idx: int, gender: str) -> tuple[str, int] | None:
    """For an English quotation opening its sentence (or paragraph) with "he"/"she" as its
    speaker: the description of someone unnamed that the sentence before opens on as its
    subject (see the module's guards), and where it stands; else None. A relative by
    their kin noun ("Her son was firm. “…,” he said.") is left to the caller to resolve."""
    if language() != "english":
        return None
    span = att.spans[idx]
    back = att._read_back(idx)
    if back is None:
        return None
    floor, end = back
    for _ in range(2):
        if end <= floor:
            return None
        start = att._sentence_start(end - 1, floor)
        if idx and att.spans[idx - 1].close_end > start:
            return None  # a quotation in that sentence or after it
        sentence = att.text[start:end].strip()
        got = _description(sentence) or _according_to(sentence)
        if got is not None:
            phrase, sex = got
            if sex not in (None, gender):
                return None
            if _named_between(att.people, start, span.open_at, gender):
                return None
            return phrase, att.text.find(phrase, start, end)
        pron = _PRONOUN_RE.match(sentence)
        if pron is None or ((pron.group(1) or pron.group(2)).lower() == "he") != (gender == "m"):
            return None
        end = start
    return None


# "according to one shopkeeper, who did not want to be named because her lease …": someone
# unnamed cited at a sentence's end, a clause keeping their name back that shows their gender
_ACCORDING_RE = re.compile(
    r"\baccording to ((?:a|an|one) (?:[a-z-]+ ){0,2}?([a-z]+)),? who\b[^.;:!?“”\"]*?"
    r"\b(not (?:to )?be (?:named|identified)|anonymity|not want (?:to be named|to give))"
    r"[^.;:!?“”\"]*?\b(she|her|he|his)\b"
)


def _according_to(sentence: str) -> tuple[str, str | None] | None:
    """(the description, its gender) of someone unnamed an "according to" cites with a clause
    keeping their name back ("…, according to a nurse who asked not to be named because she
    was not authorised to speak."), else None."""
    m = _ACCORDING_RE.search(sentence)
    if m is None or m.group(2) not in NOUNS:
        return None
    return m.group(1), "f" if m.group(4) in ("she", "her") else "m"


def _named_between(people: Any, start: int, end: int, gender: str) -> bool:
    """True when someone the pronoun could stand for is named between ``start`` and ``end``
    (not "Asked whether Dunmore had won his vote, he shrugged." for a woman named Dunmore;
    nor a "He" opening a sentence, which stands for someone, no name of its own)."""
    lo = bisect.bisect_left(people._mention_pos, start)
    hi = bisect.bisect_left(people._mention_pos, end)
    return any(
        people.text[m.pos : m.pos + 4] not in ("He ", "She ") and m.gender in (None, gender)
        for m in people.mentions[lo:hi]
    )


def _description(sentence: str) -> tuple[str, str | None] | None:
    """(the description as shown, its gender or None) when ``sentence`` opens, past a fronted
    phrase or a "But", on a description of someone unnamed followed by a verb; else None."""
    fronted = _FRONTED_RE.match(sentence)
    starts = [0, fronted.end()] if fronted else [0]
    if sentence.startswith(("But ", "And ", "Yet ")):
        starts.append(sentence.index(" ") + 1)  # "But one father, who …, said …"
    for at in starts:
        got = _read(sentence, at)
        if got is not None:
            return got
    return None


def _read(sentence: str, at: int) -> tuple[str, str | None] | None:
    words = [(m.group(), m.start()) for m in _WORD_RE.finditer(sentence, at, at + 200)]
    if (
        len(words) > 2
        and words[0][0] in ("Her", "His", "Their")
        and words[1][0] in _KIN
        and _verb(words[2][0])
    ):
        return sentence[at : words[1][1] + len(words[1][0])], _sex(words[1][0])  # "Her son"
    if not words or words[0][0].lower() not in _DETERMINERS or words[0][1] != at:
        return None
    head = _head(words)
    if head is None:
        return None
    sex = _sex(words[head][0])
    k = head + 1
    shown = (words[0][1], words[head][1] + len(words[head][0]))
    if k < len(words) and words[k][0] == "," and (app := _apposition(words, k + 1)):
        # "One woman, a retired teacher, wanted …": the apposition is shown
        k, a, b = app
        shown = (words[a][1], words[b][1] + len(words[b][0]))
        sex = sex or _sex(words[b][0])
    elif k < len(words) and words[k][0] in _PREPS:
        # "the man in the flat cap lingered": a complement of up to four words
        j = next((j for j in range(k + 1, min(k + 6, len(words))) if _verb(words[j][0])), None)
        if j is None or any(w == "," or not w.islower() for w, _ in words[k + 1 : j]):
            return None
        shown = (words[0][1], words[j - 1][1] + len(words[j - 1][0]))
        k = j
    elif words[0][0].lower() == "the":
        return None  # "the man lingered": may be someone named before
    if k + 1 < len(words) and words[k][0] == "," and words[k + 1][0] == "who":
        # "one father, who asked not to be named, said": past the relative clause
        k = next((j + 1 for j in range(k + 2, min(k + 16, len(words))) if words[j][0] == ","), 0)
    if not 0 < k < len(words) or not _verb(words[k][0]):
        return None
    return sentence[shown[0] : shown[1]], sex


def _head(words: list[tuple[str, int]]) -> int | None:
    """The index of the description's head noun: up to two lower-case modifiers after the
    determiner ("a retired farmer"), or a plural after "one of the" ("One of the rescued
    sailors")."""
    if words[0][0].lower() == "one" and len(words) > 3 and words[1][0] == "of":
        if words[2][0] not in ("the", "their", "his", "her", "its"):
            return None
        for k in range(3, min(6, len(words))):
            low = words[k][0]
            if not low.islower():
                return None
            if low[:-1] in NOUNS or low.endswith(_AGENT_PLURALS) or low in _PLURALS:
                return k
        return None
    head = next(
        (k for k in range(1, min(4, len(words))) if words[k][0].lower() in NOUNS),
        None,
    )
    if head is None or any(not w.islower() for w, _ in words[1 : head + 1]):
        return None
    return head


def _apposition(words: list[tuple[str, int]], k: int) -> tuple[int, int, int] | None:
    """(the index after the closing comma, the apposition's first and last word) for ", a
    retired midwife," at ``k`` (an indefinite article, up to five lower-case words, or a
    place's name after "from" or "in", a comma): "a retired dentist from Bristol,"."""
    if k >= len(words) or words[k][0].lower() not in ("a", "an"):
        return None
    for j in range(k + 1, min(k + 7, len(words))):
        if words[j][0] == ",":
            if j == k + 1:
                return None  # (any noun: the head before it is already a person's)
            return j + 1, k, j - 1
        if words[j][0] == "who" and j > k + 1 and words[0][0] == "Another":
            # "Another passenger, a businessman who did not want to be named, said": the
            # apposition before its relative clause ("another" only sets them apart)
            close = next(
                (c for c in range(j + 1, min(j + 16, len(words))) if words[c][0] == ","), 0
            )
            return (close + 1, k, j - 1) if close else None
        if not words[j][0].islower() and words[j - 1][0] not in ("from", "in", "of"):
            return None
    return None


def _verb(word: str) -> bool:
    low = word.lower()
    return word.islower() and (low in _PAST or (low.endswith("ed") and len(low) > 4))


def _sex(noun: str) -> str | None:
    low = noun.lower()
    return "m" if low in _MALE else "f" if low in _FEMALE else None


def unnamed_colon(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of someone unnamed opening an English sentence that ends on a colon before
    the quotation, with a verb of no speech: "One passenger was blunter: “…”", "Another
    passenger, a retired engineer who …, was blunter: “…”" (the apposition); else None."""
    if language() != "english":
        return None
    sentence = text[start:end]
    if not sentence.rstrip().endswith(":"):
        return None
    last = sentence.rstrip(" :\n").rsplit(" ", 1)[-1].lower()
    if last in nm.SPEECH_VERBS:
        return None  # "One juror, …, said:": the speech verb's rules read it
    lead = len(sentence) - len(sentence.lstrip())
    got = _description(sentence.strip())
    if got is None:
        return None
    at = text.find(got[0], start + lead, end)
    return (at, at + len(got[0])) if at >= 0 else None
