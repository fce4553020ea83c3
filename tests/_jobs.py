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
