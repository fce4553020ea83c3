"""German and Dutch attributions beyond a quotation's own clause (private to ``context.py``
and ``attribution.py``; ``rules`` is the ``Attributor``).

A German sentence in the mood of reported speech goes on with the speaker of the sentence
before ("X warnte, … Die Lage sei „…“"); a "volgens"/"laut" in the sentences before a quotation
cites its source ("Volgens haar … ‘…’"); a sentence right after a quotation may name its
speaker ("„…“ Das sagte X."); and a short sentence opening on an adjunct names its one person
after the verb ("Na afloop was coach X tevreden. ‘…’").
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.germanic import ADVERBS, germanic, germanic_verb
from bot.text.speakers.germanic_clause import reported_mood
from bot.text.speakers.germanic_unnamed import person_noun
from bot.text.speakers.marks import Span
from bot.text.speakers.raw import Raw
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import GERMANIC_PREPOSITIONS, Token

# "Das sagte X", "Dat zei X" right after a quotation: a role word or two, then the name
_CAP_WORD = r"[^\W\d_a-z][\w'’-]*"
_SAID_THAT_RE = re.compile(
    rf"\s{{1,3}}(?:Das|Dies|Dat|Dit)\s+([^\W\d_]+)\s+"
    rf"((?:[^\W\d_]+\s+)?{_CAP_WORD}(?:\s+(?:van|de|von|der)?\s*{_CAP_WORD}){{0,3}})"
)


# "Mit diesen Worten eröffnete X …", "Met die woorden opende X …" right after a quotation
_WITH_WORDS_RE = re.compile(
    rf"\s{{1,3}}(?:Mit diesen Worten|Mit diesen Sätzen|Met die woorden|Met deze woorden)\s+"
    rf"([^\W\d_]+)\s+((?:[^\W\d_]+\s+)?{_CAP_WORD}(?:\s+(?:van|de|von|der)?\s*{_CAP_WORD}){{0,3}})"
)


def mood_before(rules: Any, idx: int) -> tuple[int, int] | None:
    """For a German quotation inside a sentence of reported speech (the first subjunctive)
    that names no one: the person whose speech the sentence before reports from its
    opening. "Die Ärztin Jana Roth warnte, die Betten würden knapp. Die Lage sei „kaum
    noch zu halten“." -> "Jana Roth"."""
    span = rules.spans[idx]
    _, ps, _ = rules._para_of(span.open_at)
    start = rules._sentence_start(span.open_at, ps)
    if start <= ps or not reported_mood(rules.text, span.open_at, span.close_end):
        return None
    prev = rules._sentence_start(start - 1, ps)
    if idx > 0 and rules.spans[idx - 1].close_end > prev:
        return None
    if rules._people_named(start, span.open_at) != 0:
        return None
    # ("Auf Nachfrage bestätigte X, dass …": the name after the verb, not the phrase before)
    toks = rules._tokens(prev, start)
    got = _fronted_reporter(rules, toks) or rules._reporting_subject(toks)
    if got is None and language() == "german":
        # (or the speaker the sentence before names after its own reported speech: "Derzeit
        # werde geprüft, ob …, teilte Wendland mit. Es gebe „…“" -> "Wendland"; or a body
        # opening it on a speech verb: "Der Städtetag äußerte sich …. Man begrüße „…“")
        last = prev + len(rules.text[prev:start].rstrip()) - 1
        if reported_mood(rules.text, last, last):
            got = _said_tail(rules, rules._tokens(prev, last))
        if got is None and "man" in rules.text[start : span.open_at].lower().split():
            got = rules._reporting_subject_at(prev, start)  # (a body's voice: "man")
    return got


def _fronted_reporter(rules: Any, toks: list[Token]) -> tuple[int, int] | None:
    """The named person a German sentence reports after a fronted phrase and the speech verb:
    "Auf Nachfrage bestätigte Ärztin Ana Roth, dass …" -> "Ärztin Ana Roth" (a name the
    text knows; the phrase holds no comma)."""
    from bot.text.speakers.germanic_phrase import fronted_v2

    if language() != "german" or len(toks) < 4 or toks[0][0].lower() not in GERMANIC_PREPOSITIONS:
        return None
    v = next((v for v in range(1, min(len(toks), 6)) if rules._verb_at(toks, v)), None)
    if v is None:
        return None
    got = fronted_v2(rules, toks, v, rules._verb_at(toks, v))
    phrase = rules.text[got[0] : got[1]] if got else ""
    named = rules.people.name_in(phrase, got[0]) if got and phrase[:1].isupper() else None
    return got if named is not None and named[1] else None


