"""Where the speaker's noun phrase after a speech verb starts and ends (private to the
speaker modules): "sagte der 57-Jährige [unter Applaus]", "zei Jansen [met een glimlach]",
"dijo Ruiz [poco antes]", "gaf Jansen [toe]", "ließ X [über seinen Anwalt erklären]",
"a répondu le prévenu, X" (a participle after its article is a noun), and a pronoun then its
listener ("sagte er der Nachrichtenagentur X"). ``ObjectRules._np_after`` reads them.
"""

from __future__ import annotations

import re

from bot.text.lexicon import load
from bot.text.speakers import names as nm
from bot.text.speakers.bodywords import body_word
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.germanic import INFINITIVES, SUBJECT_PRONOUNS
from bot.text.speakers.orgs_germanic import kind
from bot.text.speakers.reading import language
from bot.text.speakers.roles import AFTER_NAME, full_name_in
from bot.text.speakers.romance_words import shortly_at
from bot.text.speakers.shapes import GERMANIC_PREPOSITIONS, Token


def adjunct_at(words: list[str], k: int) -> bool:
    """True when a German or Dutch preposition at k opens an adjunct after the speaker's noun
    phrase ("der 57-Jährige unter Applaus", "Merle Janßen neben ihm", "Jansen met een
    glimlach"), not the office before a name ("Staatssekretär im Finanzministerium Anna X",
    "Minister voor Klimaat X Y")."""
    return (
        0 < k < len(words)
        and (words[k] in GERMANIC_PREPOSITIONS or words[k] == "bis")
        and words[k] not in ("voor", "für")
        # (after a lower-case noun only a preposition of manner or time: "de veertiger met
        # trillende stem", "de trainer na afloop", but not "de directeur bij de bank")
        and (not words[k - 1].islower() or words[k] in _MANNER_PREPS)
        and not any(nm.bare(w) in FIRST_NAMES for w in words[k + 1 : k + 5])
        # (where someone unnamed is from is part of how they are described: "eine Frau aus
        # Lindau", "een bezoekster uit Hoorn")
        # (or the place's article first: "eine Anwohnerin aus der Moorstraße")
        and not (
            words[k] in ("aus", "uit")
            and words[0].lower() in ("ein", "eine", "een")
            and (
                words[k + 1 : k + 2] != [w for w in words[k + 1 : k + 2] if w.islower()]
                or (
                    words[k + 1 : k + 2] != []
                    and words[k + 1] in PLACE_ARTICLES
                    and words[k + 2 : k + 3] != [w for w in words[k + 2 : k + 3] if w.islower()]
                )
            )
        )
        and language() in ("german", "dutch")
    )


# the article of a place after "aus"/"uit" ("aus der Moorstraße", "uit de Dorpsstraat")
PLACE_ARTICLES = frozenset("der dem den de het".split())
# Spanish and Italian "shortly" before "before"/"after" closing a speaker's noun phrase
_SHORTLY = frozenset("poco justo subito appena".split())
_BEFORE_AFTER = frozenset("antes después prima dopo".split())
# the particles of Dutch separable speech verbs, after the speaker: "gaf X toe", "vult X
# aan", "legt X uit", "vat X samen", "merkt X op", "sluit X af"
_DUTCH_PARTICLES = frozenset("toe aan uit op af mee bij terug samen".split())
# German and Dutch adverbs of "further" after the speaker, before a separable verb's particle
# or the sentence's end: "teilte der Sprecher weiter mit", "sagte Müller außerdem", "voegde de
# woordvoerder verder toe"
_FURTHER = frozenset("weiter ferner außerdem zudem überdies verder bovendien".split())
# endings of German and Dutch adverbs of how something was said ("schriftlich", "telefonisch",
# "ausdrücklich", "schriftelijk", "telefonisch", "nadrukkelijk")
_HOW_ENDINGS = ("lich", "isch", "lijk")
# German and Dutch days and times that may follow a subject's noun before the rest of its verb
_WHEN = load("weekdays_de", "weekdays_nl") | frozenset(
    "gestern heute vorgestern gisteren vandaag eergisteren vanochtend vanmiddag vanavond".split()
)
_OWNERS = frozenset("zijn haar hun sein seine seinen seinem seiner ihre ihren ihrem ihrer".split())
_GERMANIC = ("german", "dutch")
_PERSON_BY_AGE_OR_ORIGIN_RE = re.compile(
    r"\d+-[Jj]ährigen?$|(?:"
    + "|".join(sorted((w.capitalize() for w in load("nationalities_de_nl")), key=len)[::-1])
    + r")n?$"
)
_MANNER_PREPS = frozenset("mit met unter onder nach na tijdens ohne zonder bis tot".split())

