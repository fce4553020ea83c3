"""Speaker attribution for quotations found by ``marks`` (private to ``quotes.py``).

For each quotation we read the clause after its closing mark (``,” said X`` /
``,” X said`` / ``” ― X``) and the clause before its opening mark (``X told
reporters: “`` / ``According to X, “``). A quotation without its own attribution
shares the speaker of another quotation in its paragraph (``“A,” he said. “B.”``),
takes the subject of reported speech just before it, continues the quotation
paragraph before it, or (a paragraph that is only quotation) takes the person the
paragraph before reports. The same shapes are read in French, German, Spanish,
Italian, Portuguese and Dutch (``», a-t-il ajouté``, ``„…“, so X``, ``», ha
aggiunto.``, ``volgens X``), and Chinese and Japanese have their own (``cjk``:
``“…，”王芳说``, ``Xは「…」と述べた``). The quotation's own attribution is read in ``own``, the clause
before the opening mark in ``before``, the rules that look beyond the quotation's own sentence
in ``context`` and ``paragraphs``; a pronoun, a stray word or a stand-in found is read again in
``rereading``. The phrase found then becomes a name (``resolve``, with ``people.People``):
titles go, a surname becomes the full name seen earlier, "he"/"she" the most
salient earlier person of that gender. Role nouns ("the senator") are kept as
written: a wrong name is worse than a vague one; documents and page parts ("a
statement", "Photo credit") are no speaker at all.
"""

from __future__ import annotations

import bisect
import re

from bot.text.speakers.after import AfterRules
from bot.text.speakers.authors import document_speakers
from bot.text.speakers.before import BeforeRules
from bot.text.speakers.before_words import what_they_call
from bot.text.speakers.carried import carried_on
from bot.text.speakers.colon_leads import lead_subject
from bot.text.speakers.exchanges import (
    answer_alone,
    asker,
    back_and_forth,
    examiner_questions,
    next_question,
)
from bot.text.speakers.germanic_clause import GermanicClauseRules
from bot.text.speakers.germanic_lone import first_person_alone
from bot.text.speakers.germanic_sources import (
    according_earlier,
    according_within,
    mood_before,
    mood_before_quote,
    mood_chain,
    reported_goes_on,
)
from bot.text.speakers.germanic_things import screen_own
from bot.text.speakers.germanic_unnamed import relative_final
from bot.text.speakers.going_on import (
    across_introduction,
    chain_piece,
    introduced_before,
    reopened_piece,
    reported_last,
)
from bot.text.speakers.headline import headline_speakers
from bot.text.speakers.headline_echo import echoed_speakers
from bot.text.speakers.incise import Incise, incises, reported_fragment
from bot.text.speakers.interview import InterviewRules
from bot.text.speakers.issued_esit import issued_statement
from bot.text.speakers.labels_romance import bare_group
from bot.text.speakers.lone import LoneRules
from bot.text.speakers.lone_unnamed import lone_unnamed
from bot.text.speakers.marks import Span
from bot.text.speakers.newcomer import newcomer_before
from bot.text.speakers.nicknames import nickname
from bot.text.speakers.no_one import no_one
from bot.text.speakers.own import OwnRules
from bot.text.speakers.own_account import (
    according_relative,
    as_aside,
    kin_introduced,
    own_account,
)
from bot.text.speakers.people import People
from bot.text.speakers.protagonist import protagonist_speakers, unclosed_speakers
from bot.text.speakers.raw import Raw
from bot.text.speakers.reading import language
from bot.text.speakers.rereading import reread_phrases, reread_pronouns
from bot.text.speakers.resolve import Resolver
from bot.text.speakers.romance import RomanceRules
from bot.text.speakers.sentences import sentence_bounds
from bot.text.speakers.shapes import Token
from bot.text.speakers.sharing import bracketed, named_fragment, unnamed_fragment
from bot.text.speakers.sources_esit import sources_for
from bot.text.speakers.statement_subjects import dropped_statements, german_statements
from bot.text.speakers.unnamed import colon_after
from bot.text.speakers.writings import no_writer, writer

