"""Speaker attribution for quotations found by ``_marks`` (private to ``quotes.py``).

For each quotation we read the clause after its closing mark (``,” said X`` /
``,” X said``) and the clause before its opening mark (``X told reporters: “``),
fall back to the other quotes of the paragraph (``“A,” he said. “B.”``) and to the
paragraph before, then turn the phrase into a name: titles go, a surname alone
becomes the full name seen earlier, and pronouns or role nouns ("he", "the
senator") become the most recent fitting named speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bot.text import _names as nm
from bot.text._marks import Span

_TOKEN_RE = re.compile(r"\w[\w'’\-]*|[^\w\s]")
_SENT_RE = re.compile(r"[.!?][.!?\"”’'»)\]]*\s+(?=[\"“‘«(\[]?[^\W_a-z])")
_CAP = "A-ZÀ-ÖØ-Þ"
_RUN_RE = re.compile(
    rf"(?:[{_CAP}][\w'’\-]*\.?,?\s(?:(?:de|van|von|der|del|la|le|bin|al)\s)?)+[{_CAP}][\w'’\-]*"
)
_INDIRECT_RE = re.compile(
    rf"((?:[{_CAP}][\w'’\-]*\.?\s){{0,3}}[{_CAP}][\w'’\-]*)"
    r"(?:\s(?:also|later|then|has|had|once|previously|recently|repeatedly|now))?"
    r"\s(said|says|told|tells|added|adds|wrote|writes|tweeted|argued|argues|insisted|"
    r"explained|noted|warned|claimed|claims|stated|declared|asked|asks|responded|replied)\b"
)
_CLAUSE_STOP = frozenset(
    ", . ; : ( ) [ ] — – ! ? who which whose that in at on during to after before when while"
    " as about via from for with told because since by".split()
)
_DETERMINERS = frozenset("the a an one another his her its their this that our my some".split())
_PARTICIPLES = frozenset(
    "saying adding telling writing asking tweeting noting arguing explaining warning"
    " declaring insisting stating responding replying".split()
)
_OPEN_MARKS = "\"“„«»‘'`「『"


@dataclass(slots=True)
class _Event:
    """A named speaker (or a named subject of reported speech) at a position."""

    pos: int
    name: str
    gender: str | None
    person: bool


@dataclass(slots=True)
class _Raw:
    """What the attribution rules found for one quote, before name resolution."""

    phrase: str | None  # "he", "Sen. Bernie Sanders", "the senator", "a spokesman"
    pos: int  # where the phrase is, for recency
    inherited: int | None = None  # index of the quote whose speaker this one shares


def _words(toks: list[tuple[str, int, int]]) -> list[str]:
    return [t[0] for t in toks]


class Attributor:
    """Speakers for the quotation spans of one text."""

    def __init__(self, text: str, spans: list[Span], paras: list[tuple[int, int]]) -> None:
        self.text = text
        self.spans = spans
        self.paras = paras
        self.para_starts = [p[0] for p in paras]
        self.bounds = self._sentence_bounds()
        self.registry: dict[str, list[tuple[int, tuple[str, ...], str | None]]] = {}
        self.key_gender: dict[str, str] = {}
        self._build_registry()

    # ------------------------------------------------------------------ text structure

    def _sentence_bounds(self) -> list[int]:
        text = self.text
        out = []
        for m in _SENT_RE.finditer(text):
            i = m.start()
            if text[i] == "." and ")" not in m.group():
                j = i
                while j > 0 and not text[j - 1].isspace() and text[j - 1] not in "(\"“":
                    j -= 1
                word = text[j:i].lower()
                if word in nm.ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                    continue
                if "." in word and len(word) <= 5:  # U.S., D.C.
                    continue
            out.append(m.end())
        return out

    def _para_of(self, pos: int) -> tuple[int, int, int]:
        k = max(0, bisect.bisect_right(self.para_starts, pos) - 1)
        ps, pe = self.paras[k]
        return k, ps, pe

    def _sentence_start(self, pos: int, floor: int) -> int:
        k = bisect.bisect_right(self.bounds, pos) - 1
        start = self.bounds[k] if k >= 0 else 0
        return max(start, floor)

    def _sentence_end(self, pos: int, ceil: int) -> int:
        k = bisect.bisect_right(self.bounds, pos)
        end = self.bounds[k] if k < len(self.bounds) else len(self.text)
        return min(end, ceil)

    # ------------------------------------------------------------------ names

    def _build_registry(self) -> None:
        for m in _RUN_RE.finditer(self.text):
            for run in nm.name_runs(m.group()):
                words, gender = nm.clean_run(run)
                if not words:
                    continue
                key = nm.surname_key(words)
                if key is None:
                    continue
                gender = gender or nm.first_name_gender(words)
                if gender and len(words) == 1:
                    self.key_gender.setdefault(key, gender)
                if len(words) >= 2 and not nm.looks_like_org(words) and len(words) <= 5:
                    entries = self.registry.setdefault(key, [])
                    full = tuple(words)
                    if all(e[1] != full for e in entries):
                        entries.append((m.start(), full, gender))

    def canonical(self, words: list[str], gender: str | None, pos: int) -> tuple[str, str | None]:
        """Full name for a (possibly surname-only) name, with its gender if known."""
        key = nm.surname_key(words)
        if key is None:
            return " ".join(words), gender
        if len(words) == 1 and key in self.registry:
            entries = self.registry[key]
            fitting = [e for e in entries if gender is None or e[2] in (None, gender)]
            if fitting:
                before = [e for e in fitting if e[0] <= pos]
                entry = before[0] if before else fitting[0]
                return " ".join(entry[1]), gender or entry[2]
        if len(words) >= 2:
            gender = gender or nm.first_name_gender(words)
            for e in self.registry.get(key, []):
                if e[1] == tuple(words):
                    gender = gender or e[2]
        return " ".join(words), gender or self.key_gender.get(key)

    def _name_from_phrase(self, phrase: str, pos: int) -> tuple[str, str | None, bool] | None:
        """(name, gender, is_person) for the last name run of a phrase, or None."""
        runs = nm.name_runs(phrase)
        best = None
        for run in reversed(runs):
            if run and not nm._possessive(run[-1]):
                best = run
                break
        if best is None and runs:
            best = runs[-1]
        if best is None:
            return None
        words, gender = nm.clean_run(best)
        if not words or all(nm.bare(w) in nm.STOPWORDS for w in words):
            return None
        if len(words) == 1 and nm.bare(words[0]) in nm.TITLES | nm.PERSON_ROLES:
            return None
        name, gender = self.canonical(words, gender, pos)
        person = not nm.looks_like_org(name.split())
        return name, gender, person

    # ------------------------------------------------------------------ rules

    def _tokens(self, start: int, end: int) -> list[tuple[str, int, int]]:
        return [(m.group(), start + m.start(), start + m.end()) for m in _TOKEN_RE.finditer(self.text[start:end])]

    def _np_after(self, toks: list[tuple[str, int, int]], j: int) -> tuple[int, int] | None:
        """Offsets of the noun phrase starting at token j (after an inverted verb)."""
        while j < len(toks) and (toks[j][0].lower() in nm.TIME_WORDS and not (
            toks[j][0][0].isupper() and toks[j][0].lower() not in nm.TIME_WORDS
        )):
            j += 1
        k = j
        while k < len(toks):
            w = toks[k][0]
            lw = w.lower()
            if lw == "." and k > j and nm.bare(toks[k - 1][0]) in nm.ABBREVIATIONS | {
                "sen",
                "rep",
                "gov",
            }:
                k += 1
                continue
            if lw == "." and k > j and len(toks[k - 1][0]) == 1 and toks[k - 1][0].isupper():
                k += 1  # an initial: Leonard E. Burman
                continue
            if lw == "of" and k + 1 < len(toks) and toks[k + 1][0][:1].isupper():
                k += 1
                continue
            if lw in _CLAUSE_STOP or w in "\"“”":
                break
            k += 1
        if k == j:
            return None
        return toks[j][1], toks[k - 1][2]

    def _subject_before(self, toks: list[tuple[str, int, int]], v: int) -> tuple[int, int] | None:
        """Offsets of the subject noun phrase that ends right before token v."""
        i = v
        while i > 0 and (toks[i - 1][0].lower() in nm.ADVERBS or toks[i - 1][0].endswith("ed")
                         and i >= 2 and toks[i - 2][0].lower() in ("he", "she", "they")):
            i -= 1
        if i > 0 and toks[i - 1][0] == ",":
            # drop an appositive or adjunct: "X, the minister, said" / "X, in a post, wrote"
            k = i - 2
            while k >= 0 and toks[k][0] != ",":
                k -= 1
            if k <= 0:
                return None
            i = k
            while i > 0 and toks[i - 1][0].lower() in nm.ADVERBS:
                i -= 1
        if i == 0:
            return None
        last = toks[i - 1][0]
        if last.lower() in nm.PRONOUNS:
            return toks[i - 1][1], toks[i - 1][2]
        if last in (")", "]"):
            k = i - 1
            while k > 0 and toks[k][0] not in ("(", "["):
                k -= 1
            i = k
            if i == 0:
                return None
            last = toks[i - 1][0]
        if last[:1].isupper() or last == ".":
            k = i - 1
            while k > 0 and (
                toks[k - 1][0][:1].isupper()
                or toks[k - 1][0] in (".", "-", "'", "’")
                or (toks[k - 1][0].lower() in ("of", "de", "van", "von") and k > 1)
            ):
                k -= 1
            return toks[k][1], toks[i - 1][2]
        # a common noun phrase back to its determiner: "a campaign spokesman"
        k = i - 1
        while k >= 0 and i - k <= 6:
            w = toks[k][0]
            if w.lower() in _DETERMINERS:
                return toks[k][1], toks[i - 1][2]
            if not (w[:1].isalpha() or w in ("'", "’", "-")) or w.lower() in _CLAUSE_STOP:
                break
            k -= 1
        return None

    def _verb_at(self, toks: list[tuple[str, int, int]], k: int) -> int:
        """Tokens the speech verb at k spans (0 when toks[k] is no speech verb)."""
        w = toks[k][0].lower()
        if w not in nm.SPEECH_VERBS:
            return 0
        need = nm.PARTICLE_VERBS.get(w)
        if need is not None:
            if not need:
                return 0
            if k + 1 < len(toks) and toks[k + 1][0].lower() in need:
                return 2
            return 0
        if w == "read" or w == "reads":
            return 1
        return 1

    def _according_to(self, toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
        for k in range(len(toks) - 2):
            if toks[k][0].lower() == "according" and toks[k + 1][0].lower() == "to":
                return self._np_after(toks, k + 2)
        return None

    def _after(self, span: Span, next_open: int) -> tuple[tuple[int, int] | None, bool]:
        """Speaker phrase after the closing mark; second value: the clause was only attribution."""
        text = self.text
        _, ps, pe = self._para_of(span.open_at)
        start = span.close_end
        if start >= pe:
            return None, False
        end = self._sentence_end(start, min(pe, next_open))
        toks = self._tokens(start, end)
        i = 0
        while i < len(toks) and not (toks[i][0][0].isalnum()):
            i += 1
        while i < len(toks) and toks[i][0].lower() in nm.ADVERBS and toks[i][0].lower() not in ("and", "but"):
            i += 1
        if i >= len(toks):
            return None, False
        n = self._verb_at(toks, i)
        if n and toks[i][0].lower() not in nm.NEEDS_OBJECT:
            np = self._np_after(toks, i + n)
            if np is not None:
                return np, self._short_tail(toks, np[1], end)
            return None, False
        acc = self._according_to(toks[: 12])
        if acc is not None:
            return acc, True
        for v in range(i + 1, min(len(toks), i + 40)):
            n = self._verb_at(toks, v)
            if not n:
                continue
            if toks[v - 1][0].lower() == "to":
                return None, False
            # the subject is the first comma-separated chunk after the quote
            k = i
            while k < v and toks[k][0] != ",":
                k += 1
            subj_end = k
            while subj_end > i and toks[subj_end - 1][0].lower() in nm.ADVERBS:
                subj_end -= 1
            if subj_end == i or subj_end - i > 10:
                return None, False
            return (toks[i][1], toks[subj_end - 1][2]), self._short_tail(toks, toks[v + n - 1][2], end)
        _ = text
        return None, False

    def _short_tail(self, toks: list[tuple[str, int, int]], pos: int, end: int) -> bool:
        rest = [t for t in toks if t[1] >= pos and t[0][0].isalnum()]
        return len(rest) <= 8

    def _before(self, span: Span, prev_close: int) -> tuple[int, int] | None:
        """Speaker phrase in the clause before the opening mark."""
        text = self.text
        k, ps, pe = self._para_of(span.open_at)
        floor = max(ps, prev_close)
        start = self._sentence_start(span.open_at, floor)
        if start >= span.open_at or not text[start : span.open_at].strip():
            if span.open_at == ps and k > 0:
                pps, ppe = self.paras[k - 1]
                if text[ppe - 1 : ppe] == ":":
                    return self._before_clause(self._sentence_start(ppe - 1, pps), ppe)
            return None
        return self._before_clause(start, span.open_at)

    def _before_clause(self, start: int, end: int) -> tuple[int, int] | None:
        toks = self._tokens(start, end)
        while toks and (toks[-1][0] in (",", ":", "—", "–", "-", "(", "[") or toks[-1][0] in _OPEN_MARKS):
            toks.pop()
        if not toks:
            return None
        for v in range(len(toks) - 1, -1, -1):
            if len(toks) - v > 14:
                break
            n = self._verb_at(toks, v)
            if not n:
                if toks[v][0].lower() == "according" and v + 1 < len(toks) and toks[v + 1][0].lower() == "to":
                    return self._np_after(toks, v + 2)
                continue
            verb = toks[v][0].lower()
            if verb in _PARTICIPLES:
                return self._clause_subject(toks[:v])
            subj = self._subject_before(toks, v)
            if subj is not None:
                return subj
            return None
        return None

    def _clause_subject(self, toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
        """The first name run or pronoun of a clause (subject of a participle)."""
        for k, t in enumerate(toks):
            w = t[0]
            if w.lower() in ("he", "she", "they"):
                return t[1], t[2]
            if w[:1].isupper() and w.lower() not in nm.STOPWORDS:
                j = k
                while j + 1 < len(toks) and (toks[j + 1][0][:1].isupper() or toks[j + 1][0] == "."):
                    j += 1
                return toks[k][1], toks[j][2]
        return None

    # ------------------------------------------------------------------ driver

    def raw_speakers(self) -> list[_Raw]:
        spans = self.spans
        out: list[_Raw] = []
        for idx, span in enumerate(spans):
            prev_close = 0
            if idx > 0 and spans[idx - 1].paragraph == span.paragraph:
                prev_close = spans[idx - 1].close_end
            next_open = len(self.text)
            if idx + 1 < len(spans):
                next_open = spans[idx + 1].open_at
            inner = self.text[span.start : span.end]
            last = inner[-1:]
            follow = self.text[span.close_end : span.close_end + 1]
            before = self._before(span, prev_close)
            before_strong = False
            if before is not None:
                gap = self.text[before[1] : span.open_at]
                before_strong = ":" in gap or "," in gap
            after, after_only = self._after(span, next_open)
            wants_after = last in (",", "—", "–", "-", "?", "!") or follow == "," or last.isalnum()
            choice = None
            if before is not None and before_strong:
                choice = before
            elif after is not None and (wants_after or after_only):
                choice = after
            elif before is not None:
                choice = before
            if choice is None:
                out.append(_Raw(None, span.open_at))
            else:
                out.append(_Raw(self.text[choice[0] : choice[1]], choice[0]))
        # quotes without attribution share the speaker of a neighbour in the paragraph
        for idx, raw in enumerate(out):
            if raw.phrase is not None:
                continue
            para = spans[idx].paragraph
            for j in list(range(idx - 1, -1, -1)) + list(range(idx + 1, len(out))):
                if spans[j].paragraph != para:
                    continue
                if out[j].phrase is not None:
                    raw.inherited = j
                    break
            if raw.inherited is None and idx > 0:
                # a paragraph that is only a quote continues the quote paragraph before it
                prev = spans[idx - 1]
                ps = self.paras[para][0]
                if prev.paragraph == para - 1 and spans[idx].open_at == ps and out[idx - 1].phrase is not None:
                    raw.inherited = idx - 1
                elif prev.paragraph == para - 1 and spans[idx].open_at == ps and out[idx - 1].inherited is not None:
                    raw.inherited = out[idx - 1].inherited
        return out

    def indirect_events(self) -> list[_Event]:
        events = []
        for m in _INDIRECT_RE.finditer(self.text):
            got = self._name_from_phrase(m.group(1), m.start())
            if got is not None:
                events.append(_Event(m.start(), got[0], got[1], got[2]))
        return events

    def speakers(self) -> list[str | None]:
        raws = self.raw_speakers()
        events = self.indirect_events()
        events.sort(key=lambda e: e.pos)
        result: list[str | None] = [None] * len(raws)
        for idx, raw in enumerate(raws):
            if raw.inherited is not None:
                result[idx] = result[raw.inherited]
                continue
            if raw.phrase is None:
                continue
            name = self._resolve(raw, events)
            result[idx] = name
        return result

    def _resolve(self, raw: _Raw, events: list[_Event]) -> str | None:
        phrase = raw.phrase or ""
        words = phrase.split()
        low = [nm.bare(w) for w in words]
        if len(words) == 1 and low[0] in nm.PRONOUNS:
            gender = "m" if low[0] == "he" else "f" if low[0] == "she" else None
            person = low[0] in ("he", "she", "i", "who")
            return self._recent(events, raw.pos, gender, person)
        got = self._name_from_phrase(phrase, raw.pos)
        if got is not None:
            name, gender, person = got
            self._add_event(events, _Event(raw.pos, name, gender, person))
            return name
        # a role noun: "the senator", "the former president"
        if low and low[-1] in nm.PERSON_ROLES and low[0] in ("the", "this"):
            gender = "m" if low[-1] in nm.MALE_ROLES else "f" if low[-1] in nm.FEMALE_ROLES else None
            found = self._recent(events, raw.pos, gender, True)
            if found:
                return found
        cleaned = " ".join(words[:8]).strip(" ,;:")
        return cleaned or None

    def _add_event(self, events: list[_Event], ev: _Event) -> None:
        keys = [e.pos for e in events]
        events.insert(bisect.bisect_right(keys, ev.pos), ev)

    def _recent(self, events: list[_Event], pos: int, gender: str | None, person: bool) -> str | None:
        k = bisect.bisect_left([e.pos for e in events], pos)
        for e in reversed(events[:k]):
            if person and not e.person:
                continue
            if not person and e.person:
                continue
            if gender and e.gender and e.gender != gender:
                continue
            return e.name
        return None


def attribute(text: str, spans: list[Span], paras: list[tuple[int, int]]) -> list[str | None]:
    """One speaker (or None) per span."""
    if not spans:
        return []
    return Attributor(text, spans, paras).speakers()
