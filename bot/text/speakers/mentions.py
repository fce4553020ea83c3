"""Salience features of the person mentions ``People`` finds (private to ``people.py``).

Whether a mention is a sentence subject, stands next to a speech verb, qualifies a role
("Imbert press secretary Nora Quint"), opens a sentence as a lone surname, and which gender
the pronouns around it give.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.foreign import FRONT_PREPS, OF_WORDS
from bot.text.speakers.germanic_phrase import fronted_manner, fronted_v2_subject
from bot.text.speakers.introductions import inverted_among
from bot.text.speakers.modifiers import named_role, role_word, romance_role_phrase
from bot.text.speakers.name_forms import NameForms
from bot.text.speakers.reading import language
from bot.text.speakers.romance_people import romance_role_gender
from bot.text.speakers.shapes import GERMANIC_PREPOSITIONS
from bot.text.speakers.votes import crowd_word, pronoun_votes

_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{0,40}")
# a name followed by its role in commas, the way news copy introduces a source: "Henry Ames,
# president of the caucus", "Ana Lind, a senior economist at …"
INTRODUCED_RE = re.compile(
    r", (?:the |a |an )?(?:former |senior |chief |deputy |co-)?(?:"
    + "|".join(
        "president director chairman chairwoman head spokesman spokeswoman professor leader"
        " founder executive chief member analyst economist lawyer attorney".split()
    )
    + r")\b"
)
# a dateline opening a wire story: "BERLIN (dpa) -", "HEERENVEEN -", "ZÜRICH –"
_DATELINE_RE = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ .'/-]{1,30}(?:\s*\([^()]{1,30}\))?\s+[-–—]$")
# a second main clause after a comma and a conjunction, or a semicolon: its first name is a
# subject ("…, and Delia Marsh found herself", "…; Reyes disagreed")
_SECOND_CLAUSE_RE = re.compile(r"(?:, (?:and|but|while|whereas)|;)$")
# an English clause of time or cause the name opens: "The remarks came as [Bishop Ana X], the
# head of the diocese, backed the plan", "… because [Lind] had refused" -- its subject only when
# the main clause before it names no one ("Ben Cole scored, though [Dan Ward] missed. He said"
# is Cole's, the main clause's subject)
_SUBORDINATE_RE = re.compile(
    r"(?<![\w'’-])(?:when|while|whereas|because|although|though|(?:come|comes|came) as)$"
)
# an English subject "one of" a group with the person's name in apposition after it: "One of
# the jurors, [Ivo Brandt], said", "Still, one of the Harbour Row Five, [Ann Lee] - jailed
# … - told" (not "He met one of the organisers, [Ann Lee],": no sentence opens on it)
_ONE_OF_RE = re.compile(
    r"(?:[A-Z][a-z]+,? )?(?:[Oo]ne|[Aa]nother) of (?:the |his |her |their )?[^,;:]{2,60},"
)
_PRONOUN_SUBJECT_RE = re.compile(r"(?<![\w'’-])(He|She)\s+[a-z]")
_FINITE = frozenset("was were is are has had have".split())
_FRONTING = frozenset(
    "in at on during after before since speaking asked while when outside inside"
    # the same openers in the other languages: "Sur le terrain,", "Tras el partido,", "Nella
    # terza tappa,", "Na audiência,", "Na afloop,", "Nach dem Spiel,"
    " dans sur après avant pendant lors tras durante después antes desde"
    " nel nella nei sul sulla dopo prima alla al dal dalla"
    " na no nos nas após ao à bij tijdens na op nach bei vor während am im beim".split()
)
# an elided preposition and article opening a fronted phrase: "Sull'arrivo", "Nell'ultima"
_ELIDED_FRONTING = ("sull'", "sull’", "nell'", "nell’", "dall'", "dall’", "all'", "all’")
_NOT_SPEAKER_VERBS = frozenset("read put went shot fired".split())

# a Romance article opening a role before a name at a clause's start
# a name and an apposition opening on "his" or "her": the possessive is another person's
# ("Lanternfield Books, her publisher,"), no vote on the name's gender
_OTHERS_APPOSITION_RE = re.compile(r"(?:[A-Z][\w'’.&-]*[ \t]){0,4}[A-Z][\w'’.&-]*, (?:his|her) ")
_ROMANCE_ARTICLES = frozenset("le la el il lo o a su sa son sua seu suo".split())
# English possessives before a relative's noun in commas: "Her husband, X", "my daughter, Y"
_OWNERS = frozenset("her his my their our its".split())
# English nouns of a person of one sex that no role list holds: "a woman named X"
_SEXED_NOUNS = {"woman": "f", "girl": "f", "lady": "f", "man": "m", "boy": "m"}


def _lower_word(word: str) -> bool:
    """A lower-case word, possessive or not: "mother", "victim's"."""
    return word.replace("'s", "").replace("’s", "").isalpha() and word.islower()


# a capitalized word right before a speech verb ("Penwarden said", "Okafor explained"), read once
# per text (``_speaking_surname``)
_WORD_VERB_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z'’-]{1,30}) ([a-z]{3,12})\b")
# the first pronoun of the clause that speech verb opens ("Parry claims he …", "X told police
# she …" a person; "Tesco added that it …", "X said their …" a body); "it" says neither ("X
# said it was a shame"), and the clause ends at a stop, a colon or a quotation mark
_CLAUSE_PRONOUN_RE = re.compile(r"[^.;:!?\"“”‘’\n]{0,40}?(?<![\w'’-])(he|she|it|its|they|their)\b")
_TITLES_EN = "Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor"
_PLURAL_ENDS = ("ans", "ats", "ists", "ians", "ners", "ites")  # Republicans, Democrats, …


@dataclass(slots=True)
class Mention:
    """A person named at ``pos`` (outside quotations)."""

    pos: int
    name: str
    gender: str | None
    subject: bool
    speaker: bool
    sent: int
    para: int
    dependent: bool = False  # a relative's name hanging off another person (``kin_dependent``)


# an article and role nouns (joined by "und"/"en") opening a German or Dutch sentence
_GERMANIC_OPENING_RE = re.compile(
    r"(?:Der|Die|Das|De|Het)\s+(?:[a-zäöü]\w*e[nrs]?\s+)?\w+(?:\s+(?:und|en)(?:\s+\w+)?)?"
)


class MentionFeatures(NameForms):
    """Mention features over one text; ``People`` provides the text and its structure."""

    text: str
    bounds: list[int]
    mentions: list[Mention]
    _mention_pos: list[int]
    registry: dict[str, list[tuple[int, tuple[str, ...], str | None]]]
    key_gender: dict[str, str]
    _lower_words: set[str] | None

    def _sentence_start(self, pos: int) -> int:  # provided by ``People``
        raise NotImplementedError

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """The mentions at ``start`` up to ``end``, in text order."""
        lo = bisect.bisect_left(self._mention_pos, start)
        hi = bisect.bisect_left(self._mention_pos, end)
        return self.mentions[lo:hi]

    def recent_subject(self, pos: int, gender: str | None) -> str | None:
        """The person who is the subject of the sentence before the one at ``pos`` (or of its
        own sentence before ``pos``), with no one else named since, when the gender fits or
        is unknown and the name is a full name."""
        sent = bisect.bisect_right(self.bounds, pos)
        before = [m for m in self.mentions if m.pos < pos and m.sent >= sent - 1]
        if not before:
            return None
        last = before[-1]
        if not last.subject or len(last.name.split()) < 2 or len({m.name for m in before}) > 1:
            return None
        return last.name if gender is None or last.gender in (None, gender) else None

    def antecedent(self, pos: int, gender: str | None, known: bool = False) -> str | None:
        raise NotImplementedError  # provided by ``People``

    def _para(self, pos: int) -> int:
        raise NotImplementedError  # provided by ``People``

    def _pronoun_subjects(self, quoted: list[tuple[int, int]]) -> None:
        """A "He"/"She" opening a sentence outside quotations keeps the person it stands
        for salient: "Lind chairs the board. She says … She added …" -- each is a subject
        mention of Lind, so a later "she said" is hers and not the last woman named."""
        qi = 0
        for m in _PRONOUN_SUBJECT_RE.finditer(self.text):
            pos = m.start(1)
            while qi < len(quoted) and quoted[qi][1] <= pos:
                qi += 1
            if (qi < len(quoted) and quoted[qi][0] <= pos) or self._sentence_start(pos) != pos:
                continue
            gender = "m" if m.group(1) == "He" else "f"
            name = self.antecedent(pos, gender)
            if name is None:
                continue
            k = bisect.bisect_left(self._mention_pos, pos)
            sent = bisect.bisect_right(self.bounds, pos)
            mention = Mention(pos, name, gender, True, False, sent, self._para(pos))
            self.mentions.insert(k, mention)
            self._mention_pos.insert(k, pos)

    def _role_gender(self, pos: int) -> str | None:
        """The gender a role noun right before ``pos`` gives: "widow Terry Lee" -> "f"."""
        before = self.text[max(0, pos - 80) : pos].split()
        word = before[-1].lower() if before else ""
        if (
            word in ("der", "die")
            and (len(before) < 2 or before[-2][-1:] in ",.:")
            and language() == "german"
        ):
            # ", der Linguist Professor X", "Die Hebamme X": an article in the nominative
            # before the role run (a noun in "-in" is a woman's: "der Richterin" is dative)
            noun = self.text[pos : pos + 40].split()[:1]
            female = word == "die" or bool(noun and noun[0].endswith("in") and len(noun[0]) > 4)
            return "f" if female else "m"
        if (
            word[-1:] == ","
            and len(before) > 1
            and before[-2].lower() in _OWNERS
            and language() == "english"
        ):
            # "Her granddaughter, Tolulope, 23, said", "my daughter, Amara, signed up": a
            # relative's noun in apposition before the name, after whose relative it is
            word = word[:-1]
        elif word == "named" and len(before) > 1 and language() == "english":
            # "a wiry woman named Ada Lind": the noun before "named"
            word = before[-2].lower()
            if word in _SEXED_NOUNS:
                return _SEXED_NOUNS[word]
        if word in nm.FEMALE_ROLES:
            return "f"
        if word in nm.MALE_ROLES:
            return "m"
        return romance_role_gender(self.text, pos, before)

    def _lone_subject(self, pos: int, word: str) -> bool:
        """True for a surname alone opening a sentence before its verb: "Okafor openly
        admitted …", "Lindqvist defied the question" (a person the text never names in full)."""
        low = word.lower()
        if pos != self._sentence_start(pos) or low.endswith(_PLURAL_ENDS):
            return False
        if self._lower_words is None:
            self._lower_words = set(_LOWER_WORD_RE.findall(self.text))
        if low in self._lower_words:
            return False  # "Delegates questioned …": the text writes it in lower case too
        if low in FRONT_PREPS and language() in ("french", "portuguese", "spanish", "italian"):
            return False  # "Em nota, a ministra …", "En fin de journée, …": a preposition
        if crowd_word(low, self._lower_words):
            return False  # "Viewers watched stunned as …": a crowd, no one
        nxt = self.text[pos + len(word) : pos + len(word) + 30].split()[:2]
        if fronted_manner(word, self.registry, nxt[0] if nxt else ""):
            return False  # "Enttäuscht zeigte sich X", "Opgelucht reageerde Y": a mood, no one
        if not nxt or not nxt[0].islower() or nm.bare(nxt[0]) in nm.STOPWORDS:
            return False
        adverb = nm.bare(nxt[0]) in nm.ADVERBS or nxt[0].endswith("ly")
        verb = nm.bare(nxt[1] if adverb and len(nxt) > 1 else nxt[0])
        return verb.endswith("ed") or verb in nm.SPEECH_VERBS  # "Three candidates …" is no one

    def _speaking_surname(self, word: str) -> bool:
        """True for an English surname alone that speaks at least twice in the text ("Penwarden
        said: …", "… Penwarden explained", "Penwarden claims …"), a person the text never names in
        full; each of its mentions counts as one, so that a "he" further on can stand for it
        ("Penwarden is funding … He said: “…”"). Not a word the text also writes in lower case
        ("Police said", "Officials said"), nor a plural. A company or a club speaks as often
        ("Tesco said … Tesco added"), so the text must show a person too: a title ("Mr
        Penwarden"), an age ("Penwarden, 61,") or a "he"/"she" opening what it says ("Penwarden
        claims he …"), and never an "its", "their" or "they" there ("Tesco said its …")."""
        if language() != "english":
            return False
        got: dict[str, list[int]] | None = getattr(self, "_speaking", None)
        if got is None:
            got = {}
            for m in _WORD_VERB_RE.finditer(self.text):
                if m.group(2) in nm.SPEECH_VERBS:
                    seen = got.setdefault(m.group(1), [0, 0, 0])
                    seen[0] += 1
                    p = _CLAUSE_PRONOUN_RE.match(self.text, m.end())
                    if p is not None and p.group(1) in ("he", "she"):
                        seen[1] += 1
                    elif p is not None and p.group(1) != "it":
                        seen[2] += 1
            self._speaking = got
        count, person, body = got.get(word, (0, 0, 0))
        if count < 2 or body or word.lower().endswith(_PLURAL_ENDS + ("s",)):
            return False
        if self._lower_words is None:
            self._lower_words = set(_LOWER_WORD_RE.findall(self.text))
        low = word.lower()
        if low in self._lower_words or low in nm.STOPWORDS:
            return False
        return bool(person) or (
            re.search(
                rf"(?<![\w'’-])(?:(?:{_TITLES_EN})\.? {re.escape(word)}\b|{re.escape(word)}, \d{{1,3}},)",
                self.text,
            )
            is not None
        )

    def _modifier(self, end: int) -> bool:
        """True when the name ending at ``end`` qualifies a role and the name after it:
        "Imbert press secretary Nora Quint said" (Imbert is no subject, Quint is)."""
        words = self.text[end : end + 60].split()[:4]
        if (
            words
            and words[0].islower()
            and language() == "german"
            and not any(nm.bare(w) in FIRST_NAMES for w in words)
        ):
            # German role nouns are capitalized: "Lehtonen sieht darin keinen Nachteil" goes
            # on with its verb (but "Bester Werfer war Linksaußen Lukas X" names Lukas X)
            return False
        k = 0
        while k < len(words) and role_word(words[k]):
            k += 1
        # a German or Dutch verb, a preposition and an article before a capitalized noun
        # ("Erik ten Hag haderte mit der Chancenverwertung") is a sentence going on, no role
        if any(
            nm.bare(w) in nm.NOUN_ARTICLES
            or nm.bare(w) in nm.FOREIGN_STOPS
            or w in GERMANIC_PREPOSITIONS  # "Mirko X verkürzte per Kopf", "vor dem Spiel"
            for w in words[:k]
        ):
            return False
        return 1 <= k <= 3 and k < len(words) and words[k][:1].isupper()

    def _is_subject(self, pos: int, earlier: list[Mention] | None = None) -> bool:
        # (``earlier``: the mentions found before ``pos``, the last one read here)
        # (a headline with no stop before the first paragraph is no part of its sentence)
        start = max(self._sentence_start(pos), pos - 300, self.paras[self._para(pos)][0])
        head = _DATELINE_RE.sub("", self.text[start:pos].rstrip())
        if not head:
            return True  # also after a dateline: "HEERENVEEN - [Sietske Hoekstra] is …"
        words = head.split()
        while words and words[0] in ("And", "But", "Yet", "So"):
            words = words[1:]  # "And Lind said …"
        if not words or (
            len(words) <= 3
            and all(w[:1].isupper() for w in words)
            and words[-1].endswith(("'s", "’s"))
        ):
            return True  # "And Ohio's [Lena Marsh], one of …, said"
        if 2 <= len(words) <= 4 and words[0][:1].isupper() and all(map(role_word, words[1:])):
            return True  # "Imbert press secretary [Nora Quint] said"
        if language() == "english" and named_role(words):
            return True  # "Kingsford Albion boss [Dave X] hit out …": a team's name and a role
        bare_head = head.rstrip(",")  # "En el Getafe, su entrenador, [X], no quiso"
        clause = bare_head.rsplit(",", 1)[-1].split() if bare_head.count(",") <= 1 else []
        if clause and clause[-1].lower() in OF_WORDS:
            clause = []  # "…, l’osteria di [Borgo X] che …": a name "of" governs, no subject
        if (
            2 <= len(clause) <= 4
            and clause[0].lower() in _ROMANCE_ARTICLES
            and all(map(role_word, clause[1:]))
        ):
            return True  # "Do lado palmeirense, o treinador [Abel Monteiro] reclamou"
        if language() in ("french", "spanish", "italian", "portuguese") and romance_role_phrase(
            clause
        ):
            return True  # "Il consigliere comunale di opposizione [Davide X] ha chiesto"
        if (
            1 <= len(clause) <= 3
            and clause[0][:2].lower() in ("l'", "l’")
            and role_word(clause[0][2:])
            and all(map(role_word, clause[1:]))
        ):
            return True  # an elided article: "Sul fronte ospite, l'allenatore [Ivo Neri] ammette"
        if len(words) <= 3 and all(w[:1].isupper() and w[-1:].isalnum() for w in words):
            # "Leverkusens Coach [Erik ten Hag] haderte", "Torschütze [Ritsu Doan] freute sich":
            # capitalized role words (German nouns, titles) open the sentence before the name
            if not any(nm.bare(w) in nm.STOPWORDS for w in words):
                return True
        if _GERMANIC_OPENING_RE.fullmatch(head) and language() in ("german", "dutch"):
            return True  # "Der Landwirt und Kleinaktionär [Ueli X]", "De student [Thijs X]"
        if head[-1:] in "”\"'’":  # ,” Bozell says
            return True
        pre, comma, role = (head[:-1] if head.endswith(",") else head).rpartition(",")
        if (
            comma
            and 1 <= len(role.split()) <= 4
            and all(_lower_word(w) for w in role.split())
            and pre.split()[:1] != []
            and pre.split()[0].lower() in _FRONTING
            and len(pre.split()) <= 12
            and "," not in pre
        ):
            # "At the taxi rank, domestic worker [Thandi Moyo], 47, had waited", "Outside the
            # court, the victim's mother, [Ingrid Lund], thanked the jury"
            return True
        if (
            _SUBORDINATE_RE.search(head)
            and language() == "english"
            and not (earlier and earlier[-1].pos >= start)  # "Ben Cole scored, though [X]"
            and head.split()[0] not in ("He", "She", "They", "I", "We")
        ):
            return True
        if language() == "english" and _ONE_OF_RE.fullmatch(head):
            return True  # "Still, one of the Harbour Row Five, [Ann Lee] - jailed … - told"
        if _SECOND_CLAUSE_RE.search(head):
            return True  # "Then Dunmore struck out two hitters, and [Delia Marsh] found herself"
        if fronted_v2_subject(words) or inverted_among(words):
            return True  # "Unter den Zuhörern saß auch [Hermine X]", "Among them was [X]"
        if (
            head.endswith(",")
            and len(words) <= 8
            and "," not in head[:-1]
            and not any(w in _FINITE for w in words)
        ):
            return True  # "On Monday, Lind …" (not "The plan was drawn up after a cyclist, Lind,")
        # a longer fronted adjunct: "In an interview with a radio host on Friday, Lind made it
        # clear …" (a preposition opens the sentence, a comma closes the adjunct)
        chunks = [c.split() for c in head[:-1].split(",")]
        return (
            head.endswith(",")
            and len(words) <= 20
            and (words[0].lower() in _FRONTING or words[0].lower().startswith(_ELIDED_FRONTING))
            and (
                len(chunks) <= 2
                # two fronted phrases: "Sull'arrivo di Piano Alto, nella terza tappa, X ha …"
                or (len(chunks) == 3 and bool(chunks[1]) and chunks[1][0].lower() in _FRONTING)
            )
        )

    def _is_speaker(self, pos: int, end: int) -> bool:
        for w in self.text[end : end + 40].lower().split()[:3]:
            w = w.strip(",.;:")
            if w in nm.SPEECH_VERBS and w not in _NOT_SPEAKER_VERBS:
                return True
            if w not in nm.ADVERBS:
                break
        before = self.text[max(0, pos - 40) : pos].lower().split()
        if before[-2:] == ["according", "to"]:
            return True
        if before[-2:-1] and before[-2].endswith(",") and before[-1] == "so":
            return True  # „…“, so Lena Hoffmann
        if before and before[-1] in nm.ACCORDING:
            return True
        said = ("said", "says", "added", "wrote")
        if len(before) > 1 and before[-1] in nm.FEMALE_ROLES | nm.MALE_ROLES:
            before.pop()  # ,” said widow Terry Lee / said 9/11 widow Terry Lee
            if len(before) > 1 and before[-1].strip(",") not in said:
                before.pop()
        if not before or before[-1].strip(",") not in said:
            return False
        # ,” said Ana Lind / said Ana Lind, the …: but "Reyes said Lind’s plan …" and
        # "Reyes said Lind doesn't care" make Lind the topic, not the speaker
        after = self.text[end : end + 3]
        return after[:1] in ("", ",", ".", " (", "\n") or after.startswith((" (", "\n"))

    def _gender_votes(self) -> dict[str, str]:
        """Gender from the pronouns of sentences that mention one person only."""
        text = self.text
        votes: dict[str, list[int]] = {}
        by_sent: dict[int, list[Mention]] = {}
        for m in self.mentions:
            by_sent.setdefault(m.sent, []).append(m)
        for sent, ms in by_sent.items():
            if len({m.name for m in ms}) != 1:
                continue
            if _OTHERS_APPOSITION_RE.match(text, ms[0].pos):
                continue  # "Lanternfield Books, her publisher, said": another's possessive
            end = self.bounds[sent] if sent < len(self.bounds) else len(text)
            end = min(end, ms[0].pos + 600)
            male, female = pronoun_votes(text, ms[0].pos, end, ms[0].subject)
            v = votes.setdefault(ms[0].name, [0, 0])
            v[0] += male
            v[1] += female
        return {n: ("m" if m > f else "f") for n, (m, f) in votes.items() if m != f}
