"""Organisations, offices and writers that a speaker phrase or a pronoun stands for (private to
the speaker modules): "the Ministry of Health", "the regional Commissioner for Fisheries", "The
company said … “…,” it said", "By Helen Stavros … “…,” I wrote". The bodies a Romance text
names by a common noun, a kind or a club are in ``orgs_romance``."""

from __future__ import annotations

import re

from bot.text.lexicon import load
from bot.text.speakers import names as nm
from bot.text.speakers.bodywords import adjectives_after_head
from bot.text.speakers.firstnames import FIRST_NAMES

# an office named by its title and its charge: "the Regional Commissioner for Fisheries"
_OFFICE_FOR_RE = re.compile(
    r"(?:(?:[A-Z][\w'’-]*\s)*([A-Z][\w'’-]*))\s+for\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*\s*$"
)
# a whole speaker phrase on capitalized words, "for" and a name: "Transport for London"
_BODY_FOR_RE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s)+for\s$")
# "the Ministry of Health", "the Department for Education"
_ORG_OF_RE = re.compile(
    r"((?:[A-Z][\w'’-]*\s)*[A-Z][\w'’-]*)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s(?:(?:and|&)\s)?[A-Z][\w'’-]*)*\s*$"  # "Department of Fisheries and Oceans"
)
# the same over a Romance "of": "o Sindicato dos Professores do Norte", "la Procura della
# Repubblica di Napoli" (an organisation word in the head, see ``institution``)
_CAP_WORD = r"[^\W\d_a-z][\w'’-]*"
_ROMANCE_OF = r"(?:de|da|do|das|dos|di|del|della|dello|dei|degli|delle|du|des)"
_ORG_DE_RE = re.compile(
    rf"((?:{_CAP_WORD}\s)*{_CAP_WORD})\s+{_ROMANCE_OF}\s+{_CAP_WORD}"
    rf"(?:\s(?:(?:{_ROMANCE_OF}|e)\s)?{_CAP_WORD})*\s*$"
)
# a head noun and its kind's adjectives before the place: "la Città metropolitana di X",
# "l'Azienda sanitaria di Y" (``bodywords.adjectives_after_head``)
_ORG_ADJ_DE_RE = re.compile(
    rf"({_CAP_WORD}(?:\s[^\W\d_A-Z][\w'’-]*){{1,2}})\s+{_ROMANCE_OF}\s+{_CAP_WORD}"
    rf"(?:\s(?:(?:{_ROMANCE_OF}|e)\s)?{_CAP_WORD})*\s*$"
)
# a campaign or charity named by an imperative and its object: "Save the Children", "Stand Up
# to Cancer", "Stop the Cuts Coalition" (the whole phrase; its last words are no person)
_IMPERATIVE_BODY_RE = re.compile(
    r"(?:^|(?<=\s))([A-Z][a-z]+)(?: Up| Out)? (?:the|to|up to) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}$"
)
_COMMON_ORG_RE = re.compile(r"\b([Tt]he) ((?:[a-z]+ ){1,3}[a-z]+)")
_ORG_NOUNS = load("org_nouns_en")
_BYLINE_RE = re.compile(r"By ([A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2})(?=,|\s*$|\s*\n)")


def institution(phrase: str) -> str | None:
    """The whole name of an office or an organisation a speaker phrase ends on, or None:
    "the regional Commissioner for Fisheries" (not "Fisheries"), "the Ministry of Health",
    "the University of Leeds"."""
    office = _OFFICE_FOR_RE.search(phrase)
    if (
        office is not None
        and nm.bare(office.group(1)) in nm.TITLES
        # ("Secretary for Health Ana Lind" ends on a person)
        and not any(nm.bare(w) in FIRST_NAMES for w in office.group(0).split()[-3:])
    ):
        return office.group(0).strip()
    org = _ORG_OF_RE.search(phrase)
    if org is not None and nm.bare(org.group(1).split()[-1]) in nm.ORG_WORDS:
        return org.group(0).strip()
    if (
        org is not None
        and _BODY_FOR_RE.match(phrase[: org.end(1) + 5])
        and not any(
            nm.bare(w) in FIRST_NAMES or nm.bare(w) in nm.TITLES for w in org.group(1).split()
        )
    ):
        return org.group(0).strip()  # "Transport for London", "Campaign Group for X": a body
    org = _IMPERATIVE_BODY_RE.search(phrase)
    if org is not None and _imperative(org.group(1)):
        return org.group(0)
    org = _ORG_DE_RE.search(phrase)
    if org is not None and any(nm.bare(w) in nm.ORG_WORDS for w in org.group(1).split()):
        return org.group(0).strip()  # (as written: "O Sindicato …" opening a sentence)
    org = _ORG_ADJ_DE_RE.search(phrase)
    if org is not None and adjectives_after_head(org.group(1).split(), nm.ORG_WORDS):
        return org.group(0).strip()
    return None


def _imperative(word: str) -> bool:
    """True for a word that may be an imperative opening a body's name ("Save", "Stand"):
    no title, first name, function word, participle or adverb ("Asked the Minister")."""
    low = word.lower()
    return not (
        low in nm.STOPWORDS
        or nm.bare(word) in nm.TITLES
        or word in FIRST_NAMES
        or low.endswith(("ed", "ing", "ly", "s"))
        or low in nm.SPEECH_VERBS
    )


def imperative_start(words: list[str], k: int) -> int | None:
    """Where a body's name that opens on an imperative starts, when ``words[k:]`` is its
    capitalized object after "the" or "to" ("Save the | Children", "Stand Up to | Cancer"):
    the imperative's index, else None."""
    if k < 2 or words[k - 1] not in ("the", "to"):
        return None
    j = k - 2
    if words[k - 1] == "to" and words[j] in ("Up", "up") and j > 0:
        j -= 1  # "Stand Up to Cancer", "Stand up to Cancer"
    if (
        words[j][:1].isupper()
        and _imperative(words[j])
        and (j == 0 or not words[j - 1][:1].isupper())
    ):
        return j
    return None


