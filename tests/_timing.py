"""Timing helper of the time-limit tests."""

import time


async def timed(coro) -> tuple[object, float]:
    """Await ``coro``; return (its result or the exception it raised, seconds it took)."""
    started = time.monotonic()
    try:
        result = await coro
    except Exception as exc:  # noqa: BLE001 - the test looks at what came back
        result = exc
    return result, time.monotonic() - started
