"""Top-level functions the worker tests send to worker processes (they must be importable)."""

import os
import time

from bot.errors import InputError


def add(a, b):
    return a + b


def pid():
    return os.getpid()


def sleep_then(seconds, value):
    time.sleep(seconds)
    return value


def fail_friendly():
    raise InputError("friendly message")


def fail_bug():
    raise ZeroDivisionError("boom")


def die():
    os._exit(3)


def allocate(megabytes):
    block = bytearray(megabytes * 1024 * 1024)
    return len(block)


def spin(seconds, clock=time.monotonic):
    """Burn CPU for ``seconds`` of ``clock``: a stand-in for a hostile input's runaway parse."""
    end = clock() + seconds
    turns = 0
    while clock() < end:
        turns += 1
    return turns


def exceed_cpu_limit():
    """End the way a worker does when its RLIMIT_CPU backstop fires."""
    import signal

    os.kill(os.getpid(), signal.SIGXCPU)
    time.sleep(5)


def spin_cpu(seconds):
    """Burn ``seconds`` of this process's CPU time (whatever the machine's load)."""
    return spin(seconds, time.process_time)


def loaded(module):
    """Whether this worker process has imported ``module``."""
    import sys

    return module in sys.modules
