"""The speaker phrase after a quotation that a later verb closes (private to ``after.py``): ``,”
Robert J. Keane, director of …, said``, ``,” the family's lawyer, Rita Vance, said``,
``“…” Ohio, he said, was next`` (a parenthetical "he said" inside the next sentence), ``”, and
against the levy, Ana Lind said`` (the rest of the sentence, then the subject right before the
verb), or, after “…,” or “…!”, any verb (``,” Osei started``), but not a credit line (``Ana Lind
contributed to this report``). ``AfterRules`` builds on ``LaterVerbRules``.
"""

from __future__ import annotations

import bisect
import re

from bot.text.lexicon import load
from bot.text.speakers import names as nm
from bot.text.speakers.marks import Span
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import DETERMINERS, PREPOSITIONS, Token, verbish

_OBJECT_PRONOUNS = load("object_pronouns_en")
# a news story's credit line after its last quotation: "Ana Lind contributed to this report",
# "… contributed reporting" -- the one who helped write it, no speaker
_CREDIT_RE = re.compile(r"contributed (?:to this (?:report|story|article)|reporting)\b")
THUS = frozenset("così ainsi así assim".split())
LEADING_JUNK = frozenset("and but as so then yet or while".split()) | THUS
# the Spanish and Italian "of" that goes on with a quoted noun phrase: "«…» di una riforma"
_ROMANCE_OF = frozenset("di del della dello dei degli delle de".split())
# "and" before a sentence's second verb (Romance)
_SECOND_VERB_AND = frozenset("e y".split())
# the Spanish and Italian auxiliaries of a passive ("”, è stato segnalato dalla commissione",
# "», fue señalado por el jurado"): the quoted words (a title) are its subject, no speaker
_PASSIVE_AUX = frozenset(
    "è e' fu furono era erano sono viene vengono stato stata stati state"
    " fue fueron es son era eran ha han sido".split()
)


