"""Second readings of the speaker phrases ``attribution.Attributor`` found (private to
``attribution.py``).

Right after every quotation has its own phrase (``reread_pronouns``), a pronoun or a stray word
read as the attribution is read again: "he"/"she" for the unnamed reporter introduced earlier
("A local farmer … “…,” she said"), "Según" with its verb's subject left out ("Según explicó,
«…»": the person the sentence before is about), a German "wie sie bemerkt" aside ("sie"), a
Spanish, Italian or Portuguese "Y luego: «…»" / "E poi: «…»" (the speaker before goes on), and a German or Dutch pronoun
after someone unnamed who opens the sentence before ("Een buurman …. ‘…’, vertelt hij.").
Once every quotation has its speaker (``reread_phrases``), a phrase that stands for someone
else is read for that person: a governed noun is no one ("In einer Stellungnahme heißt es:
»…«"), a relayed quotation is the person quoted ("The agency TNA quoted Minister Ana X as
saying …"), a member named with a body is the person ("Ein hoher Beamter der Kommission"), a
suspended compound is the whole name ("die Industrie- und Handelskammer X"), and an indefinite
noun said again goes back to where it was introduced ("A senior diplomat from X, who …").
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.before_words import then_colon
from bot.text.speakers.germanic_phrase import governed_noun
from bot.text.speakers.germanic_unnamed import (
    definite_subject,
    epithet_pronoun,
    other_in_sentence,
    unnamed_inside,
    unnamed_subject,
)
from bot.text.speakers.kin import KIN_OPENING_RE, kin_gender, kin_person
from bot.text.speakers.raw import Raw
from bot.text.speakers.reading import language
from bot.text.speakers.relayed import relayed_person
from bot.text.speakers.suspended import suspended_span
from bot.text.speakers.unnamed_of import indefinite_before, member_of_body

# a German or Dutch passive with the unnamed person as what is done to: "wurde eine Frau
# festgenommen.", "werd een man aangehouden." (a reflexive is no such sign: "meldete sich
# eine Anwohnerin zu Wort" is hers)
_PASSIVE_RE = re.compile(
    r"\b(?:wurden?|werd) (?:[^\s.!?]+ ){0,3}(?:eine?|een) [^.!?]*?\b\w*ge\w+(?:t|en)[.!?]"
)


def _unnamed_before(att: Any, idx: int, raw: Raw) -> tuple[int, int, bool] | None:
    """For a German or Dutch „…“, sagte er after the quotation: someone unnamed opening
    the sentence before it in its paragraph (or the paragraph's first sentence), with no
    one named in full since, as (start, end, shown as written). Also for an age epithet after
    the quotation ("meinte der 44-Jährige") and for a pronoun before it in its own sentence
    ("Über seinen Verein ließ er ausrichten, er freue sich, »…«"); and someone new by a
    definite role noun and a relative clause ("Der Friedhofsgärtner, den ich besucht habe, …")
    whom the text introduced no one as: that phrase, shown as written."""
    span = att.spans[idx]
    pronoun = raw.phrase or ""
    after = raw.pos >= span.close_end
    aged = epithet_pronoun(pronoun) if after else None
    if len(pronoun) > 3 and aged is None:
        return None
    if aged is not None and att.people.aged(pronoun, raw.pos) is not None:
        return None  # "Thomas X, 44, …. „…“, sagt der 44-Jährige": the one given that age
    _, ps, _ = att._para_of(span.open_at)
    start = att._sentence_start(span.open_at, ps)
    if start <= ps or (not after and raw.pos < start):
        return None
    prev = att._sentence_start(start - 1, ps)
    if idx and att.spans[idx - 1].close_end > prev:
        return None  # another quotation between
    if (aged is not None or not after) and other_in_sentence(
        att.text, prev, start, aged or pronoun, pronoun if aged else ""
    ):
        # (an age epithet or a pronoun before the quotation, read like one after it, only for
        # someone unnamed whose sentence is not about another: "Ein Kollege hat ihn angelernt.
        # „…“, sagt der 44-Jährige", "Een fietser reed hem omver. Hij zei: ‘…’")
        return None
    got = unnamed_subject(att.text, prev, start, aged or pronoun)
    if got is None and after and aged is None and (kin := KIN_OPENING_RE.match(att.text, prev)):
        # "Zijn kleindochter, die hem vergezelt, vindt … ‘…’, zegt ze.": the relative the
        # sentence opens on, of the pronoun's gender, as written ("ze"/"sie": a woman)
        sex = {"er": "m", "hij": "m", "sie": "f", "zij": "f", "ze": "f"}.get(pronoun.lower())
        named = att.text[kin.end() : kin.end() + 40].split()[:1]  # ("Zijn zus Ans X")
        # (only when the pronoun cannot be the possessive's owner: "Zijn kleindochter … zegt
        # ze"; "Haar dochter … zegt ze", "Sein Sohn … sagt er" may be the parent speaking of
        # the child, or someone unnamed before: "Een moeder … Haar dochter … zegt ze")
        his = att.text[kin.start() : kin.start() + 4].lower() in ("sein", "zijn")
        if (
            sex is not None
            and kin_gender(kin.group(1)) == sex
            and sex == ("f" if his else "m")
            and not (named and named[0][:1].isupper())
        ):
            if att._people_named(kin.end(), span.open_at) == 0:
                # (the relative the text named before, else as written: "Haar vader")
                return kin.start(), kin.end(), kin_person(att.people, kin.group(1), prev) is None
    if got is None and (defined := definite_subject(att.text, prev, start, aged or pronoun)):
        # someone new by a definite role noun, not a person the text introduced with it
        # ("Bürgermeister Jan X … Der Bürgermeister sagt …": the epithet rules know him)
        if att._germanic_epithet(att.text[defined[0] : defined[1]], defined[0]) is None:
            if att._people_named(defined[1], span.open_at) > 0:
                return None
            return defined[0], defined[1], True
    if (
        got is None
        and after
        and aged is None
        and att._people_named(prev, span.open_at) == 0
        and not _PASSIVE_RE.search(att.text, prev, start)
    ):
        # "Als Zeugin hatte … eine 34-jährige Mutter ausgesagt. „…“, schilderte sie.": the one
        # person the sentence introduces unnamed, wherever it stands (no one named; not in a
        # passive sentence, where that person is done to: "Am Montag wurde eine
        # Frau festgenommen. „…“, sagte sie." is the officer's named before)
        got = unnamed_inside(att.text, prev, start, raw.phrase or "")
    if got is None or att._people_named(got[1], span.open_at) > 0:
        return None
    return got[0], got[1], False


def reread_pronouns(att: Any, out: list[Raw]) -> None:
    """Read again (in ``out``, one per quotation) a pronoun or a stray word found as the
    attribution: "he"/"she", "Según", "wie sie bemerkt", "Y luego:", a German or Dutch pronoun
    after someone unnamed."""
    spans, text = att.spans, att.text
    unnamed: dict[int, tuple[int, int]] = {}  # "“…,” she said, “…”": one "she", both pieces
    for idx, raw in enumerate(out):
        if raw.phrase in ("he", "she"):
            got = att._unnamed_reporter(idx) or unnamed.get(raw.pos)
            if got is not None:
                unnamed[raw.pos] = got
                out[idx] = Raw(text[got[0] : got[1]], got[0])
        elif raw.phrase == "Según":
            # "Según explicó, hubo que … «…»": "según" read as the attribution, its verb's
            # subject left out: the person the sentence before is about
            got = att._according_dropped(idx)
            if got is not None:
                out[idx] = Raw(text[got[0] : got[1]], got[0])
        elif (
            raw.phrase in ("Y", "E", "Ed")
            and idx
            and spans[idx - 1].paragraph == spans[idx].paragraph
            and then_colon(text, raw.pos, spans[idx].open_at)
        ):
            # "«…», dice. Y luego, más serio: «…»": the speaker before goes on
            out[idx] = Raw(None, spans[idx].open_at)
        elif raw.phrase is not None and language() in ("german", "dutch"):
            new = _unnamed_before(att, idx, raw)  # "Een buurman …. ‘…’, vertelt hij."
            if new is not None:  # (a definite role noun as written: ``definite_subject``)
                out[idx] = Raw(text[new[0] : new[1]], new[0], written=new[2])


def reread_phrases(att: Any, out: list[Raw]) -> None:
    """Read again (in ``out``) each phrase that stands for someone else: a governed noun, a
    relayed quotation's source, a body's member, a suspended compound, an indefinite noun."""
    text = att.text
    for raw in out:  # "In einer Stellungnahme heißt es: »…«": a governed noun is no one
        end = raw.pos + len(raw.phrase or "")
        if raw.phrase and text[raw.pos : end] == raw.phrase and governed_noun(text, raw.pos, end):
            if nm.bare(raw.phrase) not in att.people.registry:
                raw.phrase = None
        if raw.phrase and text[raw.pos : end] == raw.phrase:
            # "The agency TNA quoted Minister Ana X as saying …": the one it quotes
            if (named := relayed_person(text, end, raw.pos)) is not None:
                raw.phrase, raw.pos = named
            elif (opens := member_of_body(text, raw.pos, end)) is not None:
                # "Ein hoher Beamter der Kommission sprach …": the person, not the body
                raw.phrase, raw.pos = text[opens:end], opens
            elif (whole := suspended_span(text, raw.pos, end)) is not None:
                # "die Industrie- und Handelskammer X": the name from its first half
                raw.phrase, raw.pos = text[whole[0] : whole[1]], whole[0]
            elif back := (
                indefinite_before(text, att._para_of(raw.pos)[1], raw.pos, raw.phrase)
                or _short(
                    text, indefinite_before(text, _para_before(att, raw.pos), raw.pos, raw.phrase)
                )
            ):
                # "A senior diplomat from X, who …, said …. “…,” the diplomat said." (or in the
                # paragraph before: "But one guest, who …, said …" ¶ "‘…,’ the guest told us.")
                raw.phrase, raw.pos = text[back[0] : back[1]], back[0]


def _short(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span`` when it holds at most six words ("But one guest" ¶ "the guest"), else None: a
    longer description a paragraph back is left to the rules that read it there."""
    return span if span is not None and len(text[span[0] : span[1]].split()) <= 6 else None


def _para_before(att: Any, pos: int) -> int:
    """Where the paragraph before the one holding ``pos`` starts (its own, for the first)."""
    para = att._para_of(pos)[0]
    return att.paras[max(0, para - 1)][0]
