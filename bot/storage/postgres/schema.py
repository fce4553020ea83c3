"""PostgreSQL schema migrations: an append-only, numbered list, each in its own transaction.

Rules: never edit or reorder a released migration; add a new one with the next version number.
Each migration runs in one transaction together with the record of its version in
``schema_migrations``. Several processes may start at once: migrating happens under a
session-level advisory lock, so one process migrates while the others wait and then find the
work done. A database whose version is newer than the code knows is refused.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from bot.errors import StorageError

log = logging.getLogger(__name__)

# pg_advisory_lock key: "SUMB" (as SQLite's application id) shifted, plus 1 for migrations
MIGRATION_LOCK = (0x53554D42 << 8) | 1
TEXT_SEARCH_PREFIX = "summarybot_"
# Snowball stemmers PostgreSQL ships, by ISO 639-1 code (the languages the bot detects are codes).
STEMMERS = {
    "ar": "arabic",
    "hy": "armenian",
    "eu": "basque",
    "ca": "catalan",
    "da": "danish",
    "nl": "dutch",
    "en": "english",
    "fi": "finnish",
    "fr": "french",
    "de": "german",
    "el": "greek",
    "hi": "hindi",
    "hu": "hungarian",
    "id": "indonesian",
    "ga": "irish",
    "it": "italian",
    "lt": "lithuanian",
    "ne": "nepali",
    "no": "norwegian",
    "nb": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "es": "spanish",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}
SIMPLE_CONFIG = TEXT_SEARCH_PREFIX + "simple"
_WORD_TOKENS = (
    "asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, "
    "hword_numpart"
)


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


# Text search configurations: accents removed (unaccent) then stemmed by a Snowball stemmer with
# no stop-word list (as SQLite's index, every word is searchable: "the who" finds the band).
# One per language PostgreSQL has a stemmer for; summarybot_simple (no stemming) for the rest.
_CONFIGS = f"""
DO $$
DECLARE
    lang text;
BEGIN
    CREATE TEXT SEARCH CONFIGURATION {SIMPLE_CONFIG} (COPY = pg_catalog.simple);
    ALTER TEXT SEARCH CONFIGURATION {SIMPLE_CONFIG}
        ALTER MAPPING FOR {_WORD_TOKENS} WITH unaccent, simple;
    FOREACH lang IN ARRAY ARRAY[{", ".join(f"'{name}'" for name in sorted(set(STEMMERS.values())))}]
    LOOP
        IF EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = lang || '_stem') THEN
            EXECUTE format(
                'CREATE TEXT SEARCH DICTIONARY {TEXT_SEARCH_PREFIX}%s_stem '
                '(TEMPLATE = pg_catalog.snowball, Language = %s)', lang, lang);
            EXECUTE format(
                'CREATE TEXT SEARCH CONFIGURATION {TEXT_SEARCH_PREFIX}%s (COPY = pg_catalog.simple)',
                lang);
            EXECUTE format(
                'ALTER TEXT SEARCH CONFIGURATION {TEXT_SEARCH_PREFIX}%s ALTER MAPPING FOR '
                '{_WORD_TOKENS} WITH unaccent, {TEXT_SEARCH_PREFIX}%s_stem', lang, lang);
        END IF;
    END LOOP;
