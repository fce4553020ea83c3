"""Plain data objects passed between the layers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MESSAGE_SOURCE = "text"  # Article.source of pasted text and of a chat message's own text


@dataclass(frozen=True, slots=True)
class Article:
    """An article's text plus whatever metadata its source gave us."""

    source: str
    text: str
    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site: str | None = None
    language: str | None = None
    paragraphs: tuple[str, ...] = ()

    @property
    def from_message(self) -> bool:
        """The text came from a message (not a page, PDF or file), so it may hold chat markup."""
        return self.source == MESSAGE_SOURCE


MAX_ENTRY_ID = 2**63 - 1
_ENTRY_ID = re.compile(r"#?([0-9]+)")  # ASCII digits only: "٣" or "³" is not an entry number


def parse_entry_id(value: object) -> int | None:
    """An entry id from an int or from text (``"12"``, ``"#12"``), or None if it is not one.

    Text must be ASCII digits: ``int()`` also reads other scripts' digits (``"٣"`` is 3),
    which no one types as an entry number.
    """
    if isinstance(value, str):
        match = _ENTRY_ID.fullmatch(value.strip())
        if match is None or len(match.group(1)) > 19:
            return None
        value = int(match.group(1))
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ENTRY_ID:
        return None
    return value


_REOPENING = re.compile(r"\n\s*[\"“„«‘'`]+")  # a paragraph of a long quotation opens with a mark


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation: the text between the marks and who said it."""

    quote: str
    speaker: str | None = None
    start: int = 0  # offset of the quoted text in the (normalized) article text
    end: int = 0
    score: float = 0.0
    count: int = 1  # how many times the text says it (a page that repeats itself)
    marks: tuple[str, str] = ("“", "”")  # the text's own opening and closing marks: « », „ “

    def to_dict(self) -> dict:
        """The JSON form: the text as shown (no marks reopening its paragraphs, no comma that
        led into "he said") and the speaker."""
        return {"quote": self.display, "speaker": self.speaker}

    @property
    def shown(self) -> str:
        """The quotation between its own marks: « … », „…“, »…«, 「…」, “…”."""
        return f"{self.marks[0]}{self.display}{self.marks[1]}"

    @property
    def display(self) -> str:
        """The quotation for showing on its own: one line, without the comma that led into "he
        said" and without the marks that reopen it in each new paragraph."""
        text = " ".join(_REOPENING.sub(" ", self.quote).split())
        return text.rstrip(",;:，、；： ") if text.endswith((",", ";", ":", "，", "、")) else text


@dataclass(frozen=True, slots=True)
class Summary:
    """An extractive summary with its key quotes, keywords and stats."""

    sentences: tuple[str, ...]
    quotes: tuple[Quote, ...]
    keywords: tuple[str, ...]
    language: str
    method: str
    words: int
    sentences_total: int
    summary_words: int = 0
    reading_time_seconds: int = 0  # of the whole article
    title: str | None = None
    notes: tuple[str, ...] = ()  # things the reader should know, e.g. a language that looks wrong
    # who says each sentence that is a quotation (None for the others; empty when not known)
    sentence_speakers: tuple[str | None, ...] = ()
    quotes_in_summary: int = 0  # key quotes left out because a summary sentence already shows them

    @property
    def reduction(self) -> float:
        """Share of the article's words the summary saves the reader (0..1)."""
        if self.words <= 0:
            return 0.0
        return round(max(0.0, 1.0 - self.summary_words / self.words), 3)


@dataclass(frozen=True, slots=True)
class Scope:
    """Where a request came from: a guild (or None for DMs and local use) and a channel."""

    guild_id: int | None
    channel_id: int

    LOCAL_GUILD = 0  # pseudo-guild of the local console/CLI channels

    @classmethod
    def local(cls, name: str) -> Scope:
        """The scope of a named local channel (console and CLI): stable across runs."""
        import hashlib

        digest = hashlib.sha256(name.strip().lower().encode()).digest()
        return cls(guild_id=cls.LOCAL_GUILD, channel_id=int.from_bytes(digest[:7], "big"))


@dataclass(slots=True)
class HistoryEntry:
    """One stored summary in a channel's history."""

    id: int
    scope: Scope
    source: str
    summary: tuple[str, ...]
    quotes: tuple[Quote, ...]
    keywords: tuple[str, ...]
    created_at: str
    canonical_url: str | None = None
    title: str | None = None
    site: str | None = None
    author: str | None = None
    date: str | None = None
    language: str | None = None
    method: str | None = None
    requester_id: int | None = None
    words: int = 0
    sentences_total: int = 0
    reduction: float = 0.0
    article_text: str = ""
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file a user handed us (Discord attachment or local file)."""

    filename: str
    data: bytes
    content_type: str | None = None
