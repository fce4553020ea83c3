"""The body a spokesperson speaks for, and an English body named for its district (private
to ``resolve.py``): "a spokesperson for Harbour Ferries", "An RSPCA spokesperson", "un vocero
de la cooperativa", "the Trustee's Office for the District of Kelso"."""

from __future__ import annotations

import bisect
import re
from typing import Any

from bot.text.lexicon import load
from bot.text.speakers import names as nm
from bot.text.speakers.bodywords import CORPORATE
from bot.text.speakers.businesses import business_noun
from bot.text.speakers.companies_romance import ROMANCE_BODY_NOUNS
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.institutions import FUSED_OF
from bot.text.speakers.orgs import org_named_before
from bot.text.speakers.reading import language
from bot.text.speakers.sentence_bodies import bare_spokes_body

# an English spokesperson and the body they speak for: "a spokesperson for Harbour Ferries",
# "A Harbour Ferries spokesman"
_SPOKES = r"(?:spokes(?:man|woman|person)|press officer|representative)"
_SPOKES_FOR_RE = re.compile(rf"(?i:an?|the|one) {_SPOKES} (?:for|at|from|of) (?:the )?")
_SPOKES_AFTER_RE = re.compile(rf"(?i:an?|the) ((?:[A-Z][\w'’&.-]*\s)+){_SPOKES}$")


def spokes_body(phrase: str, got: tuple[str, bool] | None) -> str | None:
    """The body an English spokesperson speaks for, which is then the speaker as a careful
    reader names it: "A spokesperson for Millbrook Council said …" -> "Millbrook Council"
    (``got``, what the name rules read in the phrase, when that is no person), "A Millbrook
    Council spokesman" -> "Millbrook Council" (a run of capitalized words for a body; not "a
    Whitlock spokesman", the spokesman of a person)."""
    if language() != "english":
        return None
    m = _SPOKES_FOR_RE.match(phrase)
    if m is not None:
        body = phrase[m.end() :].strip(" ,.")
        return body if got is not None and not got[1] and body == got[0] else None
    m = _SPOKES_AFTER_RE.match(phrase)
    if m is None or (got is not None and got[1]):
        return None
    words = m.group(1).split()
    return " ".join(words) if nm.looks_like_org(words) else None


