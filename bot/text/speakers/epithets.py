"""A definite role noun that stands for a person named earlier (private to ``resolve.py``).

News names a person once and then refers to them by a descriptive noun: "Villa captain Jo
Reyes … “…,” the midfielder told reporters", "Marie Lambert … ajoute la boulangère",
"… sagt der 67-Jährige", "contou a artista". Such a noun phrase, a definite article and one
to three words (or an age: "the 34-year-old mother of three"), is that earlier person: the
most salient one before it whose gender fits the article. It stays as written when the text
introduced the noun with an indefinite article ("a spokesman … the spokesman said": a
person never named), and it is never an organisation, a group or a document.

English role nouns stay as written ("the businessman said"): that is how the English
benchmark (PolNeAR) annotates them, so only the articles of the other languages qualify.
"""

from __future__ import annotations

import bisect
import functools
import re

from bot.text.lexicon import load
from bot.text.speakers import foreign as _foreign
from bot.text.speakers import names as nm
from bot.text.speakers.ages import age_word
from bot.text.speakers.reading import language

# how far back before a phrase the text is read for how it introduced that noun ("a
# spokesman … the spokesman"): a bound, so a text of many such phrases stays linear
REACH_BACK = 8000


def introduced_before(
    pattern: str, text: str, pos: int, ignore_case: bool = False, floor: int = 0
) -> bool:
    """True when ``pattern`` (how the text introduces someone: "a spokesman", "a Swede") matches
    within ``REACH_BACK`` characters before ``pos``. What was searched is remembered per text
    and pattern, and a later quotation's search only reads the text added since: a text of
    thousands of "said the Swede" reads each stretch about once."""
    seen = _seen_in(text).setdefault((pattern, ignore_case), _Searched())
    return seen.before(re.compile(pattern, re.IGNORECASE if ignore_case else 0), text, pos, floor)


class _Searched:
    """The matches of one pattern in the stretch ``[lo, hi)`` of a text searched so far."""

    _OVERLAP = 300  # a match may straddle the old end: the stretch searched again

    def __init__(self) -> None:
        self.lo = self.hi = -1
        self.starts: list[int] = []
        self.ends: list[int] = []

    def before(self, pattern: re.Pattern[str], text: str, pos: int, floor: int = 0) -> bool:
        lo = max(0, pos - REACH_BACK)
        if not (self.lo <= lo and pos <= self.hi):
            if self.lo <= lo <= self.hi < pos:  # the window runs past the end: read on
                again = max(self.lo, self.hi - self._OVERLAP)
                keep = bisect.bisect_left(self.starts, again)
                del self.starts[keep:], self.ends[keep:]
                self._add(pattern, text, again, pos)
            else:  # another stretch: read the window alone
                self.lo, self.starts, self.ends = lo, [], []
                self._add(pattern, text, lo, pos)
            self.hi = pos
        k = bisect.bisect_left(self.starts, max(lo, floor))
        return k < len(self.starts) and self.ends[k] <= pos

    def _add(self, pattern: re.Pattern[str], text: str, start: int, end: int) -> None:
        for m in pattern.finditer(text, start, end):
            self.starts.append(m.start())
            self.ends.append(m.end())


@functools.lru_cache(maxsize=2)
def headline_end(text: str) -> int:
    """Where a text's headline ends: its first line when that is short and closes on no
    full stop (a headline), else 0."""
    end = text.find("\n")
    if end < 0 or end > 200 or text[:end].rstrip().endswith("."):
        return 0
    return end


@functools.lru_cache(maxsize=2)
def _seen_in(text: str) -> dict[tuple[str, bool], _Searched]:
    """What was searched so far in ``text``, by pattern (the last two texts only are kept)."""
    return {}


# "said the Pole", "the 29-year-old Austrian told", "the Swiss": a person of a nation

