"""German and Dutch phrases in a speaker's place that name no speaker (private to
``attribution.py`` and ``resolve.py``).

A sign, a banner or a label quoted after a colon ("Am Eingang hängt ein Holzschild: „…“",
"Op de deur hangt een bordje: ‘…’") carries no one's words (found in ``signs_germanic``), and a
noun after a preposition of place ("Ein Schild neben der Tür sagt: „…“", "Am Feuerwehrhaus
hängt …") is where something is, not who speaks.
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.kin import kin_cut
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import GERMANIC_PREPOSITIONS
from bot.text.speakers.signs_germanic import (
    NAMED_AS_RE,
    SIGN_ENDINGS,
    TITLE_BEFORE_RE,
    sign_before,
    title_word,
)
from bot.text.speakers.titles_germanic import work_titled

# a preposition of place and an article (or the two fused) right before a phrase: "neben der
# Tür", "am Feuerwehrhaus", "naast de deur"
_PLACE_BEFORE_RE = re.compile(
    r"(?:\b(?i:neben|vor|hinter|über|unter|zwischen|an|auf|in|naast|voor|achter|boven|onder"
    r"|tussen|aan|op)\s+(?:der|dem|den|die|das|de|het)|\b(?i:am|im|vom|beim|zum|zur|ins|seit"
    r"|sinds))\s+$"
)

# a number right before the phrase: "seit 20 Jahren", "rund 300 Anwohner"
_COUNTED_RE = re.compile(r"\d\s+$")
# prepositions a phrase in a speaker's place may open on, capitalized at a sentence's start
# ("Via sociale media vroeg de zone …", "Nach der Sitzung …"): no speaker phrase opens so
_OPENING_PREPOSITIONS = GERMANIC_PREPOSITIONS | {
    *"via seit sinds während ans am im ins vom beim zum zur aufs".split()
}

# an indefinite article, an adjective or none, a noun (capitalized in German), and maybe where
# the person is from: "ein Anwohner", "ein älterer Schlosser", "een vaste klant uit Hoorn"
# (an age before the noun too: "eine 29-jährige Lehrerin", "een 34-jarige verpleegster"; where
# they serve: "een westerse diplomaat in Belgrado"; a body of two or three words: "ein
# Delegierter aus dem Kreisverband Ostheide")
_SOMEONE_UNNAMED_RE = re.compile(
    r"(?:ein|eine) (?:\d{1,3}-jährige[rn]? )?(?:[a-zäöü][\w-]* ){0,2}[^\W\d_a-z][\w-]*"
    r"(?: (?:aus|in) (?:der |dem |den )?[^\W\d_a-z][\w-]*(?: [^\W\d_a-z][\w-]*){0,2})?"
    r"|een (?:\d{1,3}-jarige )?(?:[a-zë][\w-]*e )?[^\W\d_][\w-]*"
    r"(?: (?:uit|in) (?:de |het )?[^\W\d_a-z][\w-]*(?: [^\W\d_a-z][\w-]*){0,2})?"
)
# German and Dutch object pronouns standing before a subject after its verb ("entgegnete
# ihm der Anwalt", "antwoordde hem de rechter")
_OBJECT_FIRST = frozenset("ihm ihnen mir uns hem hun".split())
_ARTICLES_DE_NL = frozenset("der die das den dem des de het ein eine een".split())
# a German or Dutch definite article, an age or none, and one capitalized noun
_EPITHET_NOUN_RE = re.compile(
    r"(?i:der|die|de|het) (?:\d{1,3}-(?:jährige|jarige)r? )?[^\W\d_a-zäöüë][\w-]*"
)


def _germanic() -> bool:
    return language() in ("german", "dutch")


def place_object(text: str, pos: int, phrase: str) -> bool:
    """True in German or Dutch text when the phrase at ``pos`` opens on a capitalized noun (no
    first name) governed by a preposition of place or time ("Ein Schild neben der Tür", "erst
    am Freitagnachmittag von den Plänen") or counted ("seit 20 Jahren", "einer von drei
    Sozialdemokraten"): what the sentence is about, not who speaks."""
    words = phrase.split()
    if not _germanic() or not words or nm.bare(words[0]) in FIRST_NAMES:
        return False
    if not words[0][:1].isupper():
        return False
    before = text[max(0, pos - 20) : pos]
    if _PLACE_BEFORE_RE.search(before) is not None or _COUNTED_RE.search(before) is not None:
        return True
    last = before.split()[-1] if before.split() else ""
    if not last or last[-1] in ".!?:;»«“”\"'":
        return False  # (a word ending the sentence before: "… dem „Anzeiger“. Ein Gemeinderat")
    return nm.quantified_phrase(f"{last} {words[0]}")


def screen_own(
    rules: Any, idx: int, got: tuple[int, int] | None
) -> tuple[tuple[int, int] | None, bool]:
    """The quotation's own attribution ``got`` screened for German and Dutch things in a
    speaker's place, and whether the quotation is a sign's."""
    sign = sign_before(rules, idx)
    if sign is not None:
        return sign, True  # "Am Eingang hängt ein Holzschild: „…“": no one's words
    if got is not None and thing_phrase(rules.text, got[0], rules.text[got[0] : got[1]]):
        return None, False  # "Ein Schild neben der Tür sagt: „…“": the place, not who speaks
    return got, False


def thing_phrase(text: str, pos: int, phrase: str) -> bool:
    """True in German or Dutch text for a phrase that is a place or a sign, no speaker."""
    words = phrase.split()
    if not words or not _germanic():
        return False
    if phrase.lower() == "er" and language() == "dutch":
        return True  # "Er komen twintig plaatsen bij.": Dutch "er" (there) is no "he"
    if (
        len(words) > 1
        and words[0][:1].isupper()
        and nm.bare(words[0]) in _OPENING_PREPOSITIONS
        # (in Dutch a first name: "Ans Visser"; in German "Ans Aufhören" is "ans")
        and not (language() == "dutch" and nm.bare(words[0]) in FIRST_NAMES)
    ):
        return True  # "Via sociale media", "Nach dem Spiel"
    if len(words) > 1 and words[0] in GERMANIC_PREPOSITIONS and words[1].lower() in _RELATIVES:
        return True  # "erzählt von Tagen, an denen sie die Fenster geschlossen hält": a clause
    head = next((w for w in words[1:] if w[:1].isupper()), "")
    if (
        language() == "german"
        and words[0].lower() in ("ein", "eine", "einen")
        and _thing_noun(head)
    ):
        return True  # "schilderte eine Szene aus …": what is told (its noun, in capitals)
    return (
        place_object(text, pos, phrase)
        or words[-1].lower().endswith(SIGN_ENDINGS)
        or NAMED_AS_RE.fullmatch(phrase) is not None  # (a naming verb: "heißt »…«")
        or (TITLE_BEFORE_RE.fullmatch(words[-1]) is not None and title_word(words[-1]))
        # (a work's noun alone, as ``sign_before`` gives it: "Roman"; "Nordlicht Film" speaks)
        or (len(words) == 1 and work_titled(text, pos, phrase))
    )


def _thing_noun(word: str) -> bool:
    """True for a German noun of a thing told or shown, never a speaker: an abstract ending
    ("Erklärung", "Situation") or a story's word ("Szene", "Anekdote")."""
    low = word.lower()
    return low.endswith(_THING_ENDINGS) or low in _THINGS_TOLD


# German and Dutch relative pronouns after a preposition opening a clause: "an denen", "in dem"
_RELATIVES = frozenset("denen dem der den die das welchem welcher welchen welche wie wat".split())
_THING_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "tät", "nis")
_THINGS_TOLD = frozenset(
    "szene bild geschichte einblick anekdote beispiel episode erlebnis moment szenario".split()
)


