"""The defendant of a French or Portuguese court report (private to ``resolve.py``).

A court report names the accused once, as the one who appears before the court or whom it
sentences or whose trial it is ("Nathalie X, 56 ans, comparaissait mercredi devant le tribunal
…", "Au troisième jour de son procès, X a contesté …", "A Justiça
condenou nesta terça-feira o ex-diretor …, Osmar X, 66, a 9 anos …"), and then calls them
"la prévenue", "l'accusé", "o réu", "a arguida" through the exchanges with the bench:
"« Pour séparer les choses », répond la prévenue." That noun is the defendant, not the
presiding judge named just before it, who is the most recent person of that gender.
"""

from __future__ import annotations

import bisect
import re

from bot.text.speakers.people import People
from bot.text.speakers.reading import language

# the nouns for the accused, and the gender each shows
DEFENDANT_NOUNS = {
    "prévenu": "m",
    "prévenue": "f",
    "accusé": "m",
    "accusée": "f",
    "réu": "m",
    "ré": "f",
    "arguido": "m",
    "arguida": "f",
    "acusado": "m",
    "acusada": "f",
}
# a person appearing before the court: the name just before the verb
_TRIED_RE = re.compile(
    r"\b(?:comparaissai(?:t|ent)|compara[iî]t|compara[iî]tra|(?:est|était|a été) "
    r"(?:jugée?|poursuivie?)|compareceu|comparece|(?:é|foi|está) (?:julgad[oa]|acusad[oa]))\b"
)
# a court sentencing someone: the person named just after the verb
_SENTENCED_RE = re.compile(r"\b(?:condamne|a condamné|condenou|condena)\b")
# the trial of the person the sentence goes on to name: "Au troisième jour de son procès devant
# la cour d'assises, Kevin X a contesté …", "No segundo dia do seu julgamento, o ex-autarca
# Rui X negou …", "le procès de Marc X"
_TRIAL_RE = re.compile(r"\b(?:(?:son|seu) (?:procès|julgamento)|procès d[e'’]|julgamento d[eoa])\b")
# a name, then "et"/"e" and the next name: "X et Y", "X e Y"
_AND_RE = re.compile(r"[^.,;:\n]{1,60}?\s(?:et|e)\s")
_BEFORE = 80  # characters from a name to the verb of appearing after it
_AFTER = 160  # characters from the verb of sentencing to the name after it


def defendant(people: People, noun: str | None, pos: int) -> str | None:
    """The one person the text shows being tried or sentenced before ``pos``, of the gender of
    the defendant noun ``noun`` ("prévenue", "réu"); "" when several people are shown so
    (the noun names none of them alone); None when the noun is no defendant's or no one is
    shown so (French and Portuguese only)."""
    sex = DEFENDANT_NOUNS.get(noun or "")
    if sex is None or language() not in ("french", "portuguese"):
        return None
    found: set[str] | None = people.__dict__.get("_defendants")
    if found is None:
        found = _defendants(people)
        people.__dict__["_defendants"] = found
    names = {n for at, n, g in found if at < pos and g in (sex, None)}
    if len(names) > 1:
        return ""  # several in the dock: no one of them, and no one else either
    return names.pop() if names else None


def _defendants(people: People) -> set[tuple[int, str, str | None]]:
    """(position, name, gender) of the people the text shows appearing before a court or
    being sentenced; read once per text."""
    text, starts, mentions = people.text, people._mention_pos, people.mentions
    out: set[tuple[int, str, str | None]] = set()
    for m in _TRIED_RE.finditer(text):
        k = bisect.bisect_left(starts, m.start()) - 1
        if k >= 0 and m.start() - mentions[k].pos <= _BEFORE:
            if ". " not in text[mentions[k].pos : m.start()]:
                out.add((mentions[k].pos, mentions[k].name, mentions[k].gender))
    for m in _TRIAL_RE.finditer(text):
        k = bisect.bisect_left(starts, m.end())
        while k < len(mentions) and mentions[k].pos - m.end() <= _AFTER:
            if re.search(r"[.;:]\s", text[m.end() : mentions[k].pos]):
                break  # (in the sentence of the trial only)
            if mentions[k].gender is not None:
                out.add((mentions[k].pos, mentions[k].name, mentions[k].gender))
                break  # the first person named: the accused, not the victim named later
            k += 1
    for m in _SENTENCED_RE.finditer(text):
        k = bisect.bisect_left(starts, m.end())
        while k < len(mentions) and mentions[k].pos - m.end() <= _AFTER:
            if mentions[k].gender is not None and "." not in text[m.end() : mentions[k].pos]:
                out.add((mentions[k].pos, mentions[k].name, mentions[k].gender))
                if k + 1 < len(mentions) and _AND_RE.fullmatch(
                    text, mentions[k].pos, mentions[k + 1].pos
                ):
                    # "a condamné X et Y": two people sentenced, so no one of them alone
                    nxt = mentions[k + 1]
                    out.add((nxt.pos, nxt.name, nxt.gender))
                break
            k += 1
    return out
