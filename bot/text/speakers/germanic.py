"""German and Dutch clause shapes before a quotation (private to ``attribution.py``).

German and Dutch main clauses put the verb second: when something else opens the clause, the
subject follows the verb ("Vor den Beschäftigten sagte er: „…“", "Daarna zei de
burgemeester: “…”"). And "laut"/"volgens" before a document ("warnte laut einer Mitteilung:")
names no speaker.
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.lexicon import load
from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.germanic_unnamed import unnamed_then_that
from bot.text.speakers.reading import language
from bot.text.speakers.roles import full_name_in
from bot.text.speakers.shapes import GERMANIC_PREPOSITIONS, Token

# the German and Dutch speech verbs (a verb-second clause is read only after one of these)
_VERBS = load("speech_verbs_de", "speech_verbs_nl")
VERBS = _VERBS  # (for germanic_phrase)
_PRONOUNS = frozenset("er sie hij zij ze".split())
SUBJECT_PRONOUNS = _PRONOUNS
# the infinitive closing "laat X weten", "ließ X mitteilen": the noun phrase ends before it
INFINITIVES = frozenset("weten wissen verlauten mitteilen ausrichten".split())
# prepositions between a name and the employer: "X Y vom Verband Pro Bahn", "X Y van de FNV"
_EMPLOYER_PREPS = frozenset("vom von van bei beim".split())
# articles after "laut"/"volgens" that open a document or a body, not a person's name
_DOC_ARTICLES = frozenset("einer einem eines dem der des een het".split())


def germanic() -> bool:
    """True while a plainly German or Dutch text is read."""
    return language() in ("german", "dutch")


def germanic_verb(word: str) -> bool:
    """True for a German or Dutch speech verb in lower case ("benadrukt", "sagte")."""
    return word.islower() and word in _VERBS


def v2_pronoun(toks: list[Token], v: int, n: int, registry: dict) -> tuple[int, int] | None:
    """The pronoun right after a German or Dutch speech verb that does not open its clause:
    "Vor den Beschäftigten sagte er:" -> "er" (but "Müller fragte sie:", a known person
    before the verb, asks someone)."""
    if v == 0 or v + n >= len(toks) or toks[v][0].lower() not in _VERBS:
        return None
    pron = toks[v + n]
    if pron[0] not in _PRONOUNS:
        return None
    if v + n + 1 < len(toks) and toks[v + n + 1][0][:1].isupper():
        return None  # "… sagte sie Müller": not the shape
    before = toks[v - 1][0]
    governed = v >= 2 and toks[v - 2][0].islower()  # "Vor den Beschäftigten sagte er"
    if before[:1].isupper() and nm.bare(before) in registry and not governed:
        return None
    comma = next((k for k, t in enumerate(toks[:v]) if t[0] == ","), 0)
    if before == "," and comma and all(t[0][:1].isupper() for t in toks[:comma]):
        if nm.bare(toks[comma - 1][0]) in registry:
            return None  # "X Y, lange ein Skeptiker, nennt sie …": the name opening it
    return pron[1], pron[2]


def document_after(toks: list[Token], v: int) -> bool:
    """True for "laut einer Mitteilung" / "volgens een verklaring" after a speech verb earlier in
    the clause: the document is no speaker, the verb's subject is."""
    return (
        v + 1 < len(toks)
        and toks[v + 1][0] in _DOC_ARTICLES
        and any(t[0].lower() in _VERBS for t in toks[:v])
    )


def article_epithet(toks: list[Token], k: int) -> int:
    """The last token of "Die 39-Jährige" / "De 36-jarige" opening a clause at k (an article
    and an age or a noun that starts with a digit), else k."""
    if (
        toks[k][0] in ("Der", "Die", "Das", "De", "Het")
        and k + 1 < len(toks)
        and toks[k + 1][0][:1].isdigit()
    ):
        return k + 1
    return k


