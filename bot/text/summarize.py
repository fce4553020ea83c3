"""Extractive summarizers: our default, LEAD, and every sumy algorithm that runs offline.

Every method takes a prepared ``Document`` and a sentence count and returns the indices of the
chosen sentences in article order: real sentences, never fragments, deterministic.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from bot.errors import InputError
from bot.text.boilerplate import is_boilerplate, is_title_case
from bot.text.methods import DEFAULT_METHOD, METHODS, resolve_method
from bot.text.segment import Sentence, SumyTokenizer, words
from bot.text.stopwords import stemmer_for, stop_words

# sumy's graph and matrix methods are quadratic or worse: beyond this many sentences use ours.
SUMY_MAX_SENTENCES = 3_000
_PAIRWISE_MAX = 800  # above this, centrality against the centroid (linear) replaces pairwise


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


# ----------------------------------------------------------------------------- default method


@dataclass(frozen=True)
class DefaultParams:
    """Weights of the default method, tuned on the dev splits (see benchmarks/summaries.py).

    The score of a sentence is ``(centrality + echo + lead' * (position_weight * prior + title *
    title_share)) * length_factor`` where ``lead' = (3 / count) ** budget_scale`` (or more for a
    short summary, below): a short summary leans on the lead (news puts the point first) and on
    the headline's words when the page has a title (Edmundson's title method), a long one on what
    the whole article keeps coming back to.
    Centrality adds two views: TF-IDF cosine similarity to the other sentences (PacSum-style,
    optionally directed) and Reduction-style shared-word overlap, which favours informative
    sentences. ``echo`` adds a sentence's highest similarity to any single other sentence: a point
    the article states twice (a caption, a recap, a closing line) is one its writer thinks matters.
    Redundancy control then skips any sentence too similar to one already chosen.

    A short summary (at most ``short_fraction`` of the article's sentences) keeps the full lead
    weight whatever its length, and is chosen as a set rather than one sentence at a time: among
    the best ``set_pool * count`` sentences, the ``count`` that together best match the article's
    content at the length of ``count`` opening sentences (unigram F1 against each word's uses,
    weighted by how early they come). Concise sentences that cover the lead's facts win over a run
    of long ones. Both fade as the summary grows (``min(1, short_fraction * n / count) **
    short_fade``); a summary of much of the article keeps the plain ranking, which is what the
    whole article keeps coming back to.
    """

    position_weight: float = 10.0
    position_decay: float = 2.0  # prior = 1 / (1 + decay * rank)
    budget_scale: float = 3.0
    centrality_weight: float = 1.0
    forward_weight: float = 1.0  # PacSum: similarity to later sentences...
    backward_weight: float = 1.0  # ...and to earlier ones (1.0/1.0 = undirected measured best)
    threshold: float = 0.0  # PacSum: similarities below min + t * (max - min) are ignored
    overlap: float = 1.0  # weight of word-overlap centrality
    length_power: float = -0.2  # score * (len / mean len) ** p: below 0 favours concise sentences
    redundancy: float = 0.7  # cosine above which a candidate repeats a chosen sentence
    min_words: int = 6  # sentences with fewer content words are scaled down
    short_fraction: float = 0.2  # a summary up to this share of the article is "short"...
    short_fade: float = 8.0  # ...and this fast it stops being so beyond that share
    set_pool: float = 1.5  # the set is chosen among the best set_pool * count sentences
    set_decay: float = 0.3  # word weight: sum over its uses of 1 / (1 + decay' * sentence rank)
    set_score: float = 0.05  # weight of the sentences' own mean score in a set's value
    echo: float = 0.5  # weight of the best single similarity: a point the article restates
    title: float = 2.0  # weight of the share of the title's words a sentence repeats


def summarize_default(
    doc: Document, count: int, params: DefaultParams = DefaultParams()
) -> list[int]:
    """Position-aware directed centrality (in the spirit of PacSum) with redundancy control."""
    cand = doc.candidates
    if count <= 0 or not cand:
        return []
    tfidf = _TfIdf([doc.terms[i] for i in cand])
    n = len(cand)
    if n <= _PAIRWISE_MAX:
        matrix = tfidf.dense()
        sim = matrix @ matrix.T
        np.fill_diagonal(sim, 0.0)
        off = sim[~np.eye(n, dtype=bool)] if n > 1 else np.zeros(1)
        lo, hi = float(off.min()), float(off.max())
        sim_t = np.maximum(sim - (lo + params.threshold * (hi - lo)), 0.0)
        upper = np.triu(sim_t, 1).sum(axis=1)  # similarity to later sentences
        lower = np.tril(sim_t, -1).sum(axis=1)  # similarity to earlier sentences
        centrality = params.forward_weight * upper + params.backward_weight * lower
        echo = sim.max(axis=1) if n > 1 else np.zeros(n)
        shared = _shared_words([doc.terms[i] for i in cand])  # overlap and containment use it
    else:  # long texts: similarity to the centroid, linear in time and memory
        sim = shared = None
        centrality = tfidf.centroid_similarity()
        echo = np.zeros(n)
    centrality = _minmax(centrality)
    if params.overlap and shared is not None:
        centrality = centrality + params.overlap * _minmax(_overlap_centrality(*shared))
    ranks = np.arange(n, dtype=float)
    prior = 1.0 / (1.0 + params.position_decay * ranks)
    lengths = np.array([len(doc.terms[i]) for i in cand], dtype=float)
    length_factor = np.minimum(1.0, lengths / params.min_words)
    length_factor = (
        length_factor
        * (np.maximum(lengths, 1.0) / max(1.0, float(lengths.mean()))) ** params.length_power
    )
    # a short summary (at most short_fraction of the article) keeps the full lead weight and is
    # chosen as a set; both fade as the summary grows
    short = min(1.0, params.short_fraction * n / count) ** params.short_fade
    lead_strength = max((3.0 / count) ** params.budget_scale, short)
    position_weight = params.position_weight * lead_strength
    score = (
        params.centrality_weight * centrality
        + params.echo * echo
        + position_weight * prior
        + params.title * lead_strength * _title_share(doc)
    ) * length_factor
    order = sorted(range(n), key=lambda k: (-score[k], k))
    if sim is not None and shared is not None:  # saying no more than a chosen one: a repeat
        sim = _with_contained(sim, *shared)
    if short >= _SET_MIN_STRENGTH and n > count:
        picked = _best_set(doc, count, order, score, short, params, tfidf, sim)
        if picked is not None:
            return sorted(cand[k] for k in picked)
    chosen: list[int] = []
    for k in order:
        if len(chosen) >= count:
            break
        if _repeats(k, chosen, tfidf, sim, params.redundancy):
            continue
        chosen.append(k)
    if len(chosen) < count:  # everything left is a repeat: fill with the best of those
        for k in order:
            if len(chosen) >= count:
                break
            if k not in chosen and not _near_duplicate(doc, cand[k], [cand[c] for c in chosen]):
                chosen.append(k)
    return sorted(cand[k] for k in chosen)


def _title_share(doc: Document) -> np.ndarray | float:
    """Per candidate, the share of the title's content words it repeats (0 without a title)."""
    title = doc.title_terms
    if not title:
        return 0.0
    return np.array([len(title.intersection(doc.terms[i])) / len(title) for i in doc.candidates])


_SET_MIN_STRENGTH = 1e-3
_SET_EXHAUSTIVE = 3_000  # search every set up to this many, greedily above


def _best_set(
    doc: Document,
    count: int,
    order: list[int],
    score: np.ndarray,
    strength: float,
    params: DefaultParams,
    tfidf: _TfIdf,
    sim: np.ndarray | None,
) -> list[int] | None:
    """The ``count`` sentences (candidate positions) among the best-scored that maximise
    ``strength * F1(set, lead-weighted content) + set_score * mean score``; None when every set
    repeats itself."""
    cand = doc.candidates
    n = len(cand)
    pool = sorted(order[: min(n, max(count + 1, int(params.set_pool * count)))])
    decay = params.set_decay * (3.0 / count) ** params.budget_scale
    weights: Counter[str] = Counter()
    for rank, i in enumerate(cand):
        w = 1.0 / (1.0 + decay * rank)
        for term in doc.terms[i]:
            weights[term] += w
    target = float(sum(len(doc.terms[i]) for i in cand[:count])) or 1.0
    scale = target / (sum(weights.values()) or 1.0)
    reference = {t: w * scale for t, w in weights.items()}
    counts = {k: Counter(doc.terms[cand[k]]) for k in pool}
    top = float(score.max()) or 1.0

    def value(members: Sequence[int]) -> float:
        bag: Counter[str] = Counter()
        for k in members:
            bag.update(counts[k])
        size = sum(bag.values())
        overlap = sum(min(c, reference.get(t, 0.0)) for t, c in bag.items())
        f1 = 0.0 if overlap <= 0 else 2 * overlap / (size + target)
        return strength * f1 + params.set_score * sum(score[k] for k in members) / (top * count)

    if math.comb(len(pool), count) <= _SET_EXHAUSTIVE:
        clashes = {
            (a, b)
            for a, b in itertools.combinations(pool, 2)
            if _repeats(a, [b], tfidf, sim, params.redundancy)
        }

        def fits(members: Sequence[int]) -> bool:
            return not any(pair in clashes for pair in itertools.combinations(members, 2))

        sets = (c for c in itertools.combinations(pool, count) if fits(c))
        best = max(sets, key=value, default=None)
        return None if best is None else list(best)
    return _greedy_set(
        count, pool, counts, reference, target, score, top, strength, params, tfidf, sim
    )


def _greedy_set(
    count: int,
    pool: list[int],
    counts: dict[int, Counter[str]],
    reference: dict[str, float],
    target: float,
    score: np.ndarray,
    top: float,
    strength: float,
    params: DefaultParams,
    tfidf: _TfIdf,
    sim: np.ndarray | None,
) -> list[int] | None:
    """The same objective as :func:`_best_set`, grown one sentence at a time: each step adds the
    sentence that raises the set's value most, updating the overlap incrementally."""
    chosen: list[int] = []
    left = list(pool)
    bag: Counter[str] = Counter()
    overlap = size = chosen_score = 0.0
    while len(chosen) < count:
        best, best_value, best_gain = None, -math.inf, 0.0
        for k in left:
            gain = 0.0
            for term, c in counts[k].items():
                ref = reference.get(term, 0.0)
                have = bag.get(term, 0)
                gain += min(have + c, ref) - min(have, ref)
            total = overlap + gain
            f1 = 0.0 if total <= 0 else 2 * total / (size + counts[k].total() + target)
            value = strength * f1 + params.set_score * (chosen_score + score[k]) / (top * count)
            if value > best_value:
                best, best_value, best_gain = k, value, gain
        if best is None:
            return None
        chosen.append(best)
        bag.update(counts[best])
        overlap += best_gain
        size += counts[best].total()
        chosen_score += float(score[best])
        left = [
            k for k in left if k != best and not _repeats(k, [best], tfidf, sim, params.redundancy)
        ]
    return chosen


_CONTAINED = 0.85  # share of the shorter sentence's words found in the other one


def _with_contained(sim: np.ndarray, common: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """``sim`` with pairs where one sentence's words lie almost all inside the other's raised to
    1: "Harbourline runs ferries along the coast." repeats the lead that says the same and
    more, however different their lengths make the cosine (``common``, ``sizes``: see
    :func:`_shared_words`)."""
    smaller = np.maximum(np.minimum(sizes[:, None], sizes[None, :]), 1.0)
    contained = (common / smaller >= _CONTAINED) & (smaller >= 3)
    np.fill_diagonal(contained, False)
    return np.where(contained, 1.0, sim)


def _repeats(
    k: int, chosen: list[int], tfidf: _TfIdf, sim: np.ndarray | None, limit: float
) -> bool:
    if not chosen:
        return False
    if sim is not None:
        return float(sim[k, chosen].max()) > limit
    return max(tfidf.cosine(k, c) for c in chosen) > limit


def _near_duplicate(doc: Document, i: int, chosen: list[int]) -> bool:
    a = set(doc.terms[i])
    for j in chosen:
        b = set(doc.terms[j])
        if a and b and len(a & b) / len(a | b) > 0.8:
            return True
    return False


class _TfIdf:
    """L2-normalised TF-IDF rows (sentence-level IDF), stored sparse: sentences x terms."""

    def __init__(self, term_lists: list[list[str]]) -> None:
        n = len(term_lists)
        df: Counter[str] = Counter()
        for terms in term_lists:
            df.update(set(terms))
        # a term found in one sentence only cannot make two sentences similar: leave it out
        vocab: dict[str, int] = {}
        idf: dict[str, float] = {}
        for term, count in df.items():
            if count >= 2 or n == 1:
                vocab[term] = len(vocab)
                idf[term] = math.log((n + 1) / (count + 0.5))
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for row, terms in enumerate(term_lists):
            for term, tf in Counter(terms).items():
                col = vocab.get(term)
                if col is not None:
                    rows.append(row)
                    cols.append(col)
                    vals.append((1.0 + math.log(tf)) * idf[term])
        self.n, self.width = n, max(1, len(vocab))
        self.rows = np.asarray(rows, dtype=np.int64)
        self.cols = np.asarray(cols, dtype=np.int64)
        data = np.asarray(vals, dtype=np.float64)
        norms = np.sqrt(np.bincount(self.rows, weights=data * data, minlength=n))
        norms[norms == 0] = 1.0
        self.data = data / norms[self.rows]
        self._starts = np.searchsorted(self.rows, np.arange(n + 1))

    def dense(self) -> np.ndarray:
        matrix = np.zeros((self.n, self.width), dtype=np.float32)
        matrix[self.rows, self.cols] = self.data
        return matrix

    def centroid_similarity(self) -> np.ndarray:
        centroid = np.bincount(self.cols, weights=self.data, minlength=self.width)
        norm = float(np.linalg.norm(centroid))
        if norm == 0:
            return np.zeros(self.n)
        return np.bincount(
            self.rows, weights=self.data * (centroid[self.cols] / norm), minlength=self.n
        )

    def _row(self, i: int) -> dict[int, float]:
        a, b = self._starts[i], self._starts[i + 1]
        return dict(zip(self.cols[a:b].tolist(), self.data[a:b].tolist(), strict=True))

    def cosine(self, i: int, j: int) -> float:
        ri, rj = self._row(i), self._row(j)
        if len(ri) > len(rj):
            ri, rj = rj, ri
        return sum(v * rj.get(c, 0.0) for c, v in ri.items())


def _shared_words(term_lists: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """(distinct words each pair of sentences shares, distinct words per sentence)."""
    vocab: dict[str, int] = {}
    rows = [{vocab.setdefault(t, len(vocab)) for t in terms} for terms in term_lists]
    binary = np.zeros((len(rows), max(1, len(vocab))), dtype=np.float32)
    for r, cols in enumerate(rows):
        binary[r, list(cols)] = 1.0
    return binary @ binary.T, binary.sum(axis=1)


def _overlap_centrality(common: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Sum over other sentences of shared distinct words / (log len_i + log len_j)."""
    loglen = np.log(np.maximum(sizes, 1.0) + 1.0)
    ratio = common / (loglen[:, None] + loglen[None, :])
    return ratio.sum(axis=1) - np.diag(ratio)  # a sentence does not count itself


def _minmax(values: np.ndarray) -> np.ndarray:
    if values.size == 0:
        return values
    lo, hi = float(values.min()), float(values.max())
    if hi - lo < 1e-12:
        return np.zeros_like(values)
    return (values - lo) / (hi - lo)


def summarize_lead(doc: Document, count: int) -> list[int]:
    """The first ``count`` article sentences (skipping page furniture)."""
    return doc.candidates[: max(0, count)]


# ----------------------------------------------------------------------------- sumy methods

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


# ----------------------------------------------------------------------------- registry


def select(doc: Document, count: int, method: str = DEFAULT_METHOD) -> list[int]:
    """Indices (article order) of the ``count`` sentences ``method`` picks."""
    method = resolve_method(method)
    count = min(count, len(doc.candidates))
    if method == "default":
        return summarize_default(doc, count)
    if method == "lead":
        return summarize_lead(doc, count)
    return summarize_sumy(doc, count, method)


@lru_cache(maxsize=1)
def method_names() -> tuple[str, ...]:
    return tuple(METHODS)
