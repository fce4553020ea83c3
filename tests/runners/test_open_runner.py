"""Choosing the runner, and the clear errors of a misconfigured worker (no Redis needed)."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from bot.config import ConfigError, Settings
from bot.runners import open_runner
from bot.workers import JobRunner
from tests.runners.redis_env import REDIS_URL, ROOT, delete_prefix, needs_redis, new_prefix

SCALE_OUT_MODULES = ("taskiq", "taskiq_redis", "redis", "prometheus_client")


def test_without_a_queue_the_local_pool_runs_jobs_and_nothing_of_the_queue_is_imported():
    code = (
        "import sys, asyncio\n"
        "from bot.config import Settings\n"
        "from bot.runners import open_runner\n"
        "from bot import metrics\n"
        "from bot.workers import JobRunner\n"
        "runner = asyncio.run(open_runner(Settings(workers=1)))\n"
        "assert isinstance(runner, JobRunner)\n"
        "metrics.JOB_RUN.observe(1.0)\n"
        "asyncio.run(runner.close())\n"
        f"print(sorted(m for m in {SCALE_OUT_MODULES!r} if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


async def test_a_queue_whose_redis_is_unreachable_fails_at_once_and_clearly():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ConfigError, match=f"cannot reach Redis at redis://127.0.0.1:{port}/0"):
        await open_runner(Settings(job_queue_url=f"redis://127.0.0.1:{port}/0"))
    local = await open_runner(Settings(workers=1))
    assert isinstance(local, JobRunner)
    await local.close()


@needs_redis
async def test_a_queue_url_selects_the_queue_runner():
    from bot.runners.queue import QueueRunner

    prefix = new_prefix()
    try:
        runner = await open_runner(Settings(job_queue_url=REDIS_URL, redis_key_prefix=prefix))
        assert isinstance(runner, QueueRunner)
        await runner.close()
    finally:
        delete_prefix(prefix)


def test_queue_and_redis_urls_are_checked():
    with pytest.raises(ConfigError, match="Redis URL"):
        Settings.from_env({"JOB_QUEUE_URL": "postgresql://db/x"}, dotenv=False)
    settings = Settings.from_env({"JOB_QUEUE_URL": "redis://h:6379/0"}, dotenv=False)
    assert settings.redis_url == "redis://h:6379/0"  # shared limits follow the queue's Redis
    settings = Settings.from_env(
        {"JOB_QUEUE_URL": "redis://h:6379/0", "REDIS_URL": "redis://other:6379/1"}, dotenv=False
    )
    assert settings.redis_url == "redis://other:6379/1"
    assert Settings.from_env({}, dotenv=False).redis_url is None


def _worker(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "worker"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "HOME": str(ROOT), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_worker_without_a_queue_says_so_in_one_line():
    out = _worker({})
    assert out.returncode != 0
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "JOB_QUEUE_URL is not set" in lines[0]


def test_worker_with_redis_unreachable_says_so_in_one_line():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = _worker({"JOB_QUEUE_URL": f"redis://127.0.0.1:{port}/0"})
    assert out.returncode != 0
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and f"cannot reach Redis at redis://127.0.0.1:{port}/0" in lines[0]
