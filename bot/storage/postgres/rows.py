"""How entries are laid out in PostgreSQL rows, and the helpers every query of the store shares.

The column values come from the SQLite store's row builder (:mod:`bot.storage.codec`), so both
backends store and read back exactly the same entry; PostgreSQL adds the entry's text search
configuration and its search vector.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import asyncpg

from bot.errors import StorageError
from bot.storage.codec import ENTRY_COLUMNS, ENTRY_FIELDS
from bot.storage.postgres.search import word_text

log = logging.getLogger(__name__)


# codec's column values (minus SQLite's scope number), then the search configuration and words
FIELDS = tuple(name for name in ENTRY_FIELDS if name != "scope_num")
_N = len(FIELDS)


def search_vector_sql(config: str, title: str, keywords: str, quotes: str, rest: str) -> str:
    """The search vector of an entry from its words (SQL expressions): title weighs most (A),
    then keywords (B), quotes (C), summary and site (D). See ``search_params``."""
    return " || ".join(
        f"setweight(to_tsvector({config}, {words}), '{weight}')"
        for words, weight in ((title, "A"), (keywords, "B"), (quotes, "C"), (rest, "D"))
    )


SEARCH_VECTOR_SQL = search_vector_sql(
    f"${_N + 1}::regconfig", f"${_N + 2}", f"${_N + 3}", f"${_N + 4}", f"${_N + 5}"
)
INSERT_ENTRY_SQL = (
    f"INSERT INTO entries ({', '.join(FIELDS)}, search_config, search) VALUES "
    f"({', '.join(f'${i}' for i in range(1, _N + 1))}, ${_N + 1}::regconfig, {SEARCH_VECTOR_SQL}) "
    "RETURNING id"
)
INSERT_ARTICLE_SQL = "INSERT INTO entry_articles (entry_id, codec, body) VALUES ($1, $2, $3)"
ENTRY_WITH_ARTICLE = (
    f"SELECT {ENTRY_COLUMNS}, a.codec AS codec, a.body AS body FROM entries AS e "
    "LEFT JOIN entry_articles AS a ON a.entry_id = e.id"
)
SCOPE_SQL = "e.guild_key = $1 AND e.channel_id = $2"


def utc_now() -> datetime:
    return datetime.now(UTC)


def friendly(error: Exception) -> StorageError:
    """A user-facing message for a database failure (details go to the log)."""
    if isinstance(error, OSError | asyncpg.exceptions.ConnectionDoesNotExistError):
        log.error("history database unreachable: %s", error)
        return StorageError("The history database cannot be reached. Please try again later.")
    if isinstance(
        error, asyncpg.exceptions.DiskFullError | asyncpg.exceptions.ReadOnlySQLTransactionError
    ):
        log.error("history database cannot be written: %s", error)
        return StorageError("The history could not be saved: the database is full or read-only.")
    log.error("history database error: %s", error, exc_info=error)
    return StorageError("The history database failed; the error has been logged.")


@contextmanager
def db_errors() -> Iterator[None]:
    try:
        yield
    except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as error:
        raise friendly(error) from error


def search_params(values: dict[str, Any], config: str) -> tuple:
    """The parameters of ``INSERT_ENTRY_SQL`` for codec ``values`` stored with ``config``."""
    return (
        *(values[name] for name in FIELDS),
        config,
        word_text(values["title"]),
        word_text(values["keywords"]),
        word_text(values["quotes_text"]),
        word_text(values["summary"]) + " " + word_text(values["site"]),
    )
