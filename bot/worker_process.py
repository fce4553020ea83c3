"""The worker side of ``bot.workers``: the loop a worker process runs, and the messages on its
socket (a length, then a pickle).

A worker takes ``(fn, args, kwargs, seconds)``, lets itself use ``seconds`` more CPU time
(RLIMIT_CPU, plus a grace) and sends back ``("ok", result)``, ``("err", a SummarybotError)`` or
``("crash", the traceback)``. Its address space is capped when the pool asks (RLIMIT_AS).
"""

from __future__ import annotations

import math
import pickle
import socket
import struct
import traceback
from typing import Any

from bot.errors import SummarybotError

# CPU seconds a job may use beyond its time limit before the worker's own RLIMIT_CPU stops it.
# The parent's timer normally acts first; this is the backstop if the parent cannot.
CPU_GRACE = 2
HEADER = struct.Struct("!Q")  # every message: its length, then a pickle


class WorkerCrashed(SummarybotError):
    """A worker process died while running a job."""


def worker_main(sock: socket.socket, memory_bytes: int | None = None) -> None:
    from bot import _worker_env  # spawn start method: before any job imports numpy

    _worker_env.single_threaded()
    if memory_bytes:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    while True:
        try:
            message = read_message(sock)
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            fn, args, kwargs, seconds = pickle.loads(message)
            _limit_cpu(seconds)
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
            data = encode(reply)
        except Exception as exc:  # the result could not be pickled
            data = encode(("crash", f"could not send result: {exc!r}"))
        try:
            sock.sendall(data)
        except OSError:
            return


def _limit_cpu(seconds: float | None) -> None:
    """Let this process use ``seconds`` more CPU time (plus grace) before SIGXCPU stops it."""
    import resource

    if seconds is None or not math.isfinite(seconds):
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = math.ceil(usage.ru_utime + usage.ru_stime + seconds) + CPU_GRACE
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def read_message(sock: socket.socket) -> bytearray:
    (size,) = HEADER.unpack(_read_exactly(sock, HEADER.size))
    return _read_exactly(sock, size)


def _read_exactly(sock: socket.socket, size: int) -> bytearray:
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        n = sock.recv_into(view[got:])
        if n == 0:
            raise EOFError
        got += n
    return buffer


def encode(message: Any) -> bytes:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return HEADER.pack(len(data)) + data
