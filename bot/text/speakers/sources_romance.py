"""The Portuguese and Spanish unnamed source that opens its clause with no article (private to
``phrases``): "Fonte oficial do Ministério disse que …", "Fonte da PSP adiantou que …",
"Fuentes de la investigación explicaron que …", "Uma fonte do clube garantiu que …"; an
unnamed source of a named body, which stays that source (``source_of_body``, for ``naming``);
and (``earlier_source``, for ``resolve``) the source a demonstrative takes up, "cette source"."""

from __future__ import annotations

import re

from bot.text.speakers import foreign as fw
from bot.text.speakers.names import SPEECH_VERBS
from bot.text.speakers.reading import language
from bot.text.speakers.romance_words import romance_verb
from bot.text.speakers.shapes import Token

# the source nouns, and the indefinite articles that may stand before them
_SOURCES = frozenset("fonte fontes fuente fuentes".split())
_SOME = frozenset("uma umas una unas".split())
# the most words before the verb the phrase may run over
_LONGEST = 10
# endings of a Portuguese or Spanish third-person plural past ("disseram", "restaron")
_PLURAL_PASTS = ("aram", "eram", "iram", "aron", "eron", "ieron")


def source_before(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The unnamed source phrase that is the whole subject before the verb at token ``i``,
    opening the clause or following a fronted phrase's comma: "Fonte" (or "uma fonte") then
    lower-case words and a few after each "of" ("oficial do gabinete do ministro", "da
    corporação de bombeiros local"), or a named body's ("Fonte da PSP", ``source_of_body``);
    else None (another capital in it is left to the other rules: "Fonte próxima de Ana X" is
    not read as her)."""
    if language() not in ("portuguese", "spanish") or i < 1:
        return None
    a = next((a for a in range(max(0, i - _LONGEST), i) if toks[a][0].lower() in _SOURCES), None)
    if a is None:
        return None
    start = a - 1 if a > 0 and toks[a - 1][0].lower() in _SOME else a
    if start > 0 and toks[start - 1][0] != ",":
        return None  # (an object: "segundo uma fonte", "citou fonte do clube")
    if start != a and toks[a][0][:1].isupper():
        return None
    if start == a and start > 0 and toks[a][0][:1].isupper():
        return None  # (mid-sentence, a capital is a name: "…, Fontes disse")
    words = [t[0] for t in toks[start:i]]
    if source_of_body(" ".join(words)) and all(w.isalpha() or "'" in w for w in words):
        return toks[start][1], toks[i - 1][2]  # "Uma fonte próxima da SAD garante que"
    run = 0  # the words since "Fonte" or the last "of": a few ("oficial", "do ministro")
    for k in range(a + 1, i):
        word = toks[k][0]
        if not (word.isalpha() and word.islower()) or word.endswith(_PLURAL_PASTS):
            # (a capital: the body or the person named is left to the other rules, "Fonte da
            # PSP", "Fuentes de la Consellería X"; a comma, a number, a verb: more than the
            # source)
            return None
        run = 0 if word in fw.OF_WORDS else run + 1
        if run > 3:
            return None  # "Fuentes del gobierno regional restaron importancia": a verb there
    return toks[start][1], toks[i - 1][2]


# an unnamed source of a named body, in Portuguese, Italian and French: "fonte da PJ", "Fonte
# oficial do Ministério da Economia", "uma fonte próxima da SAD", "fonti della Procura", "une
# source proche de l'Élysée" (a person who speaks for the body without being named, as "a
# source close to the club" is; Spanish writers key "fuentes de X" as either, so it is left
# to the other rules)
_SOURCE_OF_BODY_RE = re.compile(
    r"(?:(?:uma|um|una|un|une|la|a|le)\s+)?(?:fonte|fontes|fonti|source|sources)\s+"
    r"(?:(?:oficial|oficiais|officielle|ufficiale|próxima|próximas|vicina|vicine|proche|"
    r"proches|interna|interne)\s+)?(?:(?:de|da|do|das|dos|di|del|della|dello|dei|degli|delle|"
    r"du|des|al|alla|allo|ai|agli|alle)\s+|d['’]|de\s+la\s+|de\s+l['’])",
    re.IGNORECASE,
)


def source_of_body(phrase: str) -> bool:
    """Whether ``phrase`` is an unnamed source of a body named in it ("fonte da PJ"): the
    phrase as written, never the body alone."""
    if language() not in ("portuguese", "italian", "french"):
        return False
    m = _SOURCE_OF_BODY_RE.match(phrase)
    return m is not None and any(w[:1].isupper() for w in phrase[m.end() :].split())


# a demonstrative and a source noun, the source described before: "précise cette source",
# "según esta fuente", "secondo questa fonte", "acrescentou essa fonte"; or "the same" after
# an article or a demonstrative: "a ajouté la même source", "añadió esa misma fuente",
# "disse a mesma fonte", "ha aggiunto la stessa fonte", "según dicha fuente"
_THIS_SOURCE_RE = re.compile(
    r"(?i)(?:(?:cette|ces|esta|estas|esa|esas|questa|queste|essa|essas|dicha|dichas)\s+"
    r"(?:(?:même|mêmes|misma|mismas|mesma|mesmas|stessa|stesse)\s+)?"
    r"|(?:la|les|a|as|las|le)\s+(?:même|mêmes|misma|mismas|mesma|mesmas|stessa|stesse)\s+)"
    r"(source|sources|fuente|fuentes|fonte|fontes|fonti)"
)
_SAME_RE = re.compile(r"(?i).*\b(?:même|mêmes|misma|mismas|mesma|mesmas|stessa|stesse)\s+\w+$")


def same_source(phrase: str) -> bool:
    """True for "the same source" ("la même source", "esa misma fuente", "a mesma fonte",
    "la stessa fonte"): the source that spoke last, not only the one first described."""
    return _THIS_SOURCE_RE.fullmatch(phrase.strip()) is not None and bool(
        _SAME_RE.match(phrase.strip())
    )


# the source as first described: an indefinite article, the noun and a few words on to a stop
_DESCRIBED_RE = re.compile(
    r"\b(?:une|des|una|unas|uma|umas)\s+(?:source|fuente|fonte)s?\b[^.,;:!?«»“”\"()—–\n]{0,60}",
    re.IGNORECASE,
)
_REACH = 800
_MAX_WORDS = 7
# what makes a described source an informant, right after the noun: a qualifier of people
# ("proche du dossier", "bien informée", "diplomatique", "policial", "investigativa",
# "anonyme", "au sein de", "qui a requis l'anonymat") or the body it speaks from, an "of" with
# its article or a capital ("du ministère", "de la investigación", "da PSP", "de Bercy");
# not "une source d'inquiétude", "fuente de ingresos", "fonte di energia", "fonte de receita"
_INFORMANT_RE = re.compile(
    r"(?i:(?:proche|cercan|próxim|proxim|vicin|bien|bem|ben|inform|diplomat|polic|judic"
    r"|giudiz|gouvern|gubern|govern|minist|anonym|anónim|anonim|officiel|oficial|ufficial"
    r"|militar|investig|sécurit|securit|autoris|autoriz|intern)\w*"
    r"|(?:au\s+sein|dentro|qui|que|che|du|des|del|della|dello|dei|degli|delle|da|do|das|dos"
    r"|dal|dall['’]|de\s+(?:la|las|los|l['’])|di\s+(?:un|una)|d['’]un|de\s+seguridad)\b)"
    r"|(?:de|di|d['’])\s*[A-ZÀ-Ý]"
)


def earlier_source(text: str, pos: int, phrase: str) -> str | None:
    """The source a demonstrative phrase ("cette source", "esta fuente") takes up, as first
    described in the text before ``pos``: "Selon une source proche de l'enquête, … « … »,
    précise cette source" -> "une source proche de l'enquête"; None when no such description
    stands in the paragraphs before (the phrase is then kept as written)."""
    m = _THIS_SOURCE_RE.fullmatch(phrase.strip())
    if m is None:
        return None
    noun = m.group(1).lower()
    if noun == "fonti":
        noun = "fonte"
    found = None
    for d in _DESCRIBED_RE.finditer(text, max(0, pos - _REACH), pos):
        words = d.group().split()
        if not words[1].lower().startswith(noun[:5]):
            continue
        if len(words) < 3 or not _INFORMANT_RE.match(" ".join(words[2:])):
            continue  # "une source d'inquiétude", "una fuente de ingresos": no informant
        kept = words[:2]
        for w in words[2:_MAX_WORDS]:
            if w.lower() in SPEECH_VERBS or romance_verb(w.lower()):
                break  # "una fuente de la investigación explicó": the verb ends it
            kept.append(w)
        found = " ".join(kept)
    return found
