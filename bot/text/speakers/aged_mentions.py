"""The person an age phrase stands for (private to ``salience.py``): "the 34-year-old", "der
34-Jährige", "il 34enne", "l'octogénaire" is the one person the text introduced with that age
("Ana Lind, 34,", "Ana Lind (34)", "34-year-old Ana Lind", "Ada Rossi, 58 anni,"), and never
someone introduced with another age.
"""

from __future__ import annotations

import bisect
import re

from bot.text.speakers.ages import age_word, decade_word
from bot.text.speakers.introductions import right_before
from bot.text.speakers.mentions import Mention

# an age for a person: "the 34-year-old", "der 34-Jährige", "de 34-jarige", "il 34enne"
_YEARS_RE = re.compile(
    r"(?:(?i:the|der|die|de|het|il|la|l['’]|lo) ?)?(\d{1,3})[-‑]?(?i:year-old|jährige[rn]?|jarige|enne)"
)
_AGE_REACH = 6000  # characters read back for the age a person was introduced with


def _phrase_years(phrase: str) -> str | None:
    """The age an age phrase gives, as a pattern ("the 34-year-old" -> "34", "il 34enne", an
    age in words; a decade of life, "l'octogénaire", "o septuagenário" -> any age in it,
    "8\\d"; an adjunct may follow it, "l'octogénaire à la sortie de l'audience"), else None."""
    age = _YEARS_RE.fullmatch(phrase) if phrase[-1:].isalpha() else None
    in_words = age_word(phrase.split()[-1]) if age is None and phrase.strip() else None
    decade = next((d for w in phrase.split()[:2] if (d := decade_word(w))), None)
    if age is not None:
        return age.group(1)
    if in_words is not None:
        return str(in_words)
    return f"{decade // 10}\\d" if decade is not None else None


class AgedMentions:
    """Age lookups over the person mentions of one text (a mixin of ``Salience``)."""

    text: str
    mentions: list[Mention]
    _mention_pos: list[int]

    def aged(self, phrase: str, pos: int) -> str | None:
        """The one person given the age of an age phrase ("the 34-year-old", "der 34-Jährige",
        "il 34enne") in the text before ``pos``: "Ana Lind, 34, a nurse", "Ana Lind (34)",
        "34-year-old Ana Lind"; None when no one or several people were."""
        years = _phrase_years(phrase)
        if years is None:
            return None
        names = {name for name, age in self._ages(years, pos)}
        return names.pop() if len(names) == 1 else None

    def other_aged(self, phrase: str, pos: int) -> set[str]:
        """The people given an age other than an age phrase's in the text before ``pos``:
        "the 20-year-old" is never "Gary Pendlebury, 52"."""
        years = _phrase_years(phrase)
        if years is None:
            return set()
        # (an age closing a sentence counts here: "… manager Gary Pendlebury, 52.")
        return {
            name for name, age in self._ages(r"\d{1,3}", pos, ",.)") if not re.fullmatch(years, age)
        }

    def _ages(self, years: str, pos: int, after: str = ",)") -> list[tuple[str, str]]:
        """(name, age) for each person given an age matching ``years`` (a pattern) in the
        ``_AGE_REACH`` characters before ``pos``, followed by one of ``after``."""
        text = self.text
        lo = max(0, pos - _AGE_REACH)
        out = []
        for m in re.finditer(
            # (", 58 anni,", ", 58 años,": the Romance word for years after it)
            # (and the Portuguese ", de 74 anos,")
            rf"(?:,\s?|\()(?:de )?({years})(?: (?:anni|años|ans|anos))?(?=[{after}])"
            rf"|\b({years})-year-old (?=[A-Z])",
            text[lo:pos],
        ):
            at, end = lo + m.start(), lo + m.end()
            age = m.group(1) or m.group(2)
            k = bisect.bisect_left(self._mention_pos, at)
            if m.group().endswith(" "):  # "34-year-old Ana Lind": the name right after
                k = bisect.bisect_left(self._mention_pos, end)
                if k < len(self.mentions) and self.mentions[k].pos - end <= 2:
                    out.append((self.mentions[k].name, age))
            elif k and right_before(text, self.mentions[k - 1], at):
                out.append((self.mentions[k - 1].name, age))  # "Ana Lind, 34,": the name before
        return out
