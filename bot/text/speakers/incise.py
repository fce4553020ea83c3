"""Romance attribution inside the marks, and the fragment of reported speech (private to
``quotes.py`` and ``attribution.py``).

French, Spanish, Italian and Portuguese put the attribution inside the marks, between commas or
dashes: "« Le plan est prêt, explique Ana X, 52 ans. Il reste … »", "« Nous verrons,
glisse-t-elle. »", "« …, a lancé Paul X au directeur. … »", "« …, rappelle le maire, Paul X. »",
"«Queremos … —adelanta—. Y si …»", "«Abbiamo … – scherza il capitano, Ugo X –. O almeno …»".
``incise_subject`` finds who the attribution names (a pronoun, a name, a role noun); the
attribution is no part of the words said, so ``incise_parts`` cuts the quotation into the
parts before and after it, each a quotation of the same speaker.

A lower-case piece inside a French or Portuguese sentence of reported speech ("Son oncle,
Gaston X, voulait qu'elle « devienne notaire ».") is no quotation a following quotation
paragraph goes on with.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.text.speakers import names as nm
from bot.text.speakers.marks import Span
from bot.text.speakers.reading import language, romance_text
from bot.text.speakers.romance_words import FIRST_PERSON_RE

_LOWER = "a-zàâçéèêëîïôûùáíóúãõñìòœ"
_CAP = "A-ZÀ-ÝÑŒ"
# where an incise may open inside the marks: a comma, or a dash with a space before it
_OPEN_RE = re.compile(rf"(?:,\s+|\s[—–]\s?|\s-\s)(?=[{_LOWER}])")
# the incise's verb: the listener's pronoun, a reflexive, an auxiliary with or without the
# French inverted pronoun, then the verb itself, which may carry the inverted pronoun or, in
# Portuguese, the listener's ("poursuit-il", "a-t-elle ajouté", "s'est exclamé", "si è sfogato",
# "se lamentó", "nous explique le maire", "m'a-t-il confié", "me cuenta", "ci racconta",
# "conta-nos")
_VERB_RE = re.compile(
    r"(?P<listener>(?:nous|vous|me|te|lui|leur|nos|le|les|mi|ci|ti|gli|lhe|lhes)\s|[mt]['’](?=[aeéiou]))?"
    rf"(?:(?:se|si)\s|s['’])?"
    rf"(?:(?:a|ont|avait|est|ha|hanno|è|há|tem|han|había)(?P<auxpro>-t-(?:il|elle)|-(?:il|elle|ils|elles))?\s)?"
    rf"(?P<verb>[{_LOWER}]+)(?P<pro>-t-(?:il|elle|ils|elles)|-(?:il|elle|ils|elles))?"
    r"(?P<enclitic>-(?:nos|me|lhe|lhes|vos))?(?![\w'’-])"
)
# a subject pronoun after the verb ("disse ele", "dijo ella", "ha detto lei"; French joins its
# own to the verb: "dit-il")
_PRONOUN_RE = re.compile(r"(?:ele|ela|él|ella|lui|lei)(?=[\s,.!?;—–-]|$)")
# a name: one to four capitalized words, particles between them
_NAME_RE = re.compile(
    rf"[{_CAP}](?:\.|[\w'’-]*)(?:\s(?:(?:de|da|do|dos|das|di|del|della|van|von|der|den|du|le|la)\s)?"
    rf"[{_CAP}](?:\.|[\w'’-]*)){{0,3}}"
)
# a role noun's article and first word ("le maire", "la jeune médecin", "l'adjointe")
_ROLE_RE = re.compile(
    rf"(?:(?:le|la|les|el|il|lo|o|a|os|as|un|une|uno|una|um|uma)\s|l['’])[{_LOWER}]"
)
# "of": a name after it is a place or a body, not the role's holder ("le maire de Vierchamps")
_GENITIVES = frozenset("de du des d di del della dello dei degli da do dos das van von".split())
# other prepositions end a role noun ("le technicien avec un sourire", "il sindaco durante …")
_PREPS = frozenset(
    "à au aux al en in em avec dans sur pour par devant après avant con com sem senza sin tra"
    " entre nel nella no na ao durante dopo après lors".split()
)
_DEFINITE = frozenset("le la les el il lo o a os as".split())
_TOKEN_RE = re.compile(r"[\w'’-]+")
# the closing dash of an incise (a hyphen only with a space before it)
_DASH_CLOSE_RE = {d: re.compile(rf"{d}(?=[\s.,;:]|$)") for d in "—–"}
_HYPHEN_CLOSE_RE = re.compile(r"(?<=\s)-(?=[\s.,;:]|$)")
# a time right after the verb: "el martes", "ieri", "hier soir"
_TIME_RE = re.compile(rf"\s*(?:(?:el|le|il|lo|o|la|a)\s)?([{_LOWER}]+)[ ,]?")
# a preposition opening what follows the verb, no subject: "explicó a este diario"
_PREP_RE = re.compile(r"(?:a|al|à|au|aux|ai|agli|alle|ao|aos|às|en|in|em|ante|davanti|devant)\s")
# words that go on with the sentence after the verb: no incise ("dice che …", "explica que …")
_QUANTIFIERS = frozenset("todos todas tutti tutte tous toutes po' po’ peu poco pouco".split())
_GOES_ON = frozenset("que qu' qu’ che se y e et ed pero ma mas".split())
# the holder of a role named after it, with a comma or a space ("le maire, Paul X")
_HOLDER_RE = re.compile(rf"[,\s]\s*({_NAME_RE.pattern})(?=[\s,.!?;:—–-]|$)")
_WORD_RE = re.compile(r"[\w'’-]+|\S")
_STOP_RE = re.compile(r"[.!?…](?=\s|$)")


class Incise(NamedTuple):
    cut: int  # where the words before it end (its opening comma or dash)
    resume: int  # where the words after it start (== the quotation's end when none follow)
    subject: tuple[int, int] | None  # the pronoun, name or role noun it names


def _applies(text: str, span: Span) -> bool:
    """Incises are read in plainly Romance text, in quotations opened by a mark."""
    return text[span.open_at : span.open_at + 1] not in "—–―-" and romance_text()


def _subject(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The speaker phrase at ``pos`` after the incise's verb, up to ``end``."""
    m = _PRONOUN_RE.match(text, pos, end)
    if m:
        return m.span()
    role = _ROLE_RE.match(text, pos, end)
    if role:
        article = text[pos : role.end() - 1].strip().lower()
        after = text[role.end() - 1 : role.end() + 8].split(" ", 1)[0]
        if (article in ("o", "a", "os", "as") and language() != "portuguese") or (
            after in _QUANTIFIERS  # "garantiu a todos os vereadores": to them, not by them
        ):
            return None
        return _role_phrase(text, pos, end)
    name = _NAME_RE.match(text, pos, end)
    if name:
        return name.span()
    return None


