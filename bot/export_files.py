"""Writing a history export to a file, for the front ends on this machine (console and CLI).

The service renders an export (``bot.exports``); a local front end writes it where the user
said: a file, a folder to put the export's own name in, or ``exports/`` next to the history
database. A folder that is missing or a file that cannot be written is a clear ``InputError``.
"""

from __future__ import annotations

import re
from pathlib import Path

from bot.config import Settings
from bot.errors import InputError


def export_name(channel: str, name: str) -> str:
    """The export's file name for a channel: "news-history.md"; anything but
    letters, digits and a dot inside a word becomes "-" ("../up/x" -> "up-x")."""
    safe = re.sub(r"(?:(?!(?<=\w)\.(?=\w))\W)+", "-", channel).strip("-")  # "news.eu" keeps its dot
    return (safe or "local") + f"-{name}"


def export_folder(settings: Settings) -> Path:
    """Where exports go when no path is given: ``exports/`` next to the history database."""
    return Path(settings.database_path).expanduser().parent / "exports"


def write_export(data: bytes, path: str | Path | None, *, name: str, folder: Path) -> Path:
    """Write an export to ``path`` (a file, or a folder to put ``name`` in), else into ``folder``
    (made when missing); return the file written."""
    if path is None:
        target = folder / name
    else:
        target = Path(path).expanduser()
        if target.is_dir():
            target = target / name
        elif not target.parent.is_dir():
            raise InputError(
                f"There is no folder {target.parent}. Give an existing folder or a file in one."
            )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    except OSError as exc:
        raise InputError(f"I could not write {target}: {exc.strerror or exc}.") from None
    return target.resolve()
