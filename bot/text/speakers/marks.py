"""Find the spans between quotation marks (private helper of ``quotes.py``).

One linear pass over the marks of each paragraph. Supported styles: straight "…",
curly “…” (nesting), „…“ / „…”, «…», »…« (German), ``…'' and NYT-style ''…'',
「…」 / 『…』, and single ‘…’ or '…' (British and Dutch news) when a text has no double
marks at all. A quote
left open at the end of a paragraph continues only when the next paragraph
re-opens with a mark of the same style; otherwise it ends with its paragraph.
A straight mark after a stop and a space inside an open straight quotation opens
the next paragraph of it run into the same line ('… tables. "Nobody …'): the
quotation stops there unclosed and a new one opens, which ends with its line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

# marks that matter; '' and `` are two-character marks
_MARK_RE = re.compile(r"``|''|[\"“”„‟«»「」『』]")
_SINGLE_RE = re.compile(r"[‘’']")
# a straight single mark opening a quotation: 'Dit is hard nodig', zei ze (a Dutch "'s" or "'t"
# after a space inside it is no mark: 'We gaan er 's avonds heen')
_STRAIGHT_SINGLE_RE = re.compile(
    r"(?:^|(?<=[\s(:]))'(?![st]\b|\d\ds?\b)[^\W\d_](?:[^'\n]|(?<=\s)'(?=[st]\b)){2,}?[^\s'][.,!?]?'"
)
_DOUBLE_MARK_RE = re.compile(r"``|''|[\"“”„«»「」『』]")
# a curly single quotation of a few words: ‘Dit is hard nodig’
_CURLY_SINGLE_RE = re.compile(r"‘[^\W\d_][^’\n]{2,300}?’")
# the same for straight marks, read at most 300 characters on (linear time on any text)
_STRAIGHT_COUNT_RE = re.compile(
    r"(?:^|(?<=[\s(:]))'(?![st]\b|\d\ds?\b)[^\W\d_](?:[^'\n]|(?<=\s)'(?=[st]\b)){2,300}?[^\s'][.,!?]?'"
)
# a paragraph opening on a double mark (that text quotes speech in double marks)
_DOUBLE_OPENS_RE = re.compile(r"(?:^|\n)\s*(?:``|''|[\"“„«»])")
_BLANK_LINE_RE = re.compile(r"\n[^\S\n]*\n\s*")
_NEWLINE_RE = re.compile(r"\n\s*")
_WRAPPED = 120  # hard-wrapped text (mail, plain-text pages) keeps its lines shorter

_CONTRACTION = re.compile(r"(?:t|s|re|ll|ve|d|m|em|til|cause|n|\d\ds?)(?![^\W_])")
_OPEN_BEFORE = frozenset("([{<—–-/:;*_|>…“‘„«»\"'`")  # may precede an opening mark
_CLOSE_AFTER = frozenset(".,;:!?)]}>—–-…*_|/”’“»«\"'")  # may follow a closing mark

# family -> (openers, closers)
_FAMILIES: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = MappingProxyType(
    {
        "curly": (("“", "‟"), ("”",)),
        "straight": (('"',), ('"',)),
        "nyt": (("''",), ("''",)),
        "backtick": (("``",), ("''", '"', "”")),
        "low": (("„",), ("“", "”")),
        "guil": (("«",), ("»",)),
        "guil_rev": (("»",), ("«",)),
        "cjk": (("「",), ("」",)),
        "cjk2": (("『",), ("』",)),
        "single": (("‘", "'"), ("’", "'")),
    }
)


@dataclass(frozen=True, slots=True)
class Span:
    """One quotation: inner text offsets plus the offsets of its marks."""

    start: int  # inner text, whitespace-trimmed
    end: int
    open_at: int  # offset of the opening mark
    close_end: int  # offset just past the closing mark (or the paragraph end)
    paragraph: int  # index of the paragraph the quote starts in


def spaces_back(text: str, pos: int) -> int:
    """Where the whitespace right before ``pos`` starts: ``text[:pos].rstrip()`` ends there,
    found without copying the text before ``pos`` (once per quotation, that copy made a
    megabyte of quotations quadratic)."""
    while pos and text[pos - 1].isspace():
        pos -= 1
    return pos


def _split(text: str, start: int, end: int, splitter: re.Pattern[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = start
    for m in splitter.finditer(text, start, end):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    return spans


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the paragraphs: blank-line separated, else line separated.

    A blank-line block whose lines are not hard-wrapped (one runs past ``_WRAPPED`` characters)
    is a run of one-line paragraphs: pages that put one blank line under the headline and
    single line breaks between the paragraphs of the body.
    """
    if not _BLANK_LINE_RE.search(text):
        spans = _split(text, 0, len(text), _NEWLINE_RE)
    else:
        spans = []
        for s, e in _split(text, 0, len(text), _BLANK_LINE_RE):
            block = text[s:e]
            if "\n" in block.strip() and max(map(len, block.split("\n"))) > _WRAPPED:
                spans += _split(text, s, e, _NEWLINE_RE)
            else:
                spans.append((s, e))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _opening(text: str, i: int, n: int, ps: int, pe: int) -> bool:
    before = text[i - 1] if i > ps else " "
    after = text[i + n] if i + n < pe else " "
    return (before.isspace() or before in _OPEN_BEFORE) and not after.isspace()


