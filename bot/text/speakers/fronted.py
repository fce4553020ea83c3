"""French and Portuguese sentences that open on a phrase before their subject (private to
the speaker modules): "Dans un communiqué, l'agence évoque …", "Sollicitée, l'association a
indiqué …", "Em nota, o órgão afirmou …". Where the fronted phrase ends, and whether the noun
phrase after it can be the subject that reports a quotation. (Also the Spanish and Italian
comparative fronted before a verbless subject: "Più ottimista X, di Y: «…»".)"""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.epithets import role_phrase
from bot.text.speakers.institutions import INSTITUTION_HEADS
from bot.text.speakers.orgs_romance import body_noun
from bot.text.speakers.people import People
from bot.text.speakers.reading import language, romance_text
from bot.text.speakers.roles import anonymous_relative
from bot.text.speakers.shapes import PREPOSITIONS, ROMANCE_INDEFINITE, Token
from bot.text.speakers.unnamed_esit import unnamed_esit

# French and Portuguese participles that open a sentence before its subject: "Sollicitée,
# l'association …", "Perguntado sobre …, o treinador …"
_PARTICIPLE_ENDS = ("é", "ée", "és", "ées", "ado", "ada", "ados", "adas", "ido", "ida")
# Portuguese prepositions fused with an indefinite article: a phrase opening on one is an
# adjunct, never a speaker ("Numa entrevista, …", "Num comunicado, …")
# the word before whose a body is: "la direction de X", "o governo do Y"
_OF = frozenset("de du des da do das dos".split())
FUSED_PREPS = frozenset("num numa nuns numas dum duma duns dumas".split())


def fused_opening_verb(att: Any, toks: list[Token]) -> tuple[int, int] | None:
    """The speech verb after the adjunct in commas (one or two) that a Portuguese sentence
    opens on with a fused preposition, its subject left out: "Numa entrevista à rádio, em
    2019, contou: «…»" -> "contou" (the person the sentence before is about), else None."""
    if not toks or toks[0][0].lower() not in FUSED_PREPS:
        return None
    for c in [c for c, t in enumerate(toks) if t[0] == ","][:2]:
        if c + 1 < len(toks) and toks[c + 1][0].islower() and att._verb_at(toks, c + 1) == 1:
            return toks[c + 1][1], toks[c + 1][2]
    return None


# prepositions a sentence opens on before an interview or a speech it names ("En aquella
# entrevista", "In quell'intervista", "Na mesma entrevista") and the "so" after the verb
_ADJUNCT_OPENERS = frozenset("en in em na no nella nel numa num durante".split())
_SO = frozenset("así così assim".split())
# object clitics between the adjunct and the verb ("lo resumió", "lo disse", "o disse")
_CLITICS = frozenset("lo la le lo o a".split())


def adjunct_then_verb(att: Any, toks: list[Token]) -> tuple[int, int] | None:
    """The speech verb of a Spanish, Italian or Portuguese sentence that opens on an adjunct of
    a few lower-case words and goes on to a colon with nothing but the verb ("En aquella
    entrevista de 1998 lo resumió así:", "In un'intervista del 2010 raccontò:"): its subject is
    left out, the person the sentence before is about; None for any other sentence."""
    if len(toks) < 4 or toks[-1][0] != ":" or toks[0][0].lower() not in _ADJUNCT_OPENERS:
        return None
    if not toks[0][0][:1].isupper():
        return None
    for v in range(2, min(len(toks) - 1, 10)):
        word = toks[v][0]
        if word in _CLITICS and v + 1 < len(toks) and att._verb_at(toks, v + 1) == 1:
            continue  # "lo resumió"
        if not (word.islower() or word.isdigit()) or word in (",", ";"):
            return None
        if word in fw.ROMANCE_ARTICLES:
            return None  # "En la radio el alcalde lo dijo así:": a subject of its own
        if att._verb_at(toks, v) == 1 and all(t[0] in _SO for t in toks[v + 1 : -1]):
            return toks[v][1], toks[v][2]
    return None


def fronted_end(toks: list[Token]) -> int:
    """The token after the comma closing a phrase a French or Portuguese sentence opens on
    ("Dans un communiqué, l'agence …", "Em nota, o órgão …", "Sollicitée, l'association …"),
    else 0."""
    if not toks:
        return 0
    first = toks[0][0].lower()
    if first not in PREPOSITIONS | fw.FRONT_PREPS and not (
        # "Sollicitée, …", "Já no café, …", "Puis l'ancien maire, …", and a role noun with no
        # article before the name it introduces: "Présidente du club X, …, Ana Y …"
        (first.endswith(_PARTICIPLE_ENDS) or first in nm.ADVERBS or first in nm.ROLES_EU)
        and toks[0][0][:1].isupper()
    ):
        return 0
    if first in nm.ADVERBS and len(toks) > 2 and opens_on_article(toks[1][0]):
        return 1  # "Puis l'ancien maire, à voix basse :": the adverb alone
    comma = next((c for c in range(1, min(len(toks) - 1, 15)) if toks[c][0] == ","), 0)
    return comma + 1 if comma else 0