def _role_phrase(text: str, pos: int, end: int) -> tuple[int, int]:
    """A role noun with its article at ``pos``, or the holder it names: "le directeur de l'usine"
    (a complement after "de" stays, another preposition ends it: "le technicien avec un
    sourire"), "le maire Paul X" and "le maire de Y, Paul X" -> "Paul X"."""
    comma = text.find(",", pos, end)
    stretch = comma if comma >= 0 else end
    toks = list(_TOKEN_RE.finditer(text, pos, stretch))[:9]
    last = len(toks)
    of = 0  # where the complement after "de" starts
    for k in range(1, len(toks)):
        word = toks[k].group()
        if word.lower() in _PREPS or word.lower() in _GOES_ON:
            last = k
            break
        if not of and word.lower() in _GENITIVES:
            of = k
        elif not of and nm.is_cap(word):
            name = _NAME_RE.match(text, toks[k].start(), stretch)
            if name:
                return name.span()  # "scherza il capitano Ugo X"
    first = toks[0].group().lower()
    if of and (first in _DEFINITE or first.startswith(("l'", "l’"))):
        # a definite role noun is read without its complement ("l'entraîneur de l'US X" ->
        # "l'entraîneur"): the text's holder of that role; an indefinite one keeps it, as
        # written ("une habitante du quartier")
        last = min(last, of)
    noun = (pos, toks[max(last, 1) - 1].end())
    if comma >= 0:
        holder = _HOLDER_RE.match(text, comma, min(end, comma + 80))
        if holder:
            return holder.span(1)  # "rappelle le maire, Paul X."
    return noun


def _closing_dash(text: str, dash: str, pos: int, end: int) -> int:
    """Where the dash closing an incise stands (a hyphen inside a name is none: "- dice
    Jean-Luc X -"), else -1."""
    pattern = _HYPHEN_CLOSE_RE if dash == "-" else _DASH_CLOSE_RE[dash]
    m = pattern.search(text, pos, end)
    return m.start() if m else -1


def _adjuncts(text: str, pos: int, limit: int) -> int:
    """``pos`` past a time said right after the verb ("dijo el martes", "ha detto ieri"): the
    subject may follow it ("dijo el martes el alcalde")."""
    m = _TIME_RE.match(text, pos, limit)
    while m and len(m.group(1)) > 2 and nm.bare(m.group(1)) in nm.TIME_WORDS:
        pos = m.end()
        m = _TIME_RE.match(text, pos, limit)
    return pos


