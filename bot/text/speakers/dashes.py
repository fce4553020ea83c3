"""Dialogue quotations opened by a dash (private helper of ``quotes.py``).

Spanish, Portuguese, Italian and French news set some quotations off with a dash at the
start of a paragraph instead of marks: ``—No hemos sabido cerrar el partido —lamentó el
entrenador.`` (a second dash right before a lower-case speech verb closes the words) or
``— On se remettra au travail, a-t-il promis.`` (a comma before the inverted or plain
speech verb closes them). Only a paragraph without quotation marks that opens on a dash
and has such a closing is read this way; a dash before a name ("― Ana Ruiz", a credit) or
before anything else is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.text.speakers.marks import Span
from bot.text.speakers.names import PLACES, SPEECH_VERBS
from bot.text.speakers.reading import language
from bot.text.speakers.romance_words import FIRST_PERSON_RE
from bot.text.speakers.runs import name_runs

_DASHES = "—–―"
# the dash closing the words and the verb right after it: " —lamentó", " – disse" (or with
# no space before it: "escucha—agregó")
# (an object pronoun or an auxiliary may stand before the verb: " —le dijo una vecina", " —gli
# ha detto", " — ha detto il sindaco")
_SPANISH_CLOSE_RE = re.compile(
    r"\s?[—–―]\s?(?:(?:le|les|me|nos|se|lhe|lhes|gli|mi|ci|lui|leur)\s+)?(?:(?:ha|a|há)\s+)?"
    r"([^\W\d_A-Z][\w-]*)"
)
# a comma and a speech verb (or an inverted one) after it: ", a-t-il promis", ", dijo"
_COMMA_CLOSE_RE = re.compile(r",\s+(?:a\s+|ha\s+)?([^\W\d_A-Z][\w-]*)")
# a question or an exclamation mark and a speech verb after it: "? a demandé X", "! gritó"
_MARK_CLOSE_RE = re.compile(r"([?!…])\s+(?:a\s+|ha\s+)?([^\W\d_A-Z][\w-]*)")
_INVERTED_RE = re.compile(r"^\w+-(?:t-)?(?:il|elle)s?$")
# where the words go on after an attribution: a stop after its closing dash and a capital
# ("—dijo X—. B"), a comma after it ("—dijo—, b"), or a stop and a new dash ("explicou a
# delegada. — B"); not narration after an aside ("—dijo X— y se sentó")
_RESUME_RE = re.compile(
    r"[—–―]\s?[.;:]\s+(?=[^\W\d_a-zß-ÿ]|[¿¡])|[—–―],\s+(?=\w)|[.;:!?]\s[—–―]\s?(?=[^\W\d_a-zß-ÿ]|[¿¡])"
)
# a dash inside a paragraph, setting off an aside or an attribution the rules above did not read
_INNER_DASH_RE = re.compile(r"\s[—–―]")


def _reports(word: str) -> bool:
    return word.lower() in SPEECH_VERBS or bool(_INVERTED_RE.match(word))


def _closing(text: str, start: int, pe: int) -> tuple[int, int] | None:
    """(where the words end, where the attribution after them opens) for the first
    attribution in ``text[start:pe]``: " —lamentó", ", a-t-il promis", "? a demandé" (a comma
    inside the words, "— Ici, personne ne juge, explique X", is passed over)."""
    found: list[tuple[int, int]] = []
    for m in _SPANISH_CLOSE_RE.finditer(text, start, pe):
        if _reports(m.group(1)):
            found.append((m.start(), m.start(1)))
            break
    for m in _COMMA_CLOSE_RE.finditer(text, start, pe):
        if _reports(m.group(1)):
            found.append((m.start(), m.start()))
            break
    for m in _MARK_CLOSE_RE.finditer(text, start, pe):
        if _reports(m.group(2)):
            found.append((m.end(1), m.end(1)))
            break
    return min(found) if found else None


def dash_spans(text: str, paras: list[tuple[int, int]], marked: list[Span]) -> list[Span]:
    """The dash-opened quotations of the paragraphs that hold no marked quotation."""
    taken = {s.paragraph for s in marked}
    out: list[Span] = []
    bare: list[Span] = []
    lines: set[int] = set()  # the paragraphs that open on a dash and a capital
    for k, (ps, pe) in enumerate(paras):
        if k in taken or text[ps : ps + 1] not in _DASHES:
            continue
        start = ps + 1
        while start < pe and text[start] == " ":
            start += 1
        if start >= pe or not (text[start].isupper() or text[start] in "¿¡"):
            continue  # "― ana" / "— 12 h" is no dialogue
        lines.add(k)
        closing = _closing(text, start, pe)
        if closing is None:
            if not _INNER_DASH_RE.search(text, start, pe) and pe - start >= 2:
                bare.append(Span(start, pe, ps, pe, k))
            continue
        end, close_end = closing
        while end > start and text[end - 1] in " ,":
            end -= 1
        if end - start >= 10:
            out.append(Span(start, end, ps, close_end, k))
            if (resumed := _resumed(text, close_end, pe, k)) is not None:
                out.append(resumed)
    said = {s.paragraph for s in out}
    # a text that sets its dialogue off with dashes and a verb after them ("—¿Desde el
    # principio? —pregunta el actor.") also has lines with none: "—Sí. Desde el principio."
    # -- words said when they are part of such an exchange (a run of dash-opened paragraphs
    # with an attributed one) or speak in the first person; not a list after a
    # colon, a credit or a sub-heading (``dialogue_line`` and the rules for a quotation alone
    # in its paragraph tell whose)
    interviews = _interviews(text, bare, paras)
    kept = [
        s
        for s in bare
        if text[s.end - 1 : s.end] in '.?!…»”"'
        and (
            (
                said
                and (
                    # (a list after a colon has no line with its own verb of saying)
                    _run_has(lines, said, s.paragraph)
                    or (
                        text[: paras[s.paragraph][0]].rstrip()[-1:] != ":"
                        and _first_person(text, s)
                    )
                )
            )
            or s.paragraph in interviews
        )
    ]
    return sorted([*out, *kept], key=lambda s: s.start)


def _asks(text: str, span: Span) -> bool:
    return text[span.start : span.end].rstrip(' .»”"').endswith("?")


def _interviews(text: str, bare: list[Span], paras: list[tuple[int, int]]) -> set[int]:
    """The paragraphs of runs of verbless dash lines that open on a question and alternate
    questions and answers after a paragraph naming one person: an interview printed as
    dialogue, often after a colon ("X … respondió a las preguntas de este diario:" "—¿Van a
    recurrir?" "—Todavía no lo sé."). A list after a colon does not ask; a page's questions and
    answers ("Las claves de la reforma:") or an exchange between two people named before are
    no one's interview."""
    out: set[int] = set()
    run: list[Span] = []
    for s in [*bare, None]:
        if s is not None and run and s.paragraph == run[-1].paragraph + 1:
            run.append(s)
            continue
        if (
            len(run) >= 2
            and run[0].paragraph > 0
            and all(_asks(text, r) == (i % 2 == 0) for i, r in enumerate(run))
            and _people_named(text, *paras[run[0].paragraph - 1]) == 1
            and not _ASKED_RE.search(text, *paras[run[0].paragraph - 1])
        ):
            out.update(r.paragraph for r in run)
        run = [s] if s is not None else []
    return out


# a verb of asking: the one the paragraph names asks the questions ("X interpeló a la alcaldesa:")
_ASKED_RE = re.compile(
    r"\b(?:preguntó|interpeló|interrogó|interrogea|interrogé|demandé|demanda|chiese|chiesto"
    r"|domandato|domandò|perguntou|questionou|interpelou)\b"
)
_DETERMINERS = frozenset(
    "el la los las le les il lo gli o os as un una uno une um uma este esta estos estas ce cette"
    " ces questo questa este esta these this the".split()
)


def _people_named(text: str, start: int, end: int) -> int:
    """How many people a paragraph names: its runs of two or more capitalized words that open
    on no determiner ("Wellington Sá", not "El Ayuntamiento") and are no place."""
    return len(
        {
            " ".join(run)
            for run in name_runs(text[start:end])
            if len(run) > 1 and run[0].lower() not in _DETERMINERS and " ".join(run) not in PLACES
        }
    )


def _first_person(text: str, span: Span) -> bool:
    """True for words in the first person in the text's Romance language: "— Eu já sei."."""
    words = FIRST_PERSON_RE.get(language() or "")
    return words is not None and words.search(text, span.start, span.end) is not None


def _run_has(lines: set[int], said: set[int], k: int) -> bool:
    """True when the run of consecutive dash-opened paragraphs around ``k`` holds an
    attributed line."""
    a = k
    while a - 1 in lines:
        a -= 1
    b = k
    while b + 1 in lines:
        b += 1
    return any(j in said for j in range(a, b + 1))


def _resumed(text: str, verb_at: int, pe: int, k: int) -> Span | None:
    """The words that go on after the attribution of a dash-opened line: "—A —dijo X—. B.",
    "—A —dijo—, b", "— A — explicou a delegada. — B" (to the next attribution or the end of
    the paragraph), or None."""
    again = _RESUME_RE.search(text, verb_at, pe)
    if again is None:
        return None
    start = again.end()
    closing = _closing(text, start, pe)
    end, close_end = closing if closing is not None else (pe, pe)
    while end > start and text[end - 1] in " ,":
        end -= 1
    if len(text[start:end].split()) < 2:
        return None
    return Span(start, end, again.start(), close_end, k)


def _dash_line(text: str, span: Span) -> bool:
    return text[span.open_at : span.open_at + 1] in _DASHES


def _verbless(text: str, span: Span) -> bool:
    """True for a dash-opened line with nothing after its words in the paragraph."""
    return _dash_line(text, span) and not _after_words(text, span)


def _after_words(text: str, span: Span) -> str:
    """What follows a span's closing in its paragraph (an attribution, or nothing)."""
    end = text.find("\n", span.close_end)
    return text[span.close_end : end if end >= 0 else len(text)].strip()


def _last_of(spans: list[Span], idx: int, para: int) -> int | None:
    """The index of the last span before ``idx`` in paragraph ``para``, if any."""
    j = idx - 1
    while j >= 0 and spans[j].paragraph > para:
        j -= 1
    return j if j >= 0 and spans[j].paragraph == para else None


def dialogue_line(
    text: str,
    spans: list[Span],
    idx: int,
    speakers: list[str | None],
    replaced: Mapping[int, str | None],
) -> tuple[bool, str | None]:
    """(True, whose) for a dash-opened line with no verb after it in an exchange of lines:
    the one who spoke two lines before when a question and its answer alternate ("—¿Desde el
    principio? —pregunta X." "—Sí. Desde el principio." is the other one's), no one for an
    interviewer's question after someone's answer ("—¿Y su familia qué decía?"), and the one
    who answered before it for the answer to such a question. (False, None) otherwise: a line
    after a statement goes on with its speaker."""
    cur = spans[idx]
    if not _verbless(text, cur) or not _dash_line(text, cur):
        return False, None
    one = _last_of(spans, idx, cur.paragraph - 1)
    if one is None or not _dash_line(text, spans[_first_in(spans, one)]):
        # the question opening an interview printed as dialogue is the interviewer's
        nxt = spans[idx + 1] if idx + 1 < len(spans) else None
        opens = (
            _asks(text, cur)
            and nxt is not None
            and nxt.paragraph == cur.paragraph + 1
            and _dash_line(text, nxt)
            and _verbless(text, nxt)
            and not _asks(text, nxt)
        )
        return (True, None) if opens else (False, None)
    two = _last_of(spans, _first_in(spans, one), cur.paragraph - 2)
    if two is not None and not _dash_line(text, spans[_first_in(spans, two)]):
        two = None
    if two is None and one in replaced and speakers[one] is None and not _asks(text, cur):
        # the answer to an interview's opening question: the one the text had it from
        return True, replaced[one]
    asks = _asks(text, cur)
    answers = _asks(text, spans[one])
    last, before = speakers[one], (speakers[two] if two is not None else None)
    if (asks or answers) and last is not None and before is not None and last != before:
        return True, before
    if asks and last is not None:
        return True, None
    if answers and last is None and before is not None and _verbless(text, spans[one]):
        return True, before
    return False, None


def _first_in(spans: list[Span], idx: int) -> int:
    """The index of the first span of ``idx``'s paragraph."""
    while idx > 0 and spans[idx - 1].paragraph == spans[idx].paragraph:
        idx -= 1
    return idx


def resumed_speaker(
    text: str, spans: list[Span], idx: int, speakers: list[str | None]
) -> str | None:
    """The speaker of the words a dash-opened line goes on with after its attribution ("—A
    —explicó la jueza—. B"): the first part's, or None when the span is no such piece or has
    an attribution of its own ("— A — perguntou X. — B — respondeu Y")."""
    if idx < 1 or spans[idx - 1].paragraph != spans[idx].paragraph:
        return None
    first = spans[idx - 1]
    if not _dash_line(text, first) or first.close_end > spans[idx].open_at:
        return None
    if text[spans[idx].open_at : spans[idx].open_at + 1] not in _DASHES + ".;:!?":
        return None
    return None if _after_words(text, spans[idx]) else speakers[idx - 1]  # (its own verb)
