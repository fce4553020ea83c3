"""An impersonal "one reads" after a quotation, in the four Romance languages (for
``after.py`` and ``before.py``).

"«Restate a casa», si legge in una nota del Comune di Valdora." / "«…», se lee en un
comunicado de la Consejería de Sanidad." / "« … », peut-on lire dans un communiqué de la
préfecture" / "«…», lê-se numa nota da Junta X": the words are the body's whose document it
is, never the person named before; with no body named there the quotation is left to the
other rules. Spanish and Italian read the body's capitalized name here (``document_body``);
French and Portuguese give where its noun phrase opens (``document_issuer_at``), which the
attributor reads as any subject after a verb. English names the issuer before a document
"which read:" (``issued_reading``).
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token

_READ = {
    "italian": frozenset("legge leggeva apprende".split()),
    "spanish": frozenset("lee leía desprende".split()),
}
_DOCUMENTS = nm.DOCUMENT_NOUNS | frozenset(
    "nota note lettera messaggio post circolare sentenza ordinanza dichiarazione"
    " carta mensaje circular sentencia resolución declaración escrito".split()
)
# "of" or "by" before the body's name, alone or fused with an article
_OF = frozenset("del della dello dei degli delle di dal dalla dallo dai dalle da de por".split())
_ARTICLES = frozenset("la el los las".split())  # after Spanish "de", "por"
_ELIDED = ("dell'", "dell’", "dall'", "dall’")
# lower-case words of a body's name between its capitalized ones: "Comune di Valdora",
# "Protezione civile regionale", "Consejería de Sanidad y Consumo"
_JOINERS = frozenset("di del della dello dei degli delle de la e y per para".split())


def impersonal_body(text: str, toks: list[Token], i: int) -> tuple[int, int] | None:
    """The span of the body named in "si legge in una nota del X" opening at token ``i``
    (Spanish and Italian only), else None."""
    lang = language()
    read = _READ["italian"] | _READ["spanish"] if lang is None else _READ.get(lang)
    if read is None or i + 3 >= len(toks) or toks[i][0].lower() not in ("si", "se"):
        return None
    if toks[i + 1][0].lower() not in read:
        return None
    return document_body(toks, i + 2)


def document_body(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The span of the body whose document the tokens from ``i`` name: "in una nota del
    Comune di X", "la nota difundida por la Subdelegación del Gobierno" (also after
    "según", "secondo": "Según el comunicado de la Consejería, …"), else None."""
    j = i
    while j < len(toks) and j < i + 4 and toks[j][0].lower() not in _DOCUMENTS:
        j += 1
    if j >= len(toks) or toks[j][0].lower() not in _DOCUMENTS:
        return None
    j += 1
    k = j
    while k < len(toks) and k < j + 3 and toks[k][0].islower() and toks[k][0] not in _OF:
        k += 1  # "una nota diffusa dal Comune", "un comunicado emitido por la Policía"
    if k >= len(toks):
        return None
    word = toks[k][0]
    if word.lower().startswith(_ELIDED) and word[5:6].isupper():
        at = toks[k][1] + 5
    elif word in _OF and k + 1 < len(toks):
        k += 1
        if toks[k][0] in _ARTICLES and k + 1 < len(toks):
            k += 1
        if not toks[k][0][:1].isupper():
            return None
        at = toks[k][1]
    else:
        return None
    end = toks[k][2]
    m = k + 1
    while m < len(toks):
        w = toks[m][0]
        if w[:1].isupper() or (end == toks[m - 1][2] and _adjective(w)):
            end = toks[m][2]  # (lower-case adjectives after a name word: "civile regionale")
        elif w not in _JOINERS:
            break
        m += 1
    return at, end


def _adjective(word: str) -> bool:
    """A lower-case Spanish or Italian adjective of a body's name: "civile", "regionale",
    "sanitaria", "municipal" (never "diffusa", "ieri")."""
    return word.isalpha() and word.islower() and word.endswith(_ADJECTIVE_ENDS)


_ADJECTIVE_ENDS = ("ale", "ile", "al", "ica", "ico", "ria", "rio", "ana", "ano")


# a document read after the mark, with its issuer: "« … », peut-on lire dans un communiqué de
# la préfecture", "«…», lê-se na nota da Câmara Municipal de X" (French, Portuguese)
_DOCUMENT_OF_RE = re.compile(
    r"\s*,\s*(?:peut-on|pouvait-on|lit-on) lire dans (?:un|le|son|leur|une|la|sa) "
    r"(?:communiqué|texte|document|rapport|courrier|lettre|avis|message|note)"
    r"(?: [a-zà-ÿ]+)? (?:de la|de l['’]|du|des|de|d['’]|par la|par le|par l['’]|par les)\s*"
    r"|\s*,\s*lê-se (?:no|num|na|numa) (?:comunicado|nota|documento|relatório|texto|carta"
    r"|despacho|parecer|publicação)(?: [a-zà-ÿ]+)? (?:da|do|das|dos|de|pelo|pela|pelos|pelas)\s+"
)


