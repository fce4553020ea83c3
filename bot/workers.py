"""A small pool of worker processes whose jobs are stopped at their time limit, whatever the load.

CPU-heavy work (summarizing a long article, parsing a hostile HTML page) runs here so that the
event loop never waits for it. Unlike ``concurrent.futures.ProcessPoolExecutor``, a job that runs
past its time limit is really stopped: its worker process is killed and replaced.

The parent talks to each worker over a socket read by the event loop itself (no thread waits on a
worker), so the timer that kills an overdue job fires even when every worker is busy. Each worker
also sets ``RLIMIT_CPU`` a little above the job's limit, so a runaway job dies even if the parent
stalls. Jobs share the pool fairly between users and channels (``bot.fairness``). What runs inside
a worker is ``bot.worker_process``.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import pickle
import signal
import socket
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from bot.errors import TimeLimitError
from bot.fairness import FairSlots, JobOwner, default_caps
from bot.worker_process import HEADER, WorkerCrashed, encode, worker_main

log = logging.getLogger(__name__)

T = TypeVar("T")

# Modules the fork server imports once, so that each new worker starts warm. The first one makes
# numeric libraries single-threaded before numpy loads. The page parsers (trafilatura, lxml,
# pypdf) are as much again: a pool for plain text only (the command line on .txt files) skips
# them, and a worker loads them on first use if a page comes after all.
TEXT_PRELOAD = ("bot._worker_env", "bot.text.pipeline", "bot.web.extract")
PAGE_PRELOAD = ("bot.web._html", "bot.web._pdf")
PRELOAD = TEXT_PRELOAD + PAGE_PRELOAD
_READ_BUFFER = 1 << 20  # replies (an Article can be MBs) stream in without pausing at every 64 KB


class _RemoteError(Exception):
    """An unexpected exception raised in a worker, carried back with its traceback."""


# ---------------------------------------------------------------------------- in the parent


class _Worker:
    """One worker process and the event loop's stream to it."""

    def __init__(
        self,
        process: multiprocessing.process.BaseProcess,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> None:
        self.process = process
        self.reader = reader
        self.writer = writer
        self.reaped = False
        self.exitcode: int | None = None
        self.sent = 0  # jobs sent and not yet answered (more than one when pipelined)
        self.turn = asyncio.Lock()  # replies come back in the order their jobs were sent
        self.retired = False

    @classmethod
    async def start(
        cls,
        ctx: multiprocessing.context.BaseContext,
        memory_bytes: int | None,
        starter: ThreadPoolExecutor,
    ) -> _Worker:
        parent, child = socket.socketpair()
        try:
            process = ctx.Process(target=worker_main, args=(child, memory_bytes), daemon=True)
            # starting may wait for the fork server, so it runs off the event loop
            await asyncio.get_running_loop().run_in_executor(starter, process.start)
            reader, writer = await asyncio.open_unix_connection(sock=parent, limit=_READ_BUFFER)
        except BaseException:
            parent.close()  # a worker that did start sees end-of-file and exits
            raise
        finally:
            child.close()
        return cls(process, reader, writer)

    def send(self, job: tuple) -> None:
        """Queue a job; the worker starts it when it has answered the jobs sent before.

        No ``drain``: at most ``depth`` jobs wait per worker, already in memory as they are, and
        waiting for a later job's bytes to be read would hold up the reply before it.
        """
        self.writer.write(encode(job))
        self.sent += 1

    async def reply(self) -> tuple[str, Any]:
        """The reply to the oldest unanswered job, read on the event loop (no thread waits)."""
        (size,) = HEADER.unpack(await self.reader.readexactly(HEADER.size))
        return pickle.loads(await self.reader.readexactly(size))

    def alive(self) -> bool:
        return not self.reaped and self.process.exitcode is None and not self.writer.is_closing()

    def kill(self) -> None:
        """Stop the process now (SIGKILL does not block); ``reap`` collects it."""
        if not self.reaped and self.process.exitcode is None:
            self.process.kill()
        self.writer.close()

    async def reap(self, wait: float = 5.0) -> int | None:
        """Wait (polling, never blocking) for the process to end; return its exit code."""
        if self.reaped:
            return self.exitcode
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait
        while self.process.exitcode is None and loop.time() < deadline:
            await asyncio.sleep(0.01)
        self.exitcode = self.process.exitcode
        if self.exitcode is None:
            log.error("worker %s did not exit in %.0f s", self.process.pid, wait)
        elif not self.reaped:
            self.reaped = True
            self.process.join(0)
            self.process.close()
        return self.exitcode


class JobRunner:
    """Runs picklable functions in up to ``workers`` processes, each call with a time limit.

    Use as ``async with JobRunner(2) as runner: await runner.run(fn, arg, timeout=30)``.
    ``memory_mb`` caps each worker's address space, so a hostile input cannot exhaust the machine.
    ``per_user`` and ``per_channel`` cap the concurrent jobs of one user and of one channel
    (defaults: ``bot.fairness.default_caps``); pass ``owner=JobOwner(user, channel)`` to ``run``.
    ``pages=False`` leaves the page parsers out of the fork server's preload (see
    ``PAGE_PRELOAD``); the fork server is one per process, so the first pool to start a worker
    decides what it preloads.

    ``depth`` > 1 pipelines: a busy worker is sent up to ``depth - 1`` more jobs, which it starts
    the moment it answers the one before, without waiting for this process to hand it the next
    (for one caller with many short jobs: the command line on many files). Each job keeps its
    own time limit, counted from the answer before it, and its own CPU limit in the worker; a
    job queued behind one that failed goes to another worker. The fairness caps then count
    queued jobs too, so the bot keeps the default of 1.
    """

    def __init__(
        self,
        workers: int = 2,
        *,
        memory_mb: int | None = None,
        start_method: str | None = None,
        per_user: int | None = None,
        per_channel: int | None = None,
        pages: bool = True,
        depth: int = 1,
    ) -> None:
        if start_method is None:
            start_method = (
                "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
            )
        self._ctx = multiprocessing.get_context(start_method)
        if start_method == "forkserver":
            self._ctx.set_forkserver_preload(list(PRELOAD if pages else TEXT_PRELOAD))
        self._memory_bytes = memory_mb * 1024 * 1024 if memory_mb else None
        self.size = max(1, workers)
        self.depth = max(1, depth)
        if self.depth > 1:
            user_cap, channel_cap = default_caps(self.size)
            per_user = (per_user or user_cap) * self.depth
            per_channel = (per_channel or channel_cap) * self.depth
        self.slots = FairSlots(self.size * self.depth, per_user=per_user, per_channel=per_channel)
        self._workers: list[_Worker] = []  # live workers, oldest first
        self._starting = 0
        self._changed = asyncio.Event()  # set (and replaced) when a worker starts, frees or stops
        self._reaping: set[asyncio.Task] = set()
        self._starter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="jobrunner-start")
        self._closed = False

    async def __aenter__(self) -> JobRunner:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def run(
        self,
        fn: Callable[..., T],
        *args: Any,
        timeout: float,
        owner: JobOwner | None = None,
        **kwargs: Any,
    ) -> T:
        """Run ``fn(*args, **kwargs)`` in a worker; raise TimeLimitError after ``timeout`` seconds.

        The limit counts from the job's start; before that it waits for a fair turn (``owner``).
        """
        if self._closed:
            raise RuntimeError("JobRunner is closed")
        async with self.slots.slot(owner):
            while True:
                worker = await self._take_worker()
                reply = await self._call(worker, (fn, args, kwargs, timeout), fn, timeout)
                if reply is not None:
                    break
        kind, value = reply
        if kind == "ok":
            return value
        if kind == "err":
            raise value
        raise _RemoteError(value)

    async def _call(
        self, worker: _Worker, job: tuple, fn: Callable, timeout: float
    ) -> tuple[str, Any] | None:
        """Run ``job`` on ``worker``: its reply, or None when the job never ran to its end there
        because the worker was stopped for another job's sake (then it goes to another worker)."""
        worker.send(job)
        done = False
        try:
            async with worker.turn:
                if worker.retired:  # a job before this one failed, so this one never started
                    return None
                try:
                    reply = await asyncio.wait_for(worker.reply(), timeout)
                except TimeoutError:
                    log.warning(
                        "job %s passed its %.1f s limit; worker stopped", _name(fn), timeout
                    )
                    raise _time_limit() from None
                except (asyncio.IncompleteReadError, ConnectionError):
                    if worker.retired:  # stopped for a job queued behind this one
                        return None
                    raise await self._crash_error(worker, fn, timeout) from None
                done = True
                return reply
        finally:
            worker.sent -= 1
            if not done and not worker.retired:
                self._retire(worker)  # its own failure, or a caller gone before its reply
            elif self._closed:
                self._retire(worker)
            self._wake()

    async def _take_worker(self) -> _Worker:
        """An idle worker, else a new one while there are fewer than ``workers``, else the
        least busy one with room in its pipeline (the slots guarantee one comes)."""
        while True:
            for worker in list(self._workers):
                if worker.sent == 0 and not worker.alive():  # a busy one's jobs notice themselves
                    self._retire(worker)
            if self._closed:
                raise RuntimeError("JobRunner is closed")
            room = [w for w in self._workers if w.sent < self.depth]
            idle = [w for w in room if w.sent == 0]
            if idle:
                return idle[-1]
            if len(self._workers) + self._starting < self.size:
                return await self._start_worker()
            if room:
                return min(room, key=lambda w: w.sent)
            await self._changed.wait()  # every worker is full or still starting

    async def _start_worker(self) -> _Worker:
        self._starting += 1
        try:
            worker = await _Worker.start(self._ctx, self._memory_bytes, self._starter)
        finally:
            self._starting -= 1
            self._wake()
        self._workers.append(worker)
        if self._closed:
            self._retire(worker)
            raise RuntimeError("JobRunner is closed")
        return worker

    def _wake(self) -> None:
        """Let jobs waiting in ``_take_worker`` look again."""
        self._changed.set()
        self._changed = asyncio.Event()

    def _retire(self, worker: _Worker) -> None:
        """Kill ``worker`` now and collect its process in the background."""
        worker.retired = True
        worker.kill()
        if worker in self._workers:
            self._workers.remove(worker)
        task = asyncio.get_running_loop().create_task(worker.reap())
        self._reaping.add(task)
        task.add_done_callback(self._reaping.discard)

    async def _crash_error(self, worker: _Worker, fn: Callable, timeout: float) -> Exception:
        code = await worker.reap()
        if code == -signal.SIGXCPU:
            log.warning("job %s passed its CPU limit (%.1f s); worker stopped", _name(fn), timeout)
            return _time_limit()
        log.warning("worker running %s died (exit code %s)", _name(fn), code)
        return WorkerCrashed(
            "The worker processing this ran out of resources and stopped. Try a shorter text."
        )

    async def close(self) -> None:
        """Stop every worker process."""
        self._closed = True
        for worker in list(self._workers):
            self._retire(worker)
        if self._reaping:
            await asyncio.gather(*self._reaping, return_exceptions=True)
        self._starter.shutdown(wait=False, cancel_futures=True)


def _time_limit() -> TimeLimitError:
    return TimeLimitError("That took too long to process, so I stopped. Try a shorter text.")


def _name(fn: Callable) -> str:
    return getattr(fn, "__qualname__", repr(fn))


def default_workers() -> int:
    """A sensible pool size for this machine."""
    return max(1, min(4, (os.cpu_count() or 2)))
