"""A text prepared for the summarizers: its sentences, their terms, and which may be chosen.

Page furniture (headings, table rows, code, lead-in lines, templated lines, an author bio at the
end) is left out of the candidates a summary may use.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from bot.text.boilerplate import is_boilerplate, is_title_case
from bot.text.segment import Sentence, words
from bot.text.stopwords import stemmer_for, stop_words


@dataclass
class Document:
    """Sentences of one text plus the per-sentence term lists the summarizers share."""

    sentences: list[Sentence]
    language: str
    title: str | None = None
    candidates: list[int] = field(default_factory=list)  # sentences a summary may use
    terms: list[list[str]] = field(default_factory=list)  # stemmed content words per sentence
    tokens: list[list[str]] = field(default_factory=list)  # all words per sentence, as written
    title_terms: frozenset[str] = frozenset()  # stemmed content words of the title

    @classmethod
    def build(cls, sentences: list[Sentence], language: str, title: str | None = None) -> Document:
        stem = stemmer_for(language)
        stops = stop_words(language)

        def content(toks: list[str]) -> list[str]:
            lowered = (t.lower() for t in toks)
            return [stem(t) for t in lowered if t not in stops and not t.isdigit()]

        terms = []
        tokens = []
        for s in sentences:
            toks = words(s.text, language)
            tokens.append(toks)
            terms.append(content(toks))
        paragraph_sizes = Counter(s.paragraph for s in sentences)
        templated = _templated_lines(sentences)
        tail = max(0, len(sentences) - max(3, len(sentences) // 5))  # where author bios sit
        candidates = [
            s.index
            for s in sentences
            if not is_boilerplate(s.text)
            and _long_enough(terms[s.index], s.text)
            and not _is_heading(s, paragraph_sizes[s.paragraph])
            and not _is_table_row(s.text)
            and not _is_lead_in(s.text)
            and not _CODE.search(s.text)
            and s.index not in templated
            and not (s.index >= tail and _AUTHOR_BIO.match(s.text))
        ]
        if not candidates:  # everything looked like furniture: better something than nothing
            candidates = [s.index for s in sentences]
        title_terms = frozenset(content(words(title, language))) if title else frozenset()
        return cls(sentences, language, title, candidates, terms, tokens, title_terms)


def _is_heading(sentence: Sentence, paragraph_size: int) -> bool:
    """A paragraph of one short line without a final stop: a headline, section title or list
    entry ("Harbour Lights (4K Ultra HD + Blu-Ray)"); or one in Title Case, even with a question
    mark ("How Much Do Harbour Tours Cost?"). A closing quote or bracket ends a sentence only
    after a stop: "(We never settled on one.)" is a sentence."""
    text = sentence.text.rstrip(_CLOSERS) or sentence.text
    if paragraph_size != 1 or len(text.split()) > 14:
        return False
    return text[-1] not in _SENTENCE_END or (text[-1] in "?!" and is_title_case(text))


# A line of program code: "log("Hello");", "const x = () => {", "renameBoat(id: ID!): Result!"
_CODE = re.compile(
    r"[;{]\s*(?://.*)?$|\w\([^()]*\);|=>|\)\s*\{|^\s*(?:const|let|var|def|function|import|"
    r"return|public|private|fn|func)\s+\w|\w\([^()]*\):\s*\w"  # \w, not \w+: found once
)
# The writer's bio at the end of a page: "Jo Hartley is a writer who has covered laptops…"
_AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w'’.-]+ ){1,3}(?:is|was) an? (?:[\w-]+ ){0,3}(?:writer|editor|reporter|"
    r"journalist|contributor|columnist|correspondent|freelancer|blogger)\b"
)
_LABEL = re.compile(r"^([^:\n]{3,40}):\s+(.*)$")
_PROSE_WORD = re.compile(r"\b[a-z]{4,}\b")


def _templated_lines(sentences: list[Sentence]) -> set[int]:
    """Lines that fill in one template, three times or more: "Lunch Box Trays: 1 Green, 1 Red,
    1 tsp.". A transcript's "Jane Doe: <what she said>" is prose and stays."""
    labelled: dict[str, list[int]] = {}
    for s in sentences:
        match = _LABEL.match(s.text)
        if match and len(match.group(1).split()) <= 4:
            if len(_PROSE_WORD.findall(match.group(2))) < 3:
                labelled.setdefault(match.group(1).casefold(), []).append(s.index)
    return {i for indices in labelled.values() if len(indices) >= 3 for i in indices}


def _is_lead_in(text: str) -> bool:
    """A line that only introduces a list: "Its business plans include:"."""
    return text.rstrip().endswith(":")


def _is_table_row(text: str) -> bool:
    """A row of a table as extracted from a page: "| 1 | Jo Marlow | 5040 |"."""
    return text.startswith("|") and text.count("|") >= 3


_SENTENCE_END = frozenset(".!?…。！？")
_CLOSERS = "\"'”’»)]）」』 "


def _long_enough(terms: list[str], text: str) -> bool:
    return len(terms) >= 1 and len(text) >= 3
