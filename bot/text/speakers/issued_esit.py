"""Words quoted in a relative clause on a statement, in Spanish and Italian (private to
``attribution.py``).

"La cofradía emitió un comunicado en el que lo define como un «…»", "La empresa confirmó el
incidente en un comunicado en el que asegura haber corregido el problema «…»", "Il comitato
ha diffuso una nota in cui chiede «…»": whatever verb the relative holds, the words are those
of whoever issued the statement, the subject of the sentence. ``statements.statement_relative``
reads the shape when a speech verb opens the relative and a name in capitals the sentence;
this reads it for any verb and for a body by its kind ("La empresa", "El estudio").
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers.reading import language

# a statement and the relative on it: "un comunicado en el que", "un breve comunicado
# conjunto en el que", "una nota in cui", "un comunicato nel quale"
_STATEMENT_RELATIVE_RE = re.compile(
    r"\b(?:un|una|uno|el|la|il|lo|su|sua|suo|l['’]|un['’])\s*(?:breve |nuevo |nuova |nuovo"
    r" |largo |lungo )?(?:comunicado|nota|comunicato|declaración|dichiarazione|escrito"
    r"|boletín|mensaje|messaggio)(?: [a-záéíóúàèìòù]+)?,? (?:en (?:el|la) (?:que|cual)"
    r"|in cui|nel quale|nella quale)\b"
)
# words after the relative that open a subject of its own ("en el que el alcalde pide …",
# "in cui i residenti chiedono …"): the words are then that subject's (Spanish "lo" and "le"
# are pronouns there: "en el que lo define como …")
_OWN_SUBJECT = {
    "spanish": frozenset(
        """el la los las un una uno su sus nuestro nuestra varios varias muchos muchas
        algunos algunas cientos miles decenas todos todas ambos dos tres""".split()
    ),
    "italian": frozenset(
        """il i gli la le lo un una uno l suo sua suoi sue loro alcuni alcune diversi diverse
        molti molte centinaia migliaia decine tutti tutte entrambi due tre""".split()
    ),
}


def issued_statement(att: Any, idx: int) -> tuple[int, int] | None:
    """The subject of the Spanish or Italian sentence in which quotation ``idx`` stands in a
    relative clause on a statement the subject issued, when the relative has no subject of
    its own and no one is named between the subject and the statement; else None."""
    if language() not in ("spanish", "italian"):
        return None
    text, span = att.text, att.spans[idx]
    _, ps, _ = att._para_of(span.open_at)
    start = att._sentence_start(span.open_at, ps)
    found = list(_STATEMENT_RELATIVE_RE.finditer(text, start, span.open_at))[-1:]
    if not found:
        return None
    found = found[0]
    rest = text[found.end() : span.open_at].split()
    first = rest[0].strip("«“\"'‘").lower() if rest else ""
    if (
        first in _OWN_SUBJECT[language() or ""]
        or first.startswith(("l'", "l’"))
        or (rest and (rest[0][:1].isupper() or rest[0][:1].isdigit()))
    ):
        return None  # (the relative has a subject of its own)
    toks = att._tokens(start, found.start())
    got = att._clause_subject(toks)
    if got is None or not toks or got[0] != toks[0][1]:
        return None  # (the subject opens the sentence: not "Lleva … y el estudio anunció …")
    phrase = text[got[0] : got[1]]
    if phrase.split()[0].lower() not in _ARTICLES and (
        len(phrase.split()) < 2 or att.people.name_in(phrase, got[0]) is None
    ):
        return None  # a noun phrase on its article, or a name the text knows ("Su" is none)
    if any(w.islower() and w not in _NAME_LINKS for w in phrase.split()[2:]):
        return None  # "El Colectivo Agua para Los Altos": a name read as a place after "para"
    if _ANOTHER_CLAUSE_RE.search(text, got[1], found.start()):
        return None  # another clause, its own subject, issued the statement
    if att._people_named(got[1], found.start()) > 0:
        return None  # (someone else named before the statement)
    return got


# articles opening a subject ("La empresa", "El estudio", "La Academia del Lince")
_ARTICLES = frozenset("el la los las il lo i gli l' l’".split())
# the lower-case words inside a body's name: "Asociación de Almazaras", "Comune di X"
_NAME_LINKS = frozenset("de del la las los el y di della delle dei degli e".split())
# a coordinated clause or a dash between the subject and the statement: "Lleva veinte años
# en la profesión y el estudio anunció … en un comunicado en el que …"
_ANOTHER_CLAUSE_RE = re.compile(
    r"[;—–]| (?:y|e|pero|ma|mientras|mentre) (?:el|la|los|las|il|lo|i|gli|le|l['’])"
)