def unnamed_someone(phrase: str) -> bool:
    """True for a German or Dutch indefinite article and a noun (an adjective between, where
    the person is from after): "ein Anwohner", "ein älterer Schlosser", "een klant uit Hoorn",
    "eine Urlauberin aus dem Norden"."""
    return _SOMEONE_UNNAMED_RE.fullmatch(phrase) is not None


def epithet_noun(phrase: str, registry: dict) -> bool:
    """True in German or Dutch text for a definite article, an age or none, and one
    capitalized noun no full name ends on: "der 22-jährige Engadiner", "de Limburger"."""
    noun = phrase.split()[-1]
    return (
        _germanic()
        and _EPITHET_NOUN_RE.fullmatch(phrase) is not None
        and nm.bare(noun) not in registry
        and not noun.isupper()  # "der DWD": an acronym is a body's name
    )


def object_first(words: list[str]) -> bool:
    """True for a German or Dutch object pronoun before an article opening the subject after
    its verb: "hielt ihm die Richterin vor", "antwoordde hem de rechter"."""
    return len(words) >= 3 and words[0] in _OBJECT_FIRST and words[1].lower() in _ARTICLES_DE_NL


# an article and an age right before a noun: "de 56-jarige [Tilburger]", "der 30-jährige [X]"
_AGE_BEFORE_RE = re.compile(r"\b(?i:der|die|de|het) \d{1,3}-(?:jährige|jarige)r? $")


# an indefinite article and the adjectives describing the noun after it: "ein junger
# [Landwirt]", "Een oudere [buurman]"
_UNNAMED_BEFORE_RE = re.compile(r"(?<![\w-])(?i:ein|eine|een)(?: [a-zäöüë][\w-]*){1,2} $")


