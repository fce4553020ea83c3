"""The Taskiq broker both sides share: a Redis stream with acknowledged delivery and redelivery.

Built on taskiq-redis's ``RedisStreamBroker`` with three changes to its ``listen`` (1.2.x):

* Unacknowledged messages are reclaimed (``XAUTOCLAIM``) on a timer, not only after new messages
  arrive, and without the lock that a SIGKILLed worker could leave held forever
  (taskiq-python/taskiq-redis#131). ``XAUTOCLAIM`` is atomic: one message goes to one worker.
* A worker reads one message at a time, when it has a free slot, so a busy worker never sits on
  messages that an idle one could run, and whatever it holds is what it is running.
* A worker renews the messages it is running (``XCLAIM ... JUSTID``) every third of the
  redelivery time. So a long job is never handed to a second worker while its worker lives, and
  the redelivery time can stay short: a message of a worker killed mid-job is run again by a live
  worker within twice ``JOB_QUEUE_REDELIVER`` seconds.

An acknowledged message is also deleted from the stream, so the stream holds only work not yet
done (plain ``XACK`` leaves every message in it forever).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any

from redis.asyncio import Redis
from taskiq import AckableMessage
from taskiq_redis import RedisAsyncResultBackend, RedisStreamBroker

from bot.config import ConfigError, Settings

log = logging.getLogger(__name__)

TASK_NAME = "summarybot.job"
# A job whose worker died this many times is answered with an error instead of a fourth try.
MAX_DELIVERIES = 3
# A sender reads (and deletes) its answer; one nobody read expires after this long.
RESULT_SECONDS = 3600


class JobStreamBroker(RedisStreamBroker):
    """``RedisStreamBroker`` with timed reclaiming, one-at-a-time reads and renewed leases."""

    def __init__(self, url: str, *, queue_name: str, redeliver_seconds: float) -> None:
        redeliver_ms = max(100, int(redeliver_seconds * 1000))
        super().__init__(
            url,
            queue_name=queue_name,
            consumer_group_name=f"{queue_name}:workers",
            consumer_id="0",
            idle_timeout=redeliver_ms,
            xread_block=max(50, min(2000, redeliver_ms // 2)),
            xread_count=1,
            unacknowledged_batch_size=1,
        )
        self._held: set[bytes] = set()
        self._renewer: asyncio.Task | None = None

    @property
    def redeliver_seconds(self) -> float:
        return self.idle_timeout / 1000

    def _ack_generator(self, id: bytes, queue_name: str) -> Callable[[], Awaitable[None]]:
        async def _ack() -> None:
            async with Redis(connection_pool=self.connection_pool) as conn:
                async with conn.pipeline(transaction=True) as pipe:
                    pipe.xack(queue_name, self.consumer_group_name, id)
                    pipe.xdel(queue_name, id)
                    await pipe.execute()
            self._held.discard(id)

        return _ack

    def _deliver(self, msg_id: bytes, fields: dict) -> AckableMessage:
        self._held.add(msg_id)
        return AckableMessage(
            data=fields[b"data"], ack=self._ack_generator(id=msg_id, queue_name=self.queue_name)
        )

    async def listen(self) -> AsyncGenerator[AckableMessage, None]:
        """Yield one message per free slot: reclaimed ones first, then new ones."""
        loop = asyncio.get_running_loop()
        next_reclaim = 0.0
        async with Redis(connection_pool=self.connection_pool) as conn:
            while True:
                if loop.time() >= next_reclaim:
                    _, claimed, *_ = await conn.xautoclaim(
                        self.queue_name,
                        self.consumer_group_name,
                        self.consumer_name,
                        min_idle_time=self.idle_timeout,
                        count=1,
                    )
                    if claimed:
                        msg_id, fields = claimed[0]
                        if await self._gave_up(conn, msg_id, fields):
                            continue
                        log.warning("job message %s redelivered from a stopped worker", msg_id)
                        yield self._deliver(msg_id, fields)
                        continue  # there may be more
                    next_reclaim = loop.time() + self.redeliver_seconds / 2
                fetched = await conn.xreadgroup(
                    self.consumer_group_name,
                    self.consumer_name,
                    {self.queue_name: ">"},
                    block=self.block,
                    count=1,
                )
                for _stream, messages in fetched or ():
                    for msg_id, fields in messages:
                        yield self._deliver(msg_id, fields)

    async def _gave_up(self, conn: Redis, msg_id: bytes, fields: dict) -> bool:
        """Answer a job that stopped its worker too often with an error, and drop it."""
        (entry,) = await conn.xpending_range(
            self.queue_name, self.consumer_group_name, min=msg_id, max=msg_id, count=1
        ) or ({"times_delivered": 0},)
        if entry["times_delivered"] <= MAX_DELIVERIES:
            return False
        from taskiq.result import TaskiqResult

        from bot.runners.wire import outcome
        from bot.workers import WorkerCrashed

        message = self.formatter.loads(fields[b"data"])
        log.error(
            "job %s stopped its worker %d times; answered as failed",
            message.task_id,
            entry["times_delivered"] - 1,
        )
        error = WorkerCrashed("Processing that stopped my workers several times, so I gave up.")
        answer = outcome("err", error, waited=0.0, ran=0.0)
        await self.result_backend.set_result(
            message.task_id, TaskiqResult(is_err=False, return_value=answer, execution_time=0)
        )
        await self._ack_generator(msg_id, self.queue_name)()
        return True

    async def startup(self) -> None:
        await super().startup()
        if self.is_worker_process:
            self._renewer = asyncio.create_task(self._renew_held(), name="renew-held-jobs")

    async def shutdown(self) -> None:
        if self._renewer is not None:
            self._renewer.cancel()
        await super().shutdown()

    async def _renew_held(self) -> None:
        """Reset the idle time of the messages this worker is running, so none is reclaimed."""
        async with Redis(connection_pool=self.connection_pool) as conn:
            while True:
                await asyncio.sleep(self.redeliver_seconds / 3)
                held = list(self._held)
                if not held:
                    continue
                try:
                    await conn.xclaim(
                        self.queue_name,
                        self.consumer_group_name,
                        self.consumer_name,
                        min_idle_time=0,
                        message_ids=held,
                        justid=True,
                    )
                except Exception as exc:  # noqa: BLE001 - retried at the next beat
                    log.warning("could not renew %d running job(s): %s", len(held), exc)


def queue_key(settings: Settings) -> str:
    return f"{settings.redis_key_prefix}:jobs"


def make_broker(settings: Settings) -> JobStreamBroker:
    """The broker and result backend for ``JOB_QUEUE_URL`` (not connected yet)."""
    if not settings.job_queue_url:
        raise ConfigError(
            "JOB_QUEUE_URL is not set: a queue needs Redis, e.g. JOB_QUEUE_URL=redis://127.0.0.1:6379/0."
        )
    broker = JobStreamBroker(
        settings.job_queue_url,
        queue_name=queue_key(settings),
        redeliver_seconds=settings.job_queue_redeliver,
    )
    backend: RedisAsyncResultBackend[Any] = RedisAsyncResultBackend(
        settings.job_queue_url,
        keep_results=False,  # the sender reads its answer once
        result_ex_time=RESULT_SECONDS,
        prefix_str=f"{settings.redis_key_prefix}:result",
    )
    return broker.with_result_backend(backend)


async def check_redis(url: str) -> None:
    """Fail with a clear error when Redis cannot be reached."""
    from redis.exceptions import RedisError

    conn = Redis.from_url(url, socket_connect_timeout=3, socket_timeout=3)
    try:
        await conn.ping()
    except (RedisError, OSError) as exc:
        raise ConfigError(f"cannot reach Redis at {_safe(url)}: {exc}") from None
    finally:
        await conn.aclose()


def _safe(url: str) -> str:
    """The URL without its password."""
    from yarl import URL

    try:
        return str(URL(url).with_password(None)) if URL(url).password else url
    except ValueError:
        return "the configured URL"
