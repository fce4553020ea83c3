"""Turns of a court's or an interview's exchange printed as paragraphs (private to
``attribution.py``): after a question and an answer that names its speaker, the next
paragraph that is only quotation is the questioner's again, not the answerer's.

- English: a lone question after the witness's reply, when a paragraph before names the
  examiner ("Under cross-examination by X KC, …" / "‘No,’ Lind replied." / "‘Never?’").
- French and Portuguese: a lone question right after an answer a verb of answering
  attributes ("« Pourquoi ? »" / "« Pour … », répond la prévenue." / "« Quoi ? »").
- German and Dutch: a paragraph that is only quotation after A's question and B's answer
  („…?“ ¶ „…“, antwortete B. ¶ „…“).

And the converse: a paragraph that is only quotation right after a question whose asker is
named ("« Pourquoi … ? », l'a interrogé la présidente, X." ¶ "« J'avais honte. »") is the
answer, not the asker's words (``answer_alone``).
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.interview import InterviewRules
from bot.text.speakers.raw import Raw
from bot.text.speakers.reading import language

_ANSWERED_RE = re.compile(r"\s*[,.]?\s*(?:répond|rétorque|respondeu|responde|retorquiu)\b")


# German and Dutch words for "you" and for "I"/"we": a statement after the answer that
# speaks to the answerer ("U weet het niet.") is the questioner's, one in the first person
# ("Wir machen weiter.") the answerer's
_YOU_RE = re.compile(r"\b(?:U|Sie|Ihnen|du|dir|dich|jij|je|jou|uw)\b")
_I_WE_RE = re.compile(r"\b(?i:ich|wir|ik|wij|we|mij|mir|uns|ons)\b")
_EXAMINER_RE = re.compile(
    # (not "asked by"/"pressed by": a reporter or a radio station asks as often)
    r"\b(?i:cross-examination|examination|questioning|questioned) by "
    r"((?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*)"
)


def examiner_questions(att: InterviewRules, raws: list) -> None:
    """In English text, a paragraph that is only a question in marks, right after a
    paragraph that is only another person's reply, in an exchange a paragraph before it
    says who put the questions ("Under cross-examination by Jo Reyes KC, he was asked …" /
    "‘No,’ Lind replied." / "‘Never?’" / "‘Not that I recall.’"): the question is the
    examiner's, the answer after it the witness's again. Set in place."""
    if language() != "english":
        return
    spans, text = att.spans, att.text
    for idx in range(1, len(spans)):
        span, raw = spans[idx], raws[idx]
        para = span.paragraph
        if (
            raw.phrase is not None
            or raw.inherited != idx - 1
            or spans[idx - 1].paragraph != para - 1
            or para < 2
            or not text[span.start : span.end].rstrip().endswith("?")
            or not att._only_quotation(idx)
        ):
            continue
        ps = max(att.paras[max(0, para - 3)][0], spans[idx - 1].open_at - 2000)  # (bounded)
        found = None
        for m in _EXAMINER_RE.finditer(text, ps, spans[idx - 1].open_at):
            found = m
        if found is None or nm.looks_like_org(found.group(1).split()):
            continue  # (a committee or a broadcaster asks no question in marks)
        raws[idx] = type(raw)(found.group(1), found.start(1))
        after = idx + 1
        if (
            after < len(spans)
            and raws[after].inherited == idx
            and spans[after].paragraph == para + 1
        ):
            raws[after].inherited = idx - 1  # the witness's answer to it


def next_question(att: InterviewRules, idx: int) -> bool:
    """True for a French or Portuguese question standing alone right after an answer that
    a verb of answering attributes, itself after a question: "« Pourquoi ? »" / "« Pour
    … », répond la prévenue." / "« Séparer quoi de quoi ? »" -- a court's or an
    interview's exchange, where the next question is the questioner's, not the answer's."""
    if idx < 2 or language() not in ("french", "portuguese"):
        return False
    text, spans = att.text, att.spans
    span, prev, ask = spans[idx], spans[idx - 1], spans[idx - 2]
    if not (
        text[span.start : span.end].rstrip()[-1:] == "?"
        and text[ask.start : ask.end].rstrip()[-1:] == "?"
        and ask.paragraph < prev.paragraph
        # the first question stands alone, as a court report prints the judge's ("« Vai
        # demitir-se ? », perguntou X." makes the next question the answerer's own)
        and not text[ask.close_end : att.paras[ask.paragraph][1]].strip(" .")
    ):
        return False
    return bool(_ANSWERED_RE.match(text, prev.close_end, prev.close_end + 40))


