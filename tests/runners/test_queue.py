"""The queue runner against real Redis and real ``summarybot worker`` processes."""

from __future__ import annotations

import asyncio
import os
import signal
import time

import pytest

from bot.errors import InputError, TimeLimitError
from bot.models import Article, Summary
from bot.runners.jobs import analyze, extract_article
from bot.runners.queue import QueueBusy, QueueRunner
from tests.runners import jobs_for_tests
from tests.runners.redis_env import delete_prefix, needs_redis, new_prefix, queue_settings, workers

pytestmark = needs_redis

TEXT = (
    "The harbour board voted on Monday to rebuild the old pier before the summer. "
    "The pier has been closed since a storm damaged its supports two winters ago. "
    "Engineers said the new deck would stand a metre higher than the old one. "
    "Fishing crews asked the board to keep the slipway open during the works. "
    "The chair said the slipway would close for no more than three weeks."
)
PAGE = (
    "<html><head><title>Pier to be rebuilt</title></head><body><article><h1>Pier to be rebuilt"
    f"</h1><p>{TEXT}</p><p>{TEXT}</p></article></body></html>"
).encode()


@pytest.fixture
def prefix():
    name = new_prefix()
    yield name
    delete_prefix(name)


@pytest.fixture
def start(tmp_path, prefix):
    with workers(tmp_path, prefix) as start:
        yield start


async def stream_state(runner: QueueRunner) -> tuple[int, int]:
    """(messages in the stream, messages delivered and not acknowledged)."""
    conn, name = runner._redis, runner.broker.queue_name
    pending = await conn.xpending(name, runner.broker.consumer_group_name)
    return await conn.xlen(name), pending["pending"]


async def started(runner: QueueRunner, marks, value: str) -> asyncio.Task:
    """Send a 1.5 s job and return once a worker has started it."""
    answer = asyncio.create_task(
        runner.run(jobs_for_tests.mark_then_sleep, str(marks), 1.5, value, timeout=20)
    )
    for _ in range(400):
        if marks.exists():
            return answer
        await asyncio.sleep(0.05)
    raise AssertionError("no worker started the job")


async def test_round_trip_through_a_summarybot_worker(prefix, start):
    start(test_jobs=False, concurrency=2).ready()
    async with QueueRunner(queue_settings(prefix)) as runner:
        summary = await runner.run(
            analyze, TEXT, title="Pier", default_sentences=2, timeout=30, owner=1
        )
        assert isinstance(summary, Summary)
        assert len(summary.sentences) == 2
        assert all(s in TEXT for s in summary.sentences)
        article = await runner.run(
            extract_article,
            PAGE,
            url="https://example.org/pier",
            content_type="text/html",
            source="https://example.org/pier",
            timeout=30,
        )
        assert isinstance(article, Article)
        assert article.title == "Pier to be rebuilt"
        assert "slipway" in article.text
        with pytest.raises(InputError):  # a domain error comes back as itself
            await runner.run(analyze, "   ", timeout=30)
        assert await stream_state(runner) == (0, 0)  # acknowledged and deleted
        assert await runner.depth() == 0


async def test_time_limit_kills_the_job_not_the_worker(prefix, start):
    # two slots, one job: the pool's own limit case (its busy-pool case is issue 15's)
    worker = start(concurrency=2).ready()
    jobs = jobs_for_tests.all_jobs()
    async with QueueRunner(queue_settings(prefix), jobs=jobs) as runner:
        began = time.monotonic()
        with pytest.raises(TimeLimitError):
            await runner.run(jobs_for_tests.spin, 30, timeout=1)
        assert time.monotonic() - began < 10
        assert await runner.run(jobs_for_tests.spin, 0.01, timeout=10) == 0.01
    assert worker.process.poll() is None


