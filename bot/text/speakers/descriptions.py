"""Someone new brought in by an indefinite description, and the quotations that are theirs
(private to ``pronouns.py``, ``left_out.py`` and ``passes.py``).

Reporters in every language we read bring in a person they do not name as the subject of a
sentence, by an indefinite description, and then quote them: with a bare pronoun or a verb
whose subject is left out ("Among the stalls, one cheese seller from the valley said trade had
halved. “We are hanging on,” she said." / "Uno di loro, un carpentiere di origine rumena,
accetta di parlare. ¶ «…», dice."), after a colon or a speech verb in the same sentence ("Un
aficionado, con la bufanda al cuello, resumía: «…»"), or in a quotation standing alone after
it ("Uma das beneficiárias, uma costureira de 52 anos, aceita falar. ¶ «…»"). An indefinite
article brings in someone new, so the words are theirs, not the last person the text named
(who may be anyone mentioned in passing further back). The description is shown as written
(``description_phrases`` reads where it ends), its article in lower case; a spokesperson's
description is the body's, which the resolver names ("Ein Sprecher des Ministeriums").

Guards: the description opens its sentence (past a fronted phrase of place or time, a "But",
or "One of them,") in the pronoun's paragraph or the one before, at most three sentences back,
outside any quotation; its article (or noun) shows no gender other than the pronoun's; no one
is named, and no sentence opens on a definite role noun ("The mayor …"), between it and the
words; not someone something happened to ("Une infirmière a été agressée"), nor a sentence
that points back at a man named before ("Een scooterrijder reed hem bijna aan. Hij zei: …"),
nor an interview's answer ("Brandauer: Eine Kollegin hat mir gesagt: „…“", words the one
answering reports); and not a reported clause with its own subject ("relató que el acusado
les dijo: «…»").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.description_inverted import inverted_start
from bot.text.speakers.description_phrases import ARTICLES, WORD_RE, definite, description, person
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.raw import Raw
from bot.text.speakers.reading import language

# definite articles opening a sentence on a role noun: someone else came in between
_DEFINITE_RE = re.compile(r"(?:The|Le|La|L['’]|El|Il|Lo|O|A|Der|Die|De|Het)\s?(\w+)")
_REACH = 3  # sentences looked back
_SPAN = 400  # characters read between a description and the words it leads into
# a verb of being right before a name: the description is that person ("Een van hen is X")
_COPULAS = [[w] for w in "is was es era est était ist war è é foi fue".split()]
_FRAGMENT = 6  # words of a quoted fragment the description's own sentence may hold
# words opening a reported clause, whose own subject may speak the quotation after it
_THAT = frozenset("that que qu' qu’ che dass dat".split())
# a relative clause in commas right after the description ("un asesor presidencial, que habló
# bajo condición de anonimato, reconoció que …"): its "que" opens no reported clause
_RELATIVE_ASIDE_RE = re.compile(
    r"\s*,\s*(?:que|qui|che|quien|quienes|who|die|der|dat)\s[^,:;.«»“”„\"]{1,120},", re.I
)


# the gender a definite article shows (German, Romance); None for "the", "de", "het"
_ARTICLE_GENDER = {"der": "m", "die": "f", "le": "m", "la": "f", "el": "m", "il": "m", "lo": "m"}
# a spokesperson's noun: the description then speaks for a body, which the resolver names
_SPOKES_RE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|[Ss]precher(?:in)?|woordvoer(?:der|ster)|porte-parole"
    r"|portavo(?:z|ce)|porta-voz)\b"
)


def speaks_for_body(phrase: str) -> bool:
    """True when a description is a spokesperson's ("Ein Sprecher des Ministeriums")."""
    return _SPOKES_RE.search(phrase) is not None


def _bare_spokes(phrase: str) -> bool:
    """True for a spokesperson's description that names no body ("Um porta-voz", "Un
    porte-parole"): no one's words to show, as everywhere in the engine."""
    words = phrase.split()
    return len(words) <= 2 and speaks_for_body(phrase)


