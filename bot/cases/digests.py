"""Channel digests: on demand over a period, and on a schedule, posted once per due time."""

from __future__ import annotations

import logging
import os
import secrets
import socket
from collections.abc import Collection
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bot.digests import Digest
from bot.errors import InputError
from bot.models import Scope
from bot.runners.jobs import digest as digest_job
from bot.schedules import PERIODS, STALE_CLAIM, DueDigest, owed

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.runners import Runner
    from bot.storage import HistoryStore


log = logging.getLogger(__name__)

DIGEST_PERIODS = tuple(PERIODS)  # daily, weekly
MAX_DIGEST_ENTRIES = 3_000  # the engine holds an n x n float32 matrix (36 MB at 3,000)


class DigestCases:
    """``/digest`` and the scheduled digests' bookkeeping (which are owed, claimed, finished)."""

    settings: Settings
    store: HistoryStore
    runner: Runner

    async def digest(
        self, scope: Scope, *, since: datetime, until: datetime | None = None
    ) -> Digest:
        """What the channel summarized from ``since`` until ``until`` (default: now), grouped
        into topics (``bot.digests``), from the history: nothing is fetched again."""
        since, until = _aware(since), _aware(until or datetime.now(UTC))
        if since >= until:
            raise InputError("A digest's period must end after it starts.")
        entries = await self.store.entries(scope, since=since, until=until)
        if len(entries) > MAX_DIGEST_ENTRIES:
            raise InputError(
                f"That's {len(entries):,} summaries; a digest covers up to "
                f"{MAX_DIGEST_ENTRIES:,}. Ask for a shorter period."
            )
        # clustering is CPU work (about 0.3 s for 1,000 entries): in a worker, with a time limit
        return await self.runner.run(
            digest_job,
            entries,
            scope=scope,
            since=since,
            until=until,
            timeout=self.settings.job_timeout,
        )

    async def due_digests(self, guild_ids: Collection[int], *, now: datetime) -> list[DueDigest]:
        """The scheduled digests of these guilds' channels owed at ``now`` (``bot.schedules``)."""
        schedules = await self.store.digest_schedules(guild_ids)
        return [due for schedule in schedules if (due := owed(schedule, now)) is not None]

    async def claim_digest(self, due: DueDigest, *, now: datetime) -> str | None:
        """Claim the posting of ``due`` for this process: a claim token, or None when another
        process has it (or it is done). Only the claimer posts, then calls ``finish_digest``."""
        token = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
        won = await self.store.claim_digest(
            due.scope, due.due, claimer=token, now=now, stale_after=STALE_CLAIM
        )
        return token if won else None

    async def finish_digest(
        self, due: DueDigest, token: str, *, outcome: str, now: datetime
    ) -> None:
        """Record that the claimed digest was posted, was empty, or failed (``outcome`` says
        which); it is not tried again."""
        if not await self.store.finish_digest(
            due.scope, due.due, claimer=token, outcome=outcome, now=now
        ):
            log.warning(
                "the digest of %s due %s was taken over by another process", due.scope, due.due
            )


def _aware(moment: datetime) -> datetime:
    """A time without a zone is read as UTC, as the stores read it."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
