"""Direct quotations with their speakers, and a ranking of the key ones.

``find_quotes`` returns every direct quotation of a news text in article order with
its speaker (straight, curly, „German“, «French», »German«, ``LaTeX'', NYT-style
''…'' and 「CJK」 marks; a quotation that runs over several paragraphs, each
re-opening with a mark, is one quotation). One-word scare quotes, titles and short
fragments inside a sentence are not returned (``speakers.keeping``), but English words a
sign or a label carries are, with no speaker. ``rank_quotes`` scores them and
``key_quotes`` picks the few worth showing next to a summary. Pure Python, linear
in the length of the text, and it never raises.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Sequence

from bot.models import Quote
from bot.text.speakers.attribution import attribute
from bot.text.speakers.chants_romance import no_ones_words
from bot.text.speakers.dashes import dash_spans
from bot.text.speakers.incise import incise_parts
from bot.text.speakers.keeping import keep, label_spans
from bot.text.speakers.marks import Span, find_spans, paragraphs
from bot.text.speakers.nested import inner_quotes
from bot.text.speakers.reading import reading
from bot.text.speakers.vocatives import not_addressed

log = logging.getLogger(__name__)

_WORD_RE = re.compile(r"\w+")
_SPACES_RE = re.compile(r"\s+")
_KEY_MIN_WORDS = 4  # shorter quotations are never key quotes
_KEY_MIN_SCORE = 0.4  # nor are unattributed fragments ("this town is better than that.")
_SAME_QUOTE = 0.6  # word overlap above which two quotations count as one
_SHOWN = 0.8  # share of a quotation's words in one summary sentence: the summary shows it


# ----------------------------------------------------------------------------- finding


def _marks_of(text: str, span: Span) -> tuple[str, str]:
    """The quotation's own marks with their French spacing ("« ", " »"); straight ASCII marks
    and TeX quotes are shown as “ ”."""
    opening = _SPACES_RE.sub(" ", text[span.open_at : span.start])[:3]
    closing = _SPACES_RE.sub(" ", text[span.end : span.close_end])[-3:]
    if not opening.strip() or not closing.strip() or opening.strip() in ('"', "'", "''", "``"):
        return "“", "”"
    return opening, closing


def find_quotes(text: str) -> list[Quote]:
    """All direct quotations in ``text`` in article order, each with its speaker or None.

    ``start``/``end`` are the offsets of the text between the marks, so
    ``quote.quote == text[quote.start:quote.end]``; ``score`` is 0 (see ``rank_quotes``).
    """
    if not text or not isinstance(text, str):
        return []
    try:
        with reading(text):
            return _find(text)
    except Exception:  # one odd article must not break a summary
        log.exception("quote extraction failed on a %d-character text", len(text))
        return []


def _find(text: str) -> list[Quote]:
    """``find_quotes`` while ``reading`` knows the text's language."""
    paras = paragraphs(text)
    found = find_spans(text)
    dashed = dash_spans(text, paras, found)
    if dashed:  # "—No hemos sabido … —lamentó X." (a paragraph opening on a dash)
        found = sorted([*found, *dashed], key=lambda s: s.start)
    spans = [s for k, s in enumerate(found) if keep(text, found, k, paras)]
    speakers, people = attribute(text, spans, paras, found)
    # a crowd's chant, a title, a legal charge in marks (Romance): no one's speech
    speakers = [
        None if no_ones_words(text, s) else sp for s, sp in zip(spans, speakers, strict=True)
    ]
    speakers = not_addressed(text, spans, speakers)  # "…, Werner.": not Werner's words
    # « A, explique X. B »: the words before and after an attribution inside the marks are
    # two quotations of one speaker, the attribution in neither
    out = [
        Quote(quote=text[a:b], speaker=sp, start=a, end=b, marks=_marks_of(text, s))
        for s, sp in zip(spans, speakers, strict=True)
        for a, b in incise_parts(text, s)
    ]
    labels = label_spans(text, found, spans)
    if labels:
        out += [
            Quote(text[s.start : s.end], None, s.start, s.end, marks=_marks_of(text, s))
            for s in labels
        ]
    # “And he said, ‘Come in.’”: words reported inside a quotation are a quotation too
    nested = inner_quotes(text, spans, speakers, people)
    if nested:
        out += [
            Quote(text[s.start : s.end], sp, s.start, s.end, marks=_marks_of(text, s))
            for s, sp in nested
        ]
    if labels or nested:
        out.sort(key=lambda q: q.start)
    return out


# ----------------------------------------------------------------------------- ranking


