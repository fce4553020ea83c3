"""The Discord client: a ``commands.Bot`` wired to the service, plus ``run_bot`` and ``sync_commands``."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable
from datetime import datetime

import discord
from discord import app_commands
from discord.ext import commands

from bot.config import ConfigError, Settings, check_shards
from bot.discord_app import replies
from bot.discord_app.digest_schedule import (
    CHECK_EVERY_SECONDS,
    DigestScheduler,
    utc_now,
)
from bot.discord_app.inflight import InFlight
from bot.errors import DiscordUnreachable
from bot.service import Limits, Service, metrics, open_limits

log = logging.getLogger(__name__)

# The bot has no voice features, so discord.py's start-up notes about missing voice libraries
# (PyNaCl, davey) are noise for its operator.
discord.VoiceClient.warn_nacl = False
discord.VoiceClient.warn_dave = False

EXTENSIONS = (
    "bot.discord_app.cogs.summarize",
    "bot.discord_app.cogs.history",
    "bot.discord_app.cogs.settings",
    "bot.discord_app.cogs.autolink",
    "bot.discord_app.cogs.tldr",
    "bot.discord_app.cogs.digest",
    "bot.discord_app.cogs.privacy",
    "bot.discord_app.cogs.admin",
    "bot.discord_app.cogs.maintenance",
)
# On SIGTERM, requests in progress get this long to finish (below Docker's 10 s stop timeout).
DRAIN_SECONDS = 8.0
RESTARTING = "I'm restarting right now; please try again in a minute."
_TRACKED = "summarybot.tracked"

MESSAGE_CONTENT_WARNING = (
    "The Message Content intent is not enabled for this bot, so pasted links will NOT be "
    "summarized automatically (slash commands and context menus still work). Enable it in the "
    "Discord Developer Portal: your application > Bot > Privileged Gateway Intents > "
    "Message Content Intent, then restart."
)


def bot_intents(*, message_content: bool = True) -> discord.Intents:
    """Guilds and guild messages, plus Message Content for automatic link summaries."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.message_content = message_content
    return intents


class SummaryTree(app_commands.CommandTree):
    """The command tree: one error handler for every slash command and context menu, and the
    bookkeeping of requests in progress (for a graceful shutdown)."""

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        inflight: InFlight = self.client.inflight
        if interaction.type is discord.InteractionType.autocomplete:
            return not inflight.draining  # instant suggestions: nothing to track or drain
        if inflight.draining:
            await replies.send_ephemeral(interaction, RESTARTING)
            return False
        inflight.begin()
        interaction.extras[_TRACKED] = True
        return True

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        try:
            await replies.on_app_command_error(interaction, error)
        finally:
            finished(interaction)


def finished(interaction: discord.Interaction) -> None:
    """Mark a tracked interaction as done (once)."""
    if interaction.extras.pop(_TRACKED, False):
        interaction.client.inflight.end()


class SummaryBot(commands.Bot):
    """summarybot on Discord. ``service`` may be None only to publish commands (``sync_commands``)."""

    def __init__(
        self,
        settings: Settings,
        service: Service | None,
        *,
        intents: discord.Intents | None = None,
        sync_on_start: bool = True,
        limits: Limits | None = None,
        digest_every: float = CHECK_EVERY_SECONDS,
        clock: Callable[[], datetime] = utc_now,
        **options,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=intents or bot_intents(),
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=SummaryTree,
            **options,
        )
        self.settings = settings
        self._service = service
        self.sync_on_start = sync_on_start
        # cooldowns, autolink rate and link dedupe: in memory, or in Redis shared by every shard
        self._own_limits = limits is None
        self.limits = limits or open_limits(settings)
        self.inflight = InFlight()
        # scheduled digests; tests pass a clock and a short interval
        self.digests = DigestScheduler(self, every=digest_every, clock=clock)

    @property
    def has_service(self) -> bool:
        return self._service is not None

    @property
    def service(self) -> Service:
        if self._service is None:
            raise RuntimeError("this bot was created without a service (command sync only)")
        return self._service

    async def setup_hook(self) -> None:
        for name in EXTENSIONS:
            await self.load_extension(name)
        guild_id = self.settings.discord_guild_id
        if self.sync_on_start and guild_id:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to development guild %s", len(synced), guild_id)
        if self.has_service:  # not when the bot only syncs commands
            self.digests.start()

    async def on_ready(self) -> None:
        log.info(
            "connected as %s (id %s) to %d servers",
            self.user,
            self.user and self.user.id,
            len(self.guilds),
        )
        if not self.intents.message_content:
            log.warning(MESSAGE_CONTENT_WARNING)

    async def on_app_command_completion(
        self, interaction: discord.Interaction, command: object
    ) -> None:
        metrics.INTERACTIONS.inc(command=getattr(command, "qualified_name", "?"))
        finished(interaction)

    async def close(self) -> None:
        await self.digests.stop()
        await super().close()
        if self._own_limits:
            await self.limits.close()

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        """Removed from a server: forget its history and settings."""
        try:
            removed = await self.service.forget_guild(guild.id)
        except Exception:
            log.exception("could not forget guild %s after leaving it", guild.id)
            return
        log.info("removed from guild %s; deleted %d history entries", guild.id, removed)

    async def on_command_error(
        self, context: commands.Context, exception: commands.CommandError
    ) -> None:
        # Prefix commands exist only for the owner; anything else that starts with a mention is chat.
        if isinstance(exception, commands.CommandNotFound | commands.CheckFailure):
            return
        if context.cog is not None and context.cog.has_error_handler():
            return
        log.error("command %s failed", context.command, exc_info=exception)


