"""Due times of scheduled digests: pure arithmetic on aware UTC datetimes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.models import Scope
from bot.schedules import (
    STALE_CLAIM,
    DigestSchedule,
    LastRun,
    latest_due,
    next_due,
    owed,
)

SCOPE = Scope(guild_id=10, channel_id=20)


def at(day: int, hour: int = 0, minute: int = 0, month: int = 12) -> datetime:
    """A moment in December 2026 (the 7th is a Monday)."""
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def schedule(period="daily", hour=9, since=None, last_run=None, post_to=20) -> DigestSchedule:
    return DigestSchedule(SCOPE, period, hour, post_to, since or at(1), last_run)


def test_the_calendar_of_these_tests():
    assert at(7).weekday() == 0  # Monday


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(5, 9, 0), at(5, 9)),  # exactly at the hour: due now
        (at(5, 9, 1), at(5, 9)),
        (at(5, 8, 59), at(4, 9)),  # before the hour: yesterday's
        (at(5, 23, 59), at(5, 9)),
        (at(1, 3, month=1), datetime(2025, 12, 31, 9, tzinfo=UTC)),  # across a year
    ],
)
def test_daily_due_is_the_last_hour_that_came(now, expected):
    assert latest_due("daily", 9, now) == expected


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(7, 9), at(7, 9)),  # Monday at the hour
        (at(7, 8), at(30, 9, month=11)),  # Monday before the hour: last Monday
        (at(10, 15), at(7, 9)),  # Thursday
        (at(13, 23), at(7, 9)),  # Sunday night
        (at(14, 9, 30), at(14, 9)),
    ],
)
def test_weekly_due_is_monday_at_the_hour(now, expected):
    assert latest_due("weekly", 9, now) == expected
    assert latest_due("weekly", 9, now).weekday() == 0


def test_hours_zero_and_twenty_three():
    assert latest_due("daily", 0, at(5, 0, 30)) == at(5, 0)
    assert latest_due("daily", 23, at(5, 22)) == at(4, 23)
    assert latest_due("weekly", 0, at(7, 0)) == at(7, 0)


def test_other_time_zones_are_read_as_utc():
    berlin = timezone(timedelta(hours=1))
    now = datetime(2026, 12, 5, 10, 30, tzinfo=berlin)  # 09:30 UTC
    assert latest_due("daily", 9, now) == at(5, 9)
    assert latest_due("daily", 10, now) == at(4, 10)


def test_next_due_is_one_period_later():
    assert next_due("daily", 9, at(5, 9)) == at(6, 9)
    assert next_due("daily", 9, at(5, 8)) == at(5, 9)
    assert next_due("weekly", 18, at(10, 12)) == at(14, 18)


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        latest_due("daily", 9, datetime(2026, 12, 5, 9))
    with pytest.raises(ValueError, match="period"):
        latest_due("monthly", 9, at(5))
    with pytest.raises(ValueError, match="0-23"):
        latest_due("daily", 24, at(5))


def test_an_owed_daily_digest_covers_the_24_hours_before_it():
    due = owed(schedule(), at(5, 9, 1))
    assert due is not None
    assert (due.since, due.until, due.due) == (at(4, 9), at(5, 9), at(5, 9))
    assert (due.scope, due.period, due.post_channel_id) == (SCOPE, "daily", 20)


def test_an_owed_weekly_digest_covers_the_7_days_before_it():
    due = owed(schedule("weekly", 6, post_to=99), at(9, 12))
    assert (due.since, due.until, due.post_channel_id) == (at(30, 6, month=11), at(7, 6), 99)


def test_a_schedule_set_after_the_due_time_owes_nothing_until_the_next():
    fresh = schedule(since=at(5, 9, 30))
    assert owed(fresh, at(5, 10)) is None
    assert owed(fresh, at(6, 9)).due == at(6, 9)


def test_a_finished_run_is_not_owed_again():
    done = schedule(last_run=LastRun(due=at(5, 9), claimed_at=at(5, 9), done=True))
    assert owed(done, at(5, 23)) is None
    assert owed(done, at(6, 9)).due == at(6, 9)  # the next day's is


def test_only_the_latest_missed_digest_is_owed():
    # the last run was on the 1st; the bot was down until the 5th: one digest, the 5th's
    old = schedule(last_run=LastRun(due=at(1, 9), claimed_at=at(1, 9), done=True))
    due = owed(old, at(5, 12))
    assert (due.since, due.until) == (at(4, 9), at(5, 9))


def test_a_fresh_claim_is_left_alone_and_a_stale_one_is_owed_again():
    claimed = schedule(last_run=LastRun(due=at(5, 9), claimed_at=at(5, 9), done=False))
    assert owed(claimed, at(5, 9) + STALE_CLAIM - timedelta(seconds=1)) is None
    assert owed(claimed, at(5, 9) + STALE_CLAIM + timedelta(seconds=1)).due == at(5, 9)


def test_a_run_later_than_the_due_time_means_nothing_is_owed():
    ahead = schedule(last_run=LastRun(due=at(6, 9), claimed_at=at(6, 9), done=True))
    assert owed(ahead, at(5, 12)) is None  # the clock went back
