"""Romance words in marks that no one speaks (private to ``quotes.py`` and ``keeping.py``).

``no_ones_words`` is true for a span in French, Spanish, Italian or Portuguese text that is

- a chant or a slogan a crowd shouts, or a title something is published under, named by the
  words right before it: "les grévistes ont répondu aux cris de « On ne lâche rien ! »", "la
  multitud respondió coreando «¡El agua no se vende!»", "hanno sfilato scandendo «Giù le
  mani dalla scuola»", "publicou o balanço sob o título “Ponto da noite — 22h”";
- a legal charge, a short phrase in lower case after "pour", "por", "per" and a word of
  the proceedings: "une enquête ouverte pour « escroquerie en bande organisée »", "detenido
  por «apropiación indebida»", "indagati per «truffa aggravata»", "indiciado por “peculato”", and
  the next charge chained to it ("… pour « vol aggravé » et « recel »").

A crowd's chant is the crowd's, a title and a charge the writer's: shown with no speaker
(the speaker of the person quoted just before would be wrong). Near misses keep theirs: one
person shouting ("gritó su madre: «¡Corre!»") or chanting ("il a répété, en scandant : « … »",
"el líder X abrió el acto coreando «…»"), someone accusing ("acusó al Gobierno de
«mentir»": his words), a full sentence after "pour" ("Il a plaidé
pour « Nous devons agir. »"), a charge word far away in another clause.
"""

from __future__ import annotations

import re

from bot.text.speakers.marks import Span
from bot.text.speakers.names import SPEECH_VERBS
from bot.text.speakers.reading import language, romance_text

# a crowd chanting, a title or a slogan, right before the opening mark
_CHANT_RE = re.compile(
    r"(?i:\b(?:coreando|corearon|coreaban|coreaba|corean|al\s+grito\s+de|aux\s+cris\s+de"
    r"|(?:en\s+)?scandant|scandaient|scandèrent|scandendo|scandivano|scandito"
    r"|al\s+grido\s+di|intonando|intonavano|aos\s+gritos\s+de|entoando|entoavam"
    r"|(?:sous|avec)\s+(?:le\s+)?(?:titre|slogan|mot\s+d['’]ordre)"
    r"|(?:bajo|con)\s+(?:el\s+)?(?:título|lema|eslogan)"
    r"|(?:dal|con\s+il|sotto\s+il)\s+(?:titolo|motto)|con\s+lo\s+slogan"
    r"|(?:sob|com)\s+o\s+(?:título|lema|slogan)|palavras\s+de\s+ordem\s+como)"
    r")\s*:?\s*$"
)
# a preposition of the charge, right before the opening mark (not "de": "une enquête de
# « pure forme »" is someone's judgment of it, no charge)
_CHARGE_PREP_RE = re.compile(r"\b(?:pour|por|per)\s*$", re.IGNORECASE)
# a word of the proceedings a little before it ("mis en examen", "detenido", "indagati")
_PROCEEDINGS_RE = re.compile(
    r"(?i:\b(?:mis(?:e|es)?\s+en\s+examen|information\s+judiciaire|enquête"
    r"|(?:poursuivi|inculpé|condamné|soupçonné|déféré|interpellé)(?:e|s|es)?"
    r"|(?:indagat|imputat|condannat|arrestat|fermat)[oaie]|inchiesta"
    r"|(?:imputad|investigad|detenid|condenad|procesad|indiciad|detid)(?:o|a|os|as)"
    r"|inquérito|querella)\b)"
)
# an earlier charge in marks chained to this one: "pour « vol » et « recel »"
_CHAINED_RE = re.compile(r"[«“\"][^«»“”\"]{1,80}[»”\"]\s*(?:,|et|ou|y|o|e|ed)\s*$")
_SENTENCE_STOP = ".!?"
_MAX_CHARGE_WORDS = 8
_MAX_GAP = 5


