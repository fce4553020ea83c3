"""The noun phrase after a speech verb (private to ``attribution.py``): ``said [Sen. Jo Marlow]
(I-Vt.), who``, ``sagte [Projektleiterin Anke Vogel] bei der Vorstellung``, ``a déclaré
[l'adjointe au maire Claire Fontaine]``: where the speaker's phrase starts and where it ends
(before a time, a listener, an employer, a clause). ``PhraseRules`` builds on ``ObjectRules``.
"""

from __future__ import annotations

import re

from bot.text.speakers import after_words as aw
from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.clause import ClauseRules
from bot.text.speakers.germanic_people import portfolio_name_start, portfolio_then_name
from bot.text.speakers.germanic_unnamed import governed_adjective_np
from bot.text.speakers.introduced import SOURCES
from bot.text.speakers.np_bounds import (
    PLACE_ARTICLES,
    np_ends,
    np_start,
    pronoun_then_listener,
    unnamed_ends,
)
from bot.text.speakers.people import People
from bot.text.speakers.reading import language, romance_text
from bot.text.speakers.shapes import Token

# words that end a noun phrase: a clause opener, a preposition, punctuation
CLAUSE_STOP = (
    nm.SUBORDINATORS
    | frozenset(
        ", . ; : ( ) [ ] — – ! ? who which whose that in at on during to after before when while"
        " as about via from for with told because since by"
        # Russian: the listener follows the name without a preposition ("сказал X журналистам")
        " журналистам репортерам репортёрам изданию агентству телеканалу газете корреспонденту"
        " в на во по для который которая которые".split()
    )
    | nm.FOREIGN_STOPS
)
# the article or preposition before a weekday: "sagte am Donnerstag", "dijo el jueves"
# articles before the document a speaker spoke in ("in un comunicato", "dans un communiqué")
_DOCUMENT_ARTICLES = frozenset("un una um uma une il el o le".split())
_DAY_ARTICLES = frozenset("am le el il lo op na no ao al".split())
# Romance "before" and "after" opening a phrase of time after the verb: "después del partido"
_BEFORE_AFTER = frozenset("antes después luego depois avant après prima dopo".split())
_OF_TIME = frozenset("de del di della dello do da dos das du des".split())
_ITALIAN_AGE_RE = re.compile(r"\d{1,3}-?enne$")
_TIME_ARTICLES = frozenset("el la los las il lo i gli le o a os as l' l’ un una uno um uma".split())


def _past_time_phrase(toks: list[Token], k: int) -> int | None:
    """Where a subject opens after a phrase of time that starts at token ``k`` (after
    "después de", "prima della"): an article, a noun or an infinitive, and "a"/"al" and its
    noun; None when none follows (the phrase ends the clause)."""
    if k < len(toks) and toks[k][0].lower() in _TIME_ARTICLES:
        k += 1
    if k < len(toks) and toks[k][0].isalpha() and toks[k][0].islower():
        verb = toks[k][0].endswith(("ar", "er", "ir", "re", "are", "ere", "ire"))
        k += 1
        if (
            verb  # an infinitive's object: "antes de levantar la sesión"
            and k + 1 < len(toks)
            and toks[k][0].lower() in _TIME_ARTICLES
            and toks[k + 1][0].islower()
        ):
            k += 2
    if k + 1 < len(toks) and toks[k][0] in ("a", "al", "ao", "à", "allo", "alla"):
        k += 2  # "antes de subir al autobús"
    if k < len(toks) and (toks[k][0][:1].isupper() or toks[k][0].lower() in _TIME_ARTICLES):
        return k
    return None


# German and Dutch prepositions of where someone unnamed stands when they speak
_WHERE_SOMEONE_IS = frozenset("vanaf op auf in im am an aan naast neben achter hinter".split())


