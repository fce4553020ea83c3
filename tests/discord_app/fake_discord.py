"""A small fake Discord for end-to-end tests: the REST endpoints and the gateway websocket that an
unmodified discord.py client uses, served by aiohttp on 127.0.0.1.

Point discord.py at it by setting ``discord.http.Route.BASE`` to :attr:`FakeDiscord.api_base` and
``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY`` to :attr:`FakeDiscord.gateway_url`.

The fake records every request, so tests can check what the bot sent (and when): interaction
callbacks, follow-ups, edits, channel messages, command syncs.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import yarl
from aiohttp import WSMsgType, web

API_PREFIX = "/api/v10"
JSON = "application/json"  # discord.py checks the content type for this exact string

EPHEMERAL = 1 << 6
MESSAGE_CONTENT_INTENT = 1 << 15

# Interaction callback types
PONG, CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, DEFERRED_UPDATE, UPDATE_MESSAGE = 1, 4, 5, 6, 7

# Option types
SUB_COMMAND, STRING, INTEGER, BOOLEAN, ATTACHMENT = 1, 3, 4, 5, 11


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


@dataclass
class Sent:
    """One message the bot created or edited, as Discord received it."""

    kind: str  # "channel" | "callback" | "followup" | "edit" | "delete"
    at: float
    payload: dict
    files: list[tuple[str, bytes]] = field(default_factory=list)
    message: dict | None = None
    channel_id: int | None = None
    interaction_id: int | None = None
    ephemeral: bool = False

    @property
    def embeds(self) -> list[dict]:
        return self.payload.get("embeds") or []

    @property
    def content(self) -> str:
        return self.payload.get("content") or ""

    @property
    def allowed_mentions(self) -> dict | None:
        return self.payload.get("allowed_mentions")


@dataclass
class InteractionRecord:
    """An interaction the fake sent, and how the bot answered it."""

    id: int
    token: str
    dispatched_at: float
    callback: Sent | None = None
    followups: list[Sent] = field(default_factory=list)
    edits: list[Sent] = field(default_factory=list)
    deleted_original: bool = False
    original: dict | None = None  # the response message, once there is one

    @property
    def ack_seconds(self) -> float | None:
        return None if self.callback is None else self.callback.at - self.dispatched_at

    @property
    def replies(self) -> list[Sent]:
        """Everything the user ended up seeing: the callback message, edits and follow-ups."""
        out = []
        if self.callback is not None and self.callback.payload.get("type") in (
            CHANNEL_MESSAGE,
            UPDATE_MESSAGE,
        ):
            out.append(self.callback)
        return out + self.edits + self.followups

    @property
    def final(self) -> Sent | None:
        replies = self.replies
        return replies[-1] if replies else None


class FakeDiscord:
    """The fake server. Use ``async with FakeDiscord() as fake:``."""

    def __init__(
        self,
        *,
        guilds: dict[int, tuple[int, ...]] | None = None,
        refuse_message_content: bool = False,
        token: str = "fake-token",
        recommended_shards: int = 1,
    ) -> None:
        self.application_id = 900
        self.bot_id = 901
        self.owner_id = 902
        self.guilds = guilds or {1000: tuple(range(2000, 2010))}
        self.guild_ids = tuple(self.guilds)
        self.token = token
        self.refuse_message_content = refuse_message_content
        self.recommended_shards = recommended_shards
        self.bot_user = {
            "id": str(self.bot_id),
            "username": "summarybot",
            "discriminator": "0",
            "global_name": "Summary Bot",
            "avatar": None,
            "bot": True,
            "flags": 0,
        }
        self.requests: list[tuple[str, str]] = []
        self.sent: list[Sent] = []
        self.commands: dict[int | None, list[dict]] = {}
        self.sync_calls: list[int | None] = []
        self.identifies: list[dict] = []
        self.interactions: dict[int, InteractionRecord] = {}
        self.files: dict[str, bytes] = {}
        self.typing: list[int] = []
        self.file_downloads: list[str] = []
        self.closed_sockets: list[int | None] = []
        self.unhandled: list[str] = []
        self.history: dict[int, list[dict]] = {}  # channel id -> messages GET .../messages serves
        self.history_pages: list[tuple[int, int]] = []  # (channel id, messages) of each page served
        # (method, path pattern) -> how many of the next matching requests get 429 Too Many Requests
        self.rate_limit: dict[tuple[str, str], int] = {}
        # send messages, embed links, attach files, view channel, read message history
        self.app_permissions = (1 << 11) | (1 << 14) | (1 << 15) | (1 << 10) | (1 << 16)
        self.rate_limited: list[tuple[str, str]] = []
        self.forbidden_channels: set[int] = set()  # posting there is refused: Missing Permissions
        self._ids = itertools.count(10_000_000)
        self._seq = itertools.count(1)
        self._sockets: list[web.WebSocketResponse] = []
        self._intents: dict[int, int] = {}  # id(socket) -> intents it identified with
        self._shards: dict[int, tuple[int, int]] = {}  # id(socket) -> (shard id, shard count)
        self.deliveries: list[tuple[int, str, int | None]] = []  # (shard, event, guild id)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def start(self) -> None:
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/files/{name}", self._file)
        app.router.add_route("*", API_PREFIX + "/{path:.*}", self._api)
        # A gateway handler still reading when the test ends must not hold ``close`` for
        # aiohttp's default 60 s: the bots under test are gone or about to be killed by then.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # the port the OS picked

    async def close(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    @property
    def gateway_url(self) -> yarl.URL:
        return yarl.URL(f"ws://127.0.0.1:{self.port}/gateway")

    def new_id(self) -> int:
        return next(self._ids)

    # ------------------------------------------------------------------ waiting

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 20.0) -> Any:
        """Wait until ``predicate()`` is truthy (re-checked after every request); return its value."""

        async def waiter():
            async with self._changed:
                while True:
                    value = predicate()
                    if value:
                        return value
                    await self._changed.wait()

        return await asyncio.wait_for(waiter(), timeout)

    async def wait_answered(self, record: InteractionRecord, *, timeout: float = 30.0) -> Sent:
        """Wait for the interaction's answer: a message, edit or follow-up (not just the defer)."""
        await self.wait_for(lambda: record.final is not None, timeout)
        return record.final

    # ------------------------------------------------------------------ gateway

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41_250}, "s": None, "t": None})
        try:
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    continue
                data = json.loads(msg.data)
                op = data.get("op")
                if op == 1:
                    await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
                elif op == 2:
                    await self._identify(ws, data["d"])
                elif op == 6:  # RESUME: not supported, ask for a fresh session
                    await ws.send_json({"op": 9, "d": False, "s": None, "t": None})
        finally:
            if ws in self._sockets:
                self._sockets.remove(ws)
            self.closed_sockets.append(ws.close_code)
            await self._notify()
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: dict) -> None:
        self.identifies.append(data)
        shard_id, shard_count = data.get("shard") or (0, 1)
        if not 0 <= shard_id < shard_count:
            await ws.close(code=4010, message=b"Invalid shard.")
            return
        self._shards[id(ws)] = (shard_id, shard_count)
        self._intents[id(ws)] = data.get("intents", 0)
        await self._notify()
        if self.refuse_message_content and data.get("intents", 0) & MESSAGE_CONTENT_INTENT:
            await ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        guild_ids = [g for g in self.guild_ids if shard_of(g, shard_count) == shard_id]
        ready = {
            "v": 10,
            "user": self.bot_user,
            "guilds": [{"id": str(g), "unavailable": True} for g in guild_ids],
            "shard": [shard_id, shard_count],
            "session_id": "fake-session",
            "resume_gateway_url": str(self.gateway_url),
            "application": {"id": str(self.application_id), "flags": 0},
            "private_channels": [],
        }
        await self._send(ws, "READY", ready)
        for guild_id in guild_ids:
            await self._send(ws, "GUILD_CREATE", self.guild_payload(guild_id))

    async def _send(self, ws: web.WebSocketResponse, event: str, data: dict) -> None:
        await ws.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})

    async def dispatch(self, event: str, data: dict) -> None:
        """Send a gateway event to every identified connection of the event's shard.

        Like Discord, a guild's events go to the shard ``(guild id >> 22) % shard count`` (events
        outside a guild to shard 0), and a connection without the Message Content intent gets
        messages without their content, embeds and attachments, unless the message mentions the bot.
        """
        guild_id = int(data["guild_id"]) if data.get("guild_id") else None
        for ws in list(self._sockets):
            if ws.closed or id(ws) not in self._intents:
                continue
            shard_id, shard_count = self._shards[id(ws)]
            if (shard_of(guild_id, shard_count) if guild_id else 0) != shard_id:
                continue
            self.deliveries.append((shard_id, event, guild_id))
            payload = data
            if event == "MESSAGE_CREATE" and not self._intents[id(ws)] & MESSAGE_CONTENT_INTENT:
                if f"<@{self.bot_id}>" not in data.get("content", ""):
                    payload = {**data, "content": "", "embeds": [], "attachments": []}
            await self._send(ws, event, payload)

    def guild_payload(self, guild_id: int) -> dict:
        everyone = {
            "id": str(guild_id),
            "name": "@everyone",
            "permissions": str(
                (1 << 10) | (1 << 11) | (1 << 14) | (1 << 15) | (1 << 16) | (1 << 38)
            ),
            "position": 0,
            "color": 0,
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }
        return {
            "id": str(guild_id),
            "name": f"Guild {guild_id}",
            "icon": None,
            "owner_id": str(self.owner_id),
            "unavailable": False,
            "member_count": 3,
            "large": False,
            "features": [],
            "roles": [everyone],
            "emojis": [],
            "stickers": [],
            "channels": [
                {
                    "id": str(cid),
                    "type": 0,
                    "guild_id": str(guild_id),
                    "name": f"channel-{cid}",
                    "position": i,
                    "permission_overwrites": [],
                    "nsfw": False,
                    "parent_id": None,
                }
                for i, cid in enumerate(self.guilds[guild_id])
            ],
            "threads": [],
            "members": [self.member_payload(self.bot_user, permissions=None)],
            "voice_states": [],
            "presences": [],
            "joined_at": now_iso(),
        }

    # ------------------------------------------------------------------ users and members

    def user(self, user_id: int, *, name: str | None = None, bot: bool = False) -> dict:
        return {
            "id": str(user_id),
            "username": name or f"user{user_id}",
            "discriminator": "0",
            "global_name": name or f"User {user_id}",
            "avatar": None,
            "bot": bot,
            "flags": 0,
        }

    def member_payload(
        self, user: dict, *, permissions: int | None = (1 << 11) | (1 << 31)
    ) -> dict:
        member = {
            "user": user,
            "roles": [],
            "joined_at": now_iso(),
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
        }
        if permissions is not None:
            member["permissions"] = str(permissions)
        return member

    # ------------------------------------------------------------------ events the tests send

    def message_payload(
        self,
        content: str,
        *,
        channel_id: int,
        guild_id: int | None = None,
        author_id: int = 5001,
        bot: bool = False,
        webhook_id: int | None = None,
        attachments: list[dict] | None = None,
        embeds: list[dict] | None = None,
    ) -> dict:
        guild_id = self.guild_ids[0] if guild_id is None else guild_id
        author = self.user(author_id, bot=bot)
        mentioned = [self.bot_user] if f"<@{self.bot_id}>" in content else []
        data = {
            "id": str(self.new_id()),
            "channel_id": str(channel_id),
            "guild_id": str(guild_id),
            "author": author,
            "content": content,
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": mentioned,
            "mention_roles": [],
            "attachments": attachments or [],
            "embeds": embeds or [],
            "pinned": False,
            "type": 0,
            "flags": 0,
            "components": [],
        }
        if webhook_id is not None:
            data["webhook_id"] = str(webhook_id)
        else:
            member = self.member_payload(author, permissions=None)
            member.pop("user")
            data["member"] = member
        return data

    async def post_message(self, content: str, **kwargs: Any) -> dict:
        """A user posts a message (MESSAGE_CREATE); returns its payload."""
        data = self.message_payload(content, **kwargs)
        await self.dispatch("MESSAGE_CREATE", data)
        return data

    def attachment(self, filename: str, data: bytes, content_type: str | None = None) -> dict:
        """Host a file and return its attachment object."""
        name = f"{self.new_id()}-{filename}"
        self.files[name] = data
        url = f"http://127.0.0.1:{self.port}/files/{name}"
        payload = {
            "id": str(self.new_id()),
            "filename": filename,
            "size": len(data),
            "url": url,
            "proxy_url": url,
        }
        if content_type:
            payload["content_type"] = content_type
        return payload

    def find_command(self, name: str, guild_id: int | None, type_: int = 1) -> dict:
        for scope in (guild_id, None):
            for command in self.commands.get(scope, []):
                if command["name"] == name and command.get("type", 1) == type_:
                    return command
        raise AssertionError(f"command {name!r} (type {type_}) was never synced")

    async def invoke(
        self,
        name: str,
        options: list[dict] | None = None,
        *,
        channel_id: int,
        guild_id: int | None = None,
        user_id: int = 5001,
        permissions: int = (1 << 11) | (1 << 31),
        resolved: dict | None = None,
        command_type: int = 1,
        target_id: int | None = None,
        dm: bool = False,
    ) -> InteractionRecord:
        """A user runs a slash command or context menu (INTERACTION_CREATE type 2)."""
        guild_id = None if dm else (self.guild_ids[0] if guild_id is None else guild_id)
        command = self.find_command(name, guild_id, command_type)
        data: dict = {"id": command["id"], "name": name, "type": command_type}
        if command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        if options:
            data["options"] = options
        if resolved:
            data["resolved"] = resolved
        if target_id is not None:
            data["target_id"] = str(target_id)
        return await self._interaction(2, data, channel_id, guild_id, user_id, permissions)

    async def autocomplete(
        self,
        name: str,
        options: list[dict],
        *,
        channel_id: int,
        user_id: int = 5001,
        permissions: int = (1 << 11) | (1 << 31),
    ) -> InteractionRecord:
        """A user types into an option with autocomplete (INTERACTION_CREATE type 4); mark the
        option being typed with ``"focused": True``."""
        guild_id = self.guild_ids[0]
        command = self.find_command(name, guild_id)
        data: dict = {"id": command["id"], "name": name, "type": 1, "options": options}
        if command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        return await self._interaction(4, data, channel_id, guild_id, user_id, permissions)

    async def click(
        self,
        message: dict,
        custom_id: str,
        *,
        channel_id: int,
        user_id: int = 5001,
        permissions: int = (1 << 11) | (1 << 31),
    ) -> InteractionRecord:
        """A user clicks a button on a message the bot sent (INTERACTION_CREATE type 3)."""
        data = {"custom_id": custom_id, "component_type": 2}
        return await self._interaction(
            3, data, channel_id, self.guild_ids[0], user_id, permissions, message=message
        )

    async def _interaction(
        self,
        type_: int,
        data: dict,
        channel_id: int,
        guild_id: int | None,
        user_id: int,
        permissions: int,
        *,
        message: dict | None = None,
    ) -> InteractionRecord:
        interaction_id = self.new_id()
        token = f"token-{interaction_id}"
        user = self.user(user_id)
        payload: dict = {
            "id": str(interaction_id),
            "application_id": str(self.application_id),
            "type": type_,
            "data": data,
            "token": token,
            "version": 1,
            "locale": "en-US",
            "attachment_size_limit": 10 * 1024 * 1024,
            "app_permissions": str(self.app_permissions),
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild_id or user_id)},
            "context": 0 if guild_id else 1,
        }
        if guild_id:
            payload["guild_id"] = str(guild_id)
            payload["guild_locale"] = "en-US"
            payload["channel"] = {
                "id": str(channel_id),
                "type": 0,
                "guild_id": str(guild_id),
                "name": f"channel-{channel_id}",
                "position": 0,
                "permission_overwrites": [],
            }
            payload["channel_id"] = str(channel_id)
            payload["member"] = self.member_payload(user, permissions=permissions)
        else:
            payload["channel"] = {"id": str(channel_id), "type": 1, "recipients": [user]}
            payload["channel_id"] = str(channel_id)
            payload["user"] = user
        if message is not None:
            payload["message"] = message
        record = InteractionRecord(interaction_id, token, time.monotonic())
        self.interactions[interaction_id] = record
        await self.dispatch("INTERACTION_CREATE", payload)
        return record

    # ------------------------------------------------------------------ REST

    async def _api(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["path"]
        self.requests.append((request.method, path))
        if not path.startswith(("/interactions/", "/webhooks/")):
            if request.headers.get("Authorization") != f"Bot {self.token}":
                return error(401, 0, "401: Unauthorized")
        parts = path.strip("/").split("/")
        key = next(
            (k for k, left in self.rate_limit.items()
             if left > 0 and k[0] == request.method and re.fullmatch(k[1], path)),
            None,
        )  # fmt: skip
        if key is not None:
            self.rate_limit[key] -= 1
            self.rate_limited.append((request.method, path))
            await self._notify()
            return too_many_requests(RATE_LIMIT_RETRY_AFTER)
        try:
            response = await self._route(request, request.method, parts)
        finally:
            await self._notify()
        return response

    async def _route(
        self, request: web.Request, method: str, parts: list[str]
    ) -> web.StreamResponse:
        match (method, parts):
            case ("GET", ["users", "@me"]):
                return reply(self.bot_user)
            case ("GET", ["oauth2", "applications", "@me"]):
                return reply(self.application())
            case ("GET", ["gateway"]) | ("GET", ["gateway", "bot"]):
                return reply(
                    {
                        "url": str(self.gateway_url),
                        "shards": self.recommended_shards,
                        "session_start_limit": {
                            "total": 1000,
                            "remaining": 1000,
                            "reset_after": 0,
                            "max_concurrency": 1,
                        },
                    }
                )
            case ("PUT", ["applications", _, "commands"]):
                return reply(self._sync(None, await request.json()))
            case ("PUT", ["applications", _, "guilds", guild_id, "commands"]):
                return reply(self._sync(int(guild_id), await request.json()))
            case ("GET", ["applications", _, "commands"]):
                return reply(self.commands.get(None, []))
            case ("GET", ["applications", _, "guilds", guild_id, "commands"]):
                return reply(self.commands.get(int(guild_id), []))
            case ("POST", ["interactions", interaction_id, _token, "callback"]):
                return await self._callback(request, int(interaction_id))
            case ("POST", ["webhooks", _, token]):
                return await self._followup(request, token)
            case ("GET", ["webhooks", _, token, "messages", "@original"]):
                record = self._record(token)
                return reply(record.original) if record and record.original else not_found()
            case ("PATCH", ["webhooks", _, token, "messages", message_id]):
                return await self._edit(request, token, message_id)
            case ("DELETE", ["webhooks", _, token, "messages", message_id]):
                record = self._record(token)
                if record is not None and message_id == "@original":
                    record.deleted_original = True
                    record.original = None
                self.sent.append(Sent("delete", time.monotonic(), {"message_id": message_id}))
                return web.Response(status=204)
            case ("GET", ["channels", channel_id, "messages"]):
                return reply(self._history_page(int(channel_id), request.query))
            case ("POST", ["channels", channel_id, "typing"]):
                self.typing.append(int(channel_id))
                return web.Response(status=204)
            case ("POST", ["channels", channel_id, "messages"]):
                if int(channel_id) in self.forbidden_channels:
                    return error(403, 50013, "Missing Permissions")
                payload, files = await read_body(request)
                message = self.bot_message(int(channel_id), payload, files)
                self.sent.append(
                    Sent("channel", time.monotonic(), payload, files, message, int(channel_id))
                )
                return reply(message)
        self.unhandled.append(f"{method} /{'/'.join(parts)}")
        return not_found()

    def _history_page(self, channel_id: int, query) -> list[dict]:
        """One page of a channel's messages, newest first, as Discord pages them."""
        limit = max(1, min(100, int(query.get("limit", 50))))
        messages = sorted(self.history.get(channel_id, []), key=lambda m: int(m["id"]))
        if "after" in query:
            after = int(query["after"])
            page = [m for m in messages if int(m["id"]) > after][:limit]
        else:
            before = int(query["before"]) if "before" in query else None
            page = [m for m in messages if before is None or int(m["id"]) < before][-limit:]
        self.history_pages.append((channel_id, len(page)))
        return list(reversed(page))

    def add_history(self, channel_id: int, content: str, *, when: datetime, **kwargs: Any) -> dict:
        """A message already in a channel's history (sent before the test), with an id that
        carries its time like a real snowflake; ``reactions`` and ``reply_to`` are optional."""
        reactions = kwargs.pop("reactions", 0)
        reply_to = kwargs.pop("reply_to", None)
        data = self.message_payload(content, channel_id=channel_id, **kwargs)
        millis = int(when.timestamp() * 1000) - 1420070400000
        data["id"] = str((millis << 22) + next(self._ids) % (1 << 22))
        data["timestamp"] = when.isoformat()
        if reactions:
            data["reactions"] = [
                {"count": reactions, "me": False, "emoji": {"id": None, "name": "👍"}}
            ]
        if reply_to is not None:
            data["type"] = 19
            data["message_reference"] = {
                "message_id": reply_to["id"],
                "channel_id": str(channel_id),
            }
        self.history.setdefault(channel_id, []).append(data)
        return data

    def application(self) -> dict:
        return {
            "id": str(self.application_id),
            "name": "summarybot",
            "icon": None,
            "description": "Summaries of articles",
            "rpc_origins": [],
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": self.user(self.owner_id, name="owner"),
            "summary": "",
            "verify_key": "0" * 64,
            "team": None,
            "flags": 0,
            "bot": self.bot_user,
            "interactions_endpoint_url": None,
        }

    def _sync(self, guild_id: int | None, commands: list[dict]) -> list[dict]:
        self.sync_calls.append(guild_id)
        stored = []
        for command in commands:
            command = dict(command)
            command.setdefault("type", 1)
            command.setdefault("description", "")
            command["id"] = str(self.new_id())
            command["application_id"] = str(self.application_id)
            command["version"] = str(self.new_id())
            command.setdefault("default_member_permissions", None)
            command.setdefault("nsfw", False)
            if guild_id is not None:
                command["guild_id"] = str(guild_id)
            stored.append(command)
        self.commands[guild_id] = stored
        return stored

    def _record(self, token: str) -> InteractionRecord | None:
        for record in self.interactions.values():
            if record.token == token:
                return record
        return None

    def bot_message(
        self,
        channel_id: int | None,
        payload: dict,
        files: list[tuple[str, bytes]],
        *,
        flags: int = 0,
        message_id: int | None = None,
    ) -> dict:
        attachments = []
        for filename, data in files:
            url = f"http://127.0.0.1:{self.port}/files/sent-{filename}"
            attachments.append(
                {
                    "id": str(self.new_id()),
                    "filename": filename,
                    "size": len(data),
                    "url": url,
                    "proxy_url": url,
                }
            )
        message = {
            "id": str(message_id or self.new_id()),
            "channel_id": str(channel_id or 0),
            "author": self.bot_user,
            "content": payload.get("content") or "",
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": attachments,
            "embeds": payload.get("embeds") or [],
            "pinned": False,
            "type": 19 if payload.get("message_reference") else 0,
            "flags": flags | (payload.get("flags") or 0),
            "components": payload.get("components") or [],
        }
        if payload.get("message_reference"):
            message["message_reference"] = payload["message_reference"]
        return message

    async def _callback(self, request: web.Request, interaction_id: int) -> web.Response:
        record = self.interactions.get(interaction_id)
        if record is None:
            return error(404, 10062, "Unknown interaction")
        if record.callback is not None:
            return error(400, 40060, "Interaction has already been acknowledged.")
        payload, files = await read_body(request)
        type_ = payload["type"]
        data = payload.get("data") or {}
        ephemeral = bool((data.get("flags") or 0) & EPHEMERAL)
        sent = Sent(
            "callback",
            time.monotonic(),
            payload,
            files,
            interaction_id=interaction_id,
            ephemeral=ephemeral,
        )
        record.callback = sent
        self.sent.append(sent)
        result: dict = {
            "interaction": {
                "id": str(interaction_id),
                "type": 2,
                "response_message_loading": type_ == DEFERRED_CHANNEL_MESSAGE,
                "response_message_ephemeral": ephemeral,
            }
        }
        if type_ in (CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, UPDATE_MESSAGE):
            message = self.bot_message(None, data, files, flags=EPHEMERAL if ephemeral else 0)
            if type_ == DEFERRED_CHANNEL_MESSAGE:
                message["flags"] |= 1 << 7  # LOADING
            sent.message = message
            record.original = message
            result["interaction"]["response_message_id"] = message["id"]
            result["resource"] = {"type": type_, "message": message}
        else:
            result["resource"] = {"type": type_}
        return reply(result)

    async def _followup(self, request: web.Request, token: str) -> web.Response:
        record = self._record(token)
        if record is None:
            return error(404, 10015, "Unknown Webhook")
        payload, files = await read_body(request)
        ephemeral = bool((payload.get("flags") or 0) & EPHEMERAL)
        # Like Discord: the first follow-up after a "thinking" defer replaces the thinking message
        # and keeps its visibility.
        deferred = (
            record.callback and record.callback.payload.get("type") == DEFERRED_CHANNEL_MESSAGE
        )
        if deferred and record.original is not None and record.original["flags"] & (1 << 7):
            ephemeral = record.callback.ephemeral
            message = self.bot_message(
                None,
                payload,
                files,
                flags=EPHEMERAL if ephemeral else 0,
                message_id=int(record.original["id"]),
            )
            record.original = message
        else:
            message = self.bot_message(None, payload, files, flags=EPHEMERAL if ephemeral else 0)
        sent = Sent(
            "followup",
            time.monotonic(),
            payload,
            files,
            message,
            interaction_id=record.id,
            ephemeral=ephemeral,
        )
        record.followups.append(sent)
        self.sent.append(sent)
        if request.query.get("wait") in ("1", "true", "True"):
            return reply(message)
        return web.Response(status=204)

    async def _edit(self, request: web.Request, token: str, message_id: str) -> web.Response:
        record = self._record(token)
        if record is None:
            return error(404, 10015, "Unknown Webhook")
        payload, files = await read_body(request)
        ephemeral = bool(record.original and record.original["flags"] & EPHEMERAL)
        base_id = (
            int(record.original["id"])
            if message_id == "@original" and record.original
            else int(message_id)
            if message_id.isdigit()
            else None
        )
        message = self.bot_message(
            None, payload, files, flags=EPHEMERAL if ephemeral else 0, message_id=base_id
        )
        if message_id == "@original":
            record.original = message
        sent = Sent(
            "edit",
            time.monotonic(),
            payload,
            files,
            message,
            interaction_id=record.id,
            ephemeral=ephemeral,
        )
        record.edits.append(sent)
        self.sent.append(sent)
        return reply(message)

    async def _file(self, request: web.Request) -> web.Response:
        self.file_downloads.append(request.match_info["name"])
        data = self.files.get(request.match_info["name"])
        if data is None:
            return web.Response(status=404)
        return web.Response(body=data, content_type="application/octet-stream")


def shard_of(guild_id: int, shard_count: int) -> int:
    """The shard that carries a guild's events, as Discord computes it."""
    return (guild_id >> 22) % shard_count


def reply(data: Any, status: int = 200) -> web.Response:
    return web.Response(
        status=status, body=json.dumps(data).encode(), headers={"Content-Type": JSON}
    )


RATE_LIMIT_RETRY_AFTER = 0.2


def too_many_requests(retry_after: float) -> web.Response:
    """Discord's 429: discord.py waits ``retry_after`` and tries again. The ``Via`` header tells
    it the answer came from Discord's API, not from a Cloudflare ban."""
    body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": False}
    return web.Response(
        status=429,
        body=json.dumps(body).encode(),
        headers={
            "Content-Type": JSON,
            "Via": "1.1 google",
            "Retry-After": str(retry_after),
            "X-RateLimit-Scope": "user",
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset-After": str(retry_after),
            "X-RateLimit-Bucket": "fake-bucket",
        },
    )


def error(status: int, code: int, message: str) -> web.Response:
    return reply({"code": code, "message": message}, status)


def not_found() -> web.Response:
    return error(404, 0, "404: Not Found")


async def read_body(request: web.Request) -> tuple[dict, list[tuple[str, bytes]]]:
    """A JSON body, or a multipart body with ``payload_json`` and ``files[n]`` parts."""
    if request.content_type.startswith("multipart/"):
        payload: dict = {}
        files: list[tuple[str, bytes]] = []
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if part.name == "payload_json":
                payload = json.loads(await part.text())
            else:
                files.append((part.filename or part.name or "file", bytes(await part.read())))
        return payload, files
    if request.can_read_body:
        return await request.json(), []
    return {}, []
