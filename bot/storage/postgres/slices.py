"""The id blocks of the search index that hold a channel's newest entries.

Every entry is indexed by its channel's key and the aligned blocks of ids it lies in (one block
size per ``SLICE_BITS``, see :mod:`bot.storage.postgres.schema`). A search for a word that many
of a big channel's entries hold asks the index for the word within the blocks covering the
channel's newest entries: enough of them to hold the window of newest matches (with a margin),
so it reads about that many rows instead of every match of the channel. If the blocks hold
fewer matches than the window, the search reads the whole channel's matches after all.
"""

from __future__ import annotations

from bot.storage.postgres.schema import SLICE_BITS

# how many more of the channel's newest entries the blocks cover than the estimate says hold
# the window's matches (estimates of a word's share are rough)
SLICE_MARGIN = 2.0
# fewer estimated matches than this many windows: the index reads them all
SLICE_MIN_WINDOWS = 2


def cover(low: int, high: int) -> list[tuple[int, int]]:
    """The fewest aligned blocks ``(bits, number)`` that together hold every id from ``low`` to
    ``high``: coarse blocks where they fit, the finest at the ends (which may reach a little
    below ``low`` and above ``high``)."""
    finest = min(SLICE_BITS)
    start = (max(low, 0) >> finest) << finest
    end = ((max(high, low, 0) >> finest) + 1) << finest
    blocks: list[tuple[int, int]] = []
    at = start
    while at < end:
        for bits in sorted(SLICE_BITS, reverse=True):
            size = 1 << bits
            if at % size == 0 and at + size <= end:
                blocks.append((bits, at >> bits))
                at += size
                break
    return blocks


def cover_end(blocks: list[tuple[int, int]]) -> int:
    """The first id after the blocks."""
    return max(((number + 1) << bits) for bits, number in blocks)


def slice_query(channel_key: str, blocks: list[tuple[int, int]]) -> str:
    """The blocks as index keys ORed, in to_tsquery syntax."""
    return " | ".join(f"'{channel_key}#{bits}.{number}'" for bits, number in blocks)


def newest_blocks(
    *, newest: int, oldest: int, entries: float, matches: float, window: int
) -> list[tuple[int, int]] | None:
    """Blocks covering the channel's newest entries that should hold ``window`` matches, or
    None when reading every match is as cheap (few matches, or the blocks would cover most of
    the channel). Ids are assumed spread evenly between the channel's oldest and newest."""
    if entries <= 0 or matches < SLICE_MIN_WINDOWS * window or newest <= oldest:
        return None
    wanted = SLICE_MARGIN * window * entries / matches  # of the channel's newest entries
    if wanted >= entries / 2:
        return None
    span = (newest - oldest) * wanted / entries
    return cover(int(newest - span), newest)
