"""Scheduled digests (``/settings digest``): every minute, post the digests that are due, once.

The scheduler runs in each bot process. It asks the service which digests of the guilds this
process holds (``bot.guilds``: with shards, only this process's) are owed, claims each one in the
database before posting it, and records the outcome afterwards; another process, or this one
after a restart, finds the run claimed or done and leaves it alone. The first check runs as soon
as the bot is ready, so a digest missed while the bot was down is posted at start-up (only the
latest one). A digest that cannot be posted (its channel is gone, a permission is missing) is
logged and recorded as failed, and not tried again before its next due time.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import discord

from bot.discord_app.render_digest import digest_reply
from bot.errors import SummarybotError
from bot.service import DueDigest

if TYPE_CHECKING:
    from bot.discord_app.client import SummaryBot

log = logging.getLogger(__name__)

CHECK_EVERY_SECONDS = 60.0
STOP_SECONDS = 5.0  # on shutdown, a digest being posted gets this long to finish

# Posts one due digest; returns the outcome to record ("posted ...", "empty"), or raises
# DigestNotPosted with the reason.
Poster = Callable[[DueDigest], Awaitable[str]]


class DigestNotPosted(Exception):
    """A digest could not be posted, for a reason the operator should read in the log."""


def utc_now() -> datetime:
    return datetime.now(UTC)


class DigestScheduler:
    """The loop that posts due digests. ``every`` (seconds between checks), ``clock`` (an aware
    UTC ``now``) and ``post`` (how one digest is posted: ``post_digest``) can be given."""

    def __init__(
        self,
        bot: SummaryBot,
        *,
        post: Poster | None = None,
        every: float = CHECK_EVERY_SECONDS,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.bot = bot
        self.post: Poster = post or functools.partial(post_digest, bot)
        self.every = every
        self.clock = clock
        self._stop = asyncio.Event()
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="digest-scheduler")

    async def stop(self) -> None:
        """Stop checking; a digest being posted gets up to STOP_SECONDS to finish."""
        self._stop.set()
        task, self._task = self._task, None
        if task is None:
            return
        if not self.bot.is_ready():
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError, TimeoutError):
            await asyncio.wait_for(task, STOP_SECONDS)

    async def _run(self) -> None:
        await self.bot.wait_until_ready()
        while not self._stop.is_set():
            try:
                await self.check()
            except Exception:  # the loop outlives any one check
                log.exception("checking for due digests failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), self.every)

    async def check(self) -> int:
        """Post every digest owed now in this process's guilds; return how many it handled."""
        guild_ids = [guild.id for guild in self.bot.guilds if not guild.unavailable]
        if not guild_ids:
            return 0
        try:
            due = await self.bot.service.due_digests(guild_ids, now=self.clock())
        except Exception:
            log.exception("could not read the digest schedules")
            return 0
        handled = 0
        for digest in due:
            if self._stop.is_set():
                break
            handled += await self._post_once(digest)
        return handled

    async def _post_once(self, due: DueDigest) -> int:
        """Claim ``due``, post it and record the outcome; 0 if another process has it."""
        service = self.bot.service
        try:
            token = await service.claim_digest(due, now=self.clock())
        except Exception:
            log.exception("could not claim the digest of %s due %s", due.scope, due.due)
            return 0
        if token is None:
            return 0
        try:
            outcome = await self.post(due)
        except (DigestNotPosted, SummarybotError) as error:
            log.warning("the digest of %s due %s was not posted: %s", due.scope, due.due, error)
            outcome = f"failed: {error}"
        except Exception as error:
            log.exception("posting the digest of %s due %s failed", due.scope, due.due)
            outcome = f"failed: {type(error).__name__}"
        else:
            log.info("digest of %s due %s: %s", due.scope, due.due, outcome)
        try:
            await service.finish_digest(due, token, outcome=outcome, now=self.clock())
        except Exception:
            log.exception("could not record the digest of %s due %s", due.scope, due.due)
        return 1


TITLES = {"daily": "Daily digest", "weekly": "Weekly digest"}


async def post_digest(bot: SummaryBot, due: DueDigest) -> str:
    """Post the digest of ``due``'s period (as ``/digest`` shows it) in its channel; nothing
    when the channel summarized nothing in the period."""
    channel = post_target(bot, due)
    digest = await bot.service.digest(due.scope, since=due.since, until=due.until)
    if not digest.count:
        return "empty"
    source = bot.get_channel(due.scope.channel_id)
    where = f"#{source.name}" if getattr(source, "name", None) else "this channel"
    embeds, file = digest_reply(digest, title=f"{TITLES.get(due.period, 'Digest')}: {where}")
    message = await send_digest(channel, embeds=embeds, **({"file": file} if file else {}))
    return f"posted {digest.count} entries: message {message.id}"


def post_target(bot: SummaryBot, due: DueDigest) -> discord.abc.Messageable:
    """The channel ``due`` goes to: it must still exist, in the digest's own guild."""
    channel = bot.get_channel(due.post_channel_id)
    guild = getattr(channel, "guild", None)
    if channel is None or guild is None or guild.id != due.scope.guild_id:
        raise DigestNotPosted(f"the channel {due.post_channel_id} no longer exists")
    return channel


async def send_digest(channel: discord.abc.Messageable, **message) -> discord.Message:
    """Send a digest message without pinging anyone; Discord's refusals become DigestNotPosted."""
    name = getattr(channel, "name", channel)
    try:
        return await channel.send(**message, allowed_mentions=discord.AllowedMentions.none())
    except discord.Forbidden as error:
        raise DigestNotPosted(f"no permission to post in #{name} ({error.text})") from error
    except discord.NotFound as error:
        raise DigestNotPosted(f"#{name} no longer exists") from error
    except discord.HTTPException as error:
        raise DigestNotPosted(f"Discord refused the message in #{name} ({error.status})") from error
