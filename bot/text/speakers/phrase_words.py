"""Word lists and token tests of the noun-phrase rules around a speech verb (private to
``phrases.py``): auxiliaries, modals, articles, time words, the German noun after an article
and the English words that make "that" a conjunction."""

from __future__ import annotations

from bot.text.speakers import names as nm
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token

INDEFINITE_DE_NL = frozenset("ein eine een".split())
MODALS = frozenset("would will could might may should can must".split())
# the Italian "be" of a reflexive compound tense: "si è detto", "si sono dette", "si era detta"
REFLEXIVE_BE = frozenset("è sono era erano fu furono sarebbe sarebbero".split())
# plural auxiliaries before a participle, not part of the subject: "Gli osservatori
# internazionali hanno descritto", "Les syndicats ont dénoncé", "De bewoners hebben gezegd"
PLURAL_AUXILIARIES = frozenset("hanno ont han têm hebben haben have".split())
# French auxiliaries of the past perfect, the future and the conditional: "La chambre
# régionale des comptes avait (déjà) relevé", "le maire aurait confié" (after a pronoun, "il
# avait lâché", the subject is left to the pronoun rules as before)
TENSE_AUXILIARIES = frozenset("avait avaient aura auront aurait auraient".split())
_PRONOUNS_FR = frozenset("il elle ils elles on".split())
# the French past perfect's auxiliary, as reports of earlier findings write them: "La chambre
# régionale des comptes, dans un rapport publié en juin, avait relevé une « … »" (after a noun
# phrase only: what "il avait" stands for is left to the other rules)
# the past before the past (and the conditional of reported speech) in the Romance languages:
# "La chambre régionale des comptes avait relevé", "X había asegurado", "X aveva detto",
# "X tinha garantido", "X habría dicho", "X avrebbe spiegato"
PAST_PERFECT = frozenset(
    "avait avaient aurait auraient había habían habría habrían aveva avevano avrebbe avrebbero"
    " tinha tinham havia haviam teria teriam".split()
)

ESIT = ("spanish", "italian")
# English nouns ending like an adverb in "-ly"
LY_NOUNS = frozenset(
    "family assembly rally ally supply anomaly monopoly homily folly bully".split()
)
# "and"/"but" before a second verb phrase ("Reyes backed the plan, but now said …", "La
# empresa confirmó el acuerdo y aseguró que «…»")
# "as" opening a sentence before its verb: "Como dice el dicho", "Comme le dit X"
AS_OPENERS = frozenset("Como Come Comme Conforme Zoals".split())
AND_BUT = frozenset("and but y pero et mais e ma mas".split())
OBJECT_CLITICS = frozenset("lo la li le los las les".split())
# words before a noun ending in "-ment"/"-mente", which is then no adverb
NOUN_BEFORE = frozenset("au aux du des le un une o um uma do da no na ao".split())
# German and Dutch words before a time noun: "vergangene Woche", "am Abend", "diesen Sommer"
TIME_BEFORE = frozenset(
    "vergangene vergangenen letzte letzten diese diesen dieses nächste nächsten kommende "
    "kommenden vorige vorigen am im jeden".split()
)
# a company's legal form after a comma: "Norcom, Inc."
# a preposition between a person noun and the employer, platform or post it names
EMPLOYER_PREPS = frozenset("for at with from to on".split())
# articles opening a common-noun subject in French, Spanish, Italian, Portuguese, Dutch and
# German: "Le syndicat des transports a indiqué", "La asociación de vecinos dijo"
FOREIGN_ARTICLES = frozenset("le la les el los las il lo gli o os as het der die das".split())
# quantifiers opening "one of the …" after a person noun and its preposition
ONE_OF = frozenset("one some each any many several most".split())


# the determiners opening someone unnamed: "a source close to him", "one friend of them"
SOMEONE = frozenset("a an one another".split())


# German articles before a common noun (capitalized like a name)
NOUN_ARTICLES_DE = frozenset("der die das den dem des einen einem einer eines".split())


def noun_after_article(toks: list[Token], j: int) -> bool:
    """True when the capitalized words ending at token j follow a German article ("der
    Wehren", "des Roten Kreuzes"): a noun phrase, no name."""
    k = j
    while k > 0 and j - k < 3 and toks[k - 1][0][:1].isupper():
        k -= 1
    return k > 0 and toks[k - 1][0] in NOUN_ARTICLES_DE


