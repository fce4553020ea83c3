"""The history store interface, shared by every backend (SQLite today, a server database later).

Every operation on a channel's history takes the :class:`~bot.models.Scope` the request came
from as its first, required argument; a backend never returns or changes entries of another
scope. The few operations that are not about one channel (``purge_user``, ``purge_guild``,
``apply_retention``) say so in their names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import Any, Protocol, runtime_checkable

from bot.errors import StorageError
from bot.models import Article, HistoryEntry, Quote, Scope, Summary
from bot.schedules import PERIODS, DigestSchedule

MAX_PAGE_SIZE = 100
MAX_LENGTH_SENTENCES = 50
MAX_RETENTION_DAYS = 36_500
_METHOD_RE = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}$")


# ``NewEntry.extra`` key of an entry made from a file or pasted text: ``sha256:<hex>`` of its bytes,
# stored in place of a canonical URL so the same content is found again (``find_by_content``)
CONTENT_KEY = "content_key"


@dataclass(frozen=True, slots=True)
class NewEntry:
    """What the service knows about a summary it wants to keep in a channel's history.

    ``article_text`` is the article's full text: it is stored (compressed) so the article can be
    re-summarized at another length without fetching it again. ``extra`` holds small JSON-able
    details (e.g. ``summary_words``) kept with the entry.
    """

    source: str
    summary: tuple[str, ...]
    quotes: tuple[Quote, ...] = ()
    keywords: tuple[str, ...] = ()
    canonical_url: str | None = None
    title: str | None = None
    site: str | None = None
    author: str | None = None
    date: str | None = None
    language: str | None = None
    words: int = 0
    sentences_total: int = 0
    reduction: float = 0.0
    method: str | None = None
    requester_id: int | None = None
    article_text: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_summary(
        cls,
        summary: Summary,
        article: Article,
        *,
        requester_id: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> NewEntry:
        """Build an entry from the text engine's ``Summary`` of ``article``."""
        details = {
            "summary_words": summary.summary_words,
            "reading_time_seconds": summary.reading_time_seconds,
        }
        details.update(extra or {})
        return cls(
            source=article.source,
            summary=tuple(summary.sentences),
            quotes=tuple(summary.quotes),
            keywords=tuple(summary.keywords),
            canonical_url=article.canonical_url or article.url,
            title=summary.title or article.title,
            site=article.site,
            author=article.author,
            date=article.date,
            language=summary.language or article.language,
            words=summary.words,
            sentences_total=summary.sentences_total,
            reduction=summary.reduction,
            method=summary.method,
            requester_id=requester_id,
            article_text=article.text,
            extra=details,
        )


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result: the entry (without its article text), a snippet and its place.

    ``snippet`` is plain text; ``highlights`` are ``(start, end)`` offsets of the matched words
    in it. ``rank`` is the 1-based position in the whole ranked result list and ``score`` the
    relevance (higher is better).
    """

    entry: HistoryEntry
    snippet: str
    highlights: tuple[tuple[int, int], ...] = ()
    rank: int = 0
    score: float = 0.0

    def marked(
        self,
        open_mark: str = "**",
        close_mark: str = "**",
        escape: Callable[[str], str] | None = None,
    ) -> str:
        """The snippet with each matched span wrapped in the marks (other text escaped)."""
        esc = escape or (lambda s: s)
        out: list[str] = []
        pos = 0
        for start, end in self.highlights:
            out.append(esc(self.snippet[pos:start]))
            out.append(open_mark + esc(self.snippet[start:end]) + close_mark)
            pos = end
        out.append(esc(self.snippet[pos:]))
        return "".join(out)


@dataclass(frozen=True, slots=True)
class ChannelSettings:
    """Per-channel preferences. ``None`` means "use the bot-wide default".

    ``length`` is the default number of summary sentences; ``retention_days`` how long entries
    are kept before ``apply_retention`` purges them. ``digest`` (``daily``, ``weekly`` or None for
    off) posts a digest of the channel at ``digest_hour`` UTC (None: ``DEFAULT_DIGEST_HOUR``) in
    ``digest_channel`` (None: the channel itself).
    """

    autolink: bool = True
    length: int | None = None
    method: str | None = None
    language: str | None = None
    retention_days: int | None = None
    digest: str | None = None
    digest_channel: int | None = None
    digest_hour: int | None = None

    @staticmethod
    def names() -> tuple[str, ...]:
        return tuple(f.name for f in fields(ChannelSettings))

    def with_changes(
        self, changes: Mapping[str, Any], *, methods: frozenset[str] | None = None
    ) -> ChannelSettings:
        """A copy with ``changes`` applied, each validated (``StorageError`` if one is bad)."""
        clean = {
            name: validate_setting(name, value, methods=methods) for name, value in changes.items()
        }
        return replace(self, **clean)


_SETTING_HELP = MappingProxyType(
    {
        "autolink": "on or off",
        "length": f"a number of sentences from 1 to {MAX_LENGTH_SENTENCES}",
        "method": "a summary method name",
        "language": "a two- or three-letter language code such as en, or auto",
        "retention_days": f"a number of days from 1 to {MAX_RETENTION_DAYS}, or default",
        "digest": "daily, weekly or off",
        "digest_channel": "a channel id, or default (this channel)",
        "digest_hour": "an hour of the day in UTC from 0 to 23, or default",
    }
)
DIGEST_PERIODS = tuple(PERIODS)
DIGEST_SETTINGS = ("digest", "digest_channel", "digest_hour")
_NUMBER_RANGES = {
    "length": (1, MAX_LENGTH_SENTENCES),
    "retention_days": (1, MAX_RETENTION_DAYS),
    "digest_channel": (1, 2**63 - 1),
    "digest_hour": (0, 23),
}


def _unknown_setting(name: str) -> StorageError:
    known = ", ".join(ChannelSettings.names())
    return StorageError(f"There is no setting called {name!r}. Settings: {known}.")


def validate_setting(name: str, value: Any, *, methods: frozenset[str] | None = None) -> Any:
    """Return ``value`` if it is valid for setting ``name`` (normalized), else ``StorageError``."""
    if name not in _SETTING_HELP:
        raise _unknown_setting(name)
    bad = StorageError(f"{name} must be {_SETTING_HELP[name]}, not {value!r}.")
    if name == "autolink":
        if not isinstance(value, bool):
            raise bad
        return value
    if value is None:
        return None
    if name in _NUMBER_RANGES:
        lo, hi = _NUMBER_RANGES[name]
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise bad
        return value
    if not isinstance(value, str):
        raise bad
    value = value.strip().lower()
    if name == "digest":
        if value not in DIGEST_PERIODS:
            raise bad
        return value
    if name == "method":
        if not _METHOD_RE.match(value):
            raise bad
        if methods is not None and value not in methods:
            raise StorageError(
                f"Unknown summary method {value!r}. Methods: {', '.join(sorted(methods))}."
            )
        return value
    # language
    if not _LANGUAGE_RE.match(value):
        raise bad
    return value


_TRUE = frozenset({"on", "yes", "true", "1", "enable", "enabled"})
_FALSE = frozenset({"off", "no", "false", "0", "disable", "disabled"})
_RESET = frozenset({"default", "none", "reset", "auto", ""})


def parse_setting(name: str, text: str, *, methods: frozenset[str] | None = None) -> Any:
    """Turn what a user typed (``"off"``, ``"7"``, ``"default"``) into a valid setting value."""
    name = name.strip().lower().replace("-", "_")
    if name not in _SETTING_HELP:
        raise _unknown_setting(name)
    raw = text.strip().lower()
    if name == "autolink":
        if raw in _TRUE:
            return True
        if raw in _FALSE:
            return False
        if raw in _RESET:
            return True
        raise StorageError(f"autolink must be on or off, not {text!r}.")
    if raw in _RESET or (name == "digest" and raw in _FALSE):
        return None
    if name in _NUMBER_RANGES:
        if raw.endswith("d") and name == "retention_days":
            raw = raw[:-1].strip()
        if name == "digest_channel":
            raw = raw.removeprefix("<#").removesuffix(">")
        try:
            number = int(raw)
        except ValueError:
            raise StorageError(f"{name} must be {_SETTING_HELP[name]}, not {text!r}.") from None
        return validate_setting(name, number, methods=methods)
    return validate_setting(name, raw, methods=methods)


def check_page(limit: int, offset: int) -> None:
    """Refuse page sizes and offsets a user could not have meant."""
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE_SIZE:
        raise StorageError(f"A page holds from 1 to {MAX_PAGE_SIZE} entries, not {limit!r}.")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise StorageError(f"The page offset must be 0 or more, not {offset!r}.")


@runtime_checkable
class HistoryStore(Protocol):
    """A channel-scoped summary history. All methods are coroutines.

    ``recent``, ``search`` and ``entries`` return entries without their ``article_text`` (it can
    be large); ``get`` and ``find_by_url`` include it. Stores return entries as stored: no
    presentation flags, no formatting (exports are ``bot.exports``).
    """

    async def close(self) -> None: ...

    async def add(self, scope: Scope, entry: NewEntry) -> HistoryEntry:
        """Store ``entry`` in the scope's history; return it with its id and creation time."""
        ...

    async def recent(self, scope: Scope, *, limit: int = 10, offset: int = 0) -> list[HistoryEntry]:
        """The scope's entries, newest first."""
        ...

    async def count(self, scope: Scope) -> int:
        """How many entries the scope's history holds."""
        ...

    async def get(self, scope: Scope, entry_id: int) -> HistoryEntry:
        """One entry of the scope (``NotFoundError`` if absent or in another scope)."""
        ...

    async def search(
        self, scope: Scope, query: str, *, limit: int = 10, offset: int = 0
    ) -> list[SearchHit]:
        """Ranked full-text search of the scope's entries (``StorageError`` for an empty query)."""
        ...

    async def find_by_url(
        self, scope: Scope, canonical_url: str, *, max_age_hours: float | None = None
    ) -> HistoryEntry | None:
        """The newest entry of the scope for this URL, if any (with its article text)."""
        ...

    async def find_by_content(
        self, scope: Scope, content_key: str, *, max_age_hours: float | None = None
    ) -> HistoryEntry | None:
        """The newest entry of the scope made from a file or text with this ``content_key``
        (``NewEntry.extra[CONTENT_KEY]``), if any (with its article text)."""
        ...

    async def delete(
        self, scope: Scope, entry_id: int, *, user_id: int, is_moderator: bool
    ) -> HistoryEntry:
        """Delete an entry of the scope; only its requester or a moderator may."""
        ...

    async def purge_channel(self, scope: Scope) -> int:
        """Delete every entry of the scope; return how many."""
        ...

    async def purge_user(self, user_id: int) -> int:
        """Delete every entry a user requested, in every scope (a privacy request). The user's
        opt-out of catch-ups stays: it is a wish not to be included, kept until undone."""
        ...

    async def set_opt_out(self, user_id: int, excluded: bool) -> bool:
        """Leave a user's messages out of every catch-up (``excluded``), or include them again;
        global across guilds. Returns whether it changed anything."""
        ...

    async def opted_out(self, user_ids: Iterable[int]) -> set[int]:
        """Which of ``user_ids`` asked to be left out of catch-ups (one batch lookup)."""
        ...

    async def purge_guild(self, guild_id: int) -> int:
        """Delete every entry and setting of a guild (the bot was removed from it)."""
        ...

    async def entries(
        self, scope: Scope, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[HistoryEntry]:
        """Every entry of the scope, oldest first, without article text (what an export holds;
        ``bot.exports`` renders them); with ``since``/``until`` only those created from ``since``
        (included) until ``until`` (excluded), as a digest reads them."""
        ...

    async def apply_retention(self, now: datetime | None = None) -> int:
        """Purge entries older than their channel's retention; return how many."""
        ...

    async def get_settings(self, scope: Scope) -> ChannelSettings:
        """The scope's settings (defaults if never set)."""
        ...

    async def update_settings(self, scope: Scope, **changes: Any) -> ChannelSettings:
        """Change some settings (``None`` resets one); ``StorageError`` for a bad value.

        Changing a ``digest`` setting also records when the schedule was set
        (``DigestSchedule.since``): digests due before that are not owed."""
        ...

    async def digest_schedules(self, guild_ids: Collection[int]) -> list[DigestSchedule]:
        """The digest schedules of the channels of these guilds, each with its latest run."""
        ...

    async def claim_digest(
        self, scope: Scope, due: datetime, *, claimer: str, now: datetime, stale_after: timedelta
    ) -> bool:
        """Claim the run of the scope's digest due at ``due`` for ``claimer`` (one atomic write);
        True if this call won it. A claim older than ``stale_after`` that was never finished
        (its claimer died) is taken over; a finished run never is."""
        ...

    async def finish_digest(
        self, scope: Scope, due: datetime, *, claimer: str, outcome: str, now: datetime
    ) -> bool:
        """Mark ``claimer``'s run as done with ``outcome`` (posted, empty, or why it failed);
        False if the run is no longer this claimer's (it was taken over)."""
        ...

    async def compact(self) -> None:
        """Maintenance: reclaim what deleted entries left behind in indexes and logs."""
        ...

    async def check(self) -> list[str]:
        """Maintenance: problems found by the backend's integrity checks (empty list: fine)."""
        ...
