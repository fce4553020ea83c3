"""The limits of one process, kept in memory (the embedded default)."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from bot.limits import AUTOLINK_WINDOW, LINK_CLAIM_SECONDS

_PRUNE_AT = 4096


class MemoryLimits:
    """A fixed window per user (``burst`` uses per ``per`` s), a sliding minute per channel."""

    def __init__(
        self,
        *,
        burst: int,
        per: float,
        per_minute: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.burst, self.per, self.per_minute = burst, per, per_minute
        self._clock = clock
        self._users: dict[int, tuple[float, int]] = {}  # user -> (window start, uses)
        self._channels: dict[int, deque[float]] = {}
        self._links: dict[tuple[int, str], float] = {}  # (channel, url) -> claim expiry

    async def user_wait(self, user_id: int) -> float:
        if self.burst <= 0 or self.per <= 0:
            return 0.0
        now = self._clock()
        start, uses = self._users.get(user_id, (now, 0))
        if now - start >= self.per:
            start, uses = now, 0
        if uses >= self.burst:
            return start + self.per - now
        self._users[user_id] = (start, uses + 1)
        if len(self._users) > _PRUNE_AT:
            self._users = {u: w for u, w in self._users.items() if now - w[0] < self.per}
        return 0.0

    async def channel_allows(self, channel_id: int) -> bool:
        now = self._clock()
        times = self._channels.setdefault(channel_id, deque())
        while times and now - times[0] >= AUTOLINK_WINDOW:
            times.popleft()
        if len(times) >= self.per_minute:
            return False
        times.append(now)
        if len(self._channels) > _PRUNE_AT:
            self._channels = {
                c: t for c, t in self._channels.items() if t and now - t[-1] < AUTOLINK_WINDOW
            }
        return True

    async def claim_link(self, channel_id: int, url: str) -> bool:
        now = self._clock()
        key = (channel_id, url)
        if self._links.get(key, 0.0) > now:
            return False
        self._links[key] = now + LINK_CLAIM_SECONDS
        if len(self._links) > _PRUNE_AT:
            self._links = {k: t for k, t in self._links.items() if t > now}
        return True

    async def release_link(self, channel_id: int, url: str) -> None:
        self._links.pop((channel_id, url), None)

    async def close(self) -> None:
        return None
