"""How a PostgreSQL search finds the newest matches of a channel: the search index's query
for a search (keyed by channel, see the schema's version 5), and the cheaper way to the window
of newest matches: the index within the id blocks of the channel's newest entries, or the
index over the whole channel. A query the index cannot narrow walks the channel."""

from __future__ import annotations

import json
from dataclasses import dataclass

from bot.storage.postgres.schema import SIMPLE_CONFIG
from bot.storage.postgres.search import is_config_name, tsquery_sql
from bot.storage.postgres.slices import (
    cover_end,
    newest_blocks,
    slice_query,
)
from bot.storage.query import SearchQuery, Term
from bot.storage.tokens import words

# How the newest matches of a channel are found (see search_sql): the search index (keyed by
# channel, see the schema's version 5) reads every match of the channel, or, within the id
# blocks of its newest entries, about SLICE_MARGIN windows of them. Which one, and how many
# blocks, follows from the share of matches among the channel's newest SAMPLE entries (tested
# one by one: far closer than the planner's estimates for prefixes and phrases) and the
# planner's estimate of the channel's entries (``ESTIMATE_SQL``, a fraction of a millisecond).
ESTIMATE_SQL = """
    EXPLAIN (FORMAT JSON)
    SELECT 1 FROM entries AS e WHERE e.guild_key = $1 AND e.channel_id = $2 AND e.search @@ ({tsquery})
    UNION ALL
    SELECT 1 FROM entries AS e WHERE e.guild_key = $1 AND e.channel_id = $2
"""


def estimated_rows(plan: object) -> tuple[float, float]:
    """The estimated matches and entries of the channel, from ``ESTIMATE_SQL``'s JSON plan."""
    parts = plan[0]["Plan"]["Plans"]  # type: ignore[index]
    return float(parts[0]["Plan Rows"]), float(parts[1]["Plan Rows"])


# a walk's limit that reads every entry of any channel
WALK_EVERYTHING = 2**62
# the plan of a search no entry can match (its words have no lexemes): no query is run
NOTHING = "nothing"


# The index keys of each term of a query (see the schema's summarybot_search_term), in each
# configuration entries were stored with: $3 configurations, $4 the terms' full words, $5 their
# prefix words ('' for none); with the channel's key, its newest and oldest ids, and how many
# of its newest entries match ($6 the query text).
TERM_KEYS_SQL = """
    SELECT t.i::int AS i, c.name AS config,
           summarybot_search_term(c.name::regconfig, summarybot_search_key($1, $2), t.words, t.prefix)
               AS keys,
           summarybot_search_key($1, $2) AS channel_key,
           (SELECT max(e.id) FROM entries AS e WHERE e.guild_key = $1 AND e.channel_id = $2)
               AS newest,
           (SELECT min(e.id) FROM entries AS e WHERE e.guild_key = $1 AND e.channel_id = $2)
               AS oldest,
           (SELECT count(*) FROM newest WHERE newest.search @@ ({tsquery})) AS sampled,
           (SELECT count(*) FROM newest) AS sample_size
    FROM unnest($3::text[]) AS c(name), unnest($4::text[], $5::text[]) WITH ORDINALITY AS t(words, prefix, i)
"""
# the channel's newest entries, whose share of matches tells how far back the window reaches
# (testing them costs about a millisecond in a big channel; $7 false skips it)
SAMPLE = 200
SAMPLE_SQL = f"""
    WITH newest AS MATERIALIZED (
        SELECT s.search FROM entries AS s WHERE s.guild_key = $1 AND s.channel_id = $2 AND $7
        ORDER BY s.id DESC LIMIT {SAMPLE}
    )"""


def positive_groups(query: SearchQuery) -> list[list[int]] | None:
    """The query as OR-groups of the indexes (into ``query.items``) of the terms each group
    needs; excluded (NOT) terms are left out. None when a group needs no term at all (only
    exclusions): the index cannot narrow such a query."""
    groups: list[list[int]] = [[]]
    negate = False
    for index, item in enumerate(query.items):
        if item == "OR":
            groups.append([])
        elif item == "NOT":
            negate = True
        elif isinstance(item, Term):
            if not negate:
                groups[-1].append(index)
            negate = False
    return groups if all(groups) else None


def term_words(term: Term) -> tuple[str, str]:
    """A term's full words and its prefix word ('' unless the term ends in ``*``)."""
    found = [word for _, _, word in words(term.text)]
    if term.prefix and found:
        return " ".join(found[:-1]), found[-1]
    return " ".join(found), ""


