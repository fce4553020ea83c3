"""The indefinite description of a person that opens a sentence, in the seven languages we
read (private to ``descriptions.py``): where it starts and ends, and the gender its article or
noun shows. "Among the stalls, one cheese seller from the valley, who …, said" -> "one cheese
seller from the valley"; "Uno di loro, un carpentiere di origine rumena che …" -> "un
carpentiere di origine rumena"; "Eine Kundin aus dem Nachbardorf sieht das anders." -> "Eine
Kundin aus dem Nachbardorf".

The phrase is the article, up to two words before a noun for a person (a list, or a person
ending of the language; not a thing's noun that ends like one, "a letter", "un ordinateur"),
in Romance one adjective or participle after it ("un jeune installé"), and the phrases of
place, origin or age after it ("from the valley", "de 70 ans", "aus dem Nachbardorf"), up to
a comma, a relative pronoun, an auxiliary or a verb. A sentence that is only the description,
or a description and its apposition with no verb ("Een aardige man, die …."), describes
someone named before and is not read.
"""

from __future__ import annotations

import re

from bot.text.lexicon import load
from bot.text.speakers import names as nm
from bot.text.speakers.description_inverted import inverted_start
from bot.text.speakers.description_words import (
    _ADJECTIVE_ENDS,
    _ENDS,
    _FRONTED_RE,
    _POSTNOMINAL,
    _PREPS,
    _STOPS,
)
from bot.text.speakers.unnamed_en import NOUNS as _EN_NOUNS

_NOUNS = (
    load("newcomer_nouns", "person_nouns_en", "person_nouns_fr_pt", "role_stems_de_nl")
    | _EN_NOUNS
    | nm.PERSON_ROLES
    | nm.ROLES_EU
)
_THINGS = load("newcomer_things")

