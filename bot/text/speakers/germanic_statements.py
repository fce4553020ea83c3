"""A German body's statement quoted with an impersonal "hieß es" (private to
``roles_germanic.py``).

German news reports a body's press release in two sentences: the first names the body as the
subject of a statement ("Der Landkreis Oberau kündigte in einer Mitteilung Hilfe an.", "Das
teilte der Turnverein Altdorf am Montag mit."), the second quotes it with an impersonal verb
and no owner: "Man werde „…“, hieß es.", "X habe „…“, hieß es in der Mitteilung.", "In einer
Stellungnahme hieß es, man bedaure „…“". The words are the body's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.bodies_germanic import compound_body
from bot.text.speakers.epithets import GERMANIC_BODY_ENDINGS
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.germanic_phrase import governed_noun
from bot.text.speakers.marks import Span
from bot.text.speakers.orgs_germanic import kind
from bot.text.speakers.reading import language

# "hieß es.", "hieß es, man …", "hieß es: »…«", "hieß es in einer Mitteilung." (a document
# with no owner named after it, but perhaps its addressee: "in dem Antrag an die
# Schulkonferenz"), "hieß es darin": the document or body of the sentences before
STATEMENT_ES_RE = re.compile(
    r"es\s*(?:darin|daraus\b|dort\s*[.,;:]|[.,;:]"
    # ("heißt es weiter: „…“": an adverb, then the colon)
    r"|(?:weiter|dazu|außerdem|ferner|zudem|auch|wörtlich)\s*[,:]"
    r"|in\s+(?:einer|einem|der|dem|seiner|seinem|ihrer|ihrem)\s+(?:[a-zäöü]+\s+)?"
    r"[^\W\d_a-z][\w-]*(?:\s+an\s+(?:die|den|das)\s+[^\W\d_a-z][\w-]*)?\s*[.,;!?])"
)
_CAP = r"[^\W\d_a-z][\w'’-]*"
# the press in German and Dutch, which carries words and is no one who says them
_PRESS_RE = re.compile(
    r"(?i)zeitung|rundschau|kurier|anzeiger|tagblatt|nachrichten|rundfunk|radio|fernseh|sender|"
    r"agentur|magazin|krant|omroep|dagblad|courant"
)
# the body a sentence opens on as its subject, before its lower-case verb: "Das Land Tirol
# kündigte …", "Der Verein Bergwacht Oberau teilte …", "Das Unternehmen verwies …"; or after
# "Das teilte" ("Das teilte der Turnverein Altdorf am Montag mit.")
_SUBJECT_RE = re.compile(
    rf"(?:(?:Das|Dies)\s+[a-zäöü]+te\s+)?(?:(der|die|das|Der|Die|Das)\s+)?"
    rf"(?:[a-zäöü-]+(?:e|en|er|es)\s+)?({_CAP}(?:\s+{_CAP}){{0,3}})\s+[a-zäöü]"
)


def statement_body(
    text: str,
    bounds: list[int],
    pos: int,
    epithet: Callable[[str, int], tuple[str, bool] | None],
    lone: bool = False,
) -> str | None:
    """The body the sentence before ``pos`` (in its paragraph) opens on as its subject, for a
    quotation attributed with an impersonal "hieß es" at ``pos``: a noun that stands for a
    body named before, through ``epithet`` ("Das Unternehmen" -> the company), else a name of
    two or more capitalized words that opens on no first name ("Das Land Tirol" -> "Land
    Tirol"; with ``lone``, also one word: "Der Betriebsrat"); None for a person or anything
    else."""
    sent = bisect.bisect_right(bounds, pos) - 1
    if sent < 1:
        return None
    start, end = bounds[sent - 1], bounds[sent]
    if "\n" in text[start:end].rstrip():
        return None  # (another paragraph)
    m = _SUBJECT_RE.match(text, start)
    if m is None or m.end() > end:
        return None
    words = m.group(2).split()
    if _PRESS_RE.search(m.group(2)):
        return None  # "Die Süddeutsche Zeitung berichtete …": the outlet reports, it says nothing
    if m.group(1) is None:
        # a name with no article ("Wohnwerk Direkt räumte … ein."): a body's of two words or
        # more that no first name opens, never a person's
        if len(words) < 2 or any(nm.bare(w) in FIRST_NAMES for w in words):
            return None
        return " ".join(words)
    known = epithet(f"{m.group(1)} {m.group(2)}", m.start(1))
    if known is not None:
        return None if known[1] else known[0]
    # (one word too when it is a council or committee: "Die Schülervertretung hat … beantragt.")
    lone = lone or words[-1].lower().endswith(GERMANIC_BODY_ENDINGS)
    if len(words) == 1 and compound_body(f"{m.group(1)} {words[0]}"):
        # "Die Handwerkskammer der Region sieht …": a region's body, as written (with the
        # genitive that tells which)
        of = _OF_RE.match(text, m.end(2))
        return text[m.start(1) : of.end() if of is not None else m.end(2)]
    if len(words) < 2 - lone or any(nm.bare(w) in FIRST_NAMES for w in words):
        return None
    return " ".join(words)


# a genitive after a body's noun: "der Region", "des Landes", "des Kreises Lippe"
_OF_RE = re.compile(r"\s+(?:der|des)\s+[^\W\d_a-z][\w-]*(?=\s+[a-zäöü])")


# nouns that stand for the body a report has just named, after the article of a genitive: "hieß
# es in einer Erklärung des Gremiums", "in einer Mitteilung der Verbraucherschützer"
_BACK_RE = re.compile(r"(?i)gremiums?|\w*schützer|veranstalter|organisatoren|initiatoren")
_GENITIVE_BEFORE_RE = re.compile(r"\b(?:des|der)\s+$")


def body_back(noun: str, pos: int, rules: Any) -> str | None:
    """The body a lone German noun after "des"/"der" at ``pos`` stands for when it is a kind of
    body ("des Verbands", "des Vereins") or a noun for the body just named ("des Gremiums",
    "der Verbraucherschützer"): the last body of that kind named before (through ``epithet``),
    else the body the sentence before opens on ("Der Betriebsrat reagierte mit Sorge. Man
    erwarte, „…“, hieß es in einer Erklärung des Gremiums."). None for a name ("der
    Landeswarnzentrale": a compound that names its own body) or anything else. ``rules`` gives
    the people, the epithets (``_germanic_epithet``) and the quotations."""
    text, bounds, epithet = rules.people.text, rules.people.bounds, rules._germanic_epithet
    spans: Sequence[Span] = getattr(rules, "spans", ())
    if not _GENITIVE_BEFORE_RE.search(text, max(0, pos - 6), pos) or " " in noun.strip():
        return None
    low = noun.lower()
    stem = next((s for s in (low, low[:-1], low[:-2]) if s and kind(s) == s), None)
    # (else perhaps the short form of the compound that names the body of the sentence before:
    # "Die Zentrale Wahlkommission kündigte … an. „…“, hieß es in einer Erklärung der
    # Kommission." -> "Zentrale Wahlkommission")
    tail = stem is None and _BACK_RE.fullmatch(noun) is None
    if tail and (not noun[:1].isupper() or len(low) < 5):
        return None
    if stem is not None:
        known = epithet(f"der {stem}", pos)
        if known is not None:
            return None if known[1] else known[0]
    # (read back from the opening of a quotation of several sentences the noun's sentence
    # attributes: "„A. B“, heißt es in einer Mitteilung der Verbraucherschützer.")
    start = bounds[max(0, bisect.bisect_right(bounds, pos) - 1)]
    k = bisect.bisect_left(getattr(rules, "span_opens", ()), pos) - 1
    if k >= 0 and spans[k].close_end > start and "\n" not in text[spans[k].open_at : pos]:
        pos = spans[k].open_at
    body = statement_body(text, bounds, pos, epithet, lone=True)
    if tail:
        last = body.split()[-1].lower() if body is not None else ""
        short = any(len(s) >= 5 and last.endswith(s) for s in (low, low[:-1], low[:-2]))
        return body if short and last != low else None
    if body is not None and stem is not None and stem not in body.lower():
        return None  # "des Verbands" is no company the sentence before opens on
    if body is not None and stem is None and not low.startswith("gremium"):
        # "der Verbraucherschützer", "der Veranstalter": a group of people who campaign or
        # organise, not the company or the town the sentence before opens on ("Die Stadtwerke
        # X verweisen auf …. „…“, hieß es in einer Mitteilung der Verbraucherschützer.")
        if not _ASSOCIATION_RE.search(body):
            return None
    return body


# the stems of a campaigning or organising group's name: "Naturschutzgruppe X", "Verbraucher-
# zentrale Y", "Bürgerinitiative Z", "Förderverein", "Festivalkomitee"
_ASSOCIATION_RE = re.compile(
    r"(?i)verein|verband|gruppe|initiative|bund\b|bündnis|zentrale|schutz|komitee|netzwerk"
    r"|forum|gemeinschaft|aktion|nabu"
)


# a sentence opening on the document with no owner named and an impersonal verb: "In einer
# schriftlichen Stellungnahme hieß es, man nehme …", "In einer Mitteilung heißt es: »…«" (and an
# adverb after "es": "heißt es weiter: »…«")
_FRONTED_DOCUMENT_RE = re.compile(
    # (or its owner's possessive, the body of the sentence before: "In seinem Jahresbericht
    # heißt es:")
    r"In\s+(?:einer|einem|der|dem|seiner|seinem|ihrer|ihrem)\s+(?:[a-zäöü]+\s+)?"
    r"[^\W\d_a-z][\w-]*\s+"
    r"(?:hie(?:ß|ss)|hei(?:ß|ss)t)\s+(es)"
    r"(?:\s+(?:weiter|dazu|außerdem|ferner|zudem|auch|wörtlich|unter anderem))?[,:]"
)


def fronted_document_es(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The impersonal "es" of a German sentence from ``start`` (before a quotation at ``end``)
    that opens on a document no owner is named for: its body is the one the paragraph or the
    sentence before names (``_impersonal``); else None."""
    m = _FRONTED_DOCUMENT_RE.match(text, start, end) if language() == "german" else None
    return m.span(1) if m is not None else None


def governed_colon(text: str, got: tuple[int, int] | None, end: int, registry: dict) -> bool:
    """True for a phrase right before a colon and a quotation at ``end`` that is a German noun
    a preposition governs ("Dann, nach einer Pause: „…“", ``governed_noun``), no one the text
    names: no speaker."""
    return (
        got is not None
        and text[got[1] : end].strip() == ":"
        and governed_noun(text, *got)
        and nm.bare(text[got[0] : got[1]]) not in registry
    )


# "Darin heißt es:", "Darin steht", "Daarin staat:" opening the sentence of a quotation: the
# words of the document the sentence before names
_THEREIN_RE = re.compile(
    r"(?:Darin|Daarin)\s+(?:hei(?:ß|ss)t|hie(?:ß|ss)|steht|stand|staat|stond)\b"
)
# a document a body issues, named in the sentence before ("mit einer knappen Erklärung")
_ISSUED_RE = re.compile(
    r"(?i)\b\w*(?:erklärung|mitteilung|stellungnahme|aussendung|statement|schreiben"
    r"|verklaring|persbericht|mededeling)\b"
)
# a statement that is not the subject's own: another's, after it ("ein Schreiben des
# Innenministeriums", "een verklaring van wethouder X"), or one the subject answers or received
# ("reagierte auf die Erklärung der GDL", "reageerde op de verklaring")
_OWNED_RE = re.compile(r"\s+(?:der|des|von|vom|van)\b")
_ANSWERED_RE = re.compile(r"\b(?:auf|op)\s+(?:die|das|den|de|het)\s+(?:\w+\s+)?\Z")


def therein_body(
    text: str, bounds: list[int], pos: int, epithet: Callable[[str, int], tuple[str, bool] | None]
) -> str | None:
    """For a German or Dutch quotation introduced by "Darin heißt es:" at ``pos``: the body
    the sentence before opens on when that sentence names the statement it issued ("Der
    Verein TSV Kranich reagierte mit einer kurzen Erklärung. Darin heißt es: „…“" -> "TSV
    Kranich"); None when it names no statement of its subject's own or opens on no body."""
    if _THEREIN_RE.match(text, pos) is None:
        return None
    sent = bisect.bisect_right(bounds, pos) - 1
    issued = _ISSUED_RE.search(text, bounds[sent - 1], bounds[sent]) if sent >= 1 else None
    if (
        issued is None
        or _OWNED_RE.match(text, issued.end())
        or _ANSWERED_RE.search(text, max(bounds[sent - 1], issued.start() - 40), issued.start())
    ):
        return None  # another's statement: "erhielt ein Schreiben des Ministeriums"
    dutch = (
        _DUTCH_SUBJECT_RE.match(text, bounds[sent - 1], bounds[sent])
        if language() == "dutch"
        else None
    )
    if dutch is not None:
        # "De Stichting Groene Haven reageerde met een verklaring." (a name of two or more
        # capitalized words that opens on no first name)
        words = dutch.group(1).split()
        if len(words) >= 2 and not any(nm.bare(w) in FIRST_NAMES for w in words):
            return dutch.group(1)
        return None
    return statement_body(text, bounds, pos, epithet)


# a Dutch sentence opening on a body's name as its subject, before its lower-case verb
# ("Het Waterschap Rijn en IJssel reageerde …": "en" inside the name)
_DUTCH_SUBJECT_RE = re.compile(rf"(?:De|Het) ({_CAP}(?: (?:en )?{_CAP}){{0,3}}) [a-zë]")