def romance_subject_phrase(phrase: str) -> bool:
    """True for a lower-case Romance subject after a fronted phrase that stands for someone
    named before: a body by its kind ("l'agence", "o órgão") or a role noun ("le maire")."""
    words = phrase.split()
    head = words[0][2:] if words and words[0][:2].lower() in ("l'", "l’") else ""
    if head[:1].isupper() and nm.bare(head) in nm.ORG_WORDS:
        return True  # "l'Association des amis du rail": a body's name after its article
    if len(words) == 1 and 2 <= len(head) <= 6 and head.isalpha() and head.isupper():
        return True  # "l'ARS", "l'INSEE": a body's acronym after its elided article
    # a body by its kind with the name of whose it is: "la direction de Transval", "la
    # direction académique d'Ille-et-Vilaine", "o governo de Santa Catarina"
    of = next((k for k, w in enumerate(words) if w in _OF or w[:2] in ("d'", "d’")), 0)
    if 2 <= of <= 3 and body_noun(words[:of]) is not None:
        tail = words[of + 1 :] if words[of] in _OF else [words[of][2:], *words[of + 1 :]]
        return bool(tail) and len(tail) <= 5 and tail[0][:1].isupper()
    return body_noun(words) is not None or (len(words) <= 4 and role_phrase(phrase, "") is not None)


def opens_on_article(word: str) -> bool:
    """True for a Romance definite article ("le", "o", "il", "el"), or a word elided with one."""
    low = word.lower()
    if low in ("il", "lo", "el"):
        return language() in ("spanish", "italian")  # (French "il" is a pronoun)
    return low in ("le", "la", "les", "o", "a", "os", "as") or (
        low[:2] in ("l'", "l’") and len(low) > 2
    )


def _named_speaker_after(toks: list[Token], rel: int) -> bool:
    """True when, after the relative clause from ``rel`` and its comma, someone named speaks:
    "Segundo um dirigente que pediu …, o presidente Henrique X garantiu que “…”" (the source
    only reports what the president said)."""
    comma = next((c for c in range(rel, len(toks)) if toks[c][0] == ","), 0)
    if not comma:
        return False
    for k in range(comma + 1, len(toks)):
        if nm.bare(toks[k][0]) in nm.SPEECH_VERBS:
            return any(t[0][:1].isupper() for t in toks[comma + 1 : k])
    return False


# indefinite articles opening someone unnamed, and the words after their noun that say where
# they were or what as ("présent à", "come osservatore")
_INDEFINITE = frozenset("un une um uma uno una".split())
_WHERE_AS = frozenset(
    "présent présente présents présentes presente presenti presentes à au aux en in nel nella"
    " no na em comme come como".split()
)


def according_source(toks: list[Token]) -> tuple[int, int] | None:
    """The source a French or Portuguese sentence opens on with "selon"/"segundo" and a
    comma, as the span of at most six words: "Selon lui, …" -> "lui", "Segundo a diretora da
    escola, Ana X, …" -> "a diretora da escola, Ana X" (its name in commas kept)."""
    if len(toks) < 3 or toks[0][0].lower() not in nm.ACCORDING:
        return None
    comma = next((c for c in range(2, min(len(toks), 8)) if toks[c][0] == ","), 0)
    if not comma and toks[1][0].lower() in _INDEFINITE:
        # "Selon un diplomate européen présent à Tessaly comme observateur, …": someone
        # unnamed, up to where the words say where they were or what as
        far = next((c for c in range(8, min(len(toks), 16)) if toks[c][0] == ","), 0)
        end = next((k for k in range(3, far) if toks[k][0].lower() in _WHERE_AS), 0)
        if any(t[0].lower() in ("qui", "que", "che") for t in toks[2:end]):
            end = 0  # (a relative clause: ``anonymous_relative`` reads those)
        if far and end:
            return toks[1][1], toks[end - 1][2]
    if not comma:
        # "Segundo um dirigente que pediu para não ser identificado, o técnico …", "Selon un
        # proche qui a requis l'anonymat, …": the source before its relative clause of
        # keeping its name back
        rel = next(
            (c for c in range(2, min(len(toks), 6)) if toks[c][0] in ("que", "qui", "che")), 0
        )
        if not anonymous_relative(toks, rel) or _named_speaker_after(toks, rel):
            return None
        return toks[1][1], toks[rel - 1][2]
    # "Selon la directrice, Ana X, le plan …": the name in commas after the role (a rank
    # before it: "Segundo o comandante da PSP, superintendente Carlos X, …")
    return toks[1][1], toks[_name_in_commas(toks, comma) - 1][2]