# articles before a noun, after which a word that is also a speech verb is the noun: "le prévenu"
_ARTICLES_BEFORE = frozenset("le la les un une el los las il lo gli o os um uma l' l’".split())


# German nouns for the places people work that no kind of body covers
_LOCAL_EMPLOYERS = frozenset(
    "feuerwehr stadt gemeinde bahn klinik schule kirche partei tafel post bank caritas "
    "diakonie uni kita polizeiinspektion wasserwacht bergwacht".split()
)


def _first_name_before(toks: list[Token], j: int, k: int) -> bool:
    """True when a first name alone stands before "von der" ("Ministerin Anna von der Heide",
    "Ursula von der Leyen"): the particles go on with the surname (not "Anna Schulz von der
    Universität", nor "Martin Thomas von der Feuerwehr")."""
    first = nm.bare(toks[k - 1][0])
    return (
        k > j
        and first in FIRST_NAMES
        and (k - 1 == j or nm.bare(toks[k - 2][0]) not in FIRST_NAMES)
        and k + 3 <= len(toks)
        and toks[k + 2][0][:1].isupper()
        # ("Martin von der Feuerwehr", "Anna von der Uni": an employer, no surname)
        and not body_word(toks[k + 2][0], True)
        and kind(toks[k + 2][0]) is None
        and nm.bare(toks[k + 2][0]) not in nm.ORG_WORDS | _LOCAL_EMPLOYERS
    )


# Romance words opening where or when someone spoke, after their full name
_ROMANCE_ADJUNCTS = frozenset(
    "nel nella nelle negli nello nei durante lors dans durant na no nas nos".split()
)
# an age standing for the person: "die 58-Jährige", "de 56-jarige"
_AGE_NOUN_RE = re.compile(r"\d{1,3}-(?:[Jj]ährige[nr]?|jarige)")
# the endings of a German or Dutch present participle of manner ("lachend", "lächelnd",
# "zuchtend", "seufzend", "glimlachend", "schmunzelnd")
_PRESENT_PARTICIPLE = (
    "lachend",
    "lächelnd",
    "zuchtend",
    "seufzend",
    "schmunzelnd",
    "knikkend",
    "nickend",
    "grinsend",
    "grijnzend",
    "huilend",
    "weinend",
    "kopschuddend",
    "kopfschüttelnd",
)


