"""When scheduled channel digests are due: pure arithmetic on timezone-aware UTC datetimes.

A channel's schedule (``/settings digest``) names a period (daily or weekly), an hour of the day in
UTC and where to post. A daily digest is due every day at that hour and covers the 24 hours before
it; a weekly one is due on Mondays at that hour and covers the 7 days before it. Only the latest
due time is ever owed: a bot that was down for three days posts one digest when it comes back, not
three. Whether a due time was already handled comes from the database (``digest_runs``), so every
process holding the guild agrees on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.models import Scope

PERIODS = {"daily": timedelta(days=1), "weekly": timedelta(days=7)}
DEFAULT_HOUR = 9  # UTC, when a schedule names no hour
WEEKLY_DAY = 0  # Monday (datetime.weekday())
# A claim never marked done is taken over after this long: the process that claimed it died.
STALE_CLAIM = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class LastRun:
    """The latest recorded run of a channel's digest: its due time, when it was claimed, and
    whether it was finished (posted, found empty, or given up with a reason)."""

    due: datetime
    claimed_at: datetime
    done: bool


@dataclass(frozen=True, slots=True)
class DigestSchedule:
    """A channel's digest schedule as stored, with its latest run.

    ``post_channel_id`` is where the digest goes (the channel itself unless another was chosen);
    ``since`` is when the schedule was set: due times before it are not owed.
    """

    scope: Scope
    period: str
    hour: int
    post_channel_id: int
    since: datetime
    last_run: LastRun | None = None


@dataclass(frozen=True, slots=True)
class DueDigest:
    """A digest to post now: the channel it is about, where it goes, and the span it covers
    (``since`` inclusive, ``until`` exclusive; ``until`` is the due time)."""

    scope: Scope
    period: str
    post_channel_id: int
    since: datetime
    until: datetime

    @property
    def due(self) -> datetime:
        return self.until


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("digest times must be timezone-aware")
    return moment.astimezone(UTC)


def _check(period: str, hour: int) -> None:
    if period not in PERIODS:
        raise ValueError(f"unknown digest period {period!r}")
    if isinstance(hour, bool) or not isinstance(hour, int) or not 0 <= hour <= 23:
        raise ValueError(f"digest hour must be 0-23, not {hour!r}")


def latest_due(period: str, hour: int, now: datetime) -> datetime:
    """The last due time at or before ``now``: today's (or, weekly, this Monday's) ``hour``
    o'clock UTC if it has come, else the one before."""
    _check(period, hour)
    now = _utc(now)
    due = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    if period == "weekly":
        due -= timedelta(days=(due.weekday() - WEEKLY_DAY) % 7)
    if due > now:
        due -= PERIODS[period]
    return due


def next_due(period: str, hour: int, now: datetime) -> datetime:
    """The first due time after ``now``."""
    return latest_due(period, hour, now) + PERIODS[period]


def owed(
    schedule: DigestSchedule, now: datetime, *, stale_after: timedelta = STALE_CLAIM
) -> DueDigest | None:
    """The digest ``schedule`` owes at ``now``, if any: its latest due time, unless the schedule
    was set after it, or a run for it (or a later one) is finished or freshly claimed."""
    now = _utc(now)
    due = latest_due(schedule.period, schedule.hour, now)
    if due < _utc(schedule.since):
        return None
    run = schedule.last_run
    if run is not None:
        if run.due > due:
            return None
        if run.due == due and (run.done or run.claimed_at > now - stale_after):
            return None
    return DueDigest(
        scope=schedule.scope,
        period=schedule.period,
        post_channel_id=schedule.post_channel_id,
        since=due - PERIODS[schedule.period],
        until=due,
    )
