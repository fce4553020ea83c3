"""Signs, banners, labels and titles right before a German or Dutch quotation (private to
``germanic_things``, ``governed`` and ``keeping``).

A sign, a banner or a label quoted after a colon or a few words after its noun ("Am Eingang
hängt ein Holzschild: „…“", "Op de deur hangt een bordje: ‘…’", "Auf den Schildern stand »…«"),
a title or a motto named right before its marks ("unter dem Motto «…»", "het slotlied “…”"),
and a naming verb ("Das Lied heißt »…«", "Zijn roman heet ‘…’") carry no one's words: the
noun is given in the speaker's place and resolves to no one. Near miss: a leaflet or a placard
someone holds while a speech verb says they speak ("zette de borden op tafel en riep: ‘…’",
"Die Gewerkschaft fordert in einem Flugblatt: »…«") is theirs.
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.reading import language
from bot.text.speakers.titles_germanic import WORK_BEFORE_RE

# what a sign, a banner or a label is called (and compounds ending so: "Holzschild",
# "Pappschild", "handgeschreven bordje")
SIGN_ENDINGS = tuple(
    """schild schilder schildern plakat plakaten aufschrift transparent transparenten bordje
    bordjes spandoek spandoeken borden pamflet pamfletten flugblatt flugblätter""".split()
)
# signs people hand out or set down while they speak: "deelden pamfletten uit en riepen: ‘…’"
_HANDED = frozenset("borden pamflet pamfletten flugblatt flugblätter".split())
_SIGN_RE = re.compile(r"\b\w*(?:" + "|".join(SIGN_ENDINGS) + r")\b", re.IGNORECASE)
# a title, a motto or a song named right before its marks: "unter dem Motto «…»", "het
# slotlied “…”"
TITLE_BEFORE_RE = re.compile(r"\b\w*(?i:motto|titel|slogan|lied|leus|leuze|devise|parole)\s*$")
# the same, a work or a sign's words right before a span too short to be kept as a quotation
# ("im Fachjournal «Wald und Wild»", "het vakblad ‘Tuin & Tafel’", "met teksten als „…”")
_NAMED_BEFORE_RE = re.compile(
    r"\b\w*(?i:motto|titel|slogan|lied|leus|leuze|devise|parole|album|journal"
    r"|zeitschrift|magazin|blad|aufschrift|tekst|teksten)(?: (?i:als|wie))?\s*\Z"
)


def named_before(text: str, open_at: int) -> bool:
    """True in German or Dutch text when a title's, a motto's or a sign's noun stands right
    before the opening mark at ``open_at``: what the marks hold is a name, no one's speech."""
    return (
        _germanic()
        and not text[open_at + 1 : open_at + 2].islower()  # ("das Projekt „ohne Verzug“ …")
        and _NAMED_BEFORE_RE.search(text, max(0, open_at - 40), open_at) is not None
    )


_QUOTED_RE = re.compile(r"[„“»«‚‘\"][^„“”»«‚‘’\"\n]{0,300}[“”«»‘’\"]")
_SIGN_GAP = 3  # words at most between a sign and its words ("Auf den Schildern stand »…«")
# the words a sign bears named right before the marks, further from the sign's noun ("hielden
# bordjes omhoog met de tekst ‘…’", "ein Schild in die Höhe mit der Aufschrift »…«")
_LETTERED_RE = re.compile(
    r"\b(?i:met|mit) (?i:de|het|der|dem) (?i:tekst|opschrift|aufschrift|slogan)\s*$"
)
# a naming verb right before the marks: "Das letzte Lied des Albums heißt »…«", "Zijn nieuwe
# roman heet ‘…’" -- a name, no one's words (not "heißt es: »…«", a colon's clause)
_AFTER_COMMA_RE = re.compile(r"\s*,\s*(\w+)(?:\s+(\w+))?")
NAMED_AS_RE = re.compile(r"\b(?:heißt|heißen|hieß|hießen|heet|heten|heette|heetten)\s*$")


def title_word(word: str) -> bool:
    """True for a title noun, not a member ("Mitglied", "lid" are people)."""
    return not word.strip().lower().endswith("glied")


def _germanic() -> bool:
    return language() in ("german", "dutch")


def _said_after(text: str, pos: int) -> bool:
    """True when a speech verb follows the comma after a quotation ("»…«, sagte X")."""
    m = _AFTER_COMMA_RE.match(text, pos)
    return m is not None and any(w and w.lower() in nm.SPEECH_VERBS for w in m.groups())


def sign_before(rules: Any, idx: int) -> tuple[int, int] | None:
    """For a German or Dutch quotation a sign, a banner or a label carries (after a colon
    that ends a sentence about it, or a few words after it), or a title or motto named right
    before it: the sign's or the title's noun (which resolves to no speaker)."""
    if not _germanic():
        return None
    span = rules.spans[idx]
    _, ps, _ = rules._para_of(span.open_at)
    start = rules._sentence_start(span.open_at, ps)
    head = rules.text[start : span.open_at].rstrip()
    title = TITLE_BEFORE_RE.search(head) or WORK_BEFORE_RE.search(head)
    if title is not None and title_word(title.group()):
        return start + title.start(), start + title.end()  # "unter dem Motto «…»"
    named = NAMED_AS_RE.search(head)
    if named is not None and not _said_after(rules.text, span.close_end):
        # (not "Die Botschaft heißt »…«, sagte Sekretärin X": a speaker names herself after)
        return start + named.start(), start + named.end()  # "Das Lied heißt »…«"
    found = list(_SIGN_RE.finditer(rules.text, start, start + len(head)))
    if not found:
        return None
    # after a colon ("Am Eingang hängt ein Holzschild: „…“"), or a few words after the sign
    # with no other words between ("Auf ihren Schildern stand »A« und »B«")
    gap = _QUOTED_RE.sub(" ", rules.text[found[-1].end() : start + len(head)])
    lead = rules.text[start : found[-1].start()].split(",")[-1]  # (the sign's own clause)
    if found[-1].group().lower() in _HANDED and (
        any(nm.bare(w) in nm.SPEECH_VERBS for w in gap.split())
        or (head.endswith(":") and any(nm.bare(w) in nm.SPEECH_VERBS for w in lead.split()))
    ):
        # "zette de borden op tafel en riep: ‘…’": plates, and someone speaks; a subject that
        # writes or says before the leaflet ("De partij schrijft in een pamflet: ‘…’", "Die
        # Gewerkschaft fordert in einem Flugblatt: »…«") speaks through it
        return None
    if head.endswith(":") or len(gap.split()) <= _SIGN_GAP or _LETTERED_RE.search(gap):
        return found[-1].span()
    return None