def adjective_before(word: str) -> bool:
    """True for a German adjective before a capitalized noun: "längere Lieferzeiten", "klare
    Worte" -- the noun is an object, no speaker (a past-tense verb, "sagte Müller", is not one)."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 3
        and word.endswith(("e", "en", "er", "es", "em"))
        and not word.endswith(("te", "ten"))
        and word not in _VERBS
        and word not in nm.NAME_PARTICLES
        and word not in nm.ROLES_EU
        and word not in nm.TITLES
    )


def employer_before(toks: list[Token], k: int) -> int | None:
    """Where "vom"/"von der"/"van de" stands before the capitalized run at k when a full name
    comes before it ("Karl-Peter Naumann vom Fahrgastverband Pro Bahn"), else None (not in
    "Harry van der Maas", one name)."""
    p = k - 1
    if (
        p >= 2
        and toks[p][0] in ("in", "aus")
        and (
            toks[p - 1][0][:1].isupper()
            # ("X Y van de hogeschool in Plaats": a Dutch body by its kind)
            or (p >= 3 and toks[p - 1][0].islower() and toks[p - 2][0] in ("de", "het"))
        )
    ):
        # "X Y vom Institut für Z in Kiel hält …": the employer's place, the run before it
        e = p - 1
        while e > 0 and (toks[e - 1][0][:1].isupper() or toks[e - 1][0] in ("für", "voor")):
            e -= 1
        return employer_before(toks, e)
    if p >= 1 and toks[p][0] in ("der", "dem", "den", "de", "het"):
        p -= 1  # "X Y von der Universität Bonn"
    elif p >= 1 and toks[p][0].isalpha() and toks[p][0].islower() and toks[p - 1][0] == "van":
        p -= 1  # "X Y van zakenbank Z": a Dutch kind noun before the employer's name
    if (
        p >= 2
        and toks[p][0] in _EMPLOYER_PREPS
        and full_name_in([t[0] for t in toks[max(0, p - 4) : p]])
    ):
        return p
    return None


# a Dutch noun for a person by what they do ("filmcriticus", "medewerker", "verpleegster",
# "analist", "docent"), not for a document or a thing ("rapport", "onderzoek", "nummer")
_PERSON_NOUN_RE = re.compile(r"[a-zé]{3,}(?:er|aar|ent|ant|ist|icus|eur|or|ier|ster|man|vrouw)")
_THINGS = frozenset("nummer folder poster computer kader rapport onderzoek order monitor".split())
# (a spokesperson speaks for the body: "een woordvoerder van het ministerie" is left to
# ``spokes`` and the resolver, which give the body)
_SPOKES = frozenset("woordvoerder woordvoerster zegsman zegsvrouw persvoorlichter".split())


def unnamed_employee_before(toks: list[Token], k: int) -> int | None:
    """Where an unnamed person's phrase opens when the capitalized run at k is where they work
    or write: "Een filmcriticus van het weekblad X schreef", "een medewerker van supermarkt
    Y zei" (Dutch): the indefinite article, so the speaker is the person as written, not the
    body; else None. ("Een analist bij de bank Z" stays: the resolver reads "bij" apart.)"""
    p = k - 1
    if p >= 1 and toks[p][0].isalpha() and toks[p][0].islower() and toks[p][0] not in ("de", "het"):
        p -= 1  # the kind noun before the name: "van het weekblad X", "van supermarkt Y"
    if p >= 1 and toks[p][0] in ("de", "het"):
        p -= 1
    if p < 2 or toks[p][0] != "van" or language() != "dutch":
        return None
    noun = toks[p - 1][0]
    if not _PERSON_NOUN_RE.fullmatch(noun) or noun in _THINGS or noun in _SPOKES:
        return None
    a = p - 2 if toks[p - 2][0].lower() == "een" else p - 3
    return a if a >= 0 and toks[a][0].lower() == "een" and toks[a + 1][0].islower() else None


_IBERIAN_RE = re.compile(r"[áéíóúñãõç]|ez\b")


def object_cut(german: bool, words: list[str], text: str, end: int) -> list[str]:
    """In German text, "Helga Brandt Obst" before "auf dem Markt" (a first name, a surname and
    a third capitalized word, none of them a first name, then a lower-case word) is a name and
    the verb's object: "verkauft Helga Brandt Obst auf dem Markt" -> "Helga Brandt"."""
    if not german or len(words) != 3 or nm.bare(words[0]) not in FIRST_NAMES:
        return words
    if any(nm.bare(w) in FIRST_NAMES or not w[:1].isupper() for w in words[1:]):
        return words
    if _IBERIAN_RE.search(" ".join(words[1:])) or words[2][-1:] in "aoiu":
        return words  # "Nuria Rábano Castro": two Spanish or Portuguese surnames
    nxt = text[end : end + 20].split()[:1]
    return words[:2] if nxt and nxt[0][:1].isalpha() and nxt[0][:1].islower() else words


