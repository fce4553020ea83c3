"""Benchmark the history store at scale, on SQLite or PostgreSQL.

Builds (once) a database of synthetic entries spread over many channels with one big channel,
then measures through the store's public API: search latency in the big channel and in a small
one, recent-listing latency, get and find_by_url latency, insert throughput of ``add()``, and
bytes per entry.

    .venv/bin/python benchmarks/history.py                      # 1,000,000 entries, 1,000 channels
    .venv/bin/python benchmarks/history.py --entries 50000 --channels 100 --big-channel 5000
    createdb -h 127.0.0.1 -U postgres summarybot_bench
    .venv/bin/python benchmarks/history.py --database postgresql://postgres@127.0.0.1/summarybot_bench

Without ``--database`` (or with an SQLite path or ``sqlite:///`` URL) the SQLite file is cached
under benchmarks/out/. A PostgreSQL database must be empty the first time; it is bulk-loaded
with COPY (see benchmarks/history_postgres.py) and reused by later runs with the same sizes and
seed (opening the store migrates it first, so schema changes are measured on the same data);
drop it with ``dropdb`` when done.

The synthetic text uses a Zipf-distributed vocabulary of made-up words; articles (stored
compressed, never indexed) come from a pool of generated texts, each entry storing its own copy.
The bulk loader inserts with the store's own SQL and row builder (``bot.storage.codec``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.config import database_target  # noqa: E402
from bot.models import Quote, Scope  # noqa: E402
from bot.storage import NewEntry, SqliteHistoryStore, open_history_store  # noqa: E402
from bot.storage.codec import (  # noqa: E402
    ARTICLE_CODEC,
    INSERT_ARTICLE_SQL,
    INSERT_ENTRY_SQL,
    SCOPE_NUM_SQL,
    compress_article,
    entry_params,
    scope_key,
)
from bot.storage.db import configure_sync  # noqa: E402
from bot.storage.migrations import latest_version  # noqa: E402

GENERATOR_VERSION = 2
VOCABULARY = 30_000
ARTICLE_POOL = 2_000
BATCH = 20_000
OUT = ROOT / "benchmarks" / "out"
_SYLLABLES = (
    "ba be bi bo bu da de di do du fa fe fi fo ga ge go ka ke ki ko ku la le li lo lu ma me mi "
    "mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo "
    "za ze zo bra bri dro fla fre gri kla pla pro sta stri tra tre vra "
    "an en in on ar er or al el il ol am em im as es is os"
).split()


@dataclass
class Corpus:
    """Deterministic synthetic text: Zipf word frequencies, names, sites."""

    rng: np.random.Generator
    words: list[str]
    cum: np.ndarray
    names: list[str]
    sites: list[str]

    @classmethod
    def make(cls, seed: int) -> Corpus:
        rng = np.random.default_rng(seed)
        words: list[str] = []
        seen: set[str] = set()
        while len(words) < VOCABULARY:
            n = int(rng.integers(1, 5))
            word = "".join(_SYLLABLES[i] for i in rng.integers(0, len(_SYLLABLES), n))
            if len(word) >= 3 and word not in seen:
                seen.add(word)
                words.append(word)
        weights = 1.0 / np.arange(1, VOCABULARY + 1) ** 1.05
        cum = np.cumsum(weights / weights.sum())
        names = [f"{w[:1].upper()}{w[1:]}" for w in words[3000:3600]]
        sites = [f"{w}.example" for w in words[1000:1300]]
        return cls(rng, words, cum, names, sites)

    def draw(self, count: int) -> np.ndarray:
        return np.searchsorted(self.cum, self.rng.random(count))

    def sentence(self, idx: np.ndarray) -> str:
        text = " ".join(self.words[i] for i in idx)
        return text[:1].upper() + text[1:] + "."

    def sentences(self, count: int, lo: int, hi: int) -> list[str]:
        lengths = self.rng.integers(lo, hi + 1, count)
        flat = self.draw(int(lengths.sum()))
        out, pos = [], 0
        for n in lengths:
            out.append(self.sentence(flat[pos : pos + n]))
            pos += n
        return out

    def article(self) -> str:
        paragraphs = []
        for _ in range(int(self.rng.integers(5, 12))):
            paragraphs.append(" ".join(self.sentences(int(self.rng.integers(3, 6)), 8, 24)))
        return "\n\n".join(paragraphs)

    def entry(self, serial: int) -> NewEntry:
        rng = self.rng
        site = self.sites[int(rng.integers(len(self.sites)))]
        title_idx = self.draw(int(rng.integers(5, 11)))
        slug = "-".join(self.words[i] for i in title_idx[:4])
        url = f"https://{site}/{2023 + serial % 3}/{slug}-{serial}"
        quotes = tuple(
            Quote(
                self.sentence(self.draw(int(rng.integers(8, 21)))),
                self.names[int(rng.integers(len(self.names)))],
            )
            for _ in range(int(rng.integers(0, 4)))
        )
        keywords = tuple(dict.fromkeys(self.words[int(i)] for i in rng.integers(200, 8000, 6)))
        words = int(rng.integers(300, 2000))
        return NewEntry(
            source=url,
            canonical_url=url,
            title=" ".join(self.words[i] for i in title_idx).capitalize(),
            site=site,
            author=self.names[int(rng.integers(len(self.names)))],
            date=f"{2023 + serial % 3}-{1 + serial % 12:02d}-{1 + serial % 28:02d}",
            language="en",
            summary=tuple(self.sentences(5, 12, 25)),
            quotes=quotes,
            keywords=keywords,
            words=words,
            sentences_total=words // 20,
            reduction=0.8,
            method=("default", "lexrank", "textrank", "lsa")[serial % 4],
            requester_id=100_000 + int(rng.integers(5_000)),
            extra={"summary_words": 110},
        )


def scopes(channels: int) -> list[Scope]:
    """Channel 0 is the big one; 50 channels per guild."""
    return [Scope(guild_id=1 + c // 50, channel_id=10_000 + c) for c in range(channels)]


def channel_plan(entries: int, channels: int, big: int, rng: np.random.Generator) -> np.ndarray:
    """Channel index of each entry in insertion order (channels interleave over time)."""
    rest = entries - big
    small = (
        np.arange(1, channels).repeat(rest // (channels - 1) + 1)[:rest]
        if channels > 1
        else np.array([], int)
    )
    plan = np.concatenate([np.zeros(big, dtype=np.int64), small.astype(np.int64)])
    rng.shuffle(plan)
    return plan


async def _create_schema(path: Path) -> None:
    store = await SqliteHistoryStore.open(path)
    await store.close()


START_US = 1_672_531_200_000_000  # 2023-01-01


def prepare(args: argparse.Namespace) -> tuple[Corpus, list[bytes], np.ndarray, int, float]:
    """The corpus, the article pool, the channel plan, the time step; and the pool's seconds."""
    corpus = Corpus.make(args.seed)
    t0 = time.perf_counter()
    pool = [compress_article(corpus.article()) for _ in range(ARTICLE_POOL)]
    pool_seconds = time.perf_counter() - t0
    plan = channel_plan(args.entries, args.channels, args.big_channel, corpus.rng)
    step_us = (2 * 365 * 86_400_000_000) // max(1, args.entries)
    return corpus, pool, plan, step_us, pool_seconds


