"""The last check on a speaker found (private to ``attribution.py``): a phrase no person or body
can be is no speaker, and the quotation is left unattributed rather than given to it.

The shapes, each a rule's stray catch rather than a name:

- a phrase a preposition or a conjunction opens: "», explica detrás de la vitrina" (the place
  the verb is said in), "Numa conversa a esta rádio, explicou: «…»" (the listener), "„…“, wie
  sie knapp bemerkt" (the clause around the pronoun), "Dopo" alone (a sentence's opener);
- a month: "Unter dem 3. März 2001 steht: „…“" (the date of an entry, no one);
- a document or a part of one with its article: "Una pagina del registro riporta: «…»", "dort steht
  eine Notiz: „…“", "een circulair" (what a writer wrote, not the writer);
- a place: "il Monte Verde" (a mountain), or a name the text writes only after a preposition
  of place ("una casa in Borgonuovo", "em Vila Alta", "in Oost-Brabant", "arrivata da
  Borgoverde") and never names a person by: a place the rules took for a subject (such a place
  is no antecedent either: ``pagelines.FROM_PLACE_RE``).
"""

from __future__ import annotations

import functools
import re

from bot.text.lexicon import load
from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.pagelines import FROM_PLACE_RE
from bot.text.speakers.reading import language

# prepositions and conjunctions that open no speaker's phrase (not the particles of names,
# "de", "van", "von", "da", "di", "del", "la", "le")
_OPENERS = frozenset(
    # English
    "in at on during behind after before with without from into onto toward towards under"
    " over across through since because when while although if as like"
    # German and Dutch
    " im am auf aus bei mit nach seit über unter vor zum zur durch gegen ohne hinter neben"
    " zwischen während wegen wie wenn als weil dass ob nur met naar bij uit voor onder achter"
    " naast tussen tijdens op aan door zoals toen omdat"
    # French
    " dans sur sous avec pour chez vers entre pendant depuis comme quand lorsque parce puisque"
    " après avant sans"
    # Spanish, Italian, Portuguese
    " detrás delante encima debajo junto tras desde hacia hasta sobre bajo con sin para por"
    " en como cuando porque mientras después antes nel nella nello nei negli nelle sul"
    " sulla sullo sui sugli dal dalla dallo dai dagli dalle col per tra fra dopo prima mentre"
    " quando perché ao aos à às num numa nuns numas pelo pela pelos pelas depois enquanto"
    " porque durante senza zonder".split()
)
# lower-case conjunctions, relatives and question words that open a clause, never a speaker's
# phrase ("che la discussione è legittima", "que el alcalde", "hoe hij daar terechtkwam")
_CLAUSE_WORDS = frozenset("che que qu' qu’ that which whether hoe wat waar of ob dass dat".split())
# a lower-case "of" before a lower-case word: a complement the rules took for a subject
_OF_WORDS = frozenset("di da do von van".split())  # (not "de", the Dutch article)
# the letters words are written in ("in roten Buchstaben", "in capital letters"): a sign's
_LETTERS = frozenset("buchstaben lettern letters lettres letras lettere".split())
# "besides", "among", "for": Portuguese, Spanish, German and Dutch words opening a sentence
# before a noun, never a speaker's phrase ("Além de Amélia, …", "Unter Anwohnern …")
_BESIDES = frozenset("além excepto für unter naast behalve".split())
# words of that list that are also names or bodies when written alone with a capital: "Met"
# (the Met Office), "Per", "Nella", "Nel", "Durante", "Como" (the town and its club)
_ALSO_NAMES = frozenset("met per nella nel durante como fra".split())
# lower-case definite articles after a capitalized preposition ("Avec la Zeta", "Dans le
# Nord", "Con la Sierra"): a phrase the sentence opens on, never a name
_PLAIN_ARTICLES = frozenset("la le les el los las il lo gli the der die das dem den de het".split())
# Portuguese, Spanish and Italian "a" before a demonstrative or a possessive: a listener
# ("a esta rádio", "a esta emissora", "a questo giornale"), never the article of a subject
_TO_THIS_RE = re.compile(
    r"^a (?:este|esta|esse|essa|aquele|aquela|estes|estas|ese|esa|aquel|questo|questa|"
    r"quel|quella|seu|sua|su|suo|nosso|nossa|nuestro|nuestra)\b"
)
# German and Dutch months (written with a capital, as a name would be; not "August" and
# "April", given names)
_MONTHS_DE_NL = load("months_de", "months_nl") - {"august", "april"}
# a document or a part of one that a rule took for its speaker: "eine Notiz", "una pagina"
_WRITINGS = frozenset(
    "page entry note notes notebook postcard inscription"
    " seite eintrag notiz notizbuch karte inschrift zettel"
    " pagina bladzijde notitie circulaire circulair"
    " page entrée carnet inscription"
    # (not Italian "voce", a voice as often as an entry: "una voce dalla platea")
    " página entrada cuaderno nota inscripción"
    " pagina quaderno iscrizione"
    " página entrada caderno inscrição bilhete"
    # the words themselves: "selon ses mots", "según sus palabras"
    " words mots palabras parole palavras worte woorden".split()
)  # (not a letter or a diary, whose writer may be named: "the letter", "il diario")
_ARTICLES = frozenset(
    "a an the one ein eine einer einen der die das een de het un une la le l' l’ el uno una"
    " il lo o um uma"
    # possessives: "ses mots", "sus palabras", "seine Worte", "zijn woorden"
    " his her their ses son sa leurs sus su suoi sue seus suas seine ihre zijn haar".split()
)
# the first word of a natural feature's name: "Monte Verde", "Lago Nero", "Isola Bella"
# (not in English, where "Monte", "Isla", "Lake" may be given names; "Terra", "Tierra" only
# before "del"/"de": "Terra Lurie" is a woman)
_FEATURES = frozenset(
    "monte mount mt. lago lake isola isla ilha île ile río fiume valle golfo gulf"
    " sierra cordillera punta capo cabo".split()
)
_FEATURES_OF = frozenset("terra tierra".split()) | _FEATURES
# prepositions of place before a town, a district or a region: "em Vila Alta", "in
# Oost-Brabant", "aus Kleinfeld", "nel Borgo Nuovo" (not "a", the Portuguese article of "a
# Secretaria", nor "en", the Dutch "and", nor "de", "da", "del": "um porta-voz da
# Cenvale", and the body may speak)
_AT_PLACE_RE = re.compile(
    r"(?:\b(?:in|em|nel|nella|aus|nach|uit|naar|dans)\s+|\bnell['’])$",
    re.I,
)


