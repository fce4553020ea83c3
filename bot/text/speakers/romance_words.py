"""Words and phrases of French, Spanish, Italian and Portuguese attribution, read one phrase at
a time (shared by ``romance.py``, ``resolve.py``, ``before.py`` and ``lone.py``): a speech verb
("romance_verb"), a body's head noun ("romance_body"), a speaker phrase that is only a verb or
an adjunct with no subject ("», ha aggiunto.", "anunciou ainda.", "pochi minuti dopo"), a
subject pronoun, and an apposition after a name.
"""

from __future__ import annotations

import re

from bot.text.lexicon import load
from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.limited import limited_phrase
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token

# participles of being asked that open a sentence on the question put (the four languages)
ASKED_PARTICIPLES = load("asked_participles_romance")
SAYING_GERUNDS = load("saying_gerunds_fr_pt")  # "…, estimant que la règle « ne tient pas »"


def asked_clause_end(toks: list[Token]) -> int:
    """The index of the comma closing a question clause that opens on a participle of being
    asked ("Perguntado se Gusmão continua no cargo, foi direto:"), else 0: names in it are
    what was asked about, not the one who answers."""
    if not toks or toks[0][0].lower() not in ASKED_PARTICIPLES:
        return 0
    return next((c for c in range(2, min(len(toks) - 1, 40)) if toks[c][0] == ","), 0)


# "make known" verbs of two words, the verb "make" and the infinitive after it: Italian "ha
# fatto sapere il procuratore", French "», fait valoir le ministère", "a fait savoir X", "fait
# remarquer", Portuguese "fez saber a autarquia", "fez notar"
MAKE_KNOW = {
    **dict.fromkeys(("fatto", "fa", "fanno"), frozenset({"sapere"})),
    **dict.fromkeys(
        ("fait", "font", "faisait", "faisaient", "fera", "feront"),
        frozenset("valoir savoir remarquer observer".split()),
    ),
    **dict.fromkeys(("fez", "faz", "fizeram", "fazem"), frozenset("saber notar".split())),
    # a habit of saying: "», costumava dizer.", "», costuma repetir o autarca", "», solía
    # decir", "», suele repetir"
    **dict.fromkeys(
        ("costuma", "costumava", "costumam", "costumavam", "suele", "solía", "suelen", "solían"),
        frozenset("dizer repetir afirmar contar brincar decir repetir afirmar contar".split()),
    ),
}


def saying_gerund(toks: list[tuple[str, int, int]], v: int) -> bool:
    """True for a French or Portuguese gerund of saying at ``v`` opening the last phrase of a
    clause: "…, tout en réclamant « … »", "… en rappelant que « … »", "…, exigindo «…»". Its
    subject is the subject of the clause's main verb."""
    return (
        0 < v
        and toks[v][0].lower() in SAYING_GERUNDS
        and (
            (toks[v - 1][0] == "en" and language() == "french")
            or (toks[v - 1][0] == "," and language() == "portuguese")
        )
    )


def apposition_after(clause: str, run: list[str]) -> bool:
    """True when a clause before a colon ends on a name and a short lower-case Romance
    apposition: "… qui inquiète Josiane Perrin, infirmière retraitée : « … »"."""
    rest = clause[clause.rfind(run[-1]) + len(run[-1]) :]
    tail = rest[1:].split()
    return (
        len(run) >= 2
        and rest[:1] == ","
        and 1 <= len(tail) <= 4
        and all(w.isalpha() and w.islower() for w in tail)
        and tail[0] not in ("a", "an", "the", "his", "her", "their")
    )


FUSED = frozenset("du del della dello do da".split())


# an Italian preposition fused with an elided article: "all'uscita", "dall'aula", "nell'intervista"
_ELIDED_PREP_RE = re.compile(r"(?:all|dall|nell|sull|coll)['’][a-zà-ú]")
# Italian and Portuguese prepositions of a circumstance after the verb: "ha spiegato durante
# un punto stampa a X", "disse durante a sessão" (lower case: never a subject's first word)
_CIRCUMSTANCE_PREPS = frozenset("durante dopo após depois davanti diante perante".split())
# Portuguese "in", bare or fused with an article ("em", "numa", "no"), which opens a place or an
# occasion after a verb, never its subject: "», afirmou numa breve declaração no palácio"
_PT_IN_PREPS = frozenset("em num numa nuns numas no na nos nas".split())


