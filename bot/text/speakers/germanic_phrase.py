"""Where a German or Dutch speaker's phrase starts and ends (private to ``before.py`` and
``resolve.py``).

German and Dutch put the finite verb second, so a sentence opening on an adjunct has its
subject after the verb ("In Den Bosch zei wethouder X dat …"); the phrase after a speech verb
may run on into a clause ("zei de wethouder nadat …") or an adverb and a listener ("sagte
Trainerin X danach gegenüber Reportern"); and German capitalizes every noun, so a word after its
article before a colon is a noun, no name ("das sei die schwerste Aufgabe:").
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.foreign import NOUN_ARTICLES
from bot.text.speakers.germanic import VERBS, germanic
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import GERMANIC_PREPOSITIONS, Token


def fronted_v2(
    rules: Any, toks: list[Token], v: int, n: int, any_verb: bool = False
) -> tuple[int, int] | None:
    """The subject after a German or Dutch speech verb that a fronted adjunct puts second:
    "In Den Bosch zei wethouder Els Rijnders dat …" / "Am Rande der Sitzung sagte Ministerin
    Ada Roth, …" -> the noun phrase after the verb (a capitalized one: a name or a role and
    a name), when the adjunct opens the sentence on a preposition and holds no comma but
    the one closing a clause right before the verb ("Auf die Frage, ob …, sagte X:")."""
    if (
        (
            v < 2
            and not (
                v == 1
                and (
                    fronted_manner(toks[0][0], rules.people.registry, toks[1][0])
                    or fronted_adverb(toks[0][0], rules.people.registry)
                )
            )
        )
        or v + n >= len(toks)
        or (toks[0][0].lower() not in GERMANIC_PREPOSITIONS and v >= 2)
        or not toks[0][0][:1].isupper()
        or (toks[v][0].lower() not in VERBS and not any_verb)
        or any(t[0] in ";:" for t in toks[:v])
        or (any(t[0] == "," for t in toks[:v]) and toks[v - 1][0] != ",")
        or not germanic()
        # a pronoun right after the verb is the subject ("Dann sagte ich zu Peter:", "Dus zei
        # ik tegen Pieter:", "So sieht es auch die Ärztin X:"): no name after it is
        or toks[v + n][0].lower() in _PRONOUNS_AFTER_VERB
    ):
        return None
    np = rules._np_after(toks, v + n)
    inner = [t for t in toks if np is not None and np[0] <= t[1] < np[1]]
    caps = [k for k, t in enumerate(inner) if t[0][:1].isupper()]
    if not caps:
        return None
    # the phrase ends with its name: "wethouder Els van Rijn vorige week" -> "… Els van Rijn"
    end = caps[0]
    while end + 1 < len(inner) and (
        inner[end + 1][0][:1].isupper()
        or (
            inner[end + 1][0] in _NAME_PARTICLES
            and end + 2 < len(inner)
            and inner[end + 2][0][:1].isupper()
        )
    ):
        end += 1
    return inner[0][1], inner[end][2]


# a German or Dutch adjective or participle of mood opening a sentence before the verb and
# its subject: "Zuversichtlich zeigte sich X:", "Kämpferisch gab sich die Ministerin:",
# "Gelassen reagierte X", "Tevreden toonde zich Y:", "Opgelucht reageerde Z"
_MANNER_RE = re.compile(
    r"(?:\w+(?:lich|lijk|ig|isch|bar|baar|los|loos|sam|zaam|haft|iv|ief)"
    r"|(?:ge|be|er|ver|ent|over|op|teleur)\w+(?:t|d|en))$"
)
# the comparative of such an adjective ("Kritischer äußerte sich X", "Vorsichtiger formulierte
# es Y"), a mood only before a verb of showing or judging (a surname such as "Steiger sagte")
_COMPARATIVE_RE = re.compile(r"\w{3,}(?:lich|lijk|ig|isch|bar|sam|haft)er$")
_MOOD_VERBS = frozenset(
    "äußerte äußert zeigte zeigt gab gibt formulierte formuliert wurde wird klang klingt"
    " reagierte reagiert fiel fällt urteilte urteilt bewertete bewertet sah sieht".split()
)
_MOODS = frozenset(
    """zufrieden froh stolz sauer wütend gelassen optimistisch skeptisch tevreden blij trots
    boos kwaad somber positief negatief kritisch optimistisch sceptisch""".split()
)


def fronted_manner(word: str, registry: dict, verb: str = "") -> bool:
    """True for a word of mood opening a German or Dutch sentence ("Zuversichtlich",
    "Gelassen", "Tevreden", "Kritischer" before ``verb`` "äußerte"), no first name and no one
    the text names."""
    low = word.lower()
    comparative = _COMPARATIVE_RE.match(low) is not None and verb.lower() in _MOOD_VERBS
    return (
        word[:1].isupper()
        and word.isalpha()
        and (low in _MOODS or _MANNER_RE.match(low) is not None or comparative)
        and low not in FIRST_NAMES
        and low not in registry
        and germanic()
    )


# words of the German and Dutch opener list (``names.germanic_opener``) that can be a clause's
# own subject or open a subordinate clause ("Ich sagte Müller …", "Het meldde …", "Als …"):
# no adverb fronted before the verb
_NOT_FRONTED = frozenset(
    "ich wir ik wij we mein meine unser unsere sein seine ihr ihre mijn ons onze zijn haar hun"
    " het en und als wenn weil obwohl dass omdat hoewel terwijl was wat welche welcher welches"
    " welk welke diese dieser dieses deze".split()
)


def fronted_adverb(word: str, registry: dict) -> bool:
    """True for a German or Dutch adverb or connective opening a sentence before its finite
    verb, which puts the subject after that verb ("Stattdessen spricht die Geschäftsführung
    von …", "Vervolgens zei wethouder X:"): the general verb-second shape with an adverb in
    front, never the subject itself (no one the text names, no pronoun or possessive)."""
    low = word.lower()
    return (
        word[:1].isupper()
        and nm.germanic_opener(word)
        and low not in _NOT_FRONTED
        and low not in registry
        and low not in FIRST_NAMES
    )


_NAME_PARTICLES = frozenset("van von de der den ter te zu vom".split())

# German and Dutch personal pronouns that are a verb-second clause's subject when they follow
# its verb (not "ihr", a possessive too, "ihr Anwalt X", nor "het", the Dutch article)
_PRONOUNS_AFTER_VERB = frozenset(
    "ich du er sie es wir man ik jij je hij zij ze wij we jullie u men".split()
)


# German nouns of what is said, fronted before the verb with its subject after it: "Kritik kam
# von der Opposition:", "Scharfe Kritik übte X:", "Deutliche Worte fand auch X:", "Lob gab es
# von Y:"
_SAID_NOUNS = frozenset(
    "kritik lob worte zustimmung widerspruch unterstützung ablehnung beifall applaus warnungen"
    " zuspruch rückendeckung".split()
)
_SAID_VERBS = frozenset("kam kommt übte übt fand findet gab gibt erntete hagelte".split())


def fronted_said_noun(toks: list[Token]) -> int | None:
    """For a German clause opening on a noun of what is said (an adjective before it at most)
    and a verb that puts its subject after it, the token where that subject's phrase starts
    (past "es", "auch", "von"/"vom"/"aus" and an article), else None."""
    if language() != "german":
        return None
    v = next((v for v in (1, 2) if v < len(toks) and toks[v][0].lower() in _SAID_VERBS), 0)
    if not v or toks[v - 1][0].lower() not in _SAID_NOUNS or not toks[0][0][:1].isupper():
        return None
    k = v + 1
    while k < len(toks) and toks[k][0].lower() in ("es", "auch", "von", "vom", "aus", "seitens"):
        k += 1
    while k < len(toks) and toks[k][0].lower() in ("der", "die", "dem", "den", "des"):
        k += 1  # the article: the name or noun after it
    return k if k < len(toks) and toks[k][0][:1].isupper() else None


_GERMAN_ARTICLES = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner "
    "mein meine meinen meinem meiner unser unsere unseren unserem unserer".split()
)


def noun_after_article(before: list[str]) -> bool:
    """True when the words before a capitalized German word make it a noun, not a name: an
    article right before it, or an article and one lower-case adjective ("die schwerste
    Aufgabe:", "ein Satz:")."""
    if language() != "german" or not before:
        return False
    if before[-1].lower() in _GERMAN_ARTICLES:
        return True
    return len(before) == 2 and before[0].lower() in _GERMAN_ARTICLES and before[1].islower()


# German and Dutch conjunctions opening a subordinate clause after the speaker's phrase: "zei
# de wethouder nadat het debat was afgelopen", "sagte die Ärztin, als sie …"
_SUBORDINATORS = frozenset(
    "toen nadat terwijl omdat wanneer zodra zodat als nachdem während weil wenn bevor sobald "
    # (a subject or object clause after the quotation: "Es sei „…“, dass …, hieß es")
    "dass daß ob warum weshalb wieso weswegen waarom".split()
)


def opens_clause(word: str) -> bool:
    """True for a German or Dutch word opening a clause of its own after a quotation's comma,
    never its speaker: "‘…’, al vond zij …", "„…“, obwohl …", "‘…’, maar …", or an adjunct's
    preposition: "„…“ für die Stadt und kündigte …"."""
    return language() in ("german", "dutch") and (
        word in _SUBORDINATORS or word in _CONCESSIVE or word in GERMANIC_PREPOSITIONS
    )


_CONCESSIVE = frozenset("al hoewel ofschoon maar obwohl wobei aber doch".split())


def clause_at(words: list[str], k: int) -> bool:
    """True when a German or Dutch subordinating conjunction at k ends the speaker's phrase,
    or in German a lower-case word after a capitalized one that no name or office goes on
    with: an adverb or a listener ("Trainerin Ilja Brand danach gegenüber Reportern")."""
    if not 0 < k < len(words):
        return False
    if words[k] in _SUBORDINATORS and language() in ("german", "dutch"):
        return True
    return (
        words[k].isalpha()
        and words[k].islower()
        and words[k - 1][:1].isupper()
        and words[k] not in _INSIDE_PHRASE
        and sum(w[:1].isupper() for w in words[:k]) >= 2  # a name ("Das sieht X so" is none)
        and language() == "german"
    )


# lower-case words inside a German speaker's phrase: "die Chefin der Firma X", "Ministerin
# für Umwelt", "Sprecher vom Verein"
_INSIDE_PHRASE = frozenset(
    "der die das den dem des von vom van zu zur zum und für im am beim bei aus in an auf de".split()
)


# a German or Dutch finite "be" or "have" right after a word read as a speech verb opening
# the sentence: the word was a fronted participle ("Versichert sei er zwar, …", "Verwacht
# wordt dat …"), no verb with its subject after it
FINITE_BE_HAVE = frozenset(
    "sei ist war wäre seien sind waren habe hat hatte hätte wird wurde würde is was zijn waren "
    "wordt werd heeft had hebben".split()
)


# the article or possessive opening a German or Dutch role phrase the sentence starts on
_ROLE_OPENERS = frozenset(
    "der die das ein eine sein seine ihr ihre dessen deren unser unsere de het een zijn haar "
    "hun ons onze".split()
)


def apposed_name(toks: list[Token], k: int, chunk: list[Token]) -> tuple[int, int] | None:
    """The full name in commas after a German or Dutch role phrase opening the sentence: "Sein
    Verteidiger, Rechtsanwalt Jan Pohl, kündigte an" / "Haar advocaat, Kees de Wit, zei" ->
    the name (``toks[:k]`` the role phrase, ``chunk`` what the commas hold: a role word at
    most, then a first name the list knows and the rest of the name)."""
    if not (2 <= k <= 6 and toks[0][0].lower() in _ROLE_OPENERS and germanic()):
        return None
    first = next((c for c in range(min(2, len(chunk))) if _first_name(chunk[c][0])), None)
    tail = chunk[first:] if first is not None else []
    if not 2 <= len(tail) <= 4 or not (tail[-1][0][:1].isupper() and tail[-1][0].isalpha()):
        return None
    if not all(t[0][:1].isupper() or t[0] in _NAME_PARTICLES for t in tail[1:]):
        return None
    return tail[0][1], tail[-1][2]


def _first_name(word: str) -> bool:
    return word[:1].isupper() and word.split("-")[0].lower() in FIRST_NAMES


# what governs a German noun before it: a preposition (fused with its article or not), or "als"
_GOVERNING = GERMANIC_PREPOSITIONS | frozenset("als beim vom ins ans".split())


def governed_noun(text: str, start: int, end: int) -> bool:
    """True in German for one capitalized word a preposition governs, with an article and an
    adjective or not between them ("Dann, nach einer Pause: „…“", "halb als Witz: »…«", "In
    einer Stellungnahme heißt es: »…«"): a noun the clause is about, never its speaker."""
    word = text[start:end]
    if language() != "german" or not word.isalpha() or not word[:1].isupper():
        return False
    after = text[end : end + 40].split()[:1]
    if after and after[0][:1].isupper():
        return False  # "für Oberbürgermeister Frank X": a title before a name
    before = [w.lower() for w in text[max(0, start - 60) : start].split()[-3:]]
    if len(before) > 2 and before[-2] in _DETERMINERS_DE and before[-1][-1:] in "enrs":
        before = before[:-1]  # "einer schriftlichen"
    if len(before) > 1 and before[-1] in _DETERMINERS_DE:
        before = before[:-1]  # (a possessive too: "Angesprochen auf seinen Vertrag sagte …")
    return bool(before) and before[-1] in _GOVERNING


# articles and third-person possessives between a preposition and the noun it governs
_DETERMINERS_DE = _GERMAN_ARTICLES | frozenset(
    "sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres".split()
)


# prepositions of place, time and occasion (not of the one spoken to or about: "sagte zu",
# "gegenüber", "zei tegen", "über", "met")
_PLACE_TIME_PREPS = frozenset(
    "in im am bei beim auf nach vor während seit zum zur tijdens op bij na aan".split()
)
# prepositions fused with an article ("im Ausschuss", "am Montag")
_FUSED = frozenset("im am beim zum zur".split())


def _lower_words(toks: list[Token], j: int) -> int:
    """The token after the lower-case words from ``j`` (adjectives; Dutch nouns), stopping at
    a preposition and before a role noun a first name follows ("wethouder Anna X")."""
    while (
        j < len(toks)
        and toks[j][0].isalpha()
        and toks[j][0].islower()
        and toks[j][0] not in GERMANIC_PREPOSITIONS
        and not (j + 1 < len(toks) and toks[j + 1][0].lower() in FIRST_NAMES)
    ):
        j += 1
    return j


_GERMANIC_ARTICLES = frozenset(
    "der die das dem den des einer einem eines ein eine de het een".split()
)


def subject_after_adjunct(toks: list[Token], k: int) -> int | None:
    """The token where the subject starts after a German or Dutch speech verb and one or two
    prepositional adjuncts from token ``k`` ("„…“, sagte am Montag im Ausschuss Stadträtin
    X", "‘…’, zei tijdens de vergadering wethouder X"): a known first name, or the word before
    one (a role noun), right after an adjunct's noun; None when no such subject follows."""
    if not germanic():
        return None
    for _ in range(3):
        if k + 3 >= len(toks) or toks[k][0].lower() not in _PLACE_TIME_PREPS:
            return None
        j = k + 1
        # (with no article, a name right after the noun is the one visited or spoken to:
        # "bei Bundeskanzler X"; a role and a name after it is the subject: "auf Nachfrage
        # Stadträtin X")
        articled = toks[k][0].lower() in _FUSED
        if toks[j][0].lower() in _GERMANIC_ARTICLES:
            j += 1
            articled = True
        j = _lower_words(toks, j)  # an adjective, or a Dutch noun: "im zuständigen …", "de raad"
        if j < len(toks) and toks[j][0][:1].isupper() and toks[j][0].lower() not in FIRST_NAMES:
            j += 1  # a German noun: "im Ausschuss"
        while j + 2 < len(toks) and (
            (toks[j][0] in ("van", "von") and toks[j + 1][0].lower() in _GERMANIC_ARTICLES)
            or toks[j][0] in ("der", "des")
        ):
            # a complement of the noun: "na afloop van de vergadering", "am Ende der Sitzung"
            j += 2 if toks[j][0] in ("van", "von") else 1
            j = _lower_words(toks, j)
            if j < len(toks) and toks[j][0][:1].isupper() and toks[j][0].lower() not in FIRST_NAMES:
                j += 1
        if j == k + 1 or j + 1 >= len(toks):
            return None
        if toks[j][0].lower() in GERMANIC_PREPOSITIONS:
            if toks[j][0].lower() in _PLACE_TIME_PREPS:
                k = j  # a second adjunct: "am Montag im Ausschuss"
                continue
            return None  # (a phrase of its own: "na een gesprek met X", "von Anna X")
        word = toks[j][0]
        if articled and word.lower() in FIRST_NAMES and toks[j + 1][0][:1].isupper():
            return j  # "… im Ausschuss Lucia Brandt"
        role = word.isalpha() and (word[:1].isupper() or language() == "dutch")
        if j + 2 < len(toks) and role and toks[j + 1][0].lower() in FIRST_NAMES:
            if toks[j + 2][0][:1].isupper():
                return j  # "… im Ausschuss Stadträtin Lucia Brandt", "in de raad wethouder X"
        k = j
    return None


# German articles, prepositions and conjunctions inside a fronted phrase, which are never its
# verb: "Im Hof der Alten Mühle sitzt …"
_NOT_VERBS = NOUN_ARTICLES | GERMANIC_PREPOSITIONS | frozenset("und oder auch von vom".split())
# endings of German inflected adjectives ("Auf der anderen Seite"), never a verb's in the
# singular that follows them ("saß", "sitzt", "steht", "wartete")
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def fronted_v2_subject(words: list[str]) -> bool:
    """True in German for the words before a name that make it the subject after a fronted
    prepositional phrase and the verb (verb second): "Unter den Zuhörern saß auch", "Auf der
    anderen Seite steht Landwirt" -> the name after them (the phrase closes on a capitalized
    noun before the verb); not a name inside the phrase itself ("Mit dem neuen Bürgermeister
    [X] sprach …": no verb before it)."""
    if (
        language() != "german"  # (Dutch writes its nouns in lower case, like its verbs)
        or not 3 <= len(words) <= 10
        or words[0].lower() not in GERMANIC_PREPOSITIONS
        or any(not w.replace("-", "").replace("’", "").replace("'", "").isalpha() for w in words)
    ):
        return False
    for k, w in enumerate(words[1:], 1):
        if not w.islower() or w in _NOT_VERBS:
            continue
        if w.endswith(_ADJECTIVE_ENDINGS) and not w.endswith("te"):
            continue  # "anderen": an adjective inside the phrase
        # the verb, with a noun before it closing the phrase; after it only adverbs, a time
        # ("am Abend") or capitalized role words
        return k >= 2 and words[k - 1][:1].isupper()
    return False


# a German or Dutch age noun: "der 58-Jährige", "die 61-jährige", "de 47-jarige"
_AGED_RE = re.compile(r"\d{1,3}-(?:[Jj]ährige[rn]?|jarige)")


def aged_after_object(toks: list[Token]) -> tuple[int, int] | None:
    """The subject after the verb of a German or Dutch sentence that opens on its object:
    "Betriebsbedingte Kündigungen schloss der 58-Jährige nicht aus: „…“", "Einen Sozialplan
    lehnte die 61-Jährige ab:" -> "der 58-Jährige" (an age noun is a person; the noun phrase
    before the verb is what they spoke of, no speaker). Only an age noun right after the verb,
    with no comma before it."""
    if not germanic() or len(toks) < 4 or not toks[0][0][:1].isupper():
        return None
    for j in range(2, len(toks) - 1):
        if toks[j - 1][0] in (",", ";") or toks[j][0] in (",", ";"):
            return None
        if (
            toks[j][0] in ("der", "die", "de")
            and _AGED_RE.fullmatch(toks[j + 1][0])
            and toks[j - 1][0].isalpha()
            and toks[j - 1][0].islower()
            and toks[j - 2][0][:1].isupper()
        ):
            return toks[j][1], toks[j + 1][2]
    return None