def _said_tail(rules: Any, toks: list[Token]) -> tuple[int, int] | None:
    """The speaker a German sentence of reported speech names at its end, after its last
    comma and an inverted speech verb: "…, teilte Wendland auf Anfrage mit" -> "Wendland",
    "…, sagte der Unternehmer" -> "der Unternehmer"."""
    # (the last comma a speech verb follows: "…, betont Monika Ritz, Sprecherin des Amts")
    for c in (k for k in range(len(toks) - 3, 0, -1) if toks[k][0] == ","):
        n = rules._verb_at(toks, c + 1)
        if n:
            return rules._np_after(toks, c + 1 + n) if c + 1 + n < len(toks) else None
    return None


def according_earlier(rules: Any, idx: int) -> tuple[int, int] | None:
    """For a German, Dutch or English quotation opening its sentence: the source a
    "volgens"/"laut"/"according to" cites in one of the two sentences before it in its paragraph ("Volgens haar wordt de
    sloot nooit geschoond. ‘…’" -> "haar"; "Volgens Brink, zelf arts, groeit het
    probleem. De wachtlijsten … ‘…’" -> "Brink"), when no quotation stands between."""
    span = rules.spans[idx]
    _, ps, _ = rules._para_of(span.open_at)
    start = rules._sentence_start(span.open_at, ps)
    english = language() == "english"
    if not (germanic() or english) or start <= ps or rules.text[start : span.open_at].strip():
        return None
    prev = rules._sentence_start(start - 1, ps)
    if idx > 0 and rules.spans[idx - 1].close_end > prev:
        return None
    if (
        prev > ps
        and not english  # (English: the sentence right before only)
        and (idx == 0 or rules.spans[idx - 1].close_end <= rules._sentence_start(prev - 1, ps))
    ):
        prev = rules._sentence_start(prev - 1, ps)  # two sentences back at most
    toks = rules._tokens(prev, start)
    if english:
        # "The trouble, according to Mr Lane, is the leader himself. “I tell people …”"
        at = [
            k + 1
            for k, t in enumerate(toks[:-2])
            if t[0].lower() == "according" and toks[k + 1][0] == "to"
        ]
    else:
        at = [k for k, t in enumerate(toks[:-1]) if t[0].lower() in ("volgens", "laut")]
    if len(at) != 1:
        return None
    nxt = toks[at[0] + 1]
    if nxt[0].lower() in ("hem", "haar", "ihm", "ihr", "him", "her"):
        return nxt[1], nxt[2]  # (resolved as the pronoun of its gender)
    run = rules._first_name_run(toks, at[0] + 1)
    if run is None or run[0] != nxt[1]:
        return None
    got = rules.people.name_in(rules.text[run[0] : run[1]], run[0])
    if english and got is not None and (nm.acronym(got[0]) or not rules.people.genders(got[0])):
        return None  # ("according to CEA analysts": a body; in English, someone of known sex)
    return run if got is not None and got[1] else None


def said_after(rules: Any, span: Span) -> tuple[int, int] | None:
    """The person a German or Dutch sentence right after a quotation names as its speaker:
    "„…“ Das sagte Bürgermeisterin Ute Brehm am Montag." / "‘…’ Dat zei wethouder Jan
    Rijks." / "„…“ Mit diesen Worten eröffnete X die Sitzung." -> the name after the verb
    (a person the text knows)."""
    if not germanic() or rules.text[span.end - 1 : span.end] not in (".", "!", "?"):
        return None
    said = _SAID_THAT_RE.match(rules.text, span.close_end)
    if said is None or said.group(1).lower() not in nm.SPEECH_VERBS:
        said = _WITH_WORDS_RE.match(rules.text, span.close_end)  # (any verb: "eröffnete")
    if said is None:
        return None
    got = rules.people.name_in(said.group(2), said.start(2))
    return said.span(2) if got is not None and got[1] else None