def description_shown(phrase: str) -> str:
    """A description as a speaker is shown, its article in lower case ("Eine Kundin" ->
    "eine Kundin"), as the engine shows every unnamed speaker."""
    return phrase[:1].lower() + phrase[1:]


def description_before(people: Any, pos: int, gender: str | None) -> tuple[str, int] | None:
    """The indefinite description of someone new that a pronoun or a left-out subject at
    ``pos`` stands for (see the module's note), as written, and where it stands; else None."""
    lang = language()
    if lang not in ARTICLES:
        return None
    text: str = people.text
    bounds: list[int] = people.bounds
    para = people._para(pos)
    floor = people.paras[max(0, para - 1)][0]
    here = bisect.bisect_right(bounds, pos) - 1  # the pronoun's sentence
    quoted: list[tuple[int, int]] = people.quoted
    own = bounds[here] if here >= 0 else 0
    got = description(text, own, pos, lang) if pos - own <= _SPAN else None
    if got is not None and got[1] <= pos:
        # the description is the subject of the verb's own sentence ("El dueño de una
        # conservera, que pidió no ser identificado, reconoció que … «…»")
        dstart, dend, sex = got
        if (
            not (gender and sex and sex != gender)
            and not _named_between(people, own, pos, (dstart, dend), pos)
            and not _unfit(people, dstart, dend, pos, gender)
            and not _bare_spokes(text[dstart:dend])
        ):
            return text[dstart:dend], dstart
    for s in range(here - 1, max(-1, here - 1 - _REACH), -1):
        start = bounds[s] if s >= 0 else 0
        if start < floor:
            return None
        q = bisect.bisect_right(quoted, (start, len(text) + 1)) - 1
        if q >= 0 and quoted[q][0] <= start < quoted[q][1]:
            continue  # (a sentence inside a quotation)
        end = bounds[s + 1] if s + 1 < len(bounds) else len(text)
        got = description(text, start, end, lang)
        if got is None:
            role = _DEFINITE_RE.match(text, start)
            if role is not None and person(role.group(1), lang):
                return None  # "The mayor …" between: someone else came in
            continue
        dstart, dend, sex = got
        if gender and sex and sex != gender:
            return None
        if _named_between(people, start, pos, (dstart, dend), end) or _unfit(
            people, dstart, dend, end, gender
        ):
            return None
        if _bare_spokes(text[dstart:dend]):
            return None
        return text[dstart:dend], dstart
    return None


# an auxiliary of the passive right after the description ("Une infirmière a été agressée"):
# someone something happened to, who seldom speaks next
_PASSIVE_RE = re.compile(
    r"\s*(?:was|were|has been|had been|a été|ont été|avait été|fue|fueron|ha sido|è stat[oaie]"
    r"|sono stat[ie]|fu|foi|foram|tinha sido|wurde|wurden|ist \w+ worden|werd|werden|is \w+ "
    r"geworden)\s+(\w+)"
)
_PARTICIPLE_EN_RE = re.compile(r"\w+(?:ed|en|wn|lt|pt|ught)$")
# an object pronoun in the description's sentence of the gender of the pronoun after it ("Een
# scooterrijder reed hem bijna aan. Hij zei: …"): the one named before is still at hand
# ("her", "haar" and "ihr" are also possessives: only the masculine ones are read)
_OBJECTS = {"m": frozenset("him hem ihn ihm".split())}
# a label opening an interview's answer ("Brandauer: Schwierig. …"): words quoted in an
# answer are reported by the one answering, whom the text does not make their speaker
_LABEL_RE = re.compile(r"[A-ZÀ-Ý][\w.'’-]*(?: [A-ZÀ-Ý][\w.'’-]*){0,2}: ")