_SPOKES_REACH = 3000  # characters read back for the spokesperson a later "the spokesperson" is
_SPOKES_BACK_RE = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne) (?:((?:[A-Z][\w'’&.-]*\s)+){_SPOKES}\b"
    rf"|{_SPOKES} (?:for|at|from|of) (?:the )?((?:[A-Z][\w'’&.-]*(?:\s|(?=[,.;]|$)))+))"
)
_THE_SPOKES_RE = re.compile(rf"(?i:the) {_SPOKES}")
_FOR_KIND_RE = re.compile(rf"(?i:an?|one) {_SPOKES} (?:for|at|from) (the [a-z]+)")
_KIND_SPOKES_RE = re.compile(rf"(?i:an?|one) ([a-z]+) {_SPOKES}")  # "A council spokesperson"


def spokes_before(phrase: str, people: Any, pos: int) -> str | None:
    """The body an English spokesperson at ``pos`` speaks for when the phrase does not name
    it: for "the spokesperson", the body the text gave the spokesperson it introduced last
    ("An RSPCA spokesperson said … “…,” the spokesperson said" -> "RSPCA"); for "a spokesman
    for the company", the company named before (``people.business``); else None."""
    if language() != "english":
        return None
    if (short := _SPOKES_AFTER_RE.match(phrase)) is not None:
        # "A Bramwell spokesperson" after "Bramwell Foods": the body named before in full
        # whose name opens on the short one (not a person's: "a Whitlock spokesman")
        words = short.group(1).split()
        return body_opening(words, people, pos) or _one_word_body(words, people, pos)
    if _BARE_SPOKES_RE.fullmatch(phrase):
        # (else the body opening a sentence before as the subject of any speech or stance
        # verb: "Copperfold Water confirmed the burst. “…,” a spokesperson said.")
        return _body_said_before(people, pos) or bare_spokes_body(phrase, people, pos)
    kind = _FOR_KIND_RE.fullmatch(phrase) or _KIND_SPOKES_RE.fullmatch(phrase)
    if kind is not None:
        noun = kind.group(1) if kind.group(1).startswith("the ") else f"the {kind.group(1)}"
        if business_noun(noun.split()):
            return people.business(pos)
        # "A council spokesperson told me …", "a spokesman for the council": the body of
        # that kind named in full before ("Brackenshire County Council")
        return org_named_before(noun, people.text, pos)
    if not _THE_SPOKES_RE.fullmatch(phrase):
        return None
    last = None
    for m in _SPOKES_BACK_RE.finditer(people.text, max(0, pos - _SPOKES_REACH), pos):
        last = m
    if last is None:
        return None
    words = (last.group(1) or last.group(2) or "").split()
    acronym = len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6
    return " ".join(words) if words and (acronym or nm.looks_like_org(words)) else None


def _one_word_body(words: list[str], people: Any, pos: int) -> str | None:
    """The body "a Northgate spokeswoman" speaks for when the text named "Northgate" before
    (within ``_SPOKES_REACH``) and no person goes by it (no first name, no surname, no
    gender): "Northgate"; else None."""
    if len(words) != 1 or nm.bare(words[0]) in FIRST_NAMES or people.genders(words[0]):
        return None
    if people.registry.get(nm.surname_key(words)):
        return None  # "a Whitlock spokesman" after "Dana Whitlock": a person's spokesman
    named = re.search(rf"\b{re.escape(words[0])}\b", people.text[max(0, pos - _SPOKES_REACH) : pos])
    if named is None:
        return None
    # (the body's whole name when the text gave it before: "a Fairway spokesperson" after
    # "Fairway Stores said …")
    floor = pos - _SPOKES_REACH
    longer = {
        name
        for at, name in _named_from(people, floor, pos)
        if name.startswith(words[0] + " ")
        and len(name.split()) <= 4
        # (a body that spoke, its name right before a speech verb: "Fairway Stores said …";
        # not "Liverpool Crown Court", "the Tesla Model Y", "Ford Hamilton, a union official")
        and _SAID_AFTER_RE.match(people.text, at + len(name)) is not None
    }
    return longer.pop() if len(longer) == 1 else words[0]


_SAID_AFTER_RE = re.compile(r" (?:said|says|announced|insisted|confirmed|added|warned)\b")


def _named_from(people: Any, floor: int, pos: int) -> list[tuple[int, str]]:
    """The people and bodies named between ``floor`` and ``pos`` (both lists are in text
    order: cut by position, in linear time per text)."""
    m_lo = bisect.bisect_left(people._mention_pos, floor)
    m_hi = bisect.bisect_left(people._mention_pos, pos)
    o_lo, o_hi = bisect.bisect_left(people.orgs, (floor,)), bisect.bisect_left(people.orgs, (pos,))
    return [(m.pos, m.name) for m in people.mentions[m_lo:m_hi]] + [
        (at, name) for at, name, _ in people.orgs[o_lo:o_hi]
    ]


_BARE_SPOKES_RE = re.compile(rf"(?i:an?) {_SPOKES}")
# a sentence opening on a body as the subject of a speech verb, a "which" clause between: "The
# PCS union, which represents staff at the docks, said it would …"
_BODY_SAID_RE = re.compile(
    r"(?:^|(?<=[.!?]\s))((?:The\s)?(?:[A-Z][\w&'’.–-]*\s){0,4}(?:[A-Z][\w&'’.–-]*|[a-z]+))"
    r"(?:,\s(?:which|who)\s[^.;:“”\"]{0,150},)?\s(?:also\s)?"
    r"(?:said|says|added|warned|insisted|confirmed)\b",
    re.MULTILINE,
)
_OPENING_MARKS = frozenset("“\"‘'")
_BODY_NOUNS = frozenset("union council company charity trust group association board firm".split())


def _body_said(text: str, pos: int) -> tuple[re.Match[str], list[str]] | None:
    """The body that the last sentence before ``pos`` in its paragraph opens on as a speech
    verb's subject: its match and its words without a leading "The" ("The PCS union, which
    …, said" -> ["PCS", "union"]); None when no sentence does."""
    floor = max(0, pos - 500)
    nl = text.rfind("\n", floor, pos)
    if nl >= 0 and text[nl + 1 : nl + 2] in _OPENING_MARKS and nl > floor:
        # the quotation opens its paragraph: the body may open the last sentence of the
        # paragraph before ("The Wessex Board said … ¶ “…,” a spokesperson said.")
        before = text[floor:nl].rstrip()
        nl = text.rfind("\n", floor, floor + len(before))
    floor = nl + 1 if nl >= 0 else floor
    last = None
    for m in _BODY_SAID_RE.finditer(text, floor, pos):
        last = m
    if last is None:
        return None
    words = last.group(1).split()
    return last, words[1:] if words[0] == "The" else words


def _body_said_before(people: Any, pos: int) -> str | None:
    """The body the sentence before an unnamed spokesperson's quotation, in its paragraph,
    opens on as a speech verb's subject ("The PCS union, which …, said it would … “…,” a
    spokesperson said." -> "The PCS union"), when no person is named between; else None."""
    said = _body_said(people.text, pos)
    if said is None:
        return None
    last, bare = said
    if not bare or not all(w[:1].isupper() for w in bare[:-1]):
        return None
    if not (
        nm.looks_like_org(bare)
        or (len(bare) > 1 and bare[-1] in _BODY_NOUNS)
        or (len(bare) == 1 and bare[0].isupper() and len(bare[0]) > 1)
    ):
        return None
    k = bisect.bisect_left(people._mention_pos, last.start())
    if k < len(people.mentions) and people.mentions[k].pos < pos:
        return None  # someone named between
    return last.group(1)


# the words that follow a company's short name in its full one: its legal form or a word of
# what it does ("Harrow Freight Solutions", "Bramwell Foods")
_COMPANY_TAIL = frozenset(w.lower() for w in CORPORATE) | frozenset(
    "solutions foods group holdings limited company corporation industries enterprises"
    " systems technologies partners international".split()
)


def body_opening(words: list[str], people: Any, pos: int) -> str | None:
    """The organisation named last before ``pos`` (within ``_SPOKES_REACH``) whose name is
    ``words`` and more ("Bramwell" -> "Bramwell Foods", "Harrow Freight" -> "Harrow Freight
    Solutions": English copy names a company in full once, then in short), when no person
    goes by them (a person of a fuller name or a gender)."""
    if not words or language() != "english" or people.genders(" ".join(words)):
        return None
    entries = people.registry.get(nm.surname_key(words), ())
    if any(tuple(e[1]) != tuple(words) for e in entries):
        return None  # "A Harrow spokesman" after "Dana Harrow"
    k = bisect.bisect_left(people.orgs, (pos,))
    for opos, name, _subject in reversed(people.orgs[max(0, k - 20) : k]):
        if opos < pos - _SPOKES_REACH:
            break
        parts = name.split()
        if parts[0] == "The":
            parts = parts[1:]
        if (
            len(parts) > len(words)
            and parts[: len(words)] == words
            # only a company's form after the short name ("Harrow Freight Solutions"), not a
            # division or another body that opens on it ("Tesco Bank", "Google Maps", "the New
            # York Times According to …" over a lost full stop)
            and all(w.rstrip(".,").lower() in _COMPANY_TAIL for w in parts[len(words) :])
        ):
            return " ".join(parts)
    return None


# Spanish and Italian nouns for a body's spokesperson
_SPOKES_NOUNS = frozenset("vocero vocera portavoz portavoce".split())
# a bare Romance spokesperson: "indicó un portavoz", "précise une porte-parole", "disse um
# porta-voz"; the possessive's too, whose body is the subject before ("avisó su portavoz",
# "prévient sa porte-parole", "disse o seu porta-voz")
_ROMANCE_SPOKES_RE = re.compile(
    r"(?i:un|una|une|um|uma|su|sa|son|(?:il|la|o|a)\s+(?:suo|sua|seu))\s+"
    r"(?:portavoz|portavoce|porte-parole|porta-voz|vocero|vocera)"
)


def romance_spokes_before(phrase: str, people: Any, pos: int) -> tuple[int, int] | None:
    """Where the body a bare French, Spanish, Italian or Portuguese spokesperson at ``pos``
    speaks for is named: the one body named as a subject in the sentence before (or in their
    own, before them), by its name ("La Policía Local confirmó que … «…», indicó un
    portavoz.") or by its kind opening the sentence ("La préfecture a confirmé … « … », a
    précisé un porte-parole."); None when a person is named there, or no body or two are."""
    if language() not in _ROMANCE or not _ROMANCE_SPOKES_RE.fullmatch(phrase):
        return None
    sent = bisect.bisect_right(people.bounds, pos)
    # (two sentences at most, and a bounded read: a text with no full stops stays linear)
    start = max(people.bounds[sent - 2] if sent >= 2 else 0, pos - 1000)
    if people.other_named(start, pos, ""):  # (anyone named there: "" is no one's name)
        return None
    k = bisect.bisect_left(people.orgs, (pos,))
    named = [(p, n, subject) for p, n, subject in people.orgs[max(0, k - 20) : k] if p >= start]
    if named:
        if len({n for _, n, _ in named}) > 1 or not named[0][2]:
            return None
        # (where the name itself stands: the body's position may be its article's)
        at = people.text.find(named[0][1], named[0][0], named[0][0] + len(named[0][1]) + 12)
        at = named[0][0] if at < 0 else at
        return at, at + len(named[0][1])
    kinds = [
        m
        for m in _KIND_OPENING_RE.finditer(people.text, start, pos)
        if m.group(1).lower() in ROMANCE_BODY_NOUNS
    ]
    return (kinds[0].start(), kinds[0].end()) if len(kinds) == 1 else None


# a sentence opening on a body's kind after its definite article: "La préfecture a …", "El
# ayuntamiento ha …", "L'agenzia ha …"
_KIND_OPENING_RE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:La|Le|El|Il|Lo|A|O)\s|L['’])([a-zà-ÿ]+)(?=\s)", re.MULTILINE
)
_ROMANCE = ("french", "spanish", "italian", "portuguese")


def spokes_kind(words: list[str]) -> list[str] | None:
    """The body's kind an unnamed Spanish or Italian spokesperson speaks for, as an article
    and its noun: "un vocero de la cooperativa consultado" -> ["la", "cooperativa",
    "consultado"] (``orgs.body_by_kind`` finds the body named before), else None."""
    if not (
        len(words) >= 4
        and words[0].lower() in ("un", "una", "uno")
        and words[1].lower() in _SPOKES_NOUNS
        and words[2] in ("de", "del", "della", "dell'", "dell’")
    ):
        return None
    rest = [FUSED_OF.get((words[2], language() or ""), ""), *words[3:]]
    return [w for w in rest if w][:3]


# an English body named for the district or region it serves: "the Harbour Commission for
# the Northern Territory", "the Trustee's Office for the Southern District of Kelso"
_FOR_THE_RE = re.compile(
    r"((?:[A-Z][\w.'’&-]*\s){0,4}(?:Office|Department|Court|Commission|Committee|Agency"
    r"|Bureau|Service|Authority|Ombudsman)) for the $"
)


def body_for_the(text: str, pos: int, phrase: str) -> str | None:
    """The whole name of an English body when the speaker phrase at ``pos`` is only the
    district or region after its "for the" ("District of Kelso" in "the Trustee's Office for
    the District of Kelso said"), else None."""
    words = phrase.split()
    if language() != "english" or not words or not all(w[:1].isupper() or w == "of" for w in words):
        return None
    m = _FOR_THE_RE.search(text, max(0, pos - 80), pos)
    return f"{m.group(1)} for the {phrase}" if m else None


# a sports body by its common noun: "the team said in a statement", "the club said"
_TEAM_RE = re.compile(r"(?i:the) (?:team|club|squad)")


def team_before(phrase: str, people: Any, pos: int) -> str | None:
    """For an English "the team" / "the club" as the speaker at ``pos``: the body the sentence
    before, in its paragraph, opens on as a speech verb's subject ("Veloria–Brightwater
    confirmed this week that X has signed. “…,” the team said in a statement." ->
    "Veloria–Brightwater"), a name of capitalized words that is no person's (no first name,
    no gender); else None."""
    if language() != "english" or not _TEAM_RE.fullmatch(phrase):
        return None
    said = _body_said(people.text, pos)
    if said is None:
        return None
    bare = said[1]
    if not bare or not all(w[:1].isupper() for w in bare) or nm.bare(bare[0]) in FIRST_NAMES:
        return None
    if any(w.lower() in _NOT_SIDES for w in bare):
        return None  # "Police said …", "The Football Association said …": another body
    name = " ".join(bare)
    # (a person named between is what the body reports, "… that Lusk has signed": no team)
    return None if people.genders(name) else name  # (a person: "Lusk confirmed …")


# bodies that are no sports side: police, councils, leagues, associations
_NOT_SIDES = load("not_sides_en")
