"""The question-and-answer interview (private to ``attribution.py``).

An interview prints the interviewer's questions as plain paragraphs ending in "?" and each
answer as a paragraph that is only quotation:

    Seit 25 Jahren arbeitet Marlies Grabowski als Pflegerin. …
    Wie geht es Ihnen nach einer Nachtschicht?
    „Erschöpft. …“
    Würden Sie den Beruf wieder wählen?
    „Ja“, sagt Grabowski. „…“

Every answer is the interviewee's: the one answer that names its speaker names them all, else
the one person the introduction names in full does. The quotation heading such an article
(„Die Pflege steht kurz vor dem Kollaps“) is theirs too.
"""

from __future__ import annotations

import re

from bot.text.speakers.marks import Span
from bot.text.speakers.people import People

# a paragraph opening on its speaker's label: "Frage: …", "Moser: …", "SPIEGEL: …"
_LABEL_RE = re.compile(r"([^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’-]*)?):[^\S\n]")
# labels of the interviewer's questions
_QUESTION_LABELS = frozenset("frage vraag f v interviewer question pregunta domanda".split())
# a first-person speech verb before the colon that opens a quotation in an answer: "Da sage
# ich immer: „…“", "Dan zeg ik: ‘…’"
_I_SAY = r"(?:sage|sagte|antworte|antwortete|frage|fragte|zeg|zei|antwoord|antwoordde|vraag|vroeg)"
_FIRST_PERSON_RE = re.compile(
    rf"(?:\b(?:ich|ik)\s+(?:\w+\s+)?{_I_SAY}|\b{_I_SAY}\s+(?:ich|ik)"
    r"|\b(?:ich|ik)\b[^.!?:]{0,40}\b(?:gesagt|gezegd))\b[^.!?:]*:\s*$",
    re.IGNORECASE,
)
# how a question addresses the interviewee: "Frau Wolter, …?", "Mevrouw Koning, …?"
# the label before an answer in a printed interview: "A: “…”", "R. «…»"
ANSWER_RE = re.compile(r"(?:A|R|Answer|Antwort|Antwoord|Réponse|Respuesta|Risposta|Resposta)[:.] ?")
# a topic prompt an English interview prints instead of a question: "On the new album:"
_PROMPT_RE = re.compile(r"On [^\n]{2,150}:")
# a pronoun an answer names its speaker by ("…,” she says.": the interviewee)
_ANSWER_PRONOUNS = frozenset("he she er sie hij zij ze il elle él ella lui lei ele ela".split())
# the writer putting the questions to the interviewee: "We asked …", "Trois questions à …"
_ASKED_RE = re.compile(
    r"\b(?:we|I)\s+(?:asked|spoke\s+(?:to|with)|talked\s+(?:to|with)|caught\s+up\s+with"
    r"|sat\s+down\s+with|put\s+(?:\w+\s+){0,2}questions?\s+to)\b"
    r"|\b(?:questions?|fragen|vragen|preguntas|domande|perguntas)\s+(?:à|to|for|an|aan|a|per)\b",
    re.IGNORECASE,
)
_ARTICLES = frozenset(
    "the a an de het een der die das ein eine le la les un une el los las il lo".split()
)
_ADDRESS = "Frau|Herr|Mevrouw|Meneer|Madame|Monsieur|Señora|Señor|Signora|Signor|Senhora|Senhor"

# the words before an interviewer's name in a credit line ("Propos recueillis par X.",
# "Interview by X"): the one asking, no interviewee
_BY = [[w] for w in "par by por von door da di".split()]