# a question asked by someone before the verb of answering: "Auf die Frage eines Reporters, ob
# …, antwortete der 52-Jährige", "Op de vraag van een verslaggever of …, reageerde X"
_QUESTION_NOUNS = frozenset("Frage Nachfrage Fragen vraag vragen".split())
_ASKER_LINKS = frozenset("eines einer des der van een de".split())


def _subject_then(subj: tuple[int, int] | None, toks: list[Token]) -> bool:
    """True when ``subj`` is the subject before the verb; not the one who asked the question
    a fronted phrase names ("Auf die Frage eines Reporters, ob …, antwortete X": X answers)."""
    if subj is None:
        return False
    k = next((k for k, t in enumerate(toks) if t[1] == subj[0]), None)
    if k is None or k < 2:
        return True
    links = 0
    while k - links - 1 > 0 and toks[k - links - 1][0] in _ASKER_LINKS and links < 2:
        links += 1
    return not (links and toks[k - links - 1][0] in _QUESTION_NOUNS)


# the Dutch and German "that" opening a reported clause after the verb of saying
_THAT = frozenset("dat dass".split())
# a definite article opening the verb's object: "vindt de discussie overdreven", "hält das
# Ganze für übertrieben"
_OBJECT_ARTICLES = frozenset("de het den dem das die der".split())
# the relative pronoun right after the noun that makes the words before the comma a noun
# phrase with its own clause, not a sentence ("Ein Mann wurde verletzt, sagte die Polizei")
_RELATIVES = frozenset("die dat der das welche welcher".split())


def _manner_word(rest: list[str]) -> bool:
    """True for one lower-case adverb of manner closing the clause after the subject:
    "antwortete der 52-Jährige ausweichend:", "zei de burgemeester kortaf:" (no article,
    preposition or pronoun, which would open a phrase of its own)."""
    return (
        len(rest) == 1
        and rest[0].isalpha()
        and rest[0].islower()
        and len(rest[0]) > 3
        and nm.bare(rest[0]) not in GERMANIC_PREPOSITIONS
        and rest[0] not in _NOT_MANNER
    )


_NOT_MANNER = frozenset(
    "dass denn aber oder weil wenn doch noch auch schon dann sich ihnen einem einer eines "
    "omdat maar want zich hen haar hun".split()
)


def inverted_verb(rules: Any, toks: list[Token], v: int, n: int) -> tuple[int, int] | None:
    """Reported speech closed by an inverted German or Dutch verb before a quotation: "De
    rassen zijn klassiek veredeld, benadrukt collega Rahul Sharma." / "…, sagt Stolz: „…“" ->
    the noun phrase after the verb (``rules`` reads the phrases: ``PhraseRules``). Not when the
    clause has its subject before the comma ("X Y, Präsidentin des Verbands, befürchtet
    längere Lieferzeiten:")."""
    if not (
        0 < v < len(toks) - n
        and toks[v - 1][0] == ","
        and germanic_verb(toks[v][0])
        and not _subject_then(rules._subject_before(toks, v), toks)
        and not adjective_before(toks[v + n][0])
    ):
        return None
    if toks[v + n][0] in _THAT and toks[v + n + 1 : v + n + 2]:
        # "Een buurvrouw die …, zegt dat de schade ‘…’": a "that" clause, no subject after the
        # verb; someone unnamed opening the sentence, as written
        return unnamed_then_that(toks, v)
    if (
        toks[v + n][0] in _OBJECT_ARTICLES
        and any(t[0] in _RELATIVES for t in toks[2:5])
        and (unnamed := unnamed_then_that(toks, v))
    ):
        # "Een oudere tuinder die anoniem wil blijven, vindt de hele discussie overdreven.
        # ‘…’": the verb's object after it ("de hele discussie"), no speaker; someone unnamed
        # opening the sentence with a clause of their own, as written
        return unnamed
    np = rules._np_after(toks, v + n)
    inner = [t for t in toks if np is not None and np[0] <= t[1] < np[1]]
    cut = next((i for i, t in enumerate(inner) if i and t[0] in _THAT), None)
    if np is not None and cut is not None and cut + 1 < len(inner):
        # "Op de vraag waarom …, antwoordde Jansen dat de vergunning …": the name, not the clause
        return np[0], inner[cut - 1][2]
    rest = [t[0] for t in toks if np is not None and t[1] >= np[1] and t[0][:1].isalnum()]
    if np is None or (rest and not _manner_word(rest)):
        return None
    inner = [t for t in toks if np[0] <= t[1] < np[1]]
    if len(inner) > 2 and inner[-1][0] in ("het", "hem", "dat", "dit") and language() == "dutch":
        return np[0], inner[-2][2]  # "noemde een recensent het ‘…’": not the object pronoun
    return np


