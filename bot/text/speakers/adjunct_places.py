"""Lower-case adjuncts of place or time after a Romance speech verb, and the names a
preposition governs in them (private to ``after.py`` and ``inverted.py``).

"», contou aos jornalistas à saída do tribunal.", "», garantiu, logo na sessão.", "»,
explicó en declaraciones a Radio Sur.": where the words were said, no one who said them, so
the verb's subject is left out; and an article after a noun or a name in such an adjunct
opens a subject after it ("», explicó en declaraciones a Radio Sur la alcaldesa").
"""

from __future__ import annotations

from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.companies_romance import ROMANCE_BODY_NOUNS
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token

# prepositions that open an adjunct after a Romance speech verb (as ``after`` reads them)
ADJUNCT_PREPS = frozenset(
    "a à al au aux ante tras desde durante entre con sin en devant après avant lors dans avec"
    " sans pendant depuis in nel nella durante dopo davanti senza em no na após perante"
    " diante com sem sobre".split()
)
# French and Portuguese: prepositions that open an adjunct before an inverted subject, the
# parts of a day after a weekday, and the articles that open that subject (``_past_aside``)
_MORE_PREPS = frozenset("sur par ao à aos às pela pelo pelas pelos nas nos numa num por".split())
# definite articles that can open a subject after such an adjunct
_FREE_ARTICLES = frozenset("el la le il lo los las les".split())
_UNNAMED_ARTICLES = frozenset("un une um uma".split())  # (French, Portuguese)
# articles that open a subject after an adjunct of place (French, Portuguese)
_SUBJECT_OPENERS = frozenset(
    "le la les o a os as un une um uma el los las il lo gli uno una".split()
)


def subject_in_adjunct(toks: list[Token], k: int) -> bool:
    """True when, in a Romance adjunct from token ``k``, an article opens a subject after a
    noun or a name ("», explicó en declaraciones a la radio el alcalde.", "», dijo en Radio
    Sur la alcaldesa."): not an article a preposition governs ("a la radio")."""
    openers = _FREE_ARTICLES | _UNNAMED_ARTICLES | frozenset("gli uno una".split())
    if language() == "portuguese":
        openers |= frozenset("o a os as".split())
    for q in range(k + 1, len(toks)):
        before = toks[q - 1][0]
        if toks[q][0] in nm.SUBORDINATORS:
            return False  # (a clause of its own: "mientras sus compañeros la abrazaban")
        if (
            toks[q][0] in openers
            and before.isalpha()
            and before not in fw.PLACE_PREPS | fw.OF_WORDS | ADJUNCT_PREPS | _MORE_PREPS
        ):
            return True
    return False


def governed_name(toks: list[Token], q: int) -> bool:
    """True when the capitalized token ``q`` is part of a name a preposition governs, of one
    word or more ("à Lyon", "a Radio Sur", "em Porto Alegre", "de la Cadena Norte"): right
    after the preposition, or going on from such a name and no first name ("en Madrid Ana
    Pérez": a subject after the place) and not from an acronym ("», aseguró a EFE X": an
    agency's name is one word, and X the subject)."""
    while q > 0:
        before = toks[q - 1][0]
        if before in fw.PLACE_PREPS | fw.OF_WORDS | ADJUNCT_PREPS:
            return True
        if (
            not before[:1].isupper()
            or (before.isupper() and len(before) > 1)
            or nm.bare(toks[q][0]) in FIRST_NAMES
        ):
            return False
        q -= 1
    return False


def place_only(toks: list[Token], k: int) -> bool:
    """True in French, Portuguese, Spanish or Italian text for a lower-case adjunct of place
    or time from token ``k`` to the sentence's end, naming no one: "à saída do tribunal.",
    "devant la mairie.", "à la sortie de l'audience à Lyon.", "in mattinata.", "en el
    pasillo." (capitals only after a preposition; no article opening a subject after a
    noun)."""
    if (
        language() not in ("french", "portuguese", "spanish", "italian")
        or toks[k][0] not in fw.PLACE_PREPS | ADJUNCT_PREPS
    ):
        return False
    for q in range(k + 1, len(toks)):
        word, before = toks[q][0], toks[q - 1][0]
        if word in (".", "!", "?") and q == len(toks) - 1:
            return True
        if not word.replace("'", "").replace("’", "").replace("-", "").isalpha():
            return False  # (a number, a comma: more than a place)
        if word[:1].isupper() and not governed_name(toks, q):
            return False
        if (
            word.lower() in _SUBJECT_OPENERS
            and before.isalpha()
            and before.islower()
            and before not in fw.PLACE_PREPS | fw.OF_WORDS | ADJUNCT_PREPS
        ):
            return False  # "à saída do tribunal a filha da vítima": a subject after it
    return True


# adverbs of time before an adjunct that ends the sentence after a speech verb: "», garantiu,
# logo na declaração inicial.", "», disse já à saída do tribunal."
_SOON = frozenset("logo já ainda déjà encore ya già ancora aún todavía".split())


