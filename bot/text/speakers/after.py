"""The attribution clause after a quotation's closing mark (private to ``attribution.py``).

``,” said X`` / ``,” X said`` / ``», a-t-il ajouté`` / ``», s'est réjoui X`` /
``„…“, so X`` / ``», ha aggiunto.`` (no subject: the speaker goes on) / ``,” Osei
started`` (any verb after a comma inside the marks).
"""

from __future__ import annotations

import bisect
import re

from bot.text.speakers import after_words as aw
from bot.text.speakers import names as nm
from bot.text.speakers.after_verb import AfterVerbRules
from bot.text.speakers.impersonal import by_agent, document_issuer_at, impersonal_body
from bot.text.speakers.inverted import DASHES, InvertedRules
from bot.text.speakers.later_verb import THUS, LaterVerbRules
from bot.text.speakers.limited import limited_at, object_not_subject
from bot.text.speakers.marks import Span, closes_on_comma
from bot.text.speakers.paragraphs import ParagraphRules
from bot.text.speakers.reading import language, romance_text
from bot.text.speakers.resumptive import PointerRules, words_of
from bot.text.speakers.shapes import Token


class AfterRules(AfterVerbRules, LaterVerbRules, InvertedRules, ParagraphRules, PointerRules):
    """The rules reading the clause after a quotation (mixed into ``Attributor``)."""

    def _sentence_end(self, pos: int, ceil: int) -> int:
        raise NotImplementedError  # provided by ``Attributor``

    def _run_in_after_tagged(self, span: Span) -> bool:
        """True when quotation ``span`` may go on with the speaker before it although a tag
        'X said,' follows it right before the next quotation's mark (English captions run into
        the text: "'A,' he added. <caption> 'B.' X said, 'C'"): B closes on a full stop (not on
        '?' or '!', which a tag after it answers: '"Who pays?" Nina Shah asked, "and when?"'),
        does not open its paragraph (there 'B.' X said, 'C' is X's throughout) and follows,
        in its paragraph, a quotation closing on a comma before its own tag ('A,' he added)."""
        text = self.text
        if text[span.start : span.end].rstrip(" '’‘")[-1:] not in (".", "…"):
            return False
        _, ps, _ = self._para_of(span.open_at)
        if not text[ps : span.open_at].strip():
            return False
        k = bisect.bisect_left(self.span_opens, span.open_at)
        if k == 0 or self.spans[k - 1].open_at < ps or self.spans[k - 1].open_at >= span.open_at:
            return False
        return closes_on_comma(text, self.spans[k - 1])

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
        if _new_clause(text, start, toks, i):
            return None, False  # "… como «…», y el alcalde, X, anunció …": another's clause
        if any(d in text[start : toks[i][1]] for d in DASHES) and toks[i][0][:1].isupper():
            np = self._np_after(toks, i)  # a byline: “…” ― Mara Quint
            if np is not None:
                return np, True
        gap = text[start : toks[i][1]].strip()
        comma = gap == "," or (not gap and text[span.end - 1 : span.end] == ",")
        if comma and language() == "english":
            quoted = _QUOTED_AS_RE.match(text, toks[i][1], end)
            if quoted is not None and quoted.group(1).split()[0].lower() in _NOT_IN_QUOTED_SUBJECT:
                return None, False  # ',” but Ian X was quoted as saying …': another clause
            if quoted is not None and _quoted_subject(quoted.group(1)):
                # ',” he is quoted as saying by a magazine'
                return (quoted.start(1), quoted.end(1)), True
        if gap == "," and (at := words_of(text, toks[i][1], end)) is not None:
            # "«…», fueron las palabras de la concejala X", "« … », ont été les mots de X"
            got = self._np_at(toks, at)
            rest = text[at:end].rstrip(" .;")
            if got is None and 0 < len(rest.split()) <= 8:
                got = (at, at + len(rest))  # "…, fue la reacción de la mayoría de los vecinos"
            if got is not None:
                return got, True
        ended = text[span.start : span.end].rstrip()[-1:] in (".", "!", "?", "…")
        if (gap in (".", "!", "?") or (not gap and ended)) and self._opens_sentence(span):
            # "«…». Lo ha detto l'assessora X.", "« … » C'est ce qu'a déclaré X.": the next
            # sentence points back at the quotation and names its speaker
            got = self._resumptive(toks, i, end)
            if got is not None:
                return got, True
        if any(c in text[start : toks[i][1]] for c in ".!?;") and toks[i][0].lower() not in THUS:
            # (but "«…». Così il direttore X ha annunciato" reports the quotation before it)
            return None, False  # “…”. Portugal stays away: a new sentence, no attribution
        # the quotation ends its own sentence (“… at all?” / “… a joke.”): what follows is a new
        # sentence, an attribution only in its short forms
        done = text[span.start : span.end].rstrip(" '’‘")[-1:] in (".", "!", "?", "…")
        if done and toks[-1][0] == ":":
            return None, False  # “… a joke.” The cashier answers: “…”: it opens the next one
        if (
            done
            and toks[-1][0] == ","
            and end == next_open
            and language() == "english"
            and self._run_in_after_tagged(span)
        ):
            # 'A.' The club's chairman, Ivo Brandt, said, 'B': a tag with a comma right before
            # the next quotation's mark opens that one (captions may stand between A and it)
            return None, False
        if (
            done
            and end == next_open < pe
            and language() in ("german", "dutch")
            # (but "»A?«, wollte die Richterin wissen. »B«": a full stop before the next one)
            and text[start:next_open].rstrip()[-1:] not in (".", "!", "?")
        ):
            # „A.“ Auch ihr Bruder sprach von einer „B“: a sentence that runs into the next
            # quotation is its own, not an attribution of this one
            return None, False
        while (
            i < len(toks)
            and toks[i][0].lower() in nm.ADVERBS
            and toks[i][0].lower() not in ("and", "but")
        ):
            i += 1
        if i >= len(toks):
            return None, False
        if (
            toks[i][0] in ("zo", "so")
            and language() in ("dutch", "german")
            and text[start : toks[i][1]].strip() == ","
            and i + 2 < len(toks)
            and self._verb_at(toks, i + 1)
        ):
            i += 1  # "‘…’, zo stelt X", "„…“, so sagt X": "thus", then the verb and its subject
        if (v := limited_at([t[0] for t in toks], i)) >= 0:  # "«…», limitou-se a dizer."
            if v + 1 == len(toks) or toks[v + 1][0] in (".", "!", "?"):
                return (toks[i][1], toks[v][2]), True
            np = self._np_after(toks, v + 1)
            if np is not None and object_not_subject(toks[v][0], text[np[0] : np[1]].split()):
                # "«…», se limitó a repetir la fórmula habitual": the verb's object, the
                # subject left out
                return (toks[i][1], toks[v][2]), True
            if np is not None:
                return np, self._short_tail(toks, np[1])
            i = v
        if (body := impersonal_body(text, toks, i)) is not None:
            return body, True  # «…», si legge in una nota del Comune di X.
        if (
            toks[i][0].lower() in aw.REFLEXIVE
            and i + 1 < len(toks)
            and (
                self._verb_at(toks, i + 1)
                or toks[i + 1][0].lower() in nm.AUXILIARIES
                or aw.INVERTED_RE.match(toks[i + 1][0])  # », se souvient-elle
            )
        ):
            i += 1  # », s'est réjoui X / ", se pregunta X / », si chiede X: a reflexive verb
        elif text[start : toks[i][1]].strip() == "," and i + 2 < len(toks):
            # "», gli ha chiesto un cronista", "», lui a répondu X", "», m'a expliqué X": the
            # one spoken to before the verb (not "lui", him, as the speaker), or "it" after a
            # quotation opening its sentence ("«…», lo ricorda X"); its subject after
            word = toks[i][0].lower().replace("’", "'")
            pointer = word == "lo" and language() in ("spanish", "italian")
            pointer = pointer and self._opens_sentence(span)
            # (the one spoken to also stands before a French inverted auxiliary and its
            # pronoun: "», nous a-t-elle expliqué", "», lui a-t-il répondu": the pronoun
            # speaks, not "nous a-t-elle"; "», leur a-t-on répondu": no one, not "leur a-t-on")
            listener = (pointer or word in aw.LISTENER_CLITICS.get(language() or "", ())) and (
                self._verb_at(toks, i + 1)
                or toks[i + 1][0] in nm.AUXILIARIES
                or bool(aw.INVERTED_RE.match(toks[i + 1][0]))
                or bool(aw.INVERTED_ON_RE.match(toks[i + 1][0]))
            )
            if listener or (word in aw.ELIDED_LISTENER_AUX and self._verb_at(toks, i + 1)):
                i += 1
        if (
            toks[i][0].lower() in nm.ACCORDING
            and text[start : toks[i][1]].strip() == ","
            and language() in ("french", "portuguese")
        ):
            # "« … », selon la directrice, Ana X." / "«…», segundo o autarca": who said it
            np = self._role_appositive(toks, i + 1) or self._np_after(toks, i + 1)
            if np is not None:
                return np, True
        if (at := document_issuer_at(text, start, end)) is not None:
            k = next((k for k, t in enumerate(toks) if t[1] >= at), len(toks))
            issuer = self._np_after(toks, k) if k < len(toks) else None
            if issuer is not None and toks[k][0].islower() and by_agent(text, at):
                issuer = None  # "divulgado pelo clube ao início …": a noun, left to the rules
            if issuer is not None:
                return issuer, True  # "« … », peut-on lire dans un communiqué de la préfecture"
        inverted = aw.INVERTED_RE.match(toks[i][0])
        if inverted:  # », dit-elle / », a-t-il ajouté: the pronoun
            return (toks[i][2] - len(inverted.group(1)), toks[i][2]), True
        if (
            toks[i][0].lower() in nm.AUXILIARIES | aw.PAST_AUX
            and i + 1 < len(toks)
            and self._verb_at(toks, i + 1)
        ):
            i += 1  # », a déclaré Emmanuel Macron
        elif toks[i][0].lower() in nm.AUXILIARIES and i + 2 < len(toks):
            # », a immédiatement annoncé X / », ha poi aggiunto X: an adverb after the auxiliary
            low = toks[i + 1][0].lower()
            adverb = low in nm.ADVERBS or low.endswith(("ment", "mente"))
            if adverb and low.isalpha() and self._verb_at(toks, i + 2):
                i += 2
        n = self._verb_at(toks, i)
        got = self._after_verb(span, toks, i, n) if n else None
        if got is not None:
            return got
        if (
            toks[i][0] == "so"
            and text[span.close_end : span.close_end + 1] == ","
            and i + 1 < len(toks)
            and (
                toks[i + 1][0][:1].isupper()
                # „…“, so der Sozialdemokrat.: an epithet
                or (toks[i + 1][0] in ("der", "die") and i + 2 < len(toks))
            )
        ):
            return self._np_after(toks, i + 1), True  # „…“, so Anke Vogel.
        for k in range(min(len(toks), 12) - 2):
            if toks[k][0].lower() == "according" and toks[k + 1][0].lower() == "to":
                if any(self._verb_at(toks, m) for m in range(i, k)):
                    break  # ,” he said, according to the Ledger: the outlet only reports it
                return self._np_after(toks, k + 2), True
        got = self._phrase_then_verb(toks, i, span, done)
        if got is not None:
            return got  # ,” Robert J. Keane, director of …, said
        if text[span.start : span.end].endswith((",", "!", "?")):
            return self._unknown_verb(toks, i), False  # ,” Osei started / !” beamed Ray Ansari
        if (
            text[span.close_end : span.close_end + 1] == ","
            and i + 1 < len(toks)
            and toks[i][0].isalpha()
            and toks[i][0].islower()
            and toks[i][0] not in nm.STOPWORDS | nm.FOREIGN_STOPS | nm.NOUN_ARTICLES
            and toks[i][0] not in aw.CONJUNCTIONS  # "‘…’, maar de coalitie hield vol": a clause
            and (toks[i + 1][0][:1].isupper() or toks[i + 1][0] in ("de", "het", "der", "die"))
        ):
            # „…“, gibt Energieexpertin X Y zu bedenken / ‘…’, gaf de renner van Visma toe: the
            # comma after the closing mark (German, Dutch) and any verb before the speaker
            return self._np_after(toks, i + 1), False
        return None, False

    @staticmethod
    def _short_tail(toks: list[Token], pos: int) -> bool:
        return sum(1 for t in toks if t[1] >= pos and t[0][0].isalnum()) <= 8