# (a number with thousands separators is one token: the comma in "about 2,300 workers" closes
# no appositive)
_TOKEN_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\w[\w'’\-]*|[^\w\s]")
# a live blog's time stamp opening an entry ("21:50 ", "9.05 ", "14h30 ")
_STAMP_RE = re.compile(r"\d{1,2}[:.h]\d{2}[ \t]+(?=[^\W\d_])")
_REACH = 600  # characters of context read on either side of a quotation
# a verb of answering right after a quotation's closing mark: "», répond la prévenue"


def _opens_paragraph(span: Span, para_start: int) -> bool:
    """True when the quotation's opening mark starts its paragraph."""
    return span.open_at == para_start


class Attributor(
    OwnRules,
    BeforeRules,
    AfterRules,
    GermanicClauseRules,
    InterviewRules,
    Resolver,
    RomanceRules,
    LoneRules,
):
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
        self.span_opens = [s.open_at for s in spans]  # sorted, for bisecting
        self.paras = paras
        self.para_starts = [p[0] for p in paras]
        self.bounds = sentence_bounds(text, paras)
        # names between any marks (also the short pieces not returned as quotations: “The
        # Donald. Big Daddy.”) are words someone said, not people the article names
        # (an attribution inside the marks, read once here for ``_own`` too, names people)
        self.incises = {s.start: incises(text, s) for s in (spans if marked is None else marked)}
        quoted = [
            q
            for s in (spans if marked is None else marked)
            for q in _outside_incises(s, self.incises[s.start])
        ]
        self.people = People(text, quoted, self.bounds, paras)

    # ------------------------------------------------------------------ text structure

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
        if (stamp := _STAMP_RE.match(self.text, start, end)) is not None and (
            start == 0 or self.text[start - 1] == "\n"
        ):
            start = stamp.end()  # a live blog's time opening its entry: "21:50 Habla X: “…”"
        return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(self.text, start, end)]

    # ------------------------------------------------------------------ around a quotation

    def _fragment_after(self, idx: int, later: int) -> bool:
        """True in German or Dutch text when quotation ``later`` is a phrase inside a sentence
        of its own after quotation ``idx``, a whole sentence: „A.“ X sagte, Y sei „b“."""
        text, span, other = self.text, self.spans[idx], self.spans[later]
        return (
            language() in ("german", "dutch")
            and text[span.start : span.end].rstrip()[-1:] in ".!?"
            and text[other.start : other.start + 1].islower()
        )

    # ------------------------------------------------------------------ driver

    def raw_speakers(self) -> list[Raw]:
        """The speaker phrase (or a neighbour to inherit from) of every quotation."""
        spans, text = self.spans, self.text
        out: list[Raw] = []
        signs = {idx for idx in range(len(spans)) if self._sign_text(idx)}  # no one's words
        for idx, span in enumerate(spans):
            # (unnamed sources first: "Fuentes del ministerio aseguran que «…»", "«…», según
            # fuentes del departamento"; not before an attribution after the quotation)
            got, sign = (None, False) if idx in signs else (sources_for(self, idx, True), False)
            if got is None and idx not in signs:
                got, sign = screen_own(self, idx, self._own(idx))
            if sign:
                signs.add(idx)  # (a sign the German and Dutch rules read)
            elif got is None and idx not in signs:
                got = own_account(self, idx)  # "Hij bleef er naar eigen zeggen ‘…’"
                got = got or according_relative(self, idx)  # "… volgens zijn vrouw ‘…’"
                got = got or according_within(self, idx)  # "Volgens de rechtbank … ‘…’"
                got = got or as_aside(self, idx)  # "… und, wie er gern sagte, „…“"
                got = got or relative_final(text, span.open_at, span.close_end)  # "… die ‘…’ riep."
                got = got or sources_for(self, idx)  # (the sources of "«…», explican")
                got = got or issued_statement(self, idx)  # "… un comunicado en el que «…»"
                got = got or what_they_call(text, span.open_at)  # "ce qu'elle appelle « … »"
            wrote = writer(self, idx) if idx not in signs else None
            if wrote is not None and (got is None or no_writer(text[got[0] : got[1]])):
                # "In seinem Tagebuch findet sich ein Eintrag: »…«": the writer's, or no one's
                if wrote is not False:
                    out.append(Raw(*wrote))
                    continue
                if got is not None:
                    got = None
                    signs.add(idx)
            out.append(Raw(text[got[0] : got[1]], got[0]) if got else Raw(None, span.open_at))
        by_para: dict[int, list[int]] = {}
        for idx, span in enumerate(spans):
            by_para.setdefault(span.paragraph, []).append(idx)
        reread_pronouns(self, out)
        asked = self._interview_questions()
        continued: list[int] = []  # paragraphs only quotation, going on with the one before
        answers: list[int] = []  # the quotations answering them, in order
        chained: list[int] = []  # whole sentences in marks going on with a continued one
        for para, members in by_para.items():
            members = [j for j in members if j not in signs]
            if not members:
                continue
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
                        out[idx] = Raw(text[credit[0] : credit[1]], credit[0])
                    continue
                for idx in (m for m in members if m not in signs):
                    got = (
                        # (a Romance quotation alone after a sentence about a person first)
                        self._aged_lone(idx)  # "… Ada Neri, 74 anni, … ¶ «…»"
                        or self._lone_quote(idx)
                        or lone_unnamed(self, idx)  # "Un voisin … se souvient. ¶ « On … »"
                        or self._according_dropped(idx)  # "… Ana X … Según explicó, «…»"
                        or (None if mood_before_quote(self, idx) else self._previous_sentence(idx))
                        or self._sentence_subject(idx)
                        or self._echo_after(idx)
                        or self._lead_quote(idx)
                        or self._reported_in_sentence(idx)
                        or mood_before(self, idx)
                        or according_earlier(self, idx)
                        or mood_chain(self, idx)
                        or kin_introduced(self, idx)  # "… her son, Dan X, 58. “Mum …”"
                    )
                    if got is not None:
                        out[idx] = Raw(text[got[0] : got[1]], got[0])
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
                if idx not in signs and (src := reopened_piece(self, out, idx)) is not None:
                    # 'X said: "A. "B." Y said the …': B, run into A's line, goes on with A
                    out[idx] = Raw(None, spans[idx].open_at, None if src < 0 else src)
                    continue
                if raw.phrase is not None or idx in signs:
                    continue
                at = spans[idx].open_at
                got = self._sentence_subject(idx) if text[spans[idx].start].islower() else None
                if got is None:
                    got = self._according_dropped(idx)  # "Según explicó, el parque «…»"
                if got is None and text[spans[idx].start].islower():
                    # (French, Portuguese) "Son président, Luc X, estime que la taxe « … » aux
                    # commerçants": the subject of its sentence's speech verb
                    got = self._reported_in_sentence(idx, romance_only=True)
                if got is None and named and language() in ("french", "portuguese"):
                    got = self._lone_quote(idx)  # "« A », dit X. Sa voisine Y craint … « B »"
                if (
                    named
                    and got is not None
                    and re.search(r"\b[a-z]", text[got[1] : at])
                    and text[got[0] : got[1]] not in ("He", "She")  # the speaker named beside
                ):
                    # a phrase inside a sentence its own subject opens ("Ann Kerr called him a
                    # “liar.”"), next to other people's quotations
                    out[idx] = Raw(text[got[0] : got[1]], got[0])
                elif named and unnamed_fragment(text, spans, idx, named, out):
                    pass  # "Un maraîcher estime que « … ». Plus loin, un retraité juge que « … »"
                elif named and named_fragment(text, spans, idx, named, out, self.people):
                    pass  # "«A», disse X. O guarda-redes Ana Y … dedicou a vitória «a …»"
                elif named and bracketed(text, spans[idx]):
                    pass  # "its posters promise safer parks (“…”)": a slogan, no one's
                elif (
                    idx == members[0]
                    and not any(j < idx for j in named)
                    and (got := reported_last(self, out, idx)) is not None
                ):
                    out[idx] = Raw(text[got[0] : got[1]], got[0])  # "X said he … ¶ “…”"
                elif (back := across_introduction(self, out, idx, named)) is not None:
                    raw.inherited = back  # “A,” X said. ¶ “B.” Cutting in, Y said: “C”: X's
                elif named:  # “A,” he said. “B.” -- the nearest attributed piece, earlier first
                    earlier = [j for j in named if j < idx]
                    raw.inherited = earlier[-1] if earlier else named[0]
                    later = named[0]
                    if (
                        earlier or spans[idx].close_end <= out[later].pos < spans[later].open_at
                    ) and (new := introduced_before(self, idx)):
                        raw.inherited = None  # “A,” X said. His friend, Y, … . “B.”: Y's
                        out[idx] = Raw(*new)
                        continue
                    lead = lead_subject(text, spans, idx, [out[j].phrase for j in earlier])
                    if lead is not None:  # "« A », dit X. Son mari complète : « B »": not X's
                        raw.inherited = None
                        if lead[1] > lead[0]:  # "Anne est plus inquiète : « B »": Anne's
                            out[idx] = Raw(text[lead[0] : lead[1]], lead[0])
                    elif not earlier and colon_after(text, spans[idx], spans[named[0]]):
                        raw.inherited = None  # "… salué une « décision ». Y confiait : « … »"
                    elif not earlier and self._fragment_after(idx, named[0]):
                        # "… smiled the striker. ‘A.’ The director said Y was ‘b’.": not the
                        # phrase another person's sentence quotes later; the sentence before
                        got = self._previous_sentence(idx)
                        raw.inherited = None
                        if got is not None:
                            out[idx] = Raw(text[got[0] : got[1]], got[0])
                elif (
                    idx > 0
                    and spans[idx - 1].paragraph == para - 1
                    and _opens_paragraph(spans[idx], self.paras[para][0])
                    and not reported_fragment(text, spans[idx - 1], self.paras)  # "qu'elle « … »"
                ):
                    # a paragraph that is only quotation goes on with the quotation before it
                    prev = out[idx - 1]
                    raw.inherited = idx - 1 if prev.phrase is not None else prev.inherited
                    if next_question(self, idx):
                        raw.inherited = idx - 2  # "« Q ? »" / "« A », répond X." / "« Q ? »"
                    elif answer_alone(self, out, idx):
                        raw.inherited = None  # "« Q ? », l'a interrogé X." ¶ "« A »": an answer
                    elif (turn := back_and_forth(self, out, idx)) is not None:
                        raw.inherited = turn  # "»A«, sagt X. ¶ »B«, sagt Y. ¶ »C«": X's turn
                    continued.append(idx)
                elif (
                    para - 1 in asked
                    and idx == members[0]
                    and _opens_paragraph(spans[idx], self.paras[para][0])
                ):
                    # an interview's answer to the question above it: the person who gave
                    # the answers before, else the person the introduction names last
                    qs = self.paras[para - 1][0]
                    name = None if answers else self.people.antecedent(qs, None)
                    if answers:
                        raw.inherited = answers[-1]
                    elif name is not None:
                        out[idx] = Raw(name, qs)
                    answers.append(idx)
                    for later in members[1:]:
                        out[later].inherited = idx
                elif (back := carried_on(self, out, idx)) is not None:
                    # "«A», dice X. ¶ Mostra una mela. «B»", "'A,' zegt ze. ¶ Ze wijst naar
                    # … ¶ 'B'": the person the narration between goes on about
                    raw.inherited = back
                elif (
                    idx == members[0]
                    and para > 0
                    and _opens_paragraph(span := spans[idx], self.paras[para][0])
                    and (idx == 0 or spans[idx - 1].paragraph < para - 1)
                    and text[span.close_end : self.paras[para][1]].strip(" .") == ""
                ):
                    got = (
                        self._reported_person(para - 1)
                        or self._narrated_person(idx, para - 1)
                        or newcomer_before(self, idx, para)  # "… Ana X, que … ¶ «Yo …»"
                    )
                    if got is not None:
                        out[idx] = Raw(text[got[0] : got[1]], got[0])
                        for later in members[1:]:
                            out[later].inherited = idx
                elif chain_piece(self, out, idx, continued, chained):
                    raw.inherited = idx - 1  # “…,” he said. ¶ “A. ”B. “C. ”: C goes on with A
                    chained.append(idx)
        self.interview(out)  # questions in plain paragraphs, each answer only quotation
        examiner_questions(self, out)  # "Under cross-examination by X, …" / "‘…?’" (English)
        self.labelled(out)  # "Frage: …" / "Moser: …" paragraphs
        first_person_alone(self, out)  # "X war die ganze Nacht unterwegs. „Ich …“" (de/nl)
        reported_goes_on(self, out)  # "X nannte es „…“. Das Angebot liege …: „…“" (German)
        for idx in continued:
            if out[idx].inherited == idx - 1 and (questioner := asker(self, idx, out)) is not None:
                out[idx].inherited = questioner  # „…?“ ¶ „…“, antwortete B. ¶ „…“: A again
        reread_phrases(self, out)
        return out


