"""The Romance sentence that leaves out its subject (private to the speaker modules): Spanish,
Italian and Portuguese open a sentence on its verb ("Pidió además que …", "Ha chiesto
inoltre …", "Non ama le polemiche"), its subject the person of a sentence before; and a
Spanish or Italian clause going on after a quotation ("«…», por lo que pidió …") names no one.
"""

from __future__ import annotations

import bisect
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token

# Spanish, Italian and Portuguese auxiliaries opening a sentence with no subject: "Ha pedido
# …", "Aveva chiesto …", "Tinha dito …"
_AUX = frozenset("ha había habría aveva avrebbe avevano tinha teria havia tem".split())
ROMANCE_AUX = _AUX
# endings of a past participle after such an auxiliary
_PARTICIPLE_ENDS = ("ado", "ido", "ato", "ito", "uto", "to", "so", "cho", "sto")
# endings of a third-person past form: "Pidió", "Parlò", "Anunciou", "Pediu", "Escreveu"
_PAST_ENDS = ("ó", "ò", "ou", "eu", "iu")
# endings of a Spanish or Italian third-person imperfect: "Tenía", "Llevaba", "Aveva", "Guardava"
_IMPERFECT_ENDS = ("ía", "aba", "ava", "eva", "iva")
# adverbs, negations and conjunctions before a verb whose subject is left out: "Poi però
# aggiunge", "Non ama …", "Sólo dijo", "Luego añadió", "Depois disse", "Ma avverte:"
_OPENERS = frozenset(
    "poi però luego después además también depois ainda inoltre anche no non não nunca mai"
    " ya già já solo sólo só apenas soltanto appena ma pero mas y e".split()
)
_NEGATIONS = frozenset("no non não".split())
# object pronouns before a verb opening a sentence whose subject is left out
_OBJECT_CLITICS = frozenset("lo la le los las li gli".split())
_SO = frozenset("así così assim".split())
# words after a negation that are no verb of a person ("Non tutti", "No es fácil", "Non c'è")
_NOT_AFTER_NEGATION = frozenset(
    "tutti tutte tutto todos todas todo solo sólo só sempre siempre molto mucho muito tanto"
    " è es é era fue foi sarà será hay há c ci".split()
)
# object pronouns before the verb: "Non lo dice", "No se lo esperaba", "Non ne parla"
_CLITICS = frozenset("se si ne ci me mi te ti nos lhe lhes".split())
# Portuguese prepositions (fused with an article or not) opening an adjunct before the verb
_PT_FRONTING = frozenset("na no nas nos numa num em durante depois antes à ao após".split())
# intransitive participles a subject follows ("Ha parlato per lui l'avvocato X", "Ha
# respondido por ella su abogada, Y"): a name after them is their subject, not an object
_INVERTING = frozenset(
    "parlato hablado falado risposto respondido replicato replicado intervenuto intervenido".split()
)
_NOT_VERBS = frozenset("però perciò ciò può così giù finché poiché affinché museu europeu".split())


