"""A small pool of worker processes whose jobs can be stopped.

CPU-heavy work (summarizing a long article, parsing a hostile HTML page) runs here so that the
event loop never waits for it. Unlike ``concurrent.futures.ProcessPoolExecutor``, a job that runs
past its time limit is really stopped: its worker process is killed and replaced.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import multiprocessing.connection
import os
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from bot.errors import SummarybotError, TimeLimitError

log = logging.getLogger(__name__)

T = TypeVar("T")

# Modules the fork server imports once, so that each new worker starts warm.
PRELOAD = ("bot.text.pipeline", "bot.web.extract", "bot.web._html", "bot.web._pdf")


class WorkerCrashed(SummarybotError):
    """A worker process died while running a job."""


class _RemoteError(Exception):
    """An unexpected exception raised in a worker, carried back with its traceback."""


def _worker_main(
    conn: multiprocessing.connection.Connection, memory_bytes: int | None = None
) -> None:
    if memory_bytes:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        fn, args, kwargs = job
        try:
            reply = ("ok", fn(*args, **kwargs))
        except SummarybotError as exc:
            reply = ("err", exc)
        except MemoryError:
            reply = (
                "err",
                WorkerCrashed("That needs more memory than I may use. Try a shorter text."),
            )
        except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent
            reply = ("crash", f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")
        try:
            conn.send(reply)
        except Exception as exc:  # the result could not be pickled
            conn.send(("crash", f"could not send result: {exc!r}"))


class _Worker:
    def __init__(
        self, ctx: multiprocessing.context.BaseContext, memory_bytes: int | None = None
    ) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, memory_bytes), daemon=True)
        self.process.start()
        child.close()

    def call(self, fn: Callable, args: tuple, kwargs: dict) -> tuple[str, Any]:
        self.conn.send((fn, args, kwargs))
        return self.conn.recv()

    def alive(self) -> bool:
        return self.process.is_alive()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class JobRunner:
    """Runs picklable functions in up to ``workers`` processes, each call with a time limit.

    Use as ``async with JobRunner(2) as runner: await runner.run(fn, arg, timeout=30)``.
    ``memory_mb`` caps each worker's address space, so a hostile input cannot exhaust the machine.
    """

    def __init__(
        self, workers: int = 2, *, memory_mb: int | None = None, start_method: str | None = None
    ) -> None:
        if start_method is None:
            start_method = (
                "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
            )
        self._ctx = multiprocessing.get_context(start_method)
        if start_method == "forkserver":
            self._ctx.set_forkserver_preload(list(PRELOAD))
        self._size = max(1, workers)
        self._memory_bytes = memory_mb * 1024 * 1024 if memory_mb else None
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._slots = asyncio.Semaphore(self._size)
        self._threads = ThreadPoolExecutor(max_workers=self._size, thread_name_prefix="jobrunner")
        self._closed = False

    async def __aenter__(self) -> JobRunner:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def run(self, fn: Callable[..., T], *args: Any, timeout: float, **kwargs: Any) -> T:
        """Run ``fn(*args, **kwargs)`` in a worker; raise TimeLimitError after ``timeout`` seconds."""
        if self._closed:
            raise RuntimeError("JobRunner is closed")
        loop = asyncio.get_running_loop()
        async with self._slots:
            worker = self._idle.pop() if self._idle else None
            if worker is None or not worker.alive():
                worker = await loop.run_in_executor(
                    self._threads, _Worker, self._ctx, self._memory_bytes
                )
            self._busy.add(worker)
            healthy = False
            try:
                call = loop.run_in_executor(self._threads, worker.call, fn, args, kwargs)
                try:
                    kind, value = await asyncio.wait_for(asyncio.shield(call), timeout)
                except TimeoutError:
                    log.warning(
                        "job %s passed its %.1f s limit; worker stopped", _name(fn), timeout
                    )
                    raise TimeLimitError(
                        "That took too long to process, so I stopped. Try a shorter text."
                    ) from None
                except (EOFError, OSError, BrokenPipeError):
                    raise WorkerCrashed(
                        "The worker processing this ran out of resources and stopped. "
                        "Try a shorter text."
                    ) from None
                healthy = True
            finally:
                self._busy.discard(worker)
                if healthy and not self._closed:
                    self._idle.append(worker)
                else:
                    await loop.run_in_executor(self._threads, worker.kill)
        if kind == "ok":
            return value
        if kind == "err":
            raise value
        raise _RemoteError(value)

    async def close(self) -> None:
        """Stop every worker process."""
        self._closed = True
        workers = self._idle + list(self._busy)
        self._idle.clear()
        for worker in workers:
            worker.kill()
        self._threads.shutdown(wait=False, cancel_futures=True)


def _name(fn: Callable) -> str:
    return getattr(fn, "__qualname__", repr(fn))


def default_workers() -> int:
    """A sensible pool size for this machine."""
    return max(1, min(4, (os.cpu_count() or 2)))
