"""Typed settings, read once from the environment and ``.env``."""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

from bot.errors import SummarybotError

DEFAULT_USER_AGENT = (
    "summarybot/0.1 (Discord link summaries; +https://github.com/summarybot/summarybot)"
)


class ConfigError(SummarybotError):
    """A setting has a value we cannot use."""


def _default_db_path() -> str:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(base) / "summarybot" / "history.db")


DATABASE_URL_FORMS = (
    "sqlite:///absolute/path/history.db",
    "a plain file path",
    "postgresql://user:password@host:5432/database (or postgres://...)",
)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


@dataclass(frozen=True, slots=True)
class DatabaseTarget:
    """Where the history lives: an SQLite file path or a PostgreSQL connection URL."""

    kind: Literal["sqlite", "postgresql"]
    location: str

    def __str__(self) -> str:
        return self.location if self.kind == "sqlite" else redact_url(self.location)


def redact_url(url: str) -> str:
    """``url`` with its password replaced by ``***`` (for messages and logs)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


def database_target(text: str, *, key: str = "DATABASE_URL") -> DatabaseTarget:
    """Read a database URL: ``sqlite:///abs/path``, a plain path, or ``postgresql://...``.

    Any other scheme is a ``ConfigError`` naming the accepted forms.
    """
    value = text.strip()
    match = _SCHEME.match(value)
    if match is None:
        if not value:
            raise ConfigError(f"{key} is empty. Use one of: {'; '.join(DATABASE_URL_FORMS)}.")
        return DatabaseTarget("sqlite", value)
    scheme = match.group(1).lower()
    if scheme in ("postgresql", "postgres"):
        if not urlsplit(value).hostname and "host=" not in value:
            raise ConfigError(f"{key} {redact_url(value)} names no server (host).")
        return DatabaseTarget("postgresql", value)
    if scheme == "sqlite":
        parts = urlsplit(value)
        if parts.netloc or not parts.path.startswith("/") or parts.path == "/":
            raise ConfigError(
                f"{key} {value!r}: an SQLite URL holds an absolute file path, "
                "for example sqlite:///var/lib/summarybot/history.db."
            )
        return DatabaseTarget("sqlite", parts.path)
    raise ConfigError(
        f"{key} uses the scheme {scheme}://, which summarybot cannot open. "
        f"Use one of: {'; '.join(DATABASE_URL_FORMS)}."
    )


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting the bot reads. See ``.env.example`` for what each one means."""

    discord_token: str | None = None
    discord_guild_id: int | None = None
    database_path: str = field(default_factory=_default_db_path)
    database_url: str | None = None  # wins over database_path; see database()
    database_pool_size: int = 10
    history_retention_days: int | None = None
    log_level: str = "INFO"
    # text engine
    default_method: str = "default"
    default_sentences: int = 5
    max_input_bytes: int = 5_000_000
    job_timeout: float = 60.0
    workers: int = 2
    # fetching
    fetch_allow_networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()
    fetch_max_bytes: int = 5_000_000
    fetch_timeout: float = 20.0
    fetch_connect_timeout: float = 5.0
    fetch_read_timeout: float = 10.0
    fetch_max_redirects: int = 5
    extract_timeout: float = 20.0
    user_agent: str = DEFAULT_USER_AGENT
    worker_memory_mb: int = 448  # 2 workers stay under 1 GB; see README "Limits"
    # fair sharing of the workers; None = the defaults of ``bot.fairness.default_caps``
    jobs_per_user: int | None = None
    jobs_per_channel: int | None = None
    # discord behaviour
    autolink_max_links: int = 3
    autolink_per_channel_per_minute: int = 6
    recent_duplicate_hours: float = 24.0
    cooldown_seconds: float = 10.0
    # scale-out (README "Running at scale")
    job_queue_url: str | None = None
    job_queue_max: int = 1000
    job_queue_wait: float = 120.0
    job_queue_redeliver: float = 15.0
    redis_url: str | None = None
    redis_key_prefix: str = "summarybot"
    metrics_port: int | None = None
    metrics_host: str = "127.0.0.1"
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None

    def database(self) -> DatabaseTarget:
        """The history database: ``DATABASE_URL`` if set, else the ``DATABASE_PATH`` file."""
        if self.database_url:
            return database_target(self.database_url)
        path = self.database_path.strip()
        if _SCHEME.match(path):
            raise ConfigError(
                f"DATABASE_PATH takes a file path, not a URL ({redact_url(path)}). "
                f"Put URLs in DATABASE_URL: {'; '.join(DATABASE_URL_FORMS)}."
            )
        return database_target(path, key="DATABASE_PATH")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, *, dotenv: bool = True) -> Settings:
        """Build settings from ``env`` (default: ``os.environ`` after loading ``.env``)."""
        if env is None:
            if dotenv:
                from dotenv import load_dotenv

                load_dotenv(override=False)
            env = os.environ
        g = _Reader(env)
        settings = cls(
            discord_token=g.str("DISCORD_TOKEN") or None,
            discord_guild_id=g.int_or_none("DISCORD_GUILD_ID"),
            database_path=g.str("DATABASE_PATH") or _default_db_path(),
            database_url=g.str("DATABASE_URL") or None,
            database_pool_size=g.int("DATABASE_POOL_SIZE", 10, lo=1, hi=1000),
            history_retention_days=g.int("HISTORY_RETENTION_DAYS", 0, lo=0) or None,
            log_level=(g.str("LOG_LEVEL") or "INFO").upper(),
            default_method=g.str("SUMMARY_METHOD") or "default",
            default_sentences=g.int("SUMMARY_SENTENCES", 5, lo=1, hi=50),
            max_input_bytes=g.int("MAX_INPUT_BYTES", 5_000_000, lo=1_000),
            job_timeout=g.float("JOB_TIMEOUT", 60.0, lo=1.0),
            workers=g.int("WORKERS", 2, lo=1, hi=64),
            fetch_allow_networks=g.networks("FETCH_ALLOW_NETWORKS"),
            fetch_max_bytes=g.int("FETCH_MAX_BYTES", 5_000_000, lo=10_000),
            fetch_timeout=g.float("FETCH_TIMEOUT", 20.0, lo=0.1),
            fetch_connect_timeout=g.float("FETCH_CONNECT_TIMEOUT", 5.0, lo=0.1),
            fetch_read_timeout=g.float("FETCH_READ_TIMEOUT", 10.0, lo=0.1),
            fetch_max_redirects=g.int("FETCH_MAX_REDIRECTS", 5, lo=0, hi=10),
            extract_timeout=g.float("EXTRACT_TIMEOUT", 20.0, lo=0.5),
            user_agent=g.str("FETCH_USER_AGENT") or DEFAULT_USER_AGENT,
            worker_memory_mb=g.int("WORKER_MEMORY_MB", 448, lo=256),
            jobs_per_user=g.int("JOBS_PER_USER", 0, lo=0) or None,
            jobs_per_channel=g.int("JOBS_PER_CHANNEL", 0, lo=0) or None,
            autolink_max_links=g.int("AUTOLINK_MAX_LINKS", 3, lo=1, hi=10),
            autolink_per_channel_per_minute=g.int("AUTOLINK_PER_MINUTE", 6, lo=1),
            recent_duplicate_hours=g.float("RECENT_DUPLICATE_HOURS", 24.0, lo=0.0),
            cooldown_seconds=g.float("COOLDOWN_SECONDS", 10.0, lo=0.0),
            job_queue_url=g.redis_url("JOB_QUEUE_URL"),
            job_queue_max=g.int("JOB_QUEUE_MAX", 1000, lo=1),
            job_queue_wait=g.float("JOB_QUEUE_WAIT", 120.0, lo=1.0),
            job_queue_redeliver=g.float("JOB_QUEUE_REDELIVER", 15.0, lo=0.5),
            redis_url=g.redis_url("REDIS_URL") or g.redis_url("JOB_QUEUE_URL"),
            redis_key_prefix=g.str("REDIS_KEY_PREFIX") or "summarybot",
            metrics_port=g.int("METRICS_PORT", 0, lo=0, hi=65535) or None,
            metrics_host=g.str("METRICS_HOST") or "127.0.0.1",
            shard_count=g.int("SHARD_COUNT", 0, lo=0) or None,
            shard_ids=parse_shard_ids(g.str("SHARD_IDS")),
        )
        settings.database()  # a database setting we cannot open fails at start-up
        return settings


