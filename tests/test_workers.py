import asyncio
import gc
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


# ---- time limits hold whatever the load (issue 15)

LIMIT = 1.5
SLACK = 3.0  # process kill and replacement on a loaded 2-core machine


@pytest.fixture
async def loop_errors():
    """Everything the event loop's exception handler receives (e.g. 'exception never retrieved')."""
    seen = []
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda _loop, context: seen.append(context))
    yield seen
    loop.set_exception_handler(None)


async def warm(runner: JobRunner, workers: int) -> None:
    """Start every worker, so that timings measure jobs rather than process start-up."""
    await asyncio.gather(
        *(runner.run(_jobs.sleep_then, 0.2, i, timeout=30) for i in range(workers))
    )


@pytest.mark.parametrize(
    "workers,jobs", [(1, 1), (2, 2)], ids=["1 worker 1 job", "2 workers 2 jobs"]
)
async def test_cpu_bound_jobs_stop_at_their_limit_when_every_worker_is_busy(
    workers, jobs, loop_errors
):
    async with JobRunner(workers) as runner:
        await warm(runner, workers)
        started = time.monotonic()
        results = await asyncio.gather(
            *(runner.run(_jobs.spin, 20, timeout=LIMIT) for _ in range(jobs)),
            return_exceptions=True,
        )
        elapsed = time.monotonic() - started
        assert all(isinstance(r, TimeLimitError) for r in results), results
        assert elapsed < LIMIT + SLACK
        # the pool recovers: fresh workers take the next jobs
        assert await asyncio.gather(
            *(runner.run(_jobs.add, i, 1, timeout=30) for i in range(jobs))
        ) == [i + 1 for i in range(jobs)]
    gc.collect()
    await asyncio.sleep(0.05)
    assert not loop_errors, loop_errors


async def test_no_unretrieved_future_after_a_kill(loop_errors):
    async with JobRunner(2) as runner:
        for _ in range(2):
            with pytest.raises(TimeLimitError):
                await runner.run(_jobs.spin, 20, timeout=0.5)
        assert await runner.run(_jobs.add, 1, 2, timeout=30) == 3
    gc.collect()
    await asyncio.sleep(0.05)
    assert not [c for c in loop_errors if "never retrieved" in c.get("message", "")], loop_errors
    assert not loop_errors, loop_errors


async def test_a_worker_stopped_by_its_cpu_limit_reports_a_time_limit(runner):
    with pytest.raises(TimeLimitError, match="too long"):
        await runner.run(_jobs.exceed_cpu_limit, timeout=30)
    assert await runner.run(_jobs.add, 1, 1, timeout=30) == 2


def test_the_worker_stops_itself_at_its_cpu_limit_without_the_parent():
    """The backstop: RLIMIT_CPU ends a runaway job even if the parent's timer never fires."""
    import multiprocessing
    import signal
    import socket

    from bot.worker_process import encode, worker_main

    parent, child = socket.socketpair()
    process = multiprocessing.get_context("forkserver").Process(
        target=worker_main, args=(child,), daemon=True
    )
    process.start()
    child.close()
    # a job with a 0.2 s limit that would use 60 s of CPU; no parent timer watches it
    parent.sendall(encode((_jobs.spin_cpu, (60,), {}, 0.2)))
    process.join(120)
    parent.close()
    if process.exitcode is None:
        process.kill()
    assert process.exitcode == -signal.SIGXCPU
