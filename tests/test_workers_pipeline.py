"""A pipelined pool (``depth=2``): each worker is handed its next job while it runs one.

The limits stay per job: a job queued behind one that times out, crashes or is cancelled runs on
another worker with its own full time limit.
"""

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.errors import TimeLimitError
from bot.workers import JobRunner, WorkerCrashed
from tests import _jobs

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
async def one_worker():
    runner = JobRunner(1, depth=2)
    yield runner
    await runner.close()


async def test_a_busy_worker_is_sent_its_next_job_and_answers_both_in_order(one_worker):
    first = asyncio.ensure_future(one_worker.run(_jobs.sleep_then, 0.5, "first", timeout=30))
    second = asyncio.ensure_future(one_worker.run(_jobs.pid, timeout=30))
    await asyncio.sleep(0.2)
    assert one_worker.slots.running == 2  # both handed out, one worker
    assert await first == "first"
    assert await second != os.getpid()
    assert await one_worker.run(_jobs.pid, timeout=30) == await second


async def test_many_jobs_keep_to_the_worker_count():
    async with JobRunner(2, depth=2) as runner:
        results = await asyncio.gather(
            *(runner.run(_jobs.add, i, 1, timeout=30) for i in range(40))
        )
        pids = await asyncio.gather(*(runner.run(_jobs.pid, timeout=30) for _ in range(8)))
    assert results == [i + 1 for i in range(40)]
    assert len(set(pids)) <= 2


async def test_a_job_queued_behind_a_timed_out_one_runs_elsewhere_with_its_own_limit(one_worker):
    stuck = asyncio.ensure_future(one_worker.run(_jobs.sleep_then, 30, "never", timeout=4))
    await asyncio.sleep(0.1)
    queued = asyncio.ensure_future(one_worker.run(_jobs.sleep_then, 0.1, "done", timeout=3))
    with pytest.raises(TimeLimitError):
        await stuck
    assert await queued == "done"  # its 3 s counted from its start, not from its hand-over


async def test_a_job_queued_behind_a_crash_still_runs(one_worker):
    dying = asyncio.ensure_future(one_worker.run(_jobs.die, timeout=30))
    queued = asyncio.ensure_future(one_worker.run(_jobs.add, 2, 3, timeout=30))
    with pytest.raises(WorkerCrashed):
        await dying
    assert await queued == 5


async def test_cancelling_a_queued_job_leaves_the_running_one_its_answer(one_worker):
    running = asyncio.ensure_future(one_worker.run(_jobs.sleep_then, 0.3, "kept", timeout=30))
    queued = asyncio.ensure_future(one_worker.run(_jobs.sleep_then, 0, "dropped", timeout=30))
    await asyncio.sleep(0.1)
    queued.cancel()
    with pytest.raises(asyncio.CancelledError):
        await queued
    assert await running == "kept"
    assert await one_worker.run(_jobs.add, 1, 1, timeout=30) == 2


def test_a_pool_for_plain_text_leaves_the_page_parsers_out_yet_reads_a_page():
    # the fork server is one per process, so this runs in a process of its own
    code = (
        "import asyncio\n"
        "from bot.workers import JobRunner\n"
        "from bot.runners.jobs import extract_article\n"
        "from tests import _jobs\n"
        "async def main():\n"
        "    async with JobRunner(1, pages=False) as pool:\n"
        "        before = await pool.run(_jobs.loaded, 'trafilatura', timeout=60)\n"
        "        page = b'<html><head><title>Pier news</title></head><body><article>'\n"
        "        page += b'<p>The ferry pier in Faro reopened on Monday after the storm.</p>' * 5\n"
        "        page += b'</article></body></html>'\n"
        "        article = await pool.run(extract_article, page, url=None,\n"
        "            content_type='text/html', source='pier.html', timeout=60)\n"
        "        print(before, 'ferry pier' in article.text)\n"
        "if __name__ == '__main__':\n"
        "    asyncio.run(main())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "True"]
