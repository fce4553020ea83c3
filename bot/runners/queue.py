"""Send heavy jobs to queue workers (``summarybot worker``) through Taskiq and Redis.

``QueueRunner.run`` has the local pool's signature, so the service does not know which one it
has. Every job gets an id from the sender; a worker runs a job id at most once to the end, and
the sender reads exactly one answer for it, even when a killed worker's job is delivered again.

Admission happens before a job enters the stream, in one Lua script (atomic across processes):

* back-pressure: at most ``JOB_QUEUE_MAX`` jobs are queued or running; past that the caller gets
  :class:`QueueBusy` at once;
* fairness: one owner (a user) has at most ``per_owner`` jobs in the queue at once; the owner's
  next job waits here, in the sender, so it never sits in the shared stream in front of other
  users' jobs.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from bot import metrics
from bot.config import Settings
from bot.errors import SummarybotError, TimeLimitError
from bot.fairness import JobOwner
from bot.runners import wire as jobcodec

log = logging.getLogger(__name__)

# A waiting sender looks for its result first after POLL_SECONDS, then less and less often (up
# to POLL_MAX_SECONDS), so hundreds of waiting jobs cost Redis little.
POLL_SECONDS = 0.02
POLL_MAX_SECONDS = 0.25
PER_OWNER = 2

# KEYS[1] all admitted jobs, KEYS[2] this owner's jobs (zsets scored by their deadline)
# ARGV: job id, deadline, now, queue max, owner cap.
# Returns {status, depth}: status 1 admitted, 0 queue full, -1 the owner has its share running.
_ADMIT = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[3])
local depth = redis.call('ZCARD', KEYS[1])
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return {1, depth} end
if depth >= tonumber(ARGV[4]) then return {0, depth} end
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[5]) then return {-1, depth} end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
redis.call('PEXPIREAT', KEYS[2], math.ceil(tonumber(ARGV[2]) * 1000))
return {1, depth + 1}
"""


class QueueBusy(SummarybotError):
    """The job queue is full."""


BUSY = QueueBusy("I'm busy right now: too many summaries are waiting. Try again shortly.")


