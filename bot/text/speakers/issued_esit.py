"""Words quoted in a relative clause on a statement, in Spanish and Italian, or after a
statement adjunct, in Spanish, Italian and Portuguese (private to ``attribution.py``).

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

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.inner_speakers import TIME_NOUNS
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
    if language() not in ("spanish", "italian", "portuguese"):
        return None
    text, span = att.text, att.spans[idx]
    _, ps, _ = att._para_of(span.open_at)
    start = att._sentence_start(span.open_at, ps)
    if language() == "portuguese":
        return _statement_adjunct(att, start, span.open_at)  # "A Associação X, em nota, …"
    found = list(_STATEMENT_RELATIVE_RE.finditer(text, start, span.open_at))[-1:]
    if not found:
        return _statement_adjunct(att, start, span.open_at)
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


# a statement as the means of saying, right after the subject: "La casa di produzione, X, in
# una nota ha parlato di «…»", "El Ayuntamiento, en un comunicado difundido por la noche,
# agradeció … «…»"
_STATEMENT_ADJUNCT_RE = re.compile(
    r"(?:^|, )(?:(?:in|en|con|tramite|mediante) (?:un|una|uno) (?:breve |nuevo |nuova |nuovo )?"
    r"(?:nota|comunicato|comunicado|dichiarazione|declaración)"
    # (Portuguese: "A Associação X, em nota, orientou …", "numa nota", "em comunicado")
    r"|em (?:nota|comunicado)|numa nota|num comunicado)\b"
)
_ADJUNCT_REACH = 30  # words from the statement to the quotation
_LEAD_MAX = 400  # characters from the sentence's start to the quotation
# the subject before it: a kind of body on its article ("Il Comitato del Palio", "La società
# concessionaria"), with the body's own name in commas after it, or a name ("Redes del Norte")
_CAPS = r"[^\W\d_a-z][\w'’&.-]*"
_LINK = r"(?:de|del|della|delle|dei|degli|di|la|las|los|el|e|y|do|da|dos|das)"
_NAME = rf"{_CAPS}(?: (?:{_LINK} )*{_CAPS}){{0,5}}"
_SUBJECT_RE = re.compile(
    rf"(?P<kind>(?:El|La|Los|Las|Il|Lo|I|Gli|Le|L['’]|A|O|As|Os) ?[\w'’-]+(?: [a-zà-ú'’-]+){{0,3}}?)"
    rf"(?:, (?P<name>{_NAME}))?|(?P<alone>{_NAME})"
)


def _statement_adjunct(att: Any, start: int, open_at: int) -> tuple[int, int] | None:
    """The subject opening the sentence when a statement adjunct in commas follows it ("Il
    Comitato del Palio, in una nota diffusa in serata, ha ringraziato …", "La società
    concessionaria, Rete X, in una nota parla di «…»", "A Associação X, em nota, orientou que
    “…”"): the quoted words are the subject's (the body's own name in commas when given),
    whatever the verb. None for a time ("Il giorno dopo"), a person's name in commas after a
    kind of body, someone else named between, or a subject that is no noun phrase on its
    article nor a name the text knows."""
    text = att.text
    if open_at - start > _LEAD_MAX:
        return None  # (a sentence this long opens on no subject the rule could read)
    lead = text[start:open_at]
    m = _STATEMENT_ADJUNCT_RE.search(lead)
    if m is None or m.start() == 0 or len(lead[m.end() :].split()) > _ADJUNCT_REACH:
        return None
    subject = _SUBJECT_RE.fullmatch(lead, 0, m.start())
    if subject is None:
        return None  # (the subject opens the sentence, on its article or as a name)
    which = "name" if subject.group("name") else "kind" if subject.group("kind") else "alone"
    got = (start + subject.start(which), start + subject.end(which))
    article = re.match(r"(?:[A-Z][a-z]{0,2} |L['’] ?)(?=[^\W\d_a-z])", text[got[0] : got[1]])
    if which != "name" and article is not None:
        got = (got[0] + article.end(), got[1])  # "A Associação X": the body's name, no article
    phrase = text[got[0] : got[1]]
    if which == "kind" and any(nm.bare(w) in TIME_NOUNS for w in phrase.split()):
        return None  # "Il giorno dopo, in una nota, il Consorzio …": a time, no subject
    if which == "name" and phrase.split()[0].lower() in FIRST_NAMES:
        return None  # "La casa di produzione, Pierluigi X, in una nota": a person, no body
    if phrase.split()[0].lower() not in _ARTICLES and att.people.name_in(phrase, got[0]) is None:
        return None  # (a capitalized word no name: "Ayer in una nota …")
    if _ANOTHER_CLAUSE_RE.search(text, got[1], open_at):
        return None
    if att._people_named(got[1], open_at) > 0:
        return None  # (someone else named after the subject)
    return got
