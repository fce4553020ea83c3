"""Which company an English business noun stands for (mixed into ``Salience``;
``business_noun`` for the resolver and the pronoun rules): "the company", "the firm" after
"Dunmore Tools Inc. …" or after "X Home has recalled …", never a person named since nor
another kind of body.
"""

from __future__ import annotations

import bisect
import re

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.mentions import Mention

# English nouns for a business, which news uses for the company it named before whatever its
# name says ("Dunmore Precision Components Inc. told staff … The company said"), and the words
# of another kind of body's name, which such a noun never stands for ("the firm" is not the
# "Harbour Workers Union" named between)
BUSINESS_NOUNS = frozenset(
    "company firm fund lender insurer retailer carmaker automaker manufacturer supplier"
    " startup start-up airline carrier brewery operator".split()
)
NOT_BUSINESS = frozenset(
    "council union agency ministry department authority board commission hospital university"
    " college school police court government association federation party church service"
    " office committee society institute foundation league alliance county state city"
    " parliament senate assembly army navy".split()
)
_BUSINESS_REACH = 3000  # characters read back for the company a business noun stands for
# the last word of a street's, a place's or a building's name, named in passing
_PLACE_WORDS = frozenset(
    "Lane Street Road Avenue Way Close Drive Square Park Bridge Hill Green Row Place Terrace"
    " Gardens Court Crescent River Valley Market Centre Center Hall Station Estate".split()
)


def business_noun(words: list[str]) -> bool:
    """True for "the company", "The firm", "the fund": "the" and an English business noun."""
    return len(words) == 2 and words[0] in ("the", "The") and words[1] in BUSINESS_NOUNS


class BusinessNouns:
    """The business-noun readings of ``Salience``; ``People`` provides the text, its
    sentence bounds and the mentions."""

    text: str
    bounds: list[int]
    mentions: list[Mention]
    orgs: list[tuple[int, str, bool]]
    _mention_pos: list[int]

    def business(self, pos: int) -> str | None:
        """The company an English business noun ("the company", "the fund") stands for at
        ``pos``: the last organisation of two or more words named as a sentence subject within
        ``_BUSINESS_REACH`` characters (else the only one named, within two sentences) whose
        name holds no other kind of body's word; None when another such name comes between
        ("Acme Inc. bought Beta Ltd. The company said": which one is not said)."""
        sent = bisect.bisect_right(self.bounds, pos)
        k = bisect.bisect_left(self.orgs, (pos,))
        between: set[str] = set()
        near = None
        for opos, name, subject in reversed(self.orgs[max(0, k - 20) : k]):
            if opos < pos - _BUSINESS_REACH:
                break
            words = name.split()
            if words[0] == "The":
                words = words[1:]
            if len(words) < 2 or {nm.bare(w) for w in words} & NOT_BUSINESS:
                continue
            name = " ".join(words)
            if subject:
                return None if {b for b in between if b not in name} else name
            if not between and sent - bisect.bisect_right(self.bounds, opos) <= 2:
                near = name
            between.add(name)
        return near if len(between) == 1 else None

    def unmarked_business(self, pos: int) -> str | None:
        """The company an English business noun at ``pos`` stands for when the text named it
        with no word that marks a body ("Penfold Home has recalled … “…,” the company said"):
        the last name before ``pos``, of two words or more, that a sentence opens on, whose
        first word is no first name and to which the text gives no gender, with no one named
        after it; else None."""
        k = bisect.bisect_left(self._mention_pos, pos)
        for m in reversed(self.mentions[max(0, k - 12) : k]):
            words = m.name.split()
            if m.pos < pos - _BUSINESS_REACH:
                return None
            if (
                m.gender is not None
                or nm.bare(words[0]) in FIRST_NAMES
                or self._by_surname(words, pos)
            ):
                return None  # (someone named after it: which one's words, unsaid)
            if not m.subject and words[-1] in _PLACE_WORDS:
                continue  # ("… down Mill Row into the shops": a street named in passing)
            if (
                not m.subject
                or len(words) < 2
                or words[-1] in _PLACE_WORDS
                or any(other.name == m.name and other.gender for other in self.mentions[:k])
            ):
                return None
            return m.name
        return None

    def _by_surname(self, words: list[str], pos: int) -> bool:
        """True when the text also calls the one named ``words`` by the last word alone, as it
        calls people ("Wade X … X said", "Mr X"; a company goes by its first word)."""
        if len(words) < 2:
            return False
        last = re.escape(words[-1])
        return (
            re.search(
                rf"(?:\b(?:Mr|Mrs|Ms|Dr)\.?\s+{last}\b|(?:^|(?<=[.!?…”’,]\s)|(?<=\n)){last}"
                r"\s+(?:said|says|told|added|testified|argued|wrote)\b)",
                # (read near ``pos`` only: linear time over a long text)
                self.text[max(0, pos - _BUSINESS_REACH) : pos + _BUSINESS_REACH],
                re.MULTILINE,
            )
            is not None
        )
