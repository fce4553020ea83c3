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
# an object pronoun for one person and its subject form
_SUBJECT_FORM = {"him": "he", "her": "she", "ihn": "er", "hem": "hij", "haar": "zij"}
# words that show the span is no one person's name
_NOT_PERSON = {
    "them", "it", "sie", "ihm", "es", "hen", "ze", "het",
    "that", "this", "who", "which", "dat", "wie", "welke", "welcher", "welche",
}  # fmt: skip


def relayed_person(text: str, end: int) -> tuple[str, int] | None:
    """The person the phrase ending at ``end`` (an agency, a paper) is said to quote, as the
    words naming them and where they stand, when "quoted X as saying" follows the phrase."""
    for rx in _RELAY:
        m = rx.match(text, end)
        if m is None:
            continue
        words = m.group("np").split()
        if len(words) == 1 and words[0].lower() in _SUBJECT_FORM:
            return _SUBJECT_FORM[words[0].lower()], m.start("np")
        if words[0].lower() in _NOT_PERSON or words[-1].lower() in _NOT_PERSON:
            return None
        return m.group("np"), m.start("np")
    return None