def no_one(speaker: str | None, text: str) -> str | None:
    """``speaker``, or None when it is no person or body (see the module doc)."""
    if not speaker:
        return speaker
    words = speaker.split()
    first = words[0]
    low = first.lower()
    if (
        low in _OPENERS
        and (first.islower() or (len(words) == 1 and low not in _ALSO_NAMES))
        and not (len(words) == 1 and _introduced(first, text))
    ):
        return None  # "detrás de la vitrina de su tienda", "wie sie knapp", "Dopo"
    if (
        len(words) > 2
        and low in _OPENERS
        and words[1] in _PLAIN_ARTICLES
        and not (first[:1].isupper() and words[-1][:1].isupper() and _spoke(speaker, text))
    ):
        # "Avec la Zeta, son nouveau vélo, il promet …": a fronted phrase (but a body whose
        # name opens on a preposition, the subject of a speech verb, keeps it: "», regrette
        # Vers le Haut", "», scrive Per la Vita")
        return None
    if (
        len(words) in (2, 3)
        and low in _BESIDES
        and first[:1].isupper()
        and not any(nm.bare(w) in FIRST_NAMES for w in words[:2])
        and not _spoke(speaker, text)
    ):
        # "Unter Wohnungssuchenden kursiert ein Spruch: „…“", "Além de Amélia, mais cinco
        # famílias …": a phrase a sentence opens on, no one (a body named so speaks: "»,
        # regrette Vers le Haut"; and "Pour Demain" may be a body's name)
        return None
    if first.islower() and (low in _CLAUSE_WORDS or low in nm.ACCORDING):
        return None  # "che la discussione è legittima", "hoe hij daar …", "secondo quanto"
    if first in _OF_WORDS and len(words) > 1 and not any(w[:1].isupper() for w in words[1:]):
        return None  # "di un’isola", "di respingimenti violenti": a complement, no one (not
        # a surname's particles, "van der Berg")
    if first in ("von", "vom") and len(words) > 1 and words[1][:1].isupper():
        return " ".join(words[1:])  # "Ein Sprecher von Domus Wohnen": the body, no "von"
    if len(words) == 1 and low in _LETTERS:
        return None  # "stand in roten Buchstaben: »…«": what a sign says, no one
    if _TO_THIS_RE.match(speaker):
        return None  # "a esta rádio"
    if (
        len(words) == 1
        and low in _MONTHS_DE_NL
        and language() in ("german", "dutch")
        and not _introduced(first, text)
    ):
        return None  # "März" (a date; not "Frau Mai", a surname)
    if (
        2 <= len(words) <= 4
        and low in _ARTICLES
        and (nm.bare(words[1]) in _WRITINGS or nm.bare(words[-1]) in _WRITINGS)
    ):
        return None  # "una pagina datata", "eine Notiz", "ses mots"
    if _place(words, speaker, text):
        return None
    return speaker