def _unfit(people: Any, dstart: int, dend: int, send: int, gender: str | None) -> bool:
    """True when the description at ``dstart``..``dend`` (its sentence ending at ``send``)
    is someone something happened to, shares its sentence with an object pronoun of
    ``gender``, or stands in an interview's answer."""
    text: str = people.text
    send = min(send, dend + _SPAN)
    rest = text[dend:send]
    if rest.startswith(","):
        close = rest.find(",", 1)
        rest = rest[close + 1 :] if close > 0 else ""
    passive = _PASSIVE_RE.match(rest)
    if passive is not None and (
        language() != "english" or _PARTICIPLE_EN_RE.match(passive.group(1))
    ):
        return True
    words = {w.lower() for w in WORD_RE.findall(text[dend:send])}
    if gender and words & _OBJECTS.get(gender, frozenset()):
        return True
    para = people._para(dstart)
    ps = people.paras[para][0]
    if _LABEL_RE.match(text, ps):
        return True
    return para > 0 and text[
        people.paras[para - 1][0] : people.paras[para - 1][1]
    ].rstrip().endswith("?")


def _named_between(
    people: Any, start: int, end: int, desc: tuple[int, int] = (0, 0), own: int = 0
) -> bool:
    """True when a person is named between ``start`` and ``end`` (a sentence opening on
    "He "/"She " is no name of its own). Not a name inside the description ``desc`` ("una
    vizinha dos Zanella"), nor one after it in its own sentence (up to ``own``) that is no
    sentence subject ("A violinist who has played with the Sinfonia …, said …")."""
    text: str = people.text
    # (the apposition right after the description names the person: "Een van hen, de
    # 71-jarige Hendrikje X, …", "um dos organizadores, Lucas X,")
    stop = desc[1]
    if text.startswith(",", desc[1]):
        cut = re.search(r"[,.;:]", text[desc[1] + 1 : desc[1] + 80])
        stop = desc[1] + 1 + (cut.start() if cut else 0)
    for m in people.mentions_between(start, end):
        if text[m.pos : m.pos + 4] in ("He ", "She "):
            continue
        apposed = desc[1] <= m.pos <= stop
        # (a person, not a body, in the description's own sentence may be the one meant:
        # "Een filmmaker volgde Hoekstra … zegt ze"; and "Uno de ellos es Sergio X" names it)
        person = m.gender is not None or nm.bare(m.name.split()[0]) in FIRST_NAMES
        named = text[max(0, m.pos - 6) : m.pos].split()[-1:] in _COPULAS
        if desc[0] <= m.pos < desc[1] or (
            desc[1] <= m.pos < own and not (m.subject or apposed or person or named)
        ):
            continue
        return True
    return False


def description_of_quote(people: Any, open_at: int) -> tuple[str, int] | None:
    """The indefinite description of someone new whose words a quotation with no attribution
    of its own are (the quotation opening at ``open_at``), as written; else None:
    - its own sentence opens on the description, and a colon or a speech verb leads into the
      quotation ("Un aficionado, con la bufanda al cuello, resumía el sentir general: «…»");
    - it opens its sentence, and the sentence before (of its paragraph or ending the one
      before) opens on the description ("Eine Kundin wartet seit einer Stunde. ¶ „…“").
    No one is named, and no quotation stands, between the description and the quotation."""
    lang = language()
    if lang not in ARTICLES:
        return None
    text: str = people.text
    bounds: list[int] = people.bounds
    s = bisect.bisect_right(bounds, open_at) - 1
    start = bounds[s] if s >= 0 else 0
    lead = text[max(start, open_at - _SPAN) : open_at]
    if open_at - start > _SPAN:
        return None  # (a lead-in longer than any sentence reads: no one's to tell)
    if lead.strip(" \n«»“”„\"‘’‚'–—-"):
        got = description(text, start, open_at, lang)
        # (a subject after its verb: the fronted phrase before it names no one who speaks,
        # "Gelassener zeigt sich ein Händler: „…“")
        lo = got[0] if got is not None and inverted_start(text, start, open_at, lang) else start
        if got is None or _named_between(people, lo, open_at, got[:2], open_at):
            return None
        if _unfit(people, got[0], got[1], open_at, None):
            return None
        between = text[got[1] : open_at].rstrip(" «»“”„\"‘’‚'")
        words = {w.lower() for w in WORD_RE.findall(between)}
        aside = _RELATIVE_ASIDE_RE.match(between)
        after = between[aside.end() :] if aside else between
        that = next((m.end() for m in WORD_RE.finditer(after) if m.group().lower() in _THAT), -1)
        if that >= 0 and {w.lower() for w in WORD_RE.findall(after[that:])} & nm.SPEECH_VERBS:
            # "Uno de los agentes relató que el acusado les dijo: «…»": the reported clause's
            # subject speaks (not "reconoció que la derrota fue «un golpe duro»")
            return None
        if (between.endswith(":") or words & nm.SPEECH_VERBS) and not _bare_spokes(
            text[got[0] : got[1]]
        ):
            return text[got[0] : got[1]], got[0]
        return None
    if s < 1:
        return None
    before = bounds[s - 1]
    if people._para(before) < people._para(open_at) - 1:
        return None
    quoted: list[tuple[int, int]] = people.quoted
    q = bisect.bisect_left(quoted, (before,))
    while q < len(quoted) and quoted[q][0] < start:
        if len(text[quoted[q][0] : quoted[q][1]].split()) > _FRAGMENT:
            return None  # a quotation in the sentence before (a short fragment may stand
            # there: "une aide-soignante se souvient d'une résidente « pleine d'humour »")
        q += 1
    q = bisect.bisect_right(quoted, (before, len(text) + 1)) - 1
    if q >= 0 and quoted[q][0] <= before < quoted[q][1]:
        return None
    got = description(text, before, start, lang)
    if got is None or _named_between(people, before, open_at, got[:2], start):
        return None
    if _unfit(people, got[0], got[1], start, None) or _bare_spokes(text[got[0] : got[1]]):
        return None
    return text[got[0] : got[1]], got[0]