# seats of power a French text names after "au" for the body sitting there: "Au Sénat, on …"
_SEATS = frozenset(
    "sénat quai conseil parlement palais gouvernement tribunal parquet ministère cour élysée "
    "matignon bercy".split()
)


# French "on" speaking for a body where it was said: "« … », fait-on savoir au ministère des
# Transports", "explique-t-on dans l'entourage du ministre", "précise-t-on chez Transval"
# (not any place: "dit-on dans la rue")
_ON_AT_RE = re.compile(
    r"\s*,\s*[a-zà-ÿ]+(?:-t)?-on(?: savoir)? (?:(?:au|à la|à l['’]|chez|dans)\s+"
    r"(?=(?:ministère|préfecture|mairie|rectorat|secrétariat|direction|l['’]entourage"
    # (a name only after "chez" or "à la", an acronym or a seat of power: "au Havre", "dans
    # Paris" are places, "au Sénat", "au Quai d'Orsay" bodies)
    r"|[A-ZÀ-Ý]{2,}\b|(?:" + "|".join(w.capitalize() for w in sorted(_SEATS)) + r")\b))"
    r"|(?:chez|à la)\s+(?=[A-ZÀ-Ý]))"
)


def document_issuer_at(text: str, start: int, end: int) -> int | None:
    """Where the issuer's noun phrase opens after "« … », peut-on lire dans un communiqué de"
    or "«…», lê-se numa nota da" (or its agent: "publié par la", "divulgado pelo") read from
    ``start`` (French and Portuguese only), or after a
    French "on" and the body where it was said ("fait-on savoir au ministère des Transports",
    "explique-t-on dans l'entourage du ministre"), else None."""
    if language() not in ("french", "portuguese"):
        return None
    document = _DOCUMENT_OF_RE.match(text, start, end)
    if (
        document is not None
        and _AGENT_RE.search(document.group().rstrip())
        and not _STATEMENT_RE.search(document.group())
    ):
        # "lê-se na carta divulgada pelo Expresso", "dans la lettre publiée par le Journal":
        # who published a letter or a ruling (a newspaper, often) did not write it; a
        # statement's publisher is its issuer ("le communiqué publié par la préfecture")
        return None
    if document is None and language() == "french":
        document = _ON_AT_RE.match(text, start, end)
    return document.end() if document is not None else None


# documents that speak for whoever publishes them
_STATEMENT_RE = re.compile(r"\b(?:communiqué|comunicado|nota|note|message)\b")


# the agent before a document's issuer: "publié par la …", "divulgado pelo …"
_AGENT_RE = re.compile(r"\b(?:par l[ae'’]s?|pel[oa]s?)\s*$")


def by_agent(text: str, at: int) -> bool:
    """True when the issuer at ``at`` follows an agent's "par"/"pelo" ("divulgado pelo
    clube"): a common noun there is left to the other rules."""
    return _AGENT_RE.search(text, max(0, at - 12), at) is not None


# English: a body or a person issuing a document whose words the quotation gives, its verb
# "read": "X released a statement which read: “…”", "X issued a short statement that said:"
_ISSUED = frozenset("released issued published posted shared put".split())
_READING_RE = re.compile(
    r"(?:out )?(?:an? |the )?(?:[a-z]+ ){0,2}(?:statement|message|post|letter|note|notice)"
    r",? (?:which|that) (?:read|said|stated)(?: simply| in part)?$"
)


def issued_reading(toks: list[Token], text: str) -> int | None:
    """In English text, the token index of the verb issuing a document whose words a colon
    and the quotation give ("The club released a statement which read: “…”"), for its subject;
    else None."""
    if language() != "english" or len(toks) < 5:
        return None
    for v in range(len(toks) - 4, max(0, len(toks) - 9), -1):
        if toks[v][0] in _ISSUED and _READING_RE.fullmatch(text[toks[v + 1][1] : toks[-1][2]]):
            return v
    return None


# a document and the body that issued it, as the phrase an "according to" cites: "segundo
# nota da Liga X divulgada ontem", "selon un communiqué de la préfecture de X", "d'après le
# texte du ministère" (French and Portuguese) (not a Portuguese unnamed source: "fonte da GNR"
# is that phrase, a person who speaks for the body unnamed, as "a source close to X" is)
_CITED_DOCUMENT_RE = re.compile(
    r"(?:(?:um|uma|o|a|un|une|le|la|l['’]|son|sa|seu|sua)\s+)?(?:nota|comunicado|texto|"
    r"documento|relatório|carta|decisão|sentença|communiqué|texte|document|rapport|lettre|"
    r"note|décision|jugement)(?:\s+(?:oficial|officiel|écrit|escrito|publicado|publiée?|"
    r"divulgad[oa]|diffusée?|enviad[oa]))?\s+(?:da|do|das|dos|de la|de l['’]|du|des|de|d['’])"
    r"\s*(?=[A-ZÀ-Ý])"
)


