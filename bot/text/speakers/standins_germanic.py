"""The German or Dutch body a generic noun stands for (private to ``body_rules.py``): "de
club" / "der Klub" is the club the story is about, and "das Unternehmen" / "het bedrijf"
after a reaction verb is the body whose name opens the paragraph ("Nordwerk weist die Vorwürfe
zurück. „…“, erklärte das Unternehmen")."""

from __future__ import annotations

import re

from bot.text.lexicon import load
from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.reading import language

_ARTICLES = frozenset("der die das de het".split())


# a German or Dutch sports club's name: a club's abbreviation before a place or a name ("FC
# Westerbrug", "SC Veenhaven", "VfB Lindau", "TSV Hollfeld 1860")
_CLUB_RE = re.compile(
    r"\b(?:FC|VV|SC|SV|BV|SBV|TSV|FSV|VfB|VfL|VfR|SpVgg|KV|KRC|RKVV|RKSV|HSV|TSG|SG)"
    r"[^\S\n]+[A-ZÄÖÜ][\w'’-]+(?:[^\S\n]+\d{2,4}\b)?"
)
# "de club", "der Klub": the club the story is about
_CLUB_NOUN_RE = re.compile(r"(?:de|De|der|Der)\s+(?:club|Club|Klub)")


def club_noun(phrase: str) -> bool:
    """True for a German or Dutch definite noun for a sports club: "de club", "Der Klub"."""
    return language() in ("german", "dutch") and _CLUB_NOUN_RE.fullmatch(phrase) is not None


def lead_club(text: str, pos: int) -> str | None:
    """The sports club a German or Dutch text names first before ``pos``, the one its story is
    about: "FC Westerbrug heeft trainer X ontslagen … na de nederlaag bij SBV Graafwijk. ‘…’,
    schrijft de club" -> "FC Westerbrug"; None when it names none, or when two clubs stand
    in the sentence that names the first and the first is not its subject (a transfer, a
    match: "X verruilt FC A voor SBV B", "nach der Niederlage beim FC A hat der TSV B …")."""
    m = _CLUB_RE.search(text, 0, pos)
    if m is None:
        return None
    end = re.search(r"[.!?](?:\s|$)", text[m.end() : pos])
    sentence_end = m.end() + end.start() if end is not None else pos
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    clubs = {c.group() for c in _CLUB_RE.finditer(text, start, sentence_end)}
    # (the first club still, when it opens its sentence as the subject: "FC A heeft trainer
    # X ontslagen, na de nederlaag bij VV B")
    opens = text[start : m.start()].strip() in ("", "Der", "Die", "Das", "De", "Het")
    return m.group() if len(clubs) == 1 or opens else None


# a verb a club issues its words with, right before the club's name: "In een verklaring liet
# FC X weten …", "Am Abend teilte der SV Y mit …"
_ISSUES_BEFORE_RE = re.compile(
    r"\b(?:liet|laat|ließ|lässt|teilte|teilt|meldde|meldt|schreef|schrijft|verklaarde"
    r"|erklärte|reageerde|reagierte)(?:[^\S\n]+(?:der|die|das|de|het))?[^\S\n]+$"
)


def paragraph_club(text: str, pos: int) -> str | None:
    """The one club the paragraph of ``pos`` names before it, when a verb of issuing words
    stands right before its name ("Na afloop liet FC Oldeveen weten het gedrag te betreuren.
    ‘…’, schrijft de club" -> "FC Oldeveen", not the club the story is about); else None."""
    start = text.rfind("\n", 0, pos) + 1
    found = list(_CLUB_RE.finditer(text, start, pos))
    if len({m.group() for m in found}) != 1:
        return None
    m = found[-1]
    if not _ISSUES_BEFORE_RE.search(text, max(start, m.start() - 20), m.start()):
        return None
    return m.group()


# German and Dutch adverbs and times that open a sentence before its verb, never a body
_OPENING_ADVERBS = frozenset(
    "gestern heute morgen inzwischen danach zuvor später bereits nun jetzt damals daraufhin"
    " zudem außerdem ausserdem ebenfalls gleichzeitig bislang bisher kürzlich"
    " gisteren vandaag morgen inmiddels daarna intussen later eerder nu toen eveneens"
    " tegelijk onlangs".split()
)
# German and Dutch verbs a body answers with, after its name opening a paragraph
_REACTIONS = load("reaction_verbs_de_nl")
# a capitalized run of one to three words opening a paragraph, then a lower-case word
_OPENING_RUN_RE = re.compile(
    r"([A-ZÄÖÜ][\w&'’-]*(?:[^\S\n]+(?:&[^\S\n]+)?[A-ZÄÖÜ][\w'’-]*){0,2})[^\S\n]+([a-zäöüß]+)\b"
)


def answering_body(text: str, pos: int) -> tuple[int, str] | None:
    """(where, name) for the body whose name opens the paragraph of ``pos`` before a verb it
    answers with ("Nordwerk weist die Vorwürfe zurück. „…“, erklärte das Unternehmen", "Bernbus
    begrüsste den Entscheid. …, teilte das Verkehrsunternehmen mit"); None for any other
    opening. The caller checks the name is no person's."""
    if language() not in ("german", "dutch"):
        return None
    start = text.rfind("\n", 0, pos) + 1
    m = _OPENING_RUN_RE.match(text, start)
    if m is None or m.end() > pos or m.group(2) not in _REACTIONS:
        return None
    words = m.group(1).split()
    if words[0].lower() in _ARTICLES or nm.bare(words[0]) in FIRST_NAMES:
        return None  # ("Die Stadt weist …": a noun; "Anna Kolbe weist …": a person)
    first = nm.bare(words[0])
    if first in nm.STOPWORDS | nm.TIME_WORDS or first in nm.ADVERBS or first in _OPENING_ADVERBS:
        # "Woensdag bevestigde de directie …", "Gestern bestätigte …", "Ook Hengelo …": a
        # time or an adverb, no body's name
        return None
    return m.start(1), m.group(1)
