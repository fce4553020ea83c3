"""Prometheus metrics, served on ``METRICS_PORT`` (off by default).

Metrics are declared here once and cost nothing until :func:`serve` binds them: without
``METRICS_PORT`` the process never imports ``prometheus_client`` and every update is a no-op.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

_LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300)


class Metric:
    """A metric that becomes a real ``prometheus_client`` one when metrics are served."""

    def __init__(self, kind: str, name: str, doc: str, labels: tuple[str, ...] = ()) -> None:
        self.kind, self.name, self.doc, self.labelnames = kind, name, doc, labels
        self._real: Any = None

    def bind(self, registry: Any) -> None:
        import prometheus_client as prom

        options: dict[str, Any] = {"registry": registry, "labelnames": self.labelnames}
        if self.kind == "Histogram":
            options["buckets"] = _LATENCY_BUCKETS
        self._real = getattr(prom, self.kind)(self.name, self.doc, **options)

    def _target(self, labels: dict[str, str]) -> Any:
        return self._real.labels(**labels) if labels else self._real

    def inc(self, amount: float = 1, **labels: str) -> None:
        if self._real is not None:
            self._target(labels).inc(amount)

    def observe(self, value: float, **labels: str) -> None:
        if self._real is not None:
            self._target(labels).observe(value)

    def set(self, value: float, **labels: str) -> None:
        if self._real is not None:
            self._target(labels).set(value)


QUEUE_DEPTH = Metric("Gauge", "summarybot_queue_depth", "Jobs queued or running (last seen)")
JOB_WAIT = Metric("Histogram", "summarybot_job_wait_seconds", "Time a job waited in the queue")
JOB_RUN = Metric("Histogram", "summarybot_job_run_seconds", "Time a job ran on a worker")
JOB_LATENCY = Metric(
    "Histogram", "summarybot_job_latency_seconds", "From sending a job to reading its answer"
)
JOB_FAILURES = Metric("Counter", "summarybot_job_failures", "Jobs that failed, by kind", ("kind",))
JOBS_REFUSED = Metric(
    "Counter", "summarybot_jobs_refused", "Jobs refused because the queue was full"
)
JOBS_DONE = Metric("Counter", "summarybot_worker_jobs", "Jobs a worker finished, by job", ("job",))
INTERACTIONS = Metric(
    "Counter", "summarybot_interactions_answered", "Discord interactions answered", ("command",)
)
COOLDOWN_REFUSALS = Metric(
    "Counter", "summarybot_cooldown_refusals", "Requests refused by a cooldown or rate", ("limit",)
)
ALL = (
    QUEUE_DEPTH,
    JOB_WAIT,
    JOB_RUN,
    JOB_LATENCY,
    JOB_FAILURES,
    JOBS_REFUSED,
    JOBS_DONE,
    INTERACTIONS,
    COOLDOWN_REFUSALS,
)


def failure_kind(error: BaseException) -> str:
    """A short label for a failed job: the error's class name."""
    return type(error).__name__


def serve(port: int | None, host: str = "127.0.0.1") -> Any:
    """Serve ``/metrics`` on ``host:port`` (nothing when ``port`` is None); return the server."""
    if not port:
        return None
    import prometheus_client as prom

    registry = prom.CollectorRegistry()
    for metric in ALL:
        metric.bind(registry)
    server, _thread = prom.start_http_server(port, addr=host, registry=registry)
    log.info("metrics on http://%s:%d/metrics", host, port)
    return server


def stop(server: Any) -> None:
    """Stop serving and make every metric a no-op again."""
    if server is not None:
        server.shutdown()
        server.server_close()
    for metric in ALL:
        metric._real = None
