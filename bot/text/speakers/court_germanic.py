"""The people of a German or Dutch court report (private to ``roles_germanic.py`` and
``resolve.py``): the accused named by first name and initial ("Brigitte K."), people by their
age ("Karl Huber, 55," for "der Mittfünfziger"), and whether the report names its accused at
all, so that "der Angeklagte" stays as written when it does not.
"""

from __future__ import annotations

import functools
import re

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES, name_gender

_ARTICLES = frozenset("der die de het".split())


# the accused of a court report ("die Angeklagte", "de beklaagde"): German and Dutch news name
# them by first name and the initial of the surname ("Brigitte K.", "Kristof V.")
_ACCUSED = frozenset(
    """angeklagte angeklagter beschuldigte beschuldigter beklagte beklagter verdächtige
    verdächtiger verurteilte verurteilter beklaagde verdachte beschuldigde veroordeelde""".split()
)
# "de veertiger", "der Mittfünfziger", "die Endvierzigerin": a person of that decade of life
_DECADE_RE = re.compile(
    r"(?:(?:mitt|end|anfang)?(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
    r"er(?:in)?|(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)er)"
)
_DECADES = {
    w: 10 * (k + 2)
    for ws in (
        "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
        "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
    )
    for k, w in enumerate(ws.split())
}
# a first name and the initial of a surname ("Anna P."), and the age after it ("Jan P. (47)",
# "Karl Huber, 55,")
_INITIAL_RE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüéèë]+(?:-[A-ZÄÖÜ][a-zäöüéèë]+)?) ([A-ZÄÖÜ])\.(?!\w)")
_AGED_RE = re.compile(
    r"\b([A-ZÄÖÜ][\w-]+(?: (?:van|von|de|der|den)){0,2} [A-ZÄÖÜ][\w'’-]*\.?)"
    r"\s*(?:\((\d{1,3})\)|,\s*(\d{1,3}),)"
)


def court_people(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, str, int]]]:
    """(where, name) for each person a German or Dutch text names by a first name and a
    surname's initial ("Anna P."), and (where, name, age) for each name with an age after it
    ("Jan P. (47)", "Karl Huber, 55,"); read once per text."""
    aged = [
        (m.start(), m.group(1).rstrip("."), int(m.group(2) or m.group(3)))
        for m in _AGED_RE.finditer(text)
        if nm.bare(m.group(1).split()[0].split("-")[0]) in FIRST_NAMES
        or _INITIAL_RE.fullmatch(m.group(1))  # (a first name no list holds: "Jorrit V. (48)")
    ]
    with_age = {at for at, _, _ in aged}
    initials = [
        (m.start(), f"{m.group(1)} {m.group(2)}")  # (as the mentions write it: no stop)
        for m in _INITIAL_RE.finditer(text)
        if nm.bare(m.group(1).split("-")[0]) in FIRST_NAMES or m.start() in with_age
    ]
    return initials, aged


def accused(phrase: str, initials: list[tuple[int, str]]) -> str | None:
    """The accused a German or Dutch court report calls "die Angeklagte", "de beklaagde": the
    first person it names by a first name and a surname's initial ("Anna P."), of the article's
    gender (the first such name may come after the noun when the report opens on it: "Sie habe
    nur helfen wollen, beteuerte die Angeklagte. … Anna P., 52, …"), else None."""
    words = phrase.split()
    if len(words) not in (2, 3) or words[0].lower() not in _ARTICLES:
        return None
    if words[1].lower() not in _ACCUSED:  # ("die Angeklagte selbst")
        return None
    gender = {"der": "m", "die": "f"}.get(words[0].lower())
    for _, name in initials:
        if gender is None or name_gender(name.split()[0]) in (None, gender):
            return name
    return None


# a person named in full right after a German or Dutch word of the charge or the accused:
# "der Angeklagte Peter Huber", "angeklagt ist der 45-jährige Jonas Weber", "verdachte Kees Bos"
_ACCUSED_NAMED_RE = re.compile(
    r"(?i:angeklagt|beschuldigt|verdächtig|beklaagd|verdacht|beschuldigd)\w*,?"
    r"(?: [^\s.;:!?]+){0,4}? ([A-ZÄÖÜ][a-zäöüß]+) [A-ZÄÖÜ][a-zäöüß]+"
)


def unnamed_accused(phrase: str, initials: list[tuple[int, str]], text: str) -> bool:
    """True for "der Angeklagte", "de verdachte" in a German or Dutch court report that names
    the accused nowhere (no "Anna P.", no full name right after a word of the charge): the
    noun stays as written ("Der Angeklagte selbst wandte sich an die Familie: „…“"), never
    the lawyer or the judge named last before it."""
    words = phrase.split()
    if len(words) != 2 or words[0].lower() not in _ARTICLES or words[1].lower() not in _ACCUSED:
        return False
    if accused(phrase, initials) is not None:
        return False
    return not _accused_named(text)


@functools.lru_cache(maxsize=2)
def _accused_named(text: str) -> bool:
    """True when ``text`` names someone in full right after a word of the charge, or in a
    sentence that puts someone on trial ("muss sich der frühere Bürgermeister Klaus Berger
    wegen Untreue verantworten", "Oud-wethouder Johan Mulder staat terecht") (read once per
    text)."""
    if any(nm.bare(m.group(1)) in FIRST_NAMES for m in _ACCUSED_NAMED_RE.finditer(text)):
        return True
    for m in _ON_TRIAL_RE.finditer(text):
        lo = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        hi = min(
            (i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0),
            default=len(text),
        )
        if any(nm.bare(n.group(1)) in FIRST_NAMES for n in _FULL_NAME_RE.finditer(text, lo, hi)):
            return True
    return False


# a sentence putting someone on trial, in German or Dutch
_ON_TRIAL_RE = re.compile(
    r"\b(?:verantworten|verantwoorden|vor (?:dem |das )?Gericht|terecht|Prozess gegen"
    r"|proces tegen|zaak tegen)\b"
)
_FULL_NAME_RE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)(?= [A-ZÄÖÜ][a-zäöüß]+)")  # (overlapping)


def decade_person(phrase: str, pos: int, aged: list[tuple[int, str, int]]) -> str | None:
    """The one person named before ``pos`` whose age, written after their name, falls in the
    decade a German or Dutch noun names: "de veertiger" after "Jan P. (47)", "der
    Mittfünfziger" after "Karl Huber, 55,"; else None."""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() not in _ARTICLES:
        return None
    m = _DECADE_RE.fullmatch(words[1].lower())
    if m is None:
        return None
    decade = _DECADES[m.group(1) or m.group(2)]
    people = {name for at, name, age in aged if at < pos and age // 10 * 10 == decade}
    return people.pop() if len(people) == 1 else None
