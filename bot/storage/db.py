"""Opening SQLite connections with the settings every connection to the history needs.

WAL lets readers work while one writer commits; ``busy_timeout`` makes a writer wait for another
process's transaction instead of failing; foreign keys keep articles tied to their entries;
``synchronous=FULL`` makes every commit durable (the bot writes a few entries a minute, so the
fsync per commit costs nothing that matters).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import aiosqlite

from bot.errors import StorageError
from bot.storage.tokens import SQL_FUNCTION, search_text

log = logging.getLogger(__name__)

APPLICATION_ID = 0x53554D42  # "SUMB" in the file header: marks a summarybot history database
SYNCHRONOUS_MODES = ("OFF", "NORMAL", "FULL", "EXTRA")


def resolve_path(path: str | Path) -> Path:
    """The database file's absolute path; its folder is created if missing."""
    text = str(path).strip()
    if not text or text == ":memory:" or text.startswith("file:"):
        raise StorageError(
            "DATABASE_PATH must be the path of a database file (for example data/history.db)."
        )
    resolved = Path(text).expanduser().resolve()
    if resolved.is_dir():
        raise StorageError(f"DATABASE_PATH {resolved} is a folder; give the path of a file in it.")
    try:
        resolved.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            f"Cannot create the folder for the history database {resolved}: {error.strerror}."
        ) from None
    return resolved


def pragma_statements(*, busy_timeout: float, synchronous: str = "FULL") -> list[str]:
    """Per-connection settings (journal mode is set once by the writer, see ``enable_wal``)."""
    mode = synchronous.upper()
    if mode not in SYNCHRONOUS_MODES:
        raise ValueError(f"synchronous must be one of {SYNCHRONOUS_MODES}")
    return [
        f"PRAGMA busy_timeout = {max(0, int(busy_timeout * 1000))}",
        "PRAGMA foreign_keys = ON",
        f"PRAGMA synchronous = {mode}",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -32768",  # 32 MiB per connection
        # the search view calls our SQL function; allow it even where SQLite's default is off
        "PRAGMA trusted_schema = ON",
    ]


def configure_sync(
    conn: sqlite3.Connection, *, busy_timeout: float = 5.0, synchronous: str = "FULL"
) -> None:
    """Apply the same settings to a plain ``sqlite3`` connection (used by tools and benchmarks)."""
    conn.create_function(SQL_FUNCTION, 2, search_text, deterministic=True)
    for statement in pragma_statements(busy_timeout=busy_timeout, synchronous=synchronous):
        conn.execute(statement)
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StorageError(
            f"The history database could not switch to WAL mode (it is in {mode} mode)."
        )


async def connect(
    path: Path, *, busy_timeout: float, synchronous: str, writer: bool
) -> aiosqlite.Connection:
    """An autocommit ``aiosqlite`` connection (transactions are explicit) with our settings."""
    conn = await aiosqlite.connect(str(path), timeout=busy_timeout, isolation_level=None)
    try:
        conn.row_factory = sqlite3.Row
        await conn.create_function(SQL_FUNCTION, 2, search_text, deterministic=True)
        for statement in pragma_statements(busy_timeout=busy_timeout, synchronous=synchronous):
            await conn.execute(statement)
        if writer:
            rows = await conn.execute_fetchall("PRAGMA journal_mode = WAL")
            mode = rows[0][0] if rows else None
            if str(mode).lower() != "wal":
                raise StorageError(
                    f"The history database {path} could not switch to WAL mode (it is in {mode} mode). "
                    "Put DATABASE_PATH on a local disk."
                )
        rows = await conn.execute_fetchall("PRAGMA foreign_keys")
        if not rows or rows[0][0] != 1:
            raise StorageError(
                "This SQLite build cannot enforce foreign keys; the history needs them."
            )
    except BaseException:
        await conn.close()
        raise
    return conn


def writable(path: Path) -> bool:
    """Whether this process may write the database at ``path``: the file (if it exists) and its
    folder (SQLite creates its journal files there). A read-only mount says no, even to root."""
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(path.parent, os.W_OK)


def read_only_reason(path: Path) -> str:
    """Why ``path`` cannot be written, in words for the operator."""
    try:
        if os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return "it is on a file system mounted read-only"
    except OSError:
        pass
    return "this user may not write to the file or to its folder"


async def connect_read_only(path: Path, *, busy_timeout: float) -> aiosqlite.Connection:
    """A connection that only reads, for a database this process cannot write.

    ``mode=ro`` still shares WAL locks with writers; it needs the ``-shm`` file, which SQLite
    cannot create in a read-only folder. The database is then opened ``immutable``: only when
    no write-ahead log holds changes, since those would be invisible to it.
    """
    conn = None
    try:
        conn = await _open_uri(f"{path.as_uri()}?mode=ro", busy_timeout)
        await conn.execute_fetchall("SELECT count(*) FROM sqlite_schema")
        return conn
    except sqlite3.OperationalError as error:
        if conn is not None:
            await conn.close()
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise StorageError(
                f"The history database {path} cannot be read: {read_only_reason(path)}, and its "
                f"write-ahead log {wal.name} holds changes not yet written into it. Open it once "
                "with write access (or stop the process writing it)."
            ) from error
        log.debug("read-only open of %s needs immutable mode: %s", path, error)
    return await _open_uri(f"{path.as_uri()}?immutable=1", busy_timeout)


async def _open_uri(uri: str, busy_timeout: float) -> aiosqlite.Connection:
    conn = await aiosqlite.connect(uri, uri=True, timeout=busy_timeout, isolation_level=None)
    conn.row_factory = sqlite3.Row
    try:
        await conn.create_function(SQL_FUNCTION, 2, search_text, deterministic=True)
        for statement in pragma_statements(busy_timeout=busy_timeout):
            await conn.execute(statement)
    except BaseException:
        await conn.close()
        raise
    return conn
