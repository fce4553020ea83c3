"""Where heavy jobs run: the local process pool, or queue workers when ``JOB_QUEUE_URL`` is set.

Both offer ``await runner.run(fn, *args, timeout=..., **kwargs)`` and ``await runner.close()``.
The queue's modules import Taskiq and Redis; they are imported only when a queue is configured.
"""

from __future__ import annotations

from typing import Any

from bot.config import Settings


async def open_runner(settings: Settings) -> Any:
    """The runner the settings ask for: :class:`QueueRunner` with ``JOB_QUEUE_URL``, else the pool.

    Raises:
        ConfigError: the queue's Redis cannot be reached (so a bot fails at start-up, clearly).
    """
    if settings.job_queue_url:
        from bot.runners.queue import QueueRunner

        runner = QueueRunner(settings)
        await runner.start()
        return runner
    from bot.workers import JobRunner

    return JobRunner(settings.workers, memory_mb=settings.worker_memory_mb)