def object_word(word: str) -> bool:
    """True for the word before a capitalized run that makes the run the verb's object or an
    employer, no speaker naming the quotation after a colon: a German or Dutch article ("hält
    das für einen Fehler:", "nahm die Mannschaft in die Pflicht:"), an adjective ("befürchtet
    längere Lieferzeiten:"), "vom"/"van" ("X Y vom Fahrgastverband Pro Bahn kritisierte:"), a
    preposition ("bat um Geduld:")."""
    return (
        word in nm.NOUN_ARTICLES
        or word in ("einen", "einem", "einer", "eines", "vom", "von", "van", "zum", "zur", "beim")
        or adjective_before(word)
        or word in GERMANIC_PREPOSITIONS  # "Kössler bat um Geduld:", "vroeg om begrip:"
    )


def clause_pronoun(toks: list[Token]) -> Token | None:
    """The subject pronoun of a short German or Dutch sentence that names no one, before a
    quotation standing alone: at its start ("Hij woont nog bij zijn ouders."), after an
    adverb ("Ook zij is overtuigd."), or after the verb that follows a fronted phrase ("Dann
    hielt er inne.", "In der Kabine habe sie laut werden müssen.", "Ob das gelingt, weiß sie
    nicht."); None for any other sentence (the pronoun only among its first eight words)."""
    if language() not in ("german", "dutch") or not toks:
        return None
    # (a longer fronted phrase or clause, closed by a comma, then the verb and the pronoun:
    # "Van de klacht dat kinderen niet meer lezen, wil ze niets weten.", "Von dem Plan,
    # die Halle zu schließen, hält er wenig.")
    c = next((k for k, t in enumerate(toks[:16]) if t[0] == ","), -1)
    if c >= 8 and c + 2 < len(toks) and toks[c + 2][0].lower() in _PRONOUNS:
        verb = toks[c + 1][0]
        if verb.isalpha() and verb.islower() and verb not in nm.STOPWORDS:
            return None if _plural(toks[c + 2][0], verb) else toks[c + 2]
    for k, tok in enumerate(toks[:8]):
        if tok[0].lower() not in _PRONOUNS:
            continue
        if k == 0 or (k == 1 and toks[0][0][:1].isupper() and toks[0][0].lower() in _ADVERBS):
            verb = toks[k + 1][0] if k + 1 < len(toks) else ""
            return None if _plural(tok[0], verb) else tok
        prev = toks[k - 1][0]
        if k >= 2 and prev.isalpha() and prev.islower() and prev not in nm.STOPWORDS:
            return None if _plural(tok[0], prev) else tok  # the finite verb right before it
        return None
    return None


def _plural(pronoun: str, verb: str) -> bool:
    """True for "sie"/"ze" with a plural verb: "Sie fordern mehr Lehrer", "Ze eisen meer geld"
    (they, no one person)."""
    return pronoun.lower() in ("sie", "ze") and (
        verb in ("sind", "waren", "zijn") or (verb.endswith("en") and verb.islower())
    )


# adverbs opening a Dutch or German sentence before its subject ("Ook zij", "Auch er") or
# before the verb and the subject ("Toch toonde ze zich …:", "Dann sagte er:")
ADVERBS = _ADVERBS = frozenset(
    """ook auch nu jetzt zelf selbst toch doch dann danach daarna later später ook daarop
    darauf daarom deshalb dennoch trotzdem tegelijk zugleich immerhin wel""".split()
)


