"""A quotation with no attribution of its own going on with the one before it across the
paragraph break (private to ``attribution.py``): “A,” Ana Lind said. ¶ “B.” Cutting in, the judge
said: “C” -- B is Lind's, not the judge's whom the sentence after it introduces; and the pieces
of one quotation over paragraphs run together, “A. ”B. “C. ”, whose marks are read in pairs; a
quotation opening its paragraph after one whose last sentence reports someone's speech."""

from __future__ import annotations

import re
from typing import Any

from bot.text.lexicon import load
from bot.text.speakers import firstnames as fn
from bot.text.speakers import names as nm
from bot.text.speakers.incise import reported_fragment
from bot.text.speakers.marks import closes_on_comma, spaces_back
from bot.text.speakers.raw import Raw
from bot.text.speakers.reading import language


def across_introduction(att: Any, out: list[Raw], idx: int, named: list[int]) -> int | None:
    """The quotation whose speaker quotation ``idx`` shares (the one ending the paragraph
    before, or the one it goes on with) when ``idx`` opens its paragraph and the only attributed
    quotations of the paragraph come after a sentence introducing their speaker ("Cutting in,
    the judge said: “C”"); else None."""
    spans, text = att.spans, att.text
    span = spans[idx]
    if not named or named[0] < idx or idx == 0:
        return None
    later = spans[named[0]]
    para = span.paragraph
    prev = out[idx - 1]
    if (
        span.close_end <= out[named[0]].pos < later.open_at
        and spans[idx - 1].paragraph == para - 1
        and span.open_at == att.paras[para][0]
        and (prev.phrase is not None or prev.inherited is not None)
        and not reported_fragment(text, spans[idx - 1], att.paras)
    ):
        return idx - 1 if prev.phrase is not None else prev.inherited
    return None


def chain_piece(
    att: Any, out: list[Raw], idx: int, continued: list[int], chained: list[int]
) -> bool:
    """True when quotation ``idx``, a whole sentence in marks, follows in its paragraph a
    quotation that goes on with an earlier one (``continued``, ``chained``) with no one named
    between: “…,” he said. ¶ “A. ”B. “C. ” -- C goes on with A like A with the one before."""
    spans = att.spans
    return (
        (idx - 1 in continued or idx - 1 in chained)
        and spans[idx - 1].paragraph == spans[idx].paragraph
        and out[idx - 1].inherited is not None
        and att.text[spans[idx].start].isupper()
        and not att.people.other_named(spans[idx - 1].close_end, spans[idx].open_at, "")
    )


def reported_last(att: Any, out: list[Raw], idx: int) -> tuple[int, int] | None:
    """The person the last sentence of the paragraph before reports, for an English quotation
    opening its paragraph with no attribution of its own: "The director, Tom Hale, said he was
    sad she stayed away. ¶ “It's a shame. …” Other guests included …" -- Hale's (a name or
    he/she opening a sentence with a speech verb, and no quotation in that sentence; not for a
    paragraph only quotation after a paragraph with a quotation someone said, which goes on
    with that one)."""
    spans, text = att.spans, att.text
    span = spans[idx]
    para = span.paragraph
    if para == 0 or span.open_at != att.paras[para][0] or language() != "english":
        return None
    ps, pe = att.paras[para - 1]
    last = text[ps:pe].rstrip()
    if not last.endswith(".") or att.people.is_headline(para - 1):
        return None
    start = att._sentence_start(ps + len(last) - 1, ps)
    if idx > 0 and spans[idx - 1].close_end > start:
        return None
    if (
        idx > 0
        and spans[idx - 1].paragraph == para - 1
        and (out[idx - 1].phrase is not None or out[idx - 1].inherited is not None)
        and text[span.close_end : att.paras[para][1]].strip(" .") == ""
    ):
        # a paragraph only quotation goes on with the quotation before it: "“We will appeal,”
        # said Ann Cole. Prosecutors said they would oppose bail. ¶ “My client is innocent.”"
        return None
    return att._reporting_subject(att._tokens(start, ps + len(last)))