# Italian "from the" opening a source: "Dalla Regione X fanno sapere", "Dal Comune spiegano"
_FROM_SOURCE = frozenset("Dalla Dal Dallo Dai Dalle Dagli".split())
_FROM_SOURCE_LOW = frozenset(w.lower() for w in _FROM_SOURCE)


def from_source(words: list[str]) -> bool:
    """True when a speaker phrase opens on an Italian "from the" before a capitalized name:
    "Dalla Regione X, interpellata, fanno sapere che «…»" -- the body the word comes from."""
    # (or from a body by its head noun and a capitalized name: "dalla questura di X")
    return (
        len(words) > 1
        and words[0] in _FROM_SOURCE | _FROM_SOURCE_LOW
        and (
            words[1][:1].isupper()
            or (
                words[1] in INSTITUTION_HEADS
                and any(w[:1].isupper() for w in words[2:])
                and language() == "italian"
            )
        )
    )


# Romance adverbs of time and frequency between a speech verb and its subject ("diz agora o
# antigo autarca", "répète souvent le maire")
_ADVERBS = frozenset(
    "spesso sempre ancora ieri oggi siempre todavía ayer hoy agora hoje ainda ontem também"
    " maintenant aujourd'hui aujourd’hui encore hier souvent toujours désormais aussi".split()
)


def adverb_lead(phrase: str) -> int:
    """The length of an adverb (and its space) a speaker phrase opens on before an indefinite
    article ("comentaba ayer un jubilado de X" -> len("ayer ")), else 0."""
    words = phrase.split(" ", 2)
    if len(words) > 2 and words[0] in _ADVERBS and words[1].lower() in ("un", "una", "uno"):
        return len(words[0]) + 1
    return 0


def adverb_cut(words: list[str]) -> list[str]:
    """A speaker phrase without the adverbs it opens on before an article ("«…», ripeteva
    spesso il maestro" -> "il maestro", "«…», diz agora o septuagenário" -> "o
    septuagenário", "comentaba ayer un marinero" -> "un marinero"), in Spanish, Italian,
    Portuguese and French text."""
    k = 0
    while (
        k < len(words) - 1
        and (words[k] in _ADVERBS or words[k] in nm.ADVERBS)
        and language() in ("spanish", "italian", "portuguese", "french")
    ):
        k += 1
    indefinite = words[k].lower() in ROMANCE_INDEFINITE  # "comentaba ayer un marinero"
    return words[k:] if k and (opens_on_article(words[k]) or indefinite) else words


def latter_opening(toks: list[Token]) -> tuple[int, int] | None:
    """The span of "Esta última", "Quest'ultimo" opening a clause, else None."""
    for n in (1, 2):
        if len(toks) > n and " ".join(t[0] for t in toks[:n]).lower() in nm.LATTER:
            return toks[0][1], toks[n - 1][2]
    return None


_FOR_PRONOUNS = frozenset("lui elle ele ela".split())  # "Pour lui, …", "Para ela, …"


def for_whom_source(toks: list[Token], text: str, people: People) -> tuple[int, int] | None:
    """The person a French or Portuguese sentence is "for", opening on "Pour"/"Para" and a
    comma: "Para o crítico Márcio X, o romance confirma “…”" -> "o crítico Márcio X", "Pour
    elle, c'est « … »" -> "elle" (a pronoun, or a name the text gives a person; not "Pour la
    première fois, …")."""
    if not toks or toks[0][0] not in ("Pour", "Para"):
        return None
    c = next((c for c in range(2, min(len(toks), 9)) if toks[c][0] == ","), 0)
    phrase = text[toks[1][1] : toks[c - 1][2]] if c else ""
    named = people.name_in(phrase, toks[1][1]) if c > 2 else None
    if phrase in _FOR_PRONOUNS or (named is not None and named[1]):
        return toks[1][1], toks[_name_in_commas(toks, c, strict=True) - 1][2]
    return None


