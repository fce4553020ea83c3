"""Direct quotations with their speakers, and a ranking of the key ones.

``find_quotes`` returns every direct quotation of a news text in article order with
its speaker (straight, curly, „German“, «French», »German«, ``LaTeX'', NYT-style
''…'' and 「CJK」 marks; a quotation that runs over several paragraphs, each
re-opening with a mark, is one quotation). One-word scare quotes, titles and short
fragments inside a sentence are not returned. ``rank_quotes`` scores them and
``key_quotes`` picks the few worth showing next to a summary. Pure Python, linear
in the length of the text, and it never raises.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Sequence

from bot.models import Quote
from bot.text.boilerplate import is_title_case
from bot.text.speakers.attribution import attribute
from bot.text.speakers.dashes import dash_spans
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.germanic_clause import later_verb
from bot.text.speakers.marks import Span, find_spans, paragraphs
from bot.text.speakers.names import ACCORDING, FOR_WHOM, SPEECH_VERBS
from bot.text.speakers.reading import language, reading, romance_text

log = logging.getLogger(__name__)

_WORD_RE = re.compile(r"\w+")
_SPACES_RE = re.compile(r"\s+")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_INVERTED_RE = re.compile(r"\w+-(?:t-)?(?:il|elle)s?$")
_SENTENCE_END = ".!?:;\"”'’»"
# two or three capitalized words and nothing else: a title ("Shark Tank.", "The Apprentice")
_SHORT_TITLE_RE = re.compile(r"^(?:[A-Z0-9][\w'’&-]*\s){1,2}[A-Z0-9][\w'’&-]*\.?$")
_SENTENCE_OPENERS = frozenset(
    "i we you he she it they this that these those thank yes no god let lock not never".split()
)
_TAIL_RE = re.compile(
    r" (?:before|after|when|while|during|in|at|on|for|to|since|until|over|about|with|against"
    r"|by|from|unless|because|if|although|once) [a-z][\w ,'’-]{0,60}[.]"
)
_VERDICT_VERBS = frozenset("called labelled labeled branded described dubbed".split())
_KEY_MIN_WORDS = 4  # shorter quotations are never key quotes
_KEY_MIN_SCORE = 0.4  # nor are unattributed fragments ("this town is better than that.")
_SAME_QUOTE = 0.6  # word overlap above which two quotations count as one
_SHOWN = 0.8  # share of a quotation's words in one summary sentence: the summary shows it


# ----------------------------------------------------------------------------- finding


def _standalone(text: str, span: Span, para_start: int) -> bool:
    """True when the quotation is a clause of its own, not a phrase inside a sentence."""
    inner = text[span.start : span.end]
    first = inner[:1]
    if first.isalpha() and not first.isupper():
        return False
    if inner[-1:] not in ",.!?…—–-" and text[span.close_end : span.close_end + 1] not in ".!?":
        return False
    before = text[max(para_start, span.open_at - 200) : span.open_at].rstrip()
    if not before or before[-1] in _SENTENCE_END:
        return True
    if any(w.lower().strip(",") in SPEECH_VERBS for w in before.rstrip(",").split()[-2:]):
        return True
    # "… a clip of Lind telling the crowd on Friday, “We will win this,”": a capitalized
    # sentence after a comma, with a speech verb earlier in its clause
    clause = re.split(r"[.!?;:][\"”’»)]*\s", before)[-1]
    return (
        first.isupper()
        and before.endswith(",")
        and any(w.lower().strip(",") in SPEECH_VERBS for w in clause.split()[-10:])
    )


def _splits(text: str, span: Span, nxt: Span | None) -> bool:
    """True for the first piece of a quotation split by its attribution: “A,” he said, “B.”"""
    if nxt is None or nxt.paragraph != span.paragraph or nxt.open_at - span.close_end > 80:
        return False
    between = text[span.close_end : nxt.open_at].lower()
    return any(w.strip(".,;:") in SPEECH_VERBS for w in between.split())


_CODE_OR_LINK = re.compile(
    r"\{\{|\}\}|\w\(['\"\w]*\)|=>|;\s*$|^\s*(?:https?://|www\.)\S+\s*$|\.(?:png|jpe?g|gif|svg|pdf)\b"
)


def _keep(text: str, spans: list[Span], k: int, paras: list[tuple[int, int]]) -> bool:
    """Drop scare quotes, titles and short fragments that are not quotations of speech."""
    span = spans[k]
    inner = text[span.start : span.end]
    if _CODE_OR_LINK.search(inner[:400]):
        return False  # a template, a call or a link between marks is no one's words
    words = len(_WORD_RE.findall(inner[:400])) + len(_CJK_RE.findall(inner[:400])) // 2
    if _CJK_RE.search(inner[:1]) and words >= 3:
        return True  # Chinese and Japanese write no spaces: two characters make about a word
    if words <= 12 and is_title_case(inner):
        return False
    first = re.split(r"['’]", inner.split()[0].lower())[0] if inner.split() else ""
    if _SHORT_TITLE_RE.match(inner) and first not in _SENTENCE_OPENERS | FIRST_NAMES:
        # "Morning Joe", "New Day.", "60 Minutes.": a show or a book, not words ("We're
        # Dunmore.", "Ana Lind." are)
        return False
    if words >= 5:
        return True
    if inner.endswith(",") and _splits(text, span, spans[k + 1] if k + 1 < len(spans) else None):
        return inner[:1].isupper()  # “That,” he added, “promises to ...”
    if words < 2 and not _goes_on(text, spans, k) and not _word_said(text, span):
        return False  # a lone word in marks is a scare quote or a label ("so-called “reform”")
    return _standalone(text, span, paras[span.paragraph][0]) or _reported(text, span, paras)


def _goes_on(text: str, spans: list[Span], k: int) -> bool:
    """True for a one-word sentence right after an attributed piece: “I'll work from home,”
    said Emma Clough. “Again.”"""
    span = spans[k]
    if not k or text[span.end - 1 : span.end] not in (".", "!", "?"):
        return False
    prev = spans[k - 1]
    between = text[prev.close_end : span.open_at]
    return (
        prev.paragraph == span.paragraph
        and len(between) <= 60
        and between.rstrip().endswith(".")
        and any(w.strip(".,").lower() in SPEECH_VERBS for w in between.split())
    )


def _word_said(text: str, span: Span) -> bool:
    """True for one capitalized word said in German or Dutch text, the comma after its closing
    mark and then the verb: „Revanche“, sagt er. / ‘Nooit’, zei ze."""
    after = text[span.close_end : span.close_end + 30]
    return (
        language() in ("german", "dutch")
        and text[span.start : span.start + 1].isupper()
        and after.startswith(",")
        and any(w.strip(".,;:").lower() in SPEECH_VERBS for w in after[1:].split()[:2])
    )


# a German or Dutch verb closing the clause right after a quotation: 'die het werk “…” vond.'
_VERB_LAST_RE = re.compile(r"[^\S\n]+([^\W\d_]+)[.!?]")
_VERDICT_LAST = frozenset("vond vindt vinden fand findet fanden bezeichnet bezeichnete".split())


def _said_that(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True for a quotation inside a German or Dutch "dass"/"dat" clause that a speech verb
    earlier in its sentence governs: "liet weten dat ze ‘…’ wil inzetten"."""
    before = text[max(paras[span.paragraph][0], span.open_at - 200) : span.open_at]
    words = [w.strip(",").lower() for w in re.split(r"[.!?:;]\s", before)[-1].split()]
    that = max((k for k, w in enumerate(words) if w in ("dass", "dat")), default=-1)
    return that > 0 and any(w in SPEECH_VERBS for w in words[:that])