# Romance "and" and the article of a new subject after a comma: a clause of its own
_AND = frozenset("y e ed et".split())
_NEW_SUBJECT = frozenset("el la los las il lo gli le les o a os as".split())


# an English passive tag after a quotation's comma: ',” he is quoted as saying', ',” Ivo
# Brandt was quoted as telling a magazine' (the subject: at most five words, no verb)
_QUOTED_AS_RE = re.compile(
    r"((?:[\w.'’-]+ ){0,4}?[\w.'’-]+) (?:is|was|has been|had been|are|were)(?: also)? quoted"
    r" (?:as )?(?:saying|telling)\b"
)


# words that end a subject before "was quoted as saying": a relative or a conjunction opens
# another clause (',” said Ruth X who was quoted as …', ',” although his deputy was quoted …')
_NOT_IN_QUOTED_SUBJECT = frozenset(
    "who whom whose which that but and or although though while whereas as because since when "
    "yet so".split()
)


def _quoted_subject(phrase: str) -> bool:
    """True when ``phrase``, the words before "is/was quoted as saying", can be its subject
    alone: no speech verb ("said Ruth X who"), relative or conjunction among them."""
    for word in phrase.split():
        low = word.lower()
        if low in _NOT_IN_QUOTED_SUBJECT or (word.islower() and nm.bare(word) in nm.SPEECH_VERBS):
            return False
    return True


def _new_clause(text: str, start: int, toks: list[Token], i: int) -> bool:
    """True in Romance text when a comma, "and" and an article follow the closing mark: "La
    Consejería la recordó como «…», y el alcalde, X, anunció …" -- the clause after is another
    subject's, who does not speak the quotation before it."""
    return (
        romance_text()
        and text[start : toks[i][1]].strip() == ","
        and toks[i][0] in _AND
        and i + 1 < len(toks)
        and toks[i + 1][0].lower() in _NEW_SUBJECT
    )