def dropped_subject(toks: list[Token], known: object = ()) -> bool:
    """True for a Spanish, Italian or Portuguese sentence that opens on its verb, its subject
    left out: a speech verb ("Dice que …", "Pediu ainda …"), an auxiliary and a participle
    ("Ha chiesto inoltre …"), a reflexive pronoun and a verb ("Se mostró …", "Si è detto …")
    or a past form ("Anunció …", "Parlò …"); ``known``: words that name someone in the text."""
    if language() not in ("spanish", "italian", "portuguese") or len(toks) < 2:
        return False
    first, second = toks[0][0], toks[1][0]
    low = first.lower()
    if not first[:1].isupper() or not second.isalpha() or not second.islower():
        return False
    if (
        low in _OBJECT_CLITICS
        and nm.bare(second) in nm.SPEECH_VERBS
        and (len(toks) == 2 or (len(toks) == 3 and toks[2][0].lower() in _SO))
    ):
        # "Lo explica así: …", "La spiega così: …": an object pronoun, the verb, nothing
        # after it (not "Lo dice el portavoz, X:", "Le risponde il capogruppo:": a subject)
        return True
    if low in nm.STOPWORDS or low in known or nm.bare(first) in FIRST_NAMES:
        return False
    if low in _PT_FRONTING and language() == "portuguese":
        # "Na última sessão, pediu a palavra.": a lower-case adjunct, its comma, then the verb
        c = next((c for c in range(1, min(len(toks), 8)) if toks[c][0] == ","), 0)
        if c and all(t[0].islower() or t[0].isdigit() for t in toks[1:c]) and c + 1 < len(toks):
            verb = toks[c + 1][0].split("-")[0]
            if (
                verb.isalpha()
                and verb.islower()
                and verb not in _NOT_VERBS
                and (
                    nm.bare(verb) in nm.SPEECH_VERBS
                    or (len(verb) > 3 and verb.endswith(_PAST_ENDS))
                )
            ):
                return True
            # (else read on: "Depois acrescenta, a rir: …" opens on the adverb and the verb)
    k = 0
    while k < min(len(toks) - 1, 3) and toks[k][0].lower() in _OPENERS:
        k += 1  # "Poi però aggiunge: …", "Non ama le polemiche", "Sólo dijo: …"
    if k:
        word = toks[k][0]
        return (
            word.isalpha()
            and word.islower()
            and word not in _NOT_VERBS
            and (
                word in _CLITICS
                # (after a negation, a verb: "Non ama …", "No quiso …", but "Non tutti …")
                or (toks[k - 1][0].lower() in _NEGATIONS and word not in _NOT_AFTER_NEGATION)
                or word in _AUX
                or nm.bare(word) in nm.SPEECH_VERBS
                or (len(word) > 3 and word.endswith(_PAST_ENDS))
            )
        )
    if low in _AUX:
        # (adverbs between them: "Ha poi aggiunto: …", "Había además pedido …")
        j = 1
        while j < min(len(toks) - 1, 3) and toks[j][0].lower() in _OPENERS:
            j += 1
        if inverted_subject(toks) is not None:
            return False  # "Ha parlato per lui l'avvocato X: …": the subject after the verb
        return toks[j][0].islower() and toks[j][0].endswith(_PARTICIPLE_ENDS)
    if (low, language()) in (("se", "spanish"), ("si", "italian")):
        # (Spanish "Si" and Italian "Se" are "if")
        low = second  # "Se mostró …", "Si è detto …"
        if low in _AUX or low == "è":
            return True
    low = low.split("-")[0]  # "Mostrou-se …"
    if low in _NOT_VERBS:
        return False
    if (
        len(low) > 4
        and low.endswith(_IMPERFECT_ENDS)
        and language() in ("spanish", "italian")
        and second not in ("de", "del", "di", "della", "dei", "delle")
    ):
        return True  # "Tenía las botas cubiertas de lodo.", "Aveva il volto tirato."
    return nm.bare(low) in nm.SPEECH_VERBS or (len(low) > 3 and low.endswith(_PAST_ENDS))


def verb_after_adjunct(toks: list[Token], known: object = ()) -> bool:
    """True for a Spanish, Italian or Portuguese clause that opens on adjuncts in commas and
    then on a verb whose subject is left out ("A la salida, sin embargo, atendió a los
    periodistas", "Uscendo, ha concesso ai cronisti poche parole", "Nel corso del processo, si
    era detto innocente", "Já nos bastidores, explicou-nos o repertório"): ``dropped_subject``
    for the words after the last comma."""
    if language() not in ("spanish", "italian", "portuguese"):
        return False
    c = next((c for c in range(len(toks) - 2, 0, -1) if toks[c][0] == ","), 0)
    if not c:
        c = _after_fronted_phrase(toks)
    if not c or not toks[c + 1][0].islower():
        return False
    word, start, end = toks[c + 1]
    return dropped_subject([(word.capitalize(), start, end), *toks[c + 2 :]], known)


# capitalised prepositions opening a fronted phrase of time or occasion with no comma after
# it ("In un'intervista del 2015 aveva raccontato …", "En una entrevista en 2012 explicaba …",
# "Numa entrevista em 2015 resumia …")
_FRONTING = frozenset("In Nel Nella En Em Na No Numa Num Durante".split())
# articles opening a noun phrase: one not right after a preposition is a subject
_BARE_ARTICLES = frozenset("il lo la i gli le el los las o a os as un una uno um uma".split())


def _after_fronted_phrase(toks: list[Token]) -> int:
    """The token before the verb of a clause that opens on a prepositional phrase with no
    comma and goes on with a verb whose subject is left out ("In un'intervista del 2015 aveva
    raccontato così il suo mestiere"); 0 when a word there is capitalised or an article that
    follows no preposition opens a subject ("In un'intervista il sindaco ha detto")."""
    if not toks or toks[0][0] not in _FRONTING:
        return 0
    for k in range(1, min(len(toks) - 1, 7)):
        word = toks[k][0]
        if not (word.islower() or word.isdigit()):
            return 0
        if word in _AUX or (word in _IMPERFECT_SPEECH and nm.bare(word) in nm.SPEECH_VERBS):
            return k - 1 if k > 1 else 0
        if word in _BARE_ARTICLES and toks[k - 1][0].lower() not in _PHRASE_PREPOSITIONS:
            return 0
    return 0