def _closing(text: str, i: int, n: int, ps: int, pe: int) -> bool:
    before = text[i - 1] if i > ps else " "
    after = text[i + n] if i + n < pe else " "
    return not before.isspace() and (after.isspace() or after in _CLOSE_AFTER)


def _reopening(text: str, i: int, ps: int, pe: int) -> bool:
    """True when the straight mark at ``i``, met inside an open straight quotation, opens the
    next paragraph of that quotation on the same line: a stop, a space, then the mark right
    before a capital ('… the tide tables. "Nobody …', also after a single quotation the stop
    ends: "… call it 'daft.' "We …"). (A closing mark has no space before it; a nested word in
    marks follows no stop: 'he said "no" twice'.)"""
    if i + 1 >= pe or i - 3 < ps or text[i - 1] != " " or not text[i + 1].isupper():
        return False
    stop = i - 3 if text[i - 2] in "'’" else i - 2
    # (not a speaker's own words quoted inside what they say, its tag in the first person:
    # 'X said: "We heard a bang. "Get out now," I shouted, and …"')
    return text[stop] in ".!?" and _FIRST_PERSON_TAG_RE.match(text, i + 1, pe) is None


# a straight quotation closing on a comma or a question and a tag in the first person after it,
# before any other straight mark: '"Get out now," I shouted'
_FIRST_PERSON_TAG_RE = re.compile(r'[^"]*?[,?!]" (?:I|we) [a-z]')


def closes_on_comma(text: str, span: Span) -> bool:
    """True when quotation ``span`` ends on a comma, a question or an exclamation mark inside
    its marks ('"B," said X') or on a comma right after its closing mark ('"B", disse X'): a
    tag follows it."""
    return text[span.end - 1 : span.end] in (",", "?", "!") or (
        span.close_end > span.end and text[span.close_end : span.close_end + 1] == ","
    )


def _owner_apostrophe(text: str, i: int, open_at: int, ps: int, pe: int) -> bool:
    """True when the single mark at ``i`` ends a plural owner ("the workers’ rights", "Harrows’
    Field") inside a single quotation that opens its paragraph: an "s" before it, a word right
    after its space, and a later mark of the paragraph that closes the quotation next to a
    comma or a stop, with no mark opening another quotation in between. (A quotation opened
    inside a sentence ends on such a mark as often as not: "called the plans 'mere ideas' when
    …".) Each look ahead stops at the next mark that closes, so a text of such marks is read
    once."""
    if i <= ps or text[i - 1] not in "sS" or text[i + 1 : i + 2] != " ":
        return False
    if not text[i + 2 : i + 3].isalnum() or text[ps:open_at].strip():
        return False
    mark = text[i]
    j = text.find(mark, i + 1, pe)
    while j >= 0:
        if mark == "’" and "‘" in text[i + 1 : j]:
            return False  # another quotation opens before it
        if _opening(text, j, 1, ps, pe):
            return False
        if _closing(text, j, 1, ps, pe):
            # (a plural owner again, "… belongs to the Joneses’.", closes nothing)
            return text[j - 1] in ",.!?…" or (
                text[j + 1 : j + 2] in (",", ".", "!", "?", "") and text[j - 1] not in "sS"
            )
        j = text.find(mark, j + 1, pe)
    return False


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


