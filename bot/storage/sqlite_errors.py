"""SQLite failures as ``StorageError``s with a message for the user (the details go to the log)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from bot.errors import StorageError

log = logging.getLogger(__name__)


def friendly_error(error: sqlite3.Error) -> StorageError:
    """A user-facing message for an SQLite failure (details go to the log)."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        log.warning("history database busy: %s", error)
        return StorageError(
            "The history is busy (another process is writing to it). Please try again in a moment."
        )
    if "malformed" in text or "corrupt" in text or "not a database" in text:
        log.error("history database damaged: %s", error)
        return StorageError(
            "The history database is damaged; the bot's operator has to restore it from a backup."
        )
    if "readonly" in text or "read-only" in text:
        log.error("history database cannot be written: %s", error)
        return StorageError(
            "The history database is read-only: check that this user may write the file and "
            "its folder, and that the disk is not mounted read-only."
        )
    if "full" in text:
        log.error("history database cannot be written: %s", error)
        return StorageError("The history could not be saved: the disk is full.")
    if "disk i/o" in text:
        log.error("history database disk error: %s", error)
        return StorageError("The history database hit a disk error; the error has been logged.")
    log.error("history database error: %s", error, exc_info=error)
    return StorageError("The history database failed; the error has been logged.")


@contextmanager
def storage_errors() -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as error:
        raise friendly_error(error) from error