async def test_sigkill_mid_job_is_redelivered_and_answered_once(prefix, start, tmp_path):
    marks = tmp_path / "marks"
    jobs = jobs_for_tests.all_jobs()
    pair = [start(concurrency=1), start(concurrency=1)]
    for worker in pair:
        worker.ready()
    async with QueueRunner(queue_settings(prefix), jobs=jobs) as runner:
        answer = await started(runner, marks, "done")
        doomed, live = pair if "Executing task" in pair[0].text() else pair[::-1]
        os.kill(doomed.process.pid, signal.SIGKILL)
        killed_at = time.monotonic()
        # a live worker takes it again within twice JOB_QUEUE_REDELIVER (1 s here)
        await asyncio.to_thread(live.wait_for, "redelivered from a stopped worker", 10)
        assert time.monotonic() - killed_at < 2 * 1.0 + 1.0
        assert await asyncio.wait_for(answer, 30) == "done"
        runs = marks.read_text().split()
        assert len(runs) == 2 and runs[0] != runs[1]  # started once on each worker
        assert await stream_state(runner) == (0, 0)
        keys = [k async for k in runner._redis.scan_iter(match=f"{prefix}:result:*")]
        assert keys == []  # the one answer was read (and removed); no second answer waits


async def test_sigterm_finishes_running_jobs_and_takes_no_new_ones(prefix, start, tmp_path):
    marks = tmp_path / "marks"
    jobs = jobs_for_tests.all_jobs()
    worker = start(concurrency=1).ready()
    async with QueueRunner(queue_settings(prefix), jobs=jobs) as runner:
        running = await started(runner, marks, "first")
        worker.process.send_signal(signal.SIGTERM)
        worker.wait_for("finishing running jobs")
        later = asyncio.create_task(
            runner.run(jobs_for_tests.mark_then_sleep, str(marks), 0.1, "second", timeout=20)
        )
        assert await asyncio.wait_for(running, 20) == "first"
        assert await asyncio.to_thread(worker.process.wait, 20) == 0
        assert len(marks.read_text().split()) == 1  # the stopping worker took no new job
        assert not later.done()
        start(concurrency=1).ready()
        assert await asyncio.wait_for(later, 20) == "second"


async def test_a_full_queue_answers_busy_at_once(prefix):
    jobs = jobs_for_tests.all_jobs()
    settings = queue_settings(prefix, job_queue_max=2)
    async with QueueRunner(settings, jobs=jobs) as runner:  # no worker: jobs stay queued
        waiting = [
            asyncio.create_task(runner.run(jobs_for_tests.spin, 0.01, timeout=5, owner=n))
            for n in (1, 2)
        ]
        while await runner.depth() < 2:
            await asyncio.sleep(0.02)
        began = time.monotonic()
        with pytest.raises(QueueBusy, match="busy"):
            await runner.run(jobs_for_tests.spin, 0.01, timeout=5, owner=3)
        assert time.monotonic() - began < 0.5
        for task in waiting:
            task.cancel()
        await asyncio.gather(*waiting, return_exceptions=True)
        assert await runner.depth() == 0  # cancelled jobs free their places


async def test_a_cancelled_sender_stops_even_when_redis_swallows_the_cancel(prefix):
    """redis-py can lose a cancellation that lands mid-command (redis/redis-py#2028); the sender
    must still stop at once rather than poll for an answer until the job's deadline."""
    jobs = jobs_for_tests.all_jobs()
    async with QueueRunner(queue_settings(prefix), jobs=jobs) as runner:  # no worker
        kick = runner.broker.kick
        sending = asyncio.Event()

        async def kick_that_swallows_a_cancel(message):
            await kick(message)
            sending.set()
            try:
                await asyncio.sleep(0.2)  # the reply is still on its way when the cancel lands
            except asyncio.CancelledError:
                pass  # what the library does: the cancel is lost, the command "succeeds"

        runner.broker.kick = kick_that_swallows_a_cancel
        task = asyncio.create_task(runner.run(jobs_for_tests.spin, 0.01, timeout=30, owner=1))
        await asyncio.wait_for(sending.wait(), 5)
        task.cancel()
        began = time.monotonic()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, 10)
        assert time.monotonic() - began < 1.0
        assert await runner.depth() == 0  # its place in the queue is given back


