"""When a quotation does not share the speaker of the quotation beside it (private to
``attribution.py``): a lower-case quotation in a sentence of its own after someone unnamed's
(each passer-by's words are theirs alone), and an English quotation that is all a pair of
brackets holds (an example or a slogan).
"""

from __future__ import annotations

import re

from bot.text.speakers.marks import Span
from bot.text.speakers.people import People
from bot.text.speakers.raw import Raw
from bot.text.speakers.reading import language, romance_text
from bot.text.speakers.sentences import clause_fragment

_INDEFINITE_ARTICLES = frozenset("a an un une uno una um uma ein eine een".split())
_SOURCES = frozenset(("fuentes", "fonti"))  # unnamed sources, like someone unnamed
# a sentence ends between two quotations: a stop (and closing marks), a space, a capital
_SENTENCE_BREAK_RE = re.compile(r"[.!?…][»”’\"]?\s+[«“„\"‘]?[^\W\d_a-z]")


def unnamed_fragment(
    text: str, spans: list[Span], idx: int, named: list[int], raws: list[Raw]
) -> bool:
    """True for a quotation that opens in lower case inside a sentence of its own, after a
    sentence break from the quotation of someone unnamed it would share a speaker with: "Un
    maraîcher estime que « … ». Un peu plus loin, un retraité juge que « … »", "Un sondage
    montre que « … ». Un éleveur estime que « … »" (each sentence has its own subject, which
    no rule read; a passer-by's words are theirs alone)."""
    span = spans[idx]
    earlier = [j for j in named if j < idx]
    shared = earlier[-1] if earlier else named[0]
    if language() == "english" and not earlier and text[span.start].islower():
        return clause_fragment(text, span.open_at, span.close_end, spans[shared].open_at)
    if not text[span.start].islower() or not romance_text():
        return False  # (German reported speech goes on: "Es handle sich um „…“")
    phrase = (raws[shared].phrase or "").split()
    if not phrase or phrase[0].lower() not in _INDEFINITE_ARTICLES | _SOURCES:
        return False
    if phrase[0].lower() in _SOURCES and earlier:
        return False  # "Fuentes de X defendieron «…». Añadieron que «…»": the same sources
    other = spans[shared]
    a, b = (other.close_end, span.open_at) if earlier else (span.close_end, other.open_at)
    return a < b and _SENTENCE_BREAK_RE.search(text, a, b) is not None


def bracketed(text: str, span: Span) -> bool:
    """True for an English quotation that is all a pair of brackets holds: "safer parks
    (“Who wants broken swings?”)" gives an example or a slogan, not words going on from the
    quotation before it."""
    return (
        language() == "english"
        and text[span.open_at - 1 : span.open_at] == "("
        and text[span.close_end : span.close_end + 1] == ")"
    )


def named_fragment(
    text: str, spans: list[Span], idx: int, named: list[int], raws: list[Raw], people: People
) -> bool:
    """True for a quotation that opens in lower case inside a sentence of its own, after a
    sentence break from the earlier quotation it would share a speaker with, when that
    sentence names another person a first name shows: "«A», disse o selecionador X. O
    guarda-redes Ana Y, decisiva, dedicou a vitória «a todos …»", "Entre os destaques está a
    coreógrafa Tânia Y, que promete «…»" (Romance text): that sentence is about someone else,
    whom no rule read as its speaker; the words are not the one before's."""
    span = spans[idx]
    earlier = [j for j in named if j < idx]
    if not earlier or not text[span.start].islower() or not romance_text():
        return False
    shared = raws[earlier[-1]].phrase or ""
    a = spans[earlier[-1]].close_end
    breaks = list(_SENTENCE_BREAK_RE.finditer(text, a, span.open_at))
    if not breaks:
        return False
    start = breaks[-1].end() - 1
    return any(
        start <= m.pos < span.open_at
        and m.gender is not None
        and _about(text, start, m.pos, m.name)
        and " " in m.name
        and m.name not in shared
        and shared not in m.name
        for m in people.mentions
    )


# a subject relative after a name: ", que promete «…»", ", qui promet", ", che promette"
# endings of a past verb before the name, which makes it an object ("Il a remercié …")
_VERB_ENDS = (
    "é",
    "ée",
    "ado",
    "ada",
    "ido",
    "ida",
    "ato",
    "ata",
    "ito",
    "ita",
    "ou",
    "eu",
    "iu",
    "ó",
)
_WHO_AFTER_RE = re.compile(r",\s+(?:que|qui|che|quien)\s")


def _about(text: str, start: int, pos: int, name: str) -> bool:
    """True when the person named at ``pos`` is what the sentence from ``start`` is about: its
    subject near its start ("O guarda-redes Ana Y, decisiva, dedicou …") or the subject of a
    relative right after the name ("… a coreógrafa Tânia Y, que promete «…»"); not someone an
    object names ("Il a remercié l'architecte Claire X pour « … »", "al que definió como")."""
    before = text[start:pos].split()
    if len(before) <= 4 and not any(w.endswith(_VERB_ENDS) for w in before):
        return True
    return _WHO_AFTER_RE.match(text, pos + len(name)) is not None