class _Scanner:
    """State of the top-level quotation being read."""

    def __init__(self, text: str, single: bool) -> None:
        self.text = text
        self.regex = _SINGLE_RE if single else _MARK_RE
        self.family: str | None = None
        self.depth = 0
        self.inner_straight = False
        self.same_line = False  # the open quotation began on a paragraph run into the line
        self.open_at = 0
        self.inner = 0
        self.para = 0
        self.spans: list[Span] = []

    def opener_family(self, mark: str, i: int, ps: int, pe: int) -> str | None:
        text, n = self.text, len(mark)
        if mark in ("“", "‟"):
            # “ used as a closer after a word with nothing open: stray, skip
            return (
                "curly"
                if not _closing(text, i, n, ps, pe) or _opening(text, i, n, ps, pe)
                else None
            )
        if mark == "”":  # wrong-way curly used as an opener
            return (
                "curly"
                if _opening(text, i, n, ps, pe) and not _closing(text, i, n, ps, pe)
                else None
            )
        if mark in ('"', "''"):
            if _opening(text, i, n, ps, pe) and not _closing(text, i, n, ps, pe):
                return "straight" if mark == '"' else "nyt"
            return None
        if mark == "»":
            ok = _opening(text, i, n, ps, pe) and not _closing(text, i, n, ps, pe)
            return "guil_rev" if ok else None
        if mark in ("‘", "'"):
            if _CONTRACTION.match(text, i + 1, pe):
                return None  # "isn ‘t", "‘em", "‘90s": an apostrophe typed the wrong way round
            return "single" if _opening(text, i, n, ps, pe) else None
        for fam in ("backtick", "low", "guil", "cjk", "cjk2"):
            if mark in _FAMILIES[fam][0]:
                return fam
        return None

    def feed(self, mark: str, i: int, ps: int, pe: int) -> None:
        text, n = self.text, len(mark)
        fam = self.family
        if fam is None:
            fam = self.opener_family(mark, i, ps, pe)
            if fam is not None:
                self.family, self.depth, self.open_at, self.inner = fam, 0, i, i + n
                self.inner_straight = False
                self.same_line = False
            return
        openers, closers = _FAMILIES[fam]
        if fam in ("straight", "nyt", "single") and mark != "”":
            if mark in closers:
                if fam == "straight" and _reopening(text, i, ps, pe):
                    # paragraphs of one quotation run together on one line (BBC pages): '"A.
                    # "B," said X.' -- the quotation stops unclosed after "A." and the mark
                    # opens the next paragraph's (``going_on.reopened_piece``,
                    # ``protagonist.unclosed_speakers``)
                    self.emit(i, i)
                    self.family, self.open_at, self.inner = fam, i, i + n
                    self.same_line = True
                    return
                if fam == "single" and not _closing(text, i, n, ps, pe):
                    return  # an apostrophe: don’t
                if fam == "single" and _owner_apostrophe(text, i, self.open_at, ps, pe):
                    return  # ‘… the workers’ rights,’ she said: a plural owner's apostrophe
                self.emit(i, i + n)
            return
        if fam == "curly" and mark == '"':
            # straight marks inside curly ones: an inner quotation, or a mixed-style closer
            if self.inner_straight:
                self.inner_straight = False
            elif _opening(text, i, n, ps, pe) and not _closing(text, i, n, ps, pe):
                self.inner_straight = True
            elif self.depth == 0 and _closing(text, i, n, ps, pe):
                self.emit(i, i + n)
            return
        if fam == "straight" and mark == "”" and _closing(text, i, n, ps, pe):
            self.emit(i, i + n)
            return
        if fam == "curly" and mark == "“" and self.depth == 0 and _closing(text, i, n, ps, pe):
            if not _opening(text, i, n, ps, pe):
                self.emit(i, i + n)  # “ typed where ” was meant
                return
        if mark in openers and mark not in closers:
            self.depth += 1
            return
        if mark in closers:
            if self.depth > 0:
                self.depth -= 1
            else:
                self.emit(i, i + n)

    def emit(self, close_at: int, close_end: int) -> None:
        """Close the open quotation at ``close_at`` (its closing mark ends at ``close_end``)."""
        s, e = _trim(self.text, self.inner, close_at)
        if e > s:
            self.spans.append(Span(s, e, self.open_at, close_end, self.para))
        self.family = None
        self.depth = 0

    def reopens(self, ps: int, pe: int) -> int:
        """Length of the mark re-opening the open quotation at paragraph start ps, or 0."""
        for mark in _FAMILIES[self.family or ""][0] if self.family else ():
            if self.text.startswith(mark, ps) and _opening(self.text, ps, len(mark), ps, pe):
                return len(mark)
        return 0