def _name_in_commas(toks: list[Token], comma: int, strict: bool = False) -> int:
    """The comma closing a name in commas after a source's role that ends on ``comma``
    ("Segundo a diretora, Ana X, …", "Para o ministro da Saúde, coronel Y, …": a rank
    first), else ``comma``."""
    rank = comma + 1
    while rank < min(len(toks), comma + 3) and toks[rank][0] in nm.ROLES_EU:
        rank += 1
    if not (toks[rank : rank + 1] and toks[rank][0][:1].isupper()):
        return comma
    close = next((c for c in range(rank + 1, min(len(toks), rank + 5)) if toks[c][0] == ","), 0)
    if (
        close
        and (strict or comma + 1 < rank)
        and not all(t[0][:1].isupper() or t[0] in nm.NAME_PARTICLES for t in toks[rank:close])
    ):
        return comma  # (a name alone: not "Para o ministro, Lisboa e Porto, …")
    return close or comma


# "from" before the place a speaker spoke from: "ha scandito X dal palco", "a lancé X depuis la
# tribune" (Spanish "desde" ends the phrase earlier: FOREIGN_STOPS)
_FROM_PLACE = frozenset("dal dalla dallo dai dagli dalle depuis".split())


# a coordinating conjunction opening a sentence before a capitalized name (Romance)
_CONJ_NAME_RE = re.compile(r"(?:E|Ed|Et|Y|Mais|Pero|Para|Pour)\s+(?=[A-ZÀ-Ý][a-zà-ÿ])")


def conjunction_cut(phrase: str) -> int:
    """Where the name starts after a Romance conjunction opening the sentence, which is no part
    of it ("E Rossi ha ammesso che …", "Y Pérez añadió", "Et Martin a conclu"), or "for"
    opening it ("Para Anselmo, la moratoria es …": the one it is about); 0 when none
    opens the phrase (one capital letter is an initial only with its stop: "E. Rossi")."""
    conj = _CONJ_NAME_RE.match(phrase) if romance_text() else None
    return conj.end() if conj else 0


def place_cut(words: list[str]) -> list[str]:
    """A speaker phrase of capitalized name words without the place it was said from after
    them ("Bertoli dal palco" -> "Bertoli"), in Italian and French text; else ``words``."""
    k = next((k for k, w in enumerate(words) if w in _FROM_PLACE), 0)
    if (
        k
        and k < len(words) - 1
        and all(w[:1].isupper() for w in words[:k])
        and words[k + 1][:1].islower()
        and language() in ("italian", "french")
    ):
        return words[:k]
    return words


# Spanish and Italian comparatives fronted before the subject of a clause with no verb that
# introduces a quotation: "Più ottimista X, di Y: «…»", "Meno entusiasta una delegata …: «…»"
_MORE_LESS = frozenset("Più Meno Más Menos".split())
# adverbs after "più"/"más" that make no comparative of the subject: "Più tardi", "Más veces"
_NOT_ADJECTIVES = frozenset(
    "tardi tarde volte veces spesso presto pronto avanti adelante tardi lontano lejos".split()
)
# finite verbs that give the clause a subject of its own after the name
_VERB_AFTER = frozenset("ha è ho hanno sono es está han fue era".split())


def comparative_opening(toks: list[Token], text: str, end: int) -> tuple[int, int] | None:
    """For a Spanish or Italian clause ending on a colon that opens on "more"/"less" and an
    adjective, then its subject with no verb ("Più cauto Aldo Neri, di Banca X: «…»", "Meno
    entusiasta una giovane delegata di Pieve Alta: «…»", "Más cauta se mostró X, de Y:"):
    the subject's name or description (not the body in the apposition after it), else None."""
    if (
        language() not in ("spanish", "italian")
        or len(toks) < 3
        or toks[0][0] not in _MORE_LESS
        or not (toks[1][0].isalpha() and toks[1][0].islower())
        or toks[1][0] in _NOT_ADJECTIVES  # "Più tardi X …", "Más veces …": no comparative
        or not text[toks[-1][1] : end].rstrip().endswith(":")
    ):
        return None
    if toks[2][0].lower() in ("un", "una", "uno") or toks[2][0].lower()[:3] in ("un'", "un’"):
        described = unnamed_esit(text, toks[2][1])
        if described is None or text[toks[2][1] : toks[2][1] + len(described)] != described:
            return None
        return toks[2][1], toks[2][1] + len(described)
    j = 2
    while j < min(len(toks), 6) and toks[j][0].isalpha() and toks[j][0].islower():
        j += 1  # "Più cauto si è detto X, di Y:": a verb of seeming, its subject after it
    k = j
    while k < len(toks) and toks[k][0][:1].isupper() and toks[k][0].isalpha():
        k += 1
    if k - j < 2 or (k < len(toks) and toks[k][0] not in (",", ":")):
        return None  # (a full name, then its apposition or the colon)
    if any(t[0] in nm.SPEECH_VERBS or t[0] in _VERB_AFTER for t in toks[k:]):
        return None  # "…, che ha risposto:": a verb after the name has its own subject
    return toks[j][1], toks[k - 1][2]
