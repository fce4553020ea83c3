"""Choosing the runner, and the clear errors of a misconfigured worker (no Redis needed)."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from bot.config import ConfigError, Settings
from bot.runners import open_runner
from bot.workers import JobRunner
from tests.runners.redis_env import ROOT

SCALE_OUT_MODULES = ("taskiq", "taskiq_redis", "redis", "prometheus_client")


def test_without_a_queue_the_local_pool_runs_jobs_and_nothing_of_the_queue_is_imported():
    code = (
        "import sys, asyncio\n"
        "from bot.config import Settings\n"
        "from bot.runners import open_runner\n"
        "from bot import metrics\n"
        "from bot.workers import JobRunner\n"
        "runner = open_runner(Settings(workers=1))\n"
        "assert isinstance(runner, JobRunner)\n"
        "metrics.JOB_RUN.observe(1.0)\n"
        "asyncio.run(runner.close())\n"
        f"print(sorted(m for m in {SCALE_OUT_MODULES!r} if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


async def test_a_queue_url_selects_the_queue_runner_without_connecting():
    from bot.runners.queue import QueueRunner

    runner = open_runner(Settings(job_queue_url="redis://127.0.0.1:1/0"))
    assert isinstance(runner, QueueRunner)
    await runner.close()
    local = open_runner(Settings(workers=1))
    assert isinstance(local, JobRunner)
    await local.close()


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
