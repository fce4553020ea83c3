"""Quotations inside a quotation: words the speaker reports someone said (private helper of
``quotes.py``).

A speaker often gives another person's words, or their own, in the second level of marks:
“He looked at me and said, ‘Come in.’”, « Elle m'a répondu : “Tu as raison.” », «Der Arzt hat
gesagt: ‹Beweg dich.›», “Le dije: ‘Dame tiempo’”, ‘Ze zei: “Doe voorzichtig.”’. Such inner
words are a quotation of their own when a speech verb introduces them (a colon or a comma after
it, or the verb right before: "en criant « Au feu ! »") and they open like a sentence. Their
speaker is the outer speaker when the outer speaker says they said them ("I told him, ‘…’",
"Je lui ai dit : “…”", "Eu falei: ‘…’"); else the person the clause names as the verb's
subject ("Un proviseur m'a dit : “…”", ``inner_speakers``; “A woman at the desk told me,
‘…’”, ``inner_speakers_en``). Outside English anyone else is left unnamed (a wrong speaker is
worse than none); English news reads such inner words as part of the quotation, so there
they are listed only with a speaker, and not when a lower-case word runs on after them
("once said ‘Wolf Hall’ was the best book": a title).

Each outer quotation is read once, and an inner one at most ``_INNER_MAX`` characters on, so
the pass is linear in the length of the text.
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers.inner_speakers import inner_speaker
from bot.text.speakers.inner_speakers_en import inner_speaker_en
from bot.text.speakers.marks import Span
from bot.text.speakers.names import SPEECH_VERBS
from bot.text.speakers.reading import language

_INNER_MAX = 400
# the outer opening mark -> the inner marks (opening, closing) a writer nests in it
_INNER_MARKS: dict[str, tuple[tuple[str, str], ...]] = {
    "“": (("‘", "’"), ("'", "'")),
    "”": (("‘", "’"), ("'", "'")),
    '"': (("'", "'"), ("‘", "’")),
    "«": (("“", "”"), ("‹", "›"), ('"', '"'), ("‘", "’")),
    "„": (("‚", "‘"), ("›", "‹"), ("»", "«")),
    "»": (("›", "‹"), ("‚", "‘"), ("„", "“")),
    "‘": (("“", "”"), ('"', '"')),
    "'": (("“", "”"), ('"', '"')),
}
_OPEN_BEFORE = " \n:(—–-"
_SENTENCE_STOP_RE = re.compile(r"[.!?…][\"”’»«›]*\s")
# words that introduce reported words without being a speech verb: "I was like, ‘…’", "used
# to tell him, ‘…’",
# "en criant « … »", "gritando «…»", "schreiend: „…“"
_INTRODUCERS = frozenset(
    "like tell ask criant hurlant disant répondant gritando diciendo contestando gridando dicendo"
    " urlando rispondendo dizendo respondendo schreiend rufend roepend".split()
)
# a speaker saying that they themselves said the inner words: the subject pronoun of the first
# person, or a first-person speech verb where the language drops the pronoun ("Le dije: …")
_FIRST_PERSON: dict[str, frozenset[str]] = {
    "english": frozenset(["i"]),
    "french": frozenset(["je", "j"]),
    "german": frozenset(["ich"]),
    "dutch": frozenset(["ik"]),
    "spanish": frozenset(
        "yo dije pregunté respondí contesté grité expliqué advertí repetí".split()
    ),
    "italian": frozenset("io dissi risposi chiesi gridai spiegai ho".split()),
    "portuguese": frozenset("eu falei perguntei respondi gritei expliquei avisei repeti".split()),
}
# a noun phrase opening the clause, then a relative clause holding the first person: "El
# médico al que yo llamé me dijo:", "Ma mère que j'adorais m'a dit :"
_NOUN_OPENERS = frozenset(
    "el la los las o a os as le les il lo ma mon mes mi mio mia meu minha de het der die das"
    " mijn mein meine".split()
)
_RELATIVES = frozenset("que qui che dat die der".split())
_MODAL_RE = re.compile(r"\b(?:would|will|could|can|might|should|must)\b|['’](?:d|ll)\b", re.I)
_I_VERB_RE = re.compile(r"\bI(?:\s+[a-z]+ly|\s+was)?\s+([a-z]+)\b")
_PRONOUNS = frozenset("i je j ich ik yo io eu ho".split())
_THIRD_PERSON = frozenset(
    "hij zij ze er sie il elle ils elles él ella ellos ellas lui lei loro ele ela eles elas".split()
)
_TOKEN_RE = re.compile(r"[^\W\d_]+")
# the sentence running on in lower case after inner marks: a title or a phrase, no words said
_RUNS_ON_RE = re.compile(r"\s+[a-z]")


def _closing(text: str, i: int, close: str) -> bool:
    """True when the mark at ``i`` closes: not after a space, not before a letter (an
    apostrophe: "Kessler’s", "l'eau")."""
    after = text[i + 1 : i + 2]
    return not text[i - 1].isspace() and not (after.isalpha() or after.isdigit())


def _introduced(clause: str) -> bool:
    """True when the clause before the inner marks introduces reported words: a speech verb
    among its last words with a colon or a comma after it, or a speech verb or a gerund of
    saying right before the marks."""
    stripped = clause.rstrip()
    words = [w.lower() for w in _TOKEN_RE.findall(stripped)]
    if not words:
        return False
    own = _FIRST_PERSON.get(language() or "", frozenset())
    if words[-1] in SPEECH_VERBS or words[-1] in _INTRODUCERS or words[-1] in own:
        return True
    return stripped[-1:] in ":," and any(
        w in SPEECH_VERBS or w in _INTRODUCERS or (w in own and w not in _PRONOUNS)
        for w in words[-6:]
    )


def _first_person(clause: str) -> bool:
    """True when the outer speaker is the subject of the clause introducing the inner words."""
    # (the last piece between commas: "Als ich aufwachte, hat der Arzt gesagt:" is the
    # doctor's)
    clause = clause.rstrip().rstrip(",:").rsplit(",", 1)[-1]
    if language() == "english":
        # (not words one would say: "I would say, ‘…’", "I'll tell them, ‘…’")
        # (the pronoun right before the verb: "I said", "I just told him", "I was like")
        verbs = [m.group(1) for m in _I_VERB_RE.finditer(clause)]
        return any(v in SPEECH_VERBS or v == "like" for v in verbs) and not _MODAL_RE.search(clause)
    own = _FIRST_PERSON.get(language() or "", frozenset())
    words = [w.lower() for w in _TOKEN_RE.findall(clause)]
    if words[:1] and words[0] in _NOUN_OPENERS and _RELATIVES & set(words[2:5]):
        return False  # "El médico al que yo llamé me dijo:": the noun is the subject
    # (someone else may still be the subject: "Toen ik binnenkwam zei ze: “…”")
    return any(w in own for w in words) and not any(w in _THIRD_PERSON for w in words)


def inner_quotes(
    text: str, spans: list[Span], speakers: list[str | None], people: Any = None
) -> list[tuple[Span, str | None]]:
    """The quotations nested in ``spans`` that a speech verb introduces, each with the outer
    speaker when the outer speaker is the one who said them, else the one the clause before
    them names as their subject (``inner_speakers``, ``inner_speakers_en``), else None."""
    out: list[tuple[Span, str | None]] = []
    for span, speaker in zip(spans, speakers, strict=True):
        pairs = _INNER_MARKS.get(text[span.open_at : span.open_at + 1], ())
        for opening, close in pairs:
            pos = span.start
            while True:
                i = text.find(opening, pos, span.end)
                if i < 0:
                    break
                pos = i + 1
                if i > span.start and text[i - 1] not in _OPEN_BEFORE:
                    continue
                first = text[i + 1 : i + 2]
                if not (first.isupper() or first in "¿¡"):
                    continue
                j = i + 1
                limit = min(span.end, i + _INNER_MAX)
                while True:
                    j = text.find(close, j + 1, limit)
                    if j < 0 or _closing(text, j, close):
                        break
                if j < 0:
                    continue
                clause = _SENTENCE_STOP_RE.split(text[max(span.start, i - 120) : i])[-1]
                if not _introduced(clause):
                    continue
                s, e = i + 1, j
                while e > s and text[e - 1].isspace():
                    e -= 1
                if e - s < 4 or (s - span.start < 3 and span.end - e < 3):
                    continue  # the whole quotation in marks twice is no inner one
                outer_close = text[span.end : span.close_end].strip()[:1]
                if outer_close and outer_close in text[s:e]:
                    continue  # (marks mixed up: the "inner" words run past the outer close)
                who = speaker if _first_person(clause) else None
                if who is None and people is not None and language() is not None:
                    # (the clause from its sentence's start: "Un proviseur m'a dit :", "A
                    # woman at the desk told me,")
                    if i - len(clause) == span.start or text[i - len(clause) - 1].isspace():
                        before = text[span.start : i - len(clause)]
                        english = language() == "english"
                        read = inner_speaker_en if english else inner_speaker
                        who = read(clause.strip(), i, speaker, people, before)
                        if (
                            english
                            and text[j - 1] not in ",.!?…"
                            and _RUNS_ON_RE.match(text, j + 1)
                        ):
                            who = None  # "once said ‘Wolf Hall’ was the best book": a title
                if who is None and language() in (None, "english"):
                    # (English news reads words reported inside a quotation as part of it
                    # unless the speaker says they said them, "I told him, ‘…’", or the
                    # clause names who did)
                    continue
                out.append((Span(s, e, i, j + 1, span.paragraph), who))
                pos = j + 1
    return out