# definite singular articles and the gender they show (None: either)
_ARTICLES = {
    "le": "m",
    "la": "f",
    "l'": None,
    "l’": None,
    "il": "m",
    "lo": "m",
    "el": "m",
    "o": "m",
    "a": "f",
    "der": "m",
    "die": "f",
    "de": None,
    "het": None,
    # "of" fused with the article: "Réaction du maire :", "Replica del sindaco:"
    "du": "m",
    "del": "m",
    "dello": "m",
    "della": "f",
    "do": "m",
    "da": "f",
    # demonstratives open a role the same way: "asegura este artesano", "cette élue"
    "este": "m",
    "esta": "f",
    "ce": "m",
    "cet": "m",
    "cette": "f",
    "questo": "m",
    "questa": "f",
    "dieser": "m",
    "diese": "f",
    "deze": None,
}
_INDEFINITE = r"(?:a|an|un|une|una|uno|um|uma|ein|eine|einen|einem|een)"
_INDEFINITE_PT = r"(?:um|uma)"
_AGE_RE = re.compile(
    r"^\d{1,3}(?:[-‑](?:year-old|jährige[rn]?|jarige|ans|años|anni|anos|enne|enni)|enne|enni)$",
    re.IGNORECASE,  # (Italian writes "il 29enne" too)
)
# documents, groups and organisations named with a definite article in the other languages
_THINGS = frozenset(
    """
    communiqué lettre rapport texte document journal quotidien foule gouvernement ministère
    entreprise société groupe mairie préfecture police justice parquet syndicat comunicado
    carta informe documento periódico diario multitud gobierno empresa ministerio ayuntamiento
    policía sindicato nota lettera rapporto giornale comunicato folla governo azienda comune
    ministero polizia sindacato relatório jornal multidão prefeitura câmara polícia sindicato
    mitteilung erklärung brief bericht zeitung menge regierung unternehmen firma stadt
    ministerium polizei gewerkschaft verklaring krant menigte regering bedrijf gemeente
    ministerie politie vakbond stad club team équipe equipo squadra equipa
    colectivo coletivo collettivo collectif coalición coalizione coligação coalition collegio
    public pubblico público publiek publikum assistance assistenza audiencia plateia
    """.split()
)
_COMPLEMENT_RE = re.compile(
    r"(?i)^(?:de|du|des|del|della|dello|dei|di|da|do|dos|das|van|von|der|des|d['’]\w*|dell['’]\w*)$"
)
# Dutch nouns ending in s that are singular: "de staatssecretaris", "de voorzitter"s plural
_S_SINGULAR = ("ss", "is", "us", "es")
_ADJUNCT = nm.FOREIGN_STOPS | nm.LISTENER_PREPS | _foreign.AFTER_NAME | {"a", "à"}
# the Dutch nouns for a person that take "het" (besides diminutives in -je and members in
# -lid: "het meisje", "het kamerlid")
_NEUTER_PEOPLE = frozenset("kind kleinkind meisje slachtoffer hoofd".split())
_NOT_PERSON = nm.ORG_WORDS | nm.GROUP_SPEAKERS | nm.DOCUMENT_NOUNS | _THINGS
# German and Dutch heads (also closing compounds) of a council, board or committee speaking as
# one: "der Elternbeirat", "die Schülervertretung", "de oudercommissie", "het bestuur", "de
# grenswacht" (never a person's epithet, however salient the last person named)
GERMANIC_BODY_ENDINGS = tuple(
    "commissie kommission bestuur beirat vertretung ausschuss gremium verwaltung directie"
    " grenswacht kustwacht medezeggenschapsraad ondernemingsraad gemeenteraad".split()
)
_GERMANIC_ARTICLES = frozenset("de het der die das den dem des".split())
# endings of German and Dutch nouns for a body, a place or an abstraction, never a person:
# "die Landesregierung", "die Lokalzeitung", "die Staatskanzlei", "die Gewerkschaft", "die
# Universität", "de overheid", "de regering" (not "de leerling": "-ling" is a person)
_GERMANIC_THING_ENDINGS = (
    "ung",
    "heit",
    "keit",
    "schaft",
    "kanzlei",
    "polizei",
    "tät",
    "heid",
    # (offices, courts and bodies: "der Landesrechnungshof", "das Landesamt", "das
    # Landgericht", "das Ministerium", "die Behörde", "der Verband", "die Kammer")
    "hof",
    "amt",
    "gericht",
    "ministerium",
    "behörde",
    "verband",
    "kammer",
    "institut",
)


def _germanic_thing(head: str) -> bool:
    """True for a German or Dutch noun whose ending names a thing or a body, not a person."""
    return head.endswith(_GERMANIC_THING_ENDINGS) or (
        head.endswith("ing") and not head.endswith("ling") and language() == "dutch"
    )


def portuguese(text: str) -> bool:
    """True when the text being read is plainly Portuguese (so "A" and "O" opening a clause
    are Portuguese articles); ``text`` is that text (the language was noted once for it)."""
    return language() == "portuguese"


