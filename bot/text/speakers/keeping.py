"""Which spans between quotation marks are quotations of speech (private to ``quotes.py``).

``keep`` drops scare quotes, titles and short fragments that are not anyone's words: a span
is kept when it is long enough, a clause of its own, or a phrase a speech verb governs
(``accused them of “selling out.”``, ``», declaró X``, ``„…“, so X``, ``said he was
“gutted” but …``). ``label_spans`` gives the English words in marks that a sign, a chant or a
label carries (placards ``reading “…”``, a scheme ``dubbed “…”``): quoted, but no one's speech.
"""

from __future__ import annotations

import re

from bot.text.boilerplate import is_title_case
from bot.text.speakers.authors import finding_source
from bot.text.speakers.chants_romance import no_ones_words
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.germanic_clause import (
    according_clause,
    headline_line,
    later_verb,
    person_clause,
    reported_mood,
    said_that,
)
from bot.text.speakers.governed import (
    after_quoted_speech,
    complement_word,
    english_word,
    germanic_words,
    opens_on_verb,
    romance_word,
)
from bot.text.speakers.headline import closes_headline
from bot.text.speakers.labels_romance import judged_after, named_label
from bot.text.speakers.marks import Span
from bot.text.speakers.names import (
    ACCORDING,
    FOR_WHOM,
    SIGN_NOUNS_EN,
    SIGN_NOUNS_ES_IT,
    SIGN_NOUNS_FR_PT,
    SPEECH_VERBS,
    STAYING_VERBS,
)
from bot.text.speakers.reading import language, romance_text
from bot.text.speakers.resumptive import words_of
from bot.text.speakers.romance_words import SAYING_GERUNDS
from bot.text.speakers.signs_germanic import named_before

_WORD_RE = re.compile(r"\w+")
_SPACES_RE = re.compile(r"\s+")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_INVERTED_RE = re.compile(r"\w+-(?:t-)?(?:il|elle)s?$")
_SENTENCE_END = ".!?:;\"”'’»"
# two or three capitalized words and nothing else: a title ("Shark Tank.", "The Apprentice")
_SHORT_TITLE_RE = re.compile(r"^(?:[A-Z0-9][\w'’&-]*\s){1,2}[A-Z0-9][\w'’&-]*\.?$")
_SENTENCE_OPENERS = frozenset(
    "i we you he she it they this that these those thank yes no god let lock not never".split()
)
_TAIL_RE = re.compile(
    r" (?:before|after|when|while|during|in|at|on|for|to|since|until|over|about|with|against"
    r"|by|from|unless|because|if|although|once) [a-z][\w ,'’-]{0,60}[.]"
)
# what stands before words in marks that a sign, a chant or a label gives
_LABEL_RE = re.compile(
    r"\b(?:reading|read|saying|chanting|chanted|dubbed|nicknamed|labelled|labeled|branded|term"
    r"|word|phrase|slogan|motto|billed as|marketed as|described as)\b\W{0,3}(?:\w+\W+){0,2}\Z"
)
# (and verbs that judge what they name "as": "dismissed the charge as “…”")
_VERDICT_VERBS = frozenset(
    "called labelled labeled branded described dubbed dismissed condemned derided hailed".split()
)
# a naming verb in the passive names a thing, it judges nothing: "what's called “…”"
_PASSIVE = frozenset("what's what’s is was are were be been being so also".split())
# (a person: "called her “the heart of the quay”."; "called it “the old shed”" names a thing)
_OBJECT_PRONOUNS = frozenset("her him".split())
_DETERMINERS = frozenset("the a an his her their its our my your this that".split())


def _standalone(text: str, span: Span, para_start: int) -> bool:
    """True when the quotation is a clause of its own, not a phrase inside a sentence."""
    inner = text[span.start : span.end]
    first = inner[:1]
    if first.isalpha() and not first.isupper():
        return False
    if (
        inner[-1:] not in ",.!?…—–-"
        and text[span.close_end : span.close_end + 1] not in ".!?"
        and not _verb_follows(text, span)
    ):
        return False
    before = text[max(para_start, span.open_at - 200) : span.open_at].rstrip()
    if not before or before[-1] in _SENTENCE_END:
        return True
    if any(w.lower().strip(",") in SPEECH_VERBS for w in before.rstrip(",").split()[-2:]):
        return True
    # "… a clip of Lind telling the crowd on Friday, “We will win this,”": a capitalized
    # sentence after a comma, with a speech verb earlier in its clause
    clause = re.split(r"[.!?;:][\"”’»)]*\s", before)[-1]
    return (
        first.isupper()
        and before.endswith(",")
        and any(w.lower().strip(",") in SPEECH_VERBS for w in clause.split()[-10:])
    )