def relative_word(word: str) -> bool:
    """True for a lower-case English plural ("investors") or a finite "be" or "have": after
    "that" they make it a relative or a conjunction ("a firm that investors described as",
    "concluded that managers were warned"), never a demonstrative ("that spokesman")."""
    if word in ("was", "were", "is", "are", "had", "has", "have"):
        return True
    return word.isalpha() and word.islower() and word.endswith("s") and not word.endswith("ss")


def auxiliary(word: str, before: str) -> bool:
    """True for a plural auxiliary, or a French one of another tense after a word that is no
    pronoun (``before``), ahead of a participle."""
    return word in PLURAL_AUXILIARIES or (
        word in TENSE_AUXILIARIES and language() == "french" and before.lower() not in _PRONOUNS_FR
    )


# French participles of an office's charge after a role noun: "l'enquêteur chargé du dossier",
# "le juge chargé de l'instruction", "l'adjointe chargée des finances"
_CHARGED = frozenset("chargé chargée chargés chargées".split())
_CHARGED_OF = frozenset("de du des d' d’ de la l' l’".split())


def charged_with(toks: list[Token], i: int) -> int:
    """The number of tokens before ``i`` that a French "chargé de …" complement after a role
    noun takes (the participle, "de" and at most four lower-case words), or 0."""
    if language() != "french":
        return 0
    for c in range(i - 2, max(0, i - 7), -1):
        if toks[c][0].lower() in _CHARGED:
            words = [t[0] for t in toks[c + 1 : i]]
            if (
                c > 0
                and toks[c - 1][0][:1].isalpha()
                and words
                and (words[0].lower() in _CHARGED_OF or words[0].lower().startswith(("d'", "d’")))
                and all(w[:1].islower() for w in words)
            ):
                return i - c
            return 0
    return 0


def fronted_body_article(toks: list[Token], k: int, i: int) -> bool:
    """True for a French or Spanish article at ``k`` right after the comma of a short phrase
    the sentence opens on, before a body's name in capitals up to the verb at ``i``: "Dans un
    communiqué, la Ligue de natation a salué « … »", "Ayer, el Gobierno regional celebró «…»"
    (not "la empresa", "la direction": the rules on the body named before take those up)."""
    return (
        toks[k][0] in FOREIGN_ARTICLES
        and 1 < k <= 6
        and toks[k - 1][0] == ","
        and toks[0][0][:1].isupper()
        and not any(t[0] in ",;:" for t in toks[: k - 1])
        and any(t[0][:1].isupper() for t in toks[k + 1 : i])
        and language() in ("french", "spanish")
    )


# prepositions that open a fronted phrase before a Romance verb whose subject follows it ("En
# una entrevista en la Cadena SER, había asegurado X:", "Ao Expresso, tinha garantido X:",
# "Desde Bruselas había advertido la comisaria X:")
_FRONT_PREPS = frozenset(
    "en em a ao à aos às desde da dal dalla de del do na no nel nella con com per por para sur"
    " dans depuis selon según segundo secondo durante tras après dopo após".split()
)


_ARTICLES = frozenset("el la los las il lo le les gli i o a os as un una une um uma".split())


def subject_before_aux(toks: list[Token], i: int) -> bool:
    """True when the words before a Romance auxiliary of the past before the past (token
    ``i - 1``) end on its subject: a name or a noun right before it ("X había asegurado"),
    or a name in commas ("Marchetti, in mattinata, aveva parlato", "El ministro, Fabián
    Soler, había asegurado"); not a fronted phrase after which the subject follows the
    verb ("Desde Bruselas había advertido la comisaria X:", "Ao Expresso, tinha garantido
    X:") nor an adverb whose sentence drops its subject ("Antes, en su turno, había …")."""
    prev = toks[i - 2][0]
    if prev[:1].isalnum():
        # (the words since the last comma: not a fronted phrase, "Desde Bruselas había …")
        start = max((k + 1 for k in range(i - 2) if toks[k][0] == ","), default=0)
        return toks[start][0].lower() not in _FRONT_PREPS - {"a", "o"}
    if prev != ",":
        return False
    chunk_start = 0
    for k, t in enumerate(toks[: i - 1]):
        if t[0] == ",":
            chunk_start = k + 1
            continue
        governed = toks[chunk_start][0].lower() in _FRONT_PREPS  # ("en la Cadena SER,")
        if (
            t[0][:1].isupper()
            and t[0].isalpha()
            and not governed
            and nm.bare(t[0]) not in nm.STOPWORDS
            and t[0].lower() not in _ARTICLES  # ("El martes, …, había asegurado X:")
            and not (k == 0 and nm.romance_opener(t[0]))
        ):
            return True
    return False