def np_ends(toks: list[Token], j: int, k: int) -> bool:
    """True when the speaker's noun phrase that starts at token j ends before token k: at
    "van de"/"von der" and an employer, at a verb or an infinitive ("ließ X … erklären", "laat
    X weten"), at a time or listener noun ("X Y Anfang der Woche", "X Y Reportern"), at "und"
    and a second verb, or at a manner word closing the sentence ("sagt der 58-Jährige leise")."""
    w = toks[k][0]
    lw = w.lower()
    if (
        lw in ("von", "van")
        and k + 2 < len(toks)
        and toks[k + 1][0] in ("der", "dem", "den", "de", "het")
        # "een woordvoerder van de politie", "ein Sprecher von der Bahn": someone unnamed
        # with their employer, shown whole
        and toks[j][0].lower() not in ("een", "ein", "eine")
        and (
            (lw == "von" and not _first_name_before(toks, j, k))
            or toks[k + 2][0].islower()
            or toks[k + 1][0] == "het"
            or full_name_in([t[0] for t in toks[j:k]])
        )
    ):
        # Anna Schulz von der Universität / Frank Bos van de rederij / Annick Vermeulen
        # van het ABVV / Hanna El Khatib van de Universiteit Gent: the person (but "Jan
        # van de Berg", no surname before "van", is one name)
        return True
    if (
        lw in ("von", "van")
        and k + 2 < len(toks)
        and toks[k + 1][0].isalpha()
        and toks[k + 1][0].islower()
        and toks[k + 1][0] not in nm.NAME_PARTICLES
        and toks[k + 2][0][:1].isupper()
        and toks[k - 1][0][:1].isupper()
        and sum(t[0][:1].isupper() for t in toks[j:k]) >= 2
    ):
        return True  # "Hendrika X van instelling Karakter Oost": the person, not the employer
    if k > j and adjunct_at([t[0] for t in toks[j:]], k - j):
        # "sagte der 57-Jährige unter Applaus", "schilderte die Pensionistin unter Tränen",
        # "zei Jansen met een glimlach": an adjunct after the speaker's noun phrase
        return True
    if (
        k > j + 1
        and w in _ROMANCE_ADJUNCTS
        and toks[k - 1][0][:1].isupper()
        and toks[k - 2][0][:1].isupper()
        and k + 1 < len(toks)
        and toks[k + 1][0].islower()
        and language() in ("french", "spanish", "italian", "portuguese")
    ):
        # "scrive la giudice Elena X nelle motivazioni", "dijo Ana X durante el pleno",
        # "a déclaré Paul X lors de la séance": where or when, after the full name
        return True
    if (
        k > j + 1
        and w in ("de", "het")
        and toks[k - 1][0][:1].isupper()
        and (
            toks[k - 2][0][:1].isupper()
            # (or a name with its particle: "Els de Bruin de strafmaat")
            or (k > j + 2 and toks[k - 2][0] in nm.NAME_PARTICLES and toks[k - 3][0][:1].isupper())
        )
        and k + 1 < len(toks)
        and toks[k + 1][0].isalpha()
        and toks[k + 1][0].islower()
        and language() == "dutch"
    ):
        # "motiveerde voorzitter Els X de strafmaat": the verb's object after the full
        # name (a particle of the name goes on in capitals: "Els de Vries")
        return True
    if k > j and w in _FURTHER and language() in _GERMANIC:
        return True  # "teilte der Sprecher weiter mit", "sagte X zudem": an adverb, no name
    if (
        k > j + 1
        and w.isalpha()
        and w.islower()
        and len(w) > 6
        and w.endswith(_HOW_ENDINGS)
        and toks[j][0].lower() in ("der", "die", "das", "de", "het")
        and language() in _GERMANIC
    ):
        # "teilte die Behörde schriftlich mit", "liet de gemeente schriftelijk weten": an
        # adverb of how after the subject's noun, before the verb's particle
        return True
    if (
        k > j + 1
        and lw in _WHEN
        and toks[j][0].lower() in ("der", "die", "das", "de", "het")
        and language() in _GERMANIC
    ):
        # "schrijft de club zondag op de website", "teilte der Verein gestern mit": a day or
        # a time after the subject's noun, no part of it
        return True
    if k > j and lw in _DUTCH_PARTICLES and toks[k - 1][0][:1].isupper() and language() == "dutch":
        return True  # "gaf Claessens toe", "vult De Wit aan": a separable verb's particle
    if (
        k == j + 2
        and w in ("der", "dem")
        and toks[j][0].lower() in ("der", "die")
        and _PERSON_BY_AGE_OR_ORIGIN_RE.match(toks[j + 1][0])
        and language() == "german"
    ):
        # "sagte der 51-Jährige der ARD", "sagte der Slowene dem ZDF": an age or a
        # nationality has no genitive after it; the article opens the listener
        return True
    if k > j and w in _OWNERS and toks[k - 1][0][:1].isupper() and language() in _GERMANIC:
        # "lichtte Koeman zijn keuze toe", "erklärte Kovač seine Entscheidung": a possessive
        # after the name opens the verb's object (lower case only: "Bas ter Haar")
        return True
    if k > j and lw in _SHORTLY and k + 1 < len(toks) and toks[k + 1][0] in _BEFORE_AFTER:
        return True  # "dijo Ruiz poco antes", "ha detto Rossi subito dopo": time, not name
    if k > j and shortly_at([t[0] for t in toks[k : k + 3]], 0):
        return True  # "proclamó Ruiz nada más recibir el bastón": "as soon as", not the name
    if k > j and lw in ("sich", "zich") and toks[k - 1][0][:1].isupper():
        return True  # "toont Smit zich tevreden", "gibt X sich …": the reflexive after the name
    if (
        k > j
        and (lw in nm.SPEECH_VERBS or lw in INFINITIVES)
        # (but a participle after its article is a noun: "a répondu le prévenu, X")
        and toks[k - 1][0].lower() not in _ARTICLES_BEFORE
    ):
        return True  # "ließ X über seinen Anwalt erklären", "laat een woordvoerder weten"
    if (
        k > j
        # (or an age as the noun: "sagt die 58-Jährige und klopft sich …")
        and (toks[k - 1][0][:1].isupper() or _AGE_NOUN_RE.fullmatch(toks[k - 1][0]))
        and (
            (lw in AFTER_NAME and w[:1].isupper())
            # "zegt Koning lachend in de foyer", "sagt Kraus lächelnd zu …": a present
            # participle of manner after the name, whatever follows it
            or (
                language() in _GERMANIC
                and w.isalpha()
                and w.islower()
                and lw.endswith(_PRESENT_PARTICIPLE)
                and w not in nm.NAME_PARTICLES
            )
            # "sagt Grabowski und lächelt", "zegt Koning en lacht": a second verb
            or (
                lw in ("und", "en", "and")
                and k + 1 < len(toks)
                and toks[k + 1][0].islower()
                and toks[k + 1][0] not in nm.NAME_PARTICLES
            )
            # "sagt der 58-Jährige leise.", "zegt Koning lachend.": a manner word ends the
            # sentence after the name (but "said the Elm Park coach.", "said the Harbour City
            # winger.": an English role noun after a capitalized modifier ends no name)
            or (
                w.isalpha()
                and w.islower()
                and toks[j][0].lower() not in ("the", "a", "an", "one")
                and w not in nm.NAME_PARTICLES
                and w not in nm.DOCUMENT_NOUNS  # "said Photo credit."
                and not nm.possessive(toks[k - 1][0])  # "said Fair Basket’s director, X"
                and (
                    k + 1 == len(toks)
                    or toks[k + 1][0] in ".,;!?"
                    # "sagt der Senior leise und wischt sich …": and a second verb
                    or (
                        toks[k + 1][0] in ("und", "en")
                        and k + 2 < len(toks)
                        and toks[k + 2][0].islower()
                    )
                )
                and not _org_adjective(toks, j, k)
            )
        )
    ):
        return True
    return False


