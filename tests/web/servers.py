"""A tiny HTTP/1.1 server on 127.0.0.1 that tests script byte by byte.

Each route is a coroutine ``handler(request, writer)`` that writes whatever it likes (lies,
drips, hangs, bombs). The server counts connections, so a test can prove that a refused link
was refused before any connection was made.

Given ``tls`` (a server :class:`ssl.SSLContext`), it speaks HTTPS: the TLS handshake runs after
the TCP connection is counted, so ``connections`` still counts every connection attempt while
``handshakes`` counts the completed handshakes and ``server_names`` the SNI names clients sent.

``host`` is the loopback address to listen on: a server on 127.0.0.2 can stand for a private
address that the fetcher must refuse while 127.0.0.1 (allowed) serves the page that points there.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]


Handler = Callable[[Request, asyncio.StreamWriter], Awaitable[None]]


@dataclass
class ScriptedServer:
    routes: dict[str, Handler] = field(default_factory=dict)
    connections: int = 0
    requests: list[Request] = field(default_factory=list)
    port: int = 0
    tls: ssl.SSLContext | None = None
    host: str = "127.0.0.1"
    handshakes: int = 0
    server_names: list[str | None] = field(default_factory=list)
    _server: asyncio.Server | None = None
    _tasks: set[asyncio.Task] = field(default_factory=set)

    @property
    def scheme(self) -> str:
        return "http" if self.tls is None else "https"

    @property
    def base(self) -> str:
        return self.url("")

    def url(self, path: str, *, host: str | None = None) -> str:
        return f"{self.scheme}://{host or self.host}:{self.port}{path}"

    async def start(self) -> ScriptedServer:
        if self.tls is not None:
            self.tls.sni_callback = self._record_server_name
        self._server = await asyncio.start_server(self._accept, self.host, 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._server is not None:
            await self._server.wait_closed()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            if self.tls is not None:
                await writer.start_tls(self.tls)
                self.handshakes += 1
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, path, _version = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    if ":" in line:
                        name, value = line.split(":", 1)
                        headers[name.strip().lower()] = value.strip()
                request = Request(method, path, headers)
                self.requests.append(request)
                handler = self.routes.get(path.split("?")[0], not_found)
                await handler(request, writer)
                if writer.is_closing():
                    break
        except (
            asyncio.IncompleteReadError,
            ConnectionError,
            asyncio.LimitOverrunError,
            ssl.SSLError,
        ):
            pass
        finally:
            try:
                writer.close()
                with contextlib.suppress(Exception):
                    await writer.wait_closed()
            finally:
                # only now, so that close() also waits for connections that are closing
                self._tasks.discard(task)

    def _record_server_name(
        self, ssl_object: ssl.SSLObject, name: str | None, context: ssl.SSLContext
    ) -> None:
        self.server_names.append(name)


def response_bytes(
    status: int = 200,
    body: bytes = b"",
    *,
    content_type: str | None = "text/html; charset=utf-8",
    headers: dict[str, str] | None = None,
    content_length: int | None = None,
) -> bytes:
    reasons = {200: "OK", 301: "Moved", 302: "Found", 404: "Not Found", 500: "Server Error"}
    lines = [f"HTTP/1.1 {status} {reasons.get(status, 'Status')}"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    lines.append(f"Content-Length: {len(body) if content_length is None else content_length}")
    for name, value in (headers or {}).items():
        lines.append(f"{name}: {value}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def reply(status: int = 200, body: bytes = b"", **kwargs) -> Handler:
    """A handler that sends one complete response."""

    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(response_bytes(status, body, **kwargs))
        await writer.drain()

    return handler


def redirect(location: str, status: int = 302) -> Handler:
    return reply(status, b"", content_type=None, headers={"Location": location})


def html_page(head: str = "", body: str = "<p>Redirecting...</p>") -> bytes:
    """A small HTML page with ``head`` and ``body`` markup written as is."""
    return (
        f"<!DOCTYPE html><html><head><title>Redirecting</title>{head}</head>"
        f"<body>{body}</body></html>"
    ).encode()


def refresh_tag(content: str) -> str:
    """``<meta http-equiv="refresh" content="...">``, ``content`` written as is (so a test can put
    entities or single quotes in it)."""
    return f'<meta http-equiv="refresh" content="{content}">'


def meta_redirect(target: str, delay: int = 0, **kwargs) -> Handler:
    """A handler answering 200 with a small page that redirects to ``target`` by meta refresh."""
    return reply(200, html_page(refresh_tag(f"{delay}; url={target}")), **kwargs)


async def not_found(request: Request, writer: asyncio.StreamWriter) -> None:
    writer.write(response_bytes(404, b"no such page"))
    await writer.drain()


def gzip_bomb(decompressed_size: int) -> bytes:
    """``decompressed_size`` zero bytes, gzip-compressed (about 1000 times smaller)."""
    import zlib

    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    parts = [compressor.compress(block) for _ in range(decompressed_size >> 20)]
    parts.append(compressor.flush())
    return b"".join(parts)


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data)
