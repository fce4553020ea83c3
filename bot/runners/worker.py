"""``summarybot worker``: take jobs from the queue and run them in a local, time-limited pool.

Each job runs in a :class:`bot.workers.JobRunner` process with the same per-job time limit and
memory cap as the embedded bot, so a hostile page kills its job, never the worker. SIGTERM (or
SIGINT) stops taking jobs, lets the running ones finish, then exits.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import signal
import time
from collections.abc import Callable, Mapping
from typing import Any

from taskiq import Context, TaskiqDepends
from taskiq.acks import AcknowledgeType
from taskiq.exceptions import NoResultError
from taskiq.receiver import Receiver

from bot import metrics
from bot.config import ConfigError, Settings
from bot.errors import SummarybotError, TimeLimitError
from bot.runners import wire as jobcodec
from bot.web.fetch import Fetcher
from bot.workers import JobRunner

log = logging.getLogger(__name__)


async def run_worker(
    settings: Settings,
    *,
    concurrency: int | None = None,
    jobs: Mapping[str, Callable[..., Any]] | None = None,
    stop: asyncio.Event | None = None,
) -> None:
    """Serve jobs until SIGTERM/SIGINT (or ``stop``), then finish the running ones and return."""
    if not settings.job_queue_url:
        raise ConfigError(
            "JOB_QUEUE_URL is not set: a worker takes its jobs from Redis, "
            "e.g. JOB_QUEUE_URL=redis://127.0.0.1:6379/0."
        )
    from bot.runners.broker import TASK_NAME, check_redis, make_broker

    await check_redis(settings.job_queue_url)
    size = concurrency or settings.workers
    known = dict(jobs) if jobs is not None else jobcodec.default_jobs()
    stop = stop or asyncio.Event()
    broker = make_broker(settings)
    broker.is_worker_process = True
    metrics.serve(settings.metrics_port, settings.metrics_host)
    async with (
        JobRunner(size, memory_mb=settings.worker_memory_mb) as pool,
        Fetcher(settings) as fetcher,
    ):
        await pool.run(jobcodec.warm, timeout=120)
        here = {"fetcher": fetcher, "runner": pool, "settings": settings}
        broker.register_task(_job_task(broker, pool, known, here), task_name=TASK_NAME)
        receiver = Receiver(
            broker,
            max_async_tasks=size,
            max_prefetch=0,
            ack_type=AcknowledgeType.WHEN_SAVED,
            propagate_exceptions=False,
        )
        with _signals_set(stop):
            log.info("worker ready: %d job(s) at once from %s", size, broker.queue_name)
            try:
                await receiver.listen(stop)
            finally:
                await broker.shutdown()
    log.info("worker stopped")


def _job_task(
    broker: Any,
    pool: JobRunner,
    known: Mapping[str, Callable[..., Any]],
    here: dict[str, Any],
) -> Any:
    async def job(payload: str, context: Context = TaskiqDepends()) -> str:  # noqa: B008
        """Run one job; the answer is written once per job id."""
        job_id = context.message.task_id
        if await broker.result_backend.is_result_ready(job_id):
            log.info("job %s was already answered; not run again", job_id)
            raise NoResultError
        spec = jobcodec.decode(payload)
        started = time.time()
        if started > spec["deadline"]:
            log.info("job %s waited past its deadline; its sender has gone", job_id)
            raise NoResultError
        waited = started - spec["sent"]
        fn = known.get(spec["name"])
        try:
            if fn is None:
                raise jobcodec.UnknownJob(f"this worker does not run {spec['name']!r} jobs")
            if inspect.iscoroutinefunction(fn):  # runs here, with the worker's fetcher and pool
                call = fn(*spec["args"], **spec["kwargs"], **here)
                value = await asyncio.wait_for(call, spec["timeout"])
            else:
                value = await pool.run(fn, *spec["args"], timeout=spec["timeout"], **spec["kwargs"])
            kind = "ok"
        except TimeoutError:
            kind, value = "err", TimeLimitError("That took too long, so I gave up.")
        except SummarybotError as exc:
            kind, value = "err", exc
        except Exception as exc:  # noqa: BLE001 - a bug in a job; the sender logs it
            log.exception("job %s (%s) failed", job_id, spec["name"])
            kind, value = "crash", f"{type(exc).__name__}: {exc}"
        ran = time.time() - started
        metrics.JOBS_DONE.inc(job=spec["name"])
        metrics.JOB_RUN.observe(ran)
        if kind != "ok":
            metrics.JOB_FAILURES.inc(kind=metrics.failure_kind(value) if kind == "err" else kind)
        return jobcodec.outcome(kind, value, waited=waited, ran=ran)

    return job


class _signals_set:
    """Set ``stop`` on SIGTERM and SIGINT while inside the block."""

    def __init__(self, stop: asyncio.Event) -> None:
        self.stop = stop
        self.installed: list[signal.Signals] = []

    def __enter__(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            try:
                loop.add_signal_handler(sig, self._on, sig)
                self.installed.append(sig)
            except (NotImplementedError, RuntimeError):  # not the main thread
                pass

    def _on(self, sig: signal.Signals) -> None:
        log.info("received %s: finishing running jobs, taking no new ones", sig.name)
        self.stop.set()

    def __exit__(self, *exc: object) -> None:
        loop = asyncio.get_running_loop()
        for sig in self.installed:
            loop.remove_signal_handler(sig)
