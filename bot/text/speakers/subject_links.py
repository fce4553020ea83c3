"""French, Portuguese and Spanish words between a subject and its speech verb, and where a
body's name starts before "de" (private to ``phrases.py``): "s'est contenté de rappeler",
"limitou-se a referir", "se limitó a señalar"; "de son côté", "por sua vez"; "le rectorat de
Limoges", "o governo de Santa Catarina"."""

from __future__ import annotations

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.orgs_romance import body_noun
from bot.text.speakers.reading import language, romance_text
from bot.text.speakers.shapes import Token
from bot.text.speakers.statements import LIMITED
from bot.text.speakers.unnamed import NOT_PEOPLE_FR_PT
from bot.text.speakers.unnamed_esit import NOT_PEOPLE_ESIT

# French and Portuguese verbs that bridge a subject to a speech verb in the infinitive, with
# the preposition after them: "X s'est contenté de rappeler que", "X a tenu à souligner",
# "X limitou-se a referir que", "X voltou a garantir", "X fez questão de sublinhar"
_BRIDGES = {
    "french": (
        frozenset("contenté contentée contentés bornée borné tenu tenue tient tenait".split()),
        frozenset("de à".split()),
        frozenset("s'est s’est est a".split()),
    ),
    "portuguese": (
        frozenset("limitou-se limita-se limitaram-se voltou volta questão".split()),
        frozenset("a de".split()),
        frozenset("fez faz fizeram".split()),
    ),
    # "X se limitó a señalar" (the reflexive before is skipped)
    "spanish": (frozenset(LIMITED["spanish"]), frozenset(["a"]), frozenset()),
}
_KIND_OF = frozenset("de du da do das dos".split())  # "la mairie de X", "o governo do Y"


# "for its part" between a French or Portuguese auxiliary or subject and the verb: "X a, de son
# côté, salué", "X a pour sa part confirmé", "X, por sua vez, afirmou"
_OWN_SIDE = (
    ("de", "son", "côté"),
    ("de", "leur", "côté"),
    ("pour", "sa", "part"),
    ("pour", "leur", "part"),
    ("por", "sua", "vez"),
    ("pela", "sua", "parte"),
)


def own_side(toks: list[Token], i: int) -> int:
    """How many tokens before token ``i`` say "for its part" (in commas or not), else 0."""
    if i < 4 or language() not in ("french", "portuguese"):
        return 0
    comma = toks[i - 1][0] == ","
    end = i - 1 if comma else i
    words = tuple(t[0].lower() for t in toks[end - 3 : end])
    if words not in _OWN_SIDE:
        return 0
    if comma:
        return 5 if end - 4 >= 0 and toks[end - 4][0] == "," else 0
    return 3


def body_kind_before(toks: list[Token], k: int) -> int:
    """Where a French or Portuguese body's name starts when the capitalized name at ``k`` (or
    the "de" before it) says whose it is after a body's kind and its article ("le rectorat de
    Limoges", "la mairie de X", "l'agence de Y", "o governo de Santa Catarina"): at that
    article; else ``k``."""
    n = k + 1 if toks[k][0] in _KIND_OF else k  # (the walk over a name may take the "de")
    if n < 2 or toks[n - 1][0] not in _KIND_OF or language() not in ("french", "portuguese"):
        return k
    noun = toks[n - 2][0]
    if noun[:2].lower() in ("l'", "l’") and body_noun([noun]) is not None:
        return n - 2
    if n >= 3 and noun.islower() and body_noun([toks[n - 3][0], noun]) is not None:
        return n - 3
    # a body's name in capitals before lower-case words: "L'Association des maires ruraux de X"
    j = n - 2
    while j > 0 and n - j <= 6 and toks[j][0].isalpha() and toks[j][0].islower():
        j -= 1
    head = toks[j][0][2:] if toks[j][0][:2].lower() in ("l'", "l’") else toks[j][0]
    if j < n - 2 and head[:1].isupper() and nm.bare(head) in nm.ORG_WORDS:
        return j
    return k


_ROLE_OF = frozenset("de du del della dello di da do".split())
_ROLE_ARTICLES = frozenset("el la le il lo o a".split())


