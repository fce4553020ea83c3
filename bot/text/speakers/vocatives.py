"""A quotation that addresses its speaker by name is someone else's (private to ``quotes.py``).

In a short exchange a reporter often lets the turns run without attributions, and the one who
answers calls the other by name: "“…”, warf ihr Mann Werner Brandl ein. ¶ “Das war der Enkel,
Werner.”", "‘Die liggen in de la, Annie.’" Words that call a person by their first name, at
their start or after a comma before the end of a sentence, are not that person's: they are the
turn of the last other speaker of the exchange (among the four quotations before, in the three
paragraphs before at most), else no
one's.
"""

from __future__ import annotations

import re

from bot.text.speakers.marks import Span

_BACK = 4  # quotations before, in the three paragraphs before at most: the other turn


# words in the second level of marks inside a quotation ("‘We did it, Paul.’"): what someone
# else said to the speaker, no call of the speaker's own
_INNER_RE = re.compile(r"[‘‚‹“„\"'][^’‘›”“\"']{0,200}[’‘›”“\"']")
_EDGE = 200  # characters read at each end of a quotation (a call opens or closes it)
_POSSESSIVES = frozenset(
    "my our mon ma mes notre nos mein meine meinem meinen meiner unser unsere unserem mijn"
    " onze mi mis nuestro nuestra mio mia mie miei nostro nostra meu minha nosso nossa".split()
)
# an attribution right after the quotation ("“Dean, …,” said manager Dean X"): it stands
_SAID_AFTER_RE = re.compile(r"[,\s]*(?:\w+\s+){0,2}?(?:said|says|told|asked)\b", re.I)


def _calls(words: str, first: str) -> bool:
    """True when ``words`` address ``first`` by name at their start or at their very end:
    "Werner, komm …", "Das war der Enkel, Werner.", "…, Annie!" (not inside the words
    someone else said to them: "He said, ‘We did it, Paul.’ That was all")."""
    name = re.escape(first)
    start = _INNER_RE.sub(" ", words[:_EDGE]).strip()
    end = _INNER_RE.sub(" ", words[-_EDGE:]).strip()
    opening = re.match(rf"{name},\s+(\w+)", start)
    closing = re.search(rf"(\w+)\s+(\w+),\s{name}\s*[.!?]?$", end)
    # (a noun the speaker owns in apposition is no call: "I was named after my aunt, Jean.",
    # "Anna, my granddaughter, found it", "bei meinem Onkel, Werner")
    return bool(
        (opening and opening.group(1).lower() not in _POSSESSIVES)
        or (closing and closing.group(1).lower() not in _POSSESSIVES)
    )


def not_addressed(text: str, spans: list[Span], speakers: list[str | None]) -> list[str | None]:
    """``speakers`` with each quotation that calls its own speaker by their first name given
    to the last other speaker of the exchange (else None)."""
    out = list(speakers)
    for k, (span, who) in enumerate(zip(spans, speakers, strict=True)):
        if who is None or " " not in who or not who[:1].isupper():
            continue
        if not _calls(text[span.start : span.end], who.split()[0]):
            continue
        if _SAID_AFTER_RE.match(text, span.close_end):
            continue  # (its own attribution names the speaker)
        before = [
            s
            for s, at in zip(out[max(0, k - _BACK) : k], spans[max(0, k - _BACK) : k], strict=True)
            if s is not None and s != who and span.paragraph - at.paragraph <= 3
        ]
        out[k] = before[-1] if before else None
    return out
