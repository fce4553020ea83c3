"""Someone the text leaves unnamed by an indefinite pronoun (private to ``resolve.py``).

At a council meeting, a hearing or a trial, reporters quote a voice from the room they cannot
name: "«…», ha gridato qualcuno dalla platea", "Dalla platea qualcuno ha risposto: «…»",
"«…», gritó alguien desde el fondo de la sala", "Alguém gritou: «…»". The speaker is that
someone, shown as written with where they spoke from (a place fronted before the pronoun is
put after it: "qualcuno dalla platea"), never the person the text named last.
"""

from __future__ import annotations

import re

from bot.text.speakers.lone_unnamed import people_noun_esit
from bot.text.speakers.reading import language

# Spanish, Italian and Portuguese "someone"
_SOMEONE = frozenset("qualcuno alguien alguém".split())
# prepositions of the place a voice came from (or stood in): "dalla platea", "desde el
# público", "do fundo da sala", "in fondo alla sala", "entre el público"
_FROM = (
    "dalla|dal|dallo|dai|dagli|dalle|desde|da|do|dos|das|del|in|nel|nella|tra|fra|en|entre"
    "|no|na|nos|nas|em|entre"
)
# the place after the pronoun: the preposition and up to five lower-case words
_PLACE_AFTER_RE = re.compile(rf" ((?:{_FROM})(?: [a-zà-úç'’]+){{1,5}})(?=[ ,.;:!?]|$)")
# the place fronted at the sentence's start, right before the pronoun: "Dalla platea qualcuno"
_PLACE_BEFORE_RE = re.compile(rf"(?i:({_FROM}))((?: [a-zà-úç'’]+){{1,4}}),? $")
_SENTENCE_END_RE = re.compile(r"[.!?:;»”\"]\s+|\n")


def someone_unnamed(text: str, pos: int, phrase: str) -> str | None:
    """ "qualcuno", "alguien", "alguém" at ``pos`` (the phrase the rules read there) shown as
    written, with the place the voice came from; None for any other phrase."""
    words = phrase.split()
    if not words or words[0].lower() not in _SOMEONE:
        return None
    if language() not in ("spanish", "italian", "portuguese"):
        return None
    who = words[0].lower()
    end = pos + len(words[0])
    after = _PLACE_AFTER_RE.match(text, end)
    place = _until_clause(after.group(1)) if after is not None else ""
    if place and not _verb_like(place):
        return f"{who} {place}"
    floor = max(
        (m.end() for m in _SENTENCE_END_RE.finditer(text, max(0, pos - 60), pos)),
        default=max(0, pos - 60),
    )
    before = _PLACE_BEFORE_RE.fullmatch(text, floor, pos)
    if before is not None:
        return f"{who} {before.group(1).lower()}{before.group(2)}"
    return who


# words that open a clause of its own after the place: "dalla platea mentre l'assessore leggeva"
_CLAUSE_OPENERS = frozenset(
    "mentre mientras enquanto quando cuando che que e y ed ma pero però".split()
)


def _until_clause(place: str) -> str:
    """The place's words up to a word opening another clause ("" when the preposition is
    all that is left)."""
    words = place.split()
    cut = next((k for k, w in enumerate(words) if w in _CLAUSE_OPENERS), len(words))
    return " ".join(words[:cut]) if cut > 1 else ""


def _verb_like(place: str) -> bool:
    """True when the words after the preposition run into a verb ("da sempre dice"): no
    place, but a clause going on."""
    return any(w.endswith(("ò", "ó", "ato", "ado", "ava", "aba", "ou")) for w in place.split()[1:])


# writing, painting: words left on a wall or a board, no one's voice in the room
_WRITTEN = ("scri", "escri", "escre", "pint", "dipin", "pich", "appes", "colg", "pendur")
_AUXILIARIES = frozenset(
    "ha hanno è ho ha había habían ha han aveva avevano tem tinha havia".split()
)


def someone_subject(toks: list[tuple[str, int, int]], v: int) -> tuple[int, int] | None:
    """The span of "qualcuno", "alguien", "alguém" right before the speech verb at ``v`` (an
    auxiliary between): "Dalla platea qualcuno ha risposto:", "Alguien gritó:"; else None."""
    if language() not in ("spanish", "italian", "portuguese"):
        return None
    if toks[v][0].lower().startswith(_WRITTEN):
        return None  # "qualcuno ha scritto con la vernice «…»": a sign, no voice
    k = v - 1
    while k >= 0 and toks[k][0].lower() in _AUXILIARIES:
        k -= 1
    if k >= 0 and toks[k][0].lower() in _SOMEONE:
        if k and toks[k - 1][0].lower() in ("si", "se", "if", "quando", "cuando", "quand"):
            return None  # "Si alguien pregunta: «…»": someone who might ask, no one who did
        return toks[k][1], toks[k][2]
    return None


# a Spanish or Italian definite article and one noun: "l’infermiera", "la vecina", "il tecnico"
_DEFINITE_RE = re.compile(r"(?:(?i:el|la|il|lo)\s+|(?i:l['’]))([a-zà-úñ]{4,})$")
_NAME_AFTER_RE = r"(?:,\s*)?[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý]"


def earlier_unnamed(text: str, pos: int, phrase: str) -> int | None:
    """Where an earlier indefinite description of the same noun opens ("Un’infermiera di 34
    anni è stata aggredita …" before "racconta l’infermiera, che chiede di non essere
    nominata"), for a Spanish or Italian definite phrase at ``pos``; None when the text names
    someone by that noun ("l’infermiera Ada X", "la vecina, Ana X"), or none came before."""
    if language() not in ("spanish", "italian"):
        return None
    m = _DEFINITE_RE.fullmatch(phrase.strip())
    if m is None:
        return None
    if not people_noun_esit(m.group(1)):
        return None  # ("l'azienda": a body, read elsewhere)
    noun = re.escape(m.group(1))
    if re.search(rf"\b{noun}\s*{_NAME_AFTER_RE}", text):
        return None  # someone named with that noun: read elsewhere
    found = None
    for hit in re.finditer(rf"(?<![\w'’])(?i:un|una|uno)(?:\s+|['’]){noun}\b", text[:pos]):
        para = text.rfind("\n", 0, hit.start()) + 1
        before = text[para : hit.start()]
        if sum(before.count(c) for c in "«“„") == sum(before.count(c) for c in "»”"):
            found = hit.start()  # (not someone a quotation mentions: "«Un barbiere vero …»")
    return found