def closing_source(toks: list[Token]) -> tuple[int, int] | None:
    """The source a German or Dutch sentence of reported speech names at its close, for a
    quotation after it: "Der Pegel sei gesunken, so Lindholm. „…“", "…, aldus de woordvoerder
    van X. ‘…’" -> the words after "so"/"aldus" (a name, or a role with its article; up to
    six words), else None."""
    if language() not in ("german", "dutch") or len(toks) < 4:
        return None
    end = len(toks) - (1 if toks[-1][0] in (".", "!") else 0)
    for k in range(max(1, end - 7), end - 1):
        if toks[k][0] in ("so", "aldus") and toks[k - 1][0] == ",":
            first = toks[k + 1][0]
            if not (first[:1].isupper() or first in nm.NOUN_ARTICLES):
                return None
            if any(not t[0][:1].isalnum() for t in toks[k + 1 : end]):
                return None  # (a clause goes on: "so Lindholm, die …")
            return toks[k + 1][1], toks[end - 1][2]
    return None


def fronted_person(rules: Any, toks: list[Token]) -> tuple[int, int] | None:
    """The one person a short German or Dutch sentence names after an adjunct opening
    it on a preposition: "Na afloop was coach Ilse Brink tevreden." -> "Ilse Brink"."""
    if (
        not germanic()
        or len(toks) > 14
        or not (
            toks[0][0].lower() in GERMANIC_PREPOSITIONS
            or toks[0][0].lower() in ADVERBS
            or nm.germanic_opener(toks[0][0])
        )
    ):
        return None
    run = rules._first_name_run(toks, 1)
    got = rules.people.name_in(rules.text[run[0] : run[1]], run[0]) if run else None
    if got is not None and got[1] and " " in got[0]:
        return run  # (or after an adverb: "Ganz anders sieht das X Y.")
    # a role noun after its article that stands for someone introduced with it: "Auch der
    # Stadtrat sieht das so.", "Anders ziet de burgemeester het."
    k = next((k for k in range(1, len(toks) - 1) if toks[k][0] in _ROLE_ARTICLES), 0)
    if k and toks[k + 1][0].isalpha():
        known = rules._germanic_epithet(rules.text[toks[k][1] : toks[k + 1][2]], toks[k][1])
        if known is not None and known[1]:
            return toks[k][1], toks[k + 1][2]
    return None


_ROLE_ARTICLES = frozenset("der die de".split())


def mood_chain(rules: Any, idx: int) -> tuple[int, int] | None:
    """For a German quotation opening its sentence after sentences of reported speech (the
    first subjunctive): the speaker the nearest of them names, up to three sentences back in
    the paragraph ("X sieht das ähnlich. Die Daten zeigten viel, sagt die Forscherin. Man
    dürfe aber nicht warten. „…“" -> "die Forscherin"), each sentence between in that mood."""
    span = rules.spans[idx]
    _, ps, _ = rules._para_of(span.open_at)
    end = rules._sentence_start(span.open_at, ps)
    if language() != "german" or end <= ps or rules.text[end : span.open_at].strip():
        return None
    for _ in range(3):
        start = rules._sentence_start(end - 1, ps)
        if idx > 0 and rules.spans[idx - 1].close_end > start:
            return None
        last = start + len(rules.text[start:end].rstrip()) - 1  # the sentence's full stop
        if not reported_mood(rules.text, last, last):
            return None
        got = rules._before_clause(start, last) or _said_tail(rules, rules._tokens(start, last))
        if got is not None:
            return got
        if start <= ps:
            return None
        end = start
    return None


