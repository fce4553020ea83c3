"""The body a French group of its officials stands for (private to ``resolve.py``).

An inspection's or an audit's findings are reported as the body's, however the text goes on
to call the people who wrote them: "Rédigé par deux médecins inspecteurs de l'agence
régionale de santé, le rapport … Les inspecteurs disent avoir constaté que « … »": the
agency speaks. A bare plural of such officials ("les inspecteurs", "les enquêteurs", "les
magistrats") stands for the body the text first gave them ("inspecteurs de l'agence …"), when
it did; else it stays as written.
"""

from __future__ import annotations

import re

from bot.text.speakers.institutions import INSTITUTION_HEADS, trim_name
from bot.text.speakers.reading import language

# officials whose findings are their body's
_OFFICIALS = frozenset(
    "inspecteurs inspectrices enquêteurs enquêtrices magistrats rapporteurs auditeurs"
    " contrôleurs".split()
)
# "Les inspecteurs", and the verb words a speaker phrase may still hold ("Les inspecteurs
# disent avoir"), with no complement of their own ("les inspecteurs du travail")
_GROUP_RE = re.compile(r"^(?:[Ll]es)\s+(\w+)((?:\s+(?!de\b|du\b|des\b|d['’])[a-zà-ÿ][\w-]*)*)$")
_REACH = 3000  # characters back to where the text gave them their body


def members_body(text: str, pos: int, phrase: str) -> str | None:
    """The body a French phrase like "Les inspecteurs" at ``pos`` stands for: the institution
    after "<the same noun> de la / de l' / du" earlier in the text (with its article), or
    None."""
    if language() != "french":
        return None
    m = _GROUP_RE.match(phrase.strip())
    if m is None or m.group(1).lower() not in _OFFICIALS:
        return None
    noun = m.group(1).lower()
    of = re.compile(rf"(?i:\b{noun})\s+(?:de\s+(la\s+|l['’])|du\s+)(\w+)")
    for found in of.finditer(text, max(0, pos - _REACH), pos):
        if found.group(2).lower() in INSTITUTION_HEADS:
            tail = re.split(r"[,;:.!?()\n«»“”]", text[found.start(2) : found.start(2) + 120])[0]
            name = trim_name(tail)
            if " " in name:
                return (found.group(1) or "le ") + name  # "l'agence régionale de santé"
    return None
