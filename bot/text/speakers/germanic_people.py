"""Capitalized runs of a German or Dutch text that name no one (private to ``people.py``).

German capitalizes every noun, so a run of capitals is often no name: an amount ("2,4 Millionen
Euro", "300 Geburten"), a noun after an article ("eine Arbeitsgruppe, die Walgesänge
untersucht").
"""

from __future__ import annotations

import re

from bot.text.lexicon import load
from bot.text.speakers import names as nm
from bot.text.speakers.bodywords import body_word
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.germanic_nouns import after_adjective
from bot.text.speakers.kin import kin_cut
from bot.text.speakers.orgs_germanic import kind
from bot.text.speakers.reading import language
from bot.text.speakers.roles import role_head, role_noun
from bot.text.speakers.shapes import Token

# a number (not a year) right before a capitalized run: German nouns counted, no names
_AMOUNT_RE = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:[.,]\d+)?|\d{1,3}(?:[ .\u202f]\d{3})+|(?!19\d\d|20\d\d)\d{4,})\s+$"
)


def no_person(text: str, pos: int, words: list[str], registry: dict) -> bool:
    """True for a run at ``pos`` that is a German or Dutch amount ("9000 Stunden X") or, in
    German, one capitalized word after "die"/"den" the text never names anyone by."""
    if _AMOUNT_RE.search(text, max(0, pos - 12), pos) or nm.bare(words[-1]) in nm.PRONOUNS:
        return True  # (or "Sie lobte …", "„Ohne Sie …“": a pronoun, no surname)
    if len(words) == 1 and language() == "dutch" and words[0] in _DUTCH_EVERY:
        return True  # "Elke ochtend start X …": "every", not the first name
    if language() != "german":
        return False
    if len(words) >= 2 and nm.bare(words[0]) in _CLAUSE_OPENERS:
        return True  # "Als Kind habe sie …", "Zwei Ställe wurden …": no name opens so
    if len(words) >= 2 and nm.quantified_phrase(" ".join(words)):
        return True  # "Mehrere Bürgerinitiativen sammeln …": a noun phrase, no one
    if _relative_noun(text, pos, words):
        return True  # "das seine Tochter … aufbewahrt", "Holzapfels Tochter studiert …"
    if nm.surname_key(words) in registry:
        return False
    if len(words) == 1 and after_adjective(text, pos, words[0]):
        return True  # "Ein Camper, der nach eigenen Angaben …": a noun after its adjective
    if company_named(text, pos, words):
        return True  # "Der Hamburger Carsharing-Anbieter Stadtwagen": a company, no person
    if len(words) == 1 and text[max(0, pos - 8) : pos].split()[-1:] in _ARTICLE_WORDS:
        return True  # "dem Stadtrat", "ihre Aufgabe": a noun after its article
    return noun_run(words) or nouns_after_article(text, pos, words)


# German nouns of a relative or a partner, which a genitive or a possessive puts first
_RELATIVE_NOUNS = frozenset(
    "tochter sohn mutter vater bruder schwester frau mann ehefrau ehemann witwe witwer enkel"
    " enkelin oma opa großmutter großvater".split()
)
_POSSESSIVE_WORDS = frozenset("sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer".split())


def _relative_noun(text: str, pos: int, words: list[str]) -> bool:
    """True for a German relative named by kinship, not by name: the noun alone after a
    possessive ("seine Tochter") or after a genitive that is no first name ("Holzapfels
    Tochter"; not "Thomas Mann")."""
    if nm.bare(words[-1]) not in _RELATIVE_NOUNS:
        return False
    if len(words) == 1:
        return text[max(0, pos - 8) : pos].lower().split()[-1:] in [[w] for w in _POSSESSIVE_WORDS]
    return (
        len(words) == 2
        and words[0].endswith("s")
        and words[0][:1].isupper()
        and nm.bare(words[0]) not in FIRST_NAMES
    )


