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
# a question or an exclamation mark and a speech verb after it: "? a demandé X", "! gritó"
_MARK_CLOSE_RE = re.compile(r"([?!…])\s+(?:a\s+|ha\s+)?([^\W\d_A-Z][\w-]*)")
_INVERTED_RE = re.compile(r"^\w+-(?:t-)?(?:il|elle)s?$")
# the dash that closes an attribution and lets the words go on: "—dijo—. B", "—dijo X—, b",
# "explicou a delegada. — B"
_RESUME_RE = re.compile(r"(?:[—–―][.,;:]?|[.;:]\s[—–―])\s+(?=[^\W\d_]|[¿¡])")
# a dash inside a paragraph, setting off an aside or an attribution the rules above did not read
_INNER_DASH_RE = re.compile(r"\s[—–―]")


def _reports(word: str) -> bool:
    return word.lower() in SPEECH_VERBS or bool(_INVERTED_RE.match(word))


def dash_spans(text: str, paras: list[tuple[int, int]], marked: list[Span]) -> list[Span]:
    """The dash-opened quotations of the paragraphs that hold no marked quotation."""
    taken = {s.paragraph for s in marked}
    out: list[Span] = []
    bare: list[Span] = []
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
        elif (close := _COMMA_CLOSE_RE.search(text, start, pe)) is not None and _reports(
            close.group(1)
        ):
            end = close_end = close.start()
        elif (close := _MARK_CLOSE_RE.search(text, start, pe)) is not None and _reports(
            close.group(2)
        ):
            end, close_end = close.end(1), close.end(1)  # "— Tout ? a demandé X."
        else:
            if not _INNER_DASH_RE.search(text, start, pe) and pe - start >= 2:
                bare.append(Span(start, pe, ps, pe, k))
            continue
        while end > start and text[end - 1] in " ,":
            end -= 1
        if end - start >= 10:
            out.append(Span(start, end, ps, close_end, k))
            if (resumed := _resumed(text, close_end, pe, k)) is not None:
                out.append(resumed)
    if out and bare:
        # a text that sets its dialogue off with dashes and a verb after them ("—¿Desde el
        # principio? —pregunta el actor.") also has lines with none: "—Sí. Desde el
        # principio." -- the whole paragraph is words said (``dialogue_turn`` and the rules for
        # a quotation alone in its paragraph tell whose)
        out = sorted([*out, *bare], key=lambda s: s.start)
    return out


def _resumed(text: str, verb_at: int, pe: int, k: int) -> Span | None:
    """The words that go on after the attribution of a dash-opened line: "—A —dijo X—. B.",
    "—A —dijo—, b", "— A — explicou a delegada. — B" (to the next attribution or the end of
    the paragraph), or None."""
    again = _RESUME_RE.search(text, verb_at, pe)
    if again is None:
        return None
    start = again.end()
    close = _SPANISH_CLOSE_RE.search(text, start, pe)
    end = close.start() if close is not None and _reports(close.group(1)) else pe
    while end > start and text[end - 1] in " ,":
        end -= 1
    if len(text[start:end].split()) < 2:
        return None
    return Span(start, end, again.start(), end, k)


def _dash_line(text: str, span: Span) -> bool:
    return text[span.open_at : span.open_at + 1] in _DASHES


def dialogue_turn(text: str, spans: list[Span], idx: int, speakers: list[str | None]) -> str | None:
    """For a dialogue line with no verb after it (``—Sí. Desde el principio.``) right after
    two dash-opened lines of two people in the paragraphs before it, the one who spoke two
    lines before: the exchange goes on turn by turn. None otherwise (a line after a single
    one goes on with its speaker)."""
    if idx < 2 or not _dash_line(text, spans[idx]) or text[spans[idx].close_end :][:1].strip():
        return None  # (a line whose verb follows it ends before its paragraph does)
    cur, before, first = spans[idx], spans[idx - 1], spans[idx - 2]
    if not (_dash_line(text, before) and _dash_line(text, first)):
        return None
    if before.paragraph != cur.paragraph - 1 or first.paragraph != before.paragraph - 1:
        return None
    one, other = speakers[idx - 2], speakers[idx - 1]
    return one if one is not None and other is not None and one != other else None


def resumed_speaker(
    text: str, spans: list[Span], idx: int, speakers: list[str | None]
) -> str | None:
    """The speaker of the words a dash-opened line goes on with after its attribution ("—A
    —explicó la jueza—. B"): the first part's, or None when the span is no such piece."""
    if idx < 1 or spans[idx - 1].paragraph != spans[idx].paragraph:
        return None
    first = spans[idx - 1]
    if not _dash_line(text, first) or first.close_end > spans[idx].open_at:
        return None
    if text[spans[idx].open_at : spans[idx].open_at + 1] not in _DASHES + ".;:":
        return None
    return speakers[idx - 1]