END
$$
"""

_V1 = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    _CONFIGS,
    # One row per stored summary, as in the SQLite store: guild_key is the guild id or -1 for a
    # DM; created_us is microseconds since the epoch (UTC); summary and keywords are lists
    # joined by the record separator; quotes and extra are JSON text. ``search`` holds the
    # entry's words for full-text search, stemmed with ``search_config`` (its language's).
    """
    CREATE TABLE entries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        guild_key bigint NOT NULL CHECK (guild_key >= -1),
        channel_id bigint NOT NULL CHECK (channel_id >= 0),
        created_us bigint NOT NULL,
        requester_id bigint,
        source text NOT NULL,
        canonical_url text,
        url_hash bigint,
        title text,
        site text,
        author text,
        date text,
        language text,
        method text,
        summary text NOT NULL,
        keywords text NOT NULL,
        quotes text NOT NULL,
        quotes_text text NOT NULL,
        words integer NOT NULL DEFAULT 0,
        sentences_total integer NOT NULL DEFAULT 0,
        reduction double precision NOT NULL DEFAULT 0,
        extra text NOT NULL DEFAULT '{}',
        search_config regconfig NOT NULL,
        search tsvector NOT NULL
    )
    """,
    # newest first within a scope (recent, count, and the search's newest-matches order)
    "CREATE INDEX entries_scope ON entries (guild_key, channel_id, id)",
    "CREATE INDEX entries_scope_time ON entries (guild_key, channel_id, created_us)",
    "CREATE INDEX entries_requester ON entries (requester_id) WHERE requester_id IS NOT NULL",
    "CREATE INDEX entries_url ON entries (url_hash) WHERE url_hash IS NOT NULL",
    # fastupdate off: every search would otherwise also read GIN's list of pending entries
    # (up to 4 MB) until a vacuum merges it; the bot adds a few entries a minute
    "CREATE INDEX entries_search ON entries USING gin (search) WITH (fastupdate = off)",
    """
    CREATE TABLE entry_articles (
        entry_id bigint PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
        codec text NOT NULL,
        body bytea NOT NULL
    )
    """,
    # The text search configurations entries were stored with: a search is stemmed with each.
    "CREATE TABLE search_configs (name regconfig PRIMARY KEY)",
    """
    CREATE TABLE channel_settings (
        guild_key bigint NOT NULL,
        channel_id bigint NOT NULL,
        autolink boolean NOT NULL DEFAULT true,
        length integer CHECK (length >= 1),
        method text,
        language text,
        retention_days integer CHECK (retention_days >= 1),
        updated_us bigint NOT NULL,
        PRIMARY KEY (guild_key, channel_id)
    )
    """,
)

# Version 2: users who asked to be left out of catch-ups, as in the SQLite store's version 4.
_V2 = (
    """
    CREATE TABLE opt_outs (
        user_id bigint PRIMARY KEY CHECK (user_id >= 0),
        created_us bigint NOT NULL
    )
    """,
)

# Version 3: scheduled digests, as SQLite's version 5 (bot.storage.migrations).
_V3 = (
    "ALTER TABLE channel_settings ADD COLUMN digest text CHECK (digest IN ('daily', 'weekly'))",
    "ALTER TABLE channel_settings ADD COLUMN digest_channel bigint CHECK (digest_channel >= 1)",
    "ALTER TABLE channel_settings ADD COLUMN digest_hour integer "
    "CHECK (digest_hour BETWEEN 0 AND 23)",
    "ALTER TABLE channel_settings ADD COLUMN digest_since_us bigint",
    "CREATE INDEX channel_settings_digest ON channel_settings (guild_key) WHERE digest IS NOT NULL",
    """
    CREATE TABLE digest_runs (
        guild_key bigint NOT NULL,
        channel_id bigint NOT NULL,
        due_us bigint NOT NULL,
        claimed_us bigint NOT NULL,
        claimer text NOT NULL,
        done_us bigint,
        outcome text,
        PRIMARY KEY (guild_key, channel_id, due_us)
    )
    """,
)

# Version 4: the search index holds each entry's channel beside its words (btree_gin), so a
# search reads only its channel's postings of a word instead of every channel's, then filtering
# them. (The channel must be compared as bigint, as the store's parameters are: btree_gin has no
# cross-type operators.)
_V4 = (
    "CREATE EXTENSION IF NOT EXISTS btree_gin",
    "CREATE INDEX entries_channel_search ON entries USING gin (channel_id, search) "
    "WITH (fastupdate = off)",
    "DROP INDEX entries_search",
    # a channel lies in one guild: without this the planner takes the guild and channel
    # conditions as independent and thinks a big channel small
    "CREATE STATISTICS IF NOT EXISTS entries_scope_stats (dependencies) ON guild_key, channel_id "
    "FROM entries",
    # keep the search vector in the row (the summary and quotes texts move out of line instead):
    # a search reads the vector of every row it tests and ranks, and a vector out of line costs
    # an extra index lookup and page per row (about 4 times slower). Rows written before this
    # migration move in when the table is rewritten (VACUUM FULL entries).
    "ALTER TABLE entries ALTER COLUMN search SET STORAGE MAIN",
)

# Version 5: the search index is keyed by channel, as SQLite's words carry their scope's prefix
# (bot.storage.tokens). An expression index holds, for each entry, its words as
# ``<channel key>~<lexeme>`` and each pair of neighbouring words as a bucket
# ``<channel key>^<3 hex digits>``, so a search reads only its own channel's postings: a common
# word's list is the channel's, a short prefix expands over the channel's words only, and a
# phrase of common words ("of the") reads the rows that hold its word pairs instead of every
# row holding both words. The row keeps its positional vector: the index gives candidates, and
# the vector decides (phrases, NOT). Each entry's id blocks are keys too (below), so a common
# word is read only where the channel's newest entries lie. The channel key is 5 hex digits of
# the guild and channel (a shared key only costs a few extra candidates: every search also
# compares the channel); pairs are hashed into 4,096 buckets per channel, which bounds the
# number of index keys. md5 (stable across PostgreSQL releases, unlike the internal hash
# functions) picks the bucket. Building the index reads every entry: about 10 minutes per
# million entries on a small machine. The index is larger than version 4's (per channel keys).
SEARCH_KEY_FUNCTION = """
CREATE FUNCTION summarybot_search_key(guild_key bigint, channel_id bigint) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT to_hex(mod(abs(guild_key::numeric * 1000003 + channel_id::numeric), 1048573)::int) $$
"""
SEARCH_KEYS_FUNCTION = """
CREATE FUNCTION summarybot_search_keys(vector tsvector, channel_key text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT array_to_tsvector(array(
        SELECT channel_key || '~' || word.lexeme FROM unnest(vector) AS word
        -- a key may hold 2,047 bytes; a word too long to keep with the channel's key is left
        -- out of the index (as to_tsvector leaves out longer words)
        WHERE octet_length(word.lexeme) + octet_length(channel_key) < 2047
        UNION
        SELECT channel_key || '^' || left(md5(a.lexeme || ' ' || b.lexeme), 3)
        FROM (SELECT w.lexeme, p FROM unnest(vector) AS w, unnest(w.positions) AS p) AS a
        JOIN (SELECT w.lexeme, p FROM unnest(vector) AS w, unnest(w.positions) AS p) AS b
          ON b.p = a.p + 1
    ))
$$
"""
# The index keys a search term needs, in to_tsquery syntax joined by &: the keys of its words
# (stemmed in ``config``) and of their pairs, and for a prefix term its last word as a prefix.
# NULL when the words have no lexemes in ``config``.
SEARCH_TERM_FUNCTION = """
CREATE FUNCTION summarybot_search_term(
    config regconfig, channel_key text, words text, prefix text
) RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
    SELECT nullif(concat_ws(' & ',
        (SELECT string_agg(quote_literal(k), ' & ')
         FROM unnest(tsvector_to_array(
             summarybot_search_keys(to_tsvector(config, words), channel_key))) AS k),
        (SELECT string_agg(quote_literal(channel_key || '~' || w.lexeme) || ':*', ' & ')
         FROM unnest(to_tsvector(config, prefix)) AS w
         WHERE octet_length(w.lexeme) + octet_length(channel_key) < 2047)
    ), '')
$$
"""
# Each entry is also indexed by the blocks of ids it lies in, ``<channel key>#<bits>.<block>``
# for blocks of 2**bits ids (``SLICE_BITS``): a search for a common word asks for the word in
# the blocks that hold the channel's newest entries, and reads only the rows there instead of
# every match of the channel (see bot.storage.postgres.slices).
SLICE_BITS = (12, 16, 20, 24)
SLICE_KEYS_FUNCTION = f"""
CREATE FUNCTION summarybot_slice_keys(channel_key text, id bigint) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT array_to_tsvector(array(
        SELECT channel_key || '#' || bits || '.' || (id >> bits)
        FROM unnest(ARRAY[{", ".join(str(b) for b in SLICE_BITS)}]) AS bits
    ))
$$
"""
# the index expression; ``{t}`` is the table's alias and a dot, or nothing
KEYED_VECTOR_SQL = (
    "(summarybot_search_keys({t}search, summarybot_search_key({t}guild_key, {t}channel_id))"
    " || summarybot_slice_keys(summarybot_search_key({t}guild_key, {t}channel_id), {t}id))"
)
_V5 = (
    SEARCH_KEY_FUNCTION,
    SEARCH_KEYS_FUNCTION,
    SEARCH_TERM_FUNCTION,
    SLICE_KEYS_FUNCTION,
    f"CREATE INDEX entries_keyed_search ON entries USING gin ({KEYED_VECTOR_SQL.format(t='')}) "
    "WITH (fastupdate = off)",
    "DROP INDEX entries_channel_search",
    # the planner's statistics of the new index expression
    "ANALYZE entries",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "entries, articles, full-text search, channel settings", _V1),
    Migration(2, "users left out of catch-ups", _V2),
    Migration(3, "scheduled digests: schedule settings and digest runs", _V3),
    Migration(4, "search index by channel (btree_gin)", _V4),
    Migration(5, "search index keyed by channel, with word pairs", _V5),
)

_BOOKKEEPING = """
    CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
    )
"""


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return migrations[-1].version if migrations else 0


async def current_version(conn) -> int:
    """The schema version recorded in the database (0: none yet)."""
    exists = await conn.fetchval("SELECT to_regclass('schema_migrations') IS NOT NULL")
    if not exists:
        return 0
    return int(await conn.fetchval("SELECT coalesce(max(version), 0) FROM schema_migrations"))


async def migrate(conn, *, label: str, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the schema up to date under the migration lock; return the version reached."""
    latest = latest_version(migrations)
    await conn.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK)
    try:
        await conn.execute(_BOOKKEEPING)
        version = await current_version(conn)
        if version > latest:
            raise StorageError(
                f"{label} was written by a newer summarybot (schema version {version}; this "
                f"version knows up to {latest}). Upgrade summarybot, or restore a backup."
            )
        for migration in migrations:
            if migration.version <= version:
                continue
            async with conn.transaction():
                for statement in migration.statements:
                    await conn.execute(statement)
                await conn.execute(
                    "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                    migration.version,
                    migration.name,
                )
            log.info(
                "history database migrated to version %d (%s)", migration.version, migration.name
            )
            version = migration.version
        return version
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK)