async def test_one_users_jobs_do_not_hold_back_another_users(prefix, start, tmp_path):
    """Fairness (issue 15) on the queue: a user has at most two jobs in the queue at once."""
    marks = str(tmp_path / "marks")
    jobs = jobs_for_tests.all_jobs()
    start(concurrency=2).ready()
    async with QueueRunner(queue_settings(prefix), jobs=jobs) as runner:
        began = time.monotonic()
        heavy = [
            asyncio.create_task(
                runner.run(jobs_for_tests.mark_then_sleep, marks, 2.0, "h", timeout=20, owner=7)
            )
            for _ in range(4)
        ]
        await asyncio.sleep(0.3)
        await runner.run(jobs_for_tests.mark_then_sleep, marks, 0.0, "l", timeout=20, owner=8)
        light_done = time.monotonic() - began
        await asyncio.gather(*heavy)
        heavy_done = time.monotonic() - began
        # the light job waited for one of the first two heavy jobs, not for all four
        assert light_done < 2.0 + 1.5
        assert heavy_done > light_done + 1.0


async def test_the_service_sends_its_jobs_to_the_queue(prefix, start, tmp_path):
    from bot.models import Attachment, Scope
    from bot.runners.queue import QueueRunner as Queue
    from bot.service import Service

    worker = start(test_jobs=False, concurrency=1).ready()
    settings = queue_settings(prefix, database_path=str(tmp_path / "history.db"))
    async with await Service.create(settings) as service:
        assert isinstance(service.runner, Queue)
        page = Attachment("pier.html", PAGE, "text/html")
        result = await service.summarize(Scope(1, 2), attachment=page, sentences=2)
        assert result.article.title == "Pier to be rebuilt"
        assert len(result.summary.sentences) == 2
        assert await service.count(Scope(1, 2)) == 1
    assert worker.text().count("Executing task") == 2  # extract, then analyze, on the worker


@pytest.mark.parametrize("worker_allows", [True, False])
async def test_links_are_fetched_on_the_worker_under_its_guard(prefix, start, worker_allows):
    import ipaddress

    from bot.errors import FetchError
    from bot.web.service import fetch_article
    from tests.discord_app.article_site import ArticleSite

    extra = {"FETCH_ALLOW_NETWORKS": "127.0.0.0/8"} if worker_allows else {}
    start(test_jobs=False, concurrency=1, **extra).ready()
    # the sender would allow loopback: only the worker's own guard decides
    settings = queue_settings(prefix, fetch_allow_networks=(ipaddress.ip_network("127.0.0.0/8"),))
    async with ArticleSite() as site, QueueRunner(settings) as runner:
        url = site.url("harbour-bridge")
        if worker_allows:
            article = await fetch_article(url, fetcher=None, runner=runner, settings=settings)
            assert article.title == "Harbour bridge to reopen after two years of repairs"
            assert len(site.hits) == 1
        else:
            with pytest.raises(FetchError):
                await fetch_article(url, fetcher=None, runner=runner, settings=settings)
            assert site.hits == []


async def test_a_job_that_keeps_killing_its_workers_is_answered_with_an_error(prefix, start):
    from bot.workers import WorkerCrashed

    jobs = jobs_for_tests.all_jobs()
    crew = [start(concurrency=1) for _ in range(4)]
    for worker in crew:
        worker.ready()
    async with QueueRunner(queue_settings(prefix), jobs=jobs) as runner:
        with pytest.raises(WorkerCrashed, match="several times"):
            await asyncio.wait_for(runner.run(jobs_for_tests.kill_my_worker, timeout=20), 60)
        assert await stream_state(runner) == (0, 0)
    dead = [w for w in crew if w.process.poll() is not None]
    assert len(dead) == 3  # three deliveries, then an answer instead of a fourth