def reported_goes_on(rules: Any, out: list[Raw]) -> None:
    """The general shape "reported speech goes on": a German quotation inside a sentence in
    the mood of reported speech (the first subjunctive) that has no speech verb and names no
    one goes on with the quotation just before it, when that one stands in the sentence right
    before (in the paragraph, or closing the paragraph before): "X nannte den Streik „…“.
    Das Angebot liege auf dem Tisch: „…“" (not "Das Angebot"), "„…“, erzählt er. ¶
    Krankmeldungen seien „…“ gewesen. Als er …, schrieb ihm Y: „…“" (not Y, named after it).
    Only a reading that gave the quotation a speaker after it or the subject of that mood's
    verb is replaced (``out``, the raw phrases, is changed in place)."""
    if language() != "german":
        return
    spans, text = rules.spans, rules.text
    for idx in range(1, len(spans)):
        raw, span, prev = out[idx], spans[idx], spans[idx - 1]
        later = raw.inherited is not None and raw.inherited > idx
        if raw.phrase is None and not later:
            continue
        _, ps, _ = rules._para_of(span.open_at)
        start = rules._sentence_start(span.open_at, ps)
        if raw.phrase is not None and (
            not start <= raw.pos < span.open_at or _someone(rules, raw.phrase)
        ):
            continue  # (the subject a person: "Die Ministerin ist sicher, es sei „…“")
        if not reported_mood(text, span.open_at, span.close_end):
            continue
        # the sentence before holds the quotation before (or it closes the paragraph before)
        before = rules._sentence_start(start - 1, ps) if start > ps else None
        if before is None:
            pp, pps, ppe = rules._para_of(prev.open_at)
            if (
                pp != rules._para_of(span.open_at)[0] - 1
                or text[prev.close_end : ppe].count(".") > 1
            ):
                continue
            before = rules._sentence_start(prev.open_at, pps)
        if not before <= prev.open_at < start or out[idx - 1].inherited == idx:
            continue
        tail = _MOOD_TAIL_RE.match(text, span.close_end)
        end = tail.end() if tail else span.close_end
        toks = rules._tokens(start, span.open_at) + rules._tokens(span.close_end, end)
        named = rules._people_named(start, span.open_at) + rules._people_named(span.close_end, end)
        if named or any(germanic_verb(t[0]) for t in toks):
            continue  # its own speaker: "Die Lage sei „…“, sagte X"
        out[idx] = Raw(None, span.open_at, inherited=idx - 1)


# the rest of a quotation's sentence, up to its end
_MOOD_TAIL_RE = re.compile(r"[^.!?\n]{0,240}")


def _someone(rules: Any, phrase: str) -> bool:
    """True for a phrase that may be a person or a body: a pronoun, a noun of a person, a name
    the text gives, an organisation's word ("Das Angebot" is none of these)."""
    from bot.text.speakers.germanic_unnamed import person_noun
    from bot.text.speakers.orgs_germanic import kind

    words = phrase.split()
    last = words[-1]
    return (
        len(words) == 1
        or words[0].lower() not in ("der", "die", "das")
        or person_noun(last)
        or kind(last) is not None
        or nm.bare(last) in rules.people.registry
    )


def mood_before_quote(rules: Any, idx: int) -> bool:
    """True for a German quotation opening its sentence right after a sentence in the mood of
    reported speech ("Der Angeklagte habe gewusst, dass … „…“"): that sentence's subject is
    whom the speech is about, not the speaker (``mood_chain`` reads further back)."""
    span = rules.spans[idx]
    _, ps, _ = rules._para_of(span.open_at)
    end = rules._sentence_start(span.open_at, ps)
    if language() != "german" or end <= ps or rules.text[end : span.open_at].strip():
        return False
    start = rules._sentence_start(end - 1, ps)
    if closing_source(rules._tokens(start, end)) is not None:
        return False  # "…, so Lindholm. „…“": the speech and the quotation are hers
    last = start + len(rules.text[start:end].rstrip()) - 1
    return reported_mood(rules.text, last, last)


# words opening where a German or Dutch person named at a sentence's start works or is from
_OF_WORDS = frozenset("van von vom bij bei uit aus".split())
_OF_ARTICLES = frozenset("de het der des dem den die".split())


def affiliation(toks: list[Token]) -> int:
    """How many tokens a German or Dutch sentence opening on a role and a name spends on where
    that person works right after the name ("Defensie-analist X Y van de denktank Instituut
    Noordzee Veiligheid ziet …" -> 6): no part of what the sentence says about them."""
    if not germanic():
        return 0
    k = next((k for k in range(2, min(len(toks), 5)) if toks[k][0] in _OF_WORDS), 0)
    if not k or not all(t[0][:1].isupper() for t in toks[k - 2 : k]):
        return 0  # (after a name of two capitalized words at least)
    j = k + 1
    if j < len(toks) and toks[j][0] in _OF_ARTICLES:
        j += 1
    if j < len(toks) and toks[j][0].isalpha() and toks[j][0].islower():
        j += 1  # "de denktank", "der Uni": a kind of body before its name
    caps = j
    while j < len(toks) and toks[j][0][:1].isupper():
        j += 1
    return j - k if j > caps else 0