def company_named(text: str, pos: int, words: list[str]) -> bool:
    """True for a German run whose name follows a noun for a kind of organisation that reads
    like a role ("Hersteller", "Carsharing-Anbieter", "Betreiber", the stems of
    ``orgs_germanic``), in the run or right before it, with no first name after it: "Der
    Hersteller Lumotec", "Der Berliner Carsharing-Anbieter Stadtwagen" are companies."""
    at = text.find(words[0], pos, pos + 80)
    if at < 0:
        return False
    run = text[max(0, at - 40) : at].split()[-1:] + words
    for k, word in enumerate(run[:3]):
        if word[:1].isupper() and kind(word) and k + 1 < len(run):
            return nm.bare(run[k + 1]) not in FIRST_NAMES
    return False


def nouns_after_article(text: str, pos: int, words: list[str]) -> bool:
    """True for a German run of two or more capitalized words right after an article, a
    determiner or a number, when no first name opens it: "von ihrem Zeugnisrecht Gebrauch",
    "zwei Dutzend Anleger", "47 Millionen Euro" (nouns, not "des Jörg X" nor "der Van der Bellen")."""
    if language() != "german" or len(words) < 2 or nm.bare(words[0]) in FIRST_NAMES:
        return False
    if not text.startswith(words[0], pos):
        # (the article opening the sentence, capitalized, read with the run)
        head = text[pos : pos + 8].split()[:1]
        return (
            bool(head)
            and head[0] in _OPENING_ARTICLES
            and text.startswith(words[0], pos + len(head[0]) + 1)
            and all(w[:1].isupper() for w in words)
        )
    # (a sentence's capitalized article too: "Der Hamburger Zahnarzt besitzt …", an epithet)
    before = [
        w if w not in _OPENING_ARTICLES else w.lower()
        for w in text[max(0, pos - 10) : pos].split()[-1:]
    ]
    if before in _CONTRACTIONS:
        return True  # "am Ortsrand von X", "im Landtag von Y": a place, never a person
    if not all(w[:1].isupper() for w in words) and (
        # (a noun and a place after "von der": "den Staub von der Hose", "das Laub vom Dach")
        nm.bare(words[0]) in nm.NAME_PARTICLES
        or not all(w[:1].isupper() or w in ("von", "vom", "der", "dem", "den") for w in words)
    ):
        return False
    if _AMOUNT_RE.search(text, max(0, pos - 12), pos):
        return True  # "47 Millionen Euro"
    return before in _ARTICLE_WORDS or (bool(before) and before[0] in _NUMBER_WORDS)


_OPENING_ARTICLES = frozenset("Der Die Das Den Dem Des".split())
# German conjunctions, prepositions and numbers that open a sentence capitalized before a noun:
# "Als Kind habe sie …", "Als Hauptgrund nennt die Firma …", "Zwei Ställe wurden beschädigt"
_CLAUSE_OPENERS = frozenset(
    "als wenn weil obwohl nachdem bevor seit seitdem während wegen trotz ohne für über nach "
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert tausend".split()
)
# German number words before counted nouns ("zwei Dutzend Anleger", "drei Millionen Euro")
_NUMBER_WORDS = frozenset(
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert "
    "tausend etliche mehrere einige viele wenige".split()
)


def role_cut(words: list[str], registry: dict) -> list[str]:
    """The surname alone for a German or Dutch role noun and the surname of someone the text
    names: "sagt Stadtrat Leitgeb" after "Stadtrat Markus Leitgeb" -> ["Leitgeb"] (then the
    full name); else ``words``."""
    if (
        len(words) == 2
        and language() in ("german", "dutch")
        and role_noun(words[0])
        and nm.surname_key(words[1:]) in registry
    ) or _role_first_name(words):
        return words[1:]
    return words


def name_cuts(words: list[str]) -> list[str]:
    """A German or Dutch name run without the kinship or role noun before it and the body
    after a second "van" ("Haar zoon X", "Stamgast X Y", "X van Y van Z")."""
    return second_particle_cut(portfolio_cut(role_opening_cut(kin_cut(_of_person_cut(words)))))


