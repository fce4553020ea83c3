"""A Spanish or Italian reporting sentence whose speech verb stands far from its subject (private
to the speaker modules): a long body's name with an aside in commas before the verb, or the
verb inside a relative clause on the statement the subject issued ("El Colegio de Notarios
difundió un comunicado en el que advierte que …", "Il comitato ha diffuso una nota in cui
chiede …": the one who issued it speaks)."""

from __future__ import annotations

from bot.text.speakers.fronted import opens_on_article
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token

# the documents a body or a person speaks through, in Spanish and Italian
_STATEMENT_NOUNS = frozenset(
    "comunicado nota escrito boletín mensaje carta documento informe texto video vídeo post"
    " comunicato lettera interrogazione interrogación messaggio testo relazione dichiarazione"
    " declaración mensagem publicação declaração".split()
)
# "en el que", "en la cual", "in cui", "nella quale", Portuguese "no qual", "em que", "na
# qual": the relative opening on the document
_RELATIVES = frozenset("que cual cui quale quali qual".split())
_RELATIVE_ARTICLES = frozenset("el la los las en in nel nella nei nelle em no na".split())
_RELATIVE_PREPS = frozenset("en in nel nella nei nelle em no na".split())

# the lower-case words inside a body's name: "Consorcio de Aguas del Valle", "Comune di X",
# "Clube Desportivo das Pedras Altas"
_NAME_LINKS = frozenset(
    "de del la las los el y di del della delle dei degli e da do das dos".split()
)

# Italian speech participles that are nouns as well ("il comunicato", "un espresso"): a verb
# only after an auxiliary
_NOUN_PARTICIPLES = frozenset("comunicato espresso".split())
_IT_AUXILIARIES = frozenset("ha hanno aveva avevano abbia avrebbe".split())

# "limited itself to": a Spanish or Italian verb before "a" and a speech verb's infinitive
LIMITED = {
    "spanish": ("limitó", "limitaron", "limita", "limitan", "limitaba"),
    "italian": ("limitato", "limitata", "limitati", "limitate", "limita", "limitano"),
}
_INFINITIVE_ENDS = ("ar", "er", "ir", "are", "ere", "ire")

_REACH = 12  # tokens from the sentence's opening to its speech verb, as a rule
_FAR_REACH = 18  # with a long name and an aside, or a relative on a statement


def _esit() -> bool:
    return language() in ("spanish", "italian")


def aux_participle(toks: list[Token], k: int) -> bool:
    """True for an Italian participle that is a noun too, as a speech verb after its auxiliary:
    "Il Comune di X ha espresso in una nota «…»", "il Consorzio ha comunicato che …"."""
    return (
        k > 0
        and toks[k][0].lower() in _NOUN_PARTICIPLES
        and toks[k - 1][0].lower() in _IT_AUXILIARIES
        and language() == "italian"
    )


def limited_infinitive(toks: list[Token], k: int) -> bool:
    """True for a Spanish or Italian infinitive after "limited itself to", a speech verb the
    lists hold only in finite forms: "la compañía se limitó a señalar que «…»", "il legale si
    è limitato a precisare che …"."""
    word = toks[k][0]
    return (
        k > 1
        and _esit()
        and toks[k - 1][0] == "a"
        and toks[k - 2][0].lower() in LIMITED.get(language() or "", ())
        and word.islower()
        and word.endswith(_INFINITIVE_ENDS)
    )


def statement_relative(toks: list[Token], v: int) -> int:
    """The index of the statement noun when the speech verb at ``v`` opens a relative clause on
    it ("un comunicado en el que [advierte]", "un'interrogazione in cui [chiede]"), else -1."""
    if (
        language() not in ("spanish", "italian", "portuguese")
        or v < 3
        or toks[v - 1][0].lower() not in _RELATIVES
    ):
        return -1
    k = v - 2
    while k > 0 and v - k <= 3 and toks[k][0].lower() in _RELATIVE_ARTICLES:
        k -= 1
    if k == v - 2 or toks[k + 1][0].lower() not in _RELATIVE_PREPS:
        return -1
    noun = toks[k][0].lower().rpartition("'")[2].rpartition("’")[2]
    return k if noun in _STATEMENT_NOUNS else -1


def opening_name(toks: list[Token], got: tuple[int, int] | None) -> tuple[int, int] | None:
    """``got`` when it is a name in capitals opening the sentence, after its article at most
    ("El Ayuntamiento de X", not "Il consigliere … Ana Neri" nor "El Colectivo por [Los Altos]")."""
    if got is None or not toks:
        return None
    opening = toks[1 if opens_on_article(toks[0][0]) and len(toks) > 1 else 0]
    inner = [t[0] for t in toks if got[0] < t[1] < got[1] and t[0][:1].islower()]
    if any(w not in _NAME_LINKS for w in inner):
        return None  # "El Colectivo Agua para Los Altos": a name read as a place after its link
    return got if got[0] <= opening[1] and opening[0][:1].isupper() else None


def verb_reach(toks: list[Token], lead: int) -> int:
    """How many tokens after ``lead`` the speech verb of a reporting sentence may stand: 12, or
    18 in Spanish or Italian when the sentence opens on a name in capitals followed by a phrase
    in commas ("La Inspección Departamental de Educación Media, consultada por este diario,
    respondió que …") or the verb opens a relative on a statement ("… difundió un comunicado
    en el que advierte …")."""
    if (
        language() not in ("spanish", "italian", "french", "portuguese")
        or len(toks) <= lead + _REACH
    ):
        return _REACH
    names = [t for t in toks[lead : lead + 9] if t[0][:1].isupper()]
    if len(names) >= 2 and any(toks[c][0] == "," for c in range(lead + 2, lead + 9)):
        return _FAR_REACH
    if not _esit():
        return _REACH
    far = range(lead + _REACH, min(len(toks), lead + _FAR_REACH))
    if any(statement_relative(toks, v) >= 0 for v in far):
        return _FAR_REACH
    return _REACH


def statement_lead(toks: list[Token], noun: int) -> int:
    """Where the subject of a sentence issuing a statement may start: after the comma of a
    short phrase the sentence opens on ("Horas depois, o Clube X emitiu um comunicado no qual
    lamenta «…»", never "Horas"), else 0."""
    return next((c + 1 for c in range(1, min(noun, 5)) if toks[c][0] == ","), 0)


def issued_at(toks: list[Token], noun: int, lead: int) -> bool:
    """True when the statement noun at ``noun`` follows a verb and its indefinite article
    ("emitiu um comunicado", "divulgó una nota"): the verb's subject issued it."""
    return noun - 2 > lead and toks[noun - 1][0].lower() in ("um", "uma", "un", "una")