# titles before a surname: "Frau Mai", "Herr März", "Mr Im", "mevrouw Mei"
_TITLES = frozenset(
    "frau herr mr mr. mrs mrs. ms ms. dr dr. prof prof. mevrouw meneer dhr. mevr.".split()
)
# articles of a role in apposition after a surname: "Im, a former diplomat,", "Mai, die
# Sprecherin"
_ROLE_ARTICLES = frozenset("a an the der die das ein eine de het een".split())


def _introduced(word: str, text: str) -> bool:
    """Whether the text introduces ``word`` (a month or a preposition by its spelling) as a
    person's surname: after a title ("Frau Mai") or a given name ("Thomas Mai"), opening a
    full name after a comma ("the minister, Im Ji-woo,"), or with a role in commas after it
    ("Im, a former diplomat,")."""
    for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
        before = text[max(0, m.start() - 30) : m.start()]
        prev = before.split()[-1] if before.split() else ""
        if prev.lower() in _TITLES or (prev[:1].isupper() and nm.bare(prev) in FIRST_NAMES):
            return True
        after = text[m.end() : m.end() + 30]
        if before.endswith(", ") and re.match(r" [A-Z][\w-]+", after):
            return True  # "minister, Im Ji-woo,"
        nxt = after.split()[:1]
        if after.startswith(", ") and nxt and nxt[0].lower() in _ROLE_ARTICLES:
            return True  # "Im, a former diplomat,"
    return False


def _spoke(speaker: str, text: str) -> bool:
    """Whether ``speaker`` stands somewhere right after a speech verb, as its subject ("»,
    advierte Sierra Nevada", "», regrette Vers le Haut"): a body or a person, not a place."""
    for m in re.finditer(rf"(?<!\w){re.escape(speaker)}(?!\w)", text):
        prev = text[max(0, m.start() - 30) : m.start()].split()
        if prev and nm.bare(prev[-1]) in nm.SPEECH_VERBS:
            return True
    return False


def _place(words: list[str], speaker: str, text: str) -> bool:
    """True for a natural feature's name, or a name of no person the text writes only after
    a preposition of place: "Monte Verde"; "Borgonuovo" in "una casa a Borgonuovo"."""
    if not words[0][:1].isupper() or any(w.isupper() and len(w) > 1 for w in words):
        return False  # (an acronym is a body's: "INEM")
    if any(nm.bare(w) in FIRST_NAMES for w in words):
        return False  # a person's name, whatever stands before it
    if nm.looks_like_org(words):
        return False  # "Cooperativa Vinícola Monte Trentino": a body's name
    foreign = language() not in (None, "english")
    if (
        foreign
        and len(words) >= 2
        and words[0].lower() in _FEATURES
        and words[1][:1].isupper()
        and not _spoke(speaker, text)  # "», advierte Sierra Nevada": a body of that name
    ):
        return True
    if (
        foreign
        and len(words) >= 3
        and words[1].lower() in ("del", "della", "de", "do", "da")
        and words[0].lower() in _FEATURES_OF
    ):
        return True  # "Terra del Fuoco"
    seen = _places_of(speaker, text)
    if not seen:
        return False
    return all(
        _AT_PLACE_RE.search(text[max(0, at - 12) : at])
        or FROM_PLACE_RE.search(text, max(0, at - 30), at)  # "arrivata da Borgonuovo"
        for at in seen
    )


def _places_of(speaker: str, text: str) -> tuple[int, ...]:
    """Where ``speaker`` stands in ``text`` as a whole word run (remembered for the text being
    read: one long text asks for the same few speakers once per quotation)."""
    places = _places_in(text)
    if speaker not in places:
        places[speaker] = tuple(_whole_runs(speaker, text))
    return places[speaker]


def _whole_runs(words: str, text: str) -> list[int]:
    """Where ``words`` stand in ``text`` with no word character either side (a plain search,
    much faster than a pattern over a long text)."""
    found, at = [], text.find(words)
    while at >= 0:
        end = at + len(words)
        if not (at and _word_char(text[at - 1])) and not (
            end < len(text) and _word_char(text[end])
        ):
            found.append(at)
        at = text.find(words, at + 1)
    return found


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@functools.lru_cache(maxsize=2)
def _places_in(text: str) -> dict[str, tuple[int, ...]]:
    """The speakers' places found so far in ``text`` (the last two texts only are kept, so a
    worker holds no more than them)."""
    return {}