def is_age(phrase: str) -> bool:
    """True for a phrase opening on an age noun, after an article or not: "67-Jährige",
    "der 67-Jährige", "de 38-jarige zangeres"."""
    words = phrase.split()
    at = 1 if len(words) > 1 and words[0].lower() in _ARTICLES else 0
    if at >= len(words) or not (_AGE_RE.match(words[at]) or age_word(words[at])):
        return False  # ("la cinquantottenne": an Italian age in words)
    return not any(w[:1].isupper() for w in words[at + 1 :])  # "51-year-old Owen Pryce"


def _split_article(words: list[str]) -> tuple[str, list[str]] | None:
    first = words[0]
    if first[:2].lower() in ("l'", "l’") and len(first) > 2:
        return first[:2].lower(), [first[2:], *words[1:]]
    if len(words) > 1 and first.lower() in _ARTICLES:
        return first.lower(), words[1:]
    if _AGE_RE.match(first):  # "sagt der 67-Jährige" is read as "67-Jährige"
        return "", words
    if first.lower() == "the" and len(words) > 1 and _AGE_RE.match(words[1]):
        # "the 68-year-old said": an English age stands for the person named before, like a
        # nationality ("the Swede"); an English role noun does not (see the module's note)
        return "the", words[1:]
    return None


def epithet_gender(phrase: str, text: str, pos: int) -> tuple[str | None] | None:
    """(gender,) when ``phrase`` at ``pos`` is an epithet for an earlier named person,
    else None."""
    words = phrase.split()
    if not words or len(words) > 7:
        return None
    split = _split_article(words)
    if split is None:
        return None
    article, rest = split
    # "le chef de l'État", "il presidente della Regione": the head noun before its complement
    cut = next(
        (k for k, w in enumerate(rest) if k and (_COMPLEMENT_RE.match(w) or w in _ADJUNCT)),
        len(rest),
    )  # … or an adjunct after it: "a artista no final do concerto"
    rest = rest[:cut]
    if not rest:
        return None
    aged = bool(_AGE_RE.match(rest[0]))
    if not aged and len(rest) > 3:
        return None
    if article == "a" and not portuguese(text):
        return None  # English "a spokesman": someone new (Portuguese "a" needs a Portuguese text)
    if not aged and any(
        not (
            w.replace("-", "").replace("'", "").replace("’", "").isalpha()  # "de VVD'er"
            and (
                w.islower()
                or (k == len(rest) - 1 and len(rest) == 1)
                # German capitalizes the noun after its adjectives: "die gebürtige Nigerianerin"
                or (k == len(rest) - 1 and article in ("der", "die", "dieser", "diese"))
                # and a place's adjective before it: "der Wiener Anwalt"
                or (w.endswith("er") and article in ("der", "die") and len(rest) > 1)
            )
        )
        for k, w in enumerate(rest)
    ):
        return None  # a name ("the Smiths"), a fragment with digits or marks
    head = nm.bare(rest[-1])
    if head in _NOT_PERSON or head in nm.PRONOUNS or head in nm.SPEECH_VERBS:
        return None
    if (
        article == "het"
        and not (head.endswith(("je", "lid")) or head in _NEUTER_PEOPLE)
        and introduced_before(rf"\bhet\s+(?:\w+\s+)?\w*{re.escape(head)}\b", text, pos, True)
    ):
        # "… veroordeeld door het gerechtshof …" then "oordeelt het hof": a Dutch neuter
        # noun the text used before names a body or a thing (people take "de"; but "klonk
        # het scherp": an adjective, the words of the one who spoke before)
        return None
    if head.endswith(GERMANIC_BODY_ENDINGS) and article in _GERMANIC_ARTICLES:
        return None  # "de oudercommissie", "die Schülervertretung": a body, no person's epithet
    if article in _GERMANIC_ARTICLES and _germanic_thing(head):
        return None  # "die Landesregierung", "die Staatskanzlei", "de overheid": no person
    if head.endswith(_ABSTRACT):
        return None  # "La confirmación llegó …", "la situation": an abstract noun, no person
    if (
        not aged
        and article in ("de", "het", "")
        and (
            head.endswith(("en", "ers")) or (head.endswith("s") and not head.endswith(_S_SINGULAR))
        )
    ):
        return None  # a plural: "the officials", "the Democrats"
    indefinite = _INDEFINITE_PT if article == "a" else _INDEFINITE  # Portuguese "a" is "the"
    pattern = rf"\b{indefinite}\s+(?:\w+\s+)?{re.escape(head)}\b"
    if introduced_before(pattern, text, pos, True, headline_end(text)):
        # "a spokesman … the spokesman": a person the text never named (not a headline's
        # "Bréval : une retraitée dépouillée …", the one the body names: "Monique X, 74 ans")
        return None
    gender = _ARTICLES.get(article)
    if gender is None and article in ("de", "deze") and head.endswith(("ster", "trice", "esse")):
        gender = "f"  # Dutch "de onderzoekster", "de directrice": a woman's role noun
    if gender is None and article in ("l'", "l’") and not aged:
        # "L'imputato", "l'avocate": the noun's ending shows the gender the article hides
        gender = "f" if head.endswith(_FEMININE) else "m" if head.endswith(_MASCULINE) else None
        if gender is None and language() == "french":
            # French participles and adjectives made nouns: "l'élue", "l'adjointe",
            # "l'enseignante" (a woman), "l'élu", "l'adjoint", "l'étudiant" (a man)
            fem = head.endswith(_FEMININE_FR)
            gender = "f" if fem else "m" if head.endswith(_MASCULINE_FR) else None
    return (gender,)