def build_postgres(url: str, args: argparse.Namespace) -> dict:
    """Bulk-load the empty PostgreSQL database at ``url`` (COPY); return build figures."""
    import history_postgres

    corpus, pool, plan, step_us, _ = prepare(args)
    return asyncio.run(
        history_postgres.build(
            url, args, corpus, plan, scopes(args.channels), pool, START_US, step_us
        )
    )


def build(path: Path, args: argparse.Namespace) -> dict:
    """Bulk-load the database with the store's own insert SQL; return build figures."""
    tmp = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    asyncio.run(_create_schema(tmp))
    corpus, pool, plan, step_us, pool_seconds = prepare(args)
    keys = [scope_key(s) for s in scopes(args.channels)]
    conn = sqlite3.connect(tmp, isolation_level=None)
    configure_sync(conn, synchronous="OFF")
    conn.execute("PRAGMA cache_size = -1000000")  # bulk load only: 1 GB page cache
    nums = [conn.execute(SCOPE_NUM_SQL, key).fetchone()[0] for key in keys]
    start_us = START_US
    t0 = time.perf_counter()
    conn.execute("BEGIN")
    for serial, channel in enumerate(plan):
        entry = corpus.entry(serial)
        cursor = conn.execute(
            INSERT_ENTRY_SQL,
            entry_params(keys[channel], nums[channel], entry, start_us + serial * step_us),
        )
        conn.execute(
            INSERT_ARTICLE_SQL, (cursor.lastrowid, ARTICLE_CODEC, pool[serial % ARTICLE_POOL])
        )
        if (serial + 1) % BATCH == 0:
            conn.execute("COMMIT")
            elapsed = time.perf_counter() - t0
            print(
                f"  built {serial + 1:>9,} entries  {(serial + 1) / elapsed:,.0f}/s",
                file=sys.stderr,
                flush=True,
            )
            conn.execute("BEGIN")
    conn.execute("COMMIT")
    seconds = time.perf_counter() - t0
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA optimize")
    conn.close()
    os.replace(tmp, path)
    info = {
        "entries": args.entries,
        "build_seconds": round(seconds, 1),
        "pool_seconds": round(pool_seconds, 1),
    }
    path.with_suffix(".json").write_text(json.dumps(info))
    return info


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    ms = np.array(samples) * 1000
    return float(np.percentile(ms, 50)), float(np.percentile(ms, 99)), float(ms.max())