def lone_adjunct(toks: list[Token], k: int) -> bool:
    """True when, after a Romance speech verb ending at token ``k``, a comma or an adverb of
    time opens a lower-case adjunct of place or time that ends the sentence: no subject stands
    there ("», garantiu, logo na declaração inicial.", "», disse, à saída do tribunal.",
    "», afirmou logo no início da sessão."). Not with a comma of its own ("», disse, na
    sessão, a ministra") nor on the Portuguese article ("», disse, a ministra")."""
    start = k
    if k < len(toks) and toks[k][0] == ",":
        k += 1
    if k + 1 < len(toks) and toks[k][0].lower() in _SOON:
        k += 1
    if k == start or k >= len(toks):
        return False
    if toks[k][0].lower() in nm.ACCORDING and toks[k - 1][0] == ",":
        # (who reports it: "», costumava dizer, segundo a família.", "», selon ses proches.")
        rest = toks[k + 1 :]
        if rest and rest[-1][0] in (".", "!", "?"):
            rest = rest[:-1]
        return 0 < len(rest) <= 5 and all(t[0].islower() for t in rest)
    if toks[k][0] == "a" and language() == "portuguese":
        # (the Portuguese "a" and an infinitive: "», diz, a rir e a chorar ao mesmo tempo.")
        return _infinitive_phrase(toks, k + 1)
    c = next((c for c in range(k, len(toks)) if toks[c][0] == ","), None)
    if c is not None and c + 1 < len(toks) and toks[c + 1][0] == "a":
        # "», responde, já de costas, a mexer o refogado.": and an infinitive after it
        return place_only(toks[:c], k) and _infinitive_phrase(toks, c + 2)
    return place_only(toks, k)


# Portuguese nouns of a person with an infinitive's ending ("», diz, a mulher.")
_PEOPLE_IN_AR_ER = frozenset("mulher familiar militar titular auxiliar escolar par".split())


def _infinitive_phrase(toks: list[Token], k: int) -> bool:
    """True for a lower-case Portuguese infinitive at ``k`` and lower-case words after it to
    the sentence's end ("rir e a chorar ao mesmo tempo.", not "rir, a ministra")."""
    if (
        k >= len(toks)
        or not (toks[k][0].islower() and toks[k][0].endswith(("ar", "er", "ir")))
        or toks[k][0] in _PEOPLE_IN_AR_ER
        or (k + 1 < len(toks) and toks[k + 1][0] in fw.OF_WORDS)  # "a titular da pasta"
    ):
        return False
    rest = toks[k + 1 :]
    if rest and rest[-1][0] in (".", "!", "?"):
        rest = rest[:-1]
    c = next((c for c, t in enumerate(rest) if t[0] == ","), None)
    if c is not None and c + 1 < len(rest) and rest[c + 1][0].endswith(_POSTURES):
        # "», diz, a rir, sentada num banco que o marido fez em 1968.": a posture after the
        # manner, lower-case words (a year) to the end, no subject
        tail = rest[c + 2 :]
        return (
            len(rest) <= 20
            and posture_subject(tail) is None
            and all(t[0].isalpha() and t[0].islower() for t in rest[:c])
            and all((t[0].isalpha() and t[0].islower()) or t[0].isdigit() for t in tail)
        )
    return len(rest) <= 8 and all(t[0].isalpha() and t[0].islower() for t in rest)


# Portuguese articles, and the words after which one opens no subject: a preposition or "que"
# ("sentada à porta", "num banco que o marido fez")


_PT_ARTICLES = frozenset("a o as os um uma".split())
_PT_NOT_BEFORE_SUBJECT = frozenset(
    """que de do da dos das em no na nos nas num numa a à ao às aos com para por pelo pela
    sobre entre junto perto e ou até sem""".split()
)


def posture_subject(tail: list[Token]) -> int | None:
    """Where the words after a posture ("encostada ao balcão") go on with an article and a
    noun the place ended before: the subject of the verb ("», conta, a sorrir, encostada ao
    balcão a dona da banca ao lado"), not a subjectless verb of the person quoted before
    ("», diz, a rir, sentada num banco que o marido fez"); None when there is none."""
    for i in range(1, len(tail) - 1):
        if tail[i][0] in (",", ".", ";"):
            return None
        if (
            tail[i][0] in _PT_ARTICLES
            and tail[i - 1][0].isalpha()
            and tail[i - 1][0] not in _PT_NOT_BEFORE_SUBJECT
            and tail[i + 1][0].isalpha()
        ):
            return i
    return None


# Portuguese participles of a posture or a place after "a rir," ("sentada", "encostado")
_POSTURES = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")


def portuguese_epithet(toks: list[Token], k: int) -> bool:
    """True for the Portuguese article "a" and one role noun ending the clause after a verb:
    "», afirmou a autarca." (not a place or a manner: "a rir", "a jornalistas", "a Lisboa")."""
    if toks[k][0] != "a" or language() != "portuguese" or k + 1 >= len(toks):
        return False
    if toks[k + 1][0] in ("mesma", "própria") and k + 2 < len(toks):
        k += 1  # "», disse a mesma fonte.", "», contou a própria vítima.": "same", "herself"
    noun = toks[k + 1][0]
    if noun in ROMANCE_BODY_NOUNS or noun in nm.ROLES_EU:
        # "», afirma a direção regional em comunicado", "», garantiu a ministra ao jornal": a
        # body's or a role's noun is the subject whatever follows it
        return True
    return (
        noun.isalpha()
        and noun.islower()
        and not noun.endswith(("r", "s"))
        and (k + 2 == len(toks) or toks[k + 2][0] in (".", ",", ";"))
    )
