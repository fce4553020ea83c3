"""Prometheus metrics: off by default, served on loopback when METRICS_PORT is set."""

from __future__ import annotations

import socket
import urllib.request

from bot import metrics
from bot.config import Settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_metrics_are_off_by_default():
    settings = Settings.from_env({}, dotenv=False)
    assert settings.metrics_port is None
    assert metrics.serve(settings.metrics_port) is None


def test_metrics_are_served_on_loopback():
    settings = Settings.from_env({"METRICS_PORT": str(free_port())}, dotenv=False)
    assert settings.metrics_host == "127.0.0.1"
    server = metrics.serve(settings.metrics_port, settings.metrics_host)
    try:
        assert server.server_address[0] == "127.0.0.1"
        metrics.COOLDOWN_REFUSALS.inc(limit="user")
        metrics.INTERACTIONS.inc(command="summarize")
        metrics.JOB_WAIT.observe(0.3)
        metrics.JOB_FAILURES.inc(kind="TimeLimitError")
        metrics.QUEUE_DEPTH.set(4)
        url = f"http://127.0.0.1:{settings.metrics_port}/metrics"
        text = urllib.request.urlopen(url, timeout=10).read().decode()
    finally:
        metrics.stop(server)
    assert 'summarybot_cooldown_refusals_total{limit="user"} 1.0' in text
    assert 'summarybot_interactions_answered_total{command="summarize"} 1.0' in text
    assert "summarybot_job_wait_seconds_count 1.0" in text
    assert 'summarybot_job_failures_total{kind="TimeLimitError"} 1.0' in text
    assert "summarybot_queue_depth 4.0" in text
