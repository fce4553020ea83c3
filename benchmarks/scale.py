"""Scale-out throughput: one queue worker process against two, on the same CPU-bound batch.

    .venv/bin/python benchmarks/scale.py                         # Redis at 127.0.0.1:6379/0
    .venv/bin/python benchmarks/scale.py --redis redis://host:6379/0 --jobs 80

Starts real ``summarybot worker --concurrency 1`` processes against real Redis (its own key
prefix, deleted at the end) and sends the same batch of ``analyze`` jobs (dev news articles,
joined to about --kb KB each) through :class:`bot.runners.queue.QueueRunner`: first with one
worker process, then with two, in the same run. Prints jobs per second, the ratio, and the time
jobs waited in the queue and ran (p50, p99), from the workers' own timings.

With ``--interactions N`` (0 to skip; default 300) it then runs N ``/summarize`` interactions
over 30 guilds and two shards (two sharded bot clients, each with its own service, as two bot
processes would have) against the tests' fake Discord and local article site, with two queue
workers: every interaction acknowledged (p50/p99), answered, and stored once; queue wait and job
time p50/p99.

Each worker starts in its own session, like a separate service or machine. This matters on a
shared Linux box: with autogroup scheduling every session gets one fair share of the CPUs, so
two workers started in the benchmark's own session could never use more CPU than one, whatever
the cores. The printed machine load says how much else was running.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, dev_texts, markdown_table  # noqa: E402

sys.path.insert(0, str(REPO))

from bot.config import Settings  # noqa: E402
from bot.runners.jobs import analyze  # noqa: E402
from bot.runners.queue import QueueRunner  # noqa: E402


def batch(jobs: int, kb: int) -> list[str]:
    """``jobs`` texts of about ``kb`` KB, each made of consecutive dev articles."""
    texts = [t for t in dev_texts() if len(t) > 1500]
    out, i = [], 0
    while len(out) < jobs:
        parts, size = [], 0
        while size < kb * 1000:
            parts.append(texts[i % len(texts)])
            size += len(parts[-1])
            i += 1
        out.append("\n\n".join(parts))
    return out


def start_workers(count: int, env: dict[str, str]) -> list[subprocess.Popen]:
    procs = []
    for _ in range(count):
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "bot", "worker", "--concurrency", "1"],
                cwd=REPO,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                start_new_session=True,  # its own service, as in a deployment (see docstring)
            )
        )
    return procs


def stop_workers(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        proc.terminate()
    for proc in procs:
        proc.wait(30)


async def wait_ready(procs: list[subprocess.Popen]) -> None:
    """Each worker logs 'worker ready' on stderr once its pool is warm."""
    for proc in procs:
        while True:
            line = await asyncio.to_thread(proc.stderr.readline)
            if not line:
                raise SystemExit(f"a worker exited before it was ready (exit {proc.wait()})")
            if "worker ready" in line:
                break


async def run_batch(settings: Settings, texts: list[str], workers: int, env: dict) -> dict:
    timings: list[tuple[float, float]] = []
    procs = start_workers(workers, env)
    try:
        await wait_ready(procs)
        async with QueueRunner(
            settings, observer=lambda _name, waited, ran: timings.append((waited, ran))
        ) as runner:
            began, cpu = time.perf_counter(), time.process_time()
            await asyncio.gather(*(runner.run(analyze, t, timeout=120) for t in texts))
            wall, sender_cpu = time.perf_counter() - began, time.process_time() - cpu
    finally:
        stop_workers(procs)
    waited = sorted(w for w, _ in timings)
    ran = sorted(r for _, r in timings)
    return {
        "workers": workers,
        "wall": wall,
        "rate": len(texts) / wall,
        "sender_cpu": sender_cpu,
        "run_total": sum(ran),
        "wait": (pct(waited, 50), pct(waited, 99)),
        "run": (pct(ran, 50), pct(ran, 99)),
    }


def pct(values: list[float], p: int) -> float:
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


async def interaction_run(settings: Settings, env: dict, count: int) -> None:
    """``count`` /summarize interactions over 30 guilds on 2 shards, answered by queue workers."""
    import ipaddress
    import tempfile

    import discord

    from bot.models import Scope
    from tests.discord_app.article_site import ARTICLES, ArticleSite
    from tests.discord_app.fake_discord import FakeDiscord
    from tests.discord_app.helpers import opt
    from tests.discord_app.shards import sharded_bots

    guilds = {(n << 22) | 1: (7000 + n,) for n in range(1, 31)}
    timings: list[tuple[float, float]] = []
    procs = start_workers(2, {**env, "FETCH_ALLOW_NETWORKS": "127.0.0.0/8"})  # the local site
    tmp = tempfile.TemporaryDirectory()
    async with FakeDiscord(guilds=guilds, recommended_shards=2) as fake, ArticleSite() as site:
        discord.http.Route.BASE = fake.api_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = fake.gateway_url
        settings = dataclasses.replace(
            settings,
            discord_token="fake-token",
            database_path=f"{tmp.name}/history.db",
            fetch_allow_networks=(ipaddress.ip_network("127.0.0.0/8"),),
            shard_count=2,
        )
        try:
            await wait_ready(procs)
            async with sharded_bots(settings) as (_bots, services):
                for service in services:
                    service.runner.observer = lambda _n, w, r: timings.append((w, r))
                slugs, ids = list(ARTICLES), list(guilds)
                records = []
                began = time.perf_counter()
                for i in range(count):
                    guild = ids[i % len(ids)]
                    records.append(
                        await fake.invoke(
                            "summarize",
                            [opt("source", site.url(slugs[i % len(slugs)])), opt("sentences", 3)],
                            channel_id=guilds[guild][0],
                            guild_id=guild,
                            user_id=100_000 + i,
                        )
                    )
                    await asyncio.sleep(0.02)  # 50 interactions a second
                answers = [await fake.wait_answered(r, timeout=600) for r in records]
                wall = time.perf_counter() - began
                stored = 0
                for guild, (channel,) in guilds.items():
                    stored += await services[0].count(Scope(guild, channel))
        finally:
            stop_workers(procs)
            tmp.cleanup()
    acks = sorted(r.ack_seconds for r in records if r.ack_seconds is not None)
    summaries = sum(1 for a in answers if a.embeds and not a.ephemeral)
    waited = sorted(w for w, _ in timings)
    ran = sorted(r for _, r in timings)
    print(
        f"\n{count} /summarize over {len(guilds)} guilds on 2 shards, 2 queue workers "
        f"({wall:.1f} s in all)"
    )
    print(
        markdown_table(
            [
                "acknowledged",
                "ack p50 / p99 s",
                "answered with a summary",
                "entries stored",
                "queue wait p50 / p99 s",
                "job time p50 / p99 s",
            ],
            [
                [
                    f"{len(acks)} / {count}",
                    f"{pct(acks, 50):.3f} / {pct(acks, 99):.3f}",
                    f"{summaries} / {count}",
                    str(stored),
                    f"{pct(waited, 50):.2f} / {pct(waited, 99):.2f}",
                    f"{pct(ran, 50):.3f} / {pct(ran, 99):.3f}",
                ]
            ],
        )
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--redis", default=os.environ.get("SUMMARYBOT_TEST_REDIS_URL") or "redis://127.0.0.1:6379/0"
    )
    parser.add_argument("--jobs", type=int, default=60)
    parser.add_argument("--kb", type=int, default=20)
    parser.add_argument("--interactions", type=int, default=300)
    args = parser.parse_args()
    prefix = f"sbbench-{uuid.uuid4().hex[:10]}"
    settings = Settings(job_queue_url=args.redis, redis_key_prefix=prefix, job_queue_wait=600)
    env = {
        **os.environ,
        "JOB_QUEUE_URL": args.redis,
        "REDIS_KEY_PREFIX": prefix,
        "LOG_LEVEL": "INFO",
        "PYTHONPATH": str(REPO),
    }
    texts = batch(args.jobs, args.kb)
    print(
        f"{len(texts)} analyze jobs of ~{args.kb} KB; {os.cpu_count()} CPUs; "
        f"load {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    try:
        rows = [await run_batch(settings, texts, n, env) for n in (1, 2)]
        report(rows, texts)
        if args.interactions:
            await interaction_run(settings, env, args.interactions)
    finally:
        import redis

        conn = redis.Redis.from_url(args.redis)
        keys = list(conn.scan_iter(match=f"{prefix}:*"))
        if keys:
            conn.delete(*keys)


def report(rows: list[dict], texts: list[str]) -> None:
    table = [
        [
            str(r["workers"]),
            f"{r['wall']:.1f}",
            f"{r['rate']:.2f}",
            f"{r['wait'][0]:.2f} / {r['wait'][1]:.2f}",
            f"{r['run'][0]:.2f} / {r['run'][1]:.2f}",
            f"{r['sender_cpu']:.1f}",
        ]
        for r in rows
    ]
    print(
        markdown_table(
            [
                "worker processes",
                "wall s",
                "jobs/s",
                "queue wait p50/p99 s",
                "run p50/p99 s",
                "sender CPU s",
            ],
            table,
        )
    )
    print(
        f"\nthroughput 2 workers / 1 worker: {rows[1]['rate'] / rows[0]['rate']:.2f}x "
        f"(target >= 1.6x on 2 cores)"
    )
    per_job = rows[0]["run_total"] / len(texts)
    print(
        f"per-core throughput: {1 / per_job:.2f} jobs/s "
        f"({per_job:.2f} s of run time per job, 1 worker); "
        f"machine load {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )


if __name__ == "__main__":
    asyncio.run(main())
