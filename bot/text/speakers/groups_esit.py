"""Spanish and Italian speakers that are no person's name (private to the speaker modules): a
body by its kind ("La giunta regionale ha fatto sapere che …") and a group by its count or its
owner ("Sus rivales lo acusaron de …", "Tre sigle sindacali hanno definito …") opening a
reporting sentence, someone unnamed opening it with a clause before the verb, and one of
"those who …" a clause gives by name or description ("c'è chi, come Ada X, …:")."""

from __future__ import annotations

import re

from bot.text.speakers.orgs_romance import body_noun
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token
from bot.text.speakers.unnamed_esit import unnamed_esit

# the Spanish and Italian possessives and counts that open a group of speakers ("Sus rivales
# lo acusaron de …", "Sette ong attive in mare hanno definito …", "Decine di sindaci …")
GROUP_OPENERS = frozenset(
    """
    sus varios varias algunos algunas muchos muchas numerosos numerosas decenas cientos miles
    dos tres cuatro cinco seis siete ocho nueve diez otros otras ambos ambas
    suoi sue loro alcuni alcune molti molte numerosi numerose diversi diverse decine centinaia
    migliaia due tre quattro cinque sei sette otto nove dieci altri altre entrambi entrambe
    """.split()
)


def count_word(word: str, following: str) -> bool:
    """True for a Spanish or Italian count or quantifier opening a group before a lower-case
    word ("Otto ore di stop", "Sette ong hanno …"): no person's name, though some are first
    names ("Otto")."""
    return word.lower() in GROUP_OPENERS and following[:1].isalpha() and following[:1].islower()


def body_by_kind(phrase: str) -> bool:
    """True for a Spanish or Italian body by its kind opening a reporting sentence ("La giunta
    regionale ha fatto sapere che …", "L’amministrazione comunale ha comunicato che …", "El
    ministerio informó de que …"): the article, the body's noun and its adjectives."""
    words = phrase.split()
    return (
        language() in ("spanish", "italian")
        and bool(words)
        and body_noun([words[0].lower(), *words[1:]]) is not None
    )


def counted_group(phrase: str) -> bool:
    """True for a Spanish or Italian group by its count or its owner opening a reporting
    sentence, all in lower case after its first word ("Sus rivales lo acusaron de vender …",
    "Sette ong attive nei soccorsi in mare hanno definito il vertice …", "I suoi avversari
    hanno parlato di …"): the group said it, as written."""
    words = phrase.split()
    if words and words[0].lower() in ("i", "le") and len(words) > 2:
        words = words[1:]  # "I suoi avversari"
    return (
        language() in ("spanish", "italian")
        and 2 <= len(words) <= 8
        and words[0].lower() in GROUP_OPENERS
        and all(w.isalpha() and w.islower() for w in words[1:])
    )


# "one of them" before the description of that one in commas: "Uno de ellos, un comerciante
# que …,", "Una di loro, una pensionata di 80 anni, …"
_ONE_OF_RE = re.compile(
    r"(?:Uno|Una)\s+(?:de|di)\s+(?:ellos|ellas|nosotros|nosotras|loro|noi|essi|esse)\s*,\s*"
    r"(?=(?:un|una|uno|un['’])\b)"
)


def _connective_comma(toks: list[Token]) -> int | None:
    """The comma closing a connective of one to three lower-case words after the first
    ("Sin embargo,", "Por su parte,", "Tuttavia,") before an indefinite article, else None."""
    c = next((c for c in range(1, min(len(toks) - 1, 4)) if toks[c][0] == ","), None)
    if c is None or toks[c + 1][0].lower() not in ("un", "una", "uno"):
        return None
    if not all(t[0].isalpha() and t[0].islower() for t in toks[1:c]):
        return None
    return c if toks[0][0].isalpha() else None


def unnamed_opening(text: str, toks: list[Token], lead: int) -> tuple[int, int] | None:
    """The span of a Spanish or Italian description of someone unnamed opening a reporting
    sentence with no fronted phrase, when a relative clause stands between it and the verb
    ("Un comerciante que prefirió no dar su nombre aseguró que «…»", "Una residente che non
    ha voluto dire il suo nome ha raccontato che «…»"): as written, from its article."""
    if not toks or language() not in ("spanish", "italian"):
        return None
    start = toks[0][1]
    one = _ONE_OF_RE.match(text, start)
    if one is not None:
        start = one.end()  # "Uno de ellos, un comerciante que …, se quejó de que «…»"
    elif lead and not (
        lead < len(toks)
        and toks[lead][0].lower() in ("un", "una", "uno")
        and not any(t[0][:1].isupper() for t in toks[1:lead])
    ):
        return None
    elif lead:
        start = toks[lead][1]  # "En la sala, un asesor, que …, reconoció que «…»"
    elif (c := _connective_comma(toks)) is not None:
        start = toks[c + 1][1]  # "Sin embargo, un asesor, que …, reconoció que «…»"
    described = unnamed_esit(text, start)
    if described is None:
        return None
    end = start + len(described)
    if text[start:end].lower() != described.lower():
        return None
    if re.match(r"[\s,]*(?:que|che|quien|quienes|cui)\b", text[end : end + 12]) is None:
        return None  # no relative clause: "Una medida, añadió, «…»" names no one
    if toks[-1][0] == ":" and _INNER_SUBJECT_RE.search(text, end, toks[-1][1]):
        # "Uno de los agentes relató que el acusado … les dijo: «…»": the colon closes a
        # reported clause with its own subject, whose words these are
        return None
    return start, end


# a reported clause opening on its own subject: "que el acusado", "che il ragazzo"
_INNER_SUBJECT_RE = re.compile(r"\b(?:que|che) (?:el|il) [a-zà-ÿ]")


# "there are those who …, like X": the clause before a colon giving one of them by name or
# as someone unnamed ("c'è chi, come Ada X, …:", "c'è chi torna a chiedere …, come una
# residente che …:", "hay quien, como Ana X, …:")
_SOME_WHO_RE = re.compile(
    r"\b(?:[Cc]['’](?:è|era)|[Hh]ay|[Hh]abía) (?:anche |también )?(?:chi|quien)\b"
)
_LIKE_RE = re.compile(r", (?:come|como) ")
_NAME_RUN_RE = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)+")


def one_of_those_who(text: str, start: int, end: int) -> tuple[int, int] | None:
    """In a Spanish or Italian clause from ``start`` to its colon at ``end`` saying there are
    those who think or do something, the one it gives after ", come"/", como": a full name
    ("E tra i tifosi c'è chi, come Ada Neri, abbonata da vent'anni, non ci crede:") or
    someone unnamed as written ("c'è chi chiede un semaforo, come una residente che …:")."""
    if language() not in ("spanish", "italian"):
        return None
    some = _SOME_WHO_RE.search(text, start, end)
    if some is None:
        return None
    like = _LIKE_RE.search(text, some.end(), end)
    if like is None or _LIKE_RE.search(text, like.end(), end) is not None:
        return None  # (two of them: whose words follow, the clause does not say)
    at = like.end()
    run = _NAME_RUN_RE.match(text, at, end)
    if run is not None:
        after = text[run.end() : run.end() + 1]
        return run.span() if after in (",", ":") else None
    described = unnamed_esit(text, at)
    if described is None or text[at : at + len(described)].lower() != described.lower():
        return None
    return at, at + len(described)