def role_of_body(toks: list[Token], k: int) -> int | None:
    """Where the phrase starts when the capitalized name at ``k`` (or the "de" before it) is
    only the complement of a role noun with its article, no one's name: "La ministra de
    Sanidad", "El jefe del Estado", "le président du Sénat", "il ministro della Salute" -> at
    the article (the role speaks, not its ministry, state or town); else None."""
    n = k + 1 if toks[k][0] in _ROLE_OF else k
    if n < 3 or not romance_text() or toks[n][0] in _ROLE_OF:
        return None
    if any(nm.bare(t[0]) in FIRST_NAMES for t in toks[n + 1 :]):
        return None  # "la ministra de Sanidad Mónica García": a name after the role's body
    p = n - 1
    if toks[p][0] in ("la", "le", "los", "las") and toks[p - 1][0] in ("de", "di"):
        p -= 1  # "de la Santé"
    if toks[p][0] not in _ROLE_OF:
        return None
    # back over the role's lower-case words ("la directora general de Tráfico", "le directeur
    # de cabinet du préfet de la Gironde") to the article before the first role noun
    for d in range(p - 1, max(-1, p - 7), -1):
        w = toks[d][0]
        if w[:2].lower() in ("l'", "l’") and nm.bare(w[2:]) in nm.ROLES_EU:
            return d  # "L'ambassadeur de France"
        if w.lower() in _ROLE_ARTICLES and d < p - 1:
            role = toks[d + 1][0]
            return d if nm.bare(role) in nm.ROLES_EU | nm.PERSON_ROLES else None
        if not (w.isalpha() or "-" in w) or not w.islower():
            return None
    return None


# Romance indefinite articles opening someone unnamed ("Uma enfermeira de …", "Un dirigente di
# …"), the "of" words and articles inside the complement that reaches a name ("de um centro
# de saúde do Alentejo"), and nouns of no one unnamed who speaks: a spokesperson or a source
# speaks for the body (read elsewhere), a document is no one
_UNNAMED_ARTICLES = frozenset("un una uno une um uma".split())
_OF_ALL = _ROLE_OF | frozenset("dos das dei degli delle des dal dalla dai".split())
_INNER_ARTICLES = frozenset(
    "el la los las il lo le les gli i o a os as um uma un una uno une".split()
)
_NOT_SOMEONE = frozenset(
    "portavoz portavoce porte-parole porta-voz fonte fuente source fonti fuentes sources"
    " comunicado comunicato communiqué nota note informe rapport relatório relazione documento"
    " document texto texte testo grupo gruppo groupe".split()
)
_CLAUSE_WORDS = frozenset("que qui che quien cui onde dont".split())


def _no_one(noun: str) -> bool:
    """A thing an indefinite article opens where no person is meant: a document, a message,
    a study, a poll, a sign (the lists of the rules on unnamed people)."""
    return noun in NOT_PEOPLE_ESIT or noun in NOT_PEOPLE_FR_PT or noun in nm.DOCUMENT_NOUNS


def unnamed_of_body(toks: list[Token], k: int) -> int | None:
    """0 when the capitalized name at ``k`` ends a Romance description of someone unnamed that
    opens the clause on an indefinite article and reaches the name through "of" ("Uma
    enfermeira de um centro de saúde do Alentejo, que …, escreveu:", "Un dirigente di Ruota
    Nuova, che …, ha ammesso", "Un interventor de Alternativa Regional comenta"): the person,
    as written, speaks, not the place or the party; else None."""
    if k < 2 or k > 12 or not romance_text() or toks[0][0].lower() not in _UNNAMED_ARTICLES:
        return None
    noun = toks[1][0]
    if not (noun.isalpha() and noun.islower()) or noun in _NOT_SOMEONE or _no_one(noun):
        return None  # (nor a study, a poll, a letter or a post: "Un estudio de la Universidad
        # de X concluye que …" is the university's finding, read by the rules on bodies)
    p = k if toks[k][0] in _OF_ALL else k - 1  # (the run read back may open on its "de")
    if toks[p][0] in _INNER_ARTICLES:
        p -= 1
    if p < 2 or toks[p][0] not in _OF_ALL:
        return None
    for t in toks[2:p]:
        w = t[0]
        bare = w.replace("-", "").replace("'", "").replace("’", "")  # ("d'un", "mi-temps")
        if w in _CLAUSE_WORDS or not (bare.isalpha() and w.islower()):
            return None  # (a clause, a comma or a name inside: not one description)
    return 0


def bridge(toks: list[Token], i: int) -> int:
    """How many tokens before token ``i`` (the speech verb in the infinitive) bridge it to its
    subject in French or Portuguese: "s'est contenté de", "a tenu à", "limitou-se a", "fez
    questão de" -> 4, 3, 2, 3; 0 when none do (and in other languages)."""
    kinds = _BRIDGES.get(language() or "")
    if kinds is None or i < 3:
        return 0
    verbs, preps, auxiliaries = kinds
    if toks[i - 1][0] not in preps or toks[i - 2][0].lower() not in verbs:
        return 0
    n = 2
    if toks[i - 3][0].lower() in auxiliaries:
        n = 3  # "s'est contenté de", "a tenu à", "fez questão de"
    if toks[i - 2][0] == "questão" and n == 2:
        return 0  # "questão de" without "fez": no bridge
    return n
