"""A headline's or a standfirst's quotation that the body gives again in other words takes the
body's speaker (private to ``attribution.py``).

``headline.headline_speakers`` reads a top line whose words the body quotes in the same order.
Reporters often shorten or reorder them: "Vijftig jaar rendang: ‘Mijn moeder kookte op
gevoel’" … "‘Mijn moeder kookte altijd op gevoel, nooit met een weegschaal,’ zegt Nelly X",
"Il dg: «Non abbiamo pagato il riscatto»" … "«Abbiamo ricevuto una richiesta di riscatto e
non abbiamo pagato», ha dichiarato … Fabrizio X". When most of the top quotation's words (seven
in ten of those longer than three letters, at least two of them) stand in one attributed
quotation of the body, it is that speaker's, if the top line gave it:

- no speaker, or one no person or body of the text ("Tempête Ondine :", "La Caldera cumple
  40 años:", "Il sindaco:", "Radio Talwelle verstummt:");
- or someone the text names, when eight words in ten are the body's and the body names
  someone too (not a description in lower case: "the former headteacher"), unless the top
  line names that one person alone before its quotation ("Lucía X: «…»").

A title ("De Zeven Zonden van Tante Jet") is no one's, and a body quotation that reports the
words as others' ("The council says the pool must close. We say it must not.") repeats no
one's.

Two words that name something ("Puerta con Puerta", "Les filles de la sardine") are taken only
when the body's quotation opens with them. Each top quotation is read against the body's once.
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.marks import Span
from bot.text.speakers.people import People

_WORD_RE = re.compile(r"\w+")
_SHARE = 0.7  # of the top quotation's words in the body's, to give it the body's speaker
_NAMED_SHARE = 0.8  # the same, over a speaker the top line names
_TOP_MAX = 8  # quotations of the top lines read (each against the body's once)
# a body quotation that reports the words as others' ("The council says the pool must close.
# We say it must not.", "It is often said that …", "They claim …"): no repeat of the speaker's
_REPORTED_RE = re.compile(
    r"\b(?:says|say|claim|claims|claimed|it is (?:often )?said|sagen|sagt|behaupten|dicen|dice"
    r"|dicono|dizem|diz|disent|prétend|zeggen|zegt|beweren)\b",
    re.IGNORECASE,
)


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD_RE.findall(text) if len(w) > 3]


def _title(quote: str) -> bool:
    """True for words in marks that read as a title: most of the longer words capitalized,
    no stop inside ("De Zeven Zonden van Tante Jet", "Les Filles de la Sardine")."""
    long = [w for w in _WORD_RE.findall(quote) if len(w) > 3]
    caps = sum(w[:1].isupper() for w in long)
    return len(long) >= 2 and caps * 10 >= len(long) * 6 and not re.search(r"[.!?,;:]", quote)


def _someone(name: str, people: People | None, orgs: set[str]) -> bool:
    """True for a person the text shows (a gender) or a body it names ("Dunmore Council")."""
    if name in orgs or nm.looks_like_org(name.split()):
        return True
    return people is not None and people.mentioned(name) and bool(people.genders(name))


def echoed_speakers(
    text: str,
    spans: list[Span],
    speakers: list[str | None],
    people: People | None,
    orgs: set[str] | None = None,
) -> None:
    """Set, in place, the speaker of each quotation in the first two paragraphs that the
    body gives again in other words (see the module)."""
    orgs = orgs or set()
    top = [k for k, s in enumerate(spans) if s.paragraph <= 1][:_TOP_MAX]
    if not top:
        return
    body = [
        (j, set(_words(text[s.start : s.end])), _words(text[s.start : s.end])[:2])
        for j, s in enumerate(spans)
        if s.paragraph > 1
        and speakers[j] is not None
        and not _REPORTED_RE.search(text, s.start, s.end)
    ]
    for k in top:
        words = _words(text[spans[k].start : spans[k].end])
        if len(words) < 2 or _title(text[spans[k].start : spans[k].end]):
            continue
        best, share = None, 0.0
        for j, held, opening in body:
            got = sum(w in held for w in words) / len(words)
            if len(words) == 2 and opening != words:
                continue  # "Puerta con Puerta": a name inside a longer quotation
            if got > share:
                best, share = j, got
        if best is None or share < _SHARE:
            continue
        own, theirs = speakers[k], speakers[best]
        assert theirs is not None
        if own == theirs:
            continue
        if own is None or not _someone(own, people, orgs):
            speakers[k] = theirs
        elif (
            share >= _NAMED_SHARE
            and theirs[:1].isupper()
            and _someone(theirs, people, orgs)
            and not _only_one_named(text, spans[k], own, people)
        ):
            speakers[k] = theirs


def _only_one_named(text: str, span: Span, own: str, people: People | None) -> bool:
    """True when ``own`` is the one person the top paragraph names before the quotation
    ("Lucía X: «…»", "Horacio X vuelve a la calle Corrientes: “…”"): the line's own
    attribution, which stands; not "Lucía X, sobre su ruptura con Iker Y: «…»"."""
    if people is None:
        return False
    start = text.rfind("\n", 0, span.open_at) + 1
    named = {m.name for m in people.mentions if start <= m.pos < span.open_at and m.gender}
    return named == {own}
