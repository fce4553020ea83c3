"""Catching up on a conversation, and the privacy opt-out that leaves people out of it."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.errors import InputError
from bot.runners.jobs import catch_up, load_export
from bot.text.chat import CatchUp, ChatMessage, parse_since

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.runners import Runner
    from bot.storage import HistoryStore


MAX_CATCH_UP_MESSAGES = 50_000
MAX_USER_ID = 2**63 - 1


class ConversationCases:
    """Catch-ups of chat conversations (``/tldr``, exports) and ``/privacy``."""

    settings: Settings
    store: HistoryStore
    runner: Runner

    async def catch_up(
        self, messages: Sequence[ChatMessage], *, since: float | str | None = None
    ) -> CatchUp:
        """Topics, central messages, links and open questions of a conversation (in a worker)."""
        from bot.text.conversation import within

        seconds = parse_since(since) if isinstance(since, str) else since
        recent = await self._without_opted_out(within(messages, seconds))
        if len(recent) > MAX_CATCH_UP_MESSAGES:
            raise InputError(
                f"That's {len(recent):,} messages; I catch up on up to "
                f"{MAX_CATCH_UP_MESSAGES:,} at a time. Ask for a shorter time span."
            )
        return await self.runner.run(catch_up, recent, timeout=self.settings.job_timeout)

    async def _without_opted_out(self, messages: list[ChatMessage]) -> list[ChatMessage]:
        """``messages`` less those whose authors opted out (``/privacy exclude-me``), looked up
        in one batch. Their messages are simply absent: not shown, not counted, no participant,
        and replies or mentions pointing at them weigh nothing. Authors without a Discord id
        (Slack's ``U…`` ids) cannot have opted out."""
        ids = {a: _discord_id(a) for a in {m.author_id for m in messages}}
        excluded = await self.store.opted_out(i for i in ids.values() if i is not None)
        if not excluded:
            return messages
        return [m for m in messages if ids[m.author_id] not in excluded]

    async def catch_up_export(self, path: str, *, since: float | str | None = None) -> CatchUp:
        """The catch-up of a chat export file (DiscordChatExporter or Slack JSON).

        The file is on this machine: with a job queue, whose workers may run elsewhere, it is
        parsed here in a thread (bounded by the export size and message caps), else in the pool.
        """
        if getattr(self.runner, "fetches_remotely", False):
            messages = await asyncio.to_thread(load_export, path)
        else:
            messages = await self.runner.run(load_export, path, timeout=self.settings.job_timeout)
        return await self.catch_up(messages, since=since)

    async def exclude_user(self, user_id: int) -> bool:
        """Leave the user's messages out of every catch-up anyone asks for from now on, in every
        server; False if they already were."""
        return await self.store.set_opt_out(_user_id(user_id), True)

    async def include_user(self, user_id: int) -> bool:
        """Include the user's messages in catch-ups again; False if they already were."""
        return await self.store.set_opt_out(_user_id(user_id), False)

    async def is_excluded(self, user_id: int) -> bool:
        """Whether the user's messages are left out of catch-ups."""
        return bool(await self.store.opted_out([_user_id(user_id)]))


def _user_id(user_id: int) -> int:
    """A Discord user id as the store keeps it, or an ``InputError`` saying what one is."""
    if isinstance(user_id, bool) or not isinstance(user_id, int) or not 0 <= user_id <= MAX_USER_ID:
        raise InputError(
            f"{user_id!r} is not a Discord user id (a number such as 80351110224678912)."
        )
    return user_id


def _discord_id(author_id: str) -> int | None:
    """A chat author's Discord user id, or None for an id of another kind (Slack's ``U…``)."""
    if not (author_id.isascii() and author_id.isdigit()):
        return None
    number = int(author_id)
    return number if number <= MAX_USER_ID else None