def make_queries(corpus: Corpus, summaries: list[str], count: int) -> dict[str, list[str]]:
    """Query kinds users type, drawn from the vocabulary's frequency bands."""
    rng = np.random.default_rng(7)
    w = corpus.words

    def band(lo: int, hi: int) -> str:
        return w[int(rng.integers(lo, hi))]

    rank = {word: i for i, word in enumerate(w)}
    pairs = []
    for sentence in summaries:
        words = sentence.rstrip(".").lower().split()
        pairs += list(zip(words, words[1:], strict=False))
    content_pairs = [p for p in pairs if min(rank[p[0]], rank[p[1]]) >= 100]
    stop_pairs = [p for p in pairs if max(rank[p[0]], rank[p[1]]) < 30]

    def phrase(source: list[tuple[str, str]]) -> str:
        a, b = source[int(rng.integers(len(source)))]
        return f'"{a} {b}"'

    kinds = {
        "rare word": lambda: band(5_000, VOCABULARY),
        "mid word": lambda: band(500, 5_000),
        "common word": lambda: band(100, 500),
        "top-30 word": lambda: band(0, 30),
        "two words": lambda: f"{band(300, 3_000)} {band(300, 3_000)}",
        "phrase": lambda: phrase(content_pairs),
        "stopword phrase": lambda: phrase(stop_pairs),
        "prefix*": lambda: band(500, 5_000)[:4] + "*",  # 4 letters
        "a OR b": lambda: f"{band(500, 5_000)} OR {band(500, 5_000)}",
        "a -b": lambda: f"{band(300, 3_000)} -{band(300, 3_000)}",
        # other prefix lengths (appended, so the kinds above keep their queries)
        "prefix* 2 letters": lambda: band(500, 5_000)[:2] + "*",
        "prefix* 3 letters": lambda: band(500, 5_000)[:3] + "*",
        "prefix* 6 letters": lambda: band(500, 5_000)[:6] + "*",
    }
    return {name: [make() for _ in range(count)] for name, make in kinds.items()}