class _Reader:
    def __init__(self, env: Mapping[str, str]) -> None:
        self.env = env

    def str(self, key: str) -> str:
        return (self.env.get(key) or "").strip()

    def int(self, key: str, default: int, *, lo: int | None = None, hi: int | None = None) -> int:
        raw = self.str(key)
        if not raw:
            return default
        try:
            value = int(raw.replace("_", ""))
        except ValueError:
            raise ConfigError(f"{key} must be a whole number, not {raw!r}.") from None
        return self._bounded(key, value, lo, hi)

    def int_or_none(self, key: str) -> int | None:
        raw = self.str(key)
        if not raw:
            return None
        try:
            return int(raw)
        except ValueError:
            raise ConfigError(f"{key} must be a numeric Discord ID, not {raw!r}.") from None

    def float(self, key: str, default: float, *, lo: float | None = None) -> float:
        raw = self.str(key)
        if not raw:
            return default
        try:
            value = float(raw)
        except ValueError:
            raise ConfigError(f"{key} must be a number, not {raw!r}.") from None
        return self._bounded(key, value, lo, None)

    def networks(self, key: str) -> tuple:
        raw = self.str(key)
        nets = []
        for part in filter(None, (p.strip() for p in raw.split(","))):
            try:
                nets.append(ipaddress.ip_network(part, strict=False))
            except ValueError:
                raise ConfigError(f"{key}: {part!r} is not a network such as 10.0.0.0/8.") from None
        return tuple(nets)

    def redis_url(self, key: str) -> str | None:
        raw = self.str(key)
        if raw and not raw.startswith(("redis://", "rediss://", "unix://")):
            raise ConfigError(f"{key} must be a Redis URL such as redis://127.0.0.1:6379/0.")
        return raw or None

    @staticmethod
    def _bounded(key, value, lo, hi):
        if lo is not None and value < lo:
            raise ConfigError(f"{key} must be at least {lo}, not {value}.")
        if hi is not None and value > hi:
            raise ConfigError(f"{key} must be at most {hi}, not {value}.")
        return value


