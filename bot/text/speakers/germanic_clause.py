"""German and Dutch clauses around a quotation that go on past it (for ``attribution.py``, and

German and Dutch put the verb last in a subordinate clause and after its object in a main
clause, so a quotation can stand inside the clause that names its speaker after it: "Man werde
das «ohne Vorbehalte» prüfen, versprach sie." (the inverted verb after a comma), "… kritiek van
de vzw X Y, die het werk ‘…’ vond." (a relative clause a verb closes), "… dat het “…” vindt." or
"X sprak van “…” en kondigde aan …" (no speaker after the quotation: the subject before it).
Here too: whether a short German or Dutch quotation is speech at all (for ``quotes.py``): the
mood of reported speech around it, a "dass"/"dat" clause after a speech verb, a "volgens"
source, the end of a headline. And the auxiliary standing second before a participle that
closes its clause ("Der Rechnungshof hatte in einem Bericht bemängelt, …"), whose subject is
before it.
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.germanic import germanic
from bot.text.speakers.marks import Span
from bot.text.speakers.orgs_germanic import kind
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token
from bot.text.stopwords import stop_words

_VERB_LAST_RE = re.compile(r"[^\S\n]+([^\W\d_]+)[.!?]")


def verb_closes(text: str, close_end: int, after: tuple[int, int]) -> bool:
    """True when the phrase found after a German or Dutch quotation is only the verb closing
    its clause ("die het werk ‘…’ vond.", "dass er es „…“ nennt."): no speaker of its own."""
    m = _VERB_LAST_RE.match(text, close_end)
    return (
        m is not None
        and m.span(1) == after
        and m.group(1).islower()
        and language() in ("german", "dutch")
    )


# the rest of a German or Dutch clause after a quotation up to its sentence's end
_CLAUSE_REST_RE = re.compile(r"[^\S\n]+[^\W\d_][^.!?\n\"“”„«»]{0,140}[.!?]")


def later_verb(text: str, close_end: int) -> int | None:
    """Where the inverted speech verb stands that closes a German or Dutch sentence going on
    after a quotation ("«…» anschauen, versprach sie.", "„…“ an die Hand zu nehmen, teilte das
    Unternehmen mit."): after the clause's last comma, a speech verb and at most six words."""
    m = _CLAUSE_REST_RE.match(text, close_end)
    if m is None or "," not in m.group():
        return None
    at = close_end + m.group().rfind(",") + 1
    tail = text[at : m.end()].split()
    if not tail or tail[0] not in nm.SPEECH_VERBS or len(tail) > 7:
        # or the verb between two commas, the sentence going on after it: "«…» gewesen,
        # sagte sie, und auch die Zeugen …"
        inner = _ASIDE_VERB_RE.search(m.group())
        if inner is None or inner.group(1) not in nm.SPEECH_VERBS:
            return None
        at = close_end + inner.start(1)
    return at + len(text[at:]) - len(text[at:].lstrip())


# a speech verb and one to three words between two commas: ", sagte sie," / ", zei de man,"
_ASIDE_VERB_RE = re.compile(r",[^\S\n]+([^\W\d_]+)(?:[^\S\n]+[^\W\d_][\w'’.-]*){1,3},")


# a name, a comma and a relative pronoun opening the clause a quotation stands in: "kritiek van
# de vzw X Y, die het werk ‘…’ vond", "der Verband X, der die Pläne „…“ nennt"
_RELATIVE_RE = re.compile(
    r"((?:vzw\s+)?[^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*){0,4}),\s+"
    r"(?:die|der|dat|welke|welche)\s+[^,.;:!?\"“”„«»‘’]{0,80}$"
)


def relative_speaker(text: str, start: int, open_at: int) -> tuple[int, int] | None:
    """The name a German or Dutch relative clause is about, for a quotation inside it that a
    verb closes: "… kritiek van de vzw X Y, die het werk ‘…’ vond." -> "vzw X Y"."""
    m = _RELATIVE_RE.search(text, start, open_at)
    if m is not None and _abstract_noun(m.group(1)):
        # "eine Nominierung, die der Verband mit „…“ begründete": a thing, the object of the
        # clause; its subject the article and noun after the pronoun (else None)
        subject = _CLAUSE_SUBJECT_RE.match(text, m.end(1))
        return subject.span(1) if subject is not None else None
    return m.span(1) if m is not None and germanic() else None


# the relative pronoun, then an article and a noun: the clause's own subject
_CLAUSE_SUBJECT_RE = re.compile(r",\s+(?:die|das)\s+(der\s+[^\W\d_a-z][\w-]+)(?=\s+[a-zäöü])")
# endings of German abstract nouns ("Nominierung", "Entscheidung", "Möglichkeit"), never
# someone; and the bodies among them ("Regierung", "Stiftung", "Verwaltung")
_ABSTRACT_ENDS = ("ung", "heit", "keit", "tion", "tät", "nis")
_BODIES_SO = ("regierung", "verwaltung", "leitung", "führung", "bewegung", "vereinigung")


def _abstract_noun(run: str) -> bool:
    """True for one German abstract noun a relative clause is about, no body's noun."""
    low = run.lower()
    return (
        " " not in run
        and low.endswith(_ABSTRACT_ENDS)
        and not low.endswith(_BODIES_SO)
        and kind(low) is None
        and language() == "german"
    )


class GermanicClauseRules:
    """The German and Dutch clause shapes; ``Attributor`` provides the text and its phrases."""

    text: str

    def _np_after(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        raise NotImplementedError

    def _tokens(self, start: int, end: int) -> list[Token]:
        raise NotImplementedError

    def _sentence_start(self, pos: int, floor: int) -> int:
        raise NotImplementedError

    def _sentence_end(self, pos: int, ceil: int) -> int:
        raise NotImplementedError

    def _later_said(self, span: Span, next_open: int) -> tuple[int, int] | None:
        """The subject of the inverted speech verb closing the sentence a quotation stands in:
        "Man werde das «ohne Vorbehalte» prüfen, versprach sie." -> "sie"."""
        text = self.text
        later = later_verb(text, span.close_end) if germanic() else None
        if later is None or text[span.close_end : span.close_end + 1] != " ":
            return None
        return self._np_after(self._tokens(later, self._sentence_end(later, next_open)), 1)

    def _closing_verb(
        self, span: Span, after: tuple[int, int] | None
    ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """(the speaker, the phrase after the quotation still to read): for a verb closing the
        clause after it, the name a relative clause is about ("…, die het werk ‘…’ vond."), or
        no phrase after it ("dat het “…” vindt.", "“…” en kondigde aan")."""
        text = self.text
        if after is None:
            return None, None
        if verb_closes(text, span.close_end, after):
            start = self._sentence_start(span.open_at, 0)
            return relative_speaker(text, start, span.open_at), None
        if text[after[0] : after[1]] in ("en", "und") and germanic():
            return None, None
        return None, after


# German third-person forms of the first subjunctive, the mood of reported speech ("Die
# Pläne seien „veraltet“", "er habe „nie gezögert“"); forms that are also the first person
# ("habe", "werde") count only without "ich" before them; and "würden", the plural that
# stands in for "werden" (which the first subjunctive writes like the indicative): "Die
# Arbeiten würden „Monate, nicht Wochen“ dauern"
_REPORTED_MOOD = frozenset(
    "sei seien habe werde könne müsse solle wolle dürfe möge gebe gehe stehe komme liege "
    "bleibe fehle wisse brauche lasse sehe halte stimme zeige handle gelte reiche treffe "
    "laufe trage falle helfe spreche nehme führe hänge arbeite plane prüfe lebe warte denke "
    "glaube erwarte rechne sitze bestehe drohe koste suche bringe kenne finde mache "
    "bedeute würden stünde stünden gäbe".split()
)
_NEVER_INDICATIVE = frozenset("sei seien".split())
_GERMAN_STOPS = stop_words("german") | frozenset(
    "gerne immer ohne alleine".split()
)  # (after "ich" too: reported still)
_SENTENCE_BREAK_RE = re.compile(r"[.!?\n]")
_MOOD_REST_RE = re.compile(r"[^.!?\n]{0,240}")


def reported_mood(text: str, open_at: int, close_end: int) -> bool:
    """True when the German sentence a quotation stands in is in the mood of reported speech:
    a third-person subjunctive before or after it ("Der Plan sei „nicht zu halten“, sagte
    sie" -> yes; "Er nannte den Plan „nicht zu halten“" -> no). Reads at most 240 characters
    either side, to the sentence's ends."""
    if language() != "german":
        return False
    before = _SENTENCE_BREAK_RE.split(text[max(0, open_at - 240) : open_at])[-1]
    after = _MOOD_REST_RE.match(text, close_end)
    words = before.split() + ["|"] + (after.group() if after else "").split()
    for k, w in enumerate(words):
        w = w.strip(',;:»«„“”"')
        if w in _REPORTED_MOOD and (
            k == 0 or words[k - 1].lower() != "ich" or w in _NEVER_INDICATIVE
        ):
            return True
        if _man_subjunctive(words, k, w):
            return True
    return False


def _man_subjunctive(words: list[str], k: int, w: str) -> bool:
    """True for a verb in "-e" next to the impersonal "man", which the indicative writes in
    "-t": "Man begrüße „…“", "man kooperiere „…“", "Grundsätzlich begrüße man …" (the voice of
    a body's statement reported)."""
    if not (len(w) >= 5 and w.isalpha() and w.islower() and w.endswith("e")):
        return False
    if w in _GERMAN_STOPS:
        return False  # "man keine", "man diese", "man gerne"
    before = words[k - 1].lower() if k else ""
    after = words[k + 1].strip(",;:").lower() if k + 1 < len(words) else ""
    return before == "man" or after == "man"


def said_that(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True for a quotation inside a German or Dutch "dass"/"dat" clause that a speech verb
    earlier in its sentence governs: "liet weten dat ze ‘…’ wil inzetten"."""
    before = text[max(paras[span.paragraph][0], span.open_at - 200) : span.open_at]
    words = [w.strip(",").lower() for w in re.split(r"[.!?:;]\s", before)[-1].split()]
    that = max((k for k, w in enumerate(words) if w in ("dass", "dat")), default=-1)
    if that > 0 and any(w in nm.SPEECH_VERBS for w in words[:that]):
        return True
    # "De verzekeraar zegt ‘met iedereen’ te praten", "X sprach von einem „schwarzen Tag“ für
    # die Stadt", "X bezeichnete das als „Fehler“": a speech verb in the quotation's own
    # sentence before it, no "dass"/"dat" between
    return (
        that < 0
        and 2 <= len(words) <= 25
        and any(w in nm.SPEECH_VERBS or w in _LABEL_VERBS for w in words)
    )


# German verdict verbs that quote a label: "bezeichnete den Plan als „Fehler“"
_LABEL_VERBS = frozenset("bezeichnet bezeichnete bezeichneten".split())


def according_clause(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True for a quotation inside a German or Dutch sentence that cites a source with
    "volgens"/"laut": "Volgens de wethouder is het ‘een goede dag’ voor de stad."."""
    before = text[max(paras[span.paragraph][0], span.open_at - 200) : span.open_at]
    words = [w.lower() for w in re.split(r"[.!?:;]\s", before)[-1].split()]
    # (or inside it: "De sloten worden volgens hem ‘elk jaar’ geschoond")
    return "volgens" in words or "laut" in words or _view_of(words)


# German nouns of "in the view of X" after "nach": "nach Ansicht der Bürgerinitiative",
# "nach Meinung des Trainers", "nach Einschätzung von Experten"
VIEW_NOUNS_DE = frozenset("ansicht meinung auffassung einschätzung überzeugung".split())


def _view_of(words: list[str]) -> bool:
    return any(
        a == "nach" and b in VIEW_NOUNS_DE and c in ("der", "des", "von", "vom")
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


def headline_line(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True for a quotation closing a German or Dutch text's headline after a colon: a first
    paragraph of at most 200 characters, no full stop at its end."""
    if span.paragraph != 0 or language() not in ("german", "dutch"):
        return False
    start, end = paras[0]
    head = text[start:end].rstrip()
    return (
        len(head) <= 200
        and not head.endswith(".")
        and text[start : span.open_at].rstrip().endswith(":")
        and not text[span.close_end : end].strip()
    )


def person_clause(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True for a short German or Dutch quotation in lower case inside a sentence a person's
    full name opens: "Wethouder Eva Brink wil ‘zo snel mogelijk’ duidelijkheid geven",
    "Stadträtin Lea Krug zeigte sich „tief enttäuscht“" (German and Dutch news quote a few
    of someone's words inside the sentence about them; a title in marks is capitalized)."""
    inner = text[span.start : span.end]
    if language() not in ("german", "dutch") or not inner[:1].islower():
        return False
    if not 2 <= len(inner.split()) <= 8:
        return False
    before = text[max(paras[span.paragraph][0], span.open_at - 200) : span.open_at]
    words = re.split(r"[.!?:;]\s", before)[-1].split()[:5]
    return (
        any(
            nm.bare(a) in FIRST_NAMES
            and (b[:1].isupper() or b in nm.NAME_PARTICLES)  # "Eva de Gruijter"
            and nm.bare(b) not in FIRST_NAMES
            for a, b in zip(words, words[1:], strict=False)
        )
        and words[0][:1].isupper()
    )


# German and Dutch auxiliaries before a participle that closes the clause
_MARKS = frozenset("\"“”„«»‘’'")
_GERMANIC_AUX = frozenset("hat hatte haben hatten habe hätte heeft had hebben hadden".split())


def auxiliary_before(toks: list[Token], v: int) -> int | None:
    """The index of the auxiliary standing second in a German or Dutch clause whose
    participle at ``v`` closes it, with an adjunct or an object between ("hatte in einem
    Bericht bemängelt", "heeft in een brief geschreven"): no comma or quotation mark
    between; None otherwise (the auxiliary right before the verb is read by the caller)."""
    for a in range(v - 1, max(0, v - 9), -1):
        word = toks[a][0]
        if word in (",", ";", ":", "(", ")") or word in _MARKS:
            return None
        if word.lower() in _GERMANIC_AUX:
            after = toks[a + 1][0]
            if a == v - 1 or a < 1 or after.lower() in nm.PRONOUNS | _OBJECT_PRONOUNS:
                # (right before the verb; its subject after it, "hatte er"; or the one told,
                # "hat mir gestern gesagt", read by the rules after)
                return None
            if after[:1].isupper() and after.lower() not in _GERMANIC_ARTICLES:
                return None  # "In seinem letzten Wort hatte Weidlich erklärt": the subject
            return a
    return None


_OBJECT_PRONOUNS = frozenset("mir mich uns ihm ihr ihnen dir me mij ons hem haar hun jou".split())
_GERMANIC_ARTICLES = frozenset(
    "der die das den dem des ein eine einem einen einer de het een".split()
)