class ShardedSummaryBot(SummaryBot, commands.AutoShardedBot):
    """summarybot on some of Discord's shards: ``shard_ids`` of ``shard_count``."""


def bot_class(settings: Settings) -> type[SummaryBot]:
    """The sharded bot when shards are configured; one plain connection otherwise."""
    return ShardedSummaryBot if settings.shard_count else SummaryBot


def shard_options(settings: Settings) -> dict:
    """discord.py's ``shard_count`` and ``shard_ids`` from the settings (checked)."""
    if not settings.shard_count:
        return {}
    check_shards(settings.shard_count, settings.shard_ids)
    options: dict = {"shard_count": settings.shard_count}
    if settings.shard_ids is not None:
        options["shard_ids"] = list(settings.shard_ids)
    return options


async def run_bot(settings: Settings) -> None:
    """``summarybot run``: serve Discord until SIGINT or SIGTERM, then close everything."""
    if not settings.discord_token:
        raise ConfigError(
            "DISCORD_TOKEN is not set. Create a bot at https://discord.com/developers/applications, "
            "copy its token (Bot > Reset Token) and put DISCORD_TOKEN=... in the environment or .env."
        )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    installed = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, _stop_on, sig, stop)
            installed.append(sig)
        except (NotImplementedError, RuntimeError):  # not the main thread, or Windows
            pass
    check_shards(settings.shard_count, settings.shard_ids)
    metrics.serve(settings.metrics_port, settings.metrics_host)
    try:
        service = await Service.create(settings)
        try:
            await serve(settings, service, stop)
        finally:
            await service.close()
            log.info("service closed (database, HTTP session, worker pool)")
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)


def _stop_on(sig: signal.Signals, stop: asyncio.Event) -> None:
    log.info("received %s; shutting down", sig.name)
    stop.set()


async def serve(settings: Settings, service: Service, stop: asyncio.Event, **options) -> None:
    """Run the bot until ``stop`` is set; reconnect without Message Content if Discord refuses it.

    ``options`` go to :class:`SummaryBot` (tests pass e.g. ``guild_ready_timeout``).
    """
    token = settings.discord_token or ""
    message_content = True
    options = {**shard_options(settings), **options}
    while True:
        bot = bot_class(settings)(
            settings, service, intents=bot_intents(message_content=message_content), **options
        )
        error = await _run_until(bot, token, stop)
        if error is None:
            return
        if isinstance(error, discord.PrivilegedIntentsRequired) and message_content:
            log.warning(MESSAGE_CONTENT_WARNING)
            message_content = False
            continue
        raise _start_error(error) from error


async def _run_until(bot: SummaryBot, token: str, stop: asyncio.Event) -> BaseException | None:
    """Run ``bot`` until ``stop`` is set (returns None) or it stops by itself (returns its error).

    On ``stop``, requests in progress get up to DRAIN_SECONDS to finish (new ones are turned away
    politely) before the connection and the HTTP session are closed.
    """
    runner = asyncio.create_task(bot.start(token), name="discord-bot")
    stopper = asyncio.create_task(stop.wait(), name="stop-signal")
    try:
        await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if stop.is_set() and not runner.done() and bot.inflight.count:
            log.info("waiting for %d request(s) in progress", bot.inflight.count)
            if not await bot.inflight.drain(DRAIN_SECONDS):
                log.warning(
                    "%d request(s) still running after %.0f s; stopping anyway",
                    bot.inflight.count,
                    DRAIN_SECONDS,
                )
    finally:
        stopper.cancel()
        bot.inflight.draining = True
        await bot.close()  # ends the gateway loop, closes the websocket and the HTTP session
        if not runner.done():
            try:
                await asyncio.wait_for(runner, timeout=10)
            except BaseException:  # noqa: BLE001 - whatever it ended with, we are stopping
                pass
    if stop.is_set() or runner.cancelled():
        return None
    return runner.exception()


TOKEN_REFUSED = "Discord refused DISCORD_TOKEN: check that it is the bot's current token."
UNREACHABLE = "Cannot reach Discord ({detail}): check the network connection, then try again."


def _start_error(error: BaseException) -> BaseException:
    """The one-line error an operator sees when the bot cannot log in; other errors unchanged."""
    if isinstance(error, discord.LoginFailure):
        return ConfigError(TOKEN_REFUSED)
    if isinstance(error, discord.GatewayNotFound):
        return DiscordUnreachable(UNREACHABLE.format(detail="no gateway"))
    if isinstance(error, OSError):  # aiohttp's ClientConnectorError and DNS errors are OSErrors
        return DiscordUnreachable(UNREACHABLE.format(detail=_short(error)))
    return error


def _short(error: BaseException) -> str:
    """The first line of an error, without the chained detail aiohttp repeats."""
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text if len(text) <= 120 else text[:117] + "..."


async def sync_commands(settings: Settings, *, guild_id: int | None) -> int:
    """``summarybot sync``: publish the commands to one guild (instant) or globally; return the count."""
    if not settings.discord_token:
        raise ConfigError("DISCORD_TOKEN is not set; it is needed to publish the commands.")
    bot = SummaryBot(
        settings, None, intents=bot_intents(message_content=False), sync_on_start=False
    )
    async with bot:
        try:
            await bot.login(settings.discord_token)
        except (discord.LoginFailure, discord.GatewayNotFound, OSError) as exc:
            raise _start_error(exc) from exc
        if guild_id:
            guild = discord.Object(id=guild_id)
            bot.tree.copy_global_to(guild=guild)
            synced = await bot.tree.sync(guild=guild)
            log.info("synced %d commands to guild %s", len(synced), guild_id)
        else:
            synced = await bot.tree.sync()
            log.info("synced %d commands globally", len(synced))
    return len(synced)