# an age epithet and a role noun with the body or place after it: "de 61-jarige oud-directeur
# van woningcorporatie X", "der 54-jährige Chef der Y"
_AGED_ROLE_OF_RE = re.compile(
    r"((?i:der|die|de|het) \d{1,3}-(?:jährige|jarige)r?(?: [\w-]+)?)"
    r" (?:van|von|bij|bei|der|des|aus|uit) \S.*"
)
# a name run, then a lower-case verb and more words with a capital among them: the clause
# read after a quotation ("Wendtland schwieg einige Sekunden")
_LEADING_NAME_RE = re.compile(
    r"([^\W\d_a-zäöüë][\w'’-]*(?: [^\W\d_a-zäöüë][\w'’-]*){0,2}) ([a-zäöüß][\w-]*)"
    r"(?: [a-zäöüß][\w-]*){0,3} [^\W\d_a-zäöüë][\w-]*[.,;]?"
)
# (and the words joining roles, "Gründerin und Geschäftsführerin X": no verb)
_NAME_PARTICLES = frozenset("van von de der den des ter ten zu vom und en of oder".split())


def _unnamed_start(text: str, pos: int, words: list[str]) -> int | None:
    """Where the indefinite article and the adjectives before a one-word German or Dutch
    noun at ``pos`` start, so someone unnamed is shown as written ("Ein junger Landwirt")."""
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    m = _UNNAMED_BEFORE_RE.search(text, max(0, pos - 40), pos)
    before = text[m.start() : pos] if m is not None else ""
    if m is None or not unnamed_someone(before[:4].lower() + before[4:] + words[0]):
        return None
    return m.start()


def age_epithet_start(text: str, pos: int, words: list[str]) -> int | None:
    """Where the article and age before a one-word German or Dutch noun at ``pos`` start
    ("De 56-jarige Tilburger vindt …" for "Tilburger"), so the whole is read as an epithet."""
    if len(words) != 1 or not words[0][:1].isupper() or not _germanic():
        return None
    m = _AGE_BEFORE_RE.search(text, max(0, pos - 24), pos)
    return m.start() if m is not None else None


_PRONOUNS_DE_NL = frozenset("er sie hij zij ze".split())
_OBJECT_ARTICLES = frozenset("die das den".split())  # German: an accusative object


def _before_object(words: list[str]) -> tuple[int, int] | None:
    """The words (from, to) of the speaker before what a German or Dutch phrase goes on with
    after its subject: a pronoun and a preposition ("hatte er in seinem Plädoyer", "zei ze bij
    de rechter" -> "er", "ze"), or a German name and an object ("Kommandant Ida Roth die Lage"
    -> "Kommandant Ida Roth"); None when the phrase has no such tail."""
    for k, w in enumerate(words[:-1]):
        if w in _PRONOUNS_DE_NL and words[k + 1] in GERMANIC_PREPOSITIONS and k <= 1:
            return k, k + 1
        if (
            k >= 2
            and w in _OBJECT_ARTICLES
            and language() == "german"
            and words[k - 1][:1].isupper()
            and words[k + 1][:1].isupper()
        ):
            return 0, k
    return None


# German nouns for a kind of company that describe the one named after them, closing a compound
# or not ("Der Verleih X", "Die Investorengruppe Y", "Der Autozulieferer Z"); a public body's
# kind is part of its name ("Der Deichverband X", "Die Gewerkschaft Y")
_COMPANY_KINDS = (
    "firma konzern hersteller zulieferer anbieter betreiber unternehmen verleih "
    "investorengruppe unternehmensgruppe autobauer händler discounter dienstleister"
).split()


def described_company(words: list[str]) -> list[str] | None:
    """The name after a German article, adjectives and a noun for a kind of company ("Der
    Berliner Verleih Nordlicht Film" -> "Nordlicht Film"), else None."""
    if (
        language() != "german"
        or len(words) < 3
        or words[0] not in ("Der", "Die", "Das", "der", "die", "das")
    ):
        return None
    k = 1
    while (
        k < len(words) - 1
        and (words[k].islower() or words[k].endswith("er"))
        and not (words[k].lower().endswith(tuple(_COMPANY_KINDS)))
    ):
        k += 1  # "Der zuständige …", "Der Hamburger …"
    noun, name = words[k], words[k + 1 :]
    if not noun[:1].isupper() or not noun.lower().endswith(tuple(_COMPANY_KINDS)) or not name:
        return None
    if not all(w[:1].isupper() for w in name) or nm.bare(name[0]) in FIRST_NAMES:
        return None
    return name