def _org_adjective(toks: list[Token], j: int, k: int) -> bool:
    """True for the lower-case adjective of a Romance organisation's name before the comma
    and the name of a person in apposition: "il capo stazione del Soccorso [alpino], Ivo
    Rauch", "o comandante da Guarda [costeira], Rui Sá", "l'assessore alle Politiche
    [sociali], Marco X" (no manner word ending the phrase)."""
    first = toks[j][0]
    # (an elided article too: "l'assessora alle Politiche [familiari], Chiara X")
    elided = first[:2].lower() in ("l'", "l’") and first[2:].islower() and len(first) > 3
    return (
        (first in ("il", "lo", "la", "o", "a", "el") or elided)
        and k + 3 < len(toks)
        and toks[k + 1][0] == ","
        and toks[k + 2][0][:1].isupper()
        and toks[k + 3][0][:1].isupper()
    )


_AND_OR = frozenset("en of und oder".split())


def np_start(toks: list[Token], j: int) -> int:
    """Where the speaker's noun phrase after a verb at j - 1 starts: past a reflexive ("„…“,
    erinnert sich Landwirt Georg Huber") or "het bij" ("‘…’, klinkt het bij bestuurder X Y")."""
    if j + 1 < len(toks) and toks[j][0] == "sich":
        return j + 1
    if (
        j + 1 < len(toks)
        and toks[j][0] in ("ook", "auch")
        and (toks[j + 1][0][:1].isupper() or toks[j + 1][0] in ("de", "het", "der", "die"))
    ):
        return j + 1  # "vindt ook de burgemeester", "findet auch die Ministerin"
    if j + 2 < len(toks) and toks[j][0].endswith("-") and toks[j + 1][0] in _AND_OR:
        # "zegt kinder- en jeugdpsychiater X Y": a compound cut short before its partner
        return np_start(toks, j + 2)
    if j + 2 < len(toks) and toks[j][0] in ("het", "es") and toks[j + 1][0] in ("bij", "bei"):
        return j + 2
    return j