class InterviewRules:
    """Speakers of interview answers; mixed into ``Attributor``."""

    text: str
    spans: list[Span]
    paras: list[tuple[int, int]]
    people: People

    def _own(self, idx: int) -> tuple[int, int] | None:  # provided by ``Attributor``
        raise NotImplementedError

    def _only_quotation(self, idx: int) -> bool:
        """True when quotation idx opens its paragraph and its paragraph is only quotation."""
        span = self.spans[idx]
        ps, pe = self.paras[span.paragraph]
        label = ANSWER_RE.match(self.text, ps)
        if span.open_at != ps and (label is None or label.end() != span.open_at):
            return False  # (an answer may carry its label: "A: “Never. …”")
        last = max((s.close_end for s in self.spans if s.paragraph == span.paragraph), default=pe)
        tail = self.text[last:pe]
        return len(tail) < 80  # „…“, sagt Grabowski und lächelt. „…“ is still an answer

    def _question(self, para: int) -> bool:
        """True for a paragraph with no quotation that ends in a question mark, or that is an
        English topic prompt ("On retirement:")."""
        ps, pe = self.paras[para]
        body = self.text[ps:pe].rstrip()
        return (
            (body.endswith("?") or _PROMPT_RE.fullmatch(body) is not None)
            and len(body) < 400
            and not any(s.paragraph == para for s in self.spans)
        )

    def _names_someone(self, para: int) -> bool:
        """True when paragraph ``para`` names a person ("On Teddy Marsh:")."""
        ps, pe = self.paras[para]
        return bool(self.people.mentions_between(ps, pe))

    def _introduced_before(self, question: int) -> str | None:
        """The one person named in full in the paragraph right before an interview's first
        question ``question``, as a subject or with a gender, not after "by" ("Fiddler Jodie
        Carrow, 31, has played there for nine years. We caught up with her between sets."): the one the
        questions are put to, rather than the last person quoted before; else None (and when
        that paragraph quotes anyone)."""
        if (
            question < 1
            or any(s.paragraph == question - 1 for s in self.spans)
            or self.people.is_headline(question - 1)
        ):
            # (a paragraph quoting someone is a side voice; a byline names no one)
            return None
        ps, pe = self.paras[question - 1]
        named = {
            m.name
            for m in self.people.mentions_between(ps, pe)
            if (m.subject or m.gender)
            and " " in m.name
            and self.text[max(ps, m.pos - 8) : m.pos].split()[-1:] not in _BY
        }
        return named.pop() if len(named) == 1 else None

    def _interviewee_cued(self, found: list, first_q: int) -> list:
        """The person the writer says they put the questions to, just before them: "We asked
        the new manager, Marcus Pryce, 41, about his plans.", "Trois questions à… ¶ Élodie
        X, auxiliaire …" (the first person named after that cue, in the two paragraphs before
        the first question); not the interviewer of "Mit ihr sprach Daniel Hecht." """
        lo = self.paras[max(0, first_q - 2)][0]
        cues = list(_ASKED_RE.finditer(self.text, lo, self.paras[first_q][0]))
        if not cues:
            return []
        cue = cues[-1]
        return [m for m in found if cue.end() <= m.pos < self.paras[first_q][0]][:1]

    def interview(self, raws: list) -> None:
        """Give the unattributed answers of an interview their speaker, in place."""
        answers = [
            idx
            for idx, span in enumerate(self.spans)
            if span.paragraph > 0
            and self._question(span.paragraph - 1)
            and self._only_quotation(idx)
            and (idx == 0 or self.spans[idx - 1].paragraph != span.paragraph)
        ]
        if len(answers) < 2:
            return
        first_q = self.spans[answers[0]].paragraph - 1
        # the heading quotation before the introduction
        heads = [
            idx
            for idx, span in enumerate(self.spans)
            if span.paragraph < first_q and span.paragraph <= 1 and self._only_quotation(idx)
        ]
        members = []
        for idx in answers:
            members.append(idx)
            k = idx + 1  # the further pieces of the same answer
            while k < len(self.spans) and self.spans[k].paragraph == self.spans[idx].paragraph:
                members.append(k)
                k += 1
        own = {idx for idx in heads + members if self._own(idx) is not None}
        # (an answer a pronoun attributes, "…,” she says.", is the interviewee's like the rest:
        # the person a question or prompt names is who they talk about, "On Teddy Marsh:")
        # (only after a question naming someone: a couple's answers, "…,” she says." and
        # "…,” he says.", stay each one's)
        own -= {
            idx
            for idx in answers
            if (raws[idx].phrase or "").lower() in _ANSWER_PRONOUNS
            and raws[idx].pos > self.spans[idx].open_at
            and self._names_someone(self.spans[idx].paragraph - 1)
        }
        for idx in heads + members:  # what the rules beyond the quotation gave is replaced
            if idx not in own:
                raws[idx] = type(raws[idx])(None, self.spans[idx].open_at)
        named = [idx for idx in answers if idx in own]
        if named:
            source = named[0]
        else:  # the one person the introduction names
            start = self.spans[heads[-1]].close_end if heads else 0
            found = [
                m
                for m in self.people.mentions
                if start <= m.pos < self.paras[first_q][0] and len(m.name.split()) >= 2
            ]
            if not found:
                return
            # the one the questions address ("Frau Wolter, …?"), else the one named first
            # (the interviewer comes after: "Mit ihr sprach Daniel Hecht.")
            questions = " ".join(
                self.text[slice(*self.paras[self.spans[i].paragraph - 1])] for i in answers
            )
            addressed = [
                m
                for m in found
                if re.search(rf"\b(?:{_ADDRESS}) {re.escape(m.name.split()[-1])}\b", questions)
            ]
            # (a person a first name, title or role gives a gender before a place: "PORTO
            # ALEGRE — … um quarto de Porto Alegre, a hidróloga X …")
            # (then the one the headline names in its own words: the article is about them,
            # "Hortensia Llamas apaga el micrófono …" over a caller and a producer the
            # introduction names too; not a place inside the headline's quotation)
            head = self.text[slice(*self.paras[0])] if first_q > 0 else ""
            for span in self.spans:
                if span.paragraph == 0:
                    cut = slice(span.open_at - self.paras[0][0], span.close_end - self.paras[0][0])
                    head = head[: cut.start] + " " * (cut.stop - cut.start) + head[cut.stop :]
            # (the headline's subject: opening it or one of its sentences, not a possessive,
            # "Festival X ends. Livia Y: «…»"; not "Why Tom Hardy's new film matters", "Lo que
            # Messi nunca contó", about someone the interviewee talks of; a person first)
            titled = sorted(
                (
                    f
                    for f in found
                    if f.name.split()[0].lower() not in _ARTICLES  # not "De Nederlandse …"
                    and re.search(
                        rf"(?:^|[.:!?—–-]\s)\W*(?:{re.escape(f.name)}|{re.escape(f.name.split()[-1])})"
                        r"\b(?!['’]s)",
                        head.strip(),
                    )
                ),
                key=lambda f: f.gender is None,
            )
            m = (addressed or self._interviewee_cued(found, first_q) or titled)[:1]
            # (else the one the paragraph before the first question introduces: "Fiddler Jodie
            # X, 31, has played there for years. We caught up with her.", not the official
            # quoted before them)
            intro = self._introduced_before(first_q)
            m = m or [f for f in found if f.name == intro][-1:]
            m = (m or [f for f in found if f.gender] or found)[0]
            source = answers[0]
            raws[source] = type(raws[source])(m.name, m.pos)
        for idx in heads + members:
            raw = raws[idx]
            if idx != source and raw.phrase is None and raw.inherited is None:
                raw.inherited = source

    def labelled(self, raws: list) -> None:
        """The interview printed as labelled paragraphs, "Frage: …" then "Moser: …": the
        quotation heading the article, and a quotation an answer opens with a first-person
        speech verb ("Da sage ich immer: „…“"), are the interviewee's, whose label is the
        surname the introduction names in full; in place."""
        labels: dict[str, list[int]] = {}
        for k, (ps, _) in enumerate(self.paras):
            m = _LABEL_RE.match(self.text, ps)
            if m is not None:
                labels.setdefault(m.group(1), []).append(k)
        repeated = [label for label, ks in labels.items() if len(ks) >= 2]
        asked = [label for label in repeated if label.lower().rstrip(".") in _QUESTION_LABELS]
        answering = [
            label for label in repeated if label not in asked and not label.isupper()
        ]  # (a paper's name in capitals asks: "SPIEGEL: …")
        if len(answering) != 1 or len(repeated) != 2:
            return
        paras = labels[answering[0]]
        first = self.paras[paras[0]][0]
        found = self.people.name_in(answering[0], first)
        if found is None or not found[1] or " " not in found[0]:
            return
        name, answers = found[0], set(paras)
        for idx, span in enumerate(self.spans):
            raw = raws[idx]
            if span.paragraph == 0 < paras[0] and self._own(idx) is None:
                # the headline's quotation (what the rules beyond it gave is replaced)
                raws[idx] = type(raw)(name, first)
            elif span.paragraph in answers:
                ps = self.paras[span.paragraph][0]
                before = self.text[max(ps, span.open_at - 120) : span.open_at]
                if _FIRST_PERSON_RE.search(before.split(".")[-1]):
                    raws[idx] = type(raw)(name, first)


# an English court or hearing exchange: a witness questioned by counsel named before it