# people who ask rather than answer: the words after their question are the other's
_ASKERS = frozenset("questioner interviewer moderator host presenter".split())
# words of the role lists that qualify a noun rather than head it ("a former healthcare
# assistant")
_MODIFIERS = frozenset("former ex retired young old elderly local senior junior fellow".split())
# the indefinite articles of each language, with the gender they show (None: none)
ARTICLES: dict[str, dict[str, str | None]] = {
    "english": {"a": None, "an": None, "one": None, "another": None},
    "french": {"un": "m", "une": "f"},
    "spanish": {"un": "m", "una": "f", "otro": "m", "otra": "f"},
    "italian": {"un": "m", "uno": "m", "una": "f", "un'": "f", "un’": "f"},
    "portuguese": {"um": "m", "uma": "f", "outro": "m", "outra": "f"},
    "german": {"ein": "m", "eine": "f"},
    "dutch": {"een": None},
}
# the definite articles of each language and their gender, for a definite description a clause
# of anonymity makes someone new ("The owner of the chip shop, who asked not to be named, …")
_DEFINITE: dict[str, dict[str, str | None]] = {
    "english": {"the": None},
    "french": {"le": "m", "la": "f"},
    "spanish": {"el": "m", "la": "f"},
    "italian": {"il": "m", "lo": "m", "la": "f"},
    "portuguese": {"o": "m", "a": "f"},
    "german": {"der": "m", "die": "f"},
    "dutch": {"de": None, "het": None},
}
_ANONYMOUS_RE = re.compile(
    "|".join(re.escape(p.replace("’", "'")) for p in sorted(load("anonymity_phrases")))
)
_ANONYMOUS_REACH = 250  # characters of the sentence read for a clause of anonymity
# "One of them," / "Uno di loro," and the like opening the sentence before the description in
# apposition ("Uno di loro, un muratore …, accetta …"), or standing for it ("Una de las
# usuarias cuenta …")
_ONE_OF_RE = re.compile(
    r"(?:One of (?:them|the \w+(?:['’]s \w+)?)|L['’]une? (?:d['’](?:eux|elles|entre eux)|des \w+)"
    r"|Une? des \w+|Un[oa] de (?:ellos|ellas|los \w+|las \w+)"
    r"|Un[oa]? (?:di loro|(?:dei|degli|delle) (?:due |tre )?\w+)|Um(?:a)? (?:deles|delas|dos \w+|das \w+)"
    r"|Eine?r? (?:von ihnen|der (?:[a-zäöü]\w* )?[A-ZÄÖÜ]\w*)|Eén van (?:hen|de \w+)|Een van (?:hen|de \w+))"
)
_ONE_OF_GENDER = {
    "One": None,
    "Uno": "m",
    "Una": "f",
    "Un": "m",
    "Une": "f",
    "L'une": "f",
    "L’une": "f",
    "L'un": "m",
    "L’un": "m",
    "Um": "m",
    "Uma": "f",
    "Einer": "m",
    "Eine": "f",
    "Een": None,
    "Eén": None,
}
# a conjunction opening the sentence before its subject ("But one father …", "Mais une mère …")
_CONJUNCTIONS = {
    "english": frozenset("But And Yet".split()),
    "french": frozenset("Mais Et".split()),
    "spanish": frozenset("Pero Y".split()),
    "italian": frozenset("Ma E".split()),
    "portuguese": frozenset("Mas E".split()),
    "german": frozenset("Aber Und Doch".split()),
    "dutch": frozenset("Maar En".split()),
}
WORD_RE = re.compile(r"[^\W\d_][\w'’-]*|\d+|[,;:.!?«»“”„\"()]")
# words a phrase of place takes after its article: German and Dutch ones name one noun
# ("aus dem Nachbardorf", "uit de wijk"), before the verb that follows
_PP_WORDS = {"german": 1, "dutch": 1}
_NL_NUMBERS = frozenset("twee drie".split())  # (no adjectives, though they end on "e")
_PP_ARTICLES = frozenset(
    "the a an le la les l' l’ un une el los las una uno il lo i gli o os as um uma der die das"
    " dem den ein eine einem einer einen de het een"
    # (and a possessive, which no phrase ends on: "com o seu rebanho", "avec son chien")
    " his her their son sa ses leur su sus suo sua suoi sue seu seus suas sein seine ihr ihre"
    " zijn haar hun".split()
)
# an elided Romance preposition and its noun in one word: "dell'assessorato", "d'origine"
_ELIDED_ARTICLE_RE = re.compile(r"[Uu]n['’](?=\w)")
# (not "l'" alone: right after the noun it is an object pronoun, "Une voisine l'a accueillie")
_ELIDED_RE = re.compile(r"(?:d|dell|dall|nell|sull|all|de l|du l)['’]\w", re.I)
_NUMBER_WORDS = load("number_words_romance")  # "con once años": a number
_MALE_EN = frozenset("man boy father grandfather husband son brother gentleman widower dad".split())
_FEMALE_EN = frozenset(
    "woman girl mother grandmother wife daughter sister lady widow mum granny".split()
)
_MALE_NL = frozenset("man vader buurman jongen opa".split())
_FEMALE_NL = frozenset("vrouw moeder buurvrouw meisje oma bewoonster medewerkster".split())


def _plural_people(word: str, lang: str) -> bool:
    """True for a plural noun of people closing "One of the …" ("volunteers", "vicini",
    "Anwohner"), or a pronoun ("them", "loro", "ihnen")."""
    low = word.lower()
    if low in _ONE_OF_PRONOUNS:
        return True
    if lang == "german":
        return any(person(w, lang) for w in (word, word[:-1], word[:-2]) if len(w) > 2)
    stems = {low, low[:-1], low[:-2]}
    if lang == "italian" and low[-1:] in ("i", "e"):
        stems |= {low[:-1] + "o", low[:-1] + "e", low[:-1] + "a"}
    return any(person(stem, lang) for stem in stems if len(stem) > 2)


_ONE_OF_PRONOUNS = frozenset("them eux elles ellos ellas loro deles delas ihnen hen".split())