def byline_author(text: str, paras: list[tuple[int, int]]) -> str | None:
    """The writer a byline near the top names ("By Helen Stavros"), for an "I said"."""
    for ps, pe in paras[:8]:
        m = _BYLINE_RE.match(text, ps, pe)
        if m is not None:
            return m.group(1)
    return None


def common_org(text: str, pos: int) -> str | None:
    """The organisation a common noun names as the subject of a speech verb in the last few
    sentences before an "it said": "The company said it would cut 400 jobs. “…,” it said." ->
    "The company" (as written)."""
    found = common_org_at(text, pos)
    return found[0] if found else None


def common_org_at(text: str, pos: int) -> tuple[str, int] | None:
    """``common_org``'s phrase and where it stands."""
    found = None
    for m in _COMMON_ORG_RE.finditer(text, max(0, pos - 400), pos):
        words = [w for w in m.group(2).split() if w not in ("also", "later", "then")]
        for j in range(1, min(3, len(words))):
            if words[j - 1] in _ORG_NOUNS and words[j] in nm.SPEECH_VERBS:
                found = (m.group(1) + " " + " ".join(words[:j]), m.start())
                break
    return found


# a capitalized name holding an organisation word (up to six words before it: "Niger State
# Primary Health Care Development Agency"), with an "of"/"for" complement or not:
# "Lower Clarence Shire Council", "Society of Rural Librarians", "the Trust for Old Mills"
# (its words on one line, a full stop only inside an abbreviation: "U.S. Coast Guard", never
# "Greyford. Police" across two sentences)
# (a weekday or a month after "on" is a date: "the library of Porthaven University on
# Tuesday", not a "Committee on Foreign Affairs")
_DATE = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
_NAMED_ORG = (
    r"(?:(?:(?:[A-Z]\.)+|[A-Z][\w'’&-]*)[ \t]+){{0,6}}{noun}(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?"
    + _DATE
    + r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][\w'’-]*){{0,3}})?"
)


def org_named_before(phrase: str, text: str, pos: int) -> str | None:
    """The full name of the organisation "the council" or "the society" stands for: the last name before ``pos`` of two or more capitalized words holding that
    word ("Lower Clarence Shire Council", "Society of Rural Librarians"), else None.

    News names an organisation in full once and then by its head noun; the head noun alone
    says only what kind of body spoke. The name must hold the word itself, so "the company"
    never becomes a name that does not say "Company"."""
    words = phrase.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].islower():
        return None
    noun = nm.bare(words[1])
    if noun not in nm.ORG_WORDS or noun in ("house", "party", "post"):
        return None  # ("the house", "the party": more often a building or a gathering)
    found = None
    pattern = re.compile(r"\b" + _NAMED_ORG.format(noun=re.escape(noun.capitalize())) + r"\b")
    for m in pattern.finditer(text, max(0, pos - 6000), pos):
        name = m.group().strip()
        if name.split()[0] in ("The", "A", "An"):
            name = name.split(" ", 1)[1] if " " in name else ""
        if len(name.split()) >= 2:
            found = name
    return found


# "Autoriteit Consument & Markt", "Bord & Beker": an ampersand joins the words of one name; a
# speaker phrase the rules closed before it holds only the first part
_AMPERSAND_RE = re.compile(r" ?& ?((?:[^\W\d_a-z][\w'’-]*)(?: [^\W\d_a-z][\w'’-]*){0,3})")


def ampersand_name(text: str, pos: int, name: str | None) -> str | None:
    """``name`` with the rest of its name after an ampersand where the speaker phrase at
    ``pos`` gives it so ("De Autoriteit Consument" before " & Markt (ACM) laat weten" ->
    "Autoriteit Consument & Markt"); else ``name`` as it was."""
    if not name or "&" in name or not name[:1].isupper():
        return name
    at = text.find(name, pos, pos + len(name) + 40)
    m = _AMPERSAND_RE.match(text, at + len(name)) if at >= 0 else None
    if m is None:
        return name
    head = name.split(" ", 1)
    if len(head) == 2 and head[0] in _NAME_ARTICLES:
        name = head[1]  # (as the body's name alone: "Autoriteit Consument & Markt")
    return f"{name} & {m.group(1)}"


_NAME_ARTICLES = frozenset("De Het Der Die Das The Le La Les El Los Las Il Lo O A Os As".split())


# the kind of business written before a body's name, capitalized only because it opens the
# sentence: "Broadcaster Northlight TV said …", "Retailer Hallam & Rye confirmed …" (the name
# is the speaker; nouns that often open a real name, "Network Rail", "Union Pacific", stay)
_KIND_BEFORE_NAME = frozenset(
    "broadcaster carmaker retailer supermarket regulator watchdog insurer lender manufacturer"
    " publisher airline startup developer operator supplier streamer chipmaker housebuilder"
    " landlord".split()
)


def kind_before_name(text: str, pos: int, name: str) -> str:
    """``name`` without the kind noun that opens it when it stands first in its sentence at
    ``pos`` in English text ("Broadcaster Northlight TV" -> "Northlight TV"); else ``name``."""
    words = name.split()
    if (
        len(words) < 2
        or words[0].lower() not in _KIND_BEFORE_NAME
        or not words[1][:1].isupper()
        or not text.startswith(words[0], pos)
        or text[:pos].rstrip()[-1:] not in ("", ".", "!", "?", "\n", "”", "’", '"')
    ):
        return name
    return " ".join(words[1:])