def _verb_follows(text: str, span: Span) -> bool:
    """True when a speech verb follows the closing mark with no comma, or after a dash ("«El
    plan está listo» afirma X", "« Le plan est prêt » —dit X—"), or a comma and a phrase that
    calls them someone's words: the words are someone's."""
    before = text[max(0, span.open_at - 3) : span.open_at].rstrip(" \u00a0")
    if before and before[-1] not in ".!?:\n":
        return False  # (only a quotation opening its sentence: not 'the "MI6 agent" told him')
    after = text[span.close_end : span.close_end + 60].lstrip(" \u00a0—–")
    words = [w.strip(".,;:").lower() for w in after.split()[:4]]
    if words and words[0] in SPEECH_VERBS:
        # (not a title's story, "«Marea baja» cuenta la historia de …", nor a sign's words,
        # "«Ni un paso atrás» dice la pancarta")
        story = words[0] in _TELLS and len(words) > 2 and words[2] in _STORY
        sign = len(words) > 2 and words[1] in _SIGN_ARTICLES and words[2] in _SIGNS
        return not story and not sign
    # "«El plan está listo», fueron las palabras de X" (``resumptive.words_of``)
    m = _COMMA_RE.match(text, span.close_end)
    return m is not None and words_of(text, m.end(), len(text)) is not None


_COMMA_RE = re.compile(r"[ \u00a0]*,[ \u00a0]*")
# verbs a book's or a film's title opens a sentence with ("«Marea baja» cuenta la historia de
# …"; "«Fue horrible» cuenta X" is someone's words)
_TELLS = frozenset(
    "cuenta narra relata retrata describe conta narre raconte relate décrit retrace racconta"
    " descrive ritrae vertelt beschreibt erzählt tells describes".split()
)
_STORY = frozenset(
    "historia histoire storia história story verhaal geschichte vida vie vita".split()
)
_SIGNS = SIGN_NOUNS_ES_IT | SIGN_NOUNS_FR_PT | SIGN_NOUNS_EN
_SIGN_ARTICLES = frozenset("la el una un le il lo uno une o a um uma the a".split())


def _splits(text: str, span: Span, nxt: Span | None) -> bool:
    """True for the first piece of a quotation split by its attribution: “A,” he said, “B.”"""
    if nxt is None or nxt.paragraph != span.paragraph or nxt.open_at - span.close_end > 80:
        return False
    between = text[span.close_end : nxt.open_at].lower()
    return any(w.strip(".,;:") in SPEECH_VERBS for w in between.split())


_CODE_OR_LINK = re.compile(
    r"\{\{|\}\}|\w\(['\"\w]*\)|=>|;\s*$|^\s*(?:https?://|www\.)\S+\s*$|\.(?:png|jpe?g|gif|svg|pdf)\b"
)


