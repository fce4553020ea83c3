"""Which earlier person a pronoun or an organisation's "it" stands for (private to
``people.py``): the most salient mention before it, by distance, subjecthood, speech and
gender. ``People`` provides the mentions and the text's structure.
"""

from __future__ import annotations

import bisect
import re

from bot.text.speakers import names as nm
from bot.text.speakers.aged_mentions import AgedMentions
from bot.text.speakers.businesses import BusinessNouns
from bot.text.speakers.introductions import kin_of_other
from bot.text.speakers.mentions import Mention, MentionFeatures
from bot.text.speakers.reading import plainly_english

# salience weights for pronoun resolution, tuned on PolNeAR train
_W_SENTENCE = 1.0  # lost per sentence of distance (capped at 10)
_W_PARAGRAPH = 1.0  # lost per paragraph of distance (capped at 5)
_W_SUBJECT = 3.0  # a sentence subject
_W_SPEAKER = 1.0  # a mention next to a speech verb
_W_GENDER = 2.0  # a known gender that fits the pronoun
_WINDOW = 80  # mentions looked at before the pronoun
# English person nouns that mostly stand for someone the article does not name
_UNNAMED_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson official officer source man woman host campaign"
    " aide adviser advisor representative".split()
)


# a side's positions that stand for the person named just before ("Skipper X said …. “…,”
# the centre-back said"), unless that person plays another one ("Striker X …")
_POSITIONS = frozenset(
    "centre-back center-back full-back goalkeeper keeper striker midfielder defender winger"
    " forward".split()
)
# nouns of family that stand for the parent or grandparent named before when a tabloid
# counts their children ("the mother-of-two", "the grandfather of six"); without the count
# "the gran" or "the mother" may be any relative of the person named last (as written)
# English epithets that describe the person named just before rather than name an office
_EPITHET_OPENERS = _POSITIONS | frozenset("youngster teenager veteran".split())
_FAMILY_NOUNS = (
    frozenset("gran granny grandma grandad grandpa nan mum dad".split())
    | nm.FEMALE_ROLES
    | nm.MALE_ROLES
)
_COUNT_RE = re.compile(r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$")


def _family_count(words: list[str]) -> tuple[list[str], str]:
    """The words of an English epithet without a count of children after its noun, and that
    noun: "the mother-of-two" -> (…, "mother"), "the grandfather of six" -> (…, "grandfather")
    (a tabloid's way to call back a parent or grandparent named before)."""
    if len(words) > 3 and words[-2] == "of" and _COUNT_RE.match(words[-1]):
        words = words[:-2]
    last = nm.bare(words[-1]) if words else ""
    parts = last.split("-")
    if len(parts) == 3 and parts[1] == "of" and _COUNT_RE.match(parts[2]):
        return words, parts[0]
    return words, last


def _role_words(words: list[str]) -> bool:
    """True for "the" and a lowercase noun, with up to two words qualifying it: "the
    midfielder", "the Labour councillor", "the three-term councillor"."""
    if not 2 <= len(words) <= 4 or nm.bare(words[0]) != "the" or not words[-1].isalpha():
        return False
    return all(
        w.replace("-", "").isalnum() and (w.islower() or (w[:1].isupper() and w[1:].islower()))
        for w in words[1:-1]
    )


# the articles before a role noun ("the mayor, Greta Lind", "la alcaldesa")
ROLE_ARTICLES = frozenset("the le la l el il lo o a de der die het".split())
_ROLE_OPENING_RE = re.compile(r"The ([a-z]+)\b")  # "The striker laughed it off."


class Salience(BusinessNouns, AgedMentions, MentionFeatures):
    """Salience over the person and organisation mentions of one text."""

    mentions: list[Mention]
    roles: dict[str, dict[str, int]]  # "mayor" -> the people introduced as one
    orgs: list[tuple[int, str, bool]]
    _mention_pos: list[int]

    def organisation(self, pos: int) -> str | None:
        """The organisation "they"/"it" most likely stands for at ``pos``.

        The last one named as a sentence subject within five sentences, else the last
        one named within two sentences.
        """
        sent = bisect.bisect_right(self.bounds, pos)
        k = bisect.bisect_left(self.orgs, (pos,))
        recent = None
        for opos, name, subject in reversed(self.orgs[max(0, k - 20) : k]):
            distance = sent - bisect.bisect_right(self.bounds, opos)
            if distance > 5:
                break
            if subject:
                return name
            if recent is None and distance <= 2:
                recent = name
        return recent

    def nearest(self, pos: int, object_only: bool = False) -> str | None:
        """The person named last before ``pos`` ("Robert J. Keane, who told ..."); with
        ``object_only``, the last one in the same sentence that is no subject and whose
        gender a first name or a title shows ("Ola Berg says Ivo Brandt will miss Sporting
        Lisboa's game after the Dutchman …": Brandt; none in "Berg said the Dutchman …")."""
        k = bisect.bisect_left(self._mention_pos, pos)
        if not object_only:
            return self.mentions[k - 1].name if k else None
        sent = bisect.bisect_right(self.bounds, pos)
        for m in reversed(self.mentions[max(0, k - 10) : k]):
            if m.sent != sent:
                return None
            if m.gender and not m.subject:
                return m.name
        return None

    def other_named(self, start: int, end: int, name: str) -> bool:
        """True when a person other than ``name`` is named between ``start`` and ``end``."""
        lo = bisect.bisect_left(self._mention_pos, start)
        hi = bisect.bisect_left(self._mention_pos, end)
        return any(m.name != name for m in self.mentions[lo:hi])

    def antecedent(
        self, pos: int, gender: str | None, known: bool = False, skip: frozenset[str] = frozenset()
    ) -> str | None:
        """The most salient person named before ``pos`` whose gender fits (with ``known``,
        only people whose gender a first name or a title shows), none of ``skip``."""
        k = bisect.bisect_left(self._mention_pos, pos)
        if k == 0:
            return None
        sent = bisect.bisect_right(self.bounds, pos)
        para = self._para(pos)
        best, best_score = None, float("-inf")
        bonus = _W_SUBJECT + _W_SPEAKER + _W_GENDER
        for m in reversed(self.mentions[max(0, k - _WINDOW) : k]):  # most recent first
            distance = _W_SENTENCE * min(sent - m.sent, 10) + _W_PARAGRAPH * min(para - m.para, 5)
            if bonus - distance < best_score:
                break  # nothing further back can win
            if (gender and m.gender and m.gender != gender) or (known and not m.gender):
                continue
            if m.name in skip:
                continue
            score = (
                _W_SUBJECT * m.subject
                + _W_SPEAKER * m.speaker
                + _W_GENDER * (gender is not None and m.gender == gender)
                - distance
                - _W_SUBJECT * m.dependent  # "cugino di Ivana": Ivana hangs off another
            )
            if score > best_score:
                best, best_score = m, score
        return best.name if best else None

    def named_near(self, pos: int, paragraphs: int = 1) -> dict[str, str | None]:
        """The people (full name -> gender) the text names before ``pos`` in its paragraph
        and the ``paragraphs`` before it."""
        k = bisect.bisect_left(self._mention_pos, pos)
        para = self._para(pos)
        found: dict[str, str | None] = {}
        for m in reversed(self.mentions[max(0, k - _WINDOW) : k]):
            if para - m.para > paragraphs:
                break
            if m.name not in found or found[m.name] is None:
                found[m.name] = m.gender
        return found

    def genders(self, name: str) -> set[str]:
        """The genders the text's mentions of ``name`` show (empty when none does), read once
        per text for every name (callers ask once per quotation)."""
        got: dict[str, set[str]] | None = getattr(self, "_genders", None)
        if got is None:
            got = {}
            for m in self.mentions:
                got.setdefault(m.name, set())
                if m.gender:
                    got[m.name].add(m.gender)
            self._genders = got
        return got.get(name, set())

    def mentioned(self, name: str) -> bool:
        """True when some mention of the text is ``name``."""
        self.genders(name)
        return name in self._genders

    def fits(self, name: str, sex: str) -> bool:
        """True when no mention of ``name`` shows a gender other than ``sex``."""
        return self.genders(name) <= {sex}

    def kin_named(self, name: str, pos: int) -> set[str]:
        """{name} when ``name`` was given after another's kin noun ("whose father, Leo,")."""
        k = bisect.bisect_left(self._mention_pos, pos)
        at = [m.pos for m in self.mentions[max(0, k - 30) : k] if m.name == name]
        return {name} if kin_of_other(self.text, at, _FAMILY_NOUNS, "") else set()

    def role_person(self, phrase: str, pos: int | None = None, *, later: bool = True) -> str | None:
        """The one person the text introduced (before ``pos``) with the role a phrase names:
        "the mayor", "la alcaldesa", "l'adjointe" -> that person; None for none or several.
        An English "the mayor" may also be someone introduced only later, unless ``later`` is
        False."""
        words = phrase.split()
        if len(words) == 1 and words[0][:2].lower() in ("l'", "l’"):
            words = [words[0][:2], words[0][2:]]
        if len(words) not in (2, 3) or nm.bare(words[0]).rstrip("'’") not in ROLE_ARTICLES:
            return None
        held = self.roles.get(" ".join(nm.bare(w) for w in words[1:]), {})
        names = [n for n, at in held.items() if pos is None or at < pos]
        if not names and later and nm.bare(words[0]) in ("the", "a", "an"):
            names = list(held)  # English news may give the role with the name only later
        return names[0] if len(names) == 1 else None

    def modified_role(self, words: list[str], pos: int) -> str | None:
        """The person an English "the <adjectives> <role noun>" at ``pos`` stands for: the one
        the text introduced with that noun ("Councillor Ann Pryce rejected the claim. “…,” the
        Green councillor said"; its capitalized adjective is no name: not "Green councillor").
        None for a noun no introduction gave ("the New York businessman", kept as written)
        and for "the former mayor", seldom the mayor the text introduced; only someone
        introduced before it ("The Tory leader …" is not "Green leader Ann Pryce" further on)."""
        if (
            not 2 < len(words) <= 4
            or nm.bare(words[0]) != "the"
            or not (words[-1].isalpha() and words[-1].islower())
            or {"former", "ex", "late"} & {nm.bare(w) for w in words[1:-1]}
        ):
            return None
        return self.role_person(f"the {words[-1]}", pos, later=False)

    def _says(self, m: Mention) -> bool:
        """True when a speech verb follows the mention ``m`` in its sentence."""
        text: str = self.text  # type: ignore[attr-defined]
        end = self.bounds[m.sent] if m.sent < len(self.bounds) else len(text)
        return any(nm.bare(w) in nm.SPEECH_VERBS for w in text[m.pos : end].split())

    def last_named(self, words: list[str], pos: int, sentences: int = 3) -> str | None:
        """The person an English "the <role noun>" at ``pos`` stands for when no introduction
        says: the one the last sentence naming anyone names, among the ``sentences`` sentences
        before (that paragraph or the one before): its one person, else its one subject (or
        speaker), of the noun's gender ("Ana Lind led the tributes. “…,” the midfielder
        said."); None when no one, or no one person, is named there, and for nouns of people
        an article seldom names ("the spokesman": as written)."""
        counted = len(words)
        words, noun = _family_count(words)
        counted = counted != len(words) or noun != nm.bare(words[-1])
        head = noun.replace("-", "")
        noun = noun if _role_words([*words[:-1], head]) and head.isalpha() else ""
        # (a noun after adjectives, "the Independent deputy": only for the one person, or the
        # subject, of a sentence before it in its own paragraph, and never "the former mayor")
        near = len(words) > 2 and any(w[:1].isupper() for w in words[1:-1])
        if (
            not (
                noun in nm.TITLES
                or noun in nm.PERSON_ROLES
                or (counted and noun in _FAMILY_NOUNS)
                or noun in _POSITIONS
                or noun == "pensioner"
            )
            or noun in _UNNAMED_NOUNS
            or {"former", "ex", "late"} & {nm.bare(w) for w in words[1:-1]}
            or not plainly_english()
        ):
            return None
        gender = "m" if noun in nm.MALE_ROLES else "f" if noun in nm.FEMALE_ROLES else None
        k = bisect.bisect_left(self._mention_pos, pos)
        if not k:
            return None
        sent = bisect.bisect_right(self.bounds, pos)
        para = self._para(pos)  # type: ignore[attr-defined]
        last = self.mentions[k - 1]
        if last.sent < sent - sentences or last.para < para - 1:
            return None
        if near and not sent - 2 <= last.sent < sent:
            return None
        # (the paragraph before only when its last sentence naming anyone names one person:
        # "… Eleanor Dunmore stepped off it. She did not seem to mind." ¶ "“…,” the Progressive
        # Party candidate said"), and only for a body's role, not a place's ("the New York
        # businessman" stays as written)
        caps = [w for w in words[1:-1] if w[:1].isupper()]
        lone = near and last.para == para - 1
        if lone and (not nm.looks_like_org(caps) or nm.is_place(caps)):
            return None
        text: str = self.text  # type: ignore[attr-defined]
        for j in range(last.sent + 1, sent + 1):
            # a sentence since then opening on a role noun ("The striker laughed it off.")
            # speaks of the one introduced with it, else of someone we cannot tell
            opening = _ROLE_OPENING_RE.match(text, self.bounds[j - 1]) if j else None
            if (
                opening is not None
                # (not an epithet that is the phrase itself: "The youngster grinned: “…”";
                # "The prime minister said" may be anyone holding the office)
                and not (opening.start() == pos and opening.group(1) in _EPITHET_OPENERS)
                and (opening.group(1) in nm.TITLES or opening.group(1) in nm.PERSON_ROLES)
            ):
                return self.role_person(opening.group(0), pos)
        same = [m for m in self.mentions[max(0, k - 12) : k] if m.sent == last.sent]
        # (and only when that paragraph and this one name no one else: two rivals named one
        # after the other, "… council leader Derek Hollis. Opposition leader Amy Reed voted
        # against it.", leave "the County Council leader" as written)
        around = {m.name for m in self.mentions[max(0, k - 12) : k] if m.para >= para - 1}
        if (near and last.para not in (para, para - 1)) or (
            lone and (len({m.name for m in same}) != 1 or len(around) != 1)
        ):
            return None
        names = {m.name for m in same} if len({m.name for m in same}) == 1 else set()
        names = names or {m.name for m in same if m.subject} or {m.name for m in same if m.speaker}
        if len(names) != 1:
            return None
        found = next(iter(names))
        if kin_of_other(text, [m.pos for m in same if m.name == found], _FAMILY_NOUNS, noun):
            return None  # "Her granddaughter, Lily, 19, swam …": "the pensioner" is the "her"
        if (
            near
            and len({m.name for m in same}) > 1
            and not any(m.subject or m.speaker for m in same if m.name == found)
        ):
            return None
        genders = {m.gender for m in same if m.name == found} - {None}
        # (someone a first name or a role shows to be a person: not "the Clean Air Plan")
        roles = getattr(self, "roles", {})
        # (or the one who says something in that sentence: "Abernathy, a 24-year-old right-
        # hander, said the manager had …" before "“…,” the reliever said")
        person = (
            genders
            or any(found in held for held in roles.values())
            or any(m.subject and self._says(m) for m in same if m.name == found)
        )
        if noun in _POSITIONS and any(found in roles.get(p, {}) for p in _POSITIONS - {noun}):
            return None  # "the centre-back" is not the striker named last
        return found if person and (gender is None or not genders or gender in genders) else None