# Spanish and Italian amounts of time before "before" or "after": "horas antes del estreno",
# "pocos minutos después", "qualche giorno prima", "due ore dopo la partita"
_TIME_UNITS = frozenset(
    "minutos horas días semanas meses años minuto hora día semana mes año"
    " minuti ore giorni settimane mesi anni minuto ora giorno settimana mese anno".split()
)
_BEFORE_AFTER = frozenset("antes después prima dopo".split())
# endings of a Spanish infinitive, a clitic joined on or not: "sentarse", "recibirlo", "llegar"
_INFINITIVE_ENDS = ("ar", "er", "ir", "arse", "erse", "irse", "arlo", "erlo", "irlo", "arla")
# Spanish and Italian adverbs between the verb and an adjunct: "«…», dijo ya en los pasillos"
_LEADING_ADVERBS = frozenset("ya luego después también además poi già ancora anche".split())
# Spanish and Italian object pronouns before a verb with no subject: "«…», mi ha detto"
_OBJECT_PRONOUNS = frozenset("mi me ci nos ti te gli le les".split())


def shortly_at(words: list[str], k: int) -> bool:
    """True when a Spanish or Italian "as soon as"/"shortly before or after" opens at ``k``:
    "nada más sentarse", "nada más recibir el bastón", "poco después", "subito dopo"."""
    if k + 1 >= len(words) or words[k] not in ("nada", "poco", "justo", "subito", "appena"):
        return False
    if words[k] == "nada":
        # "más" and an infinitive, with its clitic joined on or not ("sentarse", "verlo")
        return (
            words[k + 1] == "más"
            and k + 2 < len(words)
            and words[k + 2].islower()
            and words[k + 2].endswith(_INFINITIVE_ENDS)
        )
    return words[k + 1] in _BEFORE_AFTER


def _shortly(words: list[str]) -> bool:
    """``shortly_at`` the phrase's opening, lower case throughout: no one named there."""
    return shortly_at(words, 0) and all(w[:1].islower() or not w[:1].isalpha() for w in words)


def _time_before_after(words: list[str]) -> bool:
    """True for a Spanish or Italian phrase opening on an amount of time and "before" or
    "after" ("horas antes del estreno", "pochi minuti dopo"), lower case throughout."""
    if len(words) <= 2 and words[-1] in _TIME_UNITS and all(w.islower() for w in words):
        return True  # "pochi minuti" (the "dopo" after it read as an adjunct's)
    k = 1 if len(words) > 2 and words[0].isalpha() and words[0].islower() else 0
    if words[k] not in _TIME_UNITS and words[0] not in _TIME_UNITS:
        return False
    unit = k if words[k] in _TIME_UNITS else 0
    return (
        unit + 1 < len(words)
        and words[unit + 1] in _BEFORE_AFTER
        and not any(w[:1].isupper() for w in words)
    )


def _opens_np(word: str) -> bool:
    """True for an Italian article opening a noun phrase: "il", "uno", "l'allenatore"."""
    return word in _IT_ARTICLES or word.startswith(("l'", "l’", "un'", "un’"))


_IT_ARTICLES = frozenset("il lo la i gli le un uno una".split())


def fused_place_cut(phrase: str) -> int:
    """Where the subject starts after an Italian place or time in one word, its preposition
    fused, that opens a speaker phrase before an article: "all'uscita uno spettatore",
    "nell'intervallo il tecnico" (else 0)."""
    words = phrase.split(" ")
    if (
        len(words) > 2
        and _ELIDED_PREP_RE.match(words[0])
        and _opens_np(words[1])
        and not words[1].lower().startswith(("un'", "un’"))  # "un'ora dopo"
        and words[2].lower() not in _TIMES_IT
    ):
        return len(words[0]) + 1
    return 0