class QueueRunner:
    """Runs registered jobs on queue workers; the same ``run`` as :class:`bot.workers.JobRunner`."""

    fetches_remotely = True  # links are fetched by the worker that runs the job

    def __init__(
        self,
        settings: Settings,
        *,
        jobs: Mapping[str, Callable[..., Any]] | None = None,
        per_owner: int = PER_OWNER,
        observer: Callable[[str, float, float], None] | None = None,
    ) -> None:
        from bot.runners.broker import make_broker

        self.settings = settings
        self.jobs = dict(jobs) if jobs is not None else jobcodec.default_jobs()
        self.per_owner = per_owner
        self.observer = observer  # called with (job name, seconds queued, seconds running)
        self.broker = make_broker(settings)
        self._prefix = settings.redis_key_prefix
        self._redis: Any = None
        self._admit: Any = None
        self._started = False
        self._lock = asyncio.Lock()

    async def start(self) -> None:
        """Connect (once); a clear error when Redis cannot be reached."""
        async with self._lock:
            if self._started:
                return
            from redis.asyncio import Redis

            from bot.runners.broker import check_redis

            await check_redis(self.settings.job_queue_url or "")
            await self.broker.startup()
            self._redis = Redis.from_url(self.settings.job_queue_url or "")
            self._admit = self._redis.register_script(_ADMIT)
            self._started = True

    async def __aenter__(self) -> QueueRunner:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._started:
            self._started = False
            await self.broker.shutdown()
            await self._redis.aclose()

    async def depth(self) -> int:
        """Jobs queued or running now (admitted and not yet answered)."""
        await self.start()
        key = f"{self._prefix}:admitted"
        await self._redis.zremrangebyscore(key, "-inf", time.time())
        return int(await self._redis.zcard(key))

    async def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        timeout: float,
        owner: JobOwner | int | str | None = None,
        job_id: str | None = None,
        **kwargs: Any,
    ) -> Any:
        """Run ``fn(*args, **kwargs)`` on a worker within ``timeout`` s of run time.

        Raises:
            QueueBusy: the queue is full (at once, never a long wait).
            TimeLimitError: the job ran past ``timeout``, or no worker answered in time.
            JobFailed: the job failed with an unexpected error (a bug).
        """
        if isinstance(owner, JobOwner):  # the queue's share is per user (see the module docstring)
            owner = owner.user if isinstance(owner.user, int | str) else None
        name = jobcodec.job_name(fn, self.jobs)
        await self.start()
        job_id = job_id or uuid.uuid4().hex
        sent = time.time()
        deadline = sent + self.settings.job_queue_wait + timeout
        try:
            return await self._run(name, job_id, owner, sent, deadline, args, kwargs, timeout)
        except Exception as exc:
            metrics.JOB_FAILURES.inc(kind=metrics.failure_kind(exc))
            raise

    async def _run(self, name, job_id, owner, sent, deadline, args, kwargs, timeout) -> Any:
        await self._enter(job_id, owner, deadline)
        try:
            payload = jobcodec.encode(
                {
                    "name": name,
                    "args": args,
                    "kwargs": kwargs,
                    "timeout": timeout,
                    "sent": sent,
                    "deadline": deadline,
                }
            )
            await _kicker(self.broker).with_task_id(job_id).kiq(payload)
            _stop_if_cancelled()
            answer = await self._wait(job_id, deadline)
        finally:
            await self._leave(job_id, owner)
        if answer.is_err or not isinstance(answer.return_value, str):
            raise jobcodec.JobFailed(f"a queue job failed: {answer.error!r}")
        result = jobcodec.decode(answer.return_value)
        metrics.JOB_WAIT.observe(result["waited"])
        metrics.JOB_RUN.observe(result["ran"])
        metrics.JOB_LATENCY.observe(time.time() - sent)
        if self.observer is not None:
            self.observer(name, result["waited"], result["ran"])
        return jobcodec.unwrap(result)

    async def _enter(self, job_id: str, owner: int | str | None, deadline: float) -> None:
        owner_key = f"{self._prefix}:owner:{owner if owner is not None else '-'}"
        cap = self.per_owner if owner is not None else self.settings.job_queue_max
        while True:
            now = time.time()
            status, depth = await self._admit(
                keys=[f"{self._prefix}:admitted", owner_key],
                args=[job_id, deadline, now, self.settings.job_queue_max, cap],
            )
            metrics.QUEUE_DEPTH.set(depth)
            _stop_if_cancelled()
            if status == 1:
                return
            if status == 0:
                metrics.JOBS_REFUSED.inc()
                raise BUSY
            if now > deadline - 1:
                raise TimeLimitError("Your earlier requests are still running; try again shortly.")
            await asyncio.sleep(POLL_MAX_SECONDS)

    async def _leave(self, job_id: str, owner: int | str | None) -> None:
        owner_key = f"{self._prefix}:owner:{owner if owner is not None else '-'}"
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.zrem(f"{self._prefix}:admitted", job_id)
                pipe.zrem(owner_key, job_id)
                await pipe.execute()
        except Exception as exc:  # noqa: BLE001 - the entries expire at their deadline anyway
            log.warning("could not release job %s: %s", job_id, exc)

    async def _wait(self, job_id: str, deadline: float) -> Any:
        backend = self.broker.result_backend
        pause = POLL_SECONDS
        while time.time() < deadline:
            ready = await backend.is_result_ready(job_id)
            _stop_if_cancelled()
            if ready:
                return await backend.get_result(job_id)
            await asyncio.sleep(pause)
            pause = min(POLL_MAX_SECONDS, pause * 1.5)
        raise TimeLimitError("No worker answered in time, so I gave up. Try again shortly.")


def _stop_if_cancelled() -> None:
    """Raise ``CancelledError`` if this task was cancelled and a library swallowed it.

    redis-py can lose a cancellation that arrives in the middle of a command (redis/redis-py#2028,
    #2551; seen here with 8.2 during the job's XADD). The task still reports ``cancelling()``, so
    the sender checks after each Redis call instead of polling on until the job's deadline.
    """
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError


def _kicker(broker: Any) -> Any:
    from taskiq.kicker import AsyncKicker

    from bot.runners.broker import TASK_NAME

    return AsyncKicker(TASK_NAME, broker, {})
