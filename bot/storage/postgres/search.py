"""Full-text search on PostgreSQL: the query tree as a tsquery, and the words of an entry.

The words of an entry and of a query are the same search words the SQLite store indexes
(:func:`bot.storage.tokens.words`: letter and digit runs, case-folded, accents removed), joined
by spaces; PostgreSQL then stems them with the entry's language configuration (see
:mod:`bot.storage.postgres.schema`). A query term becomes quoted lexemes (only letters and
digits), so no user text reaches the tsquery syntax.
"""

from __future__ import annotations

import re

from bot.storage.postgres.schema import SIMPLE_CONFIG, STEMMERS, TEXT_SEARCH_PREFIX
from bot.storage.query import SearchQuery, Term
from bot.storage.tokens import words

# ts_rank weights for {D, C, B, A}: summary and site, quotes, keywords, title (as SQLite's bm25
# column weights 1, 1.5, 3 and 4)
RANK_WEIGHTS = [0.25, 0.375, 0.75, 1.0]
_CONFIG_NAME = re.compile(rf"^{TEXT_SEARCH_PREFIX}[a-z]+$")
_OPERATORS = {"AND": "&", "OR": "|", "NOT": "& !"}


def word_text(text: str | None) -> str:
    """The search words of ``text``, space separated (what the index and headlines read)."""
    return " ".join(word for _, _, word in words(text or ""))


def config_for(language: str | None, available: frozenset[str]) -> str:
    """The text search configuration for an entry in ``language`` (stemmed where possible)."""
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    name = STEMMERS.get(code)
    config = f"{TEXT_SEARCH_PREFIX}{name}" if name else SIMPLE_CONFIG
    return config if config in available else SIMPLE_CONFIG


def is_config_name(name: str) -> bool:
    """Whether ``name`` is one of our configuration names (safe to write into SQL)."""
    return bool(_CONFIG_NAME.match(name))


def _term(term: Term) -> str:
    lexemes = [f"'{word}'" for _, _, word in words(term.text)]
    if term.prefix:
        lexemes[-1] += ":*"
    inner = " <-> ".join(lexemes)
    return f"({inner})" if len(lexemes) > 1 else inner


def to_tsquery_text(query: SearchQuery) -> str:
    """The query in ``to_tsquery`` syntax: terms joined by ``&``, ``|`` and ``& !``.

    The precedence matches FTS5's: NOT binds tightest, then AND (written or implied), then OR.
    """
    parts: list[str] = []
    previous_term = False
    for item in query.items:
        if isinstance(item, Term):
            if previous_term:
                parts.append("&")
            parts.append(_term(item))
            previous_term = True
        else:
            parts.append(_OPERATORS[item])
            previous_term = False
    return " ".join(parts)