# Italian nouns of time after an article: "nell'intervista la settimana successiva" is when
_TIMES_IT = frozenset(
    "settimana mattina mattinata giorno giornata sera serata notte pomeriggio mese anno volta"
    " vigilia domenica".split()
)


def no_subject(phrase: str) -> bool:
    """True for a speaker phrase that is only a verb (», ha aggiunto.), an adverb after
    one (anunciou ainda.) or only the listener after one (ha dichiarato in
    un'intervista al Corriere)."""
    words = phrase.split()
    if len(words) == 1 and nm.bare(words[0]) in nm.SPEECH_VERBS:
        return True
    if all(nm.bare(w) in nm.ADVERBS for w in words):
        return True  # «…», anunciou ainda.
    if (
        2 <= len(words) <= 3
        and words[0] in ("se", "si")
        and all(w.isalpha() and w.islower() and w not in fw.ROMANCE_ARTICLES for w in words)
        and words[1] not in ("legge", "lee", "lê", "apprende", "sabe", "sa")  # impersonal
    ):
        return True  # «…», se limitó a decir. / «…», si è limitato a dire.: a reflexive verb
    if limited_phrase(words):
        return True  # «…», limitou-se a dizer. / «…», si è limitato a dire.
    if len(words) == 2 and words[1] in MAKE_KNOW.get(words[0], ()):
        return True  # «…», ha fatto sapere. / », a fait valoir.: the two-word verb alone
    if (
        len(words) >= 2
        and words[0] == "a"
        and words[1] in ("los", "las", "la", "el", "os", "as", "sus", "su")
    ):
        if not any(w[:1].isupper() for w in words):
            return True  # «…», prometió a los vecinos.: the listener only
    if (
        len(words) >= 2
        and words[0] in ("ai", "agli", "alle", "al", "allo", "alla", "aos", "às", "ao", "à")
        and not any(w[:1].isupper() for w in words)
    ):
        return True  # «…», ha raccontato ai soccorritori.: an article fused, the listener
    if (
        (_ELIDED_PREP_RE.match(words[0]) or words[0] in _CIRCUMSTANCE_PREPS)
        and not any(nm.bare(w) in FIRST_NAMES for w in words)
        # (an article right after a one-word place opens the subject: "lamentava all'uscita
        # uno spettatore", "ha detto all'uscita il tecnico")
        and not fused_place_cut(" ".join(words))
    ):
        return True  # «…», ha raccontato all'uscita (dall'incontro in Confindustria).
    if words[0] in _PT_IN_PREPS and language() == "portuguese":
        return True  # », afirmou numa breve declaração no palácio.: where, never who
    if words[0] in ("dans", "lors") and language() == "french":
        return True  # », a-t-il affirmé dans un bref communiqué à la presse.
    if len(words) == 1 and words[0] in _OBJECT_PRONOUNS and language() in ("spanish", "italian"):
        return True  # «…», mi ha detto al telefono. / «…», me dijo.: the object before the verb
    if (
        words
        and words[0] in _LEADING_ADVERBS
        and language() in ("spanish", "italian")
        and (len(words) == 1 or no_subject(" ".join(words[1:])))
    ):
        return True  # «…», dijo ya en los pasillos. / «…», ha detto poi all'uscita.
    if (
        len(words) == 1
        and (words[0].lower() in _FUSED_OPENERS or _ELIDED_PREP_RE.match(words[0].lower()))
        and words[0][:1].isupper()
        and language() in ("spanish", "italian")
    ):
        # "Ai cronisti, però, ha concesso: «…»", "All'uscita ha parlato: «…»": a fused
        # preposition opening the sentence, no name
        return True
    if _shortly(words) and language() in ("spanish", "italian"):
        return True  # «…», bromea nada más sentarse. / «…», ha detto poco dopo.
    if _time_before_after(words) and language() in ("spanish", "italian", None):
        return True  # «…», explicó horas antes del estreno. / «…», ha detto pochi minuti dopo.
    caps = [k for k, w in enumerate(words) if w[:1].isupper()]
    return (
        bool(caps)
        and caps[0] > 0
        and words[caps[0] - 1].lower() in nm.LISTENER_PREPS
        # "l'assessore al Bilancio Michele Zuin": a person named after it is the subject
        and not any(nm.bare(w) in FIRST_NAMES for w in words)
    )