def pronoun_then_listener(toks: list[Token], j: int) -> bool:
    """True for a German or Dutch pronoun, then an article or preposition opening the listener:
    "sagte er der Nachrichtenagentur Reuters", "zei hij tegen de NOS"."""
    return toks[j][0] in SUBJECT_PRONOUNS and j + 1 < len(toks) and toks[j + 1][0].islower()


# indefinite articles opening someone unnamed, given as written ("een oudere man", "un vieil
# homme", "una passeggera", "um adepto")
_UNNAMED_OPENERS = frozenset("een ein eine un une una uno um uma".split())
# Dutch relative pronouns: "een moeder die met haar dochter …" (German sets them off by a comma)
_DUTCH_RELATIVES = frozenset("die welke".split())
# Romance past participles after the noun: French "-é(e)(s)" and a few irregular ones, Spanish
# and Portuguese "-ado/-ido", Italian "-ato/-uto/-ito"
_PARTICIPLE_RE = re.compile(r"[a-zà-ÿ]{3,}(?:ée?s?|ad[oa]s?|id[oa]s?|at[oaie]|ut[oaie]|it[oaie])$")
# (the articles above, and those that are also prepositions or verbs elsewhere: "a", "as", "i")
_ARTICLES = _ARTICLES_BEFORE | frozenset("i a as una uno".split())
_IRREGULAR_PARTICIPLES = frozenset(
    "assis assise venu venue présent présente presente seduto seduta seduti sentado sentada"
    " sentados sentadas".split()
)
# adjectives that stand before the noun, after which a word in "-é"/"-ato" is the noun itself:
# "un ancien député", "un giovane avvocato", "un joven empleado", "um antigo empregado"
_BEFORE_NOUN = frozenset(
    "ancien ancienne jeune vieux vieil vieille ex simple autre nouveau nouvel nouvelle petit"
    " petite giovane anziano anziana altro altra vecchio vecchia nuovo nuova joven viejo vieja"
    " antiguo antigua otro otra nuevo nueva jovem velho velha antigo antiga outro outra novo"
    " nova alto alta".split()
)
# what opens a participle's complement: where the person sits, came from, was met
_PARTICIPLE_COMPLEMENT = frozenset(
    "sur sous à au aux dans devant derrière près depuis juste en par avec chez su sul sulla"
    " in da dal dalla davanti accanto vicino con sobre en desde junto cerca con em no na"
    " sob perto com ao".split()
)


