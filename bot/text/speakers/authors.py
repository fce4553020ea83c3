"""The body that wrote a document the text quotes (private to ``attribution.py``).

Reports on inspections, audits and expert opinions quote the document, not a person: "The
report by the Schools Standards Agency says … “…,” the report states.", "Laut einem
Gutachten des Ingenieurbüros X … sei »…«, heißt es darin.", "È quanto emerge dal verbale
dei tecnici dell'Asl. Secondo il verbale, … «…»", "One email, sent by the Residents'
Association, described it as “…”". The words are the author's when the text ties the
document to a named body ("by", "from", "sent by", a genitive, "dell'"); with no body tied
the speaker stays what the other rules gave (a wrong body is worse than none).
"""

from __future__ import annotations

import re

from bot.text.lexicon import load
from bot.text.speakers.lower_bodies import LOWER_NAME
from bot.text.speakers.marks import Span
from bot.text.speakers.reading import language

# a name of capitalized words (with "&", "of", "and" inside): "Schools Standards Agency",
# "Fenton Road Residents' Association", "Schrader & Partner"
# (and the Romance "of" words inside a body's name, then one lower-case noun that closes a
# French one: "Corte dei Conti", "Agenzia delle Entrate", "Conseil d'État", "Cour des comptes")
_NAME = (
    r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:&\s+|of\s+|and\s+|für\s+|di\s+|de\s+|dei\s+|degli\s+"
    r"|della\s+|delle\s+|dello\s+|del\s+|des\s+|du\s+|de\s+la\s+|d['’])?[A-ZÀ-Ý][\w'’-]*)*"
    r"(?:\s+des\s+(?:comptes|sages|marchés|finances)\b)?"
)
# months and weekdays are no authors: "A letter from March shows …"
_NOT_AUTHORS = load("months_en", "weekdays_en")
# each language's document nouns and the words that tie one to the body that wrote it
_TIES = {
    "english": re.compile(
        r"\b(?:report|reports|review|audit|letter|e-?mail|document|study|findings|ruling"
        r"|judgment|assessment)\b,?\s+(?:(?:sent|written|drawn\s+up|published|issued|compiled)"
        r"\s+)?(?:by|from)\s+(the\s+)?(" + _NAME + ")"
    ),
    "german": re.compile(
        r"\b\w*(?:[Gg]utachten|[Bb]ericht|[Ss]tudie|[Uu]rteil|[Ss]chreiben|[Pp]rotokoll"
        r"|[Aa]nalyse|[Ss]tellungnahme)\s+(des|der)\s+(" + _NAME + ")"
    ),
    # "le rapport de la Cour des comptes", "Rédigé par deux inspecteurs de l'agence régionale
    # de santé …, le document" (a body in capitals, or one French writes in lower case)
    "french": re.compile(
        r"(?:\b(?:rapport|document|audit|avis)\s+(?:[a-zéè']+\s+){0,2}?|\b[Rr]édigée?s?\s+par\s+"
        r"[^,.;«»]{0,80}?)(?:(de\s+la\s+|de\s+l['’]|du\s+|des\s+))("
        + _NAME
        + "|"
        + LOWER_NAME
        + ")"
    ),
    "italian": re.compile(
        r"\b(?:verbale|relazione|rapporto|documento|dossier|perizia|sentenza|ordinanza)\b"
        r"[^.;:«»“”]{0,100}?\b(?:(dell['’])|(?:della|dello|del|dei|degli|delle)\s+)(" + _NAME + ")"
    ),
}
# a document the quotation's own sentence points to by a definite noun or an adverb: "the
# report states", "heißt es darin", "Secondo il verbale", "Nel documento si parla di"
_CITED = {
    "english": re.compile(r"\b(?:the|this)\s+(?:report|document|review|audit|study)\b", re.I),
    "german": re.compile(
        r"\bdarin\b|\b(?:dem|im|laut\s+dem)\s+\w*(?:[Gg]utachten|[Bb]ericht|[Ss]tudie"
        r"|[Pp]rotokoll|[Ss]chreiben)\b"
    ),
    # (the document as the subject of a verb of finding: "le document de 48 pages pointe")
    "french": re.compile(
        r"\b(?:[Ll]e|[Cc]e)\s+(?:rapport|document)\b(?:\s+[^\s«»,.]+){0,4}?\s+(?:pointe|relève"
        r"|dénonce|souligne|constate|épingle|critique|évoque|recommande|conclut)\b"
    ),
    "italian": re.compile(
        r"\b(?:[Ss]econdo\s+il|[Nn]el|[Dd]al|[Ii]l)\s+(?:verbale|documento|rapporto|dossier)\b"
        r"|\b(?:[Ss]econdo\s+la|[Nn]ella|[Dd]alla|[Ll]a)\s+(?:relazione|perizia)\b"
    ),
}
# document nouns a speaker phrase may end on ("the report", "One email", "il verbale")
_DOCUMENT_HEADS = frozenset(
    "report review audit letter email e-mail document study findings verbale relazione"
    " documento rapporto dossier perizia bericht gutachten studie schreiben protokoll".split()
)
_REACH = 1500  # characters read back for the document's first mention


def _nominative(word: str) -> str:
    """A German genitive singular noun as its nominative: "Ingenieurbüros" -> "Ingenieurbüro",
    "Landratsamtes" -> "Landratsamt"."""
    if word.endswith("es") and len(word) > 5 and word[-3] not in "aeiouäöü":
        return word[:-2]
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


