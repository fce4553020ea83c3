"""The person a French or Portuguese profile is about, for its free-standing quotations
(private to ``attribution.py``).

A profile or an interview portrait names its subject first (in the headline or the opening
sentence) and quotes them throughout, often in paragraphs that are only quotation, with no
speech verb and after a paragraph about their life rather than about what they said:

    Odile Ferrand tient la quincaillerie de la place depuis 1991. « … », dit-elle.
    Née à Vienne, elle a grandi à la ferme. Son oncle voulait qu'elle « devienne notaire ».
    « J'aimais trop le bruit du tiroir-caisse. »

Such a paragraph, when no other rule gave it a speaker and it speaks in the first person ("je",
"mon", "eu", "minha"), is the first person the text names, if that person is quoted elsewhere
in it; a quotation paragraph right after one given so goes on with it.
"""

from __future__ import annotations

import re

from bot.text.speakers.marks import Span
from bot.text.speakers.people import People
from bot.text.speakers.reading import language

# first-person words of French and Portuguese
_FIRST_PERSON_RE = re.compile(
    r"(?i:\b(?:je|moi|mon|ma|mes|me|eu|mim|meu|minha|meus|minhas|comigo)\b|\bj['’]|\bm['’])"
)


def _alone(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True when ``span`` is all of its paragraph (its marks and a full stop aside)."""
    ps, pe = paras[span.paragraph]
    return not text[ps : span.open_at].strip() and not text[span.close_end : pe].strip(" .")


def protagonist_speakers(
    text: str,
    spans: list[Span],
    paras: list[tuple[int, int]],
    people: People,
    speakers: list[str | None],
) -> None:
    """Give the free-standing first-person quotation paragraphs no rule attributed to the
    profile's subject (in place)."""
    if language() not in ("french", "portuguese") or not people.mentions:
        return
    # (the first person named in the headline or the opening paragraph: one a first name or
    # a title shows to be a person, else the subject of a sentence, else anyone)
    opening = [m for m in people.mentions if m.para <= 1 and " " in m.name]
    first = next((m.name for m in opening if m.gender), None)
    first = first or next((m.name for m in opening if m.subject), None)
    first = first or next((m.name for m in opening), None)
    if first is None or first not in speakers:
        return  # (the first person named says nothing quoted: no portrait of them)
    previous = -1  # the last quotation given so
    for idx, span in enumerate(spans):
        if speakers[idx] is not None or not _alone(text, span, paras):
            continue
        if _FIRST_PERSON_RE.search(text, span.start, span.end) or (
            previous == idx - 1 and spans[previous].paragraph == span.paragraph - 1
        ):
            speakers[idx] = first
            previous = idx