def from_place(toks: list[Token], j: int, k: int) -> bool:
    """True for German or Dutch "aus"/"uit" and a capitalized place after an indefinite article
    and a noun (an adjective between) at j: "ein Rentner aus Lingen", "een klant uit Hoorn",
    or the place's article first: "eine Anwohnerin aus der Moorstraße", "eine Urlauberin aus
    dem Norden", "een bewoner uit de Dorpsstraat"."""
    at = k + 2 if k + 1 < len(toks) and toks[k + 1][0] in PLACE_ARTICLES else k + 1
    return (
        2 <= k - j <= 3
        and toks[j][0].lower() in ("ein", "eine", "een")
        and at < len(toks)
        and toks[at][0][:1].isupper()
    )


def from_place_en(toks: list[Token], j: int, k: int) -> bool:
    """True for English "from" at k and a capitalized place (its "the" first) after an
    indefinite article and a lower-case noun (an adjective between) at j: "one grower from the
    Vale of Brenley", "a fan from Dorset"."""
    at = k + 2 if k + 1 < len(toks) and toks[k + 1][0] == "the" else k + 1
    return (
        2 <= k - j <= 3
        and toks[j][0].lower() in ("a", "an", "one")
        and all(t[0].isalpha() and t[0].islower() for t in toks[j + 1 : k])
        and at < len(toks)
        and toks[at][0][:1].isupper()
        and language() == "english"
    )


def source_at(toks: list[Token], j: int, k: int) -> bool:
    """True for German or Dutch "bei"/"bij" at k after an indefinite article and a noun of an
    unnamed source (``introduced.SOURCES``) at j, its body's article after: "een bron bij de
    politie", "eine Quelle bei der Staatsanwaltschaft" (not "een man bij de bakker")."""
    return (
        k - j == 2
        and toks[j][0].lower() in ("een", "eine")
        and toks[j + 1][0].lower() in SOURCES
        and k + 2 < len(toks)
        and toks[k + 1][0] in ("de", "het", "der", "dem")
    )


# how many times, after a verb: an adverb, never its subject ("ripete più volte durante la
# telefonata", "repite varias veces", "a répété plusieurs fois", "repetiu várias vezes")
_HOW_MANY = frozenset(
    "più molte tante varie alcune poche varias muchas algunas pocas plusieurs maintes"
    " várias muitas algumas poucas".split()
)
_TIMES = frozenset("volte veces fois vezes".split())
# a Romance verb's object clause or complement right after it, never its subject: "ammette
# che …", "admite que …", "Parla di un paese …"
_OBJECT_OPENERS = frozenset("che que qu' qu’ di".split())
# Romance adverbs of the day after a name, which end it: "ha detto Bellini ieri sera"
_DAYS_BACK = frozenset("ieri oggi stamattina stasera ayer hoy anoche hier ontem hoje".split())


