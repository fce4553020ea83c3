"""Speaker attribution for quotations found by ``_marks`` (private to ``quotes.py``).

For each quotation we read the clause after its closing mark (``,” said X`` /
``,” X said`` / ``” ― X``) and the clause before its opening mark (``X told
reporters: “`` / ``According to X, “``). A quotation without its own attribution
shares the speaker of another quotation in its paragraph (``“A,” he said. “B.”``),
takes the subject of reported speech just before it, continues the quotation
paragraph before it, or (a paragraph that is only quotation) takes the person the
paragraph before reports. The same shapes are read in French, German, Spanish,
Italian, Portuguese and Dutch (``», a-t-il ajouté``, ``„…“, so X``, ``», ha
aggiunto.``, ``volgens X``), and Chinese and Japanese have their own (``“…，”王芳说``,
``Xは「…」と述べた``). The phrase found then becomes a name (``_people.People``):
titles go, a surname becomes the full name seen earlier, "he"/"she" the most
salient earlier person of that gender. Role nouns ("the senator") are kept as
written: a wrong name is worse than a vague one; documents and page parts ("a
statement", "Photo credit") are no speaker at all.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bot.text import _names as nm
from bot.text._marks import Span
from bot.text._people import People
from bot.text._phrases import DETERMINERS, PREPOSITIONS, PhraseRules, Token

_TOKEN_RE = re.compile(r"\w[\w'’\-]*|[^\w\s]")
# A whole run of stops and closing marks before a space, read once from its first character.
_SENT_RE = re.compile(r"(?<![.!?\"”’'»)\]])[.!?\"”’'»)\]]+\s+(?=[\"“‘«(\[]?[^\W_a-z])")
_STOP_RE = re.compile(r"[.!?]")
_LEADING_JUNK = frozenset("and but as so then yet or while".split())
_PARTICIPLES = frozenset(
    "saying adding telling writing asking tweeting noting arguing explaining warning"
    " declaring insisting stating responding replying shouting yelling screaming chanting".split()
)
# words a noun phrase does not end on: "critics who", "line by" are phrases cut mid-clause
_DANGLING = frozenset("who whom which that by for to of with from being been".split())
_PASSIVE = frozenset("was were is are been being".split())  # "was asked by X"
_OPEN_MARKS = "\"“„«»‘'`「『"
_DASHES = ("―", "—", "–", "--")
# Chinese and Japanese: a speaker of two to six characters (or 他/她) right before the speech
# verb after the quotation, or before 说：/ は and the opening mark
_CJK_CHAR_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_CJK_VERB = "(?:说|說|表示|指出|称|強調|强调|と述べた|と語った|と話した|と説明した|と強調した)"
_CJK_AFTER_RE = re.compile(r"[，,。]?\s*([\u3400-\u9fff]{1,6}?)" + _CJK_VERB)
_CJK_BEFORE_RE = re.compile(
    r"([\u30a0-\u30ff\u3400-\u9fff]{2,6}?)(?:说|說|表示)[：:]$|([\u30a0-\u30ff\u3400-\u9fff]{2,8})は$"
)
# French inverted verb and pronoun in one token: « … », a-t-il ajouté / dit-elle / ajoute-t-elle
_INVERTED_RE = re.compile(r"^\w+-(?:t-)?(il|elle)$", re.IGNORECASE)
_NAME_COLON_RE = re.compile(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}:")  # "Ana Lind: …"
_REACH = 600  # characters of context read on either side of a quotation


@dataclass(slots=True)
class _Raw:
    """What the attribution rules found for one quotation, before name resolution."""

    phrase: str | None  # "he", "Sen. Jo Marlow", "the senator", "a spokesman"
    pos: int  # where the phrase is
    inherited: int | None = None  # index of the quotation whose speaker this one shares


def _opens_paragraph(span: Span, para_start: int) -> bool:
    """True when the quotation's opening mark starts its paragraph."""
    return span.open_at == para_start


