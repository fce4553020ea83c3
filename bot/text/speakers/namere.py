"""The regular expressions that find name runs in a text (private to ``people.py``)."""

from __future__ import annotations

import re

# capital letters a name may open on: Latin (with the capitals of Latin Extended-A and -B, so
# Turkish, Polish, Czech and Balkan names such as "Şahin", "Łukasz", "Čolić" count), Greek, Cyrillic
CAP = "A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁІЇЄҐ" + "".join(
    c for c in map(chr, range(0x100, 0x250)) if c.isupper() and c not in "-]\\^"
)
# at most two lower-case particles inside a name: "Jan van den Berg", "Erik ten Hag"; "der"
# only after another particle ("Harry van der Maas"): alone between capitals it is the German
# article of a genitive ("Wortführer der Bürgerinitiative"), no part of a name; a Flemish
# capitalized "Van" counts as that particle ("Wout Van der Meersch"); Italian "de'" too ("Zanon de' Toffoli")
#
# The head of a Dutch public body's or association's name goes on with "voor (de|het)" or "van
# het": "Inspectie van het Onderwijs", "Rijksdienst voor Ondernemend Nederland", "Rijksinstituut
# voor Volksgezondheid en Milieu", "Centraal Bureau voor de Statistiek" (``runs.py`` too)
DUTCH_BODY_HEADS = (
    "inspectie dienst instituut bureau centrum raad vereniging stichting federatie bond autoriteit"
    " agentschap ministerie fonds college commissie academie genootschap platform organisatie"
    " kamer directoraat hogeschool universiteit"
).split()


def _after_heads(tail: str) -> str:
    """Look-behinds for a Dutch body head (lower-case or capitalized) and ``tail``."""
    return "|".join(f"(?<={h}{tail})|(?<={h.capitalize()}{tail})" for h in DUTCH_BODY_HEADS)


_PARTICLES = (
    r"(?:(?:de|van|von|den|del|la|le|bin|al|el|da|do|dos|das|di|du|ten|ter|de['’]|(?<=Van )der"
    rf"|(?<=Von )der|(?<=Van )den|(?:{_after_heads(' ')})voor)\s"
    r"(?:(?:de|der|den|la|le|los|las|van|da|do|'t|’t|(?<=voor )het"
    rf"|(?:{_after_heads(' van ')})het)\s)?)?"
)
# A name's words start words and are at most 40 letters long, and a run has at most 30 of them
# (a mention 12): so a long word, "A-A-A…" or "A. A. A." is read once, in short pieces. A
# word right after a dot is inside an initialism ("the U.N. Charter" is no "N. Charter"), and
# one right after a degree sign is a unit ("-18 °C. La …" is no "C. La …").
_NAME_WORD = rf"(?<![\w.°])[{CAP}][\w'’\-]{{0,40}}"
# two or more capitalized words: full-name candidates
RUN_RE = re.compile(rf"(?:{_NAME_WORD}\.?,?\s{_PARTICLES}){{1,30}}{_NAME_WORD}")
# one or more capitalized words: mentions
MENTION_RE = re.compile(rf"(?:{_NAME_WORD}\.?\s{_PARTICLES}){{0,12}}(?<!\w)[{CAP}][\w'’\-]{{1,40}}")
# (a capitalized particle opens the shared surname too: "Paolo e Daniela De Bona")
_CAP_PARTICLE = r"(?:(?:De|Di|Da|Del|Della|Dal|La|Lo|Le|Van|Von|Ten|Ter) )"
COUPLE_RE = re.compile(
    # (with an age after the first name, as the popular press gives them: "Helga (74) und
    # Werner Brückner (77)")
    rf"({_NAME_WORD})(?: \(\d{{1,3}}\))? (?:and|en|und|et|y|e) ({_NAME_WORD}) "
    rf"((?:{_CAP_PARTICLE}|{_PARTICLES})?{_NAME_WORD})(?![\w-])"
)
# a nickname in marks inside a name: "Héctor “Cacho” Bustamante", "Giuseppe «Peppe» Russo"
NICKNAME_RE = re.compile(
    rf"({_NAME_WORD}) [“«\"][{CAP}][\w'’\- ]{{0,25}}[”»\"] ({_NAME_WORD}(?: {_NAME_WORD})?)(?![\w-])"
)