# what a "volgens"/"laut" source may be: a pronoun of one person, or an article opening a noun
_SOURCE_PRONOUNS = frozenset("hem haar hen ihm ihr ihnen".split())
_SOURCE_ARTICLES = frozenset("de het dem der den einer einem".split())
# what opens a German or Dutch subject after the verb: an article, a pronoun, "er"/"es"
_AFTER_VERB = frozenset(
    "de het een der die das den dem ein eine er es hij zij ze wij we ik je u sie wir ich"
    " man men dit dat deze die dieser diese".split()
)
# German and Dutch documents and figures a "volgens"/"laut" cites, whose author is read elsewhere
_WRITINGS = frozenset(
    "advies rapport onderzoek studie verslag cijfers gegevens berekeningen schattingen peiling"
    " enquête informatie dossier brief plan plannen gutachten bericht untersuchung analyse"
    " zahlen angaben daten schätzungen informationen umfrage prognose statistik protokoll"
    " studien berichten medienberichten notulen verslagen protocol akte aktenvermerk"
    " sitzungsprotokoll mitteilung verklaring persbericht".split()
)


def according_within(rules: Any, idx: int) -> tuple[int, int] | None:
    """For a German or Dutch quotation inside a sentence that opens on "Volgens"/"Laut" and
    its source, the verb right after it: "Volgens de rechtbank getuigen de feiten van ‘…’",
    "Laut dem Gericht zeugt die Tat von „…“", "Volgens haar is het ‘…’" -> the source (its
    article and noun, a name after them kept: "de wethouder Jan X"; a pronoun, resolved
    later); None for a document ("Volgens het rapport", its author read elsewhere)."""
    if language() not in ("german", "dutch"):
        return None
    span = rules.spans[idx]
    _, ps, _ = rules._para_of(span.open_at)
    start = rules._sentence_start(span.open_at, ps)
    if start >= span.open_at:
        return None  # (a quotation opening its sentence: ``according_earlier``)
    toks = rules._tokens(start, span.open_at)
    if len(toks) < 4 or toks[0][0] not in ("Volgens", "Laut"):
        return None
    first = toks[1][0]
    if first.lower() in _SOURCE_PRONOUNS:
        return toks[1][1], toks[1][2]
    j = 2 if first.lower() in _SOURCE_ARTICLES else 1
    if (
        j == 2
        and toks[j][0].islower()
        and toks[j][0].endswith("e")
        and toks[j + 1][0].isalpha()
        and (person_noun(toks[j + 1][0]) or toks[j + 1][0][:1].isupper())
    ):
        j += 1  # "de nieuwe wethouder", "dem zuständigen Gericht"
    noun = toks[j][0]
    low = nm.bare(noun).lower()
    if not noun.isalpha() or low in nm.DOCUMENT_NOUNS or low in _WRITINGS:
        return None
    if j == 1 and not noun[:1].isupper():
        return None
    end = j + 1
    while end < len(toks) and toks[end][0][:1].isupper() and toks[end][0].isalpha():
        end += 1  # (a name after the role: "de wethouder Jan X")
    if (
        end >= len(toks)
        or not toks[end][0].isalpha()
        or not toks[end][0].islower()
        or toks[end][0] in GERMANIC_PREPOSITIONS
        or toks[end][0] in _SOURCE_ARTICLES
        or end + 1 >= len(toks)
        or not (toks[end + 1][0].lower() in _AFTER_VERB or toks[end + 1][0][:1].isupper())
    ):
        # (the verb right after the source, then the subject: "Volgens de rechtbank getuigen
        # de feiten", not "Volgens de meeste bewoners van de straat")
        return None
    if rules._people_named(toks[end][1], span.open_at) > 0:
        return None  # ("Volgens X noemde wethouder Y het plan ‘…’": Y's words, read elsewhere)
    return toks[1][1], toks[end - 1][2]