def definite(word: str, lang: str) -> bool:
    """True for a definite article of ``lang`` ("The", "la", "der")."""
    return word.lower() in _DEFINITE.get(lang, {})


def _stop(word: str) -> bool:
    low = word.lower()
    return low in _STOPS or low in nm.SPEECH_VERBS


def person(word: str, lang: str) -> bool:
    if lang == "german" and not word[:1].isupper():
        return False  # (a German noun is capitalized: not "ein älterer")
    low = word.lower()
    if low in _NOUNS:
        return True
    if lang == "english" and "-of-" in low:
        # a parent by their children's count: "A mum-of-two", "the father-of-three"
        return low.split("-of-", 1)[0] in _NOUNS
    if low in _THINGS:
        return False
    return len(low) > 4 and low.endswith(_ENDS.get(lang, ()))


def _gender(lang: str, article: str, noun: str) -> str | None:
    if lang == "english":
        low = noun.lower()
        return "m" if low in _MALE_EN else "f" if low in _FEMALE_EN else None
    if lang == "dutch":
        low = noun.lower()
        return "m" if low in _MALE_NL else "f" if low in _FEMALE_NL else None
    low = article.lower()
    return ARTICLES[lang].get(low) or _DEFINITE[lang].get(low)


def _read(
    text: str,
    at: int,
    end: int,
    lang: str,
    apposed: bool = False,
    definite: bool = False,
    inverted: bool = False,
) -> tuple[int, int, str | None] | None:
    """(start, end, gender) of an indefinite description of a person at ``at`` (``apposed``:
    in apposition after "One of them,"; ``inverted``: the subject after its verb, which may
    close its sentence), else None."""
    words = [(m.group(), m.start()) for m in WORD_RE.finditer(text, at, min(end, at + 220))]
    if words and (elided := _ELIDED_ARTICLE_RE.match(words[0][0])):
        # the Italian article elided before a vowel: "un’anziana pastora" is "un’" and its noun
        cut = elided.end()
        words[:1] = [(words[0][0][:cut], words[0][1]), (words[0][0][cut:], words[0][1] + cut)]
    articles = {**ARTICLES[lang], **_DEFINITE[lang]} if definite else ARTICLES[lang]
    if not words or words[0][1] != at or words[0][0].lower() not in articles:
        return None
    article = words[0][0]
    head = None
    for k in range(1, min(4, len(words))):  # up to two words before the noun
        word = words[k][0]
        if not word[:1].isalpha() or _stop(word):
            break
        if lang != "german" and k > 1 and word[:1].isupper():
            break  # a name: "a nurse called Ann" is not read here
        if person(word, lang) and word.lower() not in _MODIFIERS:
            head = k
    if head is None or words[head][0].lower() in _ASKERS:
        return None
    if lang == "english" and words[head][0].lower() not in _NOUNS:
        # an English noun read by its ending ("seller", "questioner") heads the phrase only
        # before a boundary: not "A floor fight …", "A corner shop …"
        after = words[head + 1][0] if head + 1 < len(words) else "."
        if not (
            not after[:1].isalpha()
            or _stop(after)
            or after.lower() in _PREPS[lang]
            or after.endswith("ed")
        ):
            return None
    k = head + 1
    stop = words[head][1] + len(words[head][0])
    romance = lang in ("french", "spanish", "italian", "portuguese")
    if (
        romance
        and k < len(words)
        and words[k][0][:1].islower()
        and not _stop(words[k][0])
        and words[k][0].lower() not in _PREPS[lang]
        and words[k][0].lower().endswith(_POSTNOMINAL)
    ):
        stop = words[k][1] + len(words[k][0])
        k += 1
    # phrases of place, origin or age after the noun, three words each at most
    while k < len(words) and (
        words[k][0].lower() in _PREPS[lang] or (romance and _ELIDED_RE.match(words[k][0]))
    ):
        j, taken = k + 1, 0
        if words[k][0].lower() not in _PREPS[lang]:
            j, taken = k, 0  # (the elided preposition's noun is this word)
        while j < len(words) and words[j][0].lower() in _PP_ARTICLES and j < k + 3:
            j += 1  # (an article, a possessive, or both: "com o seu rebanho")
        most = _PP_WORDS.get(lang, 3)
        while j < len(words) and taken < most:
            word = words[j][0]
            if not word[:1].isalnum() or _stop(word) or word.lower() in _PREPS[lang]:
                break
            if lang == "german" and word[:1].islower() and not taken:
                most += 1  # "aus dem benachbarten Dorf": an adjective before the noun
            if lang == "dutch" and not taken and word.endswith("e") and word not in _NL_NUMBERS:
                most += 1  # "van de oude wijk": an inflected adjective before the noun
            if taken and word[:1].islower():
                if lang == "english" and word.endswith("ed"):
                    break
                if romance and not (
                    words[j - 1][0].isdigit()
                    or words[j - 1][0].lower() in _NUMBER_WORDS
                    or word.lower().endswith(_ADJECTIVE_ENDS)
                ):
                    # a Romance phrase of place goes on past its noun only by an adjective
                    # ("di origine albanese", "agli enti locali") or after a number ("de 29
                    # ans"): not "del fuoco arrivato …", "com 27 anos de casa resumia"
                    break
            if word[:1].isupper() and taken < most:
                # a name is taken whole ("da Escola Estadual Dom Aurélio")
                while j + 1 < len(words) and words[j + 1][0][:1].isupper() and taken < 6:
                    j, taken = j + 1, taken + 1
            j, taken = j + 1, taken + 1
        if not taken:
            break
        stop = words[j - 1][1] + len(words[j - 1][0])
        k = j
    if inverted:
        return at, stop, _gender(lang, article, words[head][0])
    if k < len(words) and words[k][0] in (".", "!", "?"):
        return None  # a sentence that is only the description
    rest = text[stop:end]
    if not apposed and rest.startswith(",") and "," not in rest[1:]:
        # a fragment describing someone named before, with no verb of its own past its
        # apposition: "Ik belde de directeur, Wouter X. Een aardige man, die …."
        return None
    if article.lower() not in ARTICLES[lang] and stop == words[head][1] + len(words[head][0]):
        if head == 1:
            return None  # a bare definite noun ("Die Frau, …") stands for someone before
    return at, stop, _gender(lang, article, words[head][0])