class LaterVerbRules:
    """Reads the words after a quotation up to the first speech verb in them."""

    text: str
    spans: list[Span]
    span_opens: list[int]  # the spans' opening marks, sorted

    def _phrase_then_verb(
        self, toks: list[Token], i: int, span: Span, done: bool
    ) -> tuple[tuple[int, int] | None, bool] | None:
        """(speaker phrase, whether the clause is only attribution) for the words after a
        quotation from token ``i`` to the first speech verb within 40 tokens; None when no
        verb comes."""
        text = self.text
        for v in range(i + 1, min(len(toks), i + 40)):
            n = self._verb_at(toks, v)
            if not n:
                continue
            if done and _bids_to(toks, v + n) and self._goes_on(span):
                # “…,” Vance snapped. “… again.” The chairman told her not to interrupt.: a new
                # sentence reporting an order or a request to someone, not who said the
                # quotation before it, which goes on with a quotation just before it (but with
                # none before: "¶ “Go home.” Judge Ann Hill told him to pay costs." is Hill's)
                return None, False
            if toks[v - 1][0].lower() == "to" or any(t[0] == ";" for t in toks[i:v]):
                # (a semicolon closes the quotation's clause: "un « … » envers un supérieur ;
                # ses collègues parlent d'une sanction" is no one's attribution)
                return None, False
            if _headline_clause(text, span) and not all(
                t[0][:1].isupper() or t[0] in (".", "-") for t in toks[i:v]
            ):
                # "‘We have been forgotten’: Flood victims in Tarnby demand answers": a
                # headline's clause after the colon names its speaker only as a name right
                # before the verb ("‘…’: Ana Lind says"), never as a clause of its own
                return None, False
            if (
                v - 2 > i
                and toks[v - 2][0] == ","
                and toks[v - 1][0].lower() in nm.PRONOUNS
                and toks[v - 1][0].lower() not in ("who", "which", "that")  # ", who asked"
            ):
                # a parenthetical "he said" inside the next sentence: “…” Ohio, he said, was
                # next: the pronoun is the subject, not the words before its comma
                return (toks[v - 1][1], toks[v - 1][2]), False
            # ,” Robert J. Keane, director of ..., said: the first comma-separated chunk
            k = i
            while k < v and toks[k][0] != ",":
                k += 1
            while k > i and (
                toks[k - 1][0].lower() in nm.ADVERBS or toks[k - 1][0].lower() in nm.AUXILIARIES
            ):
                k -= 1  # ", Ana Lind later said" / "Così il direttore X ha annunciato"
            if k == i or sum(t[0][0].isalnum() for t in toks[i:k]) > 10:
                return None, False
            if k > i + 1 and toks[k - 1][0].lower() in _SECOND_VERB_AND and _esit():
                # "X ha espresso «…» di una riforma e ha chiesto …": "and" before the verb, a
                # second verb of the sentence whose subject came before the quotation
                return None, False
            if (
                k > i + 1
                and toks[k - 1][0].lower() in ("e", "et")
                and language() in ("portuguese", "french")
                and text[span.start : span.start + 1].islower()
                and text[span.close_end : toks[i][1]].strip() == ""
            ):
                # "O clube lamenta «mais um erro» contra a equipa e anuncia …", "Le club
                # dénonce « une erreur » contre l'équipe et annonce …": a phrase inside the
                # sentence, then "and" and its second verb, whose subject came before
                return None, False
            if (
                language() in ("spanish", "italian")
                and all(t[0].lower() in _PASSIVE_AUX for t in toks[i:v])
                and any(t[0].lower() not in ("ha", "han") for t in toks[i:v])
            ):
                # "«…», è stato segnalato da …": a passive, the quoted words its subject
                return None, False
            if (
                done
                and language() in ("german", "dutch")
                and any(t[0] in ("dat", "dass") for t in toks[v + n : v + n + 6])
            ):
                # "„…“ Direktorin X sagte am Montag, dass …", "‘…’ Directeur Y liet weten dat
                # …": a new sentence reporting other words, not the quotation before it
                return None, False
            if (
                done
                and k < v
                and not all(t[0][:1].isupper() or t[0] == "." for t in toks[i:k])
                # (but a Romance sentence reporting the quotation may open on a preposition
                # or "thus": "« … » Devant la cour, mardi, X a répété", "«…». Così X ha detto")
                and toks[i][0].lower() not in nm.FOREIGN_STOPS | THUS
            ):
                return None, False  # “…?” After the vote, the families' lawyer … said
            j = i
            while j < k - 1 and toks[j][0].lower() in LEADING_JUNK:
                j += 1  # ,” and he said / ,” as she put it
            named = self._appositive_name(toks, j, k)
            if named is not None and k < v:
                # ,” the family's lawyer, Rita Vance, said: the name after the role
                return named, self._short_tail(toks, toks[v + n - 1][2])
            # the words up to the comma go on with the sentence rather than name anyone: a
            # verb phrase ("is “…” and touches every family, Garber said") or the object of a
            # quotation that is the sentence's start (“Nobody is fooled by” the plan, Ruiz
            # said)
            predicate = toks[j][0][:1].islower() and not any(
                t[0][:1].isupper() or t[0].lower() in DETERMINERS | nm.PRONOUNS for t in toks[j:k]
            )
            runs_on = (
                text[span.start : span.end][-1:].isalnum()
                and text[span.close_end : span.close_end + 1] == " "
                and toks[i][0][:1].islower()
            )
            if (
                toks[j][0].lower() in PREPOSITIONS | nm.FOREIGN_STOPS | {"that", "which"}
                or predicate
                or runs_on
            ) and k < v:
                # ”, and against the levy, Ana Lind said: the rest of the sentence, then the
                # subject right before the verb
                subj = self._subject_before(toks[k + 1 : v + n], v - k - 1)
                if subj is not None:
                    return subj, self._short_tail(toks, toks[v + n - 1][2])
                if (
                    k + 1 == v
                    and language() in ("german", "dutch")
                    # (a phrase inside the clause, not a title: "‘De laatste oogst’,
                    # verscheen, noemde een recensent het …")
                    and text[span.start : span.start + 1].islower()
                ):
                    # "… sei „…“ geplant, teilte das Landesamt für X auf Anfrage mit.": the
                    # verb right after the comma, its subject after it (verb second)
                    subj = self._np_after(toks, v + n)
                    if subj is not None:
                        return subj, self._short_tail(toks, toks[v + n - 1][2])
                if runs_on and toks[j][0] in _ROMANCE_OF and _esit():
                    # "X, che ha espresso «…» di una riforma annunciata, ha chiesto …": the
                    # quoted phrase runs on into its noun's complement, no one's name
                    return None, False
            return (toks[j][1], toks[k - 1][2]), self._short_tail(toks, toks[v + n - 1][2])
        return None

    def _goes_on(self, span: Span) -> bool:
        """True when another quotation comes before ``span`` in its paragraph or the one before
        it, one whose speaker ``span`` may go on with."""
        k = bisect.bisect_left(self.span_opens, span.open_at)
        return k > 0 and span.paragraph - self.spans[k - 1].paragraph <= 1

    def _unknown_verb(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """After ``“…,”`` any verb will do: ``,” Osei started`` / ``,” remembered Ray Ansari``."""
        w = toks[i][0]
        if w.lower() in ("he", "she", "they") and i + 1 < len(toks) and verbish(toks[i + 1][0]):
            return toks[i][1], toks[i][2]
        j = i
        while j < len(toks) and (toks[j][0][:1].isupper() or (toks[j][0] == "." and j > i)):
            j += 1
        if i < j < len(toks) and verbish(toks[j][0]) and w.lower() not in nm.STOPWORDS:
            if _CREDIT_RE.match(self.text, toks[j][1]):
                return None  # “…!” Ana Lind contributed to this report.: a credit line
            return toks[i][1], toks[j - 1][2]
        if j == i and verbish(w) and i + 1 < len(toks) and toks[i + 1][0][:1].isupper():
            return self._np_after(toks, i + 1)
        return None


def _bids_to(toks: list[Token], k: int) -> bool:
    """True when an object pronoun and an infinitive follow the verb ending at token ``k``:
    "told her not to interrupt", "asked them to leave" (English)."""
    return (
        k + 1 < len(toks)
        and toks[k][0].lower() in _OBJECT_PRONOUNS
        and (
            toks[k + 1][0] == "to"
            or (toks[k + 1][0] == "not" and k + 2 < len(toks) and toks[k + 2][0] == "to")
        )
    )


def _headline_clause(text: str, span: Span) -> bool:
    """True for a quotation in a text's first line (its headline) with a colon after it."""
    # (no copy of the text before it: the first line break, if any, ends the headline)
    return text.find("\n", 0, span.open_at) < 0 and text[span.close_end : span.close_end + 1] == ":"


def _esit() -> bool:
    return language() in ("spanish", "italian")
