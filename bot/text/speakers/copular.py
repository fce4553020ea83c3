"""Spanish and Italian sentences that say who someone is, for the quotation after them
(private to ``romance.py``).

A portrait names its subject with a copula ("El artífice deportivo es Paco X, un técnico de
58 años …", "La signora di Modena è Ada Y, 84 anni.") or puts a subject pronoun in focus
with a cleft ("È lei che lo accompagna alle gare.", "Es ella quien abre la tienda."); the
quotation standing alone after such a sentence, or a verb after it with no subject, is that
person's.
"""

from __future__ import annotations

from bot.text.speakers import names as nm
from bot.text.speakers.people import People
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token

# a cleft putting a subject pronoun in focus: "È lei che lo accompagna …", "È lui a
# raccontare …", "Es ella quien lleva …", "Fue él el que …" (Spanish, Italian)
_CLEFT_BE = frozenset("È Era Fu Es Fue".split())
_CLEFT_PRONOUNS = frozenset("lei lui ella él".split())
_CLEFT_THAT = frozenset("che a quien la el".split())
# the copula of a sentence naming who a description is: "El artífice es Paco X", "La signora
# di Modena è Ada Y", "La primera en verla fue Luisa Z" (Spanish, Italian)
_COPULAS = frozenset("es è era fue fu".split())
_DESCRIPTION_OPENERS = frozenset("El La Il Lo L' L’ Uno Una".split())
# words in apposition after a name that show a person: an article opening a role ("Paco X,
# un técnico …"), else an age ("Ada Y, 84 anni")
_APPOSITION_ARTICLES = frozenset("un una uno el la il lo".split())


def cleft_pronoun(toks: list[Token]) -> bool:
    """True for a Spanish or Italian sentence opening on a cleft that puts a subject pronoun
    in focus ("È lei che …", "È lui a raccontare …", "Es ella quien …", "Fue él el que …"):
    the pronoun is its subject; not "È lei la responsabile", a predicate noun after it."""
    return (
        len(toks) > 3
        and language() in ("spanish", "italian")
        and toks[0][0] in _CLEFT_BE
        and toks[1][0] in _CLEFT_PRONOUNS
        and toks[2][0] in _CLEFT_THAT
        and (toks[2][0] not in ("la", "el") or toks[3][0] == "que")
    )


def identified_person(text: str, people: People, toks: list[Token]) -> tuple[str, int] | None:
    """For a Spanish or Italian sentence saying who a description is ("El artífice
    deportivo es Paco Linares, un técnico de 58 años …", "La signora di Modena è Ada
    Ferretti, 84 anni."): the person named in full after the copula, whom the sentence is
    about; a description of lower-case words (and "de"/"di" with a place) before it, and
    the name one the text shows to be a person (a first name or a title, or an age or a
    role after an article in apposition)."""
    if language() not in ("spanish", "italian") or len(toks) < 4:
        return None
    if toks[0][0] not in _DESCRIPTION_OPENERS:
        return None
    c = next((c for c in range(1, min(len(toks) - 1, 9)) if toks[c][0] in _COPULAS), 0)
    if not c or not all(
        toks[j][0].isalpha() and (toks[j][0].islower() or toks[j - 1][0] in ("de", "di"))
        for j in range(1, c)
    ):
        return None
    j = c + 1
    while j < len(toks) and toks[j][0][:1].isupper():
        j += 1
    if j - c < 3 or (j < len(toks) and toks[j][0] not in (",", ".")):
        return None  # (a full name, then its apposition or the sentence's end)
    name = text[toks[c + 1][1] : toks[j - 1][2]]
    got = people.name_in(name, toks[c + 1][1])
    # (an age or "un …" in apposition shows a person too: "Ada X, 84 anni", "Y, un técnico")
    aged = j + 1 < len(toks) and (
        toks[j + 1][0].isdigit() or toks[j + 1][0] in _APPOSITION_ARTICLES
    )
    if (
        got is None
        or not got[1]
        or nm.looks_like_org(got[0].split())
        or not (aged or any(m.name == got[0] and m.gender for m in people.mentions))
    ):
        return None
    return name, toks[c + 1][1]


# a free relative standing for what was said or for who said it: "Foi o que disse o
# prefeito X:", "È quello che ha detto il sindaco:", "Quem confirmou foi o diretor X:",
# "Chi lo conferma è il presidente X:" (Italian, Portuguese, Spanish)
_WHAT = frozenset("o lo ciò quello quanto isso aquilo tudo".split())
_WHO_OPENERS = frozenset("Quem Chi Quien".split())
_FREE_COPULAS = frozenset("foi é era será fu è sarà fue es".split())
_SUBJECT_ARTICLES = frozenset(
    "il lo la l' l’ i gli le o a os as el los las un una uno um uma".split()
)
_FREE_SKIPPED = frozenset("o a os as lo la li le lhe lhes mi ci ne me nos ha hanno há tem".split())


def _pronoun_before(toks: list[Token], v: int) -> int:
    """The token before the speech verb at ``v`` over at most two clitics or auxiliaries ("o
    que [lhe] disse", "quello che [ha] detto"): where a relative pronoun would stand."""
    p = v - 1
    while p > 0 and toks[p][0].lower() in _FREE_SKIPPED and v - p <= 2:
        p -= 1
    return p


def free_relative(toks: list[Token], v: int, n: int) -> int | None:
    """For a speech verb at ``v`` (``n`` tokens) inside a free relative, the token where its
    subject opens after it (after the verb for "o que disse X", after the copula for "Quem
    confirmou foi X"), or -1 when the sentence has none there; None for any other shape
    (the relative pronoun itself is never the speaker)."""
    if language() not in ("italian", "portuguese", "spanish"):
        return None
    p = _pronoun_before(toks, v)
    if p < 0:
        return None
    word = toks[p][0]
    if p == 0 and word in _WHO_OPENERS:
        c = next(
            (c for c in range(v + n, min(len(toks) - 1, v + n + 6)) if toks[c][0] in _FREE_COPULAS),
            None,
        )
        return -1 if c is None else c + 1
    if word in ("que", "che") and p > 0 and toks[p - 1][0].lower() in _WHAT:
        if p >= 2 and toks[p - 2][0].lower() not in _FREE_COPULAS | {"ecco"}:
            return None  # an object clause of another verb (``object_clause_verb``)
        after = v + n
        if after >= len(toks) or toks[after][0] in (",", ":", "."):
            return -1
        head = toks[after][0]
        # the subject after the verb: a name, or an article opening a noun phrase (not "ieri",
        # "há um ano", "no Parlamento")
        subject = head[:1].isupper() or head.lower() in _SUBJECT_ARTICLES
        return after if subject else -1
    return None


def object_clause_verb(toks: list[Token], v: int, n: int) -> int | None:
    """For a speech verb at ``v`` inside "quello che / o que / aquilo que / lo que" after
    another verb, that verb's token: "Meloni ha ripetuto quello che ha detto ieri: «…»", "O
    ministro repetiu o que disse ontem: «…»" (the words are the main clause subject's; no
    cleft, which a copula or the sentence's start opens: "È quello che ha detto X")."""
    if language() not in ("italian", "portuguese", "spanish"):
        return None
    p = _pronoun_before(toks, v)
    if p < 3 or toks[p][0] not in ("que", "che") or toks[p - 1][0].lower() not in _WHAT:
        return None
    verb = p - 2
    word = toks[verb][0]
    if word.lower() in _FREE_COPULAS | {"ecco"} or not (word.isalpha() and word.islower()):
        return None
    return verb