def _author(text: str, start: int, end: int) -> str | None:
    """The body the last document tied to its author between ``start`` and ``end`` names."""
    lang = language()
    tie = _TIES.get(lang or "")
    if tie is None:
        return None
    found = list(tie.finditer(text, start, end))
    if not found:
        return None
    m = found[-1]
    if lang == "german":
        words = m.group(2).split()
        if m.group(1) == "des":
            words[0] = _nominative(words[0])
        return " ".join(words)
    if lang == "italian":
        return ("l'" if m.group(1) else "") + m.group(2)
    if lang == "french":
        of = m.group(1).strip()
        article = "l'" if of[-1:] in "'’" else ("la " if of.startswith("de la") else "")
        return article + m.group(2)
    if m.group(2).split()[0].lower() in _NOT_AUTHORS:
        return None
    return (m.group(1) or "") + m.group(2)


def _sentence(text: str, span: Span) -> tuple[int, int]:
    """The sentence around a quotation, in its paragraph: from the last stop before the
    opening mark to the first after the closing mark."""
    ps = text.rfind("\n", 0, span.open_at) + 1
    # (the last stop is looked for near the quotation first: reading the whole paragraph again
    # for every quotation is slow on a long text of one paragraph)
    lo = max(ps, span.open_at - 2000)
    stops = [m.end() for m in _STOP_RE.finditer(text, lo, span.open_at)]
    if not stops and lo > ps:
        stops = [m.end() for m in _STOP_RE.finditer(text, ps, span.open_at)]
    start = stops[-1] if stops else ps
    stop = _STOP_AFTER_RE.search(text, span.close_end)
    pe = text.find("\n", span.close_end)
    pe = len(text) if pe < 0 else pe
    end = min(pe, stop.end()) if stop else pe
    return start, end


_STOP_RE = re.compile(r"[.!?]\s")
_STOP_AFTER_RE = re.compile(r"[.!?](?:\s|$)")


def document_speakers(text: str, spans: list[Span], speakers: list[str | None]) -> None:
    """Give a quotation from a document the body that wrote it, in place: where the speaker
    found is the document itself ("the report", "One email") or none was found and the
    quotation's sentence cites a document ("heißt es darin", "Secondo il verbale"), and the
    text ties the document to a named body before the quotation."""
    cited = _CITED.get(language() or "")
    for k, span in enumerate(spans):
        who = speakers[k]
        if who is None and (source := finding_source(text, span)) is not None:
            speakers[k] = source  # "… ‘…’ … . Dat concludeert de ombudsman X."
            continue
        start, end = _sentence(text, span)
        if who is not None and language() == "french" and cited is not None:
            # a French document the subject of its clause ("le document pointe « … »"): its
            # author's words, whoever the other rules gave them to
            document = who.split()[-1].lower() in ("rapport", "document")
            if document or cited.search(text, start, span.open_at):
                # (with no author named, a document is no speaker: "Le document pointe …")
                author = _author(text, max(0, span.open_at - _REACH), span.open_at)
                speakers[k] = author or (None if document else who)
            continue
        if who is not None:
            head = who.split()[-1].lower() if who.split() else ""
            if len(who.split()) > 2 or head not in _DOCUMENT_HEADS:
                continue
        if who is None and not (
            cited is not None
            and (cited.search(text, start, span.open_at) or cited.search(text, span.close_end, end))
        ):
            continue
        author = _author(text, max(0, span.open_at - _REACH), span.open_at)
        if author is not None:
            speakers[k] = author


# a sentence that names the source of the finding the sentence before quoted: "Dat concludeert
# de ombudsman Karin Vos in een rapport", "Dat blijkt uit een rapport van de Inspectie X",
# "È quanto emerge dal verbale dei tecnici dell'Asl", "Das geht aus einem Gutachten des X
# hervor" (the finding first, its source after, as reports of inspections open)
_SOURCE_NEXT = {
    "dutch": re.compile(
        r"Dat\s+(?:concludeert|concluderen|stelt|stellen|schrijft|schrijven|constateert"
        r"|constateren)\s+((?:de|het)\s+[^.,;:\n]{2,80}?)(?=\s+(?:in|na|op|dinsdag|maandag|woensdag"
        r"|donderdag|vrijdag|zaterdag|zondag)\b|[.,;:])"
    ),
    "italian": re.compile(r"(?:È|E['’])\s+quanto\s+(?:emerge|risulta|si\s+legge)\b"),
    "german": re.compile(r"Das\s+(?:geht\s+aus|ergab|ergibt|zeigt)\b"),
}
_NAME_RUN_RE = re.compile(
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:van\s+|de\s+|der\s+|den\s+)*[A-ZÀ-Ý][\w'’-]+)+$"
)


def finding_source(text: str, span: Span) -> str | None:
    """The body or person the sentence right after a quotation's sentence names as the source
    of its finding ("… 'disproportioneel hard' aangehouden. Dat concludeert de ombudsman
    Karin Vos …" -> "Karin Vos"), else None."""
    lang = language() or ""
    pattern = _SOURCE_NEXT.get(lang)
    if pattern is None:
        return None
    stop = re.compile(r"[.!?][’'”»]?\s+").search(text, span.close_end)
    if stop is None or "\n" in text[span.close_end : stop.end()]:
        return None
    m = pattern.match(text, stop.end())
    if m is None:
        return None
    if lang == "dutch":
        phrase = m.group(1).strip()
        run = _NAME_RUN_RE.search(phrase)
        if run is not None:
            return run.group(0)  # "de Haagse ombudsman Karin Vos": the person
        return phrase if re.search(r"\b[A-Z]", phrase) else None  # a named body, as written
    end = text.find(".", m.end())
    return _author(text, m.end(), len(text) if end < 0 else end)
