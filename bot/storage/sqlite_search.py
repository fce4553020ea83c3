"""Full-text search in the SQLite store: FTS5 over the scope's own words, best of the newest matches.

``SqliteSearch`` is mixed into ``SqliteHistoryStore``; it uses the store's ``_read`` and
``_scope_num`` and its ``search_window``.
"""

from __future__ import annotations

import logging
import sqlite3

from bot.errors import StorageError
from bot.models import Scope
from bot.storage.base import SearchHit, check_page
from bot.storage.codec import ENTRY_COLUMNS, MAX_ID, scope_key
from bot.storage.query import parse_query
from bot.storage.snippets import MARK_CLOSE, MARK_OPEN, search_hit

log = logging.getLogger(__name__)

SEARCH_WINDOW = 2_000

# Candidates are the newest SEARCH_WINDOW matches of the channel, ranked by bm25: this bounds
# the cost of a search for a very common word in a very big channel (see search()). The scope is
# checked on each match before the window's LIMIT (the entries' primary key, one lookup per
# match), so no other channel's rows can take a place in the window or on a page, whatever words
# they hold; the scope prefix of the index words keeps the matches of other channels from being
# read at all. The page's
# highlights come from one more pass of the same match over the rowid range of the page (its rows
# are among the newest matches, so the pass reads at most the window again): looking each row up
# with its own MATCH would set the query up again per row, which for a prefix the main index
# answers means merging all the prefix's words again, once per hit.
_SEARCH_SQL = f"""
WITH candidates AS MATERIALIZED (
    SELECT f.rowid AS id, f.rank AS score FROM entries_fts AS f
    CROSS JOIN entries AS s INDEXED BY entries_id_scope ON s.id = f.rowid
    WHERE entries_fts MATCH :match AND s.guild_key = :guild AND s.channel_id = :channel
    ORDER BY f.rowid DESC LIMIT :window
),
top AS MATERIALIZED (
    SELECT id, score FROM candidates ORDER BY score, id DESC LIMIT :limit OFFSET :offset
),
marks AS MATERIALIZED (
    SELECT rowid AS id,
           highlight(entries_fts, 1, :open, :close) AS summary_marks,
           highlight(entries_fts, 3, :open, :close) AS quotes_marks
    FROM entries_fts
    WHERE entries_fts MATCH :match
      AND rowid >= (SELECT coalesce(min(id), {MAX_ID}) FROM top)
      AND rowid <= (SELECT coalesce(max(id), 0) FROM top)
      AND +rowid IN (SELECT id FROM top)
)
SELECT
    top.score AS score,
    marks.summary_marks AS summary_marks,
    marks.quotes_marks AS quotes_marks,
    e.quotes_text AS quotes_text,
    {ENTRY_COLUMNS}
FROM top
CROSS JOIN marks ON marks.id = top.id
CROSS JOIN entries AS e ON e.id = top.id
WHERE e.guild_key = :guild AND e.channel_id = :channel
ORDER BY top.score, top.id DESC
"""


class SqliteSearch:
    """``search`` for the SQLite store."""

    async def search(
        self, scope: Scope, query: str, *, limit: int = 10, offset: int = 0
    ) -> list[SearchHit]:
        """Ranked full-text search of the scope's titles, summaries, keywords, quotes and sites.

        Words must all match; ``"phrases"``, ``prefix*``, ``OR``, ``NOT`` and ``-word`` work.
        A query with nothing searchable in it raises a friendly ``StorageError``. Results are
        the best (bm25) of the channel's newest ``SEARCH_WINDOW`` matching entries, so a very
        common word in a very big channel stays fast; entries come without article text.
        """
        key = scope_key(scope)
        check_page(limit, offset)
        parsed = parse_query(query)
        num = await self._scope_num(key)
        if num is None:
            return []
        match = parsed.to_fts5(num)
        params = {
            "match": match,
            "window": self.search_window,
            "limit": limit,
            "offset": offset,
            "open": MARK_OPEN,
            "close": MARK_CLOSE,
            "guild": key[0],
            "channel": key[1],
        }
        try:
            rows = await self._read(_SEARCH_SQL, params)
        except StorageError as error:
            cause = error.__cause__
            if isinstance(cause, sqlite3.OperationalError) and "fts5" in str(cause).lower():
                log.error("search query %r rendered as %r failed: %s", query, match, cause)
                raise StorageError(
                    "I could not understand that search. Try plain words."
                ) from cause
            raise
        return [
            search_hit(
                row,
                row["summary_marks"],
                row["quotes_marks"],
                rank=position,
                score=-float(row["score"]),
            )
            for position, row in enumerate(rows, start=offset + 1)
        ]