def asker(att: InterviewRules, idx: int, out: list[Raw]) -> int | None:
    """In a German or Dutch exchange of paragraphs (a question A asks, B's answer with its
    own attribution), the quotation of A's to share for the paragraph ``idx`` that is
    only quotation after the answer (a court's or an interview's back and forth)."""
    spans, text = att.spans, att.text
    para = spans[idx].paragraph
    if language() not in ("german", "dutch") or para < 2:
        return None
    if text[spans[idx].close_end : att.paras[para][1]].strip(" .") != "":
        return None
    said = text[spans[idx].start : spans[idx].end]
    if not said.rstrip().endswith("?") and not (_YOU_RE.search(said) and not _I_WE_RE.search(said)):
        return None  # (a statement in the first person after the answer goes on with it)
    answer = [j for j in range(max(0, idx - 4), idx) if spans[j].paragraph == para - 1]
    if not answer or answer[0] == 0 or spans[answer[0] - 1].paragraph != para - 2:
        return None
    ask = answer[0] - 1
    if not text[spans[ask].start : spans[ask].end].rstrip().endswith("?"):
        return None
    if text[spans[ask].close_end : att.paras[para - 2][1]].strip(" ."):
        return None  # ("„…?“, vraagt ze zich af.": a question to no one, told)
    if any(text[spans[j].start : spans[j].end].rstrip().endswith("?") for j in answer):
        return None
    ps, pe = att.paras[para - 1]
    told = text[ps:pe]
    for j in reversed(answer):
        told = told[: spans[j].open_at - ps] + told[spans[j].close_end - ps :]
    if not any(ch.isalpha() for ch in told) and all(out[j].phrase is None for j in answer):
        return None  # (the answer names or shows who gives it in its own paragraph)
    return ask if out[ask].phrase is not None else out[ask].inherited


# a question put to someone, the one asked as an object pronoun after it: "l'a interrogé",
# "lui a demandé", "le preguntó", "gli ha chiesto", "lhe perguntou", "asked him"
_PUT_TO_RE = re.compile(
    r"\s*[,—–-]?\s*(?:(?:l['’]\s*|lui\s+|leur\s+)(?:a|avait)\s+(?:interrog|demand|question)"
    r"|(?:le|la|les)\s+(?:pregunt|interrog)|(?:gli|le)\s+(?:ha\s+)?chies|lhe\s+pergunt"
    r"|asked\s+(?:him|her|them)\b)",
    re.IGNORECASE,
)


def answer_alone(rules: Any, out: list[Raw], idx: int) -> bool:
    """True for a paragraph only quotation right after a question put to someone ("«
    Pourquoi … ? », l'a interrogé la présidente, X." ¶ "« J'avais honte. »"): the answer
    is someone else's, left unattributed rather than given to the asker; unless a dialogue
    runs on in the next paragraph (alternating turns, which the dialogue rules read)."""
    spans, text = rules.spans, rules.text
    prev = spans[idx - 1]
    if out[idx - 1].phrase is None or text[prev.start : prev.end].rstrip(" .…")[-1:] != "?":
        return False
    if not _PUT_TO_RE.match(text, prev.close_end, prev.close_end + 40):
        return False  # (a question its speaker asks and answers: "… left behind? ¶ Now …")
    nxt = spans[idx + 1] if idx + 1 < len(spans) else None
    para = spans[idx].paragraph
    return nxt is None or nxt.paragraph != para + 1 or nxt.open_at != rules.paras[para + 1][0]


_SHORT_TURN = 25  # words of a turn in a spoken exchange at most
# words that say two people talk in turns ("erzählen im Wechsel", "à deux voix", "trocam
# provocações", "un échange", "in turns")
_EXCHANGE_RE = re.compile(
    r"\b(?i:im Wechsel|abwechselnd|à deux voix|a due voci|a dos voces|a duas vozes|échange\w*|"
    r"intercambio|scambio|discussion\w*|discussioni|discusi\w+|provoca\w+|in turns|by turns|"
    r"bicker\w*|banter|beurtelings|om beurten|trocam|se chamaillent|se taquinent)"
)
# the second person, a turn speaking to the one before ("Tu n'as qu'à …", "Jij wel."), per
# language (French "je" and "du" are no "you")
_YOU: dict[str, re.Pattern[str]] = {
    lang: re.compile(rf"\b(?i:{words})\b")
    for lang, words in {
        "english": "you|your",
        "french": "tu|toi|ton|ta|tes|vous|votre|vos",
        "german": "du|dich|dir|dein\\w*|euch",
        "dutch": "jij|je|jou|jouw|u",
        "spanish": "tú|usted|ustedes|te|ti|tu|tus",
        "italian": "tu|te|ti|tuo|tua|voi",
        "portuguese": "você|vocês|tu|te|ti|teu|tua",
    }.items()
}


# the last turn's verb of answering back ("», corrige le jeune homme", "», rebate ele"), the
# lone turn after it not going on in the first person ("Je fais huit kilomètres …")
_RETORT_RE = re.compile(
    r"[\s,]*(?:\w+ )?(?i:corrige|rétorque|répond|riposte|corregge|ribatte|replica|risponde|"
    r"rebate|retruca|responde|contesta|corrigió|corrige|antwortet|kontert|entgegnet|"
    r"antwoordt|reageert|pareert|counters|retorts|replies|shoots back)\b"
)
_I_RE = re.compile(r"\b(?:I|(?i:je|j|ich|ik|io|yo|eu))\b")