def _of_person_cut(words: list[str]) -> list[str]:
    """The name after a German or Dutch noun and "von"/"van" when a known first name follows:
    "(Am) Fischbrötchenstand von Gül X" -> ["Gül", "X"], "Brief von Anna Y" (a noble's or
    Dutch surname's particle follows a first name or opens the name: "Ursula von der Leyen",
    "Otto von Bismarck", "Jan van Dijk" keep theirs); else ``words``."""
    if (
        len(words) >= 4
        and words[1] in ("von", "van")
        and nm.bare(words[0]) not in FIRST_NAMES
        and nm.bare(words[2]) in FIRST_NAMES
        and words[3][:1].isupper()
        and nm.bare(words[3]) not in FIRST_NAMES | _PARTICLES
    ):
        return words[2:]
    return words


# the last word of a Dutch or German portfolio after "Minister van"/"Staatssekretär für"
# ("Binnenlandse Zaken", "Volksgezondheid", "Finanzen"): the name follows it
_PORTFOLIO_ENDS = frozenset(
    "Zaken Financiën Defensie Justitie Onderwijs Volksgezondheid Economie Klimaat Landbouw"
    " Infrastructuur Waterstaat Cultuur Migratie Asiel Veiligheid Finanzen Justiz Verteidigung"
    " Gesundheit Bildung Inneres Äußeres Wirtschaft Umwelt Verkehr Arbeit".split()
)


def portfolio_cut(words: list[str]) -> list[str]:
    """The name after the portfolio a role's title leaves at the front of a run: "(Minister)
    van Binnenlandse Zaken Ramil X" -> ["Ramil", "X"], "(Staatssekretär) für Finanzen Jan Y"
    -> ["Jan", "Y"] (but "van Dijk", "van den Berg": a surname's particle); else ``words``."""
    if len(words) < 4 or words[0] not in ("van", "voor", "für", "von"):
        return words
    for k in range(len(words) - 3, 0, -1):
        if words[k] in _PORTFOLIO_ENDS and all(w[:1].isupper() for w in words[1 : k + 3]):
            return words[k + 1 :]
    if words[0] in ("voor", "für"):
        # "(minister) voor Ontwikkelingssamenwerking Pieter X": a portfolio not listed, then a
        # known first name and a surname
        for k in range(2, len(words) - 1):
            if nm.bare(words[k]) in FIRST_NAMES and all(
                w[:1].isupper() or w in _AND for w in words[1:]
            ):
                return words[k:]
    return words


# officeholders whose title goes on with "voor"/"für" and a portfolio before the name
_PORTFOLIO_HOLDERS = frozenset(
    "minister staatssecretaris commissaris eurocommissaris staatsminister ministerin"
    " staatssekretär staatssekretärin beauftragte beauftragter kommissar kommissarin"
    " secretary commissioner".split()
)
_AND = frozenset("en und and".split())


def portfolio_then_name(toks: list[Token], k: int) -> int:
    """Where the name ends when "voor"/"für"/"for" at token k goes on with an officeholder's
    portfolio and then the name: "zei minister voor Ontwikkelingssamenwerking Pieter X",
    "sagte Staatsminister für Kultur Anna Y", "said Minister for Trade and Industry Ann Z"
    (not "zei de minister voor de camera", "zei minister Jan X voor RTL"); else 0."""
    if not (0 < k < len(toks) - 3 and toks[k][0] in ("voor", "für", "for")):
        return 0
    if nm.bare(toks[k - 1][0]) not in _PORTFOLIO_HOLDERS:
        return 0
    run = k + 1
    while run < len(toks) and (
        (toks[run][0][:1].isupper() and toks[run][0].replace("-", "").isalpha())
        or (toks[run][0] in _AND and toks[run - 1][0][:1].isupper())  # "Handel en Ontwikkeling"
    ):
        run += 1
    named = run - k >= 4 and any(nm.bare(t[0]) in FIRST_NAMES for t in toks[k + 2 : run - 1])
    return run if named else 0