def _words(quote: Quote) -> list[str]:
    return [w.lower() for w in _WORD_RE.findall(quote.quote)]


def _score(quote: Quote, position: float) -> float:
    """How well a quotation stands next to a summary, 0..1.

    Substantial (about 12-60 words), attributed to a named speaker, a complete
    statement rather than a fragment, early in the article; questions and text that
    is mostly digits or symbols score lower.
    """
    words = _words(quote)
    n = len(words)
    if n == 0:
        return 0.0
    if n <= 60:
        length = min(n, 15) / 15
    else:  # long block quotations read badly next to a summary
        length = max(0.4, 1.0 - (n - 60) / 150)
    speaker = quote.speaker or ""
    named = speaker[:1].isupper() and speaker.split()[0].lower() not in ("the", "a", "an", "one")
    text = quote.quote.strip()
    complete = text[:1].isupper() or not text[:1].isalpha()
    question = text.rstrip(",.'\"”’ ").endswith("?")
    letters = sum(ch.isalpha() for ch in text) / len(text)
    score = (
        0.40 * length
        + 0.20 * bool(speaker)
        + 0.10 * named
        + 0.15 * complete
        + 0.15 * position
        - 0.10 * question
        - 0.30 * (letters < 0.5)
    )
    return round(min(1.0, max(0.0, score)), 3)


def distinct_quotes(ranked: list[Quote]) -> list[Quote]:
    """Each quotation once, at its best rank, with ``count`` saying how often the text has it.

    A page that repeats itself (a syndicated story pasted four times, a pull quote above its
    paragraph) lists its quotations once; where one copy names the speaker and another doesn't,
    the named one is kept.
    """
    first: dict[str, int] = {}
    out: list[Quote] = []
    for q in ranked:
        key = " ".join(q.display.casefold().split())
        i = first.get(key)
        if i is None:
            first[key] = len(out)
            out.append(q)
            continue
        kept = out[i]
        speaker = kept.speaker or q.speaker
        out[i] = dataclasses.replace(kept, speaker=speaker, count=kept.count + 1)
    return out


def rank_quotes(quotes: list[Quote]) -> list[Quote]:
    """All quotations, best first, with ``score`` filled in (deterministic).

    Ties keep article order. The position bonus follows the ``start`` offsets, so
    the result does not depend on the order of the input list.
    """
    order = sorted(range(len(quotes)), key=lambda i: (quotes[i].start, quotes[i].end, i))
    total = max(len(quotes) - 1, 1)
    scored = []
    for rank, i in enumerate(order):
        q = quotes[i]
        position = 1.0 - rank / total if len(quotes) > 1 else 1.0
        scored.append((rank, dataclasses.replace(q, score=_score(q, position))))
    scored.sort(key=lambda item: (-item[1].score, item[0]))
    return [q for _, q in scored]


def _inside_any(words: set[str], sentences: list[set[str]]) -> bool:
    """True when one of ``sentences`` holds nearly all of a quotation's words."""
    return bool(words) and any(len(words & s) >= _SHOWN * len(words) for s in sentences)


def _same(a: set[str], b: set[str]) -> bool:
    """True when two quotations share most of their words (repeats, nested pieces)."""
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= _SAME_QUOTE


def key_quotes(quotes: list[Quote], limit: int = 3, shown: Sequence[str] = ()) -> list[Quote]:
    """The few most informative quotations to show next to a summary, best first.

    Quotations under four words and unattributed fragments are never key quotes;
    repeats are skipped, and so are quotations the summary already shows (``shown``: its
    sentences); each speaker gets one slot before anyone gets a second.
    """
    if limit <= 0:
        return []
    shown_words = [{w.lower() for w in _WORD_RE.findall(s)} for s in shown]
    ranked = [
        q
        for q in rank_quotes(quotes)
        if q.score >= _KEY_MIN_SCORE
        and len(_words(q)) >= _KEY_MIN_WORDS
        and not _inside_any(set(_words(q)), shown_words)
    ]
    chosen: list[Quote] = []
    chosen_words: list[set[str]] = []
    for second_pass in (False, True):
        speakers = {(q.speaker or "").lower() for q in chosen}
        for q in ranked:
            if len(chosen) >= limit:
                return chosen
            if any(q is c for c in chosen):
                continue
            if not second_pass and (q.speaker or "").lower() in speakers:
                continue
            words = set(_words(q))
            if any(_same(words, w) for w in chosen_words):
                continue
            chosen.append(q)
            chosen_words.append(words)
            speakers.add((q.speaker or "").lower())
    return chosen
