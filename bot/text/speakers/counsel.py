"""The prosecutor of an English court report (private to ``people.py``).

British and Irish court reports name the barrister who prosecutes by where they stand in the
case, not by a title before the name: "Alison Reeve KC, prosecuting, said …", "Prosecuting,
Tom Hale told the jury …", "Opening the prosecution case on Monday, Ann Pryce KC said …",
"Ann Pryce, for the Crown, said …". A later "the prosecutor told the jury" is that person,
not the defendant or witness named just before it.
"""

from __future__ import annotations

import re

# after the name: "X KC, prosecuting,", "X, for the prosecution,", "X SC, for the Crown"
_AFTER_RE = re.compile(
    r"(?: (?:KC|QC|SC))?,\s+(?:prosecuting|for the (?:prosecution|Crown|DPP|state))\b"
)
# before it, closing a sentence's opening: "Prosecuting, X", "Opening the prosecution case at
# X Crown Court on Monday, X" (an opening of up to 80 characters without a full stop)
_BEFORE_RE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:Prosecuting|Opening the (?:prosecution|Crown)(?:['’]s)? case\b[^.\n]{0,80}),\s+$"
)


def counsel_role(text: str, pos: int, end: int) -> str | None:
    """ "prosecutor" when the English name at ``pos``..``end`` is introduced as the one who
    prosecutes (see the module's note), else None."""
    if _AFTER_RE.match(text, end) or _BEFORE_RE.search(text[max(0, pos - 120) : pos]):
        return "prosecutor"
    return None
