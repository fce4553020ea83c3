"""The person a passage follows, carried over narration to a quotation standing alone (private
to ``attribution.py``).

Reporters quote someone, then tell what that person does, with no subject of its own in the
Romance languages or with a bare pronoun in any language, and quote them again with no
attribution: "«Così chiudiamo», dice Mario X, 58 anni. ¶ Mostra una mela segnata dalla
grandine. «Al mercato questa non la vuole nessuno.»", "'Er staan twintig kramen leeg,' zegt
ze. ¶ Ze wijst naar de parkeertarieven. ¶ 'Mensen uit de dorpen komen niet meer.'". The
quotation alone goes on with the one before it.

Guards: the quotation before has a speaker the rules read (its own or carried); between them
stand at most three sentences over at most two paragraph breaks, each opening on its verb (its
subject left out) or on a subject pronoun of the text's language, none bringing in someone new;
no one is named there; and the quotation stands alone (nothing but another quotation after it
in its paragraph), or inside a sentence opening so ("Elle a salué une campagne « … »"), not
one whose own subject follows a fronted phrase ("Preguntado …, el alcalde fue tajante: «…»").
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.description_phrases import ARTICLES, description
from bot.text.speakers.dropped import dropped_subject
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.raw import Raw
from bot.text.speakers.reading import language

# subject pronouns of a person, opening a sentence of narration, per language
_PRONOUNS = {
    "english": frozenset(["He", "She"]),
    "french": frozenset(["Il", "Elle"]),
    "italian": frozenset(["Lui", "Lei"]),
    "spanish": frozenset(["Él", "Ella"]),
    "portuguese": frozenset(["Ele", "Ela"]),
    "german": frozenset(["Er", "Sie"]),
    "dutch": frozenset(["Hij", "Ze", "Zij"]),
}
# articles of an object right after a verb that opens its sentence (Spanish, Italian,
# Portuguese), and the words opening a sentence that are no verb though an article follows
_OBJECT_ARTICLES = frozenset("un una uno il lo la le i gli el los las o a os as um uma".split())
_NOT_VERBS = frozenset(
    "con tra fra per sin entre sobre para en em com de da di ad su durante dopo dentro fuera"
    " hoy ayer ieri oggi ontem hoje este esta questo questa ogni cada todos tutti tras desde"
    " hasta ante bajo según segundo secondo senza sem após dopo verso hacia come como cuando"
    " quando mientras mentre enquanto pero ma mas y e o ni né nem".split()
)
# a definite subject after a fronted phrase and its comma
_SUBJECT_IN_LEAD_RE = re.compile(
    r",\s+(?:the|le|la|l['’]|el|il|lo|o|a|der|die|das|de|het)\s+\w+", re.IGNORECASE
)
_MOST_SENTENCES = 3
_MOST_BREAKS = 2
_SENTENCE_END_RE = re.compile(r"[.!?…][»”“\"'’)]*\s+")


def carried_on(att: Any, out: list[Raw], idx: int) -> int | None:
    """The quotation whose speaker the lone quotation ``idx`` shares (see the module's note),
    else None."""
    if idx == 0:
        return None
    text = att.text
    span, before = att.spans[idx], att.spans[idx - 1]
    if out[idx - 1].phrase is None and out[idx - 1].inherited is None:
        return None
    _, _, pe = att._para_of(span.open_at)
    after = text[span.close_end : pe].strip(" .\n")
    if after and after[:1] not in "«“\"„'‘»":
        return None  # the sentence goes on after the quotation
    gap = text[before.close_end : span.open_at]
    if gap.count("\n\n") > _MOST_BREAKS or len(gap) > 600:
        return None
    # the rest of the sentence that closes the quotation before (its attribution), unless the
    # quotation closed its sentence; then the sentences of narration
    closed = gap[: len(gap) - len(gap.lstrip())].count("\n") or (
        text[before.start : before.end].rstrip()[-1:] in ".!?…" and gap.lstrip()[:1].isupper()
    )
    first_end = None if closed else _SENTENCE_END_RE.search(gap)
    if not closed and first_end is None:
        return None
    middle_at = before.close_end + (first_end.end() if first_end is not None else 0)
    middle = text[middle_at : span.open_at]
    sentences = [s for s in _split(middle) if s[1].strip()]
    if not sentences or len(sentences) > _MOST_SENTENCES:
        return None
    if not _SENTENCE_END_RE.search(sentences[-1][1]) and _SUBJECT_IN_LEAD_RE.search(
        sentences[-1][1]
    ):
        # the quotation inside a sentence whose subject stands after a fronted phrase
        # ("Cuestionado sobre …, el técnico fue tajante: «…»"): that subject's, not carried
        return None
    for at, sentence in sentences:
        if not _goes_on(att, middle_at + at, sentence):
            return None
    if att._people_named(middle_at, span.open_at) > 0:
        return None  # someone else named in the narration
    return idx - 1


def _split(chunk: str) -> list[tuple[int, str]]:
    """(offset, sentence) of each sentence of ``chunk``."""
    out: list[tuple[int, str]] = []
    at = 0
    for m in _SENTENCE_END_RE.finditer(chunk):
        out.append((at, chunk[at : m.end()]))
        at = m.end()
    if chunk[at:].strip():
        out.append((at, chunk[at:]))
    return out


def _goes_on(att: Any, at: int, sentence: str) -> bool:
    """True when a sentence of narration goes on about the same person: it opens on a subject
    pronoun, or (Spanish, Italian, Portuguese) on its verb, its subject left out."""
    stripped = sentence.lstrip()
    first = stripped.split(" ", 1)[0]
    if first in _PRONOUNS.get(language() or "", ()):
        return True
    if language() not in ("spanish", "italian", "portuguese"):
        return False
    start = at + len(sentence) - len(stripped)
    lang = language()
    if lang in ARTICLES and description(att.text, start, start + len(stripped), lang):
        return False  # someone new comes in ("Se acercó a la parroquia un jornalero …")
    toks = att._tokens(start, start + len(stripped))
    if dropped_subject(toks, att.people.registry):
        return True
    # a verb in the present and its object's article: "Mostra una mela …", "Saca una aceituna
    # …", "Abre a porta …" (not a preposition, a name or a word opening a phrase of time)
    return (
        len(toks) > 2
        and toks[1][0] in _OBJECT_ARTICLES
        and toks[0][0].isalpha()
        and toks[0][0].lower() not in _NOT_VERBS | nm.STOPWORDS
        and nm.bare(toks[0][0]) not in FIRST_NAMES
        and toks[0][0].lower() not in att.people.registry
    )
