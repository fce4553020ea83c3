"""Speaker attribution for quotations found by ``_marks`` (private to ``quotes.py``).

For each quotation we read the clause after its closing mark (``,” said X`` /
``,” X said`` / ``” ― X``) and the clause before its opening mark (``X told
reporters: “`` / ``According to X, “``). A quotation without its own attribution
shares the speaker of another quotation in its paragraph (``“A,” he said. “B.”``),
takes the subject of reported speech just before it, continues the quotation
paragraph before it, or (a paragraph that is only quotation) takes the person the
paragraph before reports. The same shapes are read in French, German, Spanish,
Italian, Portuguese and Dutch (``», a-t-il ajouté``, ``„…“, so X``, ``», ha
aggiunto.``, ``volgens X``), and Chinese and Japanese have their own (``_cjk``:
``“…，”王芳说``, ``Xは「…」と述べた``). The rules that look beyond the quotation's own sentence are in
``_context``. The phrase found then becomes a name (``_resolve``, with ``_people.People``):
titles go, a surname becomes the full name seen earlier, "he"/"she" the most
salient earlier person of that gender. Role nouns ("the senator") are kept as
written: a wrong name is worse than a vague one; documents and page parts ("a
statement", "Photo credit") are no speaker at all.
"""

from __future__ import annotations

import bisect
import re

from bot.text import _names as nm
from bot.text._after import LEADING_JUNK as _LEADING_JUNK
from bot.text._after import AfterRules
from bot.text._cjk import CJK_CHAR_RE, cjk_speaker
from bot.text._marks import Span
from bot.text._people import People
from bot.text._resolve import Resolver, _Raw
from bot.text._romance import RomanceRules
from bot.text._shapes import PREPOSITIONS, Token
from bot.text.lexicon import load

_TOKEN_RE = re.compile(r"\w[\w'’\-]*|[^\w\s]")
# A whole run of stops and closing marks before a space, read once from its first character.
# a sentence ends at . ! ? and any closing marks, German ones too (".“ Er …", "„…“ Sie"),
# before a capital or an opening mark ("„", "«", "“")
# (French marks stand apart from the words: "trois ans. »¶Le préfet", "après-midi. « J'entends")
_SENT_RE = re.compile(
    r"(?<![.!?\"”’'»“«)\]])[.!?\"”’'»“«)\]]+(?:[ \u00a0\u202f]»)?\s+"
    r"(?=[\"“‘«„»(\[]?[ \u00a0\u202f]?[^\W_a-z])"
)
_STOP_RE = re.compile(r"[.!?]")
_DATELINE_RE = re.compile(
    r"([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .-]{1,30}?)(?:,[^\n–—()]{1,25}?)?(?:\s*\([^)\n]{1,25}\))?\.?\s*[–—-]{1,2}\s+"
)
_PARTICIPLES = frozenset(
    "saying adding telling writing asking tweeting noting arguing explaining warning"
    " declaring insisting stating responding replying shouting yelling screaming chanting".split()
)
_HE_SHE = nm.MALE_PRONOUNS | nm.FEMALE_PRONOUNS
_ARTICLE = frozenset("un une uno una um uma le la el il lo o a".split())
_ORDINAL_BEFORE = frozenset(
    "al il el lo o a le la un uno una um uma do da del no na nel ao".split()
)
_EN_VERBS = load("speech_verbs_en")
_PASSIVE = frozenset("was were is are been being".split())  # "was asked by X"
_OPEN_MARKS = "\"“„«»‘'`「『"
_REACH = 600  # characters of context read on either side of a quotation


def _opens_paragraph(span: Span, para_start: int) -> bool:
    """True when the quotation's opening mark starts its paragraph."""
    return span.open_at == para_start