def pronoun_subject(word: str) -> bool:
    """True for a Romance subject pronoun opening a sentence ("Ella", "Elle", "Lei"; "Il"
    only in French text, where it is no article)."""
    return word in _SUBJECT_PRONOUNS or (word == "Il" and language() == "french")


_SUBJECT_PRONOUNS = frozenset("Elle Él Ella Ele Ela Lei".split())
# Italian and Spanish prepositions fused with an article that open a fronted adjunct ("Ai
# cronisti, …", "Dal palco, …", "Al salir, …"): read alone as a speaker phrase, no one
_FUSED_OPENERS = frozenset(
    "ai agli al allo alla alle dal dai dagli dallo dalla dalle nel nei negli nello nella nelle"
    " sul sui sugli sullo sulla sulle col coi del".split()
)


def romance_verb(word: str) -> bool:
    """True for a lower-case speech verb in French or Portuguese text, which no speaker
    phrase goes on past."""
    return (
        language() in ("french", "portuguese")
        and word.islower()
        and nm.bare(word) in nm.SPEECH_VERBS
    )


def romance_body(word: str) -> bool:
    """True for a capitalized word naming a body in French or Portuguese text ("Syndicat")."""
    return (
        language() in ("french", "portuguese")
        and word[:1].isupper()
        and nm.bare(word) in nm.ORG_WORDS
    )


# first-person words of each Romance language (not "ma", Italian "but", nor "mes", Spanish
# "month"): a quotation in the first person is its speaker's own words
_FIRST_PERSON = {
    "french": r"\b(?:je|moi|mon|ma|mes|me)\b|\bj['’]|\bm['’]",
    "portuguese": r"\b(?:eu|mim|meu|minha|meus|minhas|comigo|me)\b",
    "spanish": r"\b(?:yo|mí|mi|mis|conmigo|me)\b",
    "italian": r"\b(?:io|mio|mia|miei|mie|mi|me)\b|\bm['’]",
}
FIRST_PERSON_RE = {lang: re.compile(rf"(?i:{words})") for lang, words in _FIRST_PERSON.items()}


def fronted_before_role_name(toks: list[tuple[str, int, int]]) -> int:
    """For a French or Portuguese clause opening on a short fronted phrase of lower-case words
    after its first ("Interrogé,", "Co-autrice de l'étude,", "Ouvido pela reportagem,") and
    then a definite article, a role noun and a name ("…, le président Paul Vidal a botté en
    touche :", "…, l'avocate Marie Roux répond :"): the fronted phrase's comma, where the
    subject's search starts (else 0). A name opening the clause is no fronted phrase ("Paul,
    le maire Jean Morel …")."""
    if len(toks) < 5 or language() not in ("french", "portuguese"):
        return 0
    first = toks[0][0]
    if not (first[:1].isupper() and first[1:].islower()) or nm.bare(first) in FIRST_NAMES:
        return 0
    c = next((c for c in range(1, min(len(toks) - 3, 9)) if toks[c][0] == ","), 0)
    if not c or not all(t[0].islower() for t in toks[1:c]):
        return 0
    art = toks[c + 1][0]
    elided = art[:2].lower() in ("l'", "l’") and art[2:].isalpha() and art[2:].islower()
    if elided:
        noun, name = art, toks[c + 2][0]
    elif art in ("le", "la", "o", "a") and c + 3 < len(toks):
        noun, name = toks[c + 2][0], toks[c + 3][0]
    else:
        return 0
    if not (noun.islower() and noun.replace("'", "").replace("’", "").isalpha()):
        return 0
    return c if name[:1].isupper() and name[1:2].islower() else 0


# French and Portuguese possessive determiners opening a clause: never a name ("Son voisin")
POSSESSIVE_OPENERS = frozenset("Son Sa Ses Leur Leurs Seu Sua Seus Suas".split())
_INDEFINITE_FR_PT = frozenset("un une um uma".split())


