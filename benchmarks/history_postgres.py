"""PostgreSQL half of ``benchmarks/history.py``: bulk loading with COPY, sizes, scratch databases.

The bulk loader builds each row with the store's own row builders (``bot.storage.codec`` values,
``search_params`` for the search words) and computes the search vector with the store's own SQL
expression (``search_vector_sql``); rows go in with COPY through an unlogged staging table, and
the indexes are built once at the end.
"""

from __future__ import annotations

import json
import secrets
import sys
import time
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from bot.storage.codec import ARTICLE_CODEC, entry_values, scope_key
from bot.storage.postgres import PostgresHistoryStore
from bot.storage.postgres.rows import FIELDS, search_params, search_vector_sql
from bot.storage.postgres.search import config_for

STAGE_WORDS = ("w_title", "w_keywords", "w_quotes", "w_rest")


async def built_info(url: str) -> dict | None:
    """The build record of a benchmark database (None: not built). Refuses other databases."""
    conn = await asyncpg.connect(url)
    try:
        if await conn.fetchval("SELECT to_regclass('benchmark_build') IS NOT NULL"):
            return json.loads(await conn.fetchval("SELECT info FROM benchmark_build"))
        if await conn.fetchval("SELECT to_regclass('entries') IS NOT NULL"):
            raise SystemExit(f"{url}: the database holds a history: give an empty database")
        return None
    finally:
        await conn.close()


async def build(url: str, args, corpus, plan, scopes, pool: list[bytes], start_us, step_us) -> dict:
    """Load the synthetic history into the empty database at ``url``; return build figures."""
    store = await PostgresHistoryStore.open(url)  # the schema, migrated as the bot would
    configs = store._configs
    await store.close()
    conn = await asyncpg.connect(url)
    try:
        await conn.execute("SET maintenance_work_mem = '512MB'")
        await conn.execute("SET synchronous_commit = off")
        # every secondary index of entries (the migrations' own definitions), built after the load
        rows = await conn.fetch(
            "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index AS i "
            "JOIN pg_class AS c ON c.oid = i.indexrelid "
            "WHERE i.indrelid = 'entries'::regclass AND NOT i.indisprimary ORDER BY c.relname"
        )
        indexes = [row[1] for row in rows]
        for row in rows:
            await conn.execute(f'DROP INDEX "{row[0]}"')
        await conn.execute(
            "CREATE UNLOGGED TABLE bench_stage AS SELECT id, "
            + ", ".join(FIELDS)
            + ", ''::text AS config, "
            + ", ".join(f"''::text AS {w}" for w in STAGE_WORDS)
            + " FROM entries WITH NO DATA"
        )
        stage_columns = ["id", *FIELDS, "config", *STAGE_WORDS]
        move = (
            f"INSERT INTO entries (id, {', '.join(FIELDS)}, search_config, search) "
            f"OVERRIDING SYSTEM VALUE SELECT id, {', '.join(FIELDS)}, config::regconfig, "
            + search_vector_sql("config::regconfig", *STAGE_WORDS)
            + " FROM bench_stage"
        )
        keys = [scope_key(s) for s in scopes]
        t0 = time.perf_counter()
        used: set[str] = set()
        batch, articles = [], []
        for serial, channel in enumerate(plan):
            entry = corpus.entry(serial)
            values = entry_values(keys[channel], 0, entry, start_us + serial * step_us)
            config = config_for(values["language"], configs)
            used.add(config)
            batch.append((serial + 1, *search_params(values, config)))
            articles.append((serial + 1, ARTICLE_CODEC, pool[serial % len(pool)]))
            if len(batch) == 20_000 or serial == len(plan) - 1:
                async with conn.transaction():
                    await conn.copy_records_to_table(
                        "bench_stage", records=batch, columns=stage_columns
                    )
                    await conn.execute(move)
                    await conn.execute("TRUNCATE bench_stage")
                    await conn.copy_records_to_table(
                        "entry_articles", records=articles, columns=["entry_id", "codec", "body"]
                    )
                batch, articles = [], []
                elapsed = time.perf_counter() - t0
                print(
                    f"  built {serial + 1:>9,} entries  {(serial + 1) / elapsed:,.0f}/s",
                    file=sys.stderr,
                    flush=True,
                )
        load_seconds = time.perf_counter() - t0
        await conn.execute("DROP TABLE bench_stage")
        await conn.execute(
            "SELECT setval(pg_get_serial_sequence('entries', 'id'), (SELECT max(id) FROM entries))"
        )
        for config in used:
            await conn.execute("INSERT INTO search_configs (name) VALUES ($1::regconfig)", config)
        for statement in indexes:
            print(f"  {statement[:70]}...", file=sys.stderr, flush=True)
            await conn.execute(statement)
        await conn.execute("VACUUM (ANALYZE) entries")
        await conn.execute("VACUUM (ANALYZE) entry_articles")
        seconds = time.perf_counter() - t0
        info = {
            "entries": args.entries,
            "build_seconds": round(seconds, 1),
            "load_seconds": round(load_seconds, 1),
            "pool_seconds": 0.0,
            "name": args.name,
        }
        await conn.execute("CREATE TABLE benchmark_build (info text NOT NULL)")
        await conn.execute("INSERT INTO benchmark_build (info) VALUES ($1)", json.dumps(info))
        return info
    finally:
        await conn.close()


async def sizes(url: str, entries: int) -> dict:
    """Bytes per entry of each part of the database (table, search index, other indexes)."""
    conn = await asyncpg.connect(url)
    try:
        row = await conn.fetchrow(
            """
            WITH gin AS (
                SELECT coalesce(sum(pg_relation_size(i.indexrelid)), 0)::bigint AS size FROM pg_index AS i
                JOIN pg_class AS c ON c.oid = i.indexrelid JOIN pg_am AS a ON a.oid = c.relam
                WHERE i.indrelid = 'entries'::regclass AND a.amname = 'gin'
            )
            SELECT pg_table_size('entries') AS entries_table,
                   (SELECT size FROM gin) AS search,
                   pg_indexes_size('entries') - (SELECT size FROM gin) AS indexes,
                   pg_total_relation_size('entry_articles') AS articles,
                   pg_database_size(current_database()) AS total
            """
        )
        version = await conn.fetchval("SHOW server_version")
    finally:
        await conn.close()
    out = {
        "entries table (with its search vectors)": row["entries_table"] / entries,
        "search index (GIN)": row["search"] / entries,
        "entries indexes": row["indexes"] / entries,
        "articles (zlib)": row["articles"] / entries,
        "TOTAL (database size)": row["total"] / entries,
    }
    return {"version": version, "sizes": out}


async def scratch_database(url: str) -> str:
    """Create an empty database next to ``url`` (for the fresh-database insert runs)."""
    name = f"summarybot_bench_scratch_{secrets.token_hex(4)}"
    conn = await asyncpg.connect(url)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return urlunsplit(urlsplit(url)._replace(path="/" + name))


async def drop_database(url: str, scratch: str) -> None:
    conn = await asyncpg.connect(url)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{urlsplit(scratch).path[1:]}" WITH (FORCE)')
    finally:
        await conn.close()