def _opening_at(people: Any, pos: int, lang: str) -> str | None:
    """The description its sentence opens on, when it starts at ``pos`` (past a fronted
    phrase at most 100 characters long), as written; else None."""
    text: str = people.text
    start = people._sentence_start(pos)
    if pos - start > 100:
        return None
    k = bisect.bisect_right(people.bounds, pos)
    end = people.bounds[k] if k < len(people.bounds) else len(text)
    got = description(text, start, min(end, start + _SPAN), lang)
    return text[got[0] : got[1]] if got is not None and got[0] == pos else None


def anonymous_definite(people: Any, pos: int) -> str | None:
    """The definite description a speaker phrase at ``pos`` opens, when its sentence says the
    person asked to stay unnamed ("El dueño de una conservera, que pidió no ser identificado,
    reconoció que … «…»"): someone new, shown as written, never a person named before whose
    role the noun recalls; else None."""
    lang = language()
    if lang not in ARTICLES or not definite(people.text[pos : pos + 20].split(" ", 1)[0], lang):
        return None
    got = _opening_at(people, pos, lang)
    return description_shown(got) if got is not None else None


def description_at(people: Any, pos: int) -> str | None:
    """The description of someone new that opens its sentence at ``pos``, where a rule read
    only its first word or words as a speaker it could not name ("Einer der jüngeren Schützen,
    der …, nimmt die Niederlage mit Humor: „…“"), as shown; else None."""
    lang = language()
    got = _opening_at(people, pos, lang) if lang in ARTICLES else None
    return description_shown(got) if got is not None and not _bare_spokes(got) else None


def newcomer_speaker(new: tuple[str, int], resolve: Callable[[Raw], str | None]) -> str:
    """The speaker shown for a description ``new`` (its text and where it stands): a
    spokesperson's is the body the resolver names for it, any other as written."""
    if speaks_for_body(new[0]):
        return resolve(Raw(*new)) or description_shown(new[0])
    return description_shown(new[0])


def described_before(people: Any, pos: int, phrase: str) -> str | None:
    """The description of someone new that a definite epithet or role noun at ``pos`` no
    rule could name stands for ("Ein Autofahrer, der … fuhr, hatte als Erster Hilfe
    geleistet. … sagte der 52-Jährige"): as ``description_before``, of the gender the
    epithet's article shows; else None."""
    lang = language()
    words = phrase.split()
    if lang not in ARTICLES or len(words) < 2 or not definite(words[0], lang):
        return None
    gender = _ARTICLE_GENDER.get(words[0].lower())
    got = description_before(people, pos, gender)
    return description_shown(got[0]) if got is not None else None
