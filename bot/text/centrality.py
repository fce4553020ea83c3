"""The default summarizer: position-aware centrality (in the spirit of PacSum) with redundancy
control, and for a short summary the best set of sentences rather than the best one at a time.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.text.document import Document
from bot.text.similarity import TfIdf

_PAIRWISE_MAX = 800  # above this, centrality against the centroid (linear) replaces pairwise


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
    tfidf = TfIdf([doc.terms[i] for i in cand])
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
    tfidf: TfIdf,
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
    tfidf: TfIdf,
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


def _repeats(k: int, chosen: list[int], tfidf: TfIdf, sim: np.ndarray | None, limit: float) -> bool:
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