class Attributor(PhraseRules):
    """Speakers for the quotation spans of one text."""

    def __init__(self, text: str, spans: list[Span], paras: list[tuple[int, int]]) -> None:
        self.text = text
        self.spans = spans
        self.paras = paras
        self.para_starts = [p[0] for p in paras]
        self.bounds = self._sentence_bounds()
        quoted = [(s.open_at, s.close_end) for s in spans]
        self.people = People(text, quoted, self.bounds, paras)

    # ------------------------------------------------------------------ text structure

    def _sentence_bounds(self) -> list[int]:
        """Offsets where sentences start (abbreviations and initials are no ends)."""
        text = self.text
        out = []
        for m in _SENT_RE.finditer(text):
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
        return out

    def _para_of(self, pos: int) -> tuple[int, int, int]:
        k = max(0, bisect.bisect_right(self.para_starts, pos) - 1)
        ps, pe = self.paras[k]
        return k, ps, pe

    def _sentence_start(self, pos: int, floor: int) -> int:
        k = bisect.bisect_right(self.bounds, pos) - 1
        start = self.bounds[k] if k >= 0 else 0
        return max(start, floor, pos - _REACH)

    def _sentence_end(self, pos: int, ceil: int) -> int:
        ceil = min(ceil, pos + _REACH)
        while pos < ceil and not self.text[pos].isalnum():
            pos += 1
        k = bisect.bisect_right(self.bounds, pos)
        end = self.bounds[k] if k < len(self.bounds) else len(self.text)
        return min(end, ceil)

    def _tokens(self, start: int, end: int) -> list[Token]:
        return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(self.text, start, end)]

    # ------------------------------------------------------------------ around a quotation

    def _after(self, span: Span, next_open: int) -> tuple[tuple[int, int] | None, bool]:
        """Speaker phrase after the closing mark; True when the clause is only attribution."""
        text = self.text
        _, _, pe = self._para_of(max(span.open_at, span.close_end - 1))
        start = span.close_end
        if start >= pe:
            return None, False
        end = self._sentence_end(start, min(pe, next_open))
        toks = self._tokens(start, end)
        i = 0
        while i < len(toks) and not toks[i][0][0].isalnum():
            i += 1
        if i >= len(toks):
            return None, False
        if any(d in text[start : toks[i][1]] for d in _DASHES) and toks[i][0][:1].isupper():
            np = self._np_after(toks, i)  # a byline: “…” ― Mara Quint
            if np is not None:
                return np, True
        while (
            i < len(toks)
            and toks[i][0].lower() in nm.ADVERBS
            and toks[i][0].lower() not in ("and", "but")
        ):
            i += 1
        if i >= len(toks):
            return None, False
        inverted = _INVERTED_RE.match(toks[i][0])
        if inverted:  # », dit-elle / », a-t-il ajouté: the pronoun
            return (toks[i][2] - len(inverted.group(1)), toks[i][2]), True
        if (
            toks[i][0].lower() in nm.AUXILIARIES
            and i + 1 < len(toks)
            and self._verb_at(toks, i + 1)
        ):
            i += 1  # », a déclaré Emmanuel Macron
        n = self._verb_at(toks, i)
        if n and toks[i][0].lower() not in nm.NEEDS_OBJECT:
            np = self._np_after(toks, i + n)  # ,” said Ines Marlow-Price, an economist
            if np is None and (i + n == len(toks) or toks[i + n][0] == "."):
                # », ha aggiunto. / ”, añadió.: no subject (Italian, Spanish, Portuguese drop it)
                return (toks[i][1], toks[i + n - 1][2]), True
            return (np, self._short_tail(toks, np[1])) if np else (None, False)
        if (
            toks[i][0] == "so"
            and text[span.close_end : span.close_end + 1] == ","
            and i + 1 < len(toks)
            and toks[i + 1][0][:1].isupper()
        ):
            return self._np_after(toks, i + 1), True  # „…“, so Anke Vogel.
        for k in range(min(len(toks), 12) - 2):
            if toks[k][0].lower() == "according" and toks[k + 1][0].lower() == "to":
                return self._np_after(toks, k + 2), True
        for v in range(i + 1, min(len(toks), i + 40)):
            n = self._verb_at(toks, v)
            if not n:
                continue
            if toks[v - 1][0].lower() == "to":
                return None, False
            if v - 2 > i and toks[v - 2][0] == "," and toks[v - 1][0].lower() in nm.PRONOUNS:
                # a parenthetical "he said" inside the next sentence: “…” Ohio, he said, was
                # next: the pronoun is the subject, not the words before its comma
                return (toks[v - 1][1], toks[v - 1][2]), False
            # ,” Robert J. Keane, director of ..., said: the first comma-separated chunk
            k = i
            while k < v and toks[k][0] != ",":
                k += 1
            while k > i and toks[k - 1][0].lower() in nm.ADVERBS:
                k -= 1
            if k == i or sum(t[0][0].isalnum() for t in toks[i:k]) > 10:
                return None, False
            j = i
            while j < k - 1 and toks[j][0].lower() in _LEADING_JUNK:
                j += 1  # ,” and he said / ,” as she put it
            if toks[j][0].lower() in PREPOSITIONS | {"that", "which"} and k < v:
                # ”, and against the levy, Ana Lind said: the rest of the sentence, then the
                # subject right before the verb
                subj = self._subject_before(toks[k + 1 : v + n], v - k - 1)
                if subj is not None:
                    return subj, self._short_tail(toks, toks[v + n - 1][2])
            return (toks[j][1], toks[k - 1][2]), self._short_tail(toks, toks[v + n - 1][2])
        if text[span.start : span.end].endswith((",", "!", "?")):
            return self._unknown_verb(toks, i), False  # ,” Osei started / !” beamed Ray Ansari
        return None, False

    @staticmethod
    def _short_tail(toks: list[Token], pos: int) -> bool:
        return sum(1 for t in toks if t[1] >= pos and t[0][0].isalnum()) <= 8

    def _before(self, span: Span, prev_close: int) -> tuple[int, int] | None:
        """Speaker phrase in the clause before the opening mark."""
        text = self.text
        k, ps, _ = self._para_of(span.open_at)
        start = self._sentence_start(span.open_at, max(ps, prev_close))
        if start < span.open_at and text[start : span.open_at].strip():
            return self._before_clause(start, span.open_at)
        if span.open_at == ps and k > 0:  # Smith said in a statement:\n\n“...
            pps, ppe = self.paras[k - 1]
            if text[ppe - 1 : ppe] == ":":
                return self._before_clause(self._sentence_start(ppe - 1, pps), ppe)
        return None

    def _before_clause(self, start: int, end: int) -> tuple[int, int] | None:
        toks = self._tokens(start, end)
        while toks and (
            toks[-1][0] in (",", ":", "—", "–", "-", "(", "[") or toks[-1][0] in _OPEN_MARKS
        ):
            toks.pop()
        if not toks:
            return None
        for v in range(len(toks) - 1, max(-1, len(toks) - 15), -1):
            n = self._verb_at(toks, v)
            if not n:
                if (
                    toks[v][0].lower() == "according"
                    and v + 1 < len(toks)
                    and toks[v + 1][0].lower() == "to"
                ):
                    return self._np_after(toks, v + 2)
                if v + 1 < len(toks) and (
                    toks[v][0].lower() in nm.ACCORDING
                    or (v == 0 and toks[v][0].lower() in nm.FOR_WHOM)
                ):
                    # Selon l'ingénieur en chef Marc Lefèvre, « … » / Para X, “…” / Volgens X
                    # is … “…”: the first name after the role words
                    return self._first_name_run(toks, v + 1)
                continue
            if (
                0 < v < len(toks) - n - 1
                and toks[v - 1][0].lower() in _PASSIVE
                and toks[v + n][0] == "by"
                and any(t[0][:1].isupper() for t in toks[v + n + 1 : v + n + 3])
            ):
                # the passive: "Reyes was asked by host Ana Lind, who …, “…”": the agent
                return self._np_after(toks, v + n + 1)
            if toks[v][0].lower() in _PARTICIPLES:
                own = self._participle_subject(toks, v)
                if own is not None:
                    return own  # "with Ana Lind reportedly shouting: “" / "of Lind asking, “"
                if toks[v - 1][0] == "and":
                    return None  # "… and asking, “": its subject is in a clause not seen here
                if v >= 3 and toks[v - 1][0] == "," and self._verb_at(toks, v - 2) == 1:
                    said = self._subject_before(toks, v - 2)  # …, Ana Lind said, adding: “…”
                    word = self.text[said[0] : said[1]] if said else ""
                    if (word[:1].isupper() or word.lower() in nm.PRONOUNS) and not nm.possessive(
                        word
                    ):  # "Lind’s remarks, adding" is no subject and verb
                        return said
                return self._clause_subject(toks[:v])  # Whitlock lashed out, saying: “
            subj = self._subject_before(toks, v)
            if subj is not None:
                return subj
            if all(not t[0][0].isalnum() or t[0].lower() in _LEADING_JUNK for t in toks[:v]):
                return self._np_after(toks, v + n)  # Said Nora Feld, who ...: “ / But, said X, “
            return None
        if self.text[start:end].rstrip().endswith(":"):
            # "Rep. Tom Ardley (R-S.C.): “..." -- a name introducing the quote
            clause = nm.strip_parens(self.text[start:end]).rstrip(" :")
            runs = nm.name_runs(clause)
            before_run = clause[: clause.rfind(runs[-1][0])].split()[-1:] if runs else []
            governed = bool(before_run) and before_run[0].lower() in PREPOSITIONS - {"from", "by"}
            if runs and clause.endswith(runs[-1][-1]) and len(runs[-1]) <= 6 and not governed:
                # (but "Later that month on Radio Nord: “…”" names a medium, not a speaker)
                at = self.text.rfind(runs[-1][0], start, end)
                last = self.text.find(runs[-1][-1], at, end)
                if 0 <= at <= last:
                    return at, last + len(runs[-1][-1])
            # "Marlow made the following comment: “..." -- the clause's subject
            return self._clause_subject(toks[:30])
        return None

    def _cjk(self, span: Span) -> tuple[int, int] | None:
        """Chinese and Japanese attribution: “…，”他说 / 李明说：“…” / 田中は「…」と述べた."""
        text = self.text
        after = _CJK_AFTER_RE.match(text, span.close_end)
        if after:
            return after.span(1)
        start = max(0, span.open_at - 20)
        before = _CJK_BEFORE_RE.search(text[start : span.open_at])
        if before:
            group = before.lastindex or 1
            return start + before.start(group), start + before.end(group)
        return None

    def _own(self, idx: int) -> tuple[int, int] | None:
        """The attribution in the quotation's own sentence(s), or None."""
        spans, text = self.spans, self.text
        span = spans[idx]
        if _CJK_CHAR_RE.match(text, span.start):
            return self._cjk(span)
        prev_close = (
            spans[idx - 1].close_end if idx and spans[idx - 1].paragraph == span.paragraph else 0
        )
        next_open = spans[idx + 1].open_at if idx + 1 < len(spans) else len(text)
        last = text[span.end - 1 : span.end]
        before = self._before(span, prev_close)
        after, after_only = self._after(span, next_open)
        if after is not None and last == ",":
            return after  # “…,” he said
        if before is not None:
            gap = text[before[1] : span.open_at]
            if ":" in gap or "," in gap:
                return before  # he said: “…” / he said, “…”
        follow = text[span.close_end : span.close_end + 1]
        wants_after = last in ("—", "–", "-", "?", "!") or follow == "," or last.isalnum()
        if after is not None and (wants_after or after_only):
            return after
        return before

    def _previous_sentence(self, idx: int) -> tuple[int, int] | None:
        """For a quotation opening its sentence: reported speech in the sentence before."""
        span = self.spans[idx]
        _, ps, _ = self._para_of(span.open_at)
        start = self._sentence_start(span.open_at, ps)
        if start <= ps or self.text[start : span.open_at].strip():
            return None
        prev = self._sentence_start(start - 1, ps)
        if idx > 0 and self.spans[idx - 1].close_end > prev:
            return None
        return self._before_clause(prev, start)

    def _sentence_subject(self, idx: int) -> tuple[int, int] | None:
        """A quotation that ends the sentence a person's name opens: "Moore thanked him for
        “stepping up when others would not.”" / "Carson called the system “rotten to the core.”"
        -> the name, when it names a person and no other person comes before the quotation."""
        span = self.spans[idx]
        if self.text[span.close_end : span.close_end + 1] not in ("", ".", "\n") and (
            self.text[span.end - 1 : span.end] not in (".", "!", "?")
        ):
            return None
        _, ps, _ = self._para_of(span.open_at)
        start = self._sentence_start(span.open_at, ps)
        toks = self._tokens(start, span.open_at)
        if not toks or not toks[0][0][:1].isupper() or toks[0][0].lower() in nm.STOPWORDS:
            return None
        got = self._clause_subject(toks[:12])
        if got is None or got[0] != toks[0][1]:
            return None
        name = self.people.name_in(self.text[got[0] : got[1]], got[0])
        if name is None or not name[1] or len(name[0].split()) < 2:
            return None  # "Según fuentes del ministerio, “…”": a person known by full name only
        return got if self._people_named(start, span.open_at) <= 1 else None

    def _people_named(self, start: int, end: int) -> int:
        """How many people ``text[start:end]`` names in full ("Die Klinik" is no one)."""
        found = set()
        for run in nm.name_runs(self.text[start:end]):
            got = self.people.name_in(" ".join(run), start)
            if got is not None and got[1] and len(got[0].split()) >= 2:
                found.add(got[0])
        return len(found)

    def _reported_person(self, para: int) -> tuple[int, int] | None:
        """The person a paragraph without quotation marks reports, for the quotation after it.

        The paragraph must report speech (a speech verb or "according to"). Its speaker is
        "he"/"she" opening it, the full name after ", says", or the person's full name it
        opens on within five words: "Dana Whitlock of the port authority says …" / "Le
        médecin Karim Benali a déclaré …".
        A paragraph that is one line with no verb after the name (a byline, a caption
        credit) reports no one.
        """
        ps, pe = self.paras[para]
        if self.people.is_headline(para) and not _NAME_COLON_RE.match(self.text, ps, pe):
            # "12 Voters Share Their Hopes For The Race" reports no one; "Ana Lind: ‘We Stay’"
            # names its speaker
            return None
        end = min(pe, ps + 300)
        toks = self._tokens(ps, end)
        words = [t for t in toks if t[0][:1].isalnum()]
        if len(words) < 6:
            return None  # "By Kevin Marsh", "Photo: Ana Ruiz"
        verbs = [v for v in range(len(toks)) if self._verb_at(toks, v)]
        according = [
            v for v in range(len(toks)) if toks[v][0].lower() in nm.ACCORDING | {"according"}
        ]
        if not verbs and not according and self._people_named(ps, end) > 1:
            return None  # "Dana Whitlock met Omar Reyes at the port": whose words follow?
        if toks[0][0].lower() in ("he", "she") and verbs:
            return toks[0][1], toks[0][2]  # "She says the cranes are late." / “…”
        for v in verbs:  # "The delays have several causes, says Dana Whitlock of the port."
            if v > 0 and toks[v - 1][0] == "," and toks[v][0].lower() not in nm.NEEDS_OBJECT:
                np = self._np_after(toks, v + 1)
                if np is not None and self.text[np[0] : np[0] + 1].isupper():
                    name = self.text[np[0] : np[1]].split(" of ")[0]  # not "of the port"
                    got = self.people.name_in(name, np[0])
                    if got is not None and got[1] and len(got[0].split()) >= 2:
                        return np[0], np[0] + len(name)
        k = 0
        while k < min(len(toks), 5) and not (
            toks[k][0][:1].isupper() and k + 1 < len(toks) and toks[k + 1][0][:1].isupper()
        ):
            k += 1
        if k >= min(len(toks), 5):
            return None
        j = k
        while j + 1 < len(toks) and (
            toks[j + 1][0][:1].isupper() or toks[j + 1][0] in ("de", "van", "von", "da", "di")
        ):
            j += 1
        got = self.people.name_in(self.text[toks[k][1] : toks[j][2]], toks[k][1])
        if got is None or not got[1] or len(got[0].split()) < 2:
            return None
        return toks[k][1], toks[j][2]

    # ------------------------------------------------------------------ driver

    def raw_speakers(self) -> list[_Raw]:
        """The speaker phrase (or a neighbour to inherit from) of every quotation."""
        spans, text = self.spans, self.text
        out: list[_Raw] = []
        for idx, span in enumerate(spans):
            got = self._own(idx)
            out.append(_Raw(text[got[0] : got[1]], got[0]) if got else _Raw(None, span.open_at))
        by_para: dict[int, list[int]] = {}
        for idx, span in enumerate(spans):
            by_para.setdefault(span.paragraph, []).append(idx)
        for para, members in by_para.items():
            if all(out[j].phrase is None for j in members):
                for idx in members:
                    got = self._previous_sentence(idx) or self._sentence_subject(idx)
                    if got is not None:
                        out[idx] = _Raw(text[got[0] : got[1]], got[0])
            named = [j for j in members if out[j].phrase is not None]
            for idx in members:
                raw = out[idx]
                if raw.phrase is not None:
                    continue
                if named:  # “A,” he said. “B.” -- the nearest attributed piece, earlier first
                    earlier = [j for j in named if j < idx]
                    raw.inherited = earlier[-1] if earlier else named[0]
                elif (
                    idx > 0
                    and spans[idx - 1].paragraph == para - 1
                    and _opens_paragraph(spans[idx], self.paras[para][0])
                ):
                    # a paragraph that is only quotation goes on with the quotation before it
                    prev = out[idx - 1]
                    raw.inherited = idx - 1 if prev.phrase is not None else prev.inherited
                elif (
                    idx == members[0]
                    and para > 0
                    and _opens_paragraph(span := spans[idx], self.paras[para][0])
                    and (idx == 0 or spans[idx - 1].paragraph < para - 1)
                    and text[span.close_end : self.paras[para][1]].strip(" .") == ""
                ):
                    got = self._reported_person(para - 1)
                    if got is not None:
                        out[idx] = _Raw(text[got[0] : got[1]], got[0])
                        for later in members[1:]:
                            out[later].inherited = idx
        return out

    def speakers(self) -> list[str | None]:
        raws = self.raw_speakers()
        orgs: list[str] = []
        result: list[str | None] = [None] * len(raws)
        for idx, raw in enumerate(raws):
            if raw.inherited is not None:
                result[idx] = result[raw.inherited]
            elif raw.phrase is not None:
                before = result[idx - 1] if idx else None
                if raw.phrase.lower() == "it" and self._thing(before, orgs, idx):
                    result[idx] = before  # “…,” the report said. / “…,” it added.
                else:
                    result[idx] = self._resolve(raw, orgs)
        return result

    def _thing(self, speaker: str | None, orgs: list[str], idx: int) -> bool:
        """True when ``speaker``, the speaker of the quotation before ``idx`` (in the same
        paragraph or one of the two before), is no person: an organisation or a common noun
        ("the report", "the agency") that a following "it" stands for."""
        if not speaker or self.spans[idx].paragraph - self.spans[idx - 1].paragraph > 2:
            return False
        if speaker in orgs:
            return True
        last = nm.bare(speaker.split()[-1])
        first = nm.bare(speaker.split()[0])
        return speaker[:1].islower() and not (
            last in nm.PERSON_ROLES
            or last in nm.TITLES
            or last in nm.GROUP_SPEAKERS
            or first in ("its", "his", "her", "their")
        )

    def _resolve(self, raw: _Raw, orgs: list[str]) -> str | None:
        phrase = raw.phrase or ""
        words = phrase.split()
        low = nm.bare(words[0]) if len(words) == 1 else ""
        if low in nm.SPEECH_VERBS or nm.bare(words[-1]) in nm.SPEECH_VERBS:
            return self.people.antecedent(raw.pos, None)  # », ha aggiunto.: the last person
        if low in nm.PRONOUNS:
            if low in nm.MALE_PRONOUNS:
                return self.people.antecedent(raw.pos, "m")
            if low in nm.FEMALE_PRONOUNS:
                return self.people.antecedent(raw.pos, "f")
            if low == "who":
                return self.people.nearest(raw.pos)
            if low in ("it", "they"):  # an organisation: named just before, or quoted last
                return self.people.organisation(raw.pos) or (orgs[-1] if orgs else None)
            return None
        got = self.people.name_in(phrase, raw.pos)
        if got is not None:
            name, person = got
            if not nm.plausible_speaker(name):
                return None  # "Have you heard…", "See: “…”", "That’s why I tell them: “…”"
            if not person:
                orgs.append(name)
            return name
        if nm.bare(words[-1]) in nm.DOCUMENT_NOUNS:
            # "a statement", "Photo credit", "the column": a document or the page, not a
            # speaker; "her statement" is hers
            owner = nm.bare(words[0]) if len(words) == 2 else ""
            if owner in ("his", "her"):
                return self.people.antecedent(raw.pos, "m" if owner == "his" else "f")
            return None
        # a common noun phrase ("the spokesman", "Ryan's office") is shown as written;
        # a clause fragment the rules caught ("perhaps only half", "At that point") is not
        first = nm.bare(words[0]) if words else ""
        if not first or len(words) > 8:
            return None
        if first not in DETERMINERS and (
            first in nm.STOPWORDS
            or first in nm.ADVERBS
            or first == "perhaps"
            or any(ch.isdigit() for ch in phrase)
        ):
            return None
        last = nm.bare(words[-1])
        if words[0].islower() and (
            first in PREPOSITIONS or (first.endswith("ing") and first not in DETERMINERS)
        ):
            return None  # "against the levy", "echoing some critics": a clause, not a speaker
        if len(words) > 1 and (last in _DANGLING or last in nm.PRONOUNS):
            return None  # "critics who", "line by", "provisions he": a phrase cut mid-clause
        shown = " ".join(words).strip(" ,;:")
        return shown if shown and nm.plausible_speaker(shown) else None


def attribute(text: str, spans: list[Span], paras: list[tuple[int, int]]) -> list[str | None]:
    """One speaker (or None) per span."""
    if not spans:
        return []
    return Attributor(text, spans, paras).speakers()