def _reported(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True for a short quotation a speech verb governs: ``«Nada cambia», declaró X`` (a
    comma, then the verb), or a sentence ending on the quotation after a speech verb in its
    own clause (``accused them of “selling out.”``, ``told the board that “we failed.”``)."""
    after = text[span.close_end : span.close_end + 40]
    if after.startswith(","):
        nxt = [w.strip(".,;:").lower() for w in after[1:].split()[:3]]
        # », declaró / », ha annunciato / », a-t-elle lancé (an inverted pronoun reports speech)
        if nxt[:1] == ["so"] and after[1:].split()[1:2] and after[1:].split()[1][:1].isupper():
            return True  # „Wir müssen zusammenhalten“, so Maier. (German "so X": says X)
        return any(w in SPEECH_VERBS or _INVERTED_RE.match(w) for w in nxt)
    inner = text[span.start : span.end]
    last = _VERB_LAST_RE.match(text, span.close_end)
    if (
        last is not None
        and language() in ("german", "dutch")
        and (last.group(1) in SPEECH_VERBS or last.group(1) in _VERDICT_LAST)
    ):
        return True  # "… die het werk “…” vond.", "dass es „…“ nennt.": the verb at the end
    if language() in ("german", "dutch") and (
        later_verb(text, span.close_end) is not None or _said_that(text, span, paras)
    ):
        # "Man werde das «ohne Vorbehalte» prüfen, versprach sie.": the verb after; "De minister
        # liet weten dat ze ‘alle mogelijke middelen’ wil inzetten": a speech verb and "dat"
        return True
    ends = inner[-1:] in ".!?" or after[:1] in (".", "!", "?")
    # a French, Spanish, Italian or Portuguese phrase of two words or more inside the speech a
    # verb before it reports: "X reconoció que el consumo «sigue frágil» y que …", "ha chiesto
    # ai presenti «rispetto e pazienza», dopo …"
    inside = romance_text() and len(_WORD_RE.findall(inner)) >= 2
    if (
        not ends
        and not inside
        and not (
            # “…” then only an adjunct to the sentence's end: 'suggested that he had “decided on
            # his man” before the inquiry began.' (three words or more)
            len(_WORD_RE.findall(inner)) >= 3 and _TAIL_RE.match(text, span.close_end)
        )
    ):
        return False
    para_start = paras[span.paragraph][0]
    before = text[max(para_start, span.open_at - 200) : span.open_at]
    clause = re.split(r"[.!?;:][\"”’»)]*\s", before)[-1]
    words = clause.split()
    return (
        any(w.strip(",").lower() in SPEECH_VERBS or w.lower() in ACCORDING for w in words)
        # "X called the decision “bittersweet, but fair.”": a verdict of three words or more,
        # not a label ("called the policy “a failure.”")
        or (
            len(words) >= 3
            and words[-3].lower() in _VERDICT_VERBS
            and inner[:1].islower()
            and len(_WORD_RE.findall(inner)) >= 3
        )
        or (clause.split() or [""])[0].lower() in FOR_WHOM
    )  # … "Para X, “la deuda es sostenible”."  # … or "Segundo X, “o parque será alargado”."


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
    spans = [s for k, s in enumerate(found) if _keep(text, found, k, paras)]
    speakers = attribute(text, spans, paras, found)
    return [
        Quote(
            quote=text[s.start : s.end],
            speaker=sp,
            start=s.start,
            end=s.end,
            marks=_marks_of(text, s),
        )
        for s, sp in zip(spans, speakers, strict=True)
    ]


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
