import asyncio
import time

import pytest

from bot.errors import InputError, TimeLimitError
from bot.workers import JobRunner, WorkerCrashed
from tests import _jobs


@pytest.fixture
async def runner():
    r = JobRunner(2)
    yield r
    await r.close()


async def test_runs_in_another_process(runner):
    import os

    assert await runner.run(_jobs.add, 2, 3, timeout=30) == 5
    assert await runner.run(_jobs.pid, timeout=30) != os.getpid()


async def test_workers_are_reused(runner):
    first = await runner.run(_jobs.pid, timeout=30)
    second = await runner.run(_jobs.pid, timeout=30)
    assert first == second


async def test_time_limit_kills_the_worker_and_the_pool_recovers(runner):
    slow_pid_before = await runner.run(_jobs.pid, timeout=30)
    started = time.monotonic()
    with pytest.raises(TimeLimitError, match="too long"):
        await runner.run(_jobs.sleep_then, 30, "never", timeout=0.5)
    assert time.monotonic() - started < 5
    # the killed worker is replaced: the next job runs in a fresh process
    assert await runner.run(_jobs.add, 1, 1, timeout=30) == 2
    assert await runner.run(_jobs.pid, timeout=30) != slow_pid_before


async def test_friendly_errors_come_back_as_themselves(runner):
    with pytest.raises(InputError, match="friendly message"):
        await runner.run(_jobs.fail_friendly, timeout=30)


async def test_bugs_come_back_with_their_traceback(runner):
    with pytest.raises(Exception, match="ZeroDivisionError: boom"):
        await runner.run(_jobs.fail_bug, timeout=30)


async def test_a_dying_worker_is_reported_and_replaced(runner):
    with pytest.raises(WorkerCrashed):
        await runner.run(_jobs.die, timeout=30)
    assert await runner.run(_jobs.add, 2, 2, timeout=30) == 4


async def test_jobs_run_in_parallel_without_blocking_the_loop(runner):
    ticks = 0

    async def ticker():
        nonlocal ticks
        while True:
            await asyncio.sleep(0.05)
            ticks += 1

    # start both workers first, so that the timing below measures the jobs, not process start-up
    await asyncio.gather(*(runner.run(_jobs.sleep_then, 0.3, i, timeout=30) for i in range(2)))
    task = asyncio.create_task(ticker())
    started = time.monotonic()
    results = await asyncio.gather(
        *(runner.run(_jobs.sleep_then, 1.0, i, timeout=30) for i in range(2))
    )
    elapsed = time.monotonic() - started
    task.cancel()
    assert results == [0, 1]
    assert elapsed < 1.9  # two workers: the two 1 s jobs overlap
    assert ticks >= 10  # the event loop kept running meanwhile


async def test_cancelling_a_caller_stops_its_job(runner):
    job = asyncio.create_task(runner.run(_jobs.sleep_then, 30, "x", timeout=60))
    await asyncio.sleep(0.5)
    job.cancel()
    with pytest.raises(asyncio.CancelledError):
        await job
    assert await runner.run(_jobs.add, 3, 4, timeout=30) == 7


async def test_memory_cap_turns_a_huge_allocation_into_a_friendly_error():
    async with JobRunner(1, memory_mb=512) as capped:
        with pytest.raises(WorkerCrashed, match="more memory"):
            await capped.run(_jobs.allocate, 2048, timeout=30)
        assert await capped.run(_jobs.allocate, 16, timeout=30) == 16 * 1024 * 1024
