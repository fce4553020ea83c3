"""Word lists and name helpers for speaker attribution (private to ``quotes.py``).

Everything here is an immutable constant or a pure function.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from bot.text.lexicon import MONTHS_EN, MONTHS_SHORT_EN, US_STATE_ABBREVIATIONS, WEEKDAYS_EN, load
from bot.text.speakers import foreign as _foreign
from bot.text.speakers.bodywords import LEGAL_FORMS, body_word
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.germanic_nouns import quantified_phrase as quantified_phrase
from bot.text.speakers.reading import LanguageWords, language, romance_text
from bot.text.stopwords import stop_words

# ----------------------------------------------------------------------------- word lists


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# speech verbs in the forms news copy uses ("told" needs an object, see NEEDS_OBJECT), in the
# languages the bot meets; in plainly English text only the English ones count (``reading``)
SPEECH_VERBS = LanguageWords(
    load(*(f"speech_verbs_{lang}" for lang in ("en", "fr", "de", "es", "it", "pt", "nl", "ru"))),
    english=load("speech_verbs_en"),
    foreign={
        "german": load("speech_verbs_nl") - load("speech_verbs_de", "speech_verbs_en"),
        "dutch": load("speech_verbs_de") - load("speech_verbs_nl", "speech_verbs_en"),
        # an English verb is a noun or an adjective in Romance text ("Charges trop lourdes :")
        **{
            lang: load("speech_verbs_en") - load(f"speech_verbs_{code}")
            for lang, code in (
                ("french", "fr"),
                ("spanish", "es"),
                ("italian", "it"),
                ("portuguese", "pt"),
            )
        },
    },
)
# speech verbs that are also verbs of staying; right before words in marks they link a label,
# not speech: "L'équipe continue « très motivée »", "A equipa continua «muito focada»"
STAYING_VERBS = _words("continue continua continúa continuou continuó continuava")
# auxiliaries before an inverted verb: « … », a déclaré X / „…“, hat X gesagt
AUXILIARIES = _words("a ha hat heeft had has")  # "Marchetti a précisé", "Ruiz had written"

# cue words that only work with a following particle or object: "went on", "put it",
# "shot back", "fired back", "chimed in", "summed up"
PARTICLE_VERBS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "went": ("on",),
        "put": ("it",),
        "shot": ("back",),
        "fired": ("back",),
        "chimed": ("in",),
        "summed": ("up",),
        "pointed": ("out",),  # "as Ana Ruiz pointed out, “…”"
        "points": ("out",),
        "weighed": ("in",),
        "weighs": ("in",),
        "pushed": ("back",),
        "puts": ("it",),  # "as the Herald's Tom Hale puts it, “…”"
    }
)
# the function words of the other languages (see foreign)
ACCORDING = _foreign.ACCORDING
FOR_WHOM = _foreign.FOR_WHOM
FOREIGN_STOPS = _foreign.FOREIGN_STOPS
SUBORDINATORS = _foreign.SUBORDINATORS
LISTENER_PREPS = _foreign.LISTENER_PREPS
NOUN_ARTICLES = _foreign.NOUN_ARTICLES
# documents and page parts that a rule may catch where a speaker belongs ("her statement read",
# "said Photo credit"): never shown as the speaker
DOCUMENT_NOUNS = _words(
    "statement statements release credit credits photo photograph caption image column viewpoint"
    " description website"  # "“…,” the description on the website reads"
    # the Romance document a body speaks through: "», señala el texto", "si legge nel comunicato"
    " texto testo texte comunicado comunicato communiqué documento informe relatório rapporto"
    # a saying quoted: "Dice el refrán que «…»", "comme dit le proverbe"
    " proverb adage refrán proverbio adagio proverbe dicton ditado provérbio"
)
# verbs after which the next noun is the listener, never the speaker ("told reporters")
NEEDS_OBJECT = _words("told tells telling assured assures reminded reminds informed informs")

MALE_PRONOUNS = _words("he er il él lui ele hij он 他")
FEMALE_PRONOUNS = _words("she sie elle ella lei ela zij ze она 她")
PRONOUNS = _words("they it we i you who") | MALE_PRONOUNS | FEMALE_PRONOUNS
# "the latter" in the Romance languages, and its gender: the last person named
LATTER: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys(("ce dernier", "este último", "quest'ultimo", "quest’ultimo"), "m"),
        **dict.fromkeys(("questo ultimo", "celui-ci"), "m"),
        **dict.fromkeys(("cette dernière", "esta última", "quest'ultima", "quest’ultima"), "f"),
        **dict.fromkeys(("questa ultima", "celle-ci"), "f"),
    }
)

# "the former" and "the latter" of two people named together, in the Romance languages: the
# phrase -> (its gender, whether it is the second of the two)
OF_TWO: Mapping[str, tuple[str, bool]] = MappingProxyType(
    {
        **dict.fromkeys(("le premier", "el primero", "il primo", "o primeiro"), ("m", False)),
        **dict.fromkeys(("la première", "la primera", "la prima", "a primeira"), ("f", False)),
        **dict.fromkeys(
            ("le second", "le deuxième", "el segundo", "il secondo", "o segundo"), ("m", True)
        ),
        **dict.fromkeys(
            ("la seconde", "la deuxième", "la segunda", "la seconda", "a segunda"), ("f", True)
        ),
    }
)

# words that may stand between the quote and the verb: ,” he later said
ADVERBS = _words(
    """
    also later then once now still again finally simply just quickly repeatedly previously
    recently earlier subsequently further flatly flat-out bluntly angrily calmly softly quietly
    firmly has had have would will could might may did does do had already never often
    sometimes reportedly allegedly and but only even separately privately publicly
    initially originally eventually afterward afterwards immediately
    encore aussi ensuite également puis alors también además luego anche ancora poi inoltre
    auch noch außerdem ook nog verder ainda já depois então também
    toutefois cependant néanmoins pourtant déjà porém contudo todavia già ya
    """
)

# words to skip right after a verb before the speaker: said Tuesday, said on Monday
TIME_WORDS = (
    WEEKDAYS_EN
    # "zei wethouder Pieter de Vries dinsdag", "a déclaré X mardi": the day ends the name
    | load("weekdays_fr", "weekdays_es", "weekdays_pt", "weekdays_de", "weekdays_nl", "weekdays_it")
    | _words(
        """
    today yesterday tonight tomorrow morning afternoon evening night last this earlier later
    recently on at in week weekend month year
    serata mattinata giornata pomeriggio nottata mattina sera notte tarde manhã noite madrugada
    heute gestern später danach anschließend nachher zuvor vorher damals abends morgens
    vandaag gisteren daarna achteraf eerder vanavond vanmorgen
    """
    )
)

# titles and roles stripped from the front of a name run
TITLES = load("titles_en", "titles_ru", "titles_eu", "titles_male_romance", "titles_female_romance")
# English titles written short before a name, and the role noun a later "the …" uses
# ("Coun. Dee Marr" … "the three-term councillor"); not "Sen.", "Gov.": political news names
# many senators and governors, and "the Florida senator" may be any of them; "Cr" is the
# Australian and New Zealand councillor ("Cr Jo Marr" … "Cr Marr said")
TITLE_ABBREVIATIONS = {
    "coun": "councillor",
    "cllr": "councillor",
    "cr": "councillor",
    "councilor": "councillor",
}
MALE_TITLES = load("titles_male_en", "titles_male_romance")
FEMALE_TITLES = load("titles_female_en", "titles_female_romance")
# "widow Terry Lee", "actress Jo Marsh": a role noun right before a name gives its gender
FEMALE_ROLES = load("roles_female_en")
# role nouns in lower case in the other languages we claim ("la alcaldesa", "le ministre")
ROLES_EU = load("roles_eu")
MALE_ROLES = load("roles_male_en")

# words in a capitalized run that mark an organisation, a place or a thing
ORG_WORDS = load("org_words_en")

_SURNAME_ORG_WORDS = load("surname_org_words_en")  # "Laura Day", "Helen Fox"

# the same in French, Spanish, Italian and Portuguese ("Teatro Regio", "Banco Santander")
ORG_WORDS = ORG_WORDS | load("org_words_eu")

# places that look like names ("North Carolina", "Boca Raton"): never a speaker's antecedent
PLACES = load("us_states", "places")

# lower-cased words that can start a sentence but never a name run
STOPWORDS = (
    WEEKDAYS_EN
    | MONTHS_EN
    | _words(
        """
    the a an and but or nor so yet for when while after before as if in on at by from to
    with without of about over under into onto than then also still however meanwhile
    although though because since unless until once asked speaking writing according
    that this these those there here it its he she they we i you his her their our my
    your what which who whom whose where why how all both each every some any no not
    last next earlier later today yesterday quem quien
    said says told added wrote tweeted now just even instead indeed
    yes oh well like still many most more much several few other another such only one
    outside inside says is are has was were be can could would should must did does
    do get gets got make makes made take takes
    я мы ты вы он она оно они мой моя моё мои наш наша наши твой ваш ваша его её их это этот
    эта эти тот та те там тут здесь когда если но и а или как что кто где почему зачем все
    всё весь вся сегодня вчера потом теперь также ещё уже вот да нет по в на с за из
    """
    )
)

# role nouns that refer back to a person named earlier: "the senator said"
PERSON_ROLES = load("person_roles_en")
# groups that speak as one, shown as written: "…,” police said
GROUP_SPEAKERS = load("group_speakers_en")
# person nouns that head a speaker phrase without a name: "one user on Mastodon posted"
PERSON_NOUNS = load("person_nouns_en")
_CONTRACTION = re.compile(r"['’](?:ll|re|ve|d|m|s|t)$")
_ENGLISH_STOPS = stop_words("english")


# German and Dutch adverbs, connectives, possessives and first-person pronouns that open a
# sentence capitalized ("Vandaag belde ik …", "Zijn conclusie is …"): never a person alone
_GERMANIC_OPENERS = load("openers_de_nl")
# the same in Spanish and Italian ("Según", "Sólo", "Poi")
_ROMANCE_OPENERS = frozenset(w for line in load("openers_es_it") for w in line.split())
_OPENERS_FR_PT = frozenset(w for line in load("openers_fr_pt") for w in line.split())


# English verbs a sentence opens on in the imperative before a name: "Ask Maureen what …"
_ENGLISH_IMPERATIVES = frozenset("ask meet tell imagine forget blame thank watch listen".split())
# endings of an adjective or participle a tabloid sets in capitals before a name: "SHOCKED
# Albion boss X", "HEARTBROKEN mum X", "TRAGIC teen X" (no acronym ends so: "UNICEF", "ASEAN")
_SHOUTED_ENDINGS = ("OUS", "ED", "ING", "FUL", "IC", "EN", "LESS", "IVE", "ENT", "ANT", "Y")


_EVENT_RUNNERS = frozenset("organisers organizers promoters".split())


def english_opener(word: str, following: str) -> bool:
    """True in English text for a word opening a run before a capitalized ``following`` word
    that is no part of a name: an imperative ("Ask Maureen what …") or a tabloid's adjective
    in capitals ("SHOCKED Albion boss …"); the name is what follows."""
    if language() != "english" or not following[:1].isupper() or following.isupper():
        return False
    if bare(word) in _ENGLISH_IMPERATIVES and word[:1].isupper() and word[1:].islower():
        return True
    if (
        bare(word) in _EVENT_RUNNERS
        and word[1:].islower()
        and bare(following) not in ORG_WORDS
        and bare(following) not in STOPWORDS
    ):
        # "Organisers Fieldhouse Live said": who runs an event, then the body's name (other
        # group nouns open bodies' own names: "Residents Against Noise", "Parents Voice")
        return True
    return (
        len(word) >= 5
        and word.isalpha()
        and word.isupper()
        and word.endswith(_SHOUTED_ENDINGS)
        # (an article's first word in capitals may be a name or a place: "HENRY Lowe, 45,",
        # "SYDNEY Harbour …")
        and bare(word) not in FIRST_NAMES
        and not is_place([word.capitalize()])
    )


def germanic_opener(word: str) -> bool:
    """True for one such word in plainly German or Dutch text (not "Nu" or "Da" elsewhere)."""
    return language() in ("german", "dutch") and bare(word) in _GERMANIC_OPENERS


# lower-case articles, possessives and prepositions no name or role ends on
_DANGLING = frozenset(
    "su sus suo sua suoi sue la el le les il lo los las de di da del della des du"
    " the a an of his her their its".split()
)


def romance_opener(word: str) -> bool:
    """True for a Romance adverb, preposition or pronoun opening a sentence capitalized
    ("Según", "Ante", "Poi", "Lo", "Quanto", "Puis") in text of its language: never a
    person."""
    if language() in ("french", "portuguese"):
        return word.lower() in _OPENERS_FR_PT  # "Quanto ao resto, encolhe os ombros:"
    return word.lower() in _ROMANCE_OPENERS and language() in ("spanish", "italian")


# Portuguese pronouns written after their verb with a hyphen ("Limitou-se", "Disse-lhe")
_ENCLITICS = frozenset("se lhe lhes me te nos vos lo la los las".split())


def plausible_speaker(name: str) -> bool:
    """False for a one-word "speaker" that is a common word ("Have", "See", "VERY", "That’s",
    "Another", "impeachment"): the rules caught a stray word, and no speaker beats a wrong one.
    Names, organisations ("DEA"), groups ("police") and roles ("the spokesman") pass."""
    words = name.split()
    if sum(len(w) > 1 and w.isupper() for w in words) >= 3:
        return False  # a headline in capitals ("BIG TEAM REFUSES TO STAY"), not a name
    if len(words) > 2 and words[-1] in _DANGLING:
        return False  # "Los vecinos del barrio llevan su": a clause cut short, not a name
    if len(words) == 2 and words[1].lower() in ("que", "qui", "che"):
        return False  # "O que mudou foi …:", "Ce qui …": a free relative, no one
    if len(words) != 1:
        return True
    word = words[0].strip(".,;:!?\"“”‘’'()[]")
    low = _CONTRACTION.sub("", word.lower())
    if acronym(word):
        return True
    if not low or low in STOPWORDS or low in _ENGLISH_STOPS:
        return False
    if "-" in word and word.rsplit("-", 1)[1] in _ENCLITICS:
        return False  # "Limitou-se a dizer: …", "Disse-lhe: …": a verb and its clitic
    if germanic_opener(word):
        return False  # "Vandaag", "Dann", "Zijn": an adverb or a possessive opening a sentence
    if romance_opener(word):
        return False  # "Según explicó, …", "Sólo dijo: …": the word before a subjectless verb
    if word[:1].islower():
        return low in GROUP_SPEAKERS or low in PERSON_ROLES or low in TITLES
    return True


ABBREVIATIONS = (
    MONTHS_SHORT_EN - {"may"}
    | US_STATE_ABBREVIATIONS
    | _words(
        """
    mr mrs ms dr sen rep gov gen lt col sgt capt adm maj cmdr st jr sr prof rev hon pres
    supt det insp atty ald no vol vs inc corp co ltd u.s u.n u.k d.c e.g i.e
    etc al fig approx est ft mt p.m a.m
    """
    )
)
# lower-case words inside a name: "Erik ten Hag", "Fatima el Amrani", "Jan van den Berg"
NAME_PARTICLES = _words("de van von da di del der den do dos das du la le ten ter el 't ’t de' de’")
NAME_SUFFIXES = _words("jr jr. sr sr. ii iii iv")
# personal titles before a name: what follows one alone is a surname ("Dr Fox"), never a body
HONORIFICS = _words("mr mrs ms miss mx dr prof sir dame lady lord")
# French and Portuguese signs, banners and slogans, whose words in marks are no one's
SIGN_NOUNS_FR_PT = load("sign_nouns_fr_pt")
SIGN_NOUNS_EN = load("sign_nouns_en")  # ("A sign on the door read: “…”")
SIGN_NOUNS_ES_IT = load("sign_nouns_es_it")  # ("una pancarta: «…»", "uno striscione: «…»")
# "Ana Lind KC", "Rory Dunne SC" (an Irish senior counsel), "Cian Hale BL", "Mairead Rowe TD"
POSTNOMINALS = frozenset("KC QC SC BL TD MP MSP MLA MEP OBE MBE CBE PhD".split())


PAREN_RE = re.compile(r"\([^()]{0,80}\)|\[[^\[\]]{0,80}\]")


def strip_parens(phrase: str) -> str:
    """The phrase without short parentheticals: "Sen. Jo Marlow (I-Vt.)" -> "Sen. Jo Marlow"."""
    return PAREN_RE.sub("", phrase)


def bare(word: str) -> str:
    """Lower-case word without edge punctuation and possessive."""
    w = word.strip(".,;:!?\"“”‘’'()[]").lower()
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    return w


def is_cap(word: str) -> bool:
    """True for a capitalized word ("Whitlock", "McAllister", "E.", "Ó'Brien")."""
    for ch in word:
        if ch.isalpha():
            return ch.isupper()
    return False


def acronym(word: str) -> bool:
    """True for a pronoun written in capitals, an organisation's acronym: "WHO", "US"."""
    return len(word) > 1 and word.isupper() and word.lower() in PRONOUNS