def unnamed_apposition(toks: list[tuple[str, int, int]], k: int) -> tuple[int, int] | None:
    """For a French or Portuguese clause opening at ``k`` on a possessive determiner and a
    relation noun, with someone unnamed set off after it ("Son voisin de banc, un retraité
    qui …, se montrait prudent :", "Sua vizinha, uma enfermeira reformada, disse:"): the
    tokens of the indefinite article and its noun ("un retraité"), the person as written;
    None without one ("Son collègue Paul Roux", "Son épouse, Marie Roux,": a name, left to
    the name rules; a possessive phrase alone names no one the text can show)."""
    if k >= len(toks) or toks[k][0] not in POSSESSIVE_OPENERS:
        return None
    for c in range(k + 2, min(len(toks) - 2, k + 6)):
        w = toks[c][0]
        if w == ",":
            noun = toks[c + 2][0]
            if toks[c + 1][0] in _INDEFINITE_FR_PT and noun.isalpha() and noun.islower():
                nxt = toks[c + 3][0] if c + 3 < len(toks) else ""
                if noun in fw.PRENOMINAL and nxt.isalpha() and nxt.islower():
                    return c + 1, c + 3  # "un ancien cheminot", "um antigo operário"
                return c + 1, c + 2
            return None
        if not w.islower():
            return None
    return None


# French prepositions that take no object pronoun after them: a word after one and an
# article ("sur la nuance", "dans le constat") is a noun, never a verb
_FR_PLACE_PREPS = frozenset("sur dans avec contre sous vers par chez".split())


def noun_after_preposition(toks: list[tuple[str, int, int]], k: int) -> bool:
    """True in French for the word at ``k`` after such a preposition and a definite article
    ("X insiste sur la nuance :"): a noun, not the speech verb its form also spells."""
    return (
        k > 1
        and toks[k - 1][0].lower() in ("la", "le", "les")
        and toks[k - 2][0].lower() in _FR_PLACE_PREPS
        and language() == "french"
    )


_SIGN_OF = frozenset("de du des d' d’ da do das dos".split())


def named_by_sign(tail: list[str]) -> bool:
    """True for French or Portuguese words right before a quotation's marks that end on a sign's
    or a slogan's noun, or on that noun, whose it is and a comma: "sous le slogan « … »", "com
    o slogan da candidata, “…”", "une banderole « … »": the words written there, no one's (not
    after a speech verb: "a lancé un slogan « … »" is the speaker's)."""
    words = [nm.bare(w).lower() for w in tail]
    if not words:
        return False
    at = len(words) - 1
    if tail[-1].endswith(",") and len(words) > 2:
        # "o slogan da candidata," / "le slogan du parti,": the owner after the noun
        at = next((k for k in range(len(words) - 2, 0, -1) if words[k] in _SIGN_OF), -1) - 1
    if at < 0 or words[at] not in nm.SIGN_NOUNS_FR_PT or words[at] in ("lire", "lê-se"):
        return False
    return not any(w in nm.SPEECH_VERBS for w in words[max(0, at - 3) : at])


# Spanish and Italian object clitics that take up a fronted object before its verb
_CLITICS = frozenset("lo la los las li le".split())


def clitic_after(toks: list[Token], got: tuple[int, int]) -> bool:
    """True when the noun phrase ``got`` opening a Spanish or Italian sentence is followed
    by an object clitic and a verb: "El aviso lo dio el sábado la hermana de X": the
    object, taken up again, its subject after the verb."""
    k = next((k for k, t in enumerate(toks) if t[1] >= got[1]), len(toks))
    if k < len(toks) and re.fullmatch(r"[lL]['’](?:ha|hanno|ho|abbiamo|avevo|aveva)", toks[k][0]):
        return language() == "italian"  # "Il Telepass l'ha preso a marzo": the object, elided
    return (
        k + 1 < len(toks)
        and toks[k][0] in _CLITICS
        and toks[k + 1][0].isalpha()
        and toks[k + 1][0].islower()
        and language() in ("spanish", "italian")
    )