class Attributor(AfterRules, Resolver, RomanceRules):
    """Speakers for the quotation spans of one text."""

    def __init__(
        self,
        text: str,
        spans: list[Span],
        paras: list[tuple[int, int]],
        marked: list[Span] | None = None,
    ) -> None:
        self.text = text
        self.spans = spans
        self.paras = paras
        self.para_starts = [p[0] for p in paras]
        self.bounds = self._sentence_bounds()
        # names between any marks (also the short pieces not returned as quotations: “The
        # Donald. Big Daddy.”) are words someone said, not people the article names
        quoted = [(s.open_at, s.close_end) for s in (spans if marked is None else marked)]
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
        for ps, _ in self.paras:
            # a dateline opening a paragraph ends where the story's first sentence starts:
            # "CYCLISME – Le Breton X a remporté …", "MADRID, 4 dic (EFE).- El …"
            d = _DATELINE_RE.match(text, ps)
            if d is not None and d.group(1).isupper() and len(d.group(1)) >= 3:
                bisect.insort(out, d.end())
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
        listed = self._listed_name(toks)
        if listed is not None and self.text[listed[1] : end].strip()[:1] in "―—–-:":
            return listed  # "… said the same, including the former candidate Jo Marlow -- “…”"
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
                    # (an ordinal after an article is no "according to": "al secondo libro")
                    (toks[v][0].lower() in nm.ACCORDING and toks[v - 1][0] not in _ORDINAL_BEFORE)
                    or (v == 0 and toks[v][0].lower() in nm.FOR_WHOM)
                ):
                    # Selon l'ingénieur en chef Marc Lefèvre, « … » / Para X, “…” / Volgens X
                    # is … “…”: the first name after the role words ("Pour lui, « … »": the
                    # pronoun)
                    if v + 2 == len(toks) and toks[v + 1][0].lower() in _HE_SHE:
                        return toks[v + 1][1], toks[v + 1][2]
                    run = self._first_name_run(toks, v + 1)
                    if run is None and v + 3 < len(toks) and toks[v + 3][0] == ",":
                        # "Selon un cadre, qui …, « … »": someone unnamed, as written
                        if toks[v + 1][0] in _ARTICLE and toks[v + 2][0].isalpha():
                            return toks[v + 1][1], toks[v + 2][2]
                    return run
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
            if self._zero_subject(toks, v):
                return toks[v][1], toks[v][2]  # "All'uscita si è limitato a dire: «…»"
            if all(not t[0][0].isalnum() or t[0].lower() in _LEADING_JUNK for t in toks[:v]):
                return self._np_after(toks, v + n)  # Said Nora Feld, who ...: “ / But, said X, “
            if (
                self.text[start:end].rstrip().endswith(":")
                and toks[v][0].lower() not in _EN_VERBS
                and toks[v + n : v + n + 1]
                and toks[v + n][0][:1].isupper()
            ):
                break  # "Une perspective qui inquiète Josiane Perrin, infirmière :": the rules
                # for a clause before a colon (the verb has no subject of its own here)
            return None
        if (
            len(toks) > 2
            and (toks[0][0].lower() in nm.ACCORDING or toks[0][0].lower() in nm.FOR_WHOM)
            and self.text[toks[-1][2] : end].strip()[:1] == ","
        ):
            # a long "Pour X, role, qui …, « … »" / "Según X, que …, “…”": the first name
            # after the opening word however far the comma before the quotation is
            return self._first_name_run(toks, 1)
        if self.text[start:end].rstrip().endswith(":"):
            # "Rep. Tom Ardley (R-S.C.): “..." -- a name introducing the quote
            clause = nm.strip_parens(self.text[start:end]).rstrip(" :")
            runs = nm.name_runs(clause)
            before_run = clause[: clause.rfind(runs[-1][0])].split()[-1:] if runs else []
            governed = bool(before_run) and (
                before_run[0].lower() in PREPOSITIONS - {"from", "by"}
                # a German or Dutch article makes the capitalized word a noun, the verb's
                # object: "hält das für einen Fehler:", "nahm die Mannschaft in die Pflicht:"
                or before_run[0] in nm.NOUN_ARTICLES
                or before_run[0] in ("einen", "einem", "einer", "eines")
            )
            # (or a Romance apposition after it: "… qui inquiète Josiane Perrin, infirmière
            # retraitée : « … »")
            rest = clause[clause.rfind(runs[-1][-1]) + len(runs[-1][-1]) :] if runs else ""
            tail = rest[1:].split()
            appositive = bool(
                runs
                and len(runs[-1]) >= 2
                and rest[:1] == ","
                and 1 <= len(tail) <= 4
                and all(w.isalpha() and w.islower() for w in tail)
                and tail[0] not in ("a", "an", "the", "his", "her", "their")
            )
            ends = runs and (clause.endswith(runs[-1][-1]) or appositive)
            if ends and len(runs[-1]) <= 6 and not governed:
                # (but "Later that month on Radio Nord: “…”" names a medium, not a speaker)
                at = self.text.rfind(runs[-1][0], start, end)
                last = self.text.find(runs[-1][-1], at, end)
                if 0 <= at <= last:
                    return at, last + len(runs[-1][-1])
            romance = self._colon_speaker(toks)  # "Réponse de l'élue :", "X, que …:"
            if romance is not None:
                return romance
            # "Marlow made the following comment: “..." -- the clause's subject
            return self._clause_subject(toks[:30])
        return None

    def _own(self, idx: int) -> tuple[int, int] | None:
        """The attribution in the quotation's own sentence(s), or None."""
        spans, text = self.spans, self.text
        span = spans[idx]
        if CJK_CHAR_RE.match(text, span.start):
            return cjk_speaker(text, span)
        prev_close = (
            spans[idx - 1].close_end if idx and spans[idx - 1].paragraph == span.paragraph else 0
        )
        next_open = spans[idx + 1].open_at if idx + 1 < len(spans) else len(text)
        # the quotation's last character before any closing single mark of a quotation
        # inside it: “… the term ‘outreach,’” he told the group
        last = text[span.start : span.end].rstrip(" '’")[-1:]
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
                credit = self._credit_tail(para) or self._credit_line(para)
                if credit is not None:  # “…”¶― Ana Lind
                    first = members[0]
                    if (
                        first > 0
                        and out[first - 1].phrase is None
                        and self._para_of(spans[first - 1].close_end - 1)[0] == para
                    ):
                        members = [first - 1, *members]  # a quotation over several paragraphs
                        out[first - 1].inherited = None
                    for idx in members:
                        out[idx] = _Raw(text[credit[0] : credit[1]], credit[0])
                    continue
                for idx in members:
                    got = self._previous_sentence(idx) or self._sentence_subject(idx)
                    if got is not None:
                        out[idx] = _Raw(text[got[0] : got[1]], got[0])
            named = [j for j in members if out[j].phrase is not None]
            first = members[0]
            if (
                first > 0
                and out[first - 1].phrase is not None
                and self._para_of(spans[first - 1].close_end - 1)[0] == para
            ):
                # the quotation before began in an earlier paragraph and ends in this one, where
                # its attribution stands: “…¶“… we legislate,” Reyes said. “We don’t …”
                named = [first - 1, *named]
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


def attribute(
    text: str,
    spans: list[Span],
    paras: list[tuple[int, int]],
    marked: list[Span] | None = None,
) -> list[str | None]:
    """One speaker (or None) per span; ``marked`` are all the spans between marks (``spans``
    and the scare quotes and titles left out), whose names are no antecedents."""
    if not spans:
        return []
    return Attributor(text, spans, paras, marked).speakers()
