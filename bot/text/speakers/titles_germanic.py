"""A work's noun right before its title in German and Dutch text (private to
``germanic_things``): "schreef hij de schoolmusical “…”", "erscheint ihr Roman »…«", "het
kinderboek ‘…’" -- the title is no one's words, and the noun is no speaker.
"""

from __future__ import annotations

import re

# a work named right before its title: "schreef de schoolmusical “…”", "ihr Roman »…«" (not a
# diary, "Tagebuch"; and a company may speak under such a noun: "Kranich Film")
WORK_BEFORE_RE = re.compile(
    r"\b(?:\w*(?i:musical|roman|toneelstuk|theaterstück|hörspiel|hoorspel|film|documentaire)"
    r"|(?i:kinder|prenten|jeugd|bilder|sach)?(?i:boek|buch))\s*$"
)


def work_titled(text: str, pos: int, phrase: str) -> bool:
    """True for a work's noun with its title's marks right after it ("ihr Roman »…«"; not
    the first name in "»…«, sagte Roman.")."""
    after = text[pos + len(phrase) : pos + len(phrase) + 3].lstrip()
    return WORK_BEFORE_RE.fullmatch(phrase) is not None and after[:1] in "»«„“‘\"'"
