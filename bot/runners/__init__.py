"""Where heavy jobs run, behind the :class:`Runner` interface the service depends on.

The local process pool (``bot.workers.JobRunner``) is the embedded default; with ``JOB_QUEUE_URL``
set, jobs go to ``summarybot worker`` processes through a Taskiq queue on Redis
(``bot.runners.queue``). The queue's modules import Taskiq and Redis only when a queue is
configured. :func:`open_runner` is the one place that picks an implementation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.fairness import JobOwner


class Runner(Protocol):
    """Runs ``fn(*args, **kwargs)`` away from the event loop and stops it after ``timeout``.

    ``owner`` (who the job is for) gets the job a fair turn among other users and channels.
    """

    async def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        timeout: float,
        owner: JobOwner | None = None,
        **kwargs: Any,
    ) -> Any: ...

    async def close(self) -> None: ...


async def open_runner(settings: Settings, *, pages: bool = True, batch: bool = False) -> Runner:
    """The runner the settings ask for: :class:`QueueRunner` with ``JOB_QUEUE_URL``, else the pool.

    ``pages=False``: the work will be plain text, so a local pool does not preload the HTML and
    PDF parsers (it still reads a page that comes, only less quickly). ``batch``: one caller with
    many short jobs; a local pool hands each worker its next job while it runs one (same limits).

    Raises:
        ConfigError: the queue's Redis cannot be reached (so a bot fails at start-up, clearly).
    """
    if settings.job_queue_url:
        from bot.runners.queue import QueueRunner

        runner = QueueRunner(settings)
        await runner.start()
        return runner
    from bot.workers import JobRunner

    return JobRunner(
        settings.workers,
        memory_mb=settings.worker_memory_mb,
        per_user=settings.jobs_per_user,
        per_channel=settings.jobs_per_channel,
        pages=pages,
        depth=2 if batch else 1,
    )


__all__ = ["Runner", "open_runner"]