# endings of Romance abstract nouns, never a person: "la confirmación", "le licenciement"
_ABSTRACT = (
    "ción",
    "sión",
    "miento",
    "tion",
    "sion",
    "ité",
    "ment",
    "zione",
    "sione",
    "ità",
    "mento",
    "ção",
    "são",
    "ência",
    "encia",
    "anza",
    "ismo",
    "isme",
    "ance",
    "ence",
    "enza",
    # (and things: "a bagagem", "la mensagem", "el equipaje", "il viaggio")
    "agem",
    "aje",
    "aggio",
)
_FEMININE = (
    "trice",
    "essa",
    "euse",
    "ienne",
    "ière",
    "ora",
    "eira",
    "ata",
    "ada",
    "ita",
    "aia",
    "épouse",
)
# (and the man himself after an elided article: "ha detto l'uomo", "a dit l'homme")
_MASCULINE = (
    "tore",
    "ato",
    "ado",
    "ito",
    "eur",
    "ien",
    "ier",
    "eiro",
    "ino",
    "ano",
    "aio",
    "uomo",
    "homme",
    "époux",
)
ROMANCE_DEFINITE = frozenset("le la el il lo o".split())
_FEMININE_FR = ("ue", "ée", "ante", "ente", "ointe")
_MASCULINE_FR = ("u", "é", "ant", "ent", "oint")


# Spanish and Italian nouns of a person of one sex (an office noun may take the masculine
# article for a woman: "il pm", "el juez")
SEXED_NOUNS = frozenset(
    "marito moglie padre madre figlio figlia fratello sorella nonno nonna zio zia esposo esposa"
    " hijo hija hermano hermana abuelo abuela tío tía uomo donna hombre mujer signore signora"
    " señor señora".split()
)


# "la edil" -> the roles it stands for ("alcaldesa", "concejala", …)
SYNONYMS = {
    head.strip(): frozenset(rest.split())
    for head, _, rest in (
        line.partition(":") for line in load("role_synonyms_eu", "role_synonyms_esit")
    )
}


def role_phrase(phrase: str, text: str) -> str | None:
    """The role noun of a Romance definite epithet ("L'éleveur" -> "éleveur", "o médio" ->
    "médio", "A cientista" in a Portuguese text), else None."""
    words = phrase.split()
    if len(words) == 1 and words[0][:2].lower() in ("l'", "l’") and words[0][2:].islower():
        return words[0][2:]
    if len(words) == 2 and words[0][:2].lower() in ("l'", "l’") and words[1].isalpha():
        if words[0][2:] in _foreign.PRENOMINAL and words[1].islower():
            return words[1]  # "l’ancien trésorier", "l'ex sindaco"
    if len(words) == 3 and words[0].lower() in ROMANCE_DEFINITE and words[1].islower():
        pair = f"{words[1]} {words[2]}"  # "il primo cittadino"
        if pair in SYNONYMS:
            return pair
        if not words[2].isalpha() or not words[2].islower():
            return None
        # "le jeune attaquant" (an adjective first), "o técnico argentino" (one after)
        return words[2] if words[1] in _foreign.PRENOMINAL else words[1]
    if len(words) == 2 and words[1].lower() in _foreign.DEMONYMS:
        return words[1].lower()  # "Le Belge"
    if len(words) == 2 and words[1].isupper() and words[1].lower() in SYNONYMS:
        words = [words[0], words[1].lower()]  # "el DT", "il CT": a role's initials
    if len(words) != 2 or not words[1].isalpha() or not words[1].islower():
        return None
    article = words[0].lower()
    if article in ROMANCE_DEFINITE or (article == "a" and portuguese(text)):
        return words[1]
    return None
