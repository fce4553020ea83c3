"""Fair sharing of the worker pool: per-user and per-channel caps, round-robin between owners.

One user pasting hostile links, or one busy channel, must not hold every worker. A job asks
:class:`FairSlots` for a slot on behalf of its :class:`JobOwner`; the slot is granted when a worker
is free and the owner's user and channel are under their caps. Waiting jobs are served in turn,
one owner after another, so a newcomer waits behind at most one job of each owner already waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter, deque
from collections.abc import AsyncIterator, Hashable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class JobOwner:
    """Who a job runs for: a user id and a channel (any hashable key, e.g. a ``Scope``).

    Either may be None: a job without a user (the CLI, a re-summary) counts only against its
    channel's cap, and a job without either counts against no cap.
    """

    user: Hashable | None = None
    channel: Hashable | None = None

    @property
    def turn_key(self) -> Hashable:
        """Whose turn a waiting job belongs to: its user, else its channel."""
        if self.user is not None:
            return ("user", self.user)
        return ("channel", self.channel)


NOBODY = JobOwner()


def default_caps(workers: int) -> tuple[int, int]:
    """Default (per user, per channel) caps for a pool of ``workers``.

    A user may run ``workers - 2`` jobs (at least 1) and a channel one more, but never every worker
    once there are 3 or more. So one user flooding never holds every worker, another user in the
    same channel still starts at once, and from 3 workers on a busy channel leaves one for the
    others. With 2 workers: 1 per user, 2 per channel; with 1 worker, jobs just take turns.
    """
    workers = max(1, workers)
    per_user = max(1, workers - 2)
    per_channel = min(workers, max(per_user + 1, workers - 1))
    return per_user, per_channel


class FairSlots:
    """Up to ``size`` concurrent slots; at most ``per_user`` per user and ``per_channel`` per channel."""

    def __init__(self, size: int, *, per_user: int | None = None, per_channel: int | None = None):
        self.size = max(1, size)
        user_cap, channel_cap = default_caps(self.size)
        self.per_user = max(1, per_user) if per_user else user_cap
        self.per_channel = max(1, per_channel) if per_channel else channel_cap
        self._running = 0
        self._users: Counter[Hashable] = Counter()
        self._channels: Counter[Hashable] = Counter()
        # turn key -> its waiting jobs; dict order is the round-robin order
        self._waiting: dict[Hashable, deque[tuple[JobOwner, asyncio.Future[None]]]] = {}

    @property
    def running(self) -> int:
        return self._running

    @property
    def waiting(self) -> int:
        return sum(len(queue) for queue in self._waiting.values())

    @contextlib.asynccontextmanager
    async def slot(self, owner: JobOwner | None = None) -> AsyncIterator[None]:
        """Hold a slot for ``owner`` while the block runs (waiting for one if needed)."""
        owner = owner or NOBODY
        await self._acquire(owner)
        try:
            yield
        finally:
            self._release(owner)

    async def _acquire(self, owner: JobOwner) -> None:
        granted = asyncio.get_running_loop().create_future()
        waiter = (owner, granted)
        self._waiting.setdefault(owner.turn_key, deque()).append(waiter)
        self._dispatch()
        try:
            await granted
        except asyncio.CancelledError:
            if granted.done() and not granted.cancelled():
                self._release(owner)  # granted just as the caller gave up: pass the slot on
            else:
                self._forget(owner.turn_key, waiter)
            raise

    def _release(self, owner: JobOwner) -> None:
        self._count(owner, -1)
        self._dispatch()

    def _count(self, owner: JobOwner, step: int) -> None:
        self._running += step
        for counter, key in ((self._users, owner.user), (self._channels, owner.channel)):
            if key is not None:
                counter[key] += step
                if counter[key] <= 0:
                    del counter[key]  # forget owners with nothing running

    def _fits(self, owner: JobOwner) -> bool:
        return (owner.user is None or self._users[owner.user] < self.per_user) and (
            owner.channel is None or self._channels[owner.channel] < self.per_channel
        )

    def _dispatch(self) -> None:
        """Grant free slots to waiting jobs, one owner after another, skipping owners at a cap."""
        while self._running < self.size:
            found = self._next_waiter()
            if found is None:
                return  # nobody waiting, or everyone waiting is at a cap
            key, waiter = found
            queue = self._waiting.pop(key)
            queue.remove(waiter)
            if queue:
                self._waiting[key] = queue  # back of the line
            owner, granted = waiter
            self._count(owner, +1)
            granted.set_result(None)

    def _next_waiter(self) -> tuple[Hashable, tuple[JobOwner, asyncio.Future[None]]] | None:
        for key, queue in self._waiting.items():
            for waiter in queue:
                if not waiter[1].done() and self._fits(waiter[0]):
                    return key, waiter
        return None

    def _forget(self, key: Hashable, waiter: tuple[JobOwner, asyncio.Future[None]]) -> None:
        queue = self._waiting.get(key)
        if queue is not None and waiter in queue:
            queue.remove(waiter)
            if not queue:
                del self._waiting[key]