def portfolio_name_start(toks: list[Token], k: int, run: int) -> int:
    """Where the personal name opens in a portfolio run found by ``portfolio_then_name`` with
    no "and" in it, whose words cannot be told from the name's: "said Secretary for Agriculture
    Rural Affairs Paul Tennant" -> "Paul" (the first first name after the portfolio's first
    word); else 0 (an "and" run, "Minister for Trade and Industry Ann Kellerby", is cut later)."""
    if any(t[0] in _AND for t in toks[k + 1 : run]):
        return 0
    return next((i for i in range(k + 2, run - 1) if nm.bare(toks[i][0]) in FIRST_NAMES), 0)


_DUTCH_EVERY = frozenset("Elke Iedere Ieder".split())


def role_opening_cut(words: list[str]) -> list[str]:
    """The name after a role noun that opens a German or Dutch name run: "Stamgast Harrie
    Vos" -> ["Harrie", "Vos"], "Eigenaresse Ria van Dijk" -> ["Ria", "van", "Dijk"],
    "Ski-Star Brunner" -> ["Brunner"] (a Dutch sentence opens on a capital, and German
    capitalizes every noun: the role is no first name); else ``words``."""
    if (
        len(words) >= 2
        and words[1][:1].isupper()
        and nm.bare(words[1]) not in _PARTICLES
        and (role_head(words[0]) or _demonym_before(words))
    ):
        return words[1:]
    if (
        len(words) >= 4
        and words[0] in ("De", "Der", "Die")
        and words[2][:1].isupper()
        and _demonym(words[1])
        and nm.bare(words[2]) not in _PARTICLES
    ):
        return words[2:]  # "De Keniaan Amos X", "Der Kenianer Benson Y" opening a sentence
    if _role_first_name(words):
        return words[1:]
    return words


def _role_first_name(words: list[str]) -> bool:
    """True for a German role noun and a known first name alone: "Türsteher Andrzej, seit
    elf Jahren dabei," (a role, then the first name a feature calls someone by)."""
    return (
        len(words) == 2
        and language() == "german"
        and role_noun(words[0])
        and nm.bare(words[1]) in FIRST_NAMES
        and not role_noun(words[1])
    )


# (nouns only: not the adjectives that open a body's name, "Deutsche Bahn", "Schweizer Post",
# "Nederlandse Spoorwegen")
_DEMONYMS = frozenset(
    w
    for w in load("nationalities_de_nl")
    if not w.endswith(("se", "sche")) and w not in ("deutsche", "deutscher", "schweizer")
)


_ALL_DEMONYMS = frozenset(load("nationalities_de_nl"))


def _demonym_before(words: list[str]) -> bool:
    """True for a nationality noun before a first name and a surname: "Dänen Jens X", or
    the adjective a Dutch article makes a person of before a known first name and a surname
    ("de Japanse Miho X", "de Duitse Anna Y"; not "Nederlandse Spoorwegen")."""
    if _adjective_demonym(words[0]):
        return len(words) >= 3 and nm.bare(words[1]) in FIRST_NAMES
    return _demonym(words[0]) and (len(words) >= 3 or nm.bare(words[1]) in FIRST_NAMES)


def _adjective_demonym(word: str) -> bool:
    low = nm.bare(word)
    return low in _ALL_DEMONYMS and low.endswith("se") and low not in FIRST_NAMES


def _demonym(word: str) -> bool:
    """True for a German or Dutch nationality noun, inflected or not, that opens a name run:
    "den 24-jährigen Dänen Jens X", "des Franzosen Luc Y", "de Zweed Lars Z"."""
    low = nm.bare(word)
    if low in FIRST_NAMES:
        return False  # "Noor Vermaat" (a Norwegian, "Noor", in Dutch)
    return low in _DEMONYMS or (low[-1:] == "n" and low[:-1] in _DEMONYMS and low[-2:] == "en")


def demonym_gender(words: list[str]) -> str | None:
    """The gender a nationality noun opening a German or Dutch name run gives the person after
    it: "Dänin Ida X" -> "f", "Dänen Jens Y" -> "m"; else None."""
    if len(words) < 2 or not words[1][:1].isupper() or not _demonym_before(words):
        return None
    low = nm.bare(words[0])
    # (a feminine "-in" ends a longer noun: "Dänin", "Finnin", "Belgin"; "Fin" is a Finn)
    return "f" if low.endswith("in") and len(low) > 4 else "m"


