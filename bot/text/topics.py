"""Where a conversation changes subject: TextTiling over chat turns, plus long silences.

Hearst's TextTiling compares the words of the ``block`` turns before each gap with the words of
the ``block`` turns after it; a gap whose similarity sits in a deep valley (the climb to the
nearest peak on each side) is a change of subject. Chat turns are short, so blocks are a few
turns, and a silence longer than ``silence`` seconds always starts a new topic.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

DEFAULT_BLOCK = 4
MIN_TOPIC_TURNS = 3
MIN_DEPTH = 0.2  # a valley shallower than this is a wobble, not a change of subject


def cosine(a: Counter[str], b: Counter[str]) -> float:
    """Cosine similarity of two bags of words."""
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(n * b[w] for w, n in a.items() if w in b)
    if not dot:
        return 0.0
    return dot / math.sqrt(sum(n * n for n in a.values()) * sum(n * n for n in b.values()))


def gap_similarities(bags: Sequence[Counter[str]], block: int = DEFAULT_BLOCK) -> list[float]:
    """Similarity at each gap (gap ``i`` lies before turn ``i + 1``) of the blocks around it."""
    n = len(bags)
    if n < 2:
        return []
    left: Counter[str] = Counter()
    right: Counter[str] = Counter()
    left.update(bags[0])
    for bag in bags[1 : 1 + block]:
        right.update(bag)
    sims = [cosine(left, right)]
    for gap in range(1, n - 1):  # slide both windows one turn to the right
        left.update(bags[gap])
        if gap - block >= 0:
            _remove(left, bags[gap - block])
        _remove(right, bags[gap])
        if gap + block < n:
            right.update(bags[gap + block])
        sims.append(cosine(left, right))
    return sims


def _remove(bag: Counter[str], words: Counter[str]) -> None:
    for word, n in words.items():
        left = bag[word] - n
        if left > 0:
            bag[word] = left
        else:
            del bag[word]


def depth_scores(sims: Sequence[float]) -> list[float]:
    """How deep each gap's similarity sits below the nearest peaks on its left and its right."""
    depths = []
    for i, value in enumerate(sims):
        left = value
        for j in range(i - 1, -1, -1):
            if sims[j] < left:
                break
            left = sims[j]
        right = value
        for j in range(i + 1, len(sims)):
            if sims[j] < right:
                break
            right = sims[j]
        depths.append((left - value) + (right - value))
    return depths


def boundaries(
    bags: Sequence[Counter[str]],
    times: Sequence[float],
    *,
    silence: float,
    block: int = DEFAULT_BLOCK,
    min_turns: int = MIN_TOPIC_TURNS,
) -> list[int]:
    """Indexes of the turns that start a new topic (0 excluded), in order."""
    starts = [i for i in range(1, len(times)) if times[i] - times[i - 1] > silence]
    cuts = [0, *starts, len(bags)]
    found = list(starts)
    for a, b in zip(cuts, cuts[1:], strict=False):
        found.extend(a + i for i in _vocabulary_shifts(bags[a:b], block, min_turns))
    return sorted(set(found))


def _vocabulary_shifts(bags: Sequence[Counter[str]], block: int, min_turns: int) -> list[int]:
    if len(bags) < 2 * min_turns:
        return []
    sims = gap_similarities(bags, block)
    depths = depth_scores(sims)
    mean = sum(depths) / len(depths)
    spread = math.sqrt(sum((d - mean) ** 2 for d in depths) / len(depths))
    cutoff = max(MIN_DEPTH, mean + spread)
    chosen: list[int] = []
    # deepest valleys first; a topic keeps at least ``min_turns`` turns on each side
    for gap in sorted(range(len(depths)), key=lambda g: (-depths[g], g)):
        if depths[gap] < cutoff:
            break
        start = gap + 1
        if start < min_turns or len(bags) - start < min_turns:
            continue
        if any(abs(start - other) < min_turns for other in chosen):
            continue
        chosen.append(start)
    return sorted(chosen)
