"""A body the text named in full, then by its head word alone (private to ``resolve.py``).

Reporters name a body once in full ("a Prefeitura de Vale Alto do Norte", "het Ouderplatform
Dyslexie Limburg", "the Port of Tyne") and later by the word its name opens on ("a
Prefeitura afirmou", "Het Ouderplatform spreekt van …"). That later speaker is the body named
in full, not the head word alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.text.speakers import names as nm
from bot.text.speakers.bodywords import body_word
from bot.text.speakers.businesses import NOT_BUSINESS
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.institutions import longer_body
from bot.text.speakers.marks import Span
from bot.text.speakers.orgs_romance import NO_COMPANIES
from bot.text.speakers.reading import language

if TYPE_CHECKING:
    from bot.text.speakers.people import People

_REACH = 8000
_ARTICLES = frozenset("the le la l' l’ el il lo o a de het der die das".split())
# the words a body's full name goes on over after its head: "of", "de", "van" …
_LINKS = r"(?:de|da|do|das|dos|di|del|della|des|du|of|for|van|voor|von|der|la)"
_AND = r"(?:and|en|und|et|e|y|&)"  # "… voor Volksgezondheid en Milieu"
_CAP = r"[^\W\d_a-z][\w'’-]*"
# a lower-case adjective telling one body of a kind from another ("el Gobierno central")
_KIND = (
    r"(?:central|federal|regional|nacional|national|nazionale|municipal|municipale|comunale"
    r"|provincial|provinciale|estatal|estadual|autonómico|autonomo|local|locale|fédéral)"
)


def opening_body(text: str, pos: int, name: str | None) -> str | None:
    """The one full name a body's head word alone (``name``: "Prefeitura", "Ouderplatform",
    with or without its article) opens in the text before ``pos``; else ``name`` as it was."""
    words = (name or "").split()
    if words and len(words) == 2 and nm.bare(words[0]) in _ARTICLES:
        words = words[1:]
    if len(words) != 1 or not words[0][:1].isupper():
        return name
    head = words[0]
    if nm.bare(head) not in nm.ORG_WORDS and not body_word(head, True):
        return name
    # (an English body's name ends on its head word, "Medway Council": after the head only a
    # link goes on, "the Port of Tyne", not "Council Tax bills", "Church Street")
    link = "" if language() == "english" else "?"
    pattern = re.compile(rf"\b{re.escape(head)}((?:\s+(?:{_LINKS}\s+|{_AND}\s+){link}{_CAP})+)")
    if re.search(rf"\b{re.escape(head)}\s+{_KIND}\b", text[max(0, pos - _REACH) : pos]):
        return name  # "el Gobierno de Aragón y el Gobierno central": two bodies of one kind
    first = re.search(rf"\b{re.escape(head)}\b", text)
    if first is None or pattern.match(text, first.start()) is None:
        return name  # "Google" before "Google Video": a name of its own, not a short one
    found = set()
    for m in pattern.finditer(text, max(0, pos - _REACH), pos):
        rest = m.group(1).split()
        caps = [w for w in rest if w[:1].isupper()]
        if any(nm.bare(w) in FIRST_NAMES for w in caps) or not caps:
            return name  # "da Prefeitura José Silva": a person after it, no body's name
        found.add(m.group().strip())
    return found.pop() if len(found) == 1 else name


def full_body(text: str, pos: int, name: str | None) -> str | None:
    """A body's full name for a short one before ``pos`` ("El Almenara": ``longer_body``;
    "a Prefeitura": ``opening_body``) or for a kind of body with its name in commas after it
    ("La société concessionnaire, Réseaux de l'Ouest,": ``apposed_body``), else ``name``."""
    return apposed_body(text, pos, opening_body(text, pos, longer_body(text, pos, name)))


# kinds of body the Romance languages name before a body's own name, besides ``ORG_WORDS``
_KINDS = frozenset(
    "entreprise mairie emittente rete chaîne cadena emissora editora editorial editrice"
    " produzione producción produção productora produtora discografica concessionnaire"
    " concessionaria concesionaria concessionária".split()
)
_DEFINITE = frozenset("le la l' l’ les el los las il lo gli i o a os as".split())
# the body's own name in commas: capitalized words, with links between them ("Réseaux de
# l'Ouest", "Rete X", "Redes del Norte")
_APPOSED_RE = re.compile(
    rf",\s+({_CAP}(?:\s+(?:(?:{_LINKS}|des|del|della|dei|degli)\s+)?(?:l['’])?{_CAP}){{0,5}}),"
)


def apposed_body(text: str, pos: int, name: str | None) -> str | None:
    """The body's own name in commas right after ``name``, a definite article and a kind of
    body in lower case at ``pos`` ("La société concessionnaire, Réseaux de l'Ouest, évoque",
    "La casa di produzione, Lanterna X, in una nota"); else ``name``. Not a person's name
    ("La compagnie, Jean Dupont, …": a first name opens it) and only outside English."""
    words = (name or "").split()
    if (
        language() in (None, "english")
        or len(words) < 2
        or nm.bare(words[0]) not in _DEFINITE
        or not all(w.islower() for w in words[1:])
        or not any(nm.bare(w) in nm.ORG_WORDS or nm.bare(w) in _KINDS for w in words[1:])
    ):
        return name
    at = text.find(" ".join(words[1:]), pos, pos + len(name) + 4)
    if at < 0:
        return name
    m = _APPOSED_RE.match(text, at + len(" ".join(words[1:])))
    if m is None or nm.bare(m.group(1).split()[0]) in FIRST_NAMES:
        return name
    return m.group(1)


# a news agency described before its acronym, which names it: "l'agence de presse officielle
# X MNA", "la agencia estatal KNA", "l'agenzia di stampa governativa XNA", "a agência estatal
# TNA"
_AGENCY_RE = re.compile(
    r"(?:(?:l['’]|la |a |el )?(?:agence|agencia|agenzia|agência))"
    r"(?: (?:de|di|da|des|du|del) )?(?: ?[a-zà-ÿ'’-]+){0,5} ([A-Z][A-Z0-9]{1,5})"
)


def agency_acronym(speaker: str | None) -> str | None:
    """A speaker shown as a news agency's description and its acronym: the acronym alone
    ("agence de presse officielle mirénaise MNA" -> "MNA"); any other speaker as it is."""
    if speaker is None:
        return None
    m = _AGENCY_RE.fullmatch(speaker)
    return m.group(1) if m else speaker


# a company by its kind alone, as written: "the company", "la compañía", "L'azienda", "A empresa",
# "Le groupe", "het bedrijf", "das Unternehmen"
_COMPANY_PHRASE_RE = re.compile(
    r"(?i)(?:the|la|le|el|il|lo|o|a|het|das|die|l['’])\s*(?:company|firm|compañía|empresa"
    r"|società|azienda|compagnia|gruppo|société|entreprise|groupe|compagnie|companhia"
    r"|bedrijf|onderneming|unternehmen|konzern)"
)
_NEAR = 6000  # characters read back for what the text says of a name (linear time)
# an age given after a name, maybe behind an aside: ", 74 anni", ", per tutti Y, 74 anni"
_AGE_AFTER = r",\s*(?:[^,.]{0,40},\s*)?\d{1,3}(?:\s*(?:anni|años|anos|ans|years|jaar|Jahre)\b|,)"
# another kind of body's word, in English or in the other languages: never a company
_NOT_COMPANY_WORDS = NOT_BUSINESS | NO_COMPANIES


def company_quoted_before(
    people: People, spans: list[Span], idx: int, result: list[str | None]
) -> str | None:
    """For a company by its kind alone left as written (``result[idx]``: "the company", "la
    compañía"), the body a quotation before it was given to, in its paragraph or the one
    before ("In a statement, Brevane said … “…” ¶ “…,” the company said."): the last such
    speaker when it is a name no person has and holds no other kind of body's word; else
    None."""
    said = result[idx]
    if not said or not _COMPANY_PHRASE_RE.fullmatch(said.strip()):
        return None
    para = spans[idx].paragraph
    for k in range(idx - 1, -1, -1):
        if spans[k].paragraph < para - 1:
            return None
        who = result[k]
        if not who or _COMPANY_PHRASE_RE.fullmatch(who.strip()):
            continue
        words = who.split()
        if not who[:1].isupper() or nm.bare(words[0]) in FIRST_NAMES or people.genders(who):
            return None  # (a person quoted nearer: no company's words to go on from)
        if {nm.bare(w).lower() for w in words} & _NOT_COMPANY_WORDS:
            return None  # ("the union" quoted before "the company said")
        near = people.text[max(0, spans[idx].open_at - _NEAR) : spans[idx].open_at]
        if len(words) > 1 and re.search(
            r"\b(?!" + re.escape(words[0]) + r"\b)[A-ZÀ-Ý][\w'’-]+ " + re.escape(words[-1]), near
        ):
            return None  # (a family's name: "Antonino X" beside "Lucia X", a person)
        if re.search(re.escape(who) + _AGE_AFTER, near):
            return None  # ("X, per tutti Toni, 74 anni": a person's age)
        return who
    return None
