"""Who said the words an English speaker reports inside a quotation, when it is not the
speaker (private to ``nested``).

A speaker gives another person's words in the second level of marks and names that person as
the subject of the clause that introduces them: “A woman at the desk told me, ‘…’”, “My
husband used to say, ‘…’”, “My agent, Pauline X, rang and said, ‘…’”, “Philippa X looked
me in the eye and said, ‘…’”, “He stood in front of us and said, ‘…’”. The subject
opens the clause (past "And", "But", "Then" or a short fronted phrase and its comma) and is
one of:

- someone unnamed: "a", "an", "one", "another" and a noun, with a complement or a relative
  clause of a few words ("A woman at the desk", "One of the parents", "The councillor who came
  round"), or a possessive and a noun of a person ("My late wife", "Our coach"), as written;
  a definite noun is the one person the text introduced with that role, else as written;
- a person named in commas after such a noun ("My co-founder, Arjun X,"): their full
  name;
- a name the text gives ("Arthur used to say") as the full name it gives;
- "he" or "she": a relative the outer speaker just spoke of ("My own daughter moved away.
  She told me, ‘…’"), else the one person of that gender named in the paragraph (or, when it
  names none, the one before), never the outer speaker.

A thing that "says" words (a sign, a letter, a scanner), a passive of hearing ("Arthur was
told, ‘…’"), a pronoun after someone just described ("The inspector came on a Tuesday. He
said, ‘…’"), words the speaker was told to say ("My dad told me to say, ‘…’"), a parent the
words call ("He kept saying, ‘Dad, …’") and anything else (a clause after "that", "I", "we",
"they", "people") give no one: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.inner_speakers import InnerPeople
from bot.text.speakers.named_kin import named_kin
from bot.text.speakers.unnamed_en import NOUNS as _UNNAMED_NOUNS

_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*|[,;:]")
_OPENERS = frozenset("and but then so once".split())
_UNNAMED = frozenset("a an one another".split())
_POSSESSIVES = frozenset("my our his her".split())
# verbs and words of a verb phrase that end the subject ("used to say", "would always tell")
_VERB_WORDS = frozenset(
    "used would will once always never just kept rang phoned called looked came went stood"
    " turned leaned sat got took gave pulled walked ran wrote sent texted emailed messaged"
    " shouted yelled screamed whispered muttered smiled laughed grinned shook put caught"
    " stopped saw knew had was is has says said told tells asked asks".split()
)
# words opening a subject's complement ("A woman at the desk") or relative clause ("The
# councillor who came round"); a subject's verb is one of ``_VERB_WORDS``, a speech verb or a
# regular past in "-ed"
_COMPLEMENT = frozenset("at in on of from with behind outside inside near by".split())
_RELATIVE = frozenset("who that".split())
# things that "say" words: signs, letters, screens, machines
_THINGS = (
    nm.DOCUMENT_NOUNS
    | nm.SIGN_NOUNS_EN
    | frozenset(
        "letter note message text email e-mail sign notice app phone screen machine computer"
        " recording voicemail tannoy announcement headline caption form website page card"
        " label poster radio tv television paper report law rule rules contract speaker"
        " scanner sticker agreement checklist warrant flyer leaflet printer cover judgment"
        " judgement order elevator lift alarm satnav sat-nav meter".split()
    )
)
# nouns of a relative by gender, after "my" or "our" ("My own daughter moved … She told me")
_KIN_GENDER = {
    **{
        w: "f"
        for w in "daughter mother mum mom wife sister grandmother gran nan granny aunt"
        " girlfriend niece granddaughter".split()
    },
    **{
        w: "m"
        for w in "son father dad husband brother grandfather grandad grandpa uncle"
        " boyfriend nephew grandson".split()
    },
}
_PRONOUNS = {"he": "m", "she": "f"}
# a passive of hearing: "Arthur was told, ‘…’", "A young mum was asked"
_BE = frozenset("was were is are been being get got".split())
_HEARD = frozenset("told asked informed warned advised ordered instructed".split())
# someone described by a noun with an article: "the inspector", "a clerk" (a pronoun after it
# is that one)
_DESCRIBED_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?[a-z]{3,}")
# nouns of people a speaker reports words of, besides the shared lists ("A manager told me",
# "The lad at the counter")
_PEOPLE = frozenset(
    """
    manager councillor councilor officer official inspector clerk lad lass assessor agent boss
    director porter guard driver landlord landlady friend colleague member caller stranger
    customer pupil coach teacher nurse doctor surgeon consultant receptionist waiter waitress
    cleaner builder plumber engineer supervisor foreman headteacher head principal vicar priest
    chaplain policeman policewoman constable sergeant judge magistrate lawyer solicitor barrister
    minister mp mayor chairman chairwoman chair boy girl kid child baby man woman gentleman lady
    fellow bloke guy chap person someone somebody adviser advisor counsellor therapist
    paramedic firefighter soldier commander captain pilot steward stewardess ranger warden
    housekeeper carer volunteer organiser organizer protester campaigner journalist reporter
    editor producer writer author artist singer player fan supporter referee umpire robber
    thief burglar attacker gunman intruder mugger
    """.split()
)
# inner words that call a parent or a grandparent ("‘Dad, I haven't done anything’")
_KIN_CALL_RE = re.compile(
    r"(?:Dad|Daddy|Mum|Mummy|Mom|Mommy|Mother|Father|Papa|Mama|Grandma|Granny|Gran|Nan|Nana"
    r"|Grandad|Grandpa)\b"
)
_LONGEST = 7  # words of an unnamed subject at most
# a sentence of the outer quotation opening on the speaker's relative: "My own daughter moved
# to Belling last year." (a pronoun after it is that relative)
_RELATIVE_BEFORE_RE = re.compile(
    r"(?:^|[.!?]\s+)((?:My|Our)(?: (?:own|late|eldest|youngest|older|younger|little|big))?"
    r" ([a-z]+))\b[^.!?]*[.!?]\s*$"
)


def inner_speaker_en(
    clause: str, pos: int, outer: str | None, people: InnerPeople, before: str = ""
) -> str | None:
    """The speaker of words reported inside an English quotation, introduced by ``clause``
    (from its sentence's start, or the outer quotation's, to the inner marks at ``pos``;
    ``before``, the outer quotation's words before the clause); None when the clause names
    no one these rules read."""
    words = _WORD_RE.findall(clause)
    if words and words[0].lower() in _OPENERS:
        words = words[1:]
    fronted: list[str] = []
    if "," in words[:5] and words[0].lower() not in {*_PRONOUNS, *_POSSESSIVES}:
        # "Years ago, my father told me," / "Last week, a manager said," (not "My agent, X,",
        # "She told me,")
        c = words.index(",")
        opener = words[c + 1].lower() if c + 2 < len(words) else ""
        if not any(w[:1].isupper() or w.lower() in nm.SPEECH_VERBS for w in words[1:c]) and (
            opener in _PRONOUNS or opener in _POSSESSIVES or opener in _UNNAMED or opener == "the"
        ):
            fronted, words = words[:c], words[c + 1 :]
    lows = [w.lower() for w in words]
    pairs = list(zip(lows, lows[1:], strict=False))
    if len(words) < 2 or any(a in nm.SPEECH_VERBS and b == "that" for a, b in pairs):
        return None  # "She said that …": a clause of its own
    if any(a in _BE and b in _HEARD for a, b in pairs):
        return None  # "Arthur was told, ‘…’": the one who heard the words, not who said them
    if any(
        a == "to" and b in ("say", "tell", "ask", "write") and (k == 0 or lows[k - 1] != "used")
        for k, (a, b) in enumerate(pairs)
    ):
        return None  # "My dad told me to say, ‘…’": the speaker's own words ("used to say": not)
    first = words[0].lower()
    if first in _PRONOUNS:
        if _DESCRIBED_RE.search(" ".join(fronted)):
            return None  # "When the inspector arrived, he said": the one just described
        return _pronoun(_PRONOUNS[first], pos, outer, people, before)
    if first in _POSSESSIVES:
        return _relative(words, pos, outer, people)
    if first in _UNNAMED or first == "the":
        end = _subject_end(words)
        if end is None or end < 2:
            return None
        head = [w.lower() for w in words[1:end]]
        if any(w in _THINGS for w in head) or not _person_head(words, end):
            return None
        phrase = " ".join(words[:end])
        if first == "the":
            # (not the outer speaker: "The councillor told me, ‘…’", said by a councillor)
            holder = people.role_person(phrase, pos, later=False)
            return holder if holder is not None and holder != outer else phrase
        return phrase
    if words[0][:1].isupper():
        end = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
        if end > 3 or end == len(words) or words[end].lower() not in _VERB_WORDS | nm.SPEECH_VERBS:
            return None
        named = people.name_in(" ".join(words[:end]), pos)
        if named is None or not named[1] or not people.mentioned(named[0]) or named[0] == outer:
            return None
        return named[0]
    return None


def _pronoun(
    gender: str, pos: int, outer: str | None, people: InnerPeople, before: str
) -> str | None:
    """A relative the outer speaker just spoke of, else the one person of ``gender`` named
    near ``pos`` other than the outer speaker."""
    m = _RELATIVE_BEFORE_RE.search(before)
    last = re.split(r"(?<=[.!?])\s+", before.strip())[-1] if before.strip() else ""
    if m is not None and _KIN_GENDER.get(m.group(2)) == gender:
        return m.group(1)  # "My own daughter moved to Belling last year. She told me,"
    if _KIN_CALL_RE.match(people.text, pos + 1):
        return None  # "He kept saying, ‘Dad, …’": a child of someone, no one named here
    if re.search(r"(?:^|[.!?]\s+)(?:My|Our|A|An|One)\s+\w+", before) or _DESCRIBED_RE.search(last):
        # someone unnamed the speaker spoke of ("A young man came in.", "The inspector came
        # on a Tuesday.", "Then a clerk picked up.", "I went to see the councillor."): no one
        # the text names
        return None
    if any(w.lower() in _THINGS for w in _WORD_RE.findall(before[-200:])):
        return None  # "The letter came on Monday. It said …" (a thing may be the subject)
    for paragraphs in (0, 1):
        fit = [
            name
            for name, sex in people.named_near(pos, paragraphs).items()
            if name != outer
            and sex == gender  # (a gender the text shows: not "La Esquina Deli")
            and name[:1].isupper()
            and not nm.looks_like_org(name.split())
        ]
        if fit:
            # (one person, named in full: "Mr. Obama" in the paragraph is a second one even
            # when the text never gives his first name)
            return fit[0] if len(fit) == 1 and " " in fit[0] else None
    return None


def _relative(words: list[str], pos: int, outer: str | None, people: InnerPeople) -> str | None:
    """ "My co-founder, Arjun X, said": the name in commas; "My late wife used to say":
    the phrase, when its noun is a person's."""
    c = words.index(",", 2) if "," in words[2:5] else -1
    if c > 0 and c + 1 < len(words) and words[c + 1][:1].isupper():
        close = next((k for k in range(c + 2, min(len(words), c + 6)) if words[k] == ","), None)
        if close is None or not all(w[:1].isupper() for w in words[c + 1 : close]):
            return None
        named = people.name_in(" ".join(words[c + 1 : close]), pos)
        return named[0] if named is not None and named[1] and " " in named[0] else None
    end = _subject_end(words)
    if end is None or end < 2 or not all(w.islower() for w in words[1:end]):
        return None
    if not _person_head(words, end):
        return None
    # ("My mother" after "Her mother, Joan Pike, …": the relative the text named)
    return named_kin(words[end - 1], pos, outer, people) or " ".join(words[:end])


def _person_head(words: list[str], end: int) -> bool:
    """True when the subject's noun (its last word before a complement) is a person's."""
    k = next((k for k in range(1, end) if words[k].lower() in _COMPLEMENT | _RELATIVE), end)
    noun = words[k - 1].lower()
    if words[0].lower() == "one" and k == 1 and end > 3:
        # "One of the parents", "One of our members"
        noun = words[3].lower() if words[2].lower() in ("the", "our", "my", "his", "her") else ""
        noun = noun[:-1] if noun.endswith("s") else noun
    return (
        bool(noun)
        and noun not in _THINGS
        and (
            noun in _UNNAMED_NOUNS
            or noun in _KIN_GENDER
            or noun in _PEOPLE
            or noun in nm.PERSON_NOUNS
            or noun in nm.PERSON_ROLES
        )
    )


def _subject_end(words: list[str]) -> int | None:
    """How many words open the clause as its subject: a determiner, up to two modifiers and a
    noun, then a complement ("at the desk") or a relative clause ("who came round") of up to
    four words, up to its verb; None when no verb ends it within ``_LONGEST`` words."""
    relative = False
    for k, w in enumerate(words[: _LONGEST + 1]):
        low = w.lower()
        if w in (",", ";", ":"):
            return None
        if k < 2:
            continue
        if low in _RELATIVE:
            relative = True
            continue
        if relative:
            # (the relative clause's own verb is passed over: "The councillor who came round
            # told me" ends at the verb that introduces the words)
            if low in nm.SPEECH_VERBS or low in ("used", "would"):
                return k
            continue
        if (
            low in _VERB_WORDS
            or low in nm.SPEECH_VERBS
            or (
                w.islower()
                and low.endswith("ed")
                and len(low) > 4
                and words[k - 1].lower() != "the"
            )
        ):
            return k
    return None
