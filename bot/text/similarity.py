"""TF-IDF sentence vectors, stored sparse: as a dense matrix, against their centroid, pairwise."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np


class TfIdf:
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