def adverb_v2_pronoun(toks: list[Token]) -> Token | None:
    """The pronoun after the verb of a German or Dutch clause an adverb opens, before a colon:
    "Toch toonde ze zich een goede verliezer:" -> "ze" (a clause opening on a name, "Müller
    fragte sie:", is left alone: "sie" is asked there)."""
    if (
        len(toks) >= 3
        and toks[0][0].lower() in _ADVERBS
        and toks[1][0].islower()
        and toks[2][0].lower() in _PRONOUNS
        and language() in ("german", "dutch")
    ):
        return toks[2]
    return None


# "Der Herr Hofrat heißt Leopold X", "De nieuwe buurman heet Sem de Wit": who a noun names
_CALLED_RE = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]e|[Hh]et)\s+(?:(Herr|Frau|meneer|mevrouw)\s+)?([^\W\d_][\w-]+)\s+"
    r"(?:heißt|heet)\s+([^\W\d_a-z][\w'’-]+(?:\s+(?:van|von|de|der|den|ter|ten)){0,2}"
    r"\s+[^\W\d_a-z][\w'’-]+)"
)


def called_names(text: str) -> list[tuple[str, int, list[str], str | None]]:
    """(noun, where, full name, gender) for each "Der Herr Hofrat heißt Leopold X" of a German or
    Dutch text: the noun ("Hofrat", "buurman") then stands for that full name."""
    if not germanic():
        return []
    out = []
    for m in _CALLED_RE.finditer(text):
        title = m.group(1) or ""
        gender = (
            "m" if title in ("Herr", "meneer") else "f" if title in ("Frau", "mevrouw") else None
        )
        out.append((m.group(2).lower(), m.start(3), m.group(3).split(), gender))
    return out


# determiners opening a German object fronted before the verb ("Sein Ziel formulierte er …",
# "Den Vorwurf wies sie zurück:", "Einen Satz wiederholte sie mehrmals:"; an accusative
# article is never the subject's): the subject is the pronoun after the verb
_OBJECT_OPENERS = frozenset("sein seine seinen ihr ihre ihren den diesen einen keinen".split())


# capitalized German words of time that end a name after a verb: "Ende Juni", "Anfang Mai"
_TIME_NOUNS_DE = (
    nm.TIME_WORDS
    | load("months_de")
    | frozenset("ende anfang mitte heute gestern morgen abend vormittag nachmittag".split())
)


def fronted_object_pronoun(toks: list[Token]) -> tuple[int, int] | None:
    """The pronoun subject after the verb of a German clause that opens on a fronted object:
    "Sein Ziel formulierte er unmissverständlich:", "Den Vorwurf wies sie zurück:" -> "er",
    "sie"; or the named subject there ("Seine Kritik formulierte der Stadtrat Tobias Rieger
    deutlich:"); else None."""
    if len(toks) < 4 or language() != "german" or toks[0][0].lower() not in _OBJECT_OPENERS:
        return None
    noun, verb, pron = toks[1][0], toks[2][0], toks[3]
    if not noun[:1].isupper() or not verb.isalpha() or not verb.islower():
        return None
    if nm.bare(noun) in FIRST_NAMES:
        return None
    if pron[0] in ("er", "sie"):
        return pron[1], pron[2]
    # "Seine Kritik formulierte der Grünen-Stadtrat Tobias Rieger deutlich:", "Ihr Fazit zog
    # Trainerin Ana Wolf so:": a named subject (a role and a name, or a full name) after the
    # verb, up to the adverb or the colon
    j = 4 if pron[0] in ("der", "die") else 3
    end = j
    while (
        end < min(len(toks), j + 5)
        and toks[end][0][:1].isupper()
        and toks[end][0].lower() not in _TIME_NOUNS_DE
    ):
        end += 1  # (up to a time: "machte Kanzlerin Ana Roth Ende Juni klar:")
    if end - j < 2 or (
        end < len(toks)
        and toks[end][0] not in (":", ",")
        and not toks[end][0].islower()
        and toks[end][0].lower() not in _TIME_NOUNS_DE
    ):
        return None
    return pron[1], toks[end - 1][2]
