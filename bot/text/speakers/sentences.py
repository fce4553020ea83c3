"""Where the sentences of a news text start (private to the speaker modules).

A sentence ends at . ! ? and any closing marks before a capital or an opening mark, but not
after an abbreviation or an initial; French marks stand apart from the words; a dateline
opening a paragraph ("CYCLISME – ", "MADRID, 4 dic (EFE).- ") ends where the story starts.
"""

from __future__ import annotations

import bisect
import re

from bot.text.speakers import names as nm
from bot.text.speakers.reading import language

# A whole run of stops and closing marks before a space, read once from its first character.
# a sentence ends at . ! ? and any closing marks, German ones too (".“ Er …", "„…“ Sie"),
# before a capital or an opening mark ("„", "«", "“")
# (French marks stand apart from the words: "trois ans. »¶Le préfet", "après-midi. « J'entends")
_SENT_RE = re.compile(
    r"(?<![.!?\"”’'»“«)\]])[.!?\"”’'»“«)\]]+(?:[ \u00a0\u202f]»)?\s+"
    r"(?=[\"“‘«„»(\[]?[ \u00a0\u202f]?[^\W_a-z])"
)
# (German and Dutch news open a quotation with a straight "'" too, before a capital: "…
# vreest overlast. 'Als …'"; English copy sets it inside quotations as well: "'I could … 'I
# visit them …'", so there it ends no sentence)
_GERMANIC_SENT_RE = re.compile(
    r"(?<![.!?\"”’'»“«)\]])[.!?\"”’'»“«)\]]+(?:[ \u00a0\u202f]»)?\s+"
    r"(?=[\"“‘'«„»(\[]?[ \u00a0\u202f]?[^\W_a-z])"
)
_STOP_RE = re.compile(r"[.!?]")
_DATELINE_RE = re.compile(
    r"([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .-]{1,30}?)(?:,[^\n–—()]{1,25}?)?(?:\s*\([^)\n]{1,25}\))?\.?\s*[–—-]{1,2}\s+"
)


def sentence_bounds(text: str, paras: list[tuple[int, int]]) -> list[int]:
    """Offsets where sentences start (abbreviations and initials are no ends)."""
    out = []
    pattern = _GERMANIC_SENT_RE if language() in ("german", "dutch") else _SENT_RE
    for m in pattern.finditer(text):
        stop = _STOP_RE.search(text, m.start(), m.end())
        if stop is None:
            continue  # only closing marks: no sentence ends here
        i = stop.start()
        if text[i] == "." and ")" not in text[i : m.end()]:
            j = i
            while j > max(0, i - 20) and not text[j - 1].isspace() and text[j - 1] not in '("“':
                j -= 1
            word = text[j:i].lower()
            if word in nm.ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            if "." in word and len(word) <= 5:  # U.S., D.C.
                continue
        out.append(m.end())
    for ps, _ in paras:
        # a dateline opening a paragraph ends where the story's first sentence starts:
        # "CYCLISME – Le Breton X a remporté …", "MADRID, 4 dic (EFE).- El …"
        d = _DATELINE_RE.match(text, ps)
        if d is not None and d.group(1).isupper() and len(d.group(1)) >= 3:
            bisect.insort(out, d.end())
    return out


# the verbs of what a report or a study finds, which no rule reads as speech
_FINDING_VERBS = frozenset(
    "found finds showed shows revealed reveals highlighted highlights uncovered identified".split()
)
# a sentence ends between two quotations: a stop (and closing marks), a space, a capital
_BREAK_RE = re.compile(r"[.!?…][»”’\"]?\s+[«“„\"‘]?[^\W\d_a-z]")


def clause_fragment(text: str, open_at: int, close_end: int, later: int) -> bool:
    """True for an English phrase in quotation marks inside a clause of finding (a report's
    verb, no speech verb) with a sentence break before the quotation opening at ``later``:
    "It found that the scheme had ‘failed …’. The minister, X, said: ‘…’", "His report
    highlighted a ‘pattern’ … A source told …" (its words are not the next speaker's)."""
    start = max(text.rfind(c, 0, open_at) for c in ".!?\n") + 1
    words = {nm.bare(w) for w in text[start:open_at].split()}
    if not words & _FINDING_VERBS or words & nm.SPEECH_VERBS:
        return False
    return close_end < later and _BREAK_RE.search(text, close_end, later) is not None
