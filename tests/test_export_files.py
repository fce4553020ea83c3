"""Writing exports from the console and the CLI: one helper for file names and targets."""

from __future__ import annotations

import pytest

from bot.errors import InputError
from bot.export_files import export_name, write_export


@pytest.mark.parametrize(
    ("channel", "expected"),
    [
        ("news", "news-history.md"),
        ("news.eu", "news.eu-history.md"),  # a dot inside a name stays
        ("../up/../and/out", "up-and-out-history.md"),  # no way out of the folder
        ("..", "local-history.md"),
        ("two words", "two-words-history.md"),
        ("déjà-vu", "déjà-vu-history.md"),
    ],
)
def test_export_name_is_safe_and_readable(channel, expected):
    assert export_name(channel, "history.md") == expected


def test_write_export_to_a_file_a_folder_or_the_default_folder(tmp_path):
    assert write_export(b"a", tmp_path / "x.md", name="n.md", folder=tmp_path) == tmp_path / "x.md"
    assert write_export(b"b", str(tmp_path), name="n.md", folder=tmp_path) == tmp_path / "n.md"
    default = tmp_path / "exports"
    written = write_export(b"c", None, name="n.md", folder=default)
    assert written == default / "n.md" and written.read_bytes() == b"c"


def test_write_export_errors_are_clear(tmp_path):
    with pytest.raises(InputError, match="There is no folder"):
        write_export(b"a", tmp_path / "missing" / "x.md", name="n.md", folder=tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="could not write"):
        write_export(b"a", None, name="n.md", folder=blocker / "sub")
