"""Dialogue quotations opened by a dash (private helper of ``quotes.py``).

Spanish, Portuguese, Italian and French news set some quotations off with a dash at the
start of a paragraph instead of marks: ``—No hemos sabido cerrar el partido —lamentó el
entrenador.`` (a second dash right before a lower-case speech verb closes the words) or
``— On se remettra au travail, a-t-il promis.`` (a comma before the inverted or plain
speech verb closes them). Only a paragraph without quotation marks that opens on a dash
and has such a closing is read this way; a dash before a name ("― Ana Ruiz", a credit) or
before anything else is left alone.
"""

from __future__ import annotations

import re

from bot.text.speakers.marks import Span
from bot.text.speakers.names import SPEECH_VERBS

_DASHES = "—–―"
# the dash closing the words and the verb right after it: " —lamentó", " – disse"
# (an object pronoun may stand before the verb: " —le dijo una vecina", " —gli ha detto")
_SPANISH_CLOSE_RE = re.compile(
    r"\s[—–―]\s?(?:(?:le|les|me|nos|se|lhe|lhes|gli|mi|ci|lui|leur)\s+)?([^\W\d_A-Z][\w-]*)"
)
# a comma and a speech verb (or an inverted one) after it: ", a-t-il promis", ", dijo"
_COMMA_CLOSE_RE = re.compile(r",\s+(?:a\s+|ha\s+)?([^\W\d_A-Z][\w-]*)")
_INVERTED_RE = re.compile(r"^\w+-(?:t-)?(?:il|elle)s?$")


def _reports(word: str) -> bool:
    return word.lower() in SPEECH_VERBS or bool(_INVERTED_RE.match(word))


def dash_spans(text: str, paras: list[tuple[int, int]], marked: list[Span]) -> list[Span]:
    """The dash-opened quotations of the paragraphs that hold no marked quotation."""
    taken = {s.paragraph for s in marked}
    out: list[Span] = []
    for k, (ps, pe) in enumerate(paras):
        if k in taken or text[ps : ps + 1] not in _DASHES:
            continue
        start = ps + 1
        while start < pe and text[start] == " ":
            start += 1
        if start >= pe or not (text[start].isupper() or text[start] in "¿¡"):
            continue  # "― ana" / "— 12 h" is no dialogue
        close = _SPANISH_CLOSE_RE.search(text, start, pe)
        if close is not None and _reports(close.group(1)):
            end, close_end = close.start(), close.start(1)
        else:
            close = _COMMA_CLOSE_RE.search(text, start, pe)
            if close is None or not _reports(close.group(1)):
                continue
            end = close_end = close.start()
        while end > start and text[end - 1] in " ,":
            end -= 1
        if end - start >= 10:
            out.append(Span(start, end, ps, close_end, k))
    return out
