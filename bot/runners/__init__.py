"""How the service runs CPU-heavy jobs: the :class:`Runner` interface it depends on.

Today the one implementation is the local process pool (``bot.workers.JobRunner``); a distributed
queue can take its place behind the same interface. The service never names an implementation
except in ``Service.create``, which picks the local pool.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
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


__all__ = ["Runner"]