class ObjectRules(ClauseRules):
    """Rules for the noun phrase after a verb."""

    text: str
    people: People

    def _np_after(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        """The noun phrase starting at token j: "said [Sen. Jo Marlow] (I-Vt.), who"."""
        j = np_start(toks, j)  # "erinnert sich Landwirt X Y", "klinkt het bij X Y"
        if (
            j < len(toks)
            and toks[j][0] in _OBJECT_OPENERS
            and romance_text()
            # (but "ha dichiarato di buon mattino il prefetto X", "dice di lei la sorella Y":
            # an adverbial "di", the subject after it)
            and not (toks[j][0] == "di" and any(t[0][:1].isupper() for t in toks[j + 1 :]))
        ):
            return None  # "ammette che la polemica è …:", "Parla di un paese «…»": an object
        while j < len(toks) and (
            toks[j][0].lower() in nm.TIME_WORDS
            or (
                toks[j][0] in _DAY_ARTICLES
                and j + 1 < len(toks)
                and toks[j + 1][0].lower() in nm.TIME_WORDS
            )
            or (  # "ripete più volte", "repite varias veces", "a répété plusieurs fois"
                toks[j][0].lower() in _HOW_MANY
                and j + 1 < len(toks)
                and toks[j + 1][0].lower() in _TIMES
            )
        ):
            j += 1  # said Tuesday / said on Monday / sagte am Donnerstag / dijo el jueves
            if toks[j - 1][0].lower() in _HOW_MANY:
                j += 1
        if j + 1 < len(toks) and toks[j][0] in _BEFORE_AFTER and toks[j + 1][0] in _OF_TIME:
            # "dijo después del partido", "declaró antes de la cena": time, then the subject
            # if one follows ("dijo después del partido Xavi X", "disse depois do jogo o
            # treinador X", "dijo antes de subir al autobús el defensa X")
            j = _past_time_phrase(toks, j + 2)
            if j is None:
                return None
        if (
            j + 1 < len(toks)
            and toks[j][0] in _BEFORE_AFTER
            and (toks[j + 1][0][:1].isupper() or toks[j + 1][0].lower() in _TIME_ARTICLES)
        ):
            j += 1  # "añadió después Ana Ruiz", "añadió después el alcalde": the adverb first
        if (
            j < len(toks)
            and toks[j][0].lower() in nm.PRONOUNS
            and (
                not any(t[0][:1].isupper() for t in toks[j + 1 : j + 4])
                or pronoun_then_listener(toks, j)  # "sagte er der Nachrichtenagentur X"
            )
            and not (  # Italian "il ministro dell'Interno, Paolo Greco": an article
                toks[j][0] == "il"
                and j + 1 < len(toks)
                and (toks[j + 1][0].isalpha() or _ITALIAN_AGE_RE.match(toks[j + 1][0]))
            )  # (or an age: "ha dichiarato il 29enne")
        ):
            # zei hij na afloop: the pronoun alone (but "ha detto il presidente Franco Marino")
            return toks[j][1], toks[j][2]
        if (
            0 < j + 2 < len(toks)
            and toks[j - 1][0] in ("in", "en", "em", "dans")
            and toks[j][0] in _DOCUMENT_ARTICLES
            and toks[j + 1][0] in nm.DOCUMENT_NOUNS
            and toks[j + 2][0][:1].isupper()
        ):
            # "ha avvertito in un comunicato Medici della Montagna", "a indiqué dans un
            # communiqué X": the document the body spoke in, then the body
            j += 2
        if j < len(toks) and toks[j][0] in aw.WHERE_AT and romance_text():
            # "explica detrás de la vitrina", "racconta dietro il bancone", "conta atrás do
            # balcão": where the verb is said, no subject after it (the subject left out; but
            # "comentaba frente a él Ana Ruiz, una vecina": the name after the place phrase)
            rest = next((k for k in range(j, len(toks)) if toks[k][0] in ",.;:!?"), len(toks))
            if not any(t[0][:1].isupper() for t in toks[j:rest]):
                return None
        before_press = j
        j = self._past_press(toks, j)  # "ha declarado a EFE el letrado, X"
        if j < 0:
            return None  # "ha spiegato all'ANSA.": only the press the speaker told
        if j > before_press and _lower_adjunct(toks, j):
            return None  # "ha dichiarato ai cronisti a margine di un convegno.": no subject
        if (ext := governed_adjective_np(toks, j)) is not None:
            return toks[j][1], toks[ext][2]  # "sagte eine mit den Plänen vertraute Person"
        k = j
        while k < len(toks):
            w = toks[k][0]
            lw = w.lower()
            if (
                k > j
                and toks[k - 1][0][:1].isupper()
                and toks[k - 1][0].lower() in ("van", "von", "de", "di")
                and lw in ("der", "den", "de", "la")
                and k + 1 < len(toks)
                and toks[k + 1][0][:1].isupper()
            ):
                k += 1  # "ha detto Van der Meersch": a surname's second particle
                continue
            if (
                lw == "en"
                and k > j
                and toks[k + 1 : k + 2]
                and toks[k + 1][0].lower() in ("chef", "scène", "second")
                and language() == "french"
            ):
                k += 2  # "le rédacteur en chef", "la metteuse en scène": one role noun
                continue
            if k > j and self._romance_np_end(toks, k):
                break  # "l'attaccante ai microfoni di Dazn", "Santiváñez a la salida del …"
            if (
                k > j
                and romance_text()
                and (
                    fw.gerund(w)
                    # (not "o vereador com o pelouro das Finanças, X": a role, then the name)
                    or (w in fw.MANNER and not any(t[0][:1].isupper() for t in toks[k:]))
                )
            ):
                break  # "dijo Ana Ruiz mirando al jurado", "dice la jueza con una sonrisa"
            if lw == "." and k > j:
                prev = toks[k - 1][0]
                # (not a one-letter name before a new sentence: "scrive un utente su X. Un
                # altro ribatte:", an article after the stop)
                after = toks[k + 1][0].lower() if k + 1 < len(toks) else ""
                if nm.bare(prev) in nm.ABBREVIATIONS or (
                    len(prev) == 1 and prev.isupper() and after not in _NEW_SENTENCE
                ):
                    k += 1  # "Sen." or the initial in "Robert J. Keane"
                    continue
            if lw == "of" and k + 1 < len(toks) and toks[k + 1][0][:1].isupper():
                k += 1  # Secretary of State Dana Whitlock
                continue
            if unnamed_ends(toks, j, k):
                break  # "un vieil homme [assis sur …]", "een oudere man [die …]"
            if np_ends(toks, j, k):
                break  # a German or Dutch speaker's noun phrase ends here (see germanic)
            if w == "(" and k > j and (named := self._bracketed_name(toks, j, k)):
                return named  # "el director de la Corporación Forestal (Conaf), Ana Ruiz"
            if lw in ("primo", "prima") and k > j and toks[k - 1][0].lower() in ("il", "la"):
                k += 1  # "ha detto la prima cittadina": an adjective, not "before"
                continue
            if lw in ("aus", "uit") and from_place(toks, j, k):
                k += 1  # "zei een bezoekster uit Heemstede": where someone unnamed is from
                continue
            if (lw == "from" and from_place_en(toks, j, k)) or (
                lw in ("bij", "bei") and source_at(toks, j, k)
            ):
                # "said one grower from the Vale of Brenley", "zegt een bron bij de politie":
                # where someone unnamed is from, or whom an unnamed source works for
                k += 1
                continue
            if (
                lw in _WHERE_SOMEONE_IS
                and k - j >= 2
                and toks[j][0].lower() in ("een", "ein", "eine")
            ):
                break  # "riep een vader vanaf de tribune": where they stand, not who they are
            if lw in ("voor", "für", "for") and (run := portfolio_then_name(toks, k)):
                if first := portfolio_name_start(toks, k, run):
                    return toks[first][1], toks[run - 1][2]  # only the personal name
                k = run  # "zei minister voor Ontwikkelingssamenwerking Pieter X": the title
                break
            if (
                (lw in CLAUSE_STOP and not (k == j and lw in ("ein", "eine")))
                or w in '"“”'
                or (w.islower() or lw in nm.WEEKDAYS_EN)  # "Richard Sabato" is a name
                and (lw in nm.TIME_WORDS - {"on", "at", "in", "last", "this"} or lw in _DAYS_BACK)
                and k > j
                and toks[k - 1][0][:1].isupper()
                or (w in nm.LISTENER_PREPS and k > j and toks[k - 1][0][:1].isupper())
            ):
                # a listener or a day after the name: "zei Hugo Jansen tegen de krant",
                # "sagte Max Weber am Montag" (but "l'assessora alla mobilità Giulia Conti")
                break
            if (
                k >= j + 2
                and toks[k - 1][0][:1].isupper()
                and toks[k - 2][0][:1].isupper()
                and (
                    fw.ELIDED_PREP_RE.match(w)
                    or w in fw.AFTER_NAME
                    or (
                        w in ("der", "des", "di")
                        and k + 1 < len(toks)
                        and toks[k + 1][0][:1].isupper()
                        # (but "Wout Van der Meersch", "Ursula Von der X": a surname's particle)
                        and toks[k - 1][0].lower() not in nm.NAME_PARTICLES
                    )
                )
            ):
                # "l'economista Davide Colombo dell'Università Bocconi", "Petra Wolf der
                # Deutschen Presse-Agentur", "Marta Bianchi di Legambiente": the employer or
                # listener after a full name
                break
            if (
                w in ("dem", "den")
                and k > j + 1
                and toks[k - 1][0][:1].isupper()
                and toks[k - 2][0].lower() in ("der", "die", "das")
            ):
                break  # sagte der SPD-Politiker den Zeitungen: the listener after the subject
            if (
                w in ("der", "dem", "den")
                and k > j
                and nm.bare(toks[k - 1][0]) in self.people.registry
                and toks[k - 2][0].lower() not in ("von", "van", "de")
            ):
                break  # „…“, sagte Weber der Zeitung: a known surname, then the listener
            k += 1
        if k <= j:
            return None
        named = self._appositive_name(toks, j, k)
        return named or (toks[j][1], toks[k - 1][2])


_INDEFINITE = frozenset("un une des um uma uns umas".split())
# articles that open a new sentence after a stop, never a surname after an initial
_NEW_SENTENCE = frozenset(
    "un una uno une um uma il lo la le el los las les the a an een het".split()
)


def object_after_verb(toks: list[tuple[str, int, int]], k: int, clause: str) -> bool:
    """True in French or Portuguese when a sentence of its own opening on a speech verb goes
    on with an indefinite noun phrase: its object ("Promit une aide rapide.", "Prometeu uma
    ajuda rápida."), not a subject after the verb."""
    return (
        k < len(toks)
        and toks[k][0] in _INDEFINITE
        and clause.rstrip().endswith(".")
        and language() in ("french", "portuguese")
    )


def object_then_of(toks: list[Token], j: int) -> bool:
    """True when "of", "about" or "against" stands at token ``j`` or after an object of up to
    three lower-case words ("warned of", "accused the council of", "told them about")."""
    for p in range(j, min(j + 4, len(toks))):
        if toks[p][0] in ("of", "about", "against"):
            return True
        if not (toks[p][0].isalpha() and toks[p][0].islower()):
            return False
    return False


# English finite verbs opening a reported clause's predicate: "said Lind had shown “…”"
_REPORTED_FINITE = frozenset(
    "had has have was were is are would could will should might must did does".split()
)


def reported_after(toks: list[Token], j: int) -> bool:
    """True when token ``j`` opens a reported clause after a speech verb, its subject a name
    of up to three capitalized words and a finite verb after it ("… and said Tranmere had
    shown “…”"): that name is who the clause is about, not the speaker."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k][0][:1].isupper():
        k += 1
    return j < k < len(toks) and toks[k][0] in _REPORTED_FINITE


def and_then_of(toks: list[Token], j: int) -> bool:
    """After "and" and a speech verb: an object then "of" (``object_then_of``) or a reported
    clause (``reported_after``); either way the verb's subject is the clause's before."""
    return object_then_of(toks, j) or reported_after(toks, j)


# Spanish and Italian prepositions opening an adjunct after the press a speaker told
_ADJUNCT_OPENERS = frozenset("a al alla in nel nella en con durante dopo tras desde".split())


def _lower_adjunct(toks: list[Token], j: int) -> bool:
    """True when token ``j`` opens a Spanish or Italian adjunct in lower case running to the
    clause's end with no capital in it: "(ai cronisti) a margine di un convegno.", "(a los
    periodistas) en la puerta del juzgado.": no subject after it."""
    if (
        language() not in ("spanish", "italian")
        or j >= len(toks)
        or toks[j][0] not in _ADJUNCT_OPENERS
    ):
        return False
    end = next((k for k in range(j, len(toks)) if toks[k][0] in ",.;:!?"), len(toks))
    return not any(t[0][:1].isupper() for t in toks[j:end])