def keyed_query_text(
    groups: list[list[int]], keys: dict[tuple[str, int], str | None], configs: list[str]
) -> str:
    """The index's query (to_tsquery syntax) from each term's keys in each configuration: the
    groups' needed terms ANDed, the groups ORed, the configurations ORed. It finds every entry
    the full query finds (and maybe more: the entry's own vector decides). A term with no keys
    in a configuration (words it keeps no lexeme of) is left out, as to_tsquery leaves it out
    of the full query, and so is a group left with no term; '' when nothing is left: no entry
    can match."""
    alternatives = []
    for config in configs:
        for group in groups:
            needed = [k for k in (keys.get((config, index)) for index in group) if k]
            if needed:
                alternatives.append(" & ".join(f"({k})" for k in needed))
    return " | ".join(f"({a})" for a in alternatives)


def keyed_is_exact(query: SearchQuery, groups: list[list[int]] | None) -> bool:
    """Whether the index's query finds exactly the entries the full query finds: no
    exclusions, and every term one word (a phrase's pairs only narrow its candidates)."""
    return (
        groups is not None
        and "NOT" not in query.items
        and all(len(words(item.text)) == 1 for item in query.items if isinstance(item, Term))
    )


@dataclass(frozen=True, slots=True)
class SearchPlan:
    """How one search runs: ``search_sql``'s options and its parameters after the eighth."""

    tsquery: str  # the plain query in SQL (each configuration's version ORed)
    first: str | None  # "walk", "slices" or None (see search_sql), or NOTHING
    exact: bool
    params: tuple


async def plan_search(
    conn, key: tuple[int, int], query: SearchQuery, text: str, configs: list[str], window: int
) -> SearchPlan:
    """Two quick round trips: the planner's estimates of the channel's matches and entries,
    then the index's keys of the query's terms (with the channel's key, id range and, where
    the estimate is not to be trusted, the matches among its newest entries)."""
    configs = [name for name in configs if is_config_name(name)] or [SIMPLE_CONFIG]
    tsquery = tsquery_sql(configs)
    groups = positive_groups(query)
    if groups is None:  # nothing for the index to narrow: walk the whole channel
        return SearchPlan(tsquery, "walk", False, (None, WALK_EVERYTHING))
    exact = keyed_is_exact(query, groups)
    plan = await conn.fetchval(ESTIMATE_SQL.format(tsquery=tsquery), *key, text)
    estimated, entries = estimated_rows(json.loads(plan))
    # the planner knows a word's share well; a prefix's or a phrase's, or one that may reach
    # slices, is counted among the newest entries
    sample = (
        not exact
        or estimated >= window
        or any(isinstance(item, Term) and item.prefix for item in query.items)
    )
    needed = sorted({index for group in groups for index in group})
    full, prefix = zip(*(term_words(query.items[index]) for index in needed), strict=True)
    rows = await conn.fetch(
        SAMPLE_SQL + TERM_KEYS_SQL.format(tsquery=tsquery_sql(configs, "$6")),
        *key,
        configs,
        list(full),
        list(prefix),
        text,
        sample,
    )
    keys = {(row["config"], needed[row["i"] - 1]): row["keys"] for row in rows}
    keyed = keyed_query_text(groups, keys, configs)
    if not keyed:  # no term has a word the configurations keep: nothing can match
        return SearchPlan(tsquery, NOTHING, True, ())
    top = rows[0]
    matches = estimated
    if sample:
        matches = sampled_matches(top["sampled"], top["sample_size"], estimated, entries)
    blocks = newest_blocks(
        newest=top["newest"] or 0,
        oldest=top["oldest"] or 0,
        entries=entries,
        matches=matches,
        window=window,
    )
    if blocks:
        sliced = slice_query(top["channel_key"], blocks)
        return SearchPlan(tsquery, "slices", exact, (keyed, sliced, cover_end(blocks)))
    return SearchPlan(tsquery, None, exact, (keyed,))


def sampled_matches(sampled: int, sample_size: int, estimated: float, entries: float) -> float:
    """The channel's matches as its newest entries show them: their share of the channel's
    entries, all of a channel no bigger than the sample, and for none in a full sample fewer
    than one in SAMPLE (at most the planner's estimate)."""
    if sample_size < SAMPLE:
        return float(sampled)
    if sampled:
        return sampled / sample_size * max(entries, sample_size)
    return min(estimated, max(entries, sample_size) / SAMPLE)