async def measure(database: str, args: argparse.Namespace) -> dict:
    """Latencies and throughputs through the store's API (``database``: a path or a URL)."""
    corpus = Corpus.make(args.seed)
    all_scopes = scopes(args.channels)
    big, small = all_scopes[0], all_scopes[-1]
    results: dict = {}
    store = await open_history_store(database)
    try:
        big_count, small_count = await store.count(big), await store.count(small)
        results["channel_sizes"] = {"big": big_count, "small": small_count}
        sample = await store.recent(big, limit=100)
        queries = make_queries(corpus, [s for e in sample for s in e.summary], args.queries)
        search: dict[str, dict] = {}
        for label, scope in (("big", big), ("small", small)):
            overall: list[float] = []
            for kind, qs in queries.items():
                await store.search(scope, qs[0])  # warm
                times, found = [], []
                for q in qs:
                    t = time.perf_counter()
                    hits = await store.search(scope, q)
                    times.append(time.perf_counter() - t)
                    found.append(len(hits))
                overall += times
                p50, p99, mx = percentiles(times)
                search[f"{label}/{kind}"] = {
                    "p50": p50,
                    "p99": p99,
                    "max": mx,
                    "mean_hits": statistics.mean(found),
                }
            p50, p99, mx = percentiles(overall)
            search[f"{label}/ALL"] = {"p50": p50, "p99": p99, "max": mx, "mean_hits": None}
        results["search"] = search

        rng = np.random.default_rng(3)
        listing: dict[str, dict] = {}
        for label, scope, offsets in (
            ("big, first page", big, [0] * args.queries),
            ("big, random page <= 1000", big, list(rng.integers(0, 1000, args.queries))),
            ("small, first page", small, [0] * args.queries),
        ):
            times = []
            for off in offsets:
                t = time.perf_counter()
                await store.recent(scope, limit=10, offset=int(off))
                times.append(time.perf_counter() - t)
            listing[label] = dict(zip(("p50", "p99", "max"), percentiles(times), strict=True))
        t = time.perf_counter()
        await store.count(big)
        listing["count(big)"] = {"p50": (time.perf_counter() - t) * 1000, "p99": None, "max": None}
        results["recent"] = listing

        lookups: dict[str, dict] = {}
        entries = await store.recent(big, limit=100, offset=500)
        times_get, times_url, times_miss = [], [], []
        for e in entries:
            t = time.perf_counter()
            await store.get(big, e.id)
            times_get.append(time.perf_counter() - t)
            t = time.perf_counter()
            found = await store.find_by_url(big, e.canonical_url)
            times_url.append(time.perf_counter() - t)
            assert found is not None and found.id == e.id
            t = time.perf_counter()
            assert await store.find_by_url(small, e.canonical_url) is None
            times_miss.append(time.perf_counter() - t)
        for label, times in (
            ("get (with article)", times_get),
            ("find_by_url hit", times_url),
            ("find_by_url miss", times_miss),
        ):
            lookups[label] = dict(zip(("p50", "p99", "max"), percentiles(times), strict=True))
        results["lookups"] = lookups

        # add() into the big database (a scratch channel), then delete and purge it again
        scratch = Scope(guild_id=999_999, channel_id=999_999)
        new = [corpus.entry(10_000_000 + i) for i in range(args.add_sample)]
        t = time.perf_counter()
        added = [await store.add(scratch, e) for e in new]
        add_big = len(new) / (time.perf_counter() - t)
        times_del = []
        for e in added[:50]:
            t = time.perf_counter()
            await store.delete(scratch, e.id, user_id=0, is_moderator=True)
            times_del.append(time.perf_counter() - t)
        t = time.perf_counter()
        purged = await store.purge_channel(scratch)
        purge_rate = purged / (time.perf_counter() - t)
        results["writes"] = {
            "add() into big db, entries/s": add_big,
            "delete() p50 ms": percentiles(times_del)[0],
            "purge_channel entries/s": purge_rate,
        }
    finally:
        await store.close()

    if database_target(database).kind == "postgresql":
        await _fresh_adds_postgres(database, new, results)
        return results
    # add() throughput on a fresh file, sequential and with 8 concurrent tasks
    fresh = OUT / "history-add-sample.db"
    for mode in ("FULL", "NORMAL"):
        for suffix in ("", "-wal", "-shm"):
            Path(str(fresh) + suffix).unlink(missing_ok=True)
        store = await SqliteHistoryStore.open(fresh, synchronous=mode)
        try:
            scope = Scope(guild_id=1, channel_id=1)
            t = time.perf_counter()
            for e in new:
                await store.add(scope, e)
            results["writes"][f"add() fresh db sync={mode}, entries/s"] = len(new) / (
                time.perf_counter() - t
            )
            t = time.perf_counter()
            await asyncio.gather(*(store.add(scope, e) for e in new))
            results["writes"][f"add() fresh db sync={mode}, 8+ concurrent tasks, entries/s"] = len(
                new
            ) / (time.perf_counter() - t)
        finally:
            await store.close()
    return results


