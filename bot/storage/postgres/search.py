"""Full-text search on PostgreSQL: the query tree as a tsquery, and the words of an entry.

The words of an entry and of a query are the same search words the SQLite store indexes
(:func:`bot.storage.tokens.words`: letter and digit runs, case-folded, accents removed), joined
by spaces; PostgreSQL then stems them with the entry's language configuration (see
:mod:`bot.storage.postgres.schema`). A query term becomes quoted lexemes (only letters and
digits), so no user text reaches the tsquery syntax.
"""

from __future__ import annotations

import re

from bot.storage.base import SearchHit
from bot.storage.postgres.schema import SIMPLE_CONFIG, STEMMERS, TEXT_SEARCH_PREFIX
from bot.storage.query import SearchQuery, Term
from bot.storage.snippets import MARK_CLOSE, MARK_OPEN, marked_words, search_hit
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
    name = code if code in STEMMERS.values() else STEMMERS.get(code)  # "english" or "en"
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


def tsquery_sql(config_names: list[str], param: str = "$3") -> str:
    """The tsquery of ``param`` stemmed in each configuration entries were stored with.

    An entry's words were stemmed in one configuration, so it matches the query's version in
    that configuration (stemmed the same way); the versions are joined by OR.
    """
    names = [name for name in config_names if is_config_name(name)] or [SIMPLE_CONFIG]
    return " || ".join(f"to_tsquery('{name}', {param})" for name in names)


HEADLINE_OPTIONS = f"HighlightAll=true, StartSel={MARK_OPEN}, StopSel={MARK_CLOSE}"
# the search words of a text column in SQL: as word_text() for nearly every text (lower-cased
# letter and digit runs); where the two disagree on the number of words, the store asks again
# with word_text()'s own words (see marks_line_up)
_SQL_WORDS = "regexp_replace(lower({column}), '[^[:alnum:]]+', ' ', 'g')"


# How the newest matches of a channel are found (see search_sql): walking the channel's entries
# newest first reads about window / (share of the channel's entries that match) rows; the
# search index reads every match of the channel. The store picks the cheaper by the planner's
# own estimates (``ESTIMATE_SQL``), which cost a fraction of a millisecond.
ESTIMATE_SQL = """
    EXPLAIN (FORMAT JSON)
    SELECT 1 FROM entries AS e WHERE e.guild_key = $1 AND e.channel_id = $2 AND e.search @@ ({tsquery})
    UNION ALL
    SELECT 1 FROM entries AS e WHERE e.guild_key = $1 AND e.channel_id = $2
    UNION ALL
    SELECT 1 FROM entries AS e WHERE e.search @@ ({tsquery})
"""
# reading one entry's posting from the index costs about this fraction of reading its row
POSTING_COST = 0.05


def estimated_rows(plan: object) -> tuple[float, float, float]:
    """The estimated matches and entries of the channel, and matches in every channel, from
    ``ESTIMATE_SQL``'s JSON plan."""
    parts = plan[0]["Plan"]["Plans"]  # type: ignore[index]
    return tuple(float(part["Plan Rows"]) for part in parts[:3])  # type: ignore[return-value]


def walk_newest_first(matches: float, entries: float, everywhere: float, window: int) -> bool:
    """Whether walking the channel newest first reads less than the search index would.

    A walk reads about ``window * entries / matches`` rows (at most the channel); the index
    reads the channel's matching rows, and the postings of the query's words in every channel
    (many for a short prefix). Common words and small channels walk.
    """
    if matches <= 0:
        return False
    walk = min(entries, window * entries / matches)
    return walk < matches + POSTING_COST * everywhere


def walk_limit(matches: float, entries: float, window: int) -> int:
    """How many of the channel's newest entries a walk reads at most before it gives up and
    reads the index instead: four times what the estimate expects (an estimate can be far off:
    a word common in the database may be rare in one channel, a phrase of common words rare)."""
    return window + int(4 * window * entries / max(matches, 1.0))


