"""Rate limits kept in memory: per user for heavy commands, per channel for automatic summaries."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from discord import app_commands


class UserCooldowns:
    """One shared bucket per user for every heavy command (summaries and quotes).

    ``rate`` uses within ``per`` seconds are allowed; a user who alternates between /summarize,
    /quotes and the context menus still shares one bucket, so the worker pool stays fair.
    """

    def __init__(
        self, rate: int, per: float, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.per = per
        self._clock = clock
        self._buckets: dict[int, app_commands.Cooldown] = {}
        self._last_used: dict[int, float] = {}

    @property
    def enabled(self) -> bool:
        return self.rate > 0 and self.per > 0

    def hit(self, user_id: int) -> app_commands.CommandOnCooldown | None:
        """Count one use; return the error to raise when the user must wait, else None."""
        if not self.enabled:
            return None
        now = self._clock()
        self._prune(now)
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = self._buckets[user_id] = app_commands.Cooldown(self.rate, self.per)
        self._last_used[user_id] = now
        retry_after = bucket.update_rate_limit(now)
        if retry_after:
            return app_commands.CommandOnCooldown(bucket, retry_after)
        return None

    def _prune(self, now: float) -> None:
        if len(self._buckets) < 1024:
            return
        stale = [uid for uid, last in self._last_used.items() if now - last > self.per]
        for uid in stale:
            del self._buckets[uid]
            del self._last_used[uid]


class ChannelThrottle:
    """At most ``per_minute`` automatic summaries per channel in any 60-second window."""

    WINDOW = 60.0

    def __init__(self, per_minute: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._sent: dict[int, deque[float]] = {}

    def allow(self, channel_id: int) -> bool:
        """Count one summary for the channel if the window has room; False when it has not."""
        now = self._clock()
        times = self._sent.setdefault(channel_id, deque())
        while times and now - times[0] >= self.WINDOW:
            times.popleft()
        if len(times) >= self.per_minute:
            return False
        times.append(now)
        if len(self._sent) > 4096:
            self._forget_idle(now)
        return True

    def _forget_idle(self, now: float) -> None:
        idle = [cid for cid, t in self._sent.items() if not t or now - t[-1] >= self.WINDOW]
        for cid in idle:
            del self._sent[cid]
