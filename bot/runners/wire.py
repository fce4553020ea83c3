"""The heavy jobs a queue worker may run, by name, and how a job and its outcome travel.

A job crosses Redis as one string: the base64 of a pickle of ``(name, args, kwargs)`` on the way
in, and of ``(kind, value)`` on the way back (``kind`` is ``"ok"``, ``"err"`` for a domain error
that the front end shows as is, or ``"crash"`` for a bug). Pickle keeps articles, summaries and
domain errors exactly as the local pool returns them; Redis is therefore trusted as much as the
workers themselves (Taskiq's own pickle serializer assumes the same).
"""

from __future__ import annotations

import base64
import pickle
from collections.abc import Callable, Mapping
from typing import Any

from bot.errors import SummarybotError


class UnknownJob(SummarybotError):
    """A job name that this worker does not run."""


class JobFailed(RuntimeError):
    """A job failed with an unexpected error in a queue worker (a bug, not bad input)."""


def default_jobs() -> dict[str, Callable[..., Any]]:
    """The heavy functions the service runs: name -> function.

    ``fetch_article`` is a coroutine: a worker runs it on its own event loop with its fetcher,
    pool and settings (fetching a link and extracting it in one job); the rest run in the pool.
    """
    from bot.runners import jobs
    from bot.web.service import fetch_article

    return {
        "extract_article": jobs.extract_article,
        "analyze": jobs.analyze,
        "quotations": jobs.quotations,
        "read_and_summarize": jobs.read_and_summarize,
        "ready": jobs.ready,
        "catch_up": jobs.catch_up,
        "digest": jobs.digest,
        "load_export": jobs.load_export,
        "fetch_article": fetch_article,
    }


def warm() -> bool:
    """A no-op job a worker runs once at start, so its pool is up before the first real job."""
    return True


def job_name(fn: Callable[..., Any], jobs: Mapping[str, Callable[..., Any]]) -> str:
    """The registered name of ``fn``; a function that is not a job cannot be sent to the queue."""
    for name, known in jobs.items():
        if known is fn:
            return name
    raise UnknownJob(f"{getattr(fn, '__qualname__', fn)!r} is not a queue job")


def encode(value: Any) -> str:
    return base64.b64encode(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)).decode("ascii")


def decode(text: str) -> Any:
    return pickle.loads(base64.b64decode(text))  # noqa: S301 - Redis is trusted (module docstring)


def outcome(kind: str, value: Any, *, waited: float, ran: float) -> str:
    """Encode a job's outcome and timings (seconds in the queue, seconds running)."""
    try:
        return encode({"kind": kind, "value": value, "waited": waited, "ran": ran})
    except Exception as exc:  # the value or the error could not be pickled
        return encode(
            {
                "kind": "crash",
                "value": f"could not send the result: {exc!r}",
                "waited": waited,
                "ran": ran,
            }
        )


def unwrap(result: Mapping[str, Any]) -> Any:
    """The value of a decoded outcome; raise the domain error or :class:`JobFailed`."""
    kind, value = result["kind"], result["value"]
    if kind == "ok":
        return value
    if kind == "err" and isinstance(value, SummarybotError):
        raise value
    raise JobFailed(f"a queue job failed: {value}")