def search_sql(tsquery: str, entry_columns: str, *, newest_first: bool) -> str:
    """The channel's newest ``$4`` matches (scope columns first), best ``ts_rank`` paged, with
    every match of the page's summaries and quotes marked by ``ts_headline``.

    ``newest_first``: walk the channel's newest ``$9`` entries (the scope index) testing each;
    if that finds fewer than ``$4`` matches in a channel that has more entries, read the
    channel's matches from the search index after all. Otherwise read them from the search index (channel and words) and sort them.
    Both find the same rows; ``OFFSET 0`` keeps the walk a walk (the planner would rather read
    the whole table backwards), and ``id + 0`` keeps the ordered scans out of the index read.

    Parameters: guild key, channel id, query text, window, limit, offset, rank weights,
    headline options (and the walk's limit).
    """
    rank = f"ts_rank($7::float4[], {{vector}}, ({tsquery}))"
    from_index = f"""
            SELECT id, {rank.format(vector="found.search")} AS score FROM (
                SELECT e.id, e.search FROM entries AS e
                WHERE e.guild_key = $1 AND e.channel_id = $2 AND e.search @@ ({tsquery}){{gate}}
                ORDER BY e.id + 0 DESC LIMIT $4
            ) AS found"""
    if newest_first:
        candidates = f"""
        walked AS MATERIALIZED (
            SELECT newest.id, {rank.format(vector="e.search")} AS score
            FROM (SELECT s.id FROM entries AS s WHERE s.guild_key = $1 AND s.channel_id = $2
                  ORDER BY s.id DESC LIMIT $9) AS newest
            CROSS JOIN LATERAL (
                SELECT r.search FROM entries AS r
                WHERE r.id = newest.id AND r.guild_key = $1 AND r.channel_id = $2
                  AND r.search @@ ({tsquery})
                OFFSET 0
            ) AS e
            ORDER BY newest.id DESC LIMIT $4
        ),
        complete AS MATERIALIZED (
            SELECT (SELECT count(*) FROM walked) >= $4 OR (
                SELECT count(*) FROM (
                    SELECT 1 FROM entries AS s WHERE s.guild_key = $1 AND s.channel_id = $2
                    LIMIT $9
                ) AS walkable
            ) < $9 AS done
        ),
        candidates AS MATERIALIZED (
            SELECT id, score FROM walked WHERE (SELECT done FROM complete)
            UNION ALL
            {from_index.format(gate=" AND NOT (SELECT done FROM complete)")}
        )"""
    else:
        candidates = f"""
        candidates AS MATERIALIZED ({from_index.format(gate="")}
        )"""
    return f"""
        WITH {candidates},
        top AS MATERIALIZED (
            SELECT id, score FROM candidates ORDER BY score DESC, id DESC LIMIT $5 OFFSET $6
        )
        SELECT top.score AS score, e.quotes_text AS quotes_text,
               e.search_config::text AS search_config, {entry_columns},
               ts_headline(e.search_config, {_SQL_WORDS.format(column="e.summary")},
                           ({tsquery}), $8) AS summary_marks,
               ts_headline(e.search_config, {_SQL_WORDS.format(column="e.quotes_text")},
                           ({tsquery}), $8) AS quotes_marks
        FROM top JOIN entries AS e ON e.id = top.id
        ORDER BY top.score DESC, top.id DESC
    """


def marks_line_up(row) -> bool:
    """Whether the row's marked texts have one word per search word of its texts."""
    return all(
        len(marked_words(row[marks], MARK_OPEN, MARK_CLOSE)) == len(words(row[column] or ""))
        for column, marks in (("summary", "summary_marks"), ("quotes_text", "quotes_marks"))
    )


async def headlines(conn, rows: list, tsquery: str, text: str) -> list[tuple[str, str]]:
    """``ts_headline`` of each row's summary and quotes words, every match marked."""
    options = HEADLINE_OPTIONS
    marked = await conn.fetch(
        f"""
        SELECT ts_headline(u.config::regconfig, u.summary, q.q, $4),
               ts_headline(u.config::regconfig, u.quotes, q.q, $4)
        FROM unnest($1::text[], $2::text[], $5::text[]) WITH ORDINALITY
             AS u(config, summary, quotes, n),
             (SELECT {tsquery} AS q) AS q
        ORDER BY u.n
        """,
        [row["search_config"] for row in rows],
        [word_text(row["summary"]) for row in rows],
        text,
        options,
        [word_text(row["quotes_text"]) for row in rows],
    )
    return [(r[0], r[1]) for r in marked]


def hits_from_rows(rows: list, marks: list[tuple[str, str]], offset: int) -> list[SearchHit]:
    """Search hits with snippets cut around the marked words (as the SQLite store cuts them)."""
    return [
        search_hit(row, summary_marks, quotes_marks, rank=position, score=float(row["score"]))
        for position, (row, (summary_marks, quotes_marks)) in enumerate(
            zip(rows, marks, strict=True), start=offset + 1
        )
    ]