def second_particle_cut(words: list[str]) -> list[str]:
    """A Dutch or German name that already has its particle and surname, without the place
    or body after a second "van"/"von": "Henk van Dalsum van Moerdijk" -> "Henk van Dalsum"
    (the mayor of Moerdijk), "Sietse de Vries van Gemeentebelangen"; else ``words``."""
    low = [w.lower() for w in words]
    first = next((k for k in range(1, len(low)) if low[k] in _PARTICLES), 0)
    if not first:
        return words
    again = next((k for k in range(first + 2, len(low)) if low[k] in ("van", "von")), 0)
    return words[:again] if again and words[again - 1][:1].isupper() else words


# name particles a role noun never stands right before ("Van Damme" opens with one)
_PARTICLES = frozenset("van von de der den ter ten le la".split())


def noun_run(words: list[str]) -> bool:
    """True for a German run a noun closes, by an ending no surname has: "Weitere
    Einstellungen", "Neue Förderung" (words longer than six letters: "Jung" is a name)."""
    last = nm.bare(words[-1])
    return language() == "german" and len(last) > 6 and last.endswith(_NOUN_ENDINGS)


# German articles, determiners and possessives: a lone capitalized word after one is a noun
# ("der Abstand", "der Rückstand": a noun an age epithet must not stand for)
_ARTICLE_WORDS = [
    [w]
    for w in (
        "der die den dem das des ein eine einem einen einer eines kein keine keinem keinen keiner "
        "mein meine meinem meinen meiner dein deine unser unsere unserem unseren unserer "
        "ihrem ihren ihrer seinem seinen seiner diese dieser diesem diesen dieses jede jeder "
        "jedem jeden"
    ).split()
]
# a German preposition merged with its article, before a noun (no name of a person follows)
_CONTRACTIONS = [[w] for w in "am im vom zum zur beim ins ans".split()]
_ARTICLE_WORDS += _CONTRACTIONS
# endings only German nouns have, never a surname ("Jung" is one: hence the length above)
_NOUN_ENDINGS = (
    "ung",
    "ungen",
    "heit",
    "heiten",
    "keit",
    "keiten",
    "schaft",
    "schaften",
    "tion",
    "tionen",
)


_BODY_COMPLEMENT_RE = re.compile(
    r"\s+(?:van|voor)(?:\s+(?:de|het))?(?:\s+[A-Z][\w-]*)+(?:\s+en(?:\s+[A-Z][\w-]*)+)?"
)


def body_complement(words: list[str], phrase: str) -> str | None:
    """A Dutch body's name read on through its complement, "van (de|het)" or "voor" and
    capitalized words: "De Vluchtelingenorganisatie [van de Verenigde Landen]", "De
    Vereniging [van Lindeburgse Werkgevers]" (the run was cut at "van" as if a person's
    employer followed); None when the phrase has no such complement after ``words``."""
    if (
        language() != "dutch"
        or len(words) != 2
        or nm.bare(words[0]) not in ("de", "het")
        or not body_word(words[1], True)  # (not "De Vries van de Universiteit Utrecht")
    ):
        return None
    head = " ".join(words)
    at = phrase.find(head)
    m = _BODY_COMPLEMENT_RE.match(phrase, at + len(head)) if at >= 0 else None
    return phrase[at : m.end()] if m else None


def after_dutch_kind(text: str, pos: int, words: list[str]) -> bool:
    """True for a Dutch name right after the lower-case kind of body it names: "aldus
    uitgeverij De Vlinderboom", "bij zorgverzekeraar Menzis", "de stichting Zonnehoek" (a
    body, no person a later "ze" or "hij" stands for; but "uitgeverij-directeur Jan X" and a
    first name after the noun are people)."""
    if language() != "dutch" or not words or nm.bare(words[0]) in FIRST_NAMES:
        return False
    at = text.find(words[0], pos)
    before = text[max(0, at - 30) : at].split()[-1:] if at >= 0 else []
    if not before or not before[0].isalpha() or not before[0].islower():
        return False
    got = kind(before[0])
    return got is not None and before[0].endswith(got)
