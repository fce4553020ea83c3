"""Unnamed sources in Spanish and Italian news (private to ``attribution.py``).

Spanish and Italian journalists quote people who may not be named as "fuentes del ministerio",
"fuentes de su entorno", "fonti vicine al programma", "fonti della Procura": the sources are
the speaker, written as the text writes them. Two shapes carry them:

- the sources open the sentence that holds the quotation, as the subject of the speech or
  the colon before it: "Fuentes del ministerio aseguran que el radar cumplirá «…»",
  "Fonti della maggioranza si dicono sicure: «…»";
- "según fuentes …" / "secondo fonti …" right after the quotation, or opening its sentence:
  "… se aprobará «…», según fuentes del departamento."
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.reading import language

_WORD = r"[^\W\d_][\w'’-]*"
# the sources and how they stand to the body ("fuentes cercanas al", "fonti vicine alla")
_SOURCES = (
    r"(?:[Ff]uentes|[Ff]onti)"
    r"(?: (?:oficiales|ufficiali|gubernamentales|governative|judiciales|giudiziarie"
    r"|policiales|diplomáticas|diplomatiche|sindacali|sindicales|parlamentarias|parlamentari"
    r"|municipales|comunali|militares|militari|cercanas|próximas|vicine|vicinas))?"
)
_OF = (
    r"(?:de la|de los|de las|della|dello|delle|degli|dell['’]|alla|allo|agli|alle|all['’]"
    r"|a la|a los|a las|del|dei|de|di|al|ai|a)"
)
_OPENER = r"(?:la|el|los|las|su|sus|il|lo|i|gli|le|l['’])"
_SOURCES_RE = re.compile(
    rf"{_SOURCES}(?: {_OF}(?: ?{_OPENER}\b)?\s?({_WORD})((?:(?: (?:de|del|di|della|y|e))?"
    rf" [A-ZÁÉÍÓÚÀÈÌÒÙ][\w'’-]*)*)( {_WORD})?)?"
)
# a word after the body's name that is a verb or a participle, not its adjective ("restaron",
# "spiegano", "fanno", "consultadas", "interpellate"); the finite endings first
_FINITE_ENDS = ("n", "ano", "ono", "nno")
_VERB_ENDS = _FINITE_ENDS + tuple(
    "ò ó é ado ada ados adas ido ida idos idas ato ata ati ate uto uta uti ute ito ita iti ite".split()
)
_NOT_ADJECTIVE = frozenset(
    "que che además también anche però pero non sino ya già solo sólo aún ancora mientras"
    " mentre dopo antes prima".split()
)
# a short fronted adjunct before the sources ("En un comunicado, fuentes …", "Intanto, fonti …")
_FRONT_RE = re.compile(r"(?:[A-ZÁÉÍÓÚ][^,.;:!?«»“”\"\n]{0,60},\s*)?")
_COMPLEMENT_RE = re.compile(r" (?:de|di) ([a-záéíóúàèìòù][a-záéíóúàèìòùñ]{3,})\b")
_ACCORDING_RE = re.compile(r"(?:[Ss]egún|[Ss]econdo) ")
_SPACE_RE = re.compile(r"[\s,]*")


def sources_at(text: str, pos: int) -> tuple[int, int] | None:
    """The span of unnamed sources written at ``pos`` ("Fuentes del Gobierno autonómico",
    "fonti vicine al programma", "fuentes de su entorno"): the noun, how they stand to the
    body and the body's noun or name, with one adjective after it; not the verb or the
    participle that follows ("Fuentes del Ministerio consultadas por …" -> "Fuentes del
    Ministerio"). A bare "fuentes" names no one."""
    m = _SOURCES_RE.match(text, pos)
    if m is None or m.group(1) is None:
        return (m.start(), m.end()) if m is not None and m.end() - pos > 7 else None
    head = m.group(1)
    if head.lower() in _NOT_ADJECTIVE or (head.islower() and head.endswith(_FINITE_ENDS)):
        return None  # (a verb right after the preposition: no body named)
    end = m.end()
    adjective = m.group(3)
    if adjective is not None:
        word = adjective.strip()
        if (
            not word.islower()
            or len(word) < 4
            or word in _NOT_ADJECTIVE
            or word.endswith(_VERB_ENDS)
        ):
            end = m.start(3)
    # (a body named by a noun and a lower-case complement: "fuentes del equipo de gobierno",
    # "fonti del consiglio di amministrazione"; not a verb or "de que")
    more = _COMPLEMENT_RE.match(text, end) if adjective is None or end == m.start(3) else None
    if more is not None and not more.group(1).endswith(_VERB_ENDS):
        end = more.end()
    return pos, end


def cited_after(text: str, close_end: int, end: int) -> tuple[int, int] | None:
    """Spanish or Italian sources cited right after a quotation's closing mark, in its
    sentence ending at ``end``: "… se aprobará «en las próximas semanas», según fuentes del
    departamento" (read before the subject of the sentence, who only reports them)."""
    if language() not in ("spanish", "italian"):
        return None
    after = _SPACE_RE.match(text, close_end).end()
    according = _ACCORDING_RE.match(text, after)
    if according is None or after - close_end > 3:
        return None
    got = sources_at(text, according.end())
    return got if got is not None and got[1] <= end else None


def sources_speaker(text: str, start: int, open_at: int) -> tuple[int, int] | None:
    """Unnamed sources that speak the quotation opening at ``open_at`` of the Spanish or
    Italian sentence from ``start``: the subject opening it (after a short fronted adjunct at
    most), with no other speaker's "según" between, or "según fuentes …" opening it."""
    if language() not in ("spanish", "italian"):
        return None
    front = _FRONT_RE.match(text, start, open_at)
    for at in (start, front.end() if front else start):
        according = _ACCORDING_RE.match(text, at)
        cited = according is not None  # "Según fuentes del X, «…»"
        at = according.end() if according is not None else at
        got = sources_at(text, at)
        if got is None or got[1] > open_at:
            continue
        if _ACCORDING_RE.search(text, got[1], open_at):
            return None  # the sentence cites someone else before the quotation
        between = text[got[1] : open_at]
        if not cited and _OWN_CLAUSE_RE.search(between):
            return None  # "Fuentes del partido confirmaron la reunión, en la que el secretario …"
        if cited and any(nm.bare(w) in nm.SPEECH_VERBS for w in between.split()):
            return None  # "Según fuentes policiales, el detenido gritó «…»": the one who cried
        return got
    return None


# a clause with a subject of its own after a comma, between the sources and the quotation: ",
# el detenido gritó", ", en la que el secretario general pidió", ", l'indagato avrebbe detto"
_OWN_CLAUSE_RE = re.compile(
    r",\s*(?:(?:en|con|de|por|a|in|con|da|di|su|per|nel|nella)\s+)?"
    r"(?:el|la|los|las|il|lo|i|gli|le|l['’]|cui|quien|quienes|donde|dove|mientras|mentre"
    r"|cuando|quando|su|sus|suo|sua)\b",
    re.I,
)


def sources_for(att: Any, idx: int, early: bool = False) -> tuple[int, int] | None:
    """The unnamed sources speaking quotation ``idx`` of the attributor ``att`` in its
    sentence (``cited_after``, else ``sources_speaker`` when no one is named between them).
    ``early``, before the quotation's own attribution is read: only when none can follow it
    ("«…», dijo el ministro" is read by the rules for that)."""
    text, span = att.text, att.spans[idx]
    _, ps, pe = att._para_of(span.open_at)
    got = cited_after(text, span.close_end, att._sentence_end(span.close_end, pe))
    if got is not None or (early and _ATTRIBUTION_AFTER_RE.match(text, span.close_end)):
        return got
    got = sources_speaker(text, att._sentence_start(span.open_at, ps), span.open_at)
    if got is None or att._people_named(got[1], span.open_at) > 0:
        return None  # (someone named between the sources and the quotation)
    return got


# a quotation's closing mark followed by a comma or a dash, where its own attribution stands
_ATTRIBUTION_AFTER_RE = re.compile(r"\s*[,—–-]")