def possessive(word: str) -> bool:
    w = word.rstrip(".,;:")
    return w.endswith(("'s", "’s", "s'", "s’"))


def abbreviation(word: str) -> bool:
    """True for "Sen.", "E.", "G.K.", "Jr." (a full stop that does not end a sentence)."""
    if not word.endswith("."):
        return False
    core = word[:-1]
    if "." in core:
        return True
    low = core.lower()
    return len(core) == 1 or low in ABBREVIATIONS or low in TITLES


def surname_key(words: list[str]) -> str | None:
    """Lower-cased last name of a cleaned name ("Martin Luther King Jr." -> "king")."""
    for w in reversed(words):
        b = bare(w)
        if b and b not in NAME_SUFFIXES and b.rstrip(".") not in NAME_SUFFIXES:
            return b
    return None


def is_place(words: list[str]) -> bool:
    return " ".join(bare(w).rstrip(".") for w in words) in PLACES


def looks_like_org(words: list[str]) -> bool:
    """True when a capitalized run names an organisation or a place, not a person.

    A first name opening a longer run is no organisation word: "Bill Okafor" is a person,
    "the Farm Bill" is not."""
    whole = " ".join(bare(w).rstrip(".") for w in words)
    if words and _ELIDED_RE.match(words[0]):
        # "L'Agence France-Presse", "dell'Istituto X": the body's noun after the elided article
        words = [_ELIDED_RE.sub("", words[0], count=1), *words[1:]]
    if len(words) >= 2 and words[0] in ("Les", "Os") and romance_text():
        return True  # "Les Verts", "Les Saisons d'Aurillac", "Os Azuis": a group or a title
    first = 1 if len(words) >= 2 and bare(words[0]) in FIRST_NAMES else 0
    if first and len(words) == 2 and bare(words[1]) in _SURNAME_ORG_WORDS:
        return False  # "Laura Day", "Ana Law": a first name and a surname that is also a word
    if any(bare(w) in ORG_WORDS for w in words[first:]):
        # (but French "Un" opening a sentence is the article, not the UN: "Un éboulement …")
        return not (words[first:] == ["Un"] and language() == "french")
    if language() in ("german", "dutch") and any(
        body_word(w, k == first) or w.strip(".,") in LEGAL_FORMS
        for k, w in enumerate(words[first:], first)
    ):
        # "Stiftung Meeresforschung Nord", "Hebammenverband X", "Schaatsunie", "X Y BV"
        return True
    if language() == "italian" and any(
        bare(w).endswith("ificio") and bare(w) not in _NO_WORKS for w in words[first:]
    ):
        return True  # "Pastificio X", "Caseificio Y", "Calzaturificio Z": Italian works
    return whole in PLACES or " ".join(bare(w).rstrip(".") for w in words) in PLACES


_ELIDED_RE = re.compile(r"^(?:[LlDd]|[Dd]ell|[Nn]ell|[Aa]ll|[Ss]ull|[Dd]all)['’](?=[A-ZÀ-Ý])")

# Italian words on "-ificio" that name no business
_NO_WORKS = frozenset("beneficio sacrificio artificio orificio maleficio".split())
