"""Group short documents by subject: TF-IDF vectors and average-linkage clustering.

A document is its language and a few texts with weights (a title counts more than a summary).
Its vector keeps its strongest terms that other documents share (stemmed, stop words out),
scaled by the norm of all its terms, so dot products are cosines. ``clusters`` merges the two
closest groups (mean pairwise cosine) while they are close enough: deterministic, and every
document ends in exactly one group.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from bot.text.segment import words
from bot.text.stopwords import stemmer_for, stop_words

MERGE_SIMILARITY = 0.12  # two groups merge while their documents' mean cosine is at least this
MAX_TERMS = 24  # a document's strongest shared terms make its vector
COMMON_SHARE = 0.1  # among many documents, a term in more than this share of them tells nothing
COMMON_MIN = 20

# (language, ((text, weight), ...)): e.g. ("english", ((title, 2.0), (summary, 1.0)))
Document = tuple[str, Sequence[tuple[str, float]]]


def closeness(group: Sequence[int], vectors: Sequence[dict[str, float]]) -> list[float]:
    """Each member's summed cosine with the other members of its group (the most central first
    is the highest)."""
    centre: dict[str, float] = defaultdict(float)
    for i in group:
        for term, weight in vectors[i].items():
            centre[term] += weight
    return [
        sum(w * centre[t] for t, w in vectors[i].items()) - sum(w * w for w in vectors[i].values())
        for i in group
    ]


def vectors(docs: Sequence[Document]) -> tuple[list[dict[str, float]], Counter[str]]:
    """Each document's strongest shared TF-IDF terms, scaled by the norm of all its terms; and
    how many documents have each term (stems, as ``stems`` makes them)."""
    keys: dict[str, dict[str, str]] = {}
    bags = [_bag(doc, keys) for doc in docs]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(docs)
    common = n * COMMON_SHARE if n >= COMMON_MIN else math.inf
    idf = {t: math.log((1 + n) / (1 + d)) + 1.0 for t, d in df.items() if d <= common}
    damped: dict[float, float] = {}  # 1 + log(tf), for the few term frequencies there are
    vectors = []
    for bag in bags:
        weights = {}
        for term, count in bag.items():
            if term in idf:
                tf = damped.get(count)
                if tf is None:
                    tf = damped[count] = 1.0 + math.log(count)
                weights[term] = tf * idf[term]
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        # a term no other document has cannot bring two together: only shared ones are kept
        shared = [(w, t) for t, w in weights.items() if df[t] > 1]
        top = sorted(shared, reverse=True)[:MAX_TERMS]  # a few dozen terms: sorting is quicker
        vectors.append({t: w / norm for w, t in top})
    return vectors, df


def _bag(doc: Document, keys: dict[str, dict[str, str]]) -> dict[str, float]:
    """A document's stemmed content words, each with the sum of its parts' weights.

    ``keys`` caches each language's word -> stem ("" for a stop word), shared by the documents."""
    language, parts = doc
    known = keys.get(language)
    if known is None:
        known = keys[language] = {}
    stem = stemmer_for(language)
    stops = stop_words(language)
    bag: dict[str, float] = {}
    for text, weight in parts:
        for word in words(text.lower(), language):
            key = known.get(word)
            if key is None:
                skip = word in stops or word.isdigit() or (len(word) < 3 and word.isascii())
                key = known[word] = "" if skip else stem(word)
            if key:
                bag[key] = bag.get(key, 0.0) + weight
    return bag


def clusters(
    vectors: Sequence[dict[str, float]], threshold: float = MERGE_SIMILARITY
) -> list[list[int]]:
    """Average-linkage clustering: merge the two groups whose documents are closest on average,
    while that average is at least ``threshold``. Each group is a sorted list of indexes (the
    lowest first, in the order groups were first formed).

    The similarities of every pair (dot products through an inverted index) fill a matrix; a
    merge updates the group's row by Lance-Williams (the size-weighted mean of the two rows) and
    each row keeps its best neighbour, so a merge costs a few vector operations (an ``n`` x ``n``
    float32 matrix: 36 MB for 3,000 documents).
    """
    import numpy as np

    n = len(vectors)
    sims = np.zeros((n, n), dtype=np.float32)
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, vector in enumerate(vectors):
        dots: dict[int, float] = defaultdict(float)
        for term, weight in vector.items():
            posting = postings[term]
            for j, other in posting:
                dots[j] += weight * other
            posting.append((i, weight))
        if dots:
            others = np.fromiter(dots.keys(), dtype=np.intp, count=len(dots))
            values = np.fromiter(dots.values(), dtype=np.float32, count=len(dots))
            sims[i, others] = values
            sims[others, i] = values
    np.fill_diagonal(sims, -1.0)  # a group never merges with itself
    members = [[i] for i in range(n)]
    sizes = np.ones(n, dtype=np.float32)
    best = sims.argmax(axis=1) if n else np.zeros(0, dtype=np.intp)
    best_value = sims[np.arange(n), best] if n else np.zeros(0, dtype=np.float32)
    while n > 1:
        a = int(best_value.argmax())
        if best_value[a] < threshold:
            break
        a, b = sorted((a, int(best[a])))  # b joins a
        row = (sizes[a] * sims[a] + sizes[b] * sims[b]) / (sizes[a] + sizes[b])
        row[a] = row[b] = -1.0
        sims[a], sims[:, a] = row, row
        sims[b], sims[:, b] = -1.0, -1.0
        sizes[a] += sizes[b]
        members[a] += members[b]
        members[b] = []
        gone = (best == a) | (best == b)  # look again where the best neighbour changed
        gone[a], gone[b] = True, False
        best_value[b] = -np.inf
        better = (row > best_value) & ~gone
        best[better], best_value[better] = a, row[better]
        again = np.flatnonzero(gone)
        best[again] = sims[again].argmax(axis=1)
        best_value[again] = sims[again, best[again]]
    return [sorted(group) for group in members if group]
