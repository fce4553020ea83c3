"""An unnamed official of a body, kept whole in German and Dutch (private to
``attribution.py``).

Wire copy often quotes someone it does not name by their place in a body: "Ein hoher Beamter
der Kommission, der nicht genannt werden wollte, sprach von einer „…“", "Ein Mitglied der
belmarischen Delegation sagte …", "Een hoge ambtenaar van de Commissie sprak van een „…”", "Een
westerse diplomaat in Belgrado zei …" (where they serve). The
rules reading the subject may stop at the capitalized body or place ("Kommission", "Belgrado")
or at "van de Commissie": the speaker is the person as written, not the body or the place. A spokesperson is left
alone ("ein Sprecher der Kommission": the body speaks through them), and so is a document or a
thing of the body ("ein Bericht der Kommission").
"""

from __future__ import annotations

import re

from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.names import DOCUMENT_NOUNS
from bot.text.speakers.reading import language

# nouns for a person by their place in a body or a delegation (no spokesperson)
_MEMBERS = frozenset(
    "beamter beamtin beamte mitglied diplomat diplomatin vertreter vertreterin delegierter"
    " delegierte teilnehmer teilnehmerin mitarbeiter mitarbeiterin berater beraterin"
    " funktionär funktionärin unterhändler unterhändlerin abgeordneter abgeordnete"
    " ambtenaar lid diplomaat vertegenwoordiger vertegenwoordigster medewerker medewerkster"
    " deelnemer deelneemster adviseur functionaris onderhandelaar gedelegeerde afgevaardigde"
    " insider".split()
)
_LOWER = r"[a-zäöüëï\d][\w-]*"
_OF_BODY_RE = re.compile(
    r"(?<![\w-])(?P<a>[Ee]ine?|[Ee]en)(?:\s+" + _LOWER + r"){0,2}\s+(?P<n>[\w-]+)"
    r"\s+(?P<of>der|des|van(?:\s+(?:de|het|een))?|in|uit|aus|bij|bei)(?:\s+" + _LOWER + r"){0,2}"
    r"\s+(?P<body>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,3})$"
)


def member_of_body(text: str, pos: int, end: int) -> int | None:
    """Where "ein(e)/een … [member] der/van … [body]" opens when the phrase at ``pos:end`` is
    its body (or "van" and its body), else None."""
    if language() not in ("german", "dutch"):
        return None
    m = _OF_BODY_RE.search(text, max(0, pos - 100), end)
    if m is None or m.end() != end or not (m.start("of") <= pos <= m.start("body")):
        return None
    return m.start("a") if m.group("n").lower() in _MEMBERS else None


# an English sentence opening on someone unnamed: "A senior diplomat from a neighbouring
# country, who …", "An aid worker in the camp said …", "But one guest, who …" (the noun is
# group 2), then a comma or a speech verb; or, with no place after the noun, another verb:
# "One journalist had waited outside …"
_OPENING = r"(?m:^|(?<=[.!?])\s+|(?<=[.!?][”\"’])\s+)(?:(?:But|And|Yet|Still) (?=[ao]))?"
_WHO = r"(?P<who>(?:[Aa]n?|[Oo]ne) (?:[a-z][\w-]* ){{0,3}}(?P<noun>{noun})"
_INDEFINITE_OPENING = (
    _OPENING + _WHO + r"(?: (?:from|in|at|with) (?:[\w'’-]+ ){{0,4}}?[\w'’-]+)?)"
    r"(?=,| (?:said|says|told|who|speaking|spoke|added)\b)"
)
_INDEFINITE_DOING = _OPENING + _WHO + r")(?= (?:had|has|was|is|would|could)\b| [a-z]{{3,}}ed\b)"


def indefinite_before(text: str, para_start: int, pos: int, phrase: str) -> tuple[int, int] | None:
    """For an English "the diplomat" at ``pos``, the span of the one sentence from
    ``para_start`` (its paragraph's or the one before's) that opened on the same noun
    unnamed ("A senior diplomat from a neighbouring country, who asked not to be named, said
    … “…,” the diplomat said."); else None (two such openings, or one named right after: "A
    diplomat, Jan Ek, said"; or a document: "the letter")."""
    if language() != "english":
        return None
    m = re.fullmatch(r"the ([a-z]{3,})", phrase)
    if m is None or m.group(1) in DOCUMENT_NOUNS:
        return None
    noun = re.escape(m.group(1))
    hits = list(re.compile(_INDEFINITE_OPENING.format(noun=noun)).finditer(text, para_start, pos))
    if not hits:
        rx = re.compile(_INDEFINITE_DOING.format(noun=noun))
        hits = list(rx.finditer(text, para_start, pos))
    if len(hits) != 1:
        return None
    who = hits[0].span("who")
    if re.match(r", (?:[A-Z][\w'’-]+ ){1,2}", text[who[1] : who[1] + 40]):
        return None  # "A diplomat, Jan Ek, said": named
    if _second_person(text[para_start : who[0]]) or _second_person(text[who[1] : pos]):
        return None  # "Another officer described …", "the Swedish envoy, Karin Lund, said …"
    return who


# someone else in the paragraph, whom "the diplomat" may mean as well: "Another officer",
# "A second witness", "One other diplomat", another unnamed opening ("A spokesman from the
# ministry said …"), or a person named ("Deputy finance minister Mark Roe", "Karin Lund")
_ANOTHER_RE = re.compile(r"\b(?:[Aa]nother|[Aa] (?:second|third)|[Oo]ne other) [a-z]")
_OTHER_OPENING_RE = re.compile(_INDEFINITE_OPENING.format(noun=r"[a-z][\w-]*"))
_CAPITALIZED_PAIR_RE = re.compile(r"\b([A-Z][a-z]+) [A-Z][\w'’-]+")


def _second_person(stretch: str) -> bool:
    """True when ``stretch`` of the paragraph names or brings in another person."""
    if _ANOTHER_RE.search(stretch) or _OTHER_OPENING_RE.search(stretch):
        return True
    return any(m.group(1).lower() in FIRST_NAMES for m in _CAPITALIZED_PAIR_RE.finditer(stretch))
