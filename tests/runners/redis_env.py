"""Real Redis for the scale-out tests: ``SUMMARYBOT_TEST_REDIS_URL``, one key prefix per test."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.config import Settings

REDIS_URL = os.environ.get("SUMMARYBOT_TEST_REDIS_URL")
needs_redis = pytest.mark.skipif(
    not REDIS_URL,
    reason="needs a Redis server: set SUMMARYBOT_TEST_REDIS_URL=redis://127.0.0.1:6379/0 "
    "(each run uses its own key prefix and deletes its keys)",
)
ROOT = Path(__file__).resolve().parents[2]


def new_prefix() -> str:
    return f"sbtest-{uuid.uuid4().hex[:12]}"


def queue_settings(prefix: str, **overrides) -> Settings:
    values = {
        "job_queue_url": REDIS_URL,
        "redis_url": REDIS_URL,
        "redis_key_prefix": prefix,
        "job_queue_redeliver": 1.0,
        "job_queue_wait": 30.0,
        "workers": 1,
        "database_path": ":memory:",
    }
    values.update(overrides)
    return Settings(**values)


def worker_env(prefix: str, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        JOB_QUEUE_URL=REDIS_URL or "",
        REDIS_KEY_PREFIX=prefix,
        JOB_QUEUE_REDELIVER="1",
        LOG_LEVEL="INFO",
        PYTHONPATH=str(ROOT),
    )
    env.update(extra)
    return env


def delete_prefix(prefix: str) -> None:
    import redis

    conn = redis.Redis.from_url(REDIS_URL)
    try:
        keys = list(conn.scan_iter(match=f"{prefix}:*", count=500))
        if keys:
            conn.delete(*keys)
    finally:
        conn.close()


class Worker:
    """A worker process; ``ready()`` waits for its 'worker ready' log line."""

    def __init__(self, argv: list[str], env: dict[str, str], log: Path) -> None:
        self.log = log
        self._out = log.open("wb")
        self.process = subprocess.Popen(
            argv, env=env, cwd=ROOT, stdout=self._out, stderr=subprocess.STDOUT
        )

    def text(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_for(self, fragment: str, timeout: float = 30) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if fragment in self.text():
                return
            if self.process.poll() is not None:
                raise AssertionError(f"worker exited early:\n{self.text()}")
            time.sleep(0.05)
        raise AssertionError(f"no {fragment!r} in the worker log:\n{self.text()}")

    def ready(self) -> Worker:
        self.wait_for("worker ready")
        return self

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)
        self._out.close()


@contextmanager
def workers(tmp_path: Path, prefix: str) -> Iterator:
    """``start(test_jobs=True, concurrency=1)`` starts workers; all are killed at the end."""
    started: list[Worker] = []

    def start(*, test_jobs: bool = True, concurrency: int = 1, **env: str) -> Worker:
        if test_jobs:
            argv = [sys.executable, "-m", "tests.runners.worker_main", str(concurrency)]
        else:
            argv = [sys.executable, "-m", "bot", "worker", "--concurrency", str(concurrency)]
        log = tmp_path / f"worker{len(started)}.log"
        worker = Worker(argv, worker_env(prefix, **env), log)
        started.append(worker)
        return worker

    try:
        yield start
    finally:
        for worker in started:
            worker.stop()
