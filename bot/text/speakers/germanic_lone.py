"""A German or Dutch quotation in the first person standing alone (private to
``attribution.py``, called on the raw speaker phrases once the other rules have run).

Profiles, court reports and local news in German and Dutch let a quotation in the first person
stand as its own sentence or paragraph, with no speech verb by it:

- after sentences that name its speaker: "Bürgermeister Tobias Krain war die ganze Nacht
  unterwegs. Am Morgen stand er vor dem Rathaus. „Ich habe so etwas nie gesehen.“";
- after sentences that name an unnamed person: "Een buurman, die al veertig jaar in de straat
  woont, schudt het hoofd. ‘Ik heb dit nog nooit meegemaakt.’";
- or after a quotation of the same person and sentences naming no one: "„…“, sagt die
  Imkerin. Ihr Hof liegt am Waldrand. ¶ „Ich war 30, als ich anfing.“".

Only a first-person quotation is read this way (the words of a person, not a sign or a
slogan), and only when the sentences between it and the quotation before it name at most one
person (as the subject of a sentence, or in the quotation's own paragraph).
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.germanic_things import thing_phrase
from bot.text.speakers.germanic_unnamed import counted_people, person_noun
from bot.text.speakers.kin import KIN_OPENING_RE, kin_cut, kin_noun, kin_person
from bot.text.speakers.mentions import Mention
from bot.text.speakers.orgs_germanic import kind
from bot.text.speakers.raw import Raw
from bot.text.speakers.reading import language
from bot.text.speakers.said_subject import said_subject
from bot.text.speakers.spouses import partner_between
from bot.text.stopwords import stop_words

_FIRST_PERSON_RE = re.compile(
    r"\b(?:ich|mir|mich|mein|meine|meinen|meinem|meiner|wir|uns|unser|unsere|unseren|unserem"
    r"|ik|mij|mijn|we|wij|ons|onze)\b",
    re.IGNORECASE,
)
# a sentence opening on an unnamed person: "Ein Anwohner, der …, zuckt …", "Een vaste klant,
# …, steekt …", "Eine Frau aus Lindau, …" (the article, an adjective or none, the noun, where
# the person is from)
_SOMEONE_RE = re.compile(
    r"(?:^|(?<=[.!?…]\s))(?:Ein|Eine|Een)\s+(?:[a-zäöüë][\w-]*(?:e|er|en|es|em)\s+)?"
    r"[^\W\d_][\w-]*(?:\s+(?:aus|uit)\s+[^\W\d_a-z][\w-]*)?(?=[\s,])",
    re.MULTILINE,
)
# a Dutch unnamed person, whose noun is in lower case, and the body or place they are of: "Een
# medewerker van de lasafdeling, die …", "Een vaste klant van het café" (not "Een van de …")
_DUTCH_SOMEONE_RE = re.compile(
    r"Een\s+(?!van\b)(?:[a-zë][\w-]*\s+)?[a-zë][\w-]*\s+van\s+(?:de|het)\s+[^\W\d_][\w-]*(?=[\s,])"
)
# a sentence opening on a role noun and a speech verb: "Die Ärztin widersprach.", "De
# wethouder reageerde kort." -- someone the rules for epithets name
_ROLE_SPEAKS_RE = re.compile(
    r"(?:^|(?<=[.!?…]\s))((?:Der|Die|De|Het)\s+(?:[a-zäöüë][\w-]*\s+)?[^\W\d_][\w-]*)"
    r"\s+([a-zäöüë]+)\b",
    re.MULTILINE,
)
# a sentence opening on a first name and an age: "Lotte (15), die …", "Jens (9) knikt."
_AGED_RE = re.compile(r"(?:^|(?<=[.!?…]\s))([^\W\d_a-z][\w-]+)\s\(\d{1,3}\)(?=[\s,])", re.MULTILINE)
_FUNCTION_WORDS = stop_words("german") | stop_words("dutch")
# nouns of a share or an amount after "Ein"/"Een", no one ("Ein Teil ihrer Mitarbeiterinnen
# pendelt", "Een deel van de bewoners", "Ein Großteil der Kunden")
_SHARES = frozenset(
    "teil großteil bruchteil drittel viertel dutzend paar reihe menge handvoll deel groot"
    " aantal paar handvol".split()
)
# one of a group opening a sentence: "Een van de slachtoffers, …", "Eine der Zeuginnen, …"
_PARTITIVE_RE = re.compile(r"(?:Een van de|Eén van de|Eine der|Einer der|Einer von)\s")
# a man spoken of in the third person: "Er hat uns …", "hij", "hem"
_OF_HIM_RE = re.compile(r"\b(?:er|ihn|ihm|hij|hem)\b", re.IGNORECASE)
_PRONOUNS = frozenset("sie er ze zij hij".split())
_CAPITALIZED_RE = re.compile(r"\b[^\W\d_a-zäöüë][\w-]+")
_WORD_RE = re.compile(r"\w+")
_PARAS_BACK = 2  # how many paragraphs before its own a quotation's speaker may be named in


def _opens_sentence(rules: Any, idx: int) -> bool:
    """True when the quotation opens its sentence, capitalized."""
    text, span = rules.text, rules.spans[idx]
    _, ps, _ = rules._para_of(span.open_at)
    start = rules._sentence_start(span.open_at, ps)
    return not text[start : span.open_at].strip() and text[span.start : span.start + 1].isupper()


def _whole_sentence(rules: Any, idx: int) -> bool:
    """True when the quotation is a sentence of its own: it opens its sentence and the text
    after it ends the paragraph or opens another sentence (or quotation)."""
    text, span = rules.text, rules.spans[idx]
    _, _, pe = rules._para_of(span.open_at)
    if not _opens_sentence(rules, idx):
        return False
    inner = text[span.start : span.end].rstrip(" '’")
    if inner[-1:] not in ".!?…":
        return False
    rest = text[span.close_end : min(pe, span.close_end + 3)].lstrip(" .")
    return not rest or rest[:1].isupper() or rest[:1] in "„“‚‘»«\"'"


def _person(m: Mention, lower: set[str]) -> bool:
    """True for a mention of two words or more that reads as a person's name: a first name
    opens it, or a word the text never writes in lower case ("Harm Dijkhuizen", not "Viele
    Geschäfte" or "Andere Städte") opens a name the text knows the gender of or that is the
    subject of its sentence."""
    words = m.name.split()
    first = nm.bare(words[0])
    if len(words) == 1:
        return first in FIRST_NAMES  # "Ihre Tochter Katharina, die …"
    if nm.quantified_phrase(m.name):
        return False
    if first in FIRST_NAMES:
        return True
    return (m.gender is not None or m.subject) and first not in lower


def first_person_alone(rules: Any, out: list[Raw]) -> None:
    """Give each German or Dutch first-person quotation standing alone with no speaker yet
    the person the sentences before it name, or the speaker of the quotation before it."""
    if language() not in ("german", "dutch"):
        return
    text, spans, people = rules.text, rules.spans, rules.people
    lower: set[str] = set()  # the words the text writes in lower case (read once, when needed)
    for idx, span in enumerate(spans):
        raw = out[idx]
        if raw.phrase is not None and (
            (
                nm.quantified_phrase(raw.phrase.rsplit(". ", 1)[-1])
                and not counted_people(raw.phrase)
            )
            or thing_phrase(text, raw.pos, raw.phrase)
            or _as_noun(raw.phrase)
        ):
            # "Viel Geld gab es nicht. „…“", "erst am Freitagnachmittag von den Plänen. „…“":
            # a noun phrase a rule took for a speaker
            raw.phrase = None
        if raw.phrase is not None and (named := _named_apposition(text, raw)) is not None:
            # "sagte der Juryvorsitzende, der Literaturkritiker Bernhard X.": the name
            raw.phrase, raw.pos = named
        if raw.phrase is not None and raw.phrase.startswith("wie es "):
            # "„…“, wie es in der Begründung heißt": the impersonal "es", read as such
            raw.phrase, raw.pos = raw.phrase[4:], raw.pos + 4
        if raw.phrase is not None and (noun := kin_noun(text, raw.pos, raw.phrase)):
            # "Auch sein Bruder sprach von einer „…“": the relative of the person named last
            if kin := kin_person(people, noun, raw.pos):
                out[idx] = Raw(kin, raw.pos)
                continue
        if _introduced_after(rules, out, idx):
            raw.inherited = None  # "X begrijpt het. ‘A.’ Een andere boer is kritischer: ‘B.’"
        elif _inside_before_other(rules, out, idx):
            # "Der Verband nannte den Bau ein „Mahnmal“. Vorsitzender X sagte: „…“": the phrase
            # is the subject's of its own sentence, not the later speaker's
            got = rules._sentence_subject(idx)
            if got is not None:
                out[idx] = Raw(text[got[0] : got[1]], got[0])
                continue
            if _body_opens(rules, idx):
                raw.inherited = None  # (a body no rule here names: None)
        if (raw.inherited is not None or raw.phrase in _PRONOUNS) and (
            kin := _kin_between(rules, idx)
            or partner_between(rules, idx, raw.phrase if raw.phrase in _PRONOUNS else None)
        ):
            out[idx] = kin  # "„…“, sagte die Schülerin. Ihre Mutter nickte. „Wir …“"
            continue
        if raw.inherited is not None and (other := _subject_between(rules, out, idx)):
            out[idx] = other  # "„A“, sagte X. Trainer Y sah das ähnlich. … „B“": Y's
            continue
        if raw.phrase is not None or raw.inherited is not None:
            continue
        # (in the third person only after sentences of its own paragraph that name its
        # subject: "Wirtin Ida X winkt ab. „Das Thema ist durch.“")
        own = _FIRST_PERSON_RE.search(text, span.start, span.end) is not None
        if not _whole_sentence(rules, idx):
            continue
        if not own and not text[rules.paras[span.paragraph][0] : span.open_at].strip():
            continue
        if not lower:
            lower = {w for w in _WORD_RE.findall(text) if w.islower()} | {""}
        para = span.paragraph
        floor = rules.paras[max(0, para - _PARAS_BACK)][0]
        prev_close = spans[idx - 1].close_end if idx > 0 else 0
        lo_at = max(floor, prev_close)
        if not text[lo_at : span.open_at].strip():
            # a paragraph that is only quotation right after another one's: the same person
            # (once the rules here gave the one before its speaker)
            if idx > 0 and span.open_at == rules.paras[para][0] and para > 0:
                if spans[idx - 1].paragraph == para - 1:
                    _inherit(out, idx)
            continue
        ps = rules.paras[para][0]
        # a quotation after sentences of its own paragraph: the person they name; one opening
        # its paragraph: the person the paragraphs before it name since the quotation before
        near = max(ps, prev_close) if text[ps : span.open_at].strip() else lo_at
        # (a person: a first name or a gender shows it, not "Viele Geschäfte")
        everyone = [m for m in _mentions(people, lo_at, span.open_at) if _person(m, lower)]
        found = [m for m in everyone if m.pos >= near]
        names = {m.name for m in found}
        someone = None
        for m in _SOMEONE_RE.finditer(text, near, span.open_at):
            if (dutch := _DUTCH_SOMEONE_RE.match(text, m.start())) is not None:
                someone = (dutch.group(), m.start())  # "Een medewerker van de lasafdeling, …"
            elif m.group().split()[-1].lower() not in _FUNCTION_WORDS:  # (not "Een van de …")
                # the last unnamed person a sentence opens on (a person: not "Eine Zusage")
                noun = re.split(r"\s+(?:aus|uit)\s+", m.group())[0].split()[-1]
                if person_noun(noun) or noun.islower():
                    someone = (m.group(), m.start())
            elif len(words := m.group().split()) == 3 and words[1] not in _FUNCTION_WORDS:
                # "Een havenarbeider die …": a Dutch noun in lower case, not an adjective
                someone = (" ".join(words[:2]), m.start())
        for m in _AGED_RE.finditer(text, near, span.open_at):
            someone = (m.group(1), m.start())
        for m in KIN_OPENING_RE.finditer(text, near, span.open_at):
            named = _CAPITALIZED_RE.match(text, m.end() + 1)  # "Ihre Tochter Katharina, die …"
            if named is not None and text[m.end() : m.end() + 1] == " ":
                someone = (named.group(), named.start())
        for m in _ROLE_SPEAKS_RE.finditer(text, near, span.open_at):
            if nm.bare(m.group(2)) in nm.SPEECH_VERBS:
                someone = (m.group(1), m.start())
        if someone is not None and (
            # (no one named in a later sentence: "Ein Mann, seit Jahren bei X in Behandlung,
            # nickte." is the man's)
            not found or rules._sentence_start(found[-1].pos, ps) <= someone[1]
        ):
            phrase = someone[0]
            if phrase.startswith("E"):
                phrase = phrase[:1].lower() + phrase[1:]  # someone unnamed, shown as written
            out[idx] = Raw(phrase, someone[1])
        elif len(names) == 1:
            last = found[-1]
            sentence = rules._sentence_start(last.pos, ps)
            said = said_subject(rules, sentence, span.open_at, last.pos) if own else None
            if said is not None:
                out[idx] = Raw(*said)  # "De V. verklaarde dat … door Holtkamp. ‘Ik …’"
            elif last.subject or (own and last.pos >= ps):
                out[idx] = Raw(last.name, last.pos)
        elif (
            own
            and not everyone
            and idx > 0
            and prev_close > floor
            and _opens_sentence(rules, idx - 1)
            # (no one else named by a first name alone either: "Ihre Tochter Katharina, die …")
            and not _first_name_in(text, lo_at, span.open_at)
        ):
            # (the quotation before is someone's sentence too, not a phrase inside another's)
            _inherit(out, idx)


def _introduced_after(rules: Any, out: list[Raw], idx: int) -> bool:
    """True when a quotation shares the speaker of a later one in its paragraph whom a
    sentence after it introduces: "X Y begrijpt het besluit. ‘A.’ Een andere boer is
    kritischer: ‘B.’" (A is not the other farmer's; it is read as standing alone)."""
    src = out[idx].inherited
    spans = rules.spans
    if src is None or src <= idx or spans[src].paragraph != spans[idx].paragraph:
        return False
    pos = out[src].pos
    if out[src].phrase is None or not spans[idx].close_end <= pos < spans[src].open_at:
        return False
    return _opens_sentence(rules, idx) and (
        rules._sentence_start(pos, rules.paras[spans[idx].paragraph][0]) >= spans[idx].close_end
    )


def _inside_before_other(rules: Any, out: list[Raw], idx: int) -> bool:
    """True for a German quotation inside a sentence that opens on a subject other than a
    pronoun ("Der Verband nannte den Bau ein „Mahnmal“."), sharing the speaker of a later one
    in its paragraph whose attribution stands in a later sentence."""
    src, spans, text = out[idx].inherited, rules.spans, rules.text
    if language() != "german" or src is None or src <= idx:
        return False
    if spans[src].paragraph != spans[idx].paragraph or out[src].phrase is None:
        return False
    span, pos = spans[idx], out[src].pos
    ps = rules.paras[span.paragraph][0]
    start = rules._sentence_start(span.open_at, ps)
    first = text[start : span.open_at].split()[:1]
    if not first or not first[0][:1].isupper() or first[0].lower() in _PRONOUNS:
        return False
    return span.close_end <= pos and rules._sentence_start(pos, ps) >= span.close_end


# an apposition after a role noun giving the person's name, before the sentence or clause
# ends: ", der Literaturkritiker Bernhard X." / ", die Ärztin Ana Y,"
_APPOSED_NAME_RE = re.compile(
    r",\s+(?:der|die)\s+(?:[^\W\d_a-z][\w-]+\s+)?([^\W\d_a-z][\w-]+\s+[^\W\d_a-z][\w-]+)\s*[.,;]"
)


def _named_apposition(text: str, raw: Raw) -> tuple[str, int] | None:
    """The full name in apposition right after a German role phrase "der X"/"die X" read as a
    speaker, when a first name opens it; else None."""
    words = (raw.phrase or "").split()
    if len(words) != 2 or words[0] not in ("der", "die") or language() != "german":
        return None
    end = raw.pos + len(raw.phrase or "")
    if text[raw.pos : end] != raw.phrase:
        return None
    m = _APPOSED_NAME_RE.match(text, end)
    if m is None or nm.bare(m.group(1).split()[0]) not in FIRST_NAMES:
        return None
    return m.group(1), m.start(1)


def _as_noun(phrase: str) -> bool:
    """True for a German phrase of "Als" and one noun a rule took for a speaker: "Als
    Hauptgrund nennt die Firma …", "Als Beispiel führte sie … an" (no one)."""
    words = phrase.split()
    return len(words) == 2 and words[0] == "Als" and language() == "german"


def _body_opens(rules: Any, idx: int) -> bool:
    """True when the sentence of quotation ``idx`` opens on an article and a noun for a kind
    of body ("Der Verband der Mieter nannte …", "Die Handwerkskammer sieht …")."""
    span = rules.spans[idx]
    start = rules._sentence_start(span.open_at, rules.paras[span.paragraph][0])
    words = rules.text[start : min(span.open_at, start + 80)].split()[:2]
    return (
        len(words) == 2
        and words[0] in ("Der", "Die", "Das")
        and words[1].isalpha()
        and kind(words[1]) is not None
    )


def _subject_between(rules: Any, out: list[Raw], idx: int) -> Raw | None:
    """For a quotation opening its sentence that shares the speaker of an earlier one in its
    paragraph: the one other person a sentence between them opens on, as its subject ("„A“,
    sagte X. Trainer Y sah das ähnlich. Die Elf sei zu passiv gewesen. „B“" -> Y)."""
    text, spans, people = rules.text, rules.spans, rules.people
    span, source = spans[idx], out[idx].inherited
    if source is None or source >= idx or spans[source].paragraph != span.paragraph:
        return None
    if not _opens_sentence(rules, idx) or out[source].phrase is None:
        return None
    close = spans[idx - 1].close_end
    ps = rules.paras[span.paragraph][0]
    found = [
        m
        for m in _mentions(people, close, span.open_at)
        # (a subject, or named in apposition to one: "Een van de slachtoffers, de 80-jarige
        # X Y, was aanwezig.")
        if (m.subject or _PARTITIVE_RE.match(text, rules._sentence_start(m.pos, ps)))
        and " " in m.name
        and (m.gender is not None or nm.bare(m.name.split()[0]) in FIRST_NAMES)
        and rules._sentence_start(m.pos, ps) > close
    ]
    if not found:
        # someone unnamed opening a sentence between: "Ein Bahnsprecher bat um Verständnis."
        unnamed = [
            m
            for m in _SOMEONE_RE.finditer(text, close, span.open_at)
            if rules._sentence_start(m.start(), ps) > close
            and m.group().split()[-1].lower() not in _FUNCTION_WORDS
            and m.group().split()[1].lower() not in _SHARES
            # (a person: not "Eine Zusage auf Zeit reiche ihm nicht.")
            and person_noun(re.split(r"\s+(?:aus|uit)\s+", m.group())[0].split()[-1])
        ]
        if len(unnamed) != 1:
            return None
        phrase = unnamed[0].group()
        return Raw(phrase[:1].lower() + phrase[1:], unnamed[0].start())
    if len({m.name for m in found}) != 1:
        return None
    if _OF_HIM_RE.search(text, span.start, span.end) and found[0].gender != "f":
        return None  # "Reichelt leitete den Chor. „Er hat uns …“": words about him
    said = people.name_in(out[source].phrase, out[source].pos)
    if said is not None and said[0] == found[0].name:
        return None
    return Raw(found[0].name, found[0].pos)


def _kin_between(rules: Any, idx: int) -> Raw | None:
    """The relative a sentence opening on a possessive and a kinship noun names, between the
    quotation before (in its paragraph) and this one: "Ihre Mutter nickte. „…“"."""
    span = rules.spans[idx]
    ps = rules.paras[span.paragraph][0]
    lo_at = max(ps, rules.spans[idx - 1].close_end if idx > 0 else 0)
    last = None
    for m in KIN_OPENING_RE.finditer(rules.text, lo_at, span.open_at):
        last = m
    if last is None:
        return None
    after = rules.text[last.end() : last.end() + 40].split()
    if after and after[0][:1].isupper() and after[0].isalpha():
        return None  # "Zijn zus Ans X komt …": the relative is named, not one to find
    name = kin_person(rules.people, last.group(1), last.start())
    return Raw(name, last.start()) if name else None


def _first_name_in(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` names someone by a first name alone: a capitalized first
    name not opening a sentence, or a name after a kinship noun ("Ihre Tochter Katharina")."""
    words = list(_CAPITALIZED_RE.finditer(text, start, end))
    return any(
        (nm.bare(m.group()) in FIRST_NAMES and text[max(0, m.start() - 2) : m.start()] != ". ")
        or (
            k > 0
            and words[k - 1].end() + 1 == m.start()  # (right after it: not "Vater. Viel …")
            and kin_cut([words[k - 1].group(), m.group()]) == [m.group()]
        )
        for k, m in enumerate(words)
    )


def _mentions(people: Any, start: int, end: int) -> list[Mention]:
    """The mentions of people between ``start`` and ``end``."""
    return people.mentions_between(start, end)


def _inherit(out: list[Raw], idx: int) -> None:
    """Let quotation ``idx`` share the speaker of the one before it, if that has one."""
    prev = out[idx - 1]
    if prev.phrase is not None or prev.inherited is not None:
        out[idx].inherited = idx - 1 if prev.phrase is not None else prev.inherited
