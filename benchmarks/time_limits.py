"""When do time limits fire, and how long does a normal link wait behind slow ones?

1. Stop times: CPU-bound jobs of 30 s with a 3 s limit on 1 and 2 workers, with as many jobs
   as workers (every worker busy) and one job on two workers. A job should stop at about 3 s.
2. End to end through the real ``Service`` and a page server on 127.0.0.1, with the default
   settings (2 workers, ``EXTRACT_TIMEOUT`` 20 s, ``JOB_TIMEOUT`` 60 s): user A sends two links to
   a slow page, user B (same channel) one normal link 2 s later. Printed: when each was answered
   and how. Two slow pages: a 4.5 MB article of ordinary paragraphs (slow to read and summarize)
   and 4.8 MB of ``<p>a</p>`` (the issue 15 page).

No evaluation data needed. Before/after a change: run it from each checkout, e.g.
``PYTHONPATH=/path/to/other/checkout .venv/bin/python benchmarks/time_limits.py``.
Takes 1-4 minutes (longer when limits do not hold).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent))

from worker_rss import hostile_html, normal_html  # noqa: E402

JOB_SECONDS = 30.0
LIMIT = 3.0
NORMAL_PAGE = normal_html(3_000)


def spin(seconds: float) -> int:
    """Burn CPU for ``seconds``."""
    end = time.monotonic() + seconds
    turns = 0
    while time.monotonic() < end:
        turns += 1
    return turns


async def _timed(coro, started: float) -> tuple[str, float]:
    try:
        await coro
        outcome = "ok"
    except Exception as exc:  # noqa: BLE001 - the benchmark reports what came back
        outcome = type(exc).__name__
    return outcome, time.monotonic() - started


async def stop_times(workers: int, jobs: int) -> list[tuple[str, float]]:
    from bot.workers import JobRunner

    async with JobRunner(workers) as runner:
        await asyncio.gather(*(runner.run(spin, 0.1, timeout=30) for _ in range(workers)))
        started = time.monotonic()
        return await asyncio.gather(
            *(_timed(runner.run(spin, JOB_SECONDS, timeout=LIMIT), started) for _ in range(jobs))
        )


async def end_to_end(slow_body: bytes) -> list[tuple[str, str, float]]:
    from bot.config import Settings
    from bot.models import Scope
    from bot.service import Service

    app = web.Application()

    async def slow(request):
        return web.Response(body=slow_body, content_type="text/html")

    async def normal(request):
        return web.Response(body=NORMAL_PAGE, content_type="text/html")

    app.router.add_get("/slow", slow)
    app.router.add_get("/news", normal)
    site_runner = web.AppRunner(app)
    await site_runner.setup()
    site = web.TCPSite(site_runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"
    tmp = tempfile.mkdtemp(prefix="time-limits-")
    settings = Settings.from_env(
        {"DATABASE_PATH": str(Path(tmp) / "h.db"), "FETCH_ALLOW_NETWORKS": "127.0.0.0/8"},
        dotenv=False,
    )
    scope = Scope(guild_id=1, channel_id=1)
    try:
        async with await Service.create(settings) as service:
            await asyncio.gather(  # start both workers, so that start-up is not timed
                *(
                    service.summarize(scope, f"{base}/news", requester_id=user, store=False)
                    for user in (2, 3)
                )
            )
            started = time.monotonic()
            tasks = [
                asyncio.create_task(
                    _timed(service.summarize(scope, f"{base}/slow", requester_id=1), started)
                )
                for _ in range(2)
            ]
            await asyncio.sleep(2.0)
            normal_answer = await _timed(
                service.summarize(scope, f"{base}/news", requester_id=2, store=False), started
            )
            slow_answers = await asyncio.gather(*tasks)
    finally:
        await site_runner.cleanup()
    return [
        ("A slow link 1", *slow_answers[0]),
        ("A slow link 2", *slow_answers[1]),
        ("B normal link (sent at 2 s)", *normal_answer),
    ]


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip-e2e", action="store_true", help="only the stop times")
    args = parser.parse_args()
    import bot

    print(f"code: {Path(bot.__file__).resolve().parent.parent}")
    print(f"stop times: {JOB_SECONDS:g} s CPU jobs, {LIMIT:g} s limit")
    for workers, jobs in ((2, 1), (2, 2), (1, 1)):
        results = await stop_times(workers, jobs)
        shown = ", ".join(f"{outcome} at {seconds:.1f} s" for outcome, seconds in results)
        print(f"  {workers} worker(s), {jobs} job(s): {shown}", flush=True)
    if args.skip_e2e:
        return 0
    pages = (
        ("4.5 MB article", normal_html(4_500_000)),
        ("4.8 MB of <p>a</p>", hostile_html()),
    )
    for name, body in pages:
        print(f"end to end, slow page = {name} (default settings):")
        for who, outcome, seconds in await end_to_end(body):
            print(f"  {who:28} {outcome:16} answered at {seconds:6.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