async def _fresh_adds_postgres(url: str, new: list[NewEntry], results: dict) -> None:
    """add() throughput on a fresh PostgreSQL database, sequential and concurrent (pool of 10)."""
    import history_postgres

    scratch = await history_postgres.scratch_database(url)
    try:
        store = await open_history_store(scratch, pool_size=10)
        try:
            scope = Scope(guild_id=1, channel_id=1)
            t = time.perf_counter()
            for e in new:
                await store.add(scope, e)
            results["writes"]["add() fresh db, entries/s"] = len(new) / (time.perf_counter() - t)
            t = time.perf_counter()
            await asyncio.gather(*(store.add(scope, e) for e in new))
            results["writes"]["add() fresh db, concurrent tasks, entries/s"] = len(new) / (
                time.perf_counter() - t
            )
        finally:
            await store.close()
    finally:
        await history_postgres.drop_database(url, scratch)


def size_breakdown(path: Path, entries: int) -> dict:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT name, sum(pgsize) FROM dbstat WHERE aggregate = TRUE GROUP BY name"
        ).fetchall()
    finally:
        conn.close()
    groups: dict[str, int] = {}
    for name, size in rows:
        if name.startswith("entries_fts"):
            key = "search index (FTS5)"
        elif name == "entry_articles":
            key = "articles (zlib)"
        elif name == "entries":
            key = "entries table"
        elif name.startswith("entries_"):
            key = "entries indexes"
        else:
            key = "other"
        groups[key] = groups.get(key, 0) + (size or 0)
    total = path.stat().st_size
    fts = "search index (FTS5)"
    if groups.get(fts, 0) < 0:
        # dbstat's aggregate pgsize overflows 32 bits on a btree over 2 GiB (SQLite 3.40):
        # the index is then what the file holds beyond the other parts
        groups[fts] = total - sum(v for k, v in groups.items() if k != fts)
    out = {k: v / entries for k, v in sorted(groups.items(), key=lambda kv: -kv[1])}
    out["TOTAL (file size)"] = total / entries
    return out


def real_article_sizes(eval_dir: Path) -> str | None:
    """Mean raw and zlib size of real news articles (eval data read at run time, if present)."""
    path = eval_dir / "summaries" / "cnndm-dev.jsonl"
    if not path.exists():
        return None
    raw, packed = [], []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            text = record.get("article") or record.get("text") or ""
            if isinstance(text, list):
                text = "\n".join(text)
            if text:
                raw.append(len(text.encode()))
                packed.append(len(compress_article(text)))
    if not raw:
        return None
    return (
        f"real CNN/DM dev articles: mean {statistics.mean(raw):,.0f} bytes raw, "
        f"{statistics.mean(packed):,.0f} bytes zlib-9 (n={len(raw)})"
    )


def fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--channels", type=int, default=1_000)
    parser.add_argument(
        "--big-channel", type=int, default=100_000, help="entries in the big channel"
    )
    parser.add_argument("--queries", type=int, default=200, help="queries per kind")
    parser.add_argument(
        "--add-sample", type=int, default=1_000, help="entries for the add() throughput runs"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached SQLite file")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="sqlite:///abs/path.db, a file path, or postgresql://... (an empty database the "
        "first time); default: an SQLite file cached under benchmarks/out/",
    )
    parser.add_argument(
        "--eval-dir",
        type=Path,
        default=Path(os.environ.get("SUMMARYBOT_EVAL_DIR", ROOT.parent / "shared" / "eval")),
        help="optional: real articles to compare article sizes with",
    )
    args = parser.parse_args(argv)
    if not (1 <= args.big_channel <= args.entries and args.channels >= 2):
        parser.error("need --channels >= 2 and 1 <= --big-channel <= --entries")

    OUT.mkdir(parents=True, exist_ok=True)
    data = f"history-{args.entries}-{args.channels}-{args.big_channel}-s{args.seed}-g{GENERATOR_VERSION}"
    name = f"{data}-m{latest_version()}"
    target = database_target(args.database) if args.database else None
    if target is not None and target.kind == "postgresql":
        import history_postgres

        # the data is what identifies a build: opening the store migrates a reused database
        name = args.name = data
        database = target.location
        info = asyncio.run(history_postgres.built_info(database))
        if info is None:
            print(f"building {target} ...", file=sys.stderr)
            info = build_postgres(database, args)
        elif info.get("name") != name:
            parser.error(f"{target} holds another benchmark build ({info.get('name')})")
        else:
            print(f"using the history built in {target}", file=sys.stderr)
        results = asyncio.run(measure(database, args))
        measured = asyncio.run(history_postgres.sizes(database, args.entries))
        sizes, backend = measured["sizes"], f"PostgreSQL {measured['version']}"
    else:
        path = Path(target.location) if target is not None else OUT / f"{name}.db"
        info_path = path.with_suffix(".json")
        if args.rebuild or not path.exists() or not info_path.exists():
            print(f"building {path} ...", file=sys.stderr)
            info = build(path, args)
        else:
            info = json.loads(info_path.read_text())
            print(f"using cached {path}", file=sys.stderr)
        results = asyncio.run(measure(str(path), args))
        sizes, backend = size_breakdown(path, args.entries), f"SQLite {sqlite3.sqlite_version}"
        name = path.stem

    print(
        f"\n## History store benchmark ({args.entries:,} entries, {args.channels:,} channels, "
        f"{backend}, {os.cpu_count()} CPUs)\n"
    )
    print(
        f"channel sizes: big {results['channel_sizes']['big']:,}, small {results['channel_sizes']['small']:,}; "
        f"bulk build {info['entries'] / info['build_seconds']:,.0f} entries/s ({info['build_seconds']} s)\n"
    )
    print("| search (10 hits) | p50 ms | p99 ms | max ms | mean hits |")
    print("|---|---:|---:|---:|---:|")
    for key, row in results["search"].items():
        print(
            f"| {key} | {fmt(row['p50'])} | {fmt(row['p99'])} | {fmt(row['max'])} | {fmt(row['mean_hits'], 1)} |"
        )
    print("\n| listing / lookups | p50 ms | p99 ms | max ms |")
    print("|---|---:|---:|---:|")
    for section in ("recent", "lookups"):
        for key, row in results[section].items():
            print(f"| {key} | {fmt(row['p50'])} | {fmt(row['p99'])} | {fmt(row['max'])} |")
    print("\n| writes | value |")
    print("|---|---:|")
    for key, value in results["writes"].items():
        print(f"| {key} | {fmt(value, 1)} |")
    print("\n| bytes per entry | bytes |")
    print("|---|---:|")
    for key, value in sizes.items():
        print(f"| {key} | {value:,.0f} |")
    real = real_article_sizes(args.eval_dir)
    print(
        f"\n{real}"
        if real
        else f"\n(real-article size comparison skipped: no eval data in {args.eval_dir})"
    )
    label = "postgres" if target is not None and target.kind == "postgresql" else "sqlite"
    (OUT / f"{name}-{label}-results.json").write_text(
        json.dumps({"results": results, "sizes": sizes}, indent=2)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
