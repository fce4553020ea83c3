"""Acronyms a speaker phrase names, spelt out earlier in the text: "l'ARS" -> "Agence régionale
de santé …", "la DGAC", "het CBS" (private to ``resolve.py``).
"""

from __future__ import annotations

import re

from bot.text.speakers.epithets import REACH_BACK
from bot.text.speakers.institutions import PERSON_INITIALS
from bot.text.speakers.orgs_romance import ROMANCE_DEFINITE, romance_article
from bot.text.speakers.reading import language

_FUNCTION = frozenset(
    "de du des la le les et y e del della di da do dos das en à au aux of the and for pour"
    " para per por sur"
    " voor van het der für und".split()  # "Centraal Bureau voor de Statistiek" (CBS)
)
_WORD_RE = re.compile(r"[^\W\d_][\w-]*")


def expand_acronym(text: str, acronym: str, pos: int) -> str | None:
    """The name an acronym stands for, spelt out before ``pos`` with the initials of its
    words ("la DGAC" -> "Direction générale de l’aviation civile", "l’ARS" -> "Agence
    régionale de santé de Nouvelle-Aquitaine": a capitalized place after it stays), the
    nearest one within ``REACH_BACK`` characters; None when the text never spells it out."""
    if not 2 <= len(acronym) <= 6 or not acronym.isupper() or not acronym.isalpha():
        return None
    opening = re.compile(rf"(?<!\w){acronym[0]}[^\W\d_]+")
    start = max(0, pos - REACH_BACK)
    # the nearest spelling wins, so read back in steps and stop at the first that spells it:
    # a text naming the acronym often costs a short stretch, not the whole reach
    for high in range(pos, start, -_STEP):
        low = max(start, high - _STEP)
        for m in reversed(list(opening.finditer(text, low, high))):
            # (a hyphenated name gives the initial of each capitalized part, or of the whole:
            # "Procuradoria-Geral da República" for "PGR")
            found = _spelt_out(text, acronym, m, pos) or _spelt_out(text, acronym, m, pos, True)
            if found is not None:
                return found
    return None


_STEP = 1000


def _spelt_out(
    text: str, acronym: str, m: re.Match[str], pos: int, parts: bool = False
) -> str | None:
    """The name opening at ``m`` when its words' initials spell ``acronym`` (with ``parts``,
    each capitalized part of a hyphenated word gives its own), else None."""
    letters, end, last = [], m.end(), m.start()
    for w in _WORD_RE.finditer(text, m.start(), min(pos, m.start() + 160)):
        word = w.group()
        if text[last : w.start()].strip(" '’"):
            break  # a comma, a bracket: the name ends
        last = w.end()
        low = word.lower()
        if low in _FUNCTION or low in ("l", "d"):
            continue
        pieces = word.split("-") if parts else [word]
        letters += [p[0].upper() for p in pieces if p[:1].isupper()] or [word[0].upper()]
        end = w.end()
        if len(letters) >= len(acronym):
            break
    if "".join(letters) != acronym:
        return None
    place = re.match(r" (?:de|du|d['’]) ?([A-Z][\w-]*(?: [A-Z][\w-]*)?)", text[end:pos])
    if place is not None:
        end += place.end()
    return text[m.start() : end]


def romance_acronym(words: list[str]) -> str | None:
    """The acronym a Romance speaker phrase names: "la DGAC", "l’ARS", "el INE" -> it."""
    if len(words) == 1 and words[0][:2].lower() in ("l'", "l’"):
        words = [words[0][:2], words[0][2:]]
    if len(words) != 2 or not romance_article(words[0].rstrip("'’") or "l"):
        return None
    if words[0].lower().rstrip("'’") not in ROMANCE_DEFINITE | {"l", "les", "los"}:
        return None
    return words[1] if words[1].isupper() and words[1].isalpha() else None


def acronym_org(words: list[str], text: str, pos: int) -> str | None:
    """The name spelt out before ``pos`` for a Romance, German or Dutch speaker phrase naming
    an acronym ("la DGAC", "het CBS", "die BVG")."""
    acronym = romance_acronym(words) or germanic_acronym(words)
    if not acronym:
        return None
    found = expand_acronym(text, acronym, pos)
    if found is None and language() == "german":
        found = _compound_spelt(text, acronym, pos)
    if (
        found is None
        and language() in ("french", "portuguese")
        and acronym.lower() not in PERSON_INITIALS
    ):
        found = _named_with(text, acronym, pos)
    return found


