"""Shared helper for the per-language speaker tests: invented passages, the share right."""

from __future__ import annotations

from bot.text.quotes import find_quotes

# a passage and, for each quotation expected in it, (its first words, its speaker)
Case = tuple[str, list[tuple[str, str | None]]]


def outcomes(cases: list[Case]) -> list[tuple[str, str | None, str | None]]:
    """(quotation start, expected speaker, speaker found or "<missing>") for every expectation."""
    out: list[tuple[str, str | None, str | None]] = []
    for text, expected in cases:
        quotes = find_quotes(text)
        for head, speaker in expected:
            found = [q for q in quotes if q.quote.startswith(head)]
            out.append((head, speaker, found[0].speaker if found else "<missing>"))
    return out


def share_right(cases: list[Case]) -> float:
    """The share of expected quotations found with the expected speaker."""
    got = outcomes(cases)
    return sum(exp == found for _, exp, found in got) / len(got)