def germanic_rewrite(text: str, pos: int, phrase: str) -> tuple[str, int] | None:
    """A German or Dutch speaker phrase at ``pos`` to read again, as (phrase, where): someone
    unnamed for the article opening the phrase ("Een" -> "een andere boer"), the name
    after a kinship noun ("Ihre Tochter Katharina" -> "Katharina"), the whole age epithet of
    a noun ("Tilburger" -> "De 56-jarige Tilburger"), the subject after an object pronoun
    ("ihm die Richterin" -> "die Richterin"); ("", pos) for a place or a sign, no one; None
    to read it as it is."""
    words = phrase.split()
    if not words or not _germanic():
        return None
    if phrase in ("Ein", "Eine", "Een") and (
        someone := _SOMEONE_UNNAMED_RE.match(
            text[pos : pos + 80].replace(phrase, phrase.lower(), 1)
        )
    ):
        # "Een andere boer, die …, is kritischer: ‘…’": the whole phrase, not its article (not
        # "Een van de …", one of a group)
        if someone.group().split()[-1] not in _ARTICLES_DE_NL | {"van", "von"}:
            return someone.group(), pos
    if words[0] in ("Ein", "Eine", "Een") and unnamed_someone(
        low := words[0].lower() + phrase[len(words[0]) :]
    ):
        return low, pos  # "Eine Rentnerin aus Lingen, die …, sagte:": shown as written
    if (span := _before_object(words)) is not None:
        # "hatte er in seinem Plädoyer gesagt" -> "er", "schilderte X Y die Lage" -> "X Y"
        places = [m.start() for m in re.finditer(r"\S+", phrase)]
        return " ".join(words[span[0] : span[1]]), pos + places[span[0]]
    if (named := described_company(words)) is not None:
        # "Der Verleih Nordlicht Film", "Die Investorengruppe X Holdings": the company's name
        rest = " ".join(named)
        return rest, pos + len(phrase) - len(rest)
    cut = kin_cut(words)
    if cut is not words:
        rest = " ".join(cut)
        return rest, pos + len(phrase) - len(rest)
    if (aged := _AGED_ROLE_OF_RE.match(phrase)) is not None:
        return aged.group(1), pos  # "de 61-jarige oud-directeur van X": the person, not X
    if (lead := _LEADING_NAME_RE.fullmatch(phrase)) is not None and not (
        lead.group(1).split()[0].lower() in _ARTICLES_DE_NL | _NAME_PARTICLES
        or lead.group(2).lower() in _NAME_PARTICLES
    ):
        return lead.group(1), pos  # "Wendtland schwieg einige Sekunden": the name opening it
    if (start := _unnamed_start(text, pos, words)) is not None:
        return text[start:pos] + phrase, start  # "Ein junger Landwirt, der …, sagt:"
    age_at = age_epithet_start(text, pos, words)
    if age_at is not None:
        return text[age_at:pos] + phrase, age_at
    if object_first(words):
        return " ".join(words[1:]), pos + len(words[0]) + 1
    if thing_phrase(text, pos, phrase):
        return "", pos
    return None


# a German person noun and the genitive it belongs to (a noun, or a body's name of two words),
# closing the phrase: "der Anwalt des Klägers", "der Bürgermeister der Gemeinde Gmunden"
_ROLE_GENITIVE_RE = re.compile(
    r"(?i:der|die|ein|eine|sein|seine|ihr|ihre|dessen|deren)(?: [a-zäöüß][\w-]*){0,2}"
    r" ([A-ZÄÖÜ][\w-]*) (?:des|der)(?: [a-zäöüß][\w-]*){0,2} ([A-ZÄÖÜ][a-zäöüß-]+)"
    r"(?: ([A-ZÄÖÜ][a-zäöüß-]+))?"
)


def role_of_genitive(phrase: str, registry: dict) -> bool:
    """True in German text for a person noun and the genitive noun of the person or body it
    belongs to, no one's name: "der Anwalt des Klägers", "die Eltern des Mädchens", "der Sohn
    des Opfers" (the lawyer, the parents, the son -- never "Klägers" or "Mädchens")."""
    from bot.text.speakers.roles import role_noun

    m = _ROLE_GENITIVE_RE.fullmatch(phrase)
    if m is None or language() != "german":
        return False
    owners = [nm.bare(w) for w in m.group(2, 3) if w]
    return (
        role_noun(m.group(1))
        and nm.bare(m.group(1)) not in ("sprecher", "sprecherin")  # (a body's: its rules)
        and not any(w in FIRST_NAMES or w in registry for w in owners)
    )


def role_genitive_before(toks: list, k: int, i: int) -> int | None:
    """Where a German subject opens when the one noun at ``k`` (up to ``i``) is the genitive
    after a person noun: "Der Anwalt des Klägers sagte" -> the article's token, so the whole
    phrase is read (see ``role_of_genitive``); else None."""
    if i - k not in (1, 2) or k < 3 or toks[k - 1][0] not in ("des", "der"):
        return None
    a = k - 3
    phrase = " ".join(t[0] for t in toks[a:i])
    return a if role_of_genitive(phrase, {}) else None