# the place a body's name ends on: "… (ARS) de Nouvelle-Aquitaine", "ARS Bourgogne-Franche-Comté"
_PLACE_AFTER_RE = re.compile(
    r" (?:(?:de|du|da|do|d['’]) ?)?[^\W\d_a-z][\w-]*(?: [^\W\d_a-z][\w-]*)?"
)
_ARTICLE_BEFORE_RE = re.compile(r"(?:\b(?:[Ll][ae]s?|[AaOo]s?)\s+|\b[Ll]['’])$")


def _article_before(text: str, at: int) -> bool:
    """True when a definite article ends right before ``at`` ("L'agence", "a secretaria")."""
    return _ARTICLE_BEFORE_RE.search(text, max(0, at - 5), at) is not None


def _named_with(text: str, acronym: str, pos: int) -> str | None:
    """The body a French or Portuguese text named earlier with the acronym a speaker phrase
    gives ("Dans un communiqué, l'ARS explique …"), when no capitalized name spells it out:
    the lower-case name before it in brackets as written ("L'agence régionale de santé (ARS)
    de Nouvelle-Aquitaine a confirmé …"), the acronym with the place after it ("L'ARS
    Bourgogne-Franche-Comté, qui …"), else the acronym alone -- a body, never a person."""
    at = text.rfind(acronym, max(0, pos - REACH_BACK), pos)
    while at > 0 and (
        text[at - 1].isalnum() or text[at + len(acronym) : at + len(acronym) + 1].isalnum()
    ):
        at = text.rfind(acronym, max(0, pos - REACH_BACK), at)
    if at < 0:
        return acronym
    end = at + len(acronym)
    if text[at - 1 : at] == "(" and text[end : end + 1] == ")":
        # back over the lower-case words of the name to its article (at most eight words)
        words = list(_WORD_RE.finditer(text, max(0, at - 120), at - 1))
        k = len(words)
        while k > 0 and len(words) - k < 8 and not _article_before(text, words[k - 1].start()):
            k -= 1
        if k == 0 or not _article_before(text, words[k - 1].start()):
            return acronym
        if any(c in ".,;:!?" for c in text[words[k - 1].start() : at]):
            return acronym  # (no name across a stop)
        place = _PLACE_AFTER_RE.match(text, end + 1, pos)
        return text[words[k - 1].start() : place.end() if place else end + 1]
    place = _PLACE_AFTER_RE.match(text, end, pos)
    if place is not None and text[end + 1 : end + 2].isupper():
        return text[at : place.end()]  # "ARS Bourgogne-Franche-Comté"
    return acronym


# two or three capitalized words: a German name an acronym may stand for
_CAP_RUN_RE = re.compile(
    r"\b(?:(?:Der|Die|Das|Den|Dem|Des) )?([A-ZÄÖÜ][\wäöüß]+(?: [A-ZÄÖÜ][\wäöüß]+){1,2})\b"
)


def _compound_spelt(text: str, acronym: str, pos: int) -> str | None:
    """A German name whose words open on the acronym's letters, a compound spelling the rest
    from its parts: "Deutscher Wetterdienst" for "DWD", "Kassenärztliche Bundesvereinigung"
    for "KBV" (the nearest before ``pos``)."""
    if not 2 <= len(acronym) <= 5 or not acronym.isupper():
        return None
    found = None
    for m in _CAP_RUN_RE.finditer(text, max(0, pos - REACH_BACK), pos):
        words = m.group(1).split()
        if len(words) > len(acronym) or any(w[0] != acronym[k] for k, w in enumerate(words)):
            continue
        # the letters left over, in order inside the last word after its first letter
        rest, at = acronym[len(words) :].lower(), 1
        last = words[-1].lower()
        for letter in rest:
            at = last.find(letter, at) + 1
            if at == 0:
                break
        else:
            found = m.group(1)
    return found


def germanic_acronym(words: list[str]) -> str | None:
    """The acronym a German or Dutch speaker phrase names: "het CBS", "die BVG" -> it."""
    if len(words) != 2 or words[0].lower() not in ("het", "de", "der", "die", "das"):
        return None
    if language() not in ("german", "dutch"):
        return None
    return words[1] if words[1].isupper() and words[1].isalpha() else None
