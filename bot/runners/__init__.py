"""How the service runs CPU-heavy jobs: the :class:`Runner` interface it depends on.

Today the one implementation is the local process pool (``bot.workers.JobRunner``); a distributed
queue can take its place behind the same interface. The service never names an implementation
except in ``Service.create``, which picks the local pool.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol


class Runner(Protocol):
    """Runs ``fn(*args, **kwargs)`` away from the event loop and stops it after ``timeout``."""

    async def run(
        self, fn: Callable[..., Any], *args: Any, timeout: float, **kwargs: Any
    ) -> Any: ...

    async def close(self) -> None: ...


__all__ = ["Runner"]
