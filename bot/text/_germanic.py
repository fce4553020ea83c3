"""German and Dutch clause shapes before a quotation (private to ``_speakers.py``).

German and Dutch main clauses put the verb second: when something else opens the clause, the
subject follows the verb ("Vor den Beschäftigten sagte er: „…“", "Daarna zei de
burgemeester: “…”"). And "laut"/"volgens" before a document ("warnte laut einer Mitteilung:")
names no speaker.
"""

from __future__ import annotations

import re

from bot.text import _names as nm
from bot.text._firstnames import FIRST_NAMES
from bot.text._roles import full_name_in
from bot.text._shapes import Token
from bot.text.lexicon import load

# the German and Dutch speech verbs (a verb-second clause is read only after one of these)
_VERBS = load("speech_verbs_de", "speech_verbs_nl")
_PRONOUNS = frozenset("er sie hij zij ze".split())
SUBJECT_PRONOUNS = _PRONOUNS
# the infinitive closing "laat X weten", "ließ X mitteilen": the noun phrase ends before it
INFINITIVES = frozenset("weten wissen verlauten mitteilen ausrichten".split())
# prepositions between a name and the employer: "X Y vom Verband Pro Bahn", "X Y van de FNV"
_EMPLOYER_PREPS = frozenset("vom von van bei beim".split())
# articles after "laut"/"volgens" that open a document or a body, not a person's name
_DOC_ARTICLES = frozenset("einer einem eines dem der des een het".split())


def germanic_verb(word: str) -> bool:
    """True for a German or Dutch speech verb in lower case ("benadrukt", "sagte")."""
    return word.islower() and word in _VERBS


def v2_pronoun(toks: list[Token], v: int, n: int, registry: dict) -> tuple[int, int] | None:
    """The pronoun right after a German or Dutch speech verb that does not open its clause:
    "Vor den Beschäftigten sagte er:" -> "er" (but "Müller fragte sie:", a known person
    before the verb, asks someone)."""
    if v == 0 or v + n >= len(toks) or toks[v][0].lower() not in _VERBS:
        return None
    pron = toks[v + n]
    if pron[0] not in _PRONOUNS:
        return None
    if v + n + 1 < len(toks) and toks[v + n + 1][0][:1].isupper():
        return None  # "… sagte sie Müller": not the shape
    before = toks[v - 1][0]
    governed = v >= 2 and toks[v - 2][0].islower()  # "Vor den Beschäftigten sagte er"
    if before[:1].isupper() and nm.bare(before) in registry and not governed:
        return None
    return pron[1], pron[2]


def document_after(toks: list[Token], v: int) -> bool:
    """True for "laut einer Mitteilung" / "volgens een verklaring" after a speech verb earlier in
    the clause: the document is no speaker, the verb's subject is."""
    return (
        v + 1 < len(toks)
        and toks[v + 1][0] in _DOC_ARTICLES
        and any(t[0].lower() in _VERBS for t in toks[:v])
    )


def article_epithet(toks: list[Token], k: int) -> int:
    """The last token of "Die 39-Jährige" / "De 36-jarige" opening a clause at k (an article
    and an age or a noun that starts with a digit), else k."""
    if (
        toks[k][0] in ("Der", "Die", "Das", "De", "Het")
        and k + 1 < len(toks)
        and toks[k + 1][0][:1].isdigit()
    ):
        return k + 1
    return k


def adjective_before(word: str) -> bool:
    """True for a German adjective before a capitalized noun: "längere Lieferzeiten", "klare
    Worte" -- the noun is an object, no speaker (a past-tense verb, "sagte Müller", is not one)."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 3
        and word.endswith(("e", "en", "er", "es", "em"))
        and not word.endswith(("te", "ten"))
        and word not in _VERBS
        and word not in nm.NAME_PARTICLES
        and word not in nm.ROLES_EU
        and word not in nm.TITLES
    )


def employer_before(toks: list[Token], k: int) -> int | None:
    """Where "vom"/"von der"/"van de" stands before the capitalized run at k when a full name
    comes before it ("Karl-Peter Naumann vom Fahrgastverband Pro Bahn"), else None (not in
    "Harry van der Maas", one name)."""
    p = k - 1
    if p >= 1 and toks[p][0] in ("der", "dem", "den", "de", "het"):
        p -= 1  # "X Y von der Universität Bonn"
    if (
        p >= 2
        and toks[p][0] in _EMPLOYER_PREPS
        and full_name_in([t[0] for t in toks[max(0, p - 4) : p]])
    ):
        return p
    return None


_GERMAN_RE = re.compile(r"\b(?:der|die|und|nicht|ist|das|mit|sich|auf|für|dem|ein|eine)\b")
_ENGLISH_RE = re.compile(r"\b(?:the|and|of|is|to|was|with|that|het|een|van|zijn)\b")


_IBERIAN_RE = re.compile(r"[áéíóúñãõç]|ez\b")


def german_text(text: str) -> bool:
    """True for a text in German (its function words outnumber English and Dutch ones)."""
    sample = text[:4000]
    german = len(_GERMAN_RE.findall(sample))
    return german >= 2 and german > 2 * len(_ENGLISH_RE.findall(sample))


def object_cut(german: bool, words: list[str], text: str, end: int) -> list[str]:
    """In German text, "Helga Brandt Obst" before "auf dem Markt" (a first name, a surname and
    a third capitalized word, none of them a first name, then a lower-case word) is a name and
    the verb's object: "verkauft Helga Brandt Obst auf dem Markt" -> "Helga Brandt"."""
    if not german or len(words) != 3 or nm.bare(words[0]) not in FIRST_NAMES:
        return words
    if any(nm.bare(w) in FIRST_NAMES or not w[:1].isupper() for w in words[1:]):
        return words
    if _IBERIAN_RE.search(" ".join(words[1:])) or words[2][-1:] in "aoiu":
        return words  # "Nuria Rábano Castro": two Spanish or Portuguese surnames
    nxt = text[end : end + 20].split()[:1]
    return words[:2] if nxt and nxt[0][:1].isalpha() and nxt[0][:1].islower() else words
