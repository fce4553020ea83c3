"""Requests in progress, so that a shutdown can let them finish before closing the service."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator


class InFlight:
    """Counts running requests; ``drain`` refuses new ones and waits for the rest to end."""

    def __init__(self) -> None:
        self.count = 0
        self.draining = False
        self._idle = asyncio.Event()
        self._idle.set()

    def begin(self) -> None:
        self.count += 1
        self._idle.clear()

    def end(self) -> None:
        self.count = max(0, self.count - 1)
        if self.count == 0:
            self._idle.set()

    @contextlib.asynccontextmanager
    async def track(self) -> AsyncIterator[None]:
        """``async with inflight.track():`` around one piece of work."""
        self.begin()
        try:
            yield
        finally:
            self.end()

    async def drain(self, timeout: float) -> bool:
        """Stop accepting work and wait up to ``timeout`` s; True when everything finished."""
        self.draining = True
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            return False
        return True