def _single_primary(text: str) -> bool:
    """True when single marks quote speech: a text with no double marks, or one whose single
    quotations outnumber its double-marked phrases at least two to one and where no paragraph
    opens on a double mark (Dutch news: 'Het was een mooie tijd', zegt ze … "een groot
    verlies")."""
    doubles = len(_DOUBLE_MARK_RE.findall(text))
    if not doubles:
        return "‘" in text or bool(_STRAIGHT_SINGLE_RE.search(text))
    singles = len(_STRAIGHT_COUNT_RE.findall(text)) + len(_CURLY_SINGLE_RE.findall(text))
    return singles >= 2 and singles >= doubles and not _DOUBLE_OPENS_RE.search(text)


def find_spans(text: str) -> list[Span]:
    """Every top-level quotation in ``text``, in order. Never raises on odd input."""
    single = _single_primary(text)
    sc = _Scanner(text, single)
    paras = paragraphs(text)
    for k, (ps, pe) in enumerate(paras):
        pos = ps
        if sc.family is not None:
            # (a paragraph run into the line before ends with its own line: the lines of such
            # a page are paragraphs of their own, each a quotation of its own)
            skip = 0 if sc.same_line else sc.reopens(ps, pe)
            if skip:
                pos = ps + skip  # the quotation goes on; its re-opening mark is part of it
            else:
                prev_end = paras[k - 1][1]
                sc.emit(prev_end, prev_end)
        if sc.family is None:
            sc.para = k
        for m in sc.regex.finditer(text, pos, pe):
            if sc.family is None:
                sc.para = k
            sc.feed(m.group(), m.start(), ps, pe)
    if sc.family is not None and paras:
        sc.emit(paras[-1][1], paras[-1][1])
    if not single and paras:
        return _headline_singles(text, paras[0]) + sc.spans
    return _with_top_doubles(text, sc.spans, paras)


def _with_top_doubles(text: str, spans: list[Span], paras: list[tuple[int, int]]) -> list[Span]:
    """``spans`` (a text quoting in single marks) and the quotations in double marks that no
    single-marked one holds: a British text's ‘…’ speech and a phrase in “…” between them (“a
    spokeswoman said the plans were “being looked at carefully”)."""
    if not _DOUBLE_MARK_RE.search(text):
        return spans
    sc = _Scanner(text, False)
    for k, (ps, pe) in enumerate(paras):
        sc.para = k
        for m in sc.regex.finditer(text, ps, pe):
            sc.para = k
            sc.feed(m.group(), m.start(), ps, pe)
        if sc.family is not None:
            sc.family = None  # (no double-marked quotation runs over paragraphs here)
    starts = [sp.open_at for sp in spans]  # (in order, none inside another)

    def held(d: Span) -> bool:
        k = bisect.bisect_right(starts, d.open_at) - 1
        return k >= 0 and d.close_end <= spans[k].close_end

    extra = [d for d in sc.spans if not held(d)]
    return sorted(spans + extra, key=lambda sp: sp.open_at) if extra else spans


_HEADLINE_MAX = 200
# a quotation in single marks (an apostrophe inside it is no closing mark: ‘It’s over’)
_HEAD_SINGLE_RE = re.compile(
    r"(?:^|(?<=[\s(:]))(?:‘((?:[^’\n]|’(?=[^\W_]))+?)’|'((?:[^'\n]|'(?=[^\W_]))+?)')(?![^\W_])"
)


def _headline_singles(text: str, head: tuple[int, int]) -> list[Span]:
    """The quotations in single marks of a headline over a text that quotes in double marks:
    English news heads its stories so ("‘We were let down’: tenants …", "Boss warns of
    ‘brutal’ year") and quotes in “…” below. Only a first paragraph of at most 200
    characters with no full stop at its end (inside its last marks either) and no double mark
    is read."""
    ps, pe = head
    line = text[ps:pe]
    if len(line) > _HEADLINE_MAX or line.rstrip("'’").endswith(".") or _MARK_RE.search(line):
        return []
    out = []
    for m in _HEAD_SINGLE_RE.finditer(text, ps, pe):
        g = 1 if m.group(1) is not None else 2
        s, e = _trim(text, m.start(g), m.end(g))
        if e > s and not _CONTRACTION.match(text, s):
            out.append(Span(s, e, m.start(), m.end(), 0))
    return out