def attribute(
    text: str,
    spans: list[Span],
    paras: list[tuple[int, int]],
    marked: list[Span] | None = None,
) -> tuple[list[str | None], People | None]:
    """One speaker (or None) per span, and the people the text names (None when it holds no
    span); ``marked`` are all the spans between marks (``spans`` and the scare quotes and
    titles left out), whose names are no antecedents."""
    if not spans:
        return [], None
    att = Attributor(text, spans, paras, marked)
    speakers = att.speakers()  # then "Dorp: ‘…’" … "‘…’, zegt X.", "Il sindaco: «…»" …
    document_speakers(text, spans, speakers)  # "“…,” the report states": its author
    headline_speakers(text, spans, speakers, att.people, att._introduced())
    echoed_speakers(text, spans, speakers, att.people)  # … in other words: "Il dg: «…»"
    dropped_statements(text, spans, speakers, att.people)  # "X … En un comunicado, asegura «…»"
    german_statements(text, spans, speakers, att.people)  # "X … In einer Mitteilung hieß es „…“"
    protagonist_speakers(text, spans, paras, att.people, speakers)  # a portrait's subject
    unclosed_speakers(text, spans, paras, speakers)  # “A. ¶ “B,” she said.: A is hers too
    # "l'association Loup Vivant": "Loup Vivant"; "detrás de la vitrina", a month: no one
    # ("unter dem Spitznamen „die Krake“", "the nickname “the Metronome”": a name, no one's)
    return [
        None if nickname(text, span) else no_one(bare_group(sp), text)
        for span, sp in zip(spans, speakers, strict=True)
    ], att.people


def _outside_incises(span: Span, found: list[Incise]) -> list[tuple[int, int]]:
    """The stretches of a quotation's marks that hold words said: an attribution inside them
    (« A, explique le maire, Paul X. B ») names people like the text around it."""
    if not found:
        return [(span.open_at, span.close_end)]
    out, start = [], span.open_at
    for inc in found:
        out.append((start, inc.cut))
        start = inc.resume
    out.append((start, span.close_end))
    return out
