"""Quotations from someone's own writings: a diary or logbook entry, a notebook's page, a
letter, a card or a dedication, the sentence before a colon naming the writing (private to
``attribution.py``).

The writing never speaks ("ein Eintrag vom Mai 1987 findet sich: »…«", "Una pagina del 2014
recita: «…»", "Um deles diz: «…»" is no one named "ein Eintrag", "una pagina", "um deles");
the writer does, when the sentence names them:

- an agent after a participle of writing: "un biglietto, firmato dal maestro del paese, Ugo
  Pinna: «…»", "uma carta escrita por uma aluna de 9 anos diz: «…»";
- a possessive before the writing's noun, in the sentence or in the sentence before: "In
  seinem Tagebuch steht: »…«", "His logbooks fill a shelf. An entry from 1968 reads:
  ‘…’" (the person the possessive stands for; not a page's or an entry's possessive, "sus
  páginas" are the notebook's).

When it names no writer, a writing's noun in the speaker's place leaves the words to no one:
only when it heads the phrase ("ein Eintrag", "Mai"); a person named with a month or a
writing's word ("June Harper", "Luca Maggio") and the people of a letter ("Los firmantes de
la carta") speak. A keeper of another's writings ("teneva i diari del padre") is no writer.
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.lexicon import load
from bot.text.speakers import names as nm
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import GERMANIC_PREPOSITIONS

# what a person writes and keeps or leaves behind (a whole, whose possessive names its writer)
_CONTAINERS = frozenset(
    """diary diaries journals notebook notebooks logbook logbooks letter letters postcard
    postcards carnet carnets cahier cahiers lettre lettres tagebuch tagebuchs tagebücher
    tagebüchern notizbuch notizbüchern notizbücher feldbuch feldbücher feldbüchern logbuch
    brief briefe briefen postkarte dagboek dagboeken dagboekje notitieboek notitieboekje
    notitieboekjes veldboek veldboekje veldboekjes logboek logboeken brieven briefje
    diario diari quaderno quaderni taccuino taccuini lettera lettere biglietto cuaderno
    cuadernos libreta libretas caderno cadernos diário diários bilhete bilhetes carta cartas
    tarjeta tarjetas postal postales cartolina cartoline kaart kaartje kaartjes karte karten""".split()
)
# a part of such a writing: its own possessive is the writing's ("sus páginas")
_PARTS = frozenset(
    """entry entries page pages entrée entrées eintrag einträge seite notitie notities pagina
    pagine página páginas bladzijde""".split()
)
# English possessives and the owner's sex; German and Dutch ones show it too
_OWNER_SEX = {
    "her": "f",
    "his": "m",
    "ihr": "f",
    "ihrem": "f",
    "ihren": "f",
    "ihrer": "f",
    "ihre": "f",
    "sein": "m",
    "seine": "m",
    "seinem": "m",
    "seinen": "m",
    "seiner": "m",
    "haar": "f",
    "zijn": "m",
}
# Romance third-person possessives (the owner's sex unknown)
_ROMANCE_OWNERS = frozenset("ses son sa suo sua suoi sue su sus seu sua seus suas".split())
# a participle of writing, then (a few words on) its agent: "firmato nel 1980 dal
# maestro del paese", "escrito a lápis por um aluno de 10 anos", "written by his son"
_AGENT_RE = re.compile(
    r"\b(?:written|signed|scritt[oaie]|firmat[oaie]|escrit[oa]s?|firmad[oa]s?|assinad[oa]s?"
    r"|écrite?s?|signée?s?|geschrieben|unterschrieben|geschreven|ondertekend)\b"
    r"(?:[^\W\d_]*\W+|\d+\W+){0,5}?\b(?:by|par|por|pelo|pela|dal|dalla|dallo|da|von|vom|door)\s+"
    r"(?P<agent>[^,:;.]{3,80}?)(?:,\s*(?P<named>[^,:;.]{3,60}?))?\s*[,:]"
)
_AGENT_PREPS = frozenset("by par por pelo pela dal dalla dallo von vom door".split())
# a verb that reads a writing's words out, with no person speaking
_READS_RE = re.compile(
    r"(?i)\b(?:reads?|read|recita|lê-se|se lee|si legge|on (?:y )?lit|on peut lire|steht|stand"
    r"|staat|stond|findet sich)\b"
)
# what stands in the speaker's place and is no one: one of them, a month
_NOT_WRITERS = frozenset(
    "them delas deles ellas ellos esse essi quelle quelli davon ervan".split()
) | load("months_en", "months_fr", "months_de", "months_nl", "months_es", "months_it", "months_pt")


# a German or Dutch ordinal's stop, read as a sentence's end: "am 4. April"
_ORDINAL_END_RE = re.compile(r"\b\d{1,2}\.\s*\Z")


def _noun(word: str) -> str:
    return nm.bare(word).lower()


def _writing_noun(word: str) -> bool:
    low = _noun(word)
    if low in ("diario", "diari") and language() != "italian":
        return False  # (a Spanish "diario" is a newspaper: "dijo a este diario")
    return low in _CONTAINERS or low in _PARTS


# words before a phrase's head noun, and words that end its first noun group
_LEADS = frozenset(
    """a an the one some another un une l le la les los las lo el il lo gli i uno una um uma
    o os as ein eine einer eines einem einen der die das den dem des een het de her his their
    its my our sa son ses leur su sus suo sua suoi sue seu seus suas ihr ihre ihrem ihren ihrer
    sein seine seinem seinen seiner zijn haar hun""".split()
)
_PREPS = frozenset(
    """of from in on by de du des d del della dello dei degli delle di da do dos das van von
    vom aus uit à a em no na nos nas en to for about with aan naar al ai alla aux au""".split()
)


def no_writer(phrase: str) -> bool:
    """True for a speaker phrase whose head is a writing, a share of them or a date alone ("ein
    Eintrag vom Mai 1987", "una pagina", "uma delas", "One of them", "Mai"): no one who speaks.
    Not a person named with such a word ("June Harper", "Anna Mai", "Paul Janvier"), nor the
    people of a writing ("Los firmantes de la carta", "The author of the letter")."""
    words = [w for w in phrase.split() if _noun(w)]
    group: list[str] = []
    for k, word in enumerate(words):
        low = _noun(word)
        if low in _PREPS and (group or k > 0):
            break
        group.append(word)
    heads = [w for w in group if _noun(w) not in _LEADS]
    if not heads:  # "One of them", "uma delas" (the quantifier alone): what follows
        rest = [_noun(w) for w in words[len(group) :] if _noun(w) not in _PREPS]
        return bool(rest) and rest[0] in _NOT_WRITERS
    if any(
        w[:1].isupper() and _noun(w) not in _NOT_WRITERS and not _writing_noun_any(w) for w in heads
    ):
        return False  # a capitalised name run is a person ("June Harper", "Anna Mai")
    return any(_noun(w) in _NOT_WRITERS or _writing_noun_any(w) for w in heads)


def _writing_noun_any(word: str) -> bool:
    low = _noun(word)
    return low in _CONTAINERS or low in _PARTS


def _owner(rules: Any, start: int, end: int) -> str | None:
    """The person a possessive right before a writing's whole (an adjective between at most)
    stands for, in text[start:end]; None when there is none."""
    words = [(m.group(), m.start()) for m in re.finditer(r"[^\W\d_]+", rules.text[start:end])]
    for k, (word, _) in enumerate(words):
        if _noun(word) not in _CONTAINERS or not _writing_noun(word):
            continue  # (a part's possessive is the writing's: "sus páginas")
        for back in (1, 2):
            if k - back < 0:
                break
            det, at = words[k - back]
            low = det.lower()
            if low in _OWNER_SEX or low in _ROMANCE_OWNERS:
                if low == "su" and language() == "italian":
                    break
                if low not in _PERSONAL and _noun(word) not in _OWN_HAND:
                    break  # (a body's letter: "nella sua lettera", "in ihrem Brief")
                if low == "zijn" and _dutch_verb(words, k - back):
                    break  # ("Er zijn brieven gevonden", "Sinds maandag zijn brieven …": a verb)
                if any(
                    start <= m.pos < start + at and not _PRONOUN_RE.match(rules.text, m.pos)
                    for m in rules.people.mentions
                ):
                    return None  # ("Il figlio Paolo ha ritrovato i suoi diari": whose?)
                sex = _OWNER_SEX.get(low)
                return rules.people.antecedent(start + at, sex)
    return None


# what opens a Dutch main clause before its verb: "Er zijn", "Sinds maandag zijn", "Op de
# zolder zijn brieven gevonden" (not a subject: "Hij las zijn brieven")
_DUTCH_OPENERS = GERMANIC_PREPOSITIONS | frozenset(
    """er nu toen inmiddels sindsdien daarom ook intussen daar hier sinds volgens vorige deze
    afgelopen gisteren vandaag eerder begin eind dit""".split()
)
_DUTCH_BEFORE_NOUN = GERMANIC_PREPOSITIONS | frozenset("en of de het een al".split())


def _dutch_verb(words: list[tuple[str, int]], at: int) -> bool:
    """True when the Dutch "zijn" at words[at] is the verb in a main clause's second place, a
    few words after an adverb or a phrase of time or place opening the sentence."""
    if not 0 < at <= 5 or words[0][0].lower() not in _DUTCH_OPENERS:
        return False
    return words[at - 1][0].lower() not in _DUTCH_BEFORE_NOUN or words[at - 1][0].lower() == "er"


# a subject pronoun: "She left behind her notebooks" keeps the possessive the subject's
_PRONOUN_RE = re.compile(r"(?:She|He|Sie|Er|Zij|Ze|Hij|Elle|Il|Lei|Ella|Ela|Ele)\b")
# possessives only a person's writing takes (a Romance one, or German "ihr" -- "their" too --
# may be a body's, and only a diary or a notebook is surely a person's)
_PERSONAL = frozenset("her his sein seine seinem seinen seiner zijn haar".split())


# what a person keeps in their own hand (not letters, which others write to them)
_OWN_HAND = frozenset(
    """diary diaries notebook notebooks logbook logbooks carnet carnets cahier cahiers
    tagebuch tagebücher tagebüchern notizbuch notizbücher notizbüchern feldbuch feldbücher
    feldbüchern logbuch dagboek dagboeken notitieboek notitieboekje veldboek veldboekje logboek
    diario diari quaderno quaderni taccuino cuaderno cuadernos libreta caderno cadernos
    diário""".split()
)
# a named person opening a sentence, then a verb of keeping or writing one: "Ada Neri tiene
# un taccuino dal 2004", "Lind kept a logbook", "Moser führte Tagebuch", "Visser hield een
# dagboek bij" (not "Anna guardava i quaderni del padre": a keeper, not the writer)
_KEEPS_RE = re.compile(
    r"(?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}(?:has\s+|had\s+|ha\s+|a\s+|hat\s+|heeft\s+)?"
    r"(?:kept|keeps|wrote|writes|filled|tiene|teneva|tenuto|tenía|llevaba|llevó|tient|tenait"
    r"|tenu|führt|führte|geführt|hält|hielt|houdt|hield|mantém|mantinha|scriveva|escribía"
    r"|escrevia|écrivait|schrieb|schreef|noteerde|notierte|notait|annotava|anotaba|anotava)\b"
)


def _keeper(rules: Any, start: int, end: int) -> str | None:
    """The person named at ``start`` whose sentence (to ``end``) has them keep a writing in
    their own hand ("Ada Neri tiene un taccuino dal 2004.")."""
    sentence = rules.text[start:end]
    if _KEEPS_RE.match(sentence) is None or not any(
        _noun(w) in _OWN_HAND and _writing_noun(w) for w in sentence.split()
    ):
        return None
    if _OTHERS_RE.search(sentence):
        return None  # "Anna Neri teneva i diari del padre": kept, written by another
    return next((m.name for m in rules.people.mentions if m.pos == start), None)


# a writing another person wrote: "i diari del padre", "les carnets de son grand-père", "los
# cuadernos de su abuelo", "her late husband's diary", "die Tagebücher ihres Vaters"
_OTHERS_RE = re.compile(
    r"(?i)\b(?:diar(?:y|ies|i|io|ios)|notebooks?|logbooks?|carnets?|cahiers?|tagebuch\w*"
    r"|notizb\w+|dagboek\w*|notitieboek\w*|quadern[oi]|taccuin[oi]|cuadernos?|libretas?"
    r"|cadernos?|diários?)\s+(?:\w+\s+)?(?:del|della|dello|degli|dei|delle|du|des|do|dos"
    r"|ihres|ihrer|seines|seiner|(?:of|de|di|da|van|von|vom)\s+(?:(?-i:[A-ZÀ-Ý])|(?:his|her|their"
    r"|the|my|son|sa|ses|su|sus|suo|sua|seu|sua|mon|ma|mio|mia|mi|meu|minha|zijn|haar|z'n"
    r"|seinem|seiner|ihrem|ihrer|der|dem|de|het|la|le|el|il|o|a)\b))"
    r"|\w(?:'s|’s|s')\s+(?:\w+\s+)?(?:diar(?:y|ies)|notebooks?|logbooks?)\b"
)


def writer(rules: Any, idx: int) -> tuple[str, int] | None | bool:
    """For a quotation after a colon ending a sentence about someone's writing: its writer (a
    phrase or a name, and where it stands), or False when the sentence names none; None when
    the quotation is no writing's."""
    span = rules.spans[idx]
    _, ps, _ = rules._para_of(span.open_at)
    start = rules._sentence_start(span.open_at, ps)
    # (only the few characters before the break can end on an ordinal: a search from the
    # paragraph's start would read the whole paragraph again for every quotation)
    while start > ps and _ORDINAL_END_RE.search(rules.text, max(ps, start - 8), start):
        start = rules._sentence_start(start - 1, ps)  # "Unter dem 4. | April 1982 steht dort:"
    head = rules.text[start : span.open_at].rstrip()
    if not head.endswith(":"):
        return None
    here = any(_writing_noun(w) for w in head.split())
    prev = rules._sentence_start(start - 1, ps) if start > ps else start
    before = rules.text[prev:start]
    earlier = any(_writing_noun(w) for w in before.split())
    if not here and not earlier:
        return None
    agent = _AGENT_RE.search(head)
    if agent is not None:
        # "un biglietto, firmato dal maestro del paese, Ugo Pinna:": the name in commas
        named = agent.group("named")
        # (not "written by her lawyer, seen by the Gazette,": another participle's agent)
        group = (
            "named"
            if named
            and any(w[:1].isupper() for w in named.split())
            and not any(w.lower() in _AGENT_PREPS for w in named.split())
            else "agent"
        )
        return agent.group(group).strip(), start + agent.start(group)
    if not here and not _READS_RE.search(head):
        return None  # (a writing in the sentence before, and this one reads it out)
    owner = _keeper(rules, start, span.open_at) or _keeper(rules, prev, start)
    owner = owner or _owner(rules, start, span.open_at)
    owner = owner or (_owner(rules, prev, start) if earlier else None)
    if owner is not None:
        return owner, start
    return False