def cited_document_body(phrase: str) -> str | None:
    """The body whose document an "according to" cites ("nota da Liga X divulgada na
    véspera" -> "Liga X"), else None."""
    if language() not in ("french", "portuguese"):
        return None
    document = _CITED_DOCUMENT_RE.match(phrase[:1].lower() + phrase[1:])  # ("Nota da X")
    if document is None:
        return None
    words = phrase[document.end() :].split()
    k = 1
    while k < len(words) and (words[k][:1].isupper() or words[k] in _NAME_JOINERS):
        k += 1
    while k > 1 and words[k - 1] in _NAME_JOINERS:
        k -= 1  # "Liga X divulgada na véspera" -> "Liga X"
    return " ".join(words[:k]).rstrip(",")


# words read in a body's document, the body unnamed or named after it: "si legge in una nota
# dell'azienda", "se lee en un comunicado del ayuntamiento", "peut-on lire dans un communiqué
# de la préfecture", "lê-se numa nota da empresa" -> the body's phrase ("l'azienda"), for the
# resolver to name
_READ_IN_RE = re.compile(
    r"(?:si legge|se lee|lê-se|peut-on lire|on peut lire|pouvait-on lire)\s+"
    r"(?:in|nel|nella|en|dans|em|numa|num|no|na)\s+(?:(?:una|un|uno|la|il|le|el|une|uma|um)\s+)?"
    r"(?:nota|comunicato|lettera|documento|post|comunicado|carta|nota|communiqué|lettre|"
    r"document|message|messaggio|mensaje|mensagem)\s+"
    r"(?:(?:diffus[oa]|publicad[oa]|pubblicat[oa]|publié|publiée|divulgad[oa])\s+)?"
    r"(?P<of>dell['’]|della|dello|del|dei|degli|delle|di|de la|de l['’]|de|du|des|da|do|das"
    r"|dos)\s*(?P<body>.+)$",
    re.IGNORECASE,
)
# the article an "of" word holds ("dell'azienda" is "l'azienda")
_OF_ARTICLE = {
    "dell'": "l'",
    "dell’": "l'",
    "della": "la ",
    "dello": "lo ",
    "dei": "i ",
    "degli": "gli ",
    "delle": "le ",
    "de la": "la ",
    "de l'": "l'",
    "de l’": "l'",
    "du": "le ",
    "des": "les ",
    "da": "a ",
    "do": "o ",
    "das": "as ",
    "dos": "os ",
}


def read_in_document(phrase: str) -> tuple[str, int] | None:
    """The body whose document the words were read in, with its article, and where it starts
    in ``phrase`` ("si legge in una nota dell'azienda" -> ("l'azienda", offset)), else None."""
    m = _READ_IN_RE.match(phrase)
    if m is None or not m.group("body").strip():
        return None
    of = m.group("of").lower()
    article = _OF_ARTICLE.get(of, "")
    if of == "del":
        article = "el " if language() == "spanish" else "il "
    body = m.group("body").strip()
    return (body if body[:1].isupper() else article + body), m.start("body")


# lower-case words inside a French or Portuguese body's name: "Liga de Futebol do Recife"
_NAME_JOINERS = frozenset("de da do das dos du des la e et".split())


# French "on" speaking for the body a fronted phrase names: "Au ministère des Transports, on
# assure que « … »", "Dans l'entourage du ministre, on explique que", "Chez Transval, on
# indique", "Du côté de l'Autorité portuaire, on estime que"
_ON_OPENERS = (
    ("au",),
    ("à", "la"),
    ("chez",),
    ("dans",),
    ("du", "côté", "de"),
    ("du", "côté", "du"),
)
_ON_HEADS = frozenset("ministère préfecture mairie rectorat secrétariat direction".split())


def on_at_body(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The span of the body a French clause opening "Au X, on" (``toks`` from the clause's
    start, the subject read back to ``i``, at "on" or right after it) fronts, else None: a
    name, "l'entourage du …" or a ministry or prefecture in lower case (``_ON_HEADS``); at
    most eight words."""
    j = i if i < len(toks) and toks[i][0] == "on" else i - 1
    if language() != "french" or j < 3 or toks[j][0] != "on" or toks[j - 1][0] != ",":
        return None
    low = [t[0].lower() for t in toks[: j - 1]]
    opener = next((o for o in _ON_OPENERS if tuple(low[: len(o)]) == o), None)
    if opener is None or not 1 <= j - 1 - len(opener) <= 8:
        return None
    first = toks[len(opener)][0]
    head = first.split("'")[-1].split("’")[-1]
    named = head[:1].isupper() and (
        opener not in (("au",), ("dans",))
        or (head.isupper() and len(head) > 1)
        or head.lower() in _SEATS
    )  # (a name after "au" or "dans" is a place: "Au Japon, on estime", "Dans Paris, on …")
    if not (named or head in _ON_HEADS or head == "entourage"):
        return None
    if any(t[0] in ",;:" for t in toks[len(opener) : j - 1]):
        return None
    return toks[len(opener)][1], toks[j - 2][2]
