"""A person's words relayed by a news agency or a paper (private to ``attribution.py``).

"The state news agency TNA quoted Interior Minister Oskar Feldt as saying the border would
“stay closed”", "Die Nachrichtenagentur Belpress zitierte Innenminister Oskar Feldt mit den
Worten, die Grenze bleibe „geschlossen“", "Persbureau Tanjug citeerde minister Feldt met de
woorden dat de grens „dicht blijft”": the agency only relays; the person it quotes speaks. The
subject found before the quotation is the relayer when "quoted … as saying" (or its German and
Dutch forms) follows it; the person named in between is the speaker. An object pronoun there
("quoted him as saying", "zitierte ihn", "citeerde haar") is read as its subject form, the
person the text is about; "them", "it", "sie" and a relative word are left as found.
"""

from __future__ import annotations

import re

# the object named between the relaying verb and its "as saying": a few words, no clause
_NP = r"(?P<np>[^\s,.;:!?“”„\"«»]+(?:\s+[^\s,.;:!?“”„\"«»]+){0,7}?)"
_AUX = r"(?:(?:has|had|have|also|again|later)\s+)*"
_RELAY = (
    re.compile(
        r"\s+" + _AUX + r"quoted\s+" + _NP + r"\s+as\s+(?:saying|telling|stating|warning"
        r"|describing|calling|insisting|adding)\b"
    ),
    re.compile(
        r"\s+(?:(?:hat|hatte|auch|zudem|später)\s+)*zitierte?\s+" + _NP + r"\s+mit\s+den\s+Worten\b"
    ),
    re.compile(
        r"\s+(?:(?:heeft|had|ook|later)\s+)*citeerde?\s+" + _NP + r"\s+met\s+de\s+woorden\b"
    ),
)
# the German and Dutch verb-second form, the relaying verb before its subject: "Vielmehr
# zitierte die Zeitung den Minister Otto X mit dem Satz „…“", "Daarna citeerde de krant
# minister Y met de woorden ‘…’" (the verb before the phrase, the object and "with the
# words" after it)
_VERB_BEFORE_RE = re.compile(r"(?:zitiert|zitierte|citeert|citeerde)\s+$")
_RELAY_AFTER_VERB = (
    re.compile(r"\s+" + _NP + r"\s+mit\s+(?:den\s+Worten|dem\s+Satz)\b"),
    re.compile(r"\s+" + _NP + r"\s+met\s+de\s+(?:woorden|zin)\b"),
)
# an object pronoun for one person and its subject form
_SUBJECT_FORM = {"him": "he", "her": "she", "ihn": "er", "hem": "hij", "haar": "zij"}
# words that show the span is no one person's name
_NOT_PERSON = {
    "them", "it", "sie", "ihm", "es", "hen", "ze", "het",
    "that", "this", "who", "which", "dat", "wie", "welke", "welcher", "welche",
}  # fmt: skip

# a document or a text quoted, no person: "quoted a police report as saying", "zitierte einen
# Regierungsbericht mit den Worten", "citeerde een verklaring van de ambassade met de woorden"
# (the head noun, the last word before "from"/"of"/"van"/…; German compounds by their end)
_DOCUMENTS_EN = frozenset(
    "report statement text letter communiqué communique document memo decree draft resolution"
    " transcript notice ruling filing".split()
)
_DOCUMENTS = (
    "bericht", "erklärung", "mitteilung", "schreiben", "brief", "dokument", "papier",
    "verordnung", "beschluss", "entwurf", "verklaring", "rapport", "mededeling", "besluit",
    "tekst", "notitie",
)  # fmt: skip
_AFTER_HEAD = frozenset("from of by in at on for von der des aus für van uit bij voor".split())


def _document(words: list[str]) -> bool:
    """True when the quoted noun phrase's head is a document ("a statement from the embassy",
    "the text", "einen Regierungsbericht"), not a person ("a report-writer" is rare enough)."""
    head = next((i for i, w in enumerate(words) if w.lower() in _AFTER_HEAD), len(words))
    if head == 0:
        return False
    last = words[head - 1].lower()
    return last in _DOCUMENTS_EN or last.endswith(_DOCUMENTS)  # and a German compound


def relayed_person(text: str, end: int, start: int = -1) -> tuple[str, int] | None:
    """The person the phrase ending at ``end`` (an agency, a paper) is said to quote, as the
    words naming them and where they stand, when "quoted X as saying" follows the phrase (or,
    the phrase starting at ``start`` after a German or Dutch verb of quoting, "zitierte die
    Zeitung X mit dem Satz" does)."""
    after_verb = start >= 0 and _VERB_BEFORE_RE.search(text, max(0, start - 12), start) is not None
    for rx in _RELAY_AFTER_VERB if after_verb else _RELAY:
        m = rx.match(text, end)
        if m is None:
            continue
        words = m.group("np").split()
        if len(words) == 1 and words[0].lower() in _SUBJECT_FORM:
            return _SUBJECT_FORM[words[0].lower()], m.start("np")
        if words[0].lower() in _NOT_PERSON or words[-1].lower() in _NOT_PERSON:
            return None
        if _document(words):
            return None  # "quoted a police report as saying": no person relayed
        return m.group("np"), m.start("np")
    return None