def keep(text: str, spans: list[Span], k: int, paras: list[tuple[int, int]]) -> bool:
    """Drop scare quotes, titles and short fragments that are not quotations of speech."""
    span = spans[k]
    inner = text[span.start : span.end]
    if _CODE_OR_LINK.search(inner[:400]):
        return False  # a template, a call or a link between marks is no one's words
    words = len(_WORD_RE.findall(inner[:400])) + len(_CJK_RE.findall(inner[:400])) // 2
    if _CJK_RE.search(inner[:1]) and words >= 3:
        return True  # Chinese and Japanese write no spaces: two characters make about a word
    if text[span.open_at : span.open_at + 1] in "—–―" and words:
        return True  # "—Sí, mañana —dijo." (``dashes``): a dialogue line, however short
    if named_label(text, span):
        return False  # "le groupe « Villeneuve en commun »": a name (``label_spans``)
    if words <= 4 and judged_after(text, span):
        return True  # "Une somme « très insuffisante », juge le syndicat X"
    if words <= 4 and finding_source(text, span) is not None:
        return True  # "… ‘disproportioneel hard’ aangehouden. Dat concludeert de ombudsman X."
    if words <= 4 and germanic_words(text, span, paras):
        return True  # "sprach von einer „Befreiung“", "noemt de sluiting ‘onvermijdelijk’"
    if (
        words >= 2
        and span.open_at == paras[0][0]
        and _heads_with_words(text, span)
        and (inner.isupper() or not is_title_case(inner))
    ):
        return True  # "‘We were let down’: tenants …", "‘WE WERE ROBBED’ fumes Boss"
    if words <= 12 and is_title_case(inner):
        # (German capitalizes its nouns: "»Nächstes Jahr Weizen«, sagt Jan." is a line said,
        # the comma and a speech verb after it)
        # (nor is a one-word reply opening its paragraph: "« Écouter », a répondu l'élu.")
        return (words >= 2 and language() == "german" and _word_said(text, span)) or (
            words == 1
            and span.open_at == paras[span.paragraph][0]
            and _word_said(text, span, any_language=True)
        )
    first = re.split(r"['’]", inner.split()[0].lower())[0] if inner.split() else ""
    if _SHORT_TITLE_RE.match(inner) and first not in _SENTENCE_OPENERS | FIRST_NAMES:
        # "Morning Joe", "New Day.", "60 Minutes.": a show or a book, not words ("We're
        # Dunmore.", "Ana Lind." are)
        return False
    if words >= 5:
        return True
    if words >= 3 and (headline_line(text, span, paras) or closes_headline(text, span, paras)):
        return True  # "Storm treft dorp: “Zoiets nog nooit gezien”" (its repeat names who)
    if words == 2 and closes_headline(text, span, paras):
        return True  # "… La Soprintendenza: «Scoperta importante»" (a title case is no words)
    if inner.endswith(",") and _splits(text, span, spans[k + 1] if k + 1 < len(spans) else None):
        return inner[:1].isupper()  # “That,” he added, “promises to ...”
    if words <= 2 and (
        english_word(text, span, paras)
        or romance_word(text, span, paras)
        or complement_word(text, span, paras)
    ):
        return True  # 'said he was “thrilled” but tired', "a dit sa « stupéfaction »"
    if words <= 6 and opens_on_verb(text, span):
        return True  # "la compagnie X « regrette la gêne occasionnée » et indique …"
    if words <= 4 and after_quoted_speech(text, spans, k):
        return True  # 'said it was “…” but that “hard choices” had to be made'
    if words == 1 and span.open_at == paras[span.paragraph][0] and _word_said(text, span, True):
        return True  # a one-word reply opening its paragraph: "« Écouter », a répondu l'élu."
    if words < 2 and not _goes_on(text, spans, k) and not _word_said(text, span):
        return False  # a lone word in marks is a scare quote or a label ("so-called “reform”")
    return _standalone(text, span, paras[span.paragraph][0]) or _reported(text, span, paras)


def _heads_with_words(text: str, span: Span) -> bool:
    """True for a headline opening on words someone said: a colon after them ("‘We were let
    down’: tenants …") or a speech verb and its subject ("‘WE WERE ROBBED’ fumes Boss as …");
    in capitals or not (a tabloid shouts them), they are no title."""
    after = text[span.close_end : span.close_end + 40]
    if after.startswith(":"):
        return True
    nxt = [w.strip(".,;:").lower() for w in after.split()[:2]]
    return bool(nxt) and nxt[0] in SPEECH_VERBS and nxt[0] not in _NOT_HEADLINE_VERBS


# verbs that head a noun as often as they report words: "‘Line of Duty’ star …"
_NOT_HEADLINE_VERBS = frozenset("star stars".split())


def _so_who(words: list[str]) -> bool:
    """True when the words after a German "so" name someone: "so Maier", "so die Richterin"."""
    if words[:1] and words[0][:1].isupper():
        return True
    return len(words) == 2 and words[0] in ("der", "die", "das") and words[1][:1].isupper()


def _goes_on(text: str, spans: list[Span], k: int) -> bool:
    """True for a one-word sentence right after an attributed piece: “I'll work from home,”
    said Emma Clough. “Again.”"""
    span = spans[k]
    if not k or text[span.end - 1 : span.end] not in (".", "!", "?"):
        return False
    prev = spans[k - 1]
    between = text[prev.close_end : span.open_at]
    return (
        prev.paragraph == span.paragraph
        and len(between) <= 60
        and between.rstrip().endswith(".")
        and any(w.strip(".,").lower() in SPEECH_VERBS for w in between.split())
    )


