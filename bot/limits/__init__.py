"""Limits shared by every bot process: per-user cooldowns, the per-channel autolink rate, and
"this link is already being summarized in this channel".

``open_limits(settings)`` keeps them in memory (one process, as before) or, with ``REDIS_URL``
(which defaults to ``JOB_QUEUE_URL``), in Redis with atomic scripts and expiring keys, so that
two shards cannot double a user's allowance.
"""

from __future__ import annotations

from typing import Protocol

from bot.config import Settings

# Heavy commands: a burst of this many per user, refilled after COOLDOWN_SECONDS x burst.
COOLDOWN_BURST = 3
AUTOLINK_WINDOW = 60.0
# A claimed link is released when its summary is done; this expiry only covers a crashed process.
LINK_CLAIM_SECONDS = 300.0


class Limits(Protocol):
    """Counters that hold across processes (or within one, in memory)."""

    async def user_wait(self, user_id: int) -> float:
        """Count one heavy request by ``user_id``: 0.0 if allowed, else seconds until allowed."""
        ...

    async def channel_allows(self, channel_id: int) -> bool:
        """Count one automatic summary in the channel if its 60-second window has room."""
        ...

    async def claim_link(self, channel_id: int, url: str) -> bool:
        """Mark ``url`` as being summarized in the channel; False if it already is."""
        ...

    async def release_link(self, channel_id: int, url: str) -> None:
        """The summary of ``url`` is done (or failed): the link may be claimed again."""
        ...

    async def close(self) -> None: ...


def open_limits(settings: Settings) -> Limits:
    """Redis limits when ``REDIS_URL`` (or ``JOB_QUEUE_URL``) is set, else in-process ones."""
    options = {
        "burst": COOLDOWN_BURST,
        "per": settings.cooldown_seconds * COOLDOWN_BURST,
        "per_minute": settings.autolink_per_channel_per_minute,
    }
    if settings.redis_url:
        from bot.limits.redis import RedisLimits

        return RedisLimits(settings.redis_url, prefix=settings.redis_key_prefix, **options)
    from bot.limits.memory import MemoryLimits

    return MemoryLimits(**options)