# the first person in a question after an answer: the one who answered goes on ("… depois de
# tudo o que fizemos?"), not the one who asked
_FIRST_PERSON_RE = re.compile(
    r"\bI\b|\b(?i:we|my|our|je|nous|moi|yo|nosotros|io|noi|eu|nós|ich|wir|ik|wij|mijn|ons)\b"
    r"|\w(?:mos|iamo)\b"
)


def back_and_forth(att: InterviewRules, out: list, idx: int) -> int | None:
    """The quotation whose speaker a paragraph that is only a short quotation (``idx``) goes
    back to when the two paragraphs before it are two people's short turns, each only a
    quotation and its attribution: "»A«, erzählt Lukas. ¶ »B«, sagt Emre. ¶ »C«" is Lukas's
    ("¶ »D«" then Emre's again); None for anything else (a long quotation, one speaker, a
    paragraph of narration between: the paragraph goes on with the last speaker)."""
    if idx < 2:
        return None
    spans, text = att.spans, att.text

    def source(j: int) -> int | None:
        return j if out[j].phrase is not None else out[j].inherited

    para = spans[idx].paragraph
    # the speakers of the last quotation of each of the two paragraphs before
    first_of_last = idx - 1
    while first_of_last > 0 and spans[first_of_last - 1].paragraph == spans[idx - 1].paragraph:
        first_of_last -= 1
    if first_of_last == 0:
        return None
    last, before = source(idx - 1), source(first_of_last - 1)
    if last is None or before is None or last == before:
        return None
    who_last, who_before = out[last].phrase, out[before].phrase
    if not who_last or not who_before:
        return None
    a, b = nm.bare(who_last.split()[-1]), nm.bare(who_before.split()[-1])
    pair = {a, b}
    if a == b or (
        (a in nm.PRONOUNS or b in nm.PRONOUNS)
        # (two pronouns of two genders are two people: "dice lei" ¶ "si difende lui")
        and not (pair & nm.MALE_PRONOUNS and pair & nm.FEMALE_PRONOUNS and pair <= nm.PRONOUNS)
    ):
        return None  # (two names, or a name and a role: "glisse la comédienne", "corrige le
        # jeune homme"; not one pronoun, whose person may be the other one)
    if idx + 1 < len(spans) and spans[idx + 1].paragraph == para:
        return None  # (the turn is one quotation)
    turns = {
        p: [j for j in range(max(0, idx - 6), idx + 1) if spans[j].paragraph == p]
        for p in (para - 2, para - 1, para)
    }
    if any(not js for js in turns.values()):
        return None

    def who(j: int) -> str | None:
        k = source(j)
        return None if k is None else out[k].phrase

    if {who(j) for j in turns[para - 2]} != {who_before} or {who(j) for j in turns[para - 1]} != {
        who_last
    }:
        return None  # (one speaker to a turn: "»A«, ergänzt Aydın, »B«" is one turn)

    # (an exchange the text shows as one: words of an exchange before it, the last turn
    # answering back, the lone quotation speaking to the other or answering a question; else
    # a lone paragraph after two speakers goes on with the last: "«…», soupire Léa. ¶ «…»,
    # répond Hugo. ¶ «Je fais …»")
    lone = text[spans[idx].start : spans[idx].end]
    back = text[max(0, att.paras[max(0, para - 4)][0]) : spans[turns[para - 2][0]].open_at]
    you = _YOU.get(language() or "")
    last_tail = text[spans[turns[para - 1][-1]].close_end : att.paras[para - 1][1]]
    retort = _RETORT_RE.match(last_tail) is not None and not _I_RE.search(lone)
    question = lone.rstrip(" .").endswith("?") and text[
        spans[turns[para - 2][-1]].start : spans[turns[para - 2][-1]].end
    ].rstrip(" .").endswith("?")
    # (or an answer to the question the last turn asked: "«Q?», ha chiesto un cronista. ¶
    # «A», ha replicato X. ¶ «E se …?» ¶ «Allora …»")
    answer = (
        text[spans[turns[para - 1][-1]].start : spans[turns[para - 1][-1]].end]
        .rstrip(" .")
        .endswith("?")
    )
    if not (
        retort
        or question
        or answer
        or _EXCHANGE_RE.search(back)
        or (you is not None and you.search(lone) is not None)
    ):
        return None

    def asks(js: list[int]) -> bool:
        return text[spans[js[-1]].start : spans[js[-1]].end].rstrip(" .,").endswith("?")

    if asks(turns[para - 2]) and (
        not asks(turns[para]) or _FIRST_PERSON_RE.search(text[spans[idx].start : spans[idx].end])
    ):
        # "„Q?“ ¶ „A“, antwortete B. ¶ „Wir machen weiter.“", "«…?» ¶ «…», respondeu B. ¶
        # «Porque haveria de o fazer, depois de tudo o que fizemos?»": B goes on answering
        return None
    for js in turns.values():
        if not att._only_quotation(js[0]):
            return None
        if sum(len(text[spans[j].start : spans[j].end].split()) for j in js) > _SHORT_TURN:
            return None
    return before
