"""Word lists the text engine shares: first names, titles, speech verbs, weekdays, months, places.

Each list is a data file in ``bot/text/data/`` (one kind and language per file, one entry per line,
lines starting with ``#`` are comments and the first says where the list came from), read once at
import from the installed package.
"""

from __future__ import annotations

from importlib.resources import files


def load(*names: str) -> frozenset[str]:
    """The entries of ``data/<name>.txt`` for every name given, as one set."""
    entries: set[str] = set()
    for name in names:
        text = (files("bot.text") / "data" / f"{name}.txt").read_text(encoding="utf-8")
        entries.update(entry_lines(text))
    return frozenset(entries)


def entry_lines(text: str) -> list[str]:
    """The entries of a data file's text, in file order: blank and ``#`` lines left out."""
    return [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]


WEEKDAYS_EN = load("weekdays_en")
MONTHS_EN = load("months_en")
MONTHS_SHORT_EN = load("months_short_en")
US_STATE_ABBREVIATIONS = load("us_state_abbreviations")