def _word_said(text: str, span: Span, any_language: bool = False) -> bool:
    """True for one capitalized word said in German or Dutch text (with ``any_language``, in
    any), the comma after its closing mark and then the verb: „Revanche“, sagt er. / ‘Nooit’,
    zei ze. / « Écouter », a répondu l'élu."""
    after = text[span.close_end : span.close_end + 30]
    return (
        (any_language or language() in ("german", "dutch"))
        and text[span.start : span.start + 1].isupper()
        and after.startswith(",")
        and (
            any(w.strip(".,;:").lower() in SPEECH_VERBS for w in after[1:].split()[:2])
            or (after[1:].split()[:1] == ["so"] and _so_who(after[1:].split()[1:3]))
        )
    )


# a German or Dutch verb closing the clause right after a quotation: 'die het werk “…” vond.'
_VERB_LAST_RE = re.compile(r"[^\S\n]+([^\W\d_]+)[.!?]")
_VERDICT_LAST = frozenset("vond vindt vinden fand findet fanden bezeichnet bezeichnete".split())


def _reported(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True for a short quotation a speech verb governs: ``«Nada cambia», declaró X`` (a
    comma, then the verb), or a sentence ending on the quotation after a speech verb in its
    own clause (``accused them of “selling out.”``, ``told the board that “we failed.”``)."""
    if reported_mood(text, span.open_at, span.close_end):
        return True  # "Die Pläne seien „lückenhaft“, die Zahlen alt": reported speech
    after = text[span.close_end : span.close_end + 40]
    if after.startswith(","):
        nxt = [w.strip(".,;:").lower() for w in after[1:].split()[:3]]
        # », declaró / », ha annunciato / », a-t-elle lancé (an inverted pronoun reports speech)
        if nxt[:1] == ["so"] and _so_who(after[1:].split()[1:3]):
            return True  # „Wir müssen zusammenhalten“, so Maier. (German "so X": says X)
        if any(w in SPEECH_VERBS or _INVERTED_RE.match(w) for w in nxt):
            return True
        if romance_text() and any(w.split("-")[0] in SPEECH_VERBS for w in nxt if "-" in w):
            return True  # », respondeu-lhe X / », disse-nos X (an object pronoun joined on)
        if not romance_text():
            return False
        if nxt[:1] and nxt[0] in ACCORDING:
            return True  # "une réforme « de bon sens », selon son auteur", "…», según X"
        # (in the Romance languages the clause before may still report it: "a défendu une
        # décision « difficile mais juste », rappelant que …")
    inner = text[span.start : span.end]
    last = _VERB_LAST_RE.match(text, span.close_end)
    if (
        last is not None
        and language() in ("german", "dutch")
        and (last.group(1) in SPEECH_VERBS or last.group(1) in _VERDICT_LAST)
    ):
        return True  # "… die het werk “…” vond.", "dass es „…“ nennt.": the verb at the end
    if language() in ("german", "dutch") and (
        later_verb(text, span.close_end) is not None
        or said_that(text, span, paras)
        or according_clause(text, span, paras)
        or person_clause(text, span, paras)
    ):
        # "Man werde das «ohne Vorbehalte» prüfen, versprach sie.": the verb after; "De minister
        # liet weten dat ze ‘alle mogelijke middelen’ wil inzetten": a speech verb and "dat"
        return True
    ends = inner[-1:] in ".!?" or after[:1] in (".", "!", "?")
    if romance_text() and len(_WORD_RE.findall(inner)) >= 2:
        # a few words quoted inside the speech a verb before them reports (French, Spanish,
        # Italian, Portuguese): "a dénoncé une réforme « mal ficelée » avant de partir",
        # "X reconoció que el consumo «sigue frágil» y que …", "considerou o atraso
        # «inaceitável» e pediu …" (the verb must stand in the clause: checked below)
        ends = True
    para_start = paras[span.paragraph][0]
    before = text[max(para_start, span.open_at - 200) : span.open_at]
    clause = re.split(r"[.!?;:][\"”’»)]*\s", before)[-1]
    words = clause.split()
    if not ends and not (
        # “…” then only an adjunct to the sentence's end: 'suggested that he had “decided on
        # his man” before the inquiry began.' (three words or more)
        len(_WORD_RE.findall(inner)) >= 3 and _TAIL_RE.match(text, span.close_end)
    ):
        return bool(
            # 'Kerr said the plan was “bold but untested” and asked …': three words or more
            # that an English speech verb of the clause governs, the sentence going on ('she
            # called the ruling “harsh but expected” and left': a verdict, not a name)
            language() == "english"
            and len(_WORD_RE.findall(inner)) >= 3
            and inner[:1].islower()
            and (
                any(w.strip(",").lower() in SPEECH_VERBS for w in words[-12:])
                or (_verdict_before(words) and not _label_phrase(inner))
            )
        )
    return (
        any(w.strip(",").lower() in SPEECH_VERBS or w.lower() in ACCORDING for w in words[:-1])
        # (a verb of staying right before the marks links a label: "continua «muito focada»")
        or bool(words and _said_last(words[-1]))
        # (French and Portuguese: a gerund of saying in the clause)
        or (romance_text() and any(w.strip(",").lower() in SAYING_GERUNDS for w in words))
        # "X called the decision “bittersweet, but fair.”": a verdict of three words or more,
        # not a label ("called the policy “a failure.”")
        # (or a pronoun its object: 'Ana Lind called her “the heart of the village”.')
        or (
            len(words) >= 3
            and (
                words[-3].lower() in _VERDICT_VERBS
                or (words[-2].lower() in _VERDICT_VERBS and words[-1] in _OBJECT_PRONOUNS)
            )
            and inner[:1].islower()
            and len(_WORD_RE.findall(inner)) >= 3
        )
        or (clause.split() or [""])[0].lower() in FOR_WHOM
        or "according to" in clause.lower()  # "According to X, prices will rise “soon.”"
    )  # … "Para X, “la deuda es sostenible”."  # … or "Segundo X, “o parque será alargado”."


def _said_last(word: str) -> bool:
    """True for the clause's last word before the marks as a speech verb or "according to"
    word, not a verb of staying ("A equipa continua «muito focada»")."""
    low = word.strip(",").lower()
    return (low in SPEECH_VERBS and low not in STAYING_VERBS) or word.lower() in ACCORDING


def _label_phrase(inner: str) -> bool:
    """True for words in marks after a verb of judging that read as a label ("called the policy
    “a failure” and left"): a determiner first. A judgement of four words or more with a pause
    of its own is someone's words even so ('called it “a fair, honest deal” and left',
    'dismissed the charge as “pure spite, nothing more”')."""
    if inner.split()[0].lower() not in _DETERMINERS:
        return False
    return not ("," in inner and len(_WORD_RE.findall(inner)) >= 4)


def _verdict_before(words: list[str]) -> bool:
    """True when an active verb of judging stands among the clause's last four words: 'she
    called the ruling', not 'what's called', 'is labelled'."""
    low = [w.lower() for w in words]
    return any(
        low[i] in _VERDICT_VERBS and (i == 0 or low[i - 1] not in _PASSIVE)
        for i in range(max(0, len(low) - 4), len(low))
    )


def label_spans(text: str, found: list[Span], kept: list[Span]) -> list[Span]:
    """The spans ``keep`` left out that an English sign, chant or label gives: "placards
    reading “Hands off our park”", "a scheme dubbed “the green mile”"; in German and Dutch, a
    title, a motto or a sign named right before them ("unter dem Titel „…“") (no one's
    speech)."""
    starts = {s.start for s in kept}
    if language() in ("german", "dutch"):
        # "das Projekt »Altstadt ohne Auto«", "met de slogan ‘Kijk op, niet neer’"
        return [
            s
            for s in found
            if s.start not in starts
            and _WORD_RE.search(text, s.start, s.end)
            and named_before(text, s.open_at)
        ]
    if romance_text():  # "le groupe « Villeneuve en commun »"
        return [
            s
            for s in found
            if s.start not in starts and (named_label(text, s, True) or no_ones_words(text, s))
        ]
    if language() != "english":
        return []
    return [
        s
        for s in found
        if s.start not in starts
        and _WORD_RE.search(text, s.start, s.end)
        and _LABEL_RE.search(text, max(0, s.open_at - 40), s.open_at)
    ]