# imperfect forms a fronted phrase may lead to, checked against the speech verbs
_IMPERFECT_SPEECH = frozenset(
    "explicaba contaba decía recordaba resumía spiegava raccontava diceva ricordava"
    " explicava contava dizia recordava resumia".split()
)
_PHRASE_PREPOSITIONS = frozenset(
    "in en em a de di da con com por per su sobre tra fra entre durante".split()
)


def inverted_subject(toks: list[Token]) -> int | None:
    """The token where the subject after an intransitive participle starts, in a Spanish,
    Italian or Portuguese sentence opening on an auxiliary ("Ha parlato per lui l'avvocato X",
    "Ha respondido por ella su abogada, Y": the article or the capital after a short
    adjunct); None for any other sentence."""
    if len(toks) < 3 or toks[0][0].lower() not in _AUX or toks[1][0] not in _INVERTING:
        return None
    k = 2
    while k < min(len(toks), 7):
        word = toks[k][0]
        if word[:1].isupper() or word.lower() in _SUBJECT_OPENERS or word[:2] in ("l'", "l’"):
            return k
        if word in _PREPOSITIONS:
            # "per lui", "por ella": on someone's behalf, then the subject (but "Ha parlato
            # con il sindaco X": X is whom they spoke with, no subject)
            if k + 1 < len(toks) and toks[k + 1][0] in _STRESSED_PRONOUNS:
                k += 2
                continue
            return None
        if word in _FUSED_PREPOSITIONS or word[:4] in ("all'", "dall", "nell", "sull", "dell"):
            return None  # "Ha risposto al sindaco X": whom they answered
        if not (word.isalpha() and word.islower()):
            return None
        k += 1
    return None


_FUSED_PREPOSITIONS = frozenset(
    "al alla allo ai agli alle dal dalla dallo dai dalle col nel nella nello nei nelle sul"
    " sulla sullo sui del della dello dei delle degli".split()
)


_STRESSED_PRONOUNS = frozenset("lui lei loro él ella ellos ellas ele ela eles elas".split())


# articles and possessives opening the subject after such a participle
_SUBJECT_OPENERS = frozenset("il lo la i gli le el los las su sus suo sua o a os as".split())


# Spanish and Italian words opening a clause the sentence goes on with after a quotation's
# comma, never its speaker: "«…», por lo que pidió …", "«…», lo que provocó …", "«…», que el
# terreno …", "«…», mentre …"
_ROMANCE_OPENERS = frozenset(
    "que che porque perché aunque mentre mientras cuando quando ma pero però sino".split()
)
_ROMANCE_PAIRS = frozenset({("lo", "que"), ("por", "lo"), ("por", "eso"), ("per", "cui")})


def romance_clause(text: str, after: tuple[int, int] | None) -> bool:
    """True when the phrase read after a Spanish or Italian quotation opens such a clause."""
    if after is None or language() not in ("spanish", "italian"):
        return False
    words = text[after[0] : after[1] + 12].split()
    return bool(words) and (words[0] in _ROMANCE_OPENERS or tuple(words[:2]) in _ROMANCE_PAIRS)


# Spanish and Italian prepositions: a phrase opening on one is an adjunct or a place
_PREPOSITIONS = frozenset(
    "a en con por per in su sobre tra fra entre ante tras sin senza durante".split()
)


def named_after_adjunct(words: list[str]) -> list[str] | None:
    """The full name after a Spanish or Italian adjunct of manner or place that a speech verb
    puts before its subject ("ha detto tra le lacrime Marta X", "explicó con voz firme Ana
    Y"): a first name and a surname closing the phrase, lower-case words between them and the
    preposition, none a listener's or an owner's ("a", "di", "de", "della")."""
    if not adjunct_phrase(words):
        return None
    k = len(words)
    while k > 1 and words[k - 1][:1].isupper():
        k -= 1
    if (
        len(words) - k < 2
        or k < 2
        or nm.bare(words[k]) not in FIRST_NAMES
        or not all(w.islower() for w in words[1:k])
        or words[k - 1] in _OWNER_OR_LISTENER
    ):
        return None
    return words[k:]


_OWNER_OR_LISTENER = frozenset("a al ai alla de del della di dei degli delle da dal".split())


