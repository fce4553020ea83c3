"""Jobs the queue tests send: they must be importable by the worker processes."""

from __future__ import annotations

import os
import signal
import time

from bot.runners.wire import default_jobs


def mark_then_sleep(path: str, seconds: float, value: str) -> str:
    """Append this process's id to ``path``, sleep, and return ``value``."""
    with open(path, "a", encoding="utf-8") as out:
        out.write(f"{os.getpid()}\n")
    time.sleep(seconds)
    return value


def spin(seconds: float) -> float:
    """Burn CPU for ``seconds`` (the time limit and the throughput checks use it)."""
    end = time.process_time() + seconds
    x = 0
    while time.process_time() < end:
        x += 1
    return seconds


def kill_my_worker() -> None:
    """SIGKILL the queue worker whose pool runs this (the parent of the pool's fork server)."""
    fork_server = os.getppid()
    with open(f"/proc/{fork_server}/stat", encoding="ascii") as stat:
        worker = int(stat.read().rsplit(")", 1)[1].split()[1])
    os.kill(worker, signal.SIGKILL)
    time.sleep(5)


def all_jobs() -> dict:
    return {
        **default_jobs(),
        "mark_then_sleep": mark_then_sleep,
        "spin": spin,
        "kill_my_worker": kill_my_worker,
    }
