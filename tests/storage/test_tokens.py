"""Search words, their index form, and snippets built from the index's highlights."""

from __future__ import annotations

import sqlite3
import unicodedata

from bot.storage.snippets import build_snippet, marked_words
from bot.storage.tokens import fold, scope_prefix, search_text, words

OPEN, CLOSE = "\ufdd0", "\ufdd1"


def test_fold_and_words():
    assert fold("Ñandú") == "nandu"
    assert fold("STRASSE") == fold("Straße") == "strasse"
    assert [w for _, _, w in words("Hello, wörld! 2024's café-bar 🌉 日本語")] == [
        "hello",
        "world",
        "2024",
        "s",
        "cafe",
        "bar",
        "日本語",
    ]
    assert words("") == [] and words("🌉 -- !!") == []
    # a run that folds into two words keeps the span of the original run
    assert words("a ½ b") == [(0, 1, "a"), (2, 3, "1"), (2, 3, "2"), (4, 5, "b")]


def test_search_text_prefixes_every_word():
    assert search_text(7, "The Bridge, café.") == "z00000007zthe z00000007zbridge z00000007zcafe"
    assert search_text(7, "") is None and search_text(7, None) is None
    assert search_text(None, "x") is None


def test_marked_words_follows_highlight_marks():
    assert marked_words(f"z1za {OPEN}z1zb{CLOSE} z1zc", OPEN, CLOSE) == [False, True, False]
    assert marked_words(f"{OPEN}z1za z1zb{CLOSE} z1zc {OPEN}z1zd{CLOSE}", OPEN, CLOSE) == [
        True,
        True,
        False,
        True,
    ]
    assert marked_words(None, OPEN, CLOSE) == []


def test_snippet_window_around_the_matches():
    text = " ".join(f"w{i}" for i in range(60)) + "."
    flags = [False] * 60
    flags[40] = True
    snippet, spans = build_snippet(text, flags, size=10, before=3)
    assert snippet.startswith("…w37 w38 w39 w40")
    assert snippet.endswith("w46…")
    assert [snippet[a:b] for a, b in spans] == ["w40"]
    start, _ = build_snippet(text, [False] * 60, size=5)
    assert start == "w0 w1 w2 w3 w4…"
    whole, marks = build_snippet("One bridge.\x1eTwo bridges.", [False, True, False, True])
    assert whole == "One bridge. Two bridges."
    assert [whole[a:b] for a, b in marks] == ["bridge", "bridges"]


def test_snippet_prefers_the_densest_cluster_and_survives_misalignment():
    text = " ".join(f"w{i}" for i in range(100))
    flags = [False] * 100
    for i in (5, 60, 62, 64):
        flags[i] = True
    snippet, spans = build_snippet(text, flags, size=12, before=2)
    assert [snippet[a:b] for a, b in spans] == ["w60", "w62", "w64"]
    plain, none = build_snippet(text, [True, True], size=5)
    assert none == () and plain.startswith("w0 ")


def _index_tokenizer() -> str:
    """The ``tokenize`` option of the store's search index, read from a fresh schema."""
    import asyncio
    import re
    import tempfile
    from pathlib import Path

    from bot.storage import SqliteHistoryStore

    async def schema(path: Path) -> str:
        async with await SqliteHistoryStore.open(path):
            pass
        conn = sqlite3.connect(path)
        try:
            return conn.execute(
                "SELECT sql FROM sqlite_schema WHERE name = 'entries_fts'"
            ).fetchone()[0]
        finally:
            conn.close()

    with tempfile.TemporaryDirectory() as folder:
        sql = asyncio.run(schema(Path(folder) / "h.db"))
    return re.search(r"tokenize\s*=\s*'([^']*)'", sql).group(1)


def test_every_letter_mark_and_number_is_split_as_fts5_splits_it():
    """Over every code point Unicode calls a letter, mark or number: the words Python makes of
    ``x<c>z00000001zbridge`` written in scope 2 are exactly the words FTS5 indexes, and every
    one of them carries scope 2's prefix, never scope 1's."""
    points = [
        cp
        for cp in range(0x110000)
        if unicodedata.category(chr(cp))[0] in "LMN" and not 0xD800 <= cp <= 0xDFFF
    ]
    assert len(points) > 135_000
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"CREATE VIRTUAL TABLE f USING fts5 (x, tokenize = '{_index_tokenizer()}')")
        conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab (f, instance)")
        expected = {}
        rows = []
        for cp in points:
            text = f"x{chr(cp)}z00000001zbridge {chr(cp)}"
            expected[cp] = len(words(text))
            rows.append((cp, search_text(2, text)))
        conn.executemany("INSERT INTO f (rowid, x) VALUES (?, ?)", rows)
        found: dict[int, int] = {}
        strays = []
        for doc, term in conn.execute("SELECT doc, term FROM v"):
            found[doc] = found.get(doc, 0) + 1
            if not term.startswith(scope_prefix(2)):
                strays.append((hex(doc), term))
    finally:
        conn.close()
    assert strays == []
    split = {
        hex(cp): (expected[cp], found.get(cp, 0))
        for cp in points
        if expected[cp] != found.get(cp, 0)
    }
    assert split == {}
    # the characters FTS5 splits at are separators on both sides
    assert [w for _, _, w in words("x\u19b0y\u1cf3z")] == ["x", "y", "z"]
