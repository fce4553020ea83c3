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
from bot.storage.postgres.schema import (
    KEYED_VECTOR_SQL,
    SIMPLE_CONFIG,
    STEMMERS,
    TEXT_SEARCH_PREFIX,
)
from bot.storage.query import SearchQuery, Term
from bot.storage.snippets import MARK_CLOSE, MARK_OPEN, search_hit
from bot.storage.tokens import word_count, words

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


def search_sql(tsquery: str, entry_columns: str, *, first: str | None, exact: bool) -> str:
    """The channel's newest ``$4`` matches (scope columns first), best ``ts_rank`` paged, with
    every match of the page's summaries and quotes marked by ``ts_headline``.

    The matches come from the search index's query ``$9`` (NULL: none, the walk decides),
    tested again on each row's own vector unless ``exact``. ``first`` tries a cheaper way
    before: ``"walk"`` walks the channel's newest ``$10`` entries testing each, ``"slices"``
    asks the index for the matches within the id blocks of ``$10`` (the index's query ANDed
    with blocks covering the channel's newest entries, up to id ``$11``; entries added since
    are read from the scope index). If that finds fewer than ``$4`` matches (and the walk did
    not read the whole channel), the channel's matches are read from the index after all.
    Every way finds the same rows. ``OFFSET 0`` keeps the walk a walk (the planner would
    rather read the whole table backwards), ``id + 0`` keeps the ordered scans out of the index
    read, and the scope's ``+ 0`` keeps the scope index out of it too (the keyed index already
    holds only the channel's words; ANDed with the scope index's list of the whole channel,
    the rows would be tested again one by one, computing the index expression for each).
    Only the ids of the matches are sorted; the window's rows are then read by their physical
    address to be ranked.

    Parameters: guild key, channel id, query text, window, limit, offset, rank weights,
    headline options, the index's query (then the first way's parameters).
    """
    rank = f"ts_rank($7::float4[], {{vector}}, ({tsquery}))"
    plain = f"e.search @@ ({tsquery})"
    index = KEYED_VECTOR_SQL.format(t="e.")

    def from_index(query: str, gate: str = "") -> str:
        test = "" if exact else f" AND {plain}"
        return f"""
            SELECT found.id, {rank.format(vector="found.search")} AS score
            FROM entries AS found
            WHERE found.ctid = ANY(ARRAY(
                SELECT e.ctid FROM entries AS e
                WHERE e.guild_key + 0 = $1 AND e.channel_id + 0 = $2
                  AND {index} @@ {query}{test}{gate}
                ORDER BY e.id + 0 DESC LIMIT $4
            ))"""

    fallback = " AND NOT (SELECT done FROM complete)"
    if first == "walk":
        stages = f"""
        tried AS MATERIALIZED (
            SELECT newest.id, {rank.format(vector="e.search")} AS score
            FROM (SELECT s.id FROM entries AS s WHERE s.guild_key = $1 AND s.channel_id = $2
                  ORDER BY s.id DESC LIMIT $10) AS newest
            CROSS JOIN LATERAL (
                SELECT r.search FROM entries AS r
                WHERE r.id = newest.id AND r.guild_key = $1 AND r.channel_id = $2
                  AND r.search @@ ({tsquery})
                OFFSET 0
            ) AS e
            ORDER BY newest.id DESC LIMIT $4
        ),
        complete AS MATERIALIZED (
            SELECT (SELECT count(*) FROM tried) >= $4 OR (
                SELECT count(*) FROM (
                    SELECT 1 FROM entries AS s WHERE s.guild_key = $1 AND s.channel_id = $2
                    LIMIT $10
                ) AS walkable
            ) < $10 AS done
        ),"""
    elif first == "slices":
        stages = f"""
        tried AS MATERIALIZED (
            SELECT id, score FROM ({from_index("($9::tsquery && $10::tsquery)")}
                UNION ALL
                SELECT e.id, {rank.format(vector="e.search")} AS score FROM entries AS e
                WHERE e.guild_key = $1 AND e.channel_id = $2 AND e.id >= $11 AND {plain}
            ) AS found ORDER BY id DESC LIMIT $4
        ),
        complete AS MATERIALIZED (SELECT (SELECT count(*) FROM tried) >= $4 AS done),"""
    else:
        stages = ""
    if stages:
        candidates = f"""{stages}
        candidates AS MATERIALIZED (
            SELECT id, score FROM tried WHERE (SELECT done FROM complete)
            UNION ALL
            {from_index("$9::tsquery", fallback)}
        )"""
    else:
        candidates = f"""
        candidates AS MATERIALIZED ({from_index("$9::tsquery")}
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
    """Whether the row's marked texts have one word per search word of its texts (the marked
    texts are words and marks separated by single spaces: their words are what split() gives)."""
    return all(
        len((row[marks] or "").split()) == word_count(row[column])
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