def unnamed_ends(toks: list[Token], j: int, k: int) -> bool:
    """True when the phrase of someone unnamed that starts at j (an indefinite article) ends
    before token k: at a Dutch relative pronoun ("zegt een oudere man die op een emmer zit" ->
    "een oudere man") or at a Romance participle and its complement, or a weekday after it
    ("lâche un vieil homme assis sur une poutre" -> "un vieil homme", "confessa una passeggera
    arrivata da Milano", "raconte une étudiante croisée mardi"). Where someone is from stays
    ("un agriculteur de la vallée", "een bewoner van de Dorpsstraat")."""
    if k < j + 2 or toks[j][0].lower() not in _UNNAMED_OPENERS:
        return False
    w = toks[k][0]
    if w in _DUTCH_RELATIVES and language() == "dutch":
        return True
    nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
    return participle_phrase(w, toks[k - 1][0], nxt)


def participle_phrase(word: str, prev: str, nxt: str) -> bool:
    """True for a Romance participle ``word`` after the noun ``prev`` that opens a phrase of
    its own with ``nxt``: "un vieil homme [assis sur]", "una passeggera [arrivata da]",
    "une étudiante [croisée mardi]"; not the noun after an adjective ("un ancien député")."""
    if not (word.islower() and (word in _IRREGULAR_PARTICIPLES or _PARTICIPLE_RE.match(word))):
        return False
    if not prev.isalpha() or not prev.islower() or prev in _BEFORE_NOUN or prev in _ARTICLES:
        return False  # (after an article it is a noun: "un habitant de la cité depuis …")
    return nxt.lower() in _PARTICIPLE_COMPLEMENT or nxt.lower() in nm.TIME_WORDS


# a Romance role phrase after a quotation, the place where the role is held, then the holder's
# name in commas: "», disse o delegado provincial do INGD [na Zambézia, Armando X,] em …", "»,
# a déclaré le directeur de l'ARS [en Bretagne, Paul X]."
_PLACED_NAME_RE = re.compile(
    r"\s+(?:na|no|nas|nos|em|en|à|au|aux|dans\s+l[ae]|in|nel|nella)\s+"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:de|do|da|du|des|del|di)?\s*[A-ZÀ-Ý][\w'’-]+){0,2}"
    r"\s*,\s*((?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}[A-ZÀ-Ý][\w'’-]+)\s*(?=[,.;]|$)"
)


def placed_appositive(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name after a lower-case role phrase ``text[start:end]`` and the place where the role
    is held (``_PLACED_NAME_RE``), whose first word is a first name; else None."""
    if language() not in ("french", "portuguese") or not text[start : start + 1].islower():
        return None
    m = _PLACED_NAME_RE.match(text, end)
    if m is None or nm.bare(m.group(1).split()[0]) not in FIRST_NAMES:
        return None
    return m.start(1), m.end(1)


_ROMANCE_OF = frozenset("de du des da do das dos".split())
_ROMANCE_OPENERS = frozenset("le la les o a os as un une um uma".split())


def romance_outer(toks: list[Token], k: int) -> int | None:
    """For a French or Portuguese noun phrase read back to its article at ``k`` after "de":
    where the phrase it hangs on opens ("[La direction de] l'hôpital reconnaît", "[O diretor
    do] hospital"), lower-case nouns and adjectives back to an article; None when there is
    none (the body is then the speaker, as before)."""
    if k < 2 or toks[k - 1][0].lower() not in _ROMANCE_OF:
        return None
    if language() not in ("french", "portuguese"):
        return None
    for d in range(k - 2, max(-1, k - 5), -1):
        w = toks[d][0]
        if w.lower() in _ROMANCE_OPENERS or (w[:2].lower() in ("l'", "l’") and w[2:].islower()):
            return toks[d][1]
        if not (w.isalpha() and w.islower()):
            return None
    return None