def adjunct_phrase(words: list[str]) -> bool:
    """True in Spanish or Italian text for a phrase the rules caught that opens on a lower-case
    preposition ("a questo giornale aveva", "a mano sobre una cartulina"): an adjunct or a
    place, never a speaker."""
    lang = language()
    if words and words[0] == "su" and lang == "spanish":
        return False  # the Spanish possessive ("resume su sobrina"), not the Italian "on"
    return len(words) > 1 and words[0] in _PREPOSITIONS and lang in ("spanish", "italian")


_ARTICLES_OPENING = frozenset("Il Lo La I Gli Le El Los Las O A Os As Un Una Uno Um Uma".split())


def parenthetical_verb(toks: list[Token]) -> int | None:
    """The token of a Spanish, Italian or Portuguese speech verb with its subject left out
    that stands alone between commas after the noun phrase a sentence opens on ("Il segreto,
    spiega, è tutto nel taglio", "El problema, dice, es el precio", "O segredo, explica, está
    no corte"): the speaker is the person the text is about; None for any other sentence."""
    if language() not in ("spanish", "italian", "portuguese") or len(toks) < 5:
        return None
    if toks[0][0] not in _ARTICLES_OPENING:
        return None
    c = next((c for c in range(1, min(len(toks) - 2, 6)) if toks[c][0] == ","), 0)
    if not c or toks[c + 2][0] != ",":
        return None
    if not all(t[0].isalpha() and t[0].islower() for t in toks[1:c]):
        return None  # (a name in the noun phrase: "La sindaca Ana X, dice, …")
    verb = toks[c + 1][0]
    if verb.endswith(_PLURAL_ENDS):
        return None  # "El problema, dicen, es …": people in general, no one named
    return c + 1 if verb.islower() and nm.bare(verb) in nm.SPEECH_VERBS else None


# third-person plural endings of Spanish, Italian and Portuguese verbs ("dicen", "dicono",
# "dizem", "raccontano", "comentan")
_PLURAL_ENDS = ("an", "en", "ano", "ono", "am", "em")


# "Para a politóloga Inês X, a estratégia de Y é clara. «…», explicou.", "Pour l'historien Marc
# X, le vote est un tournant. « … », estime-t-il": an opinion the sentence before frames as
# someone's ("para", "pour", "selon", "segundo" and the person before its comma) is the
# person a speech verb with its subject left out after the quotation stands for
_FRAMING = frozenset("Para Pour Selon Segundo".split())


def framing_person(att: Any, pos: int) -> str | None:
    """For a speech verb at ``pos`` right after a quotation that opens its sentence (or ends a
    sentence framed so), the person named first between a framing word opening that sentence
    or the one before (``_FRAMING``) and its first comma, else None."""
    if language() not in ("french", "portuguese"):
        return None
    k = bisect.bisect_right(att.span_opens, pos) - 1
    if k < 0 or att.text[att.spans[k].close_end : pos].strip(" ,") != "":
        return None
    span = att.spans[k]
    _, ps, _ = att._para_of(span.open_at)
    start = att._sentence_start(span.open_at, ps)
    if not att.text[start : span.open_at].strip():
        if start <= ps:
            return None
        start = att._sentence_start(start - 1, ps)
    if k > 0 and att.spans[k - 1].close_end > start:
        return None  # another quotation in that sentence
    head = att.text[start : span.open_at]
    lead = head.lstrip()
    comma = lead.find(",")
    if lead.split(" ", 1)[0] not in _FRAMING or comma < 0:
        return None
    at = start + (len(head) - len(lead))
    named = [m for m in att.people.mentions if at <= m.pos < at + comma]
    return named[0].name if len(named) == 1 else None


def fronted_then_dropped(toks: list[Token], v: int, n: int, known: object = ()) -> bool:
    """True for a Spanish, Italian or Portuguese clause opening on a lower-case adjunct and
    its comma, then on the speech verb at ``v`` whose subject is left out, then "que"/"che"
    ("Ainda assim, alerta que …", "Poco después, explicó que …")."""
    return (
        1 < v
        and toks[v - 1][0] == ","
        and v + n < len(toks)
        and toks[v + n][0] in ("que", "che")
        and toks[v][0].islower()
        and not any(t[0][:1].isupper() for t in toks[1:v])
        and not any(t[0] == "," for t in toks[: v - 1])
        # (not after a document: "Em comunicado, sublinha que …" is mostly a body's)
        and not any(t[0].lower() in nm.DOCUMENT_NOUNS | {"nota", "note"} for t in toks[: v - 1])
        and verb_after_adjunct(toks[: v + n + 1], known)
    )