def introduced_before(att: Any, idx: int) -> tuple[str, int] | None:
    """(name, where) of a person the sentence right before quotation ``idx`` (which opens its
    sentence with no attribution; English) introduces as its subject, after the quotation
    before: "“A,” Lind said. His friend, Tom Hale, who chairs the club, blames the weather.
    “B.”" -- B is Hale's, not Lind's (a person named in full opening the sentence, perhaps
    after role words: "Party spokesman Tom Hale repeated …")."""
    spans, text = att.spans, att.text
    span = spans[idx]
    if language() != "english":
        return None
    _, ps, _ = att._para_of(span.open_at)
    start = att._sentence_start(span.open_at, ps)
    if text[start : span.open_at].strip() or (idx > 0 and start <= spans[idx - 1].close_end):
        return None
    prev = att._sentence_start(start - 1, ps)
    if idx > 0 and prev < spans[idx - 1].close_end:
        return None  # (a sentence of its own between the quotations)
    people = att.people
    first = next(
        (m for m in people.mentions_between(prev, start) if len(m.name.split()) >= 2), None
    )
    if first is None or text[first.pos : first.pos + 4].split(" ")[0].lower() in ("he", "she"):
        return None  # ("He did not say more.": the pronoun's person, no one new)
    head = text[prev : first.pos]
    if head.count(",") > 1 or len(head.split()) > 6:
        return None  # (the subject opens the sentence: "His friend, Tom Hale, …")
    if not first.subject and any(
        w.islower()
        and (w.endswith("ed") or w in nm.SPEECH_VERBS or w in nm.STOPWORDS or not w.isalpha())
        for w in head.split()
    ):
        return None  # (role words before the name may open it: "Party spokesman Tom Hale …")
    if not _sets_up_a_view(text[first.pos + len(first.name) : start]):
        return None  # "Striker Tom Lee, 19, scored twice.", "X was charged": context, no view
    return first.name, first.pos


# verbs with which such a sentence sets up its subject's view ("blames", "repeated his calls")
_STANCE_VERBS = load("stance_verbs_en")


def _sets_up_a_view(rest: str) -> bool:
    """True when the rest of a sentence after the name of its subject goes on with a verb of
    stance, straight after the name or after the name's appositions ("Tom Hale, who runs the
    bakery, blames …"); not a possessive ("Tom Hale's statement blamed …")."""
    if rest.startswith(("'s", "’s")):
        return False
    for part in rest.split(","):
        words = part.split()
        if words and words[0].lower() in _STANCE_VERBS:
            return True
    return False


def reopened_piece(att: Any, out: list[Raw], idx: int) -> int | None:
    """What quotation ``idx`` shares when it is the next paragraph of the quotation before it
    run into the same line (BBC pages: ``marks`` stops the quotation before at the mark that
    re-opens it): 'Ann Lee said: "A. "B." The clerk said the hall …' -- B goes on with A and
    is Lee's, not the clerk's whom the sentence after it reports. The quotation before's
    speaker (its index, or the one it inherits); -1 when that one has none and B's own
    attribution after a full stop is no tag of its; None when B is no such piece, or closes on
    a comma, a question or an exclamation mark before its own attribution ('"A. "B," said X.':
    X's, and A too, ``protagonist.unclosed_speakers``)."""
    spans, text = att.spans, att.text
    if idx == 0:
        return None
    span, before = spans[idx], spans[idx - 1]
    if span.open_at != before.close_end or text[before.close_end - 1 : before.close_end] != " ":
        return None
    if out[idx].phrase is not None and closes_on_comma(text, span):
        return None  # '"A. "B," said X.', '"A. "B", disse X.'
    named = _NAMED_OPENING_RE.match(text, before.start, before.end)
    if (
        named is not None
        and nm.bare(named.group(1)) in fn.FIRST_NAMES
        and not _surely_opened(text, before.open_at)
    ):
        # '… it. "Tom Reyes chairs the board. "B.': the piece before opens on a person's full
        # name and a verb, which may be the writer's sentence between two quotations (marks
        # read in pairs): B goes on with no one (but not after 'X said: "Tom Reyes …', where
        # the mark surely opens X's words)
        return -1
    prev = out[idx - 1]
    if prev.phrase is None and prev.inherited is None:
        return -1 if out[idx].phrase is not None and out[idx].pos > span.end else None
    return idx - 1 if prev.phrase is not None else prev.inherited


def _surely_opened(text: str, at: int) -> bool:
    """True when the mark at ``at`` can only open a quotation: a colon right before it ('X
    said: "…') or its paragraph's start."""
    back = spaces_back(text, at)
    return back == 0 or text[back - 1] in ":\n" or (back < at and "\n" in text[back:at])


# a first name, a capitalized surname and a lower-case word opening a piece of quotation
_NAMED_OPENING_RE = re.compile(r"([A-Z][a-z]+) [A-Z][a-z'’-]+ [a-z]")
