"""The id blocks a PostgreSQL search reads a big channel's newest matches from (pure)."""

from __future__ import annotations

import random

import pytest

from bot.storage.postgres.schema import SLICE_BITS
from bot.storage.postgres.slices import cover, cover_end, newest_blocks, slice_query


def _ids(blocks):
    out = set()
    for bits, number in blocks:
        out.update(range(number << bits, (number + 1) << bits))
    return out


@pytest.mark.parametrize(
    ("low", "high"),
    [(0, 0), (0, 4095), (4095, 4096), (5_000, 70_000), (123_456, 9_876_543), (1 << 24, 1 << 25)],
)
def test_blocks_cover_the_range_without_overlap_and_with_little_to_spare(low, high):
    blocks = cover(low, high)
    sizes = [1 << bits for bits, _ in blocks]
    covered = _ids(blocks)
    assert len(covered) == sum(sizes)  # no id twice
    assert set(range(low, high + 1)) <= covered
    finest = 1 << min(SLICE_BITS)
    assert min(covered) > low - finest and max(covered) < high + finest
    assert cover_end(blocks) == max(covered) + 1
    # coarse blocks where they fit: a few of each size, not thousands of the finest
    assert len(blocks) <= 2 * 15 * len(SLICE_BITS)


def test_random_ranges_are_covered():
    rng = random.Random(5)
    for _ in range(200):
        low = rng.randrange(0, 1 << 26)
        high = low + rng.randrange(0, 1 << 22)
        blocks = cover(low, high)
        starts = sorted(number << bits for bits, number in blocks)
        ends = sorted((number + 1) << bits for bits, number in blocks)
        # the blocks are back to back from the first to the last
        assert starts[1:] == ends[:-1]
        assert starts[0] <= low and ends[-1] > high


def test_the_query_names_each_block_under_the_channel_key():
    assert slice_query("a1f", [(16, 3), (12, 64)]) == "'a1f#16.3' | 'a1f#12.64'"


def test_blocks_hold_the_newest_entries_a_common_word_needs():
    # 100,000 entries with ids spread over 1,000,000; 10,000 match: about 20,000 of the newest
    # entries (twice the window's share) lie in the newest 200,000 ids
    blocks = newest_blocks(
        newest=1_000_000, oldest=0, entries=100_000, matches=10_000, window=1_000
    )
    covered = _ids(blocks)
    assert 1_000_000 in covered and 800_000 in covered
    assert min(covered) > 800_000 - 4096
    # few matches: reading them all is as cheap
    assert newest_blocks(newest=10**6, oldest=0, entries=10**5, matches=1_500, window=1_000) is None
    # the blocks would cover most of the channel anyway
    assert newest_blocks(newest=10**6, oldest=0, entries=10**5, matches=3_000, window=1_000) is None
    assert newest_blocks(newest=5, oldest=5, entries=1, matches=1, window=1) is None
