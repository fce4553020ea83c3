"""Limits in Redis: one Lua script per check, so each is atomic across every bot process.

Times come from the Redis server (``TIME``), never from the callers' clocks, and every key
expires on its own: a user's window after ``per`` s, a channel's after a minute, a link claim
after :data:`LINK_CLAIM_SECONDS` if its process died before releasing it.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from bot.limits import AUTOLINK_WINDOW, LINK_CLAIM_SECONDS

# KEYS[1] the user's window; ARGV burst, window ms. Returns 0 (allowed) or ms to wait.
_USER = """
local uses = redis.call('INCR', KEYS[1])
if uses == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if uses <= tonumber(ARGV[1]) then return 0 end
local left = redis.call('PTTL', KEYS[1])
if left < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]); left = tonumber(ARGV[2]) end
return left
"""
# KEYS[1] the channel's sorted set of send times (ms); ARGV per minute, window ms.
_CHANNEL = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now, t[1] .. '.' .. t[2] .. '.' .. redis.call('INCR', KEYS[1] .. ':n'))
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('PEXPIRE', KEYS[1] .. ':n', ARGV[2])
return 1
"""
# KEYS[1] a link claim; ARGV the claimer's token. Deletes the claim only if it is ours.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class RedisLimits:
    """The same limits as :class:`bot.limits.memory.MemoryLimits`, shared through Redis."""

    def __init__(self, url: str, *, prefix: str, burst: int, per: float, per_minute: int) -> None:
        from redis.asyncio import Redis

        self.burst, self.per, self.per_minute = burst, per, per_minute
        self._prefix = f"{prefix}:limits"
        self._token = uuid.uuid4().hex  # this process's link claims
        self._redis: Any = Redis.from_url(url, socket_connect_timeout=5)
        self._user = self._redis.register_script(_USER)
        self._channel = self._redis.register_script(_CHANNEL)
        self._release = self._redis.register_script(_RELEASE)

    async def user_wait(self, user_id: int) -> float:
        if self.burst <= 0 or self.per <= 0:
            return 0.0
        waited = await self._user(
            keys=[f"{self._prefix}:user:{user_id}"], args=[self.burst, int(self.per * 1000)]
        )
        return int(waited) / 1000

    async def channel_allows(self, channel_id: int) -> bool:
        allowed = await self._channel(
            keys=[f"{self._prefix}:autolink:{channel_id}"],
            args=[self.per_minute, int(AUTOLINK_WINDOW * 1000)],
        )
        return allowed == 1

    async def claim_link(self, channel_id: int, url: str) -> bool:
        claimed = await self._redis.set(
            self._link_key(channel_id, url), self._token, nx=True, px=int(LINK_CLAIM_SECONDS * 1000)
        )
        return bool(claimed)

    async def release_link(self, channel_id: int, url: str) -> None:
        await self._release(keys=[self._link_key(channel_id, url)], args=[self._token])

    def _link_key(self, channel_id: int, url: str) -> str:
        digest = hashlib.sha256(url.encode("utf-8", "replace")).hexdigest()[:32]
        return f"{self._prefix}:link:{channel_id}:{digest}"

    async def close(self) -> None:
        await self._redis.aclose()