def description(text: str, start: int, end: int, lang: str) -> tuple[int, int, str | None] | None:
    """The description a sentence (``start``..``end``) opens on as its subject, if any: an
    indefinite one, or a definite one in a sentence that says the person asked to stay
    unnamed ("The cyclist's wife, who asked not to be named, called …"); or an indefinite one
    brought in after its verb ("Op de tribune zat een bewoonster …", ``description_inverted``)."""
    starts = [start]
    fronted = _FRONTED_RE.match(text, start, end)
    if fronted and not any(ch in fronted.group() for ch in '«»“”„"'):
        starts.append(fronted.end())
    first = text[start:end].split(" ", 1)[0]
    if first in _CONJUNCTIONS[lang]:
        starts.append(start + len(first) + 1)
    window = text[start : min(end, start + _ANONYMOUS_REACH)].lower().replace("’", "'")
    definite = _ANONYMOUS_RE.search(window) is not None
    for at in starts:
        one = _ONE_OF_RE.match(text, at, end)
        if one is not None and not _plural_people(one.group().split()[-1], lang):
            one = None  # "One of the best …", "Uno dei pochi …": no people
        if one is not None:
            after = one.end()
            if text.startswith(", ", after):
                got = _read(text, after + 2, end, lang, apposed=True)
                if got is not None:
                    return got
            return at, one.end(), _ONE_OF_GENDER.get(one.group().split()[0])
        got = _read(text, at, end, lang, definite=definite)
        if got is not None:
            return got
    after_verb = inverted_start(text, start, end, lang)
    if after_verb is not None:
        return _read(text, after_verb, end, lang, inverted=True)
    return None
