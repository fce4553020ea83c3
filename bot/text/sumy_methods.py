"""sumy's summarizers (LexRank, TextRank, LSA, ...) run on our sentences through our tokenizer."""

from __future__ import annotations

from collections import Counter

from bot.errors import InputError
from bot.text.document import Document
from bot.text.segment import SumyTokenizer
from bot.text.stopwords import stemmer_for, stop_words

# sumy's graph and matrix methods are quadratic or worse: beyond this many sentences use ours.
SUMY_MAX_SENTENCES = 3_000

_SUMY = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
    "reduction": ("sumy.summarizers.reduction", "ReductionSummarizer"),
    "edmundson": ("sumy.summarizers.edmundson", "EdmundsonSummarizer"),
}
_STIGMA = ("hardly", "impossible", "allegedly", "perhaps", "maybe", "reportedly", "unclear")


def summarize_sumy(doc: Document, count: int, method: str) -> list[int]:
    """Run one of sumy's summarizers on our sentences through our tokenizer."""
    import importlib

    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    if count <= 0 or not doc.candidates:
        return []
    if len(doc.candidates) > SUMY_MAX_SENTENCES:
        raise InputError(
            f"The {method} method is too slow for a text this long "
            f"({len(doc.sentences):,} sentences; it handles up to {SUMY_MAX_SENTENCES:,}). "
            "Use the default method for long texts."
        )
    tokenizer = SumyTokenizer(doc.language)
    by_paragraph: dict[int, list] = {}
    index_of: dict[int, int] = {}
    for i in doc.candidates:
        s = doc.sentences[i]
        sumy_sentence = SumySentence(s.text, tokenizer)
        index_of[id(sumy_sentence)] = i
        by_paragraph.setdefault(s.paragraph, []).append(sumy_sentence)
    document = ObjectDocumentModel(tuple(Paragraph(p) for p in by_paragraph.values()))
    module, name = _SUMY[method]
    summarizer_cls = getattr(importlib.import_module(module), name)
    summarizer = summarizer_cls(stemmer_for(doc.language))
    summarizer.stop_words = stop_words(doc.language)
    if method == "edmundson":
        stems = Counter(t for i in doc.candidates for t in doc.terms[i])
        summarizer.bonus_words = tuple(w for w, _ in stems.most_common(10))
        summarizer.stigma_words = _STIGMA
        summarizer.null_words = tuple(stop_words(doc.language))
    picked = summarizer(document, count)
    # sumy compares sentences by text: map each picked one back to our first sentence with that text
    result = {index_of[id(s)] for s in picked if id(s) in index_of}
    if len(result) < len(picked):
        texts = {str(s) for s in picked}
        result |= {i for i in doc.candidates if doc.sentences[i].text in texts}
    return sorted(result)[:count]