def _parse(
    text: str, start: int, opener: re.Match[str], end: int, outside: bool = False
) -> Incise | None:
    """The incise opening at ``opener`` inside a quotation from ``start`` to ``end``, or None.
    With ``outside`` (the quotation has an attribution of its own outside the marks), words
    said to the speaker are no incise: "«Non mollare, mi ripeteva il primario, e io non ho
    mollato», racconta Ferranti" is all Ferranti's."""
    dash = opener.group().strip(" ,") or None
    m = _VERB_RE.match(text, opener.end(), end)
    if m is None or nm.bare(m.group("verb")) not in nm.SPEECH_VERBS:
        return None
    if outside and (m.group("listener") or m.group("enclitic")):
        return None
    french = language() == "french"
    pro = m.group("auxpro") or m.group("pro")
    if pro is not None and not french:
        return None
    if dash is not None:  # the incise runs to the closing dash
        limit = _closing_dash(text, dash, m.end(), min(end, m.end() + 200))
        if limit < 0:
            return None
    else:
        limit = _find_stop(text, m.end(), end)
        limit = end if limit < 0 else limit
    subject: tuple[int, int] | None = None
    if pro is not None:  # "poursuit-il", "a-t-elle ajouté"
        grp = "auxpro" if m.group("auxpro") else "pro"
        word = pro.rsplit("-", 1)[-1]
        subject = (m.end(grp) - len(word), m.end(grp))
        rest = m.end()
    else:
        pos = _adjuncts(text, m.end(), limit)
        while pos < limit and text[pos] == " ":
            pos += 1
        if pos < limit and text[pos] not in ",.!?;":
            subject = _subject(text, pos, limit)
            if subject is None and not _PREP_RE.match(text, pos, limit):
                return None  # a pro-drop verb and its object: "explica la lección y se va"
        rest = subject[1] if subject else pos
    if subject is None and french:
        return None  # French names its subject: "écouté les familles, expliqué, rassuré"
    if dash is not None:
        stop = limit
    else:
        comma = text.find(",", rest, limit)
        stop = comma if comma >= 0 else limit
    tail = text[rest:stop].split()
    if (len(tail) > _tail_limit(tail) and dash is None) or (tail[:1] and tail[0] in _GOES_ON):
        return None  # "…, dice che il piano …": reported speech going on, not an incise
    if dash is not None:
        resume = stop + 1
        if text[resume : resume + 1] in (".", ",", ";", ":"):
            resume += 1
    elif text[stop : stop + 1] == ",":
        resume = _after_comma(text, start, opener.start(), stop + 1, end)
    else:
        resume = stop + 1
    while resume < end and text[resume].isspace():
        resume += 1
    return Incise(opener.start(), min(resume, end), subject)


def _tail_limit(tail: list[str]) -> int:
    """How many words may follow an incise's subject up to its comma or full stop: 8, or 16
    for a French or Portuguese adjunct of place or occasion opening on a preposition, with
    no clause in it ("…, a reconnu le président Paul X lors d'une conférence de presse
    improvisée au stade municipal.", "…, disse o treinador Rui Y na sala de imprensa do
    estádio no final do jogo."); reported speech going on ("…, dit-il en ajoutant que …") is
    no incise."""
    if (
        tail
        and tail[0].lower() in _PREPS
        and language() in ("french", "portuguese")
        and not any(w.lower() in _GOES_ON or w.lower().startswith(("qu'", "qu’")) for w in tail)
    ):
        return 16
    return 8


def _find_stop(text: str, pos: int, end: int) -> int:
    m = _STOP_RE.search(text, pos, end)
    return m.start() if m else -1


def _after_comma(text: str, start: int, cut: int, pos: int, end: int) -> int:
    """Where the words said resume after an incise closed by a comma. An incise after a few
    words cuts a sentence in two, which goes on right after the comma ("« C'est, dit-il, le
    plus beau jour »", "«Esperamos, dice X, que …»"); after a whole clause, a few words to the
    full stop describe the speaker or the moment ("…, explique X, 52 ans.", "…, raconte-t-elle,
    la voix tremblante.", "…, a indiqué X, lors du conseil. Les …"), unless they speak in the
    first person."""
    sentence = max(start, _last_stop(text, start, cut))
    if len(_WORD_RE.findall(text, sentence, cut)) <= 3:
        return pos
    stop = _find_stop(text, pos, min(end, pos + 120))
    stop = end if stop < 0 and end - pos <= 120 else stop
    if stop < 0 or len(text[pos:stop].split()) > 8:
        return pos
    first_person = FIRST_PERSON_RE.get(language() or "")
    if first_person is not None and first_person.search(text, pos, stop):
        return pos
    return stop + 1


