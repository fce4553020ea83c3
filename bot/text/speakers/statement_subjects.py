"""Statements whose sentence names no speaker, read as the subject's before them (private to
``attribution.py``): a Spanish, Italian or Portuguese statement whose verb leaves its subject
out ("En un comunicado, asegura que sus brigadas «…»", "Em nota, disse apenas que “…”": the
body opening a sentence before, else the person who does), and a German body's statement
that says only "hieß es" ("In einer Mitteilung hieß es, man werde „…“", "„…“, heißt es in
einer Stellungnahme": the body opening a sentence before, even by its kind alone, "Die
Flugsicherung"). Hearsay ("Im Dorf hieß es, …") and a document someone else wrote ("Darin
heißt es:") are no statement. For ``neighbours.py``, the body opening the sentence before a
quotation whose verb after it leaves its subject out ("“…”, chiede in una nota.").
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.marks import Span
from bot.text.speakers.people import People
from bot.text.speakers.reading import language
from bot.text.speakers.sentence_bodies import body_before, subject_before

# a Spanish, Italian or Portuguese sentence opening on a statement, its comma, maybe an adverb,
# then its verb with the subject left out: "En un comunicado, asegura que …", "Em nota, disse
# apenas que …", "In una nota, ribadisce che …" (no capital, no article after the comma)
_DROPPED_RE = re.compile(
    r"(?:En|Em|In|Nel|Nella|Num|Numa)\s+(?:[^\W\d_]+\s+){0,4}?"
    r"(?:nota|comunicado|comunicato|declaraciones|declarações|dichiarazioni|entrevista"
    r"|intervista|mensaje|mensagem|messaggio|carta|lettera|correo|e-mail"
    # (a speech in court or a hall, its verb right after it: "En su alegato describió …")
    r"|alegato|intervención|discurso|requisitoria|arringa|discorso|intervento|alegações"
    r"|intervenção)\b(?:[^.,;:«»“”\n]{0,50},)?\s+"
    r"(?:(?:además|también|apenas|ainda|inoltre|anche|solo|sólo|só|poi|luego|depois)\s+)?"
    r"(?P<verb>(?!(?:el|la|los|las|il|lo|gli|le|i|o|a|os|as|un|una|um|uma|que|che)\b)"
    r"[a-zà-ÿ]+)\b[^.«»“”\n]{0,120}$"
)
# German "it said" with no subject, in a body's statement: "In einer Mitteilung hieß es, …"
# before the quotation, "„…“, heißt es in einer Stellungnahme", "…, hieß es weiter", "hieß es
# aus dem Ministerium" after it (not "Darin heißt es:", a document someone else wrote, nor
# hearsay: "Im Dorf hieß es …", "…, hieß es.")
_STATEMENT_BEFORE_RE = re.compile(
    r"\b[Ii]n\s+(?:einer|der|ihrer|seiner)\s+(?:schriftlichen\s+)?"
    r"(?:Presse)?(?:[Mm]itteilung|[Ss]tellungnahme|[Ee]rklärung)\b[^.„“»«]{0,40}"
    r"\b(?:hieß|heißt|hiess|heisst) es\b"
)
_STATEMENT_AFTER_RE = re.compile(
    r"[,\s]*(?:hieß|heißt|hiess|heisst) es\s+(?:weiter|in\s+einer|aus|von|vom|seitens)\b"
)


def dropped_statements(
    text: str, spans: list[Span], speakers: list[str | None], people: People | None
) -> None:
    """Give a quotation with no speaker whose Spanish, Italian or Portuguese sentence opens on
    a statement and a verb with its subject left out ("En un comunicado, asegura que sus
    brigadas «…»", "Em nota, disse apenas que “…”") the subject of a sentence before: the
    body opening one, else the person the sentence before has as its subject, in place."""
    if people is None or language() not in ("spanish", "italian", "portuguese"):
        return
    for idx, (span, speaker) in enumerate(zip(spans, speakers, strict=True)):
        if speaker is not None:
            continue
        k = bisect.bisect_right(people.bounds, span.open_at) - 1
        start = people.bounds[k] if k >= 0 else 0
        m = _DROPPED_RE.match(text, start, span.open_at)
        if m is None or not _verb(m.group("verb")):
            continue
        found, _stopped = subject_before(text, start, people, language() or "")
        if found is not None:
            speakers[idx] = found  # the body, or the person opening a sentence nearer


def german_statements(
    text: str, spans: list[Span], speakers: list[str | None], people: People | None
) -> None:
    """Give a German quotation with no speaker whose sentence says only "hieß es" ("In einer
    Mitteilung hieß es, man werde „…“", "„…“, heißt es in einer Stellungnahme", "Darin heißt
    es: „…“") the body opening a sentence before, in place."""
    if people is None or language() != "german":
        return
    bounds = people.bounds
    for idx, (span, speaker) in enumerate(zip(spans, speakers, strict=True)):
        if speaker is not None:
            continue
        k = bisect.bisect_right(bounds, span.open_at) - 1
        start = bounds[k] if k >= 0 else 0
        end = bounds[k + 1] if k + 1 < len(bounds) else len(text)
        before, after = (
            text[start : span.open_at],
            text[span.close_end : min(end, span.close_end + 120)],
        )
        if not (_STATEMENT_BEFORE_RE.search(before) or _STATEMENT_AFTER_RE.match(after)):
            continue
        found = body_before(text, start, people, "german", kinds=True)
        if found is not None:
            speakers[idx] = found


def _verb(word: str) -> bool:
    """True for a speech verb or a verb's past or imperfect form ("aseguró", "explicaba")."""
    return nm.bare(word) in nm.SPEECH_VERBS or (
        len(word) > 3 and word.endswith(("ó", "ò", "ou", "eu", "iu", "aba", "ava", "eva", "iva"))
    )


def body_opening_before(att: Any, pos: int) -> str | None:
    """For a Spanish, Italian or Portuguese speech verb after a quotation with its subject
    left out ("“…”, chiede in una nota."): the body opening the sentence just before the
    quotation as its subject, whatever its verb ("Il Comitato X, nato …, alza il tiro."),
    when that sentence names no person; else None."""
    if language() not in ("spanish", "italian", "portuguese"):
        return None
    k = bisect.bisect_right(att.span_opens, pos) - 1
    if k < 0:
        return None
    span = att.spans[k]
    _, ps, _ = att._para_of(span.open_at)
    start = att._sentence_start(span.open_at, ps)
    if start <= ps or att.text[start : span.open_at].strip():
        return None  # (the quotation opens its sentence, after one in its paragraph)
    prev = att._sentence_start(start - 1, ps)
    if (k and att.spans[k - 1].close_end > ps) or att._people_named(ps, start) > 0:
        # (a quotation before it in its paragraph: its speaker goes on; a person named in the
        # paragraph: "Rosa X es madre de tres niños. El Ayuntamiento cerró … «…», lamenta.")
        return None
    if _FIRST_PERSON_ONE_RE.search(att.text, span.start, span.end):
        return None  # ("Mis hijos …", "Eu já não …": one person's words, no body's)
    at = bisect.bisect_left(att.people.orgs, (prev,))
    if at < len(att.people.orgs):
        opos, name, subject = att.people.orgs[at]
        if subject and opos - prev <= 4 and name.split()[0].lower() not in _NOT_BODIES:
            # (the whole name over its prepositions: "Il Comitato Pendolari della Valle")
            whole = _WHOLE_NAME_RE.match(att.text, opos)
            name = whole.group() if whole and whole.group().startswith(name) else name
            return re.sub(r"^(?:Il|Lo|La|L['’]|El|O|A)\s*(?=[A-ZÀ-Ý])", "", name)
    return None


_WHOLE_NAME_RE = re.compile(
    r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:di|del|della|dello|dei|degli|delle|de|do|da|dos|das)\s+)?"
    r"[A-ZÀ-Ý][\w'’-]*){0,7}"
)


# the first person singular in Spanish, Italian and Portuguese words
_FIRST_PERSON_ONE_RE = re.compile(
    r"(?i)(?<!\w)(?:yo|mi|mis|mío|mía|me|io|mio|mia|miei|mie|eu|meu|minha|meus|minhas|"
    r"tengo|sono|ho)(?!\w)"
)
# capitalized openers that are no body's name
_NOT_BODIES = frozenset("secondo según segundo per para".split())