# a crowd as the one chanting: "les grévistes", "la multitud", "i tifosi", "milhares de …"
_CROWD_RE = re.compile(
    r"(?i:\b(?:manifestant|huelguist|sciopera|grévist|grevist|militant|étudiant|estudiant"
    r"|student|supporter|tifos|aficionad|hincha|adept|foule|multitud|multidão|folla|asistente"
    r"|participant|partecipant|public|públic|pubblic|sostenitor|simpatizant|partisan|personne"
    r"|persona|pessoa|centaine|millier|miles\b|cientos|centenar|migliai|centinai|milhares"
    r"|centenas|dezenas|dizaine|decenas|decine|cortège|corteo|cortejo|enseignant|professor"
    r"|profesor|insegnant|travailleur|trabajador|lavorator|trabalhador|salarié|operai|obrer"
    r"|vecinos|habitants|residenti|moradores|agriculteur|agricultor|agricoltor|jeunes"
    r"|jóvenes|giovani|jovens|fans\b|ultras\b|la\s+gente|les\s+gens)\w*)"
)
# one person as the one chanting: a name (two capitalized words, no article among them) or
# a singular pronoun, "Il sindaco Luca Moretti ha chiuso il comizio scandendo «…»", "il a
# répété, en scandant : « … »"; or a singular verb right before ("ha ripetuto scandendo:")
_ONE_RE = re.compile(
    r"\b(?!(?:Le|La|Les|El|Los|Las|Il|Lo|Gli|Un|Une|Una|Uno|Uma|Selon|Según|Secondo|Segundo"
    r"|Dans|En|In|Em|No|Na|Poi|Puis|Luego|Depois)\b)[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý][a-zà-ÿ]+"
    r"|(?i:\b(?:il|elle|él|ella|lui|lei|ele|ela)\b)"
)
_ONE_VERB_RE = re.compile(r"(?:\bha\s+\w+|\ba\s+\w+é)\s*,?\s*$")
_TITLE_RE = re.compile(r"(?i:titre|slogan|mot\s+d|título|lema|eslogan|titolo|motto|palavras)")


def _chant(text: str, span: Span) -> bool:
    """A chant, title or slogan no one person in the sentence says: a crowd or no one opens
    it ("les grévistes ont répondu aux cris de « … »", "hanno sfilato scandendo «…»"), not one
    person named or a pronoun ("El líder sindical X arrancó la protesta coreando «…»")."""
    m = _CHANT_RE.search(text, max(0, span.open_at - 40), span.open_at)
    if m is None:
        return False
    if _TITLE_RE.search(m.group()):
        return True  # a title or a slogan ("sous le titre", "con il motto"): no one's
    before = text[max(0, m.start() - 300) : m.start()]
    stop = max(before.rfind(c + " ") for c in _SENTENCE_STOP)
    before = before[stop + 1 :]
    crowd = _CROWD_RE.search(before)
    italian = language() == "italian"  # ("il" there is the article)
    one = next(
        (o for o in _ONE_RE.finditer(before) if not (italian and o.group().lower() == "il")), None
    )
    if one is not None and (crowd is None or one.start() < crowd.start()):
        return False  # one person chanting: the words are theirs
    return crowd is not None or _ONE_VERB_RE.search(before) is None


def _charge(text: str, span: Span) -> bool:
    inner = text[span.start : span.end]
    if not inner[:1].islower() or any(c in inner for c in ".!?:;"):
        return False
    if len(inner.split()) > _MAX_CHARGE_WORDS:
        return False
    before = text[max(0, span.open_at - 250) : span.open_at]
    while (m := _CHAINED_RE.search(before)) is not None:
        before = before[: m.start()]
    prep = _CHARGE_PREP_RE.search(before)
    if prep is None:
        return False
    clause = before[: prep.start()]
    # (the same sentence, a few words back: not a verb of proceedings in another sentence)
    stop = max(clause.rfind(c) for c in _SENTENCE_STOP)
    clause = clause[stop + 1 :][-80:]
    found = list(_PROCEEDINGS_RE.finditer(clause))
    if not found:
        return False
    # a few words on to the preposition, none a speech verb ("ouverte pour", not "le juge de
    # l'enquête a plaidé pour « … »", his words)
    tail = [w.strip(",").lower() for w in clause[found[-1].end() :].split()]
    return len(tail) <= _MAX_GAP and not any(w in SPEECH_VERBS for w in tail)


def no_ones_words(text: str, span: Span) -> bool:
    """True for a Romance chant, slogan, title or legal charge in marks (see the module)."""
    if not romance_text():
        return False
    return _chant(text, span) or _charge(text, span)
