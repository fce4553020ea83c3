"""A French or Portuguese sentence of its own that leads into a quotation with a colon and
opens on a new subject (private to ``attribution.py``): "« A », raconte Martine X. Son mari
complète : « B »", "Anne est plus inquiète : « B »", "Dans la rame, une étudiante, Léa,
découvre le trajet : « B »", "A mulher recorda as noites sem dormir: «B»". B is not the words
of the speaker of the quotation before it in the paragraph: a reader takes the new subject,
which the attribution rules may not have read (no speech verb); left None rather than A's."""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.companies_romance import ROMANCE_BODY_NOUNS
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.kin import RELATIVES
from bot.text.speakers.reading import language

# the subject a lead sentence opens on: an article or a possessive before a noun
_OPENERS = frozenset(
    "le la les l' l’ un une son sa ses leur leurs ce cette o a os as um uma seu sua seus suas "
    "este esta esse essa".split()
)
_INDEFINITE = frozenset("un une um uma".split())
# a demonstrative points back to one named already ("Cette mère de deux enfants ajoute :")
_DEMONSTRATIVES = frozenset("ce cette este esta esse essa".split())
# nouns for another person close to the speaker, who speaks in turn after an article or a
# possessive: relatives (``kin.RELATIVES``), partners, neighbours, friends (French, Portuguese)
_OTHERS = RELATIVES | frozenset(
    "mari femme épouse époux compagne compagnon soeur oncle tante cousin cousine voisin voisine "
    "ami amie collègue grand-mère grand-père petit-fils petite-fille beau-frère belle-sœur "
    "belle-mère beau-père marido mulher esposa esposo avó avô tio tia primo prima neto neta "
    "vizinho vizinha amigo amiga colega namorado namorada companheiro companheira sogra sogro "
    "cunhado cunhada".split()
)
# a fronted adjunct before the subject ("Dans la rame, …", "Na estação, …"): read after its comma
_FRONTED = frozenset(
    "dans sur à au après avant pendant lors chez devant derrière plus moins na no nas nos em "
    "ao à após antes durante perante".split()
)
# a verb of saying and "que" before a fragment in marks: "dit que", "diz que", "estime qu'"
_THAT_RE = re.compile(r"\b[a-zà-ÿ]{3,}\s+qu(?:e\b|['’])")
# a sentence break before the lead: a stop (and closing marks) and a space
_BREAK_RE = re.compile(r"[.!?…][»”\"]?\s+")


def colon_lead(
    text: str, prev_close: int, open_at: int, prev_phrase: str | None, fragment: bool = False
) -> tuple[int, int] | None:
    """When the quotation opening at ``open_at`` follows a colon that ends a sentence of its
    own after the quotation closing at ``prev_close``, a sentence opening on a new subject:
    the span of that subject when it is a first name (which the earlier speaker phrase
    ``prev_phrase`` does not hold: "Anne est plus inquiète :"), else an empty span at the
    lead for an article or a possessive ("Son mari complète :", who is left None); None
    otherwise. With ``fragment`` (a quotation opening in lower case), a lead reporting it
    with "que" reads the same: "Sa fille, Paule, dit que son père « semble un autre homme »"."""
    if language() not in ("french", "portuguese") or open_at - prev_close > 300:
        return None
    between = text[prev_close:open_at]
    colon = between.rstrip().endswith(":")
    if "\n" in between or not (colon or fragment):
        return None
    breaks = list(_BREAK_RE.finditer(between))
    if not breaks:
        return None  # (the attribution's own sentence: "», dit-il, avant d'ajouter :")
    at = prev_close + breaks[-1].end()
    lead = between[breaks[-1].end() :].rstrip().rstrip(":")
    if not colon and _THAT_RE.search(lead) is None:
        return None
    words = lead.split()
    if len(words) < 2:
        return None  # "Et d'ajouter :", "Acrescentou:"
    if words[0].lower() in _FRONTED and "," in lead:
        at += lead.index(",") + 1
        lead = lead[lead.index(",") + 1 :]
        words = lead.split()
        if not words:
            return None
    at += len(lead) - len(lead.lstrip())
    first = words[0].strip(",")
    low = first.lower()
    if low[:2] in ("l'", "l’") and len(low) > 2:
        low = low[:2]
    if low in _OPENERS:
        # someone new: an indefinite ("une étudiante, Léa, découvre"), a relative, partner,
        # neighbour or friend ("Son mari complète :", "A mulher recorda …:") or a body ("Nas
        # redes sociais, a organização partilhou …:"); a role word, a demonstrative's
        # description or a thing of theirs is the same speaker going on ("No final, o técnico
        # foi claro:", "Cette mère de deux enfants ajoute :", "Sa priorité est claire :")
        noun = words[0][2:] if low in ("l'", "l’") else (words[1] if len(words) > 1 else "")
        noun = noun.strip(",").lower()
        if (
            low in _INDEFINITE
            or noun in ROMANCE_BODY_NOUNS
            or (low not in _DEMONSTRATIVES and noun in _OTHERS)
        ):
            return at, at
        return None
    said = set((prev_phrase or "").split())
    if low not in FIRST_NAMES or first in said:
        return None
    if words[1][:1].islower():
        return at, at + len(first)  # "Anne est plus inquiète :"
    if len(words) > 2 and words[1].isalpha() and words[2][:1].islower():
        return at, at + len(first) + 1 + len(words[1])  # "Anne Verhaegen est plus inquiète :"
    return None


def lead_subject(
    text: str, spans: list[Any], idx: int, earlier: list[str | None]
) -> tuple[int, int] | None:
    """``colon_lead`` for quotation ``idx`` of ``spans`` after the quotation before it, whose
    paragraph has the attributed quotations ``earlier`` (their phrases, in order; none: None)."""
    if not earlier or idx == 0:
        return None
    span = spans[idx]
    fragment = text[span.start : span.start + 1].islower()
    return colon_lead(text, spans[idx - 1].close_end, span.open_at, earlier[-1], fragment)


# the words of a fronted topic: "of" before its name, an article ("Sobre a saída de X:")
_TOPIC_OF = frozenset("de du des da do dos das di del della dello dei delle degli".split())
_TOPIC_ARTICLES = frozenset(
    "le la les el los las il lo gli o os as un une una uno um uma su sus sa son ses sua seu suo"
    " seus suas".split()
)


def topic_only(words: list[str]) -> bool:
    """True for a clause that is only a fronted topic ending on the name it is about, its
    speaker left out (the one the text reports): "Sul possibile addio di Rossi:", "Sobre a
    saída de João Silva:" (a preposition, an article at most right after it, lower-case
    nouns, "of", the name). Not a clause with its own subject: "Sulla vicenda il sindaco di
    X:" holds an article further on."""
    words = list(words)
    while words and not words[-1][:1].isalnum():
        words.pop()
    end = len(words)
    while end > 1 and words[end - 1][:1].isupper():
        end -= 1
    if end == len(words) or end < 3 or words[end - 1] not in _TOPIC_OF:
        return False
    if any(nm.bare(w) in FIRST_NAMES for w in words[end + 1 :]):
        return False  # "Sulla panchina del Genoa Alberto X:": a place, then the speaker
    middle = words[1 : end - 1]
    if middle and middle[0] in _TOPIC_ARTICLES:
        middle = middle[1:]  # "Sobre a saída de …"
    return (
        0 < len(middle) <= 3
        and all(w.isalpha() and w.islower() for w in middle)
        and not any(w in _TOPIC_ARTICLES for w in middle)
    )
