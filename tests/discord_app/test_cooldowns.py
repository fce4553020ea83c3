"""Per-user cooldowns and per-channel throttling, on a fake clock."""

from __future__ import annotations

from discord import app_commands

from bot.discord_app.cooldowns import ChannelThrottle, UserCooldowns


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_user_cooldown_allows_a_burst_then_refuses_with_retry_after():
    clock = Clock()
    cooldowns = UserCooldowns(3, 30.0, clock=clock)
    assert [cooldowns.hit(1) for _ in range(3)] == [None, None, None]
    error = cooldowns.hit(1)
    assert isinstance(error, app_commands.CommandOnCooldown)
    assert 0 < error.retry_after <= 30.0
    assert cooldowns.hit(2) is None  # other users are not affected
    clock.now += 31
    assert cooldowns.hit(1) is None


def test_disabled_cooldown():
    cooldowns = UserCooldowns(3, 0.0)
    assert all(cooldowns.hit(1) is None for _ in range(20))


def test_channel_throttle_sliding_window():
    clock = Clock()
    throttle = ChannelThrottle(2, clock=clock)
    assert throttle.allow(10) and throttle.allow(10)
    assert not throttle.allow(10)
    assert throttle.allow(11)
    clock.now += 30
    assert not throttle.allow(10)
    clock.now += 31
    assert throttle.allow(10)
