"""The subject of a Romance profile speaks its free-standing quotation paragraphs (French,
Spanish, Italian and Portuguese; private to ``attribution.py``).

A profile or an interview portrait names its subject first (in the headline or the opening
sentence) and quotes them throughout, often in paragraphs that are only quotation, with no
speech verb, after a paragraph about their life rather than about what they said:

    Odile Ferrand tient la quincaillerie de la place depuis 1991. « … », dit-elle.
    Née à Vienne, elle a grandi à la ferme. Son oncle voulait qu'elle « devienne notaire ».
    « J'aimais trop le bruit du tiroir-caisse. »

    La cocinera se ríe cuando le preguntamos por los clientes difíciles.
    «Una vez vino un señor de Madrid …»

The subject is the first person the headline or the opening paragraph names, when the text
quotes them elsewhere, else the one person who plainly dominates the attributed quotations (at
least three, and two more than anyone else). A paragraph that is only a quotation no rule
attributed is theirs when it speaks in the first person ("je", "mi", "eu"), when it follows a
paragraph given so, or, when they dominate the quotations, when the paragraph before it names
and quotes no one else; never a headline's.
"""

from __future__ import annotations

from collections import Counter

from bot.text.speakers.marks import Span
from bot.text.speakers.people import People
from bot.text.speakers.reading import language
from bot.text.speakers.romance_words import FIRST_PERSON_RE

_MIN_QUOTES = 3  # a dominant speaker's attributed quotations at least
_LEAD = 2  # and this many more than anyone else's


def _alone(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True when ``span`` is all of its paragraph (its marks and a full stop aside)."""
    ps, pe = paras[span.paragraph]
    return not text[ps : span.open_at].strip() and not text[span.close_end : pe].strip(" .")


def _dominant(people: People, speakers: list[str | None]) -> str | None:
    """The one person (a full name) with most of the text's attributed quotations, or None."""
    counts = Counter(s for s in speakers if s and s[:1].isupper() and " " in s)
    if not counts:
        return None
    ranked = counts.most_common(2)
    name, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if top < _MIN_QUOTES or top < second + _LEAD:
        return None
    person = any(m.name == name and (m.gender or m.subject) for m in people.mentions)
    return name if person else None


def _subject(people: People, speakers: list[str | None]) -> str | None:
    """The person the profile is about (see the module's note), or None."""
    # (the first person named in the headline or the opening paragraph: one a first name or
    # a title shows to be a person, else the subject of a sentence, else anyone)
    opening = [m for m in people.mentions if m.para <= 1 and " " in m.name]
    first = next((m.name for m in opening if m.gender), None)
    first = first or next((m.name for m in opening if m.subject), None)
    first = first or next((m.name for m in opening), None)
    if first is not None and first in speakers:
        return first
    return _dominant(people, speakers)


def protagonist_speakers(
    text: str,
    spans: list[Span],
    paras: list[tuple[int, int]],
    people: People,
    speakers: list[str | None],
) -> None:
    """Give the free-standing quotation paragraphs no rule attributed to the profile's subject
    (in place)."""
    first_person = FIRST_PERSON_RE.get(language() or "")
    if first_person is None or not people.mentions:
        return
    if all(s is not None for s in speakers):
        return
    name = _subject(people, speakers)
    if name is None:
        return
    # (after a plain paragraph, only for someone who dominates the quotations: one quoted once
    # before may be a relative the subject talks about)
    dominant = name == _dominant(people, speakers)
    previous = -1  # the last quotation given so
    for idx, span in enumerate(spans):
        para = span.paragraph
        if speakers[idx] is not None or para < 1 or people.is_headline(para - 1):
            continue
        if not _alone(text, span, paras):
            continue
        if (
            first_person.search(text, span.start, span.end)
            or (previous == idx - 1 and spans[previous].paragraph == para - 1)
            or (dominant and _plain_before(text, spans, paras, people, speakers, idx, name))
        ):
            speakers[idx] = name
            previous = idx


def _plain_before(
    text: str,
    spans: list[Span],
    paras: list[tuple[int, int]],
    people: People,
    speakers: list[str | None],
    idx: int,
    name: str,
) -> bool:
    """True when quotation ``idx`` opens on a capital (what someone said, not a fragment) after
    a paragraph that names and quotes no one but ``name``."""
    span = spans[idx]
    if not text[span.start : span.start + 1].isupper():
        return False
    pps, ppe = paras[span.paragraph - 1]
    if {m.name for m in people.mentions if pps <= m.pos < ppe} - {name}:
        return False  # the paragraph before names someone else
    quoted = {speakers[k] for k, s in enumerate(spans) if s.paragraph == span.paragraph - 1}
    return not quoted - {name, None}  # or quotes someone else