def parse_shard_ids(raw: str) -> tuple[int, ...] | None:
    """``"0-3"``, ``"0,2,5"`` or ``"0-1,4"`` as sorted shard ids; empty means every shard."""
    ids: set[int] = set()
    for part in filter(None, (p.strip() for p in raw.split(","))):
        lo, _, hi = part.partition("-")
        try:
            first, last = int(lo), int(hi or lo)
        except ValueError:
            raise ConfigError(
                f"Shard ids are numbers or ranges such as 0-3 or 0,2,5, not {part!r}."
            ) from None
        if first < 0 or last < first:
            raise ConfigError(f"{part!r} is not a range of shard ids (such as 0-3).")
        ids.update(range(first, last + 1))
    return tuple(sorted(ids)) or None


def with_shards(settings: Settings, count: int | None, ids: str | None) -> Settings:
    """``settings`` with ``--shard-count``/``--shard-ids`` applied over SHARD_COUNT/SHARD_IDS."""
    import dataclasses

    changes: dict = {}
    if count is not None:
        if count < 1:
            raise ConfigError(f"The shard count must be at least 1, not {count}.")
        changes["shard_count"] = count
    if ids is not None:
        changes["shard_ids"] = parse_shard_ids(ids)
    settings = dataclasses.replace(settings, **changes)
    check_shards(settings.shard_count, settings.shard_ids)
    return settings


def check_shards(count: int | None, ids: tuple[int, ...] | None) -> None:
    """Refuse shard ids outside the shard count (ids without a count are refused too)."""
    if ids is None:
        return
    if count is None:
        raise ConfigError("Shard ids need a shard count: set SHARD_COUNT or --shard-count too.")
    outside = [i for i in ids if i >= count]
    if outside:
        raise ConfigError(
            f"Shard id {outside[0]} is outside the shard count {count}: "
            f"ids run from 0 to {count - 1}."
        )
