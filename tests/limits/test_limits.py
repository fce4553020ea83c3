"""The limits protocol: in memory (fake clock) and in Redis (real server, two clients)."""

from __future__ import annotations

import asyncio

import pytest

from bot.config import Settings
from bot.limits import open_limits
from bot.limits.memory import MemoryLimits
from tests.runners.redis_env import REDIS_URL, delete_prefix, needs_redis, new_prefix


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_user_window_allows_a_burst_then_says_how_long_to_wait():
    clock = Clock()
    limits = MemoryLimits(burst=3, per=30.0, per_minute=6, clock=clock)
    assert [await limits.user_wait(1) for _ in range(3)] == [0.0, 0.0, 0.0]
    clock.now += 10
    assert await limits.user_wait(1) == pytest.approx(20.0)
    assert await limits.user_wait(2) == 0.0  # other users are not affected
    clock.now += 21
    assert await limits.user_wait(1) == 0.0


async def test_no_cooldown_when_disabled():
    limits = MemoryLimits(burst=3, per=0.0, per_minute=6)
    assert [await limits.user_wait(1) for _ in range(20)] == [0.0] * 20


async def test_channel_rate_is_a_sliding_minute():
    clock = Clock()
    limits = MemoryLimits(burst=3, per=30.0, per_minute=2, clock=clock)
    assert await limits.channel_allows(10) and await limits.channel_allows(10)
    assert not await limits.channel_allows(10)
    assert await limits.channel_allows(11)
    clock.now += 30
    assert not await limits.channel_allows(10)
    clock.now += 31
    assert await limits.channel_allows(10)


async def test_a_link_is_claimed_once_per_channel_until_released():
    limits = MemoryLimits(burst=3, per=30.0, per_minute=2)
    assert await limits.claim_link(10, "https://example.org/a")
    assert not await limits.claim_link(10, "https://example.org/a")
    assert await limits.claim_link(11, "https://example.org/a")  # another channel
    await limits.release_link(10, "https://example.org/a")
    assert await limits.claim_link(10, "https://example.org/a")


def test_the_factory_picks_memory_without_redis():
    assert isinstance(open_limits(Settings()), MemoryLimits)


@pytest.fixture
async def two_clients():
    prefix = new_prefix()
    settings = Settings(redis_url=REDIS_URL, redis_key_prefix=prefix, cooldown_seconds=0.2)
    clients = [open_limits(settings), open_limits(settings)]
    yield clients
    for client in clients:
        await client.close()
    delete_prefix(prefix)


@needs_redis
async def test_redis_user_allowance_holds_across_two_clients(two_clients):
    a, b = two_clients
    waits = await asyncio.gather(*(c.user_wait(42) for c in (a, b) * 10))
    assert sum(1 for w in waits if w == 0.0) == 3  # one burst for both processes together
    assert all(0 < w <= 0.6 for w in waits if w)
    await asyncio.sleep(0.65)  # the window (3 x 0.2 s) has passed
    assert await b.user_wait(42) == 0.0


@needs_redis
async def test_redis_channel_rate_holds_across_two_clients(two_clients):
    a, b = two_clients
    allowed = await asyncio.gather(*(c.channel_allows(7) for c in (a, b) * 20))
    assert allowed.count(True) == Settings().autolink_per_channel_per_minute
    assert await a.channel_allows(8)  # another channel has its own minute


@needs_redis
async def test_redis_link_claim_is_taken_once_and_released_by_its_owner(two_clients):
    a, b = two_clients
    url = "https://example.org/story"
    claims = await asyncio.gather(*(c.claim_link(5, url) for c in (a, b) * 5))
    assert claims.count(True) == 1
    owner, other = (a, b) if any(claims[0::2]) else (b, a)  # gather keeps the order a, b, a…
    await other.release_link(5, url)  # not its claim: nothing happens
    assert not await other.claim_link(5, url)
    await owner.release_link(5, url)
    assert await other.claim_link(5, url)