def _last_stop(text: str, start: int, cut: int) -> int:
    """Just past the last sentence end between ``start`` and ``cut``, else ``start``."""
    at = start
    for m in _STOP_RE.finditer(text, start, cut):
        at = m.end()
    return at


def incises(text: str, span: Span) -> list[Incise]:
    """The attributions inside the marks of ``span`` in plainly Romance text, in order."""
    if not _applies(text, span):
        return []
    out: list[Incise] = []
    pos = span.start
    outside = _attributed_outside(text, span)
    while pos < span.end:
        opener = _OPEN_RE.search(text, pos, span.end)
        if opener is None:
            break
        # (a comma after a closing mark is outside the words said: "»Si …», advirtió X, entre …")
        inside = opener.start() > span.start and text[opener.start() - 1] not in "»”“\"'’«"
        got = _parse(text, span.start, opener, span.end, outside) if inside else None
        if got is None:
            pos = opener.end()
            continue
        out.append(got)
        pos = max(got.resume, opener.end())
    return out


def _attributed_outside(text: str, span: Span) -> bool:
    """True when a speech verb follows the closing mark within four words ("», racconta
    Ferranti", "», affirme Claire X") or ends the clause before a colon opening the marks
    ("Elle raconte : « … »")."""
    after = _TOKEN_RE.findall(text, span.close_end, min(len(text), span.close_end + 60))[:4]
    if text[span.close_end : span.close_end + 3].lstrip()[:1] == "," and any(
        nm.bare(w) in nm.SPEECH_VERBS for w in after
    ):
        return True
    lead = text[max(0, span.open_at - 60) : span.open_at].rstrip()
    if lead.endswith(":"):
        return any(nm.bare(w) in nm.SPEECH_VERBS for w in _TOKEN_RE.findall(lead)[-4:])
    return False


def incise_subject(found: list[Incise]) -> tuple[int, int] | None:
    """Where the pronoun, name or role noun of the first of a quotation's incises (``incises``)
    that names one stands, else None."""
    return next((i.subject for i in found if i.subject is not None), None)


def incise_parts(text: str, span: Span) -> list[tuple[int, int]]:
    """The (start, end) offsets of the words said in ``span``, its incises left out: one part
    when it holds none."""
    found = incises(text, span)
    if not found:
        return [(span.start, span.end)]
    parts: list[tuple[int, int]] = []
    start = span.start
    for inc in found:
        end = inc.cut
        while end > start and text[end - 1] in " ,":
            end -= 1
        if end > start:
            parts.append((start, end))
        start = inc.resume
    if start < span.end:
        parts.append((start, span.end))
    return parts or [(span.start, span.end)]


def reported_fragment(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True in French or Portuguese text when ``span`` is a lower-case piece inside a sentence
    of its paragraph ("o pai respondeu-lhe que aquilo “não era vida”", "Son oncle voulait
    qu'elle « devienne notaire ».¶« … »"): a quotation paragraph after it is not its speaker's
    by going on with it."""
    return (
        language() in ("french", "portuguese")
        and text[span.start : span.start + 1].islower()
        and span.open_at != paras[span.paragraph][0]
        and not _said_that(text, span, paras)
    )


def _said_that(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True when the words in marks sit in a "that"-clause of a verb of saying, one to three
    words before "que" in the same sentence ("O presidente, X, admitiu que o negócio “tirou o
    sono” …", "X a reconnu que l'affaire lui avait « coûté le sommeil »"): the sentence's
    subject said them, and a paragraph of quotation after it goes on with that speaker (not
    "voulait qu'elle « devienne notaire »", whose words are no one's said). Read over the 200
    characters before the marks, as ``germanic_clause.said_that`` reads "dass"/"dat"."""
    before = text[max(paras[span.paragraph][0], span.open_at - 200) : span.open_at]
    words = _TOKEN_RE.findall(_STOP_RE.split(before)[-1])
    that = max((k for k, w in enumerate(words) if w.lower() in ("que", "qu'", "qu’")), default=-1)
    if that < 0 and words:  # ("qu'elle": the elided "that" glued to the next word)
        that = max((k for k, w in enumerate(words) if w.lower()[:3] in ("qu'", "qu’")), default=-1)
    return that > 0 and any(nm.bare(w) in nm.SPEECH_VERBS for w in words[max(0, that - 3) : that])
