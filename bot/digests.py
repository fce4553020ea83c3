"""A channel digest: what a channel summarized over a period, grouped into topics.

Pure functions over history entries, like ``bot.exports``: the service reads the period's entries
from the store and builds the digest here; nothing is fetched again. Deterministic: the same entries
give the same digest, whatever order they come in.

Each entry's title, summary and keywords make a document for ``bot.text.clusters`` (TF-IDF vectors,
average-linkage clustering), so every entry ends in exactly one topic (an article like no other
is a topic of its own). A topic's most central article (the closest to the others) comes first;
its keywords are the stored keywords its articles share most. The people quoted most are the
speakers of the entries' key quotes, a surname joined to the one full name that ends with it.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.errors import InputError
from bot.exports import timestamp
from bot.models import HistoryEntry, Quote, Scope
from bot.text import clusters
from bot.text.chat import parse_since
from bot.text.language import LANGUAGES
from bot.text.segment import words
from bot.text.stopwords import stemmer_for

TITLE_WEIGHT = 2.0
KEYWORD_WEIGHT = 2.0
PHRASE_WEIGHT = 1.5  # a keyword phrase shared by 3 entries goes before its word shared by 4
TOPIC_KEYWORDS = 5
TITLE_KEYWORDS = 3
PERIOD_KEYWORDS = 10
MAX_PEOPLE = 10
PERIODS = {"day": timedelta(days=1), "week": timedelta(days=7), "month": timedelta(days=30)}
MAX_PERIOD = timedelta(days=366)


@dataclass(frozen=True, slots=True)
class DigestTopic:
    """Articles about one thing: the most central first, the others oldest first."""

    title: str
    keywords: tuple[str, ...]
    entries: tuple[HistoryEntry, ...]

    @property
    def central(self) -> HistoryEntry:
        return self.entries[0]


@dataclass(frozen=True, slots=True)
class QuotedPerson:
    """Someone the period's summaries quote: how often, and the quote that represents them."""

    speaker: str
    quote: Quote
    count: int  # quotations of theirs across the period's entries
    entry_id: int  # the entry the quote comes from


@dataclass(frozen=True, slots=True)
class Digest:
    """A channel's period in one look: topics, keywords, the people quoted most, and counts."""

    scope: Scope
    since: datetime
    until: datetime
    topics: tuple[DigestTopic, ...]
    keywords: tuple[str, ...]
    people: tuple[QuotedPerson, ...]
    count: int  # entries of the period
    quotes: int  # quotations in their summaries
    speakers: int  # different people quoted
    words: int  # words of the articles read

    def counts_line(self) -> str:
        """``12 summaries · 4 topics · 9 quotes from 5 people · 8,200 words read``."""
        parts = [_count(self.count, "summary", "summaries"), _count(len(self.topics), "topic")]
        if self.quotes:
            people = f" from {_count(self.speakers, 'person', 'people')}" if self.speakers else ""
            parts.append(_count(self.quotes, "quote") + people)
        if self.words:
            parts.append(f"{self.words:,} words read")
        return " · ".join(parts)

    def to_dict(self, channel: str | None) -> dict[str, Any]:
        """The JSON object of ``summarybot digest --json`` (keys are only ever added)."""
        return {
            "channel": channel,
            "since": timestamp(self.since),
            "until": timestamp(self.until),
            "count": self.count,
            "topics": [
                {
                    "title": topic.title,
                    "keywords": list(topic.keywords),
                    "entries": [entry_brief(e) for e in topic.entries],
                }
                for topic in self.topics
            ],
            "keywords": list(self.keywords),
            "people": [
                {"speaker": p.speaker, "quote": p.quote.display, "count": p.count}
                for p in self.people
            ],
            "counts": {
                "entries": self.count,
                "topics": len(self.topics),
                "quotes": self.quotes,
                "speakers": self.speakers,
                "words": self.words,
            },
        }


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def entry_brief(entry: HistoryEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "title": entry.title,
        "url": entry_url(entry),
        "created_at": entry.created_at,
    }


def entry_url(entry: HistoryEntry) -> str | None:
    """The link an entry was made from (None for a file or pasted text)."""
    if entry.canonical_url:
        return entry.canonical_url
    return entry.source if entry.source.startswith(("http://", "https://")) else None


def parse_period(text: str) -> timedelta:
    """``day``, ``week``, ``month`` or a span like ``7d``, ``36h``, ``2w`` (up to a year)."""
    word = text.strip().lower()
    if word in PERIODS:
        return PERIODS[word]
    try:
        seconds = parse_since(word)
    except InputError:
        shown = text if len(text) <= 40 else text[:39] + "…"
        raise InputError(
            f"I can't read {shown!r} as a period: say day, week or month, or a span like 7d or 36h."
        ) from None
    if seconds > MAX_PERIOD.total_seconds():  # before timedelta(), which overflows on 10**12d
        raise InputError("A digest looks back a year at most: ask for a shorter period.")
    return timedelta(seconds=seconds)


# --------------------------------------------------------------------------- building


def build_digest(
    entries: Iterable[HistoryEntry], *, scope: Scope, since: datetime, until: datetime
) -> Digest:
    """The digest of ``entries`` (the scope's entries from ``since`` until ``until``)."""
    items = sorted(entries, key=lambda e: (e.created_at, e.id))
    vectors, df = clusters.vectors([_document(e) for e in items])
    groups = clusters.clusters(vectors)
    ranked = [_ranked(group, vectors, items) for group in groups]
    # bigger topics first, then the one with the newest article (entries are in time order)
    ranked.sort(key=lambda group: (-len(group), -max(group)))
    keys = [_keyword_keys(e) for e in items]
    topics = tuple(_topic([items[i] for i in group], [keys[i] for i in group]) for group in ranked)
    topic_of = {i: number for number, group in enumerate(ranked) for i in group}
    in_order = [topic_of[i] for i in range(len(items))]
    people, speakers, quotes = _people(items)
    return Digest(
        scope=scope,
        since=since,
        until=until,
        topics=topics,
        keywords=tuple(
            k for k, _ in _shared_keywords(keys, PERIOD_KEYWORDS, in_order, _rarity(df, len(items)))
        ),
        people=tuple(people[:MAX_PEOPLE]),
        count=len(items),
        quotes=quotes,
        speakers=speakers,
        words=sum(max(0, e.words) for e in items),
    )


def _language(entry: HistoryEntry) -> str:
    name = (entry.language or "").strip().lower()
    name = LANGUAGES.get(name, name)  # a code ("en") or a name ("english")
    return name if name in LANGUAGES.values() else "english"


def _rarity(df: Counter[str], n: int) -> Callable[[str], float]:
    """A keyword's weight by how few entries use its words: "election" over "year"."""
    rare = math.log(1 + n) + 1.0  # a word no entry's text has (a stop word in a keyword)

    def weight(key: str) -> float:
        if " " not in key:
            return math.log((1 + n) / (1 + df[key])) + 1.0 if key in df else rare
        parts = key.split()
        return sum(weight(p) for p in parts) / len(parts)

    return weight


def _document(entry: HistoryEntry) -> clusters.Document:
    """What an entry is about: its title and keywords weigh more than its summary."""
    parts = (
        (entry.title or "", TITLE_WEIGHT),
        (" ".join(entry.summary), 1.0),
        (" ; ".join(entry.keywords), KEYWORD_WEIGHT),
    )
    return _language(entry), parts


def _ranked(
    group: list[int], vectors: Sequence[dict[str, float]], items: Sequence[HistoryEntry]
) -> list[int]:
    """The group's most central entry (the most similar to the others), then the rest in order."""
    if len(group) == 1:
        return group
    scores = dict(zip(group, clusters.closeness(group, vectors), strict=True))
    best = min(group, key=lambda i: (-round(scores[i], 6), -items[i].words, i))
    return [best, *(i for i in group if i != best)]


# one entry's (stemmed key, keyword as written, whether it is a whole keyword or a phrase's word)
_KeywordKeys = list[tuple[str, str, bool]]


def _keyword_keys(entry: HistoryEntry) -> _KeywordKeys:
    """The entry's keywords, each with its stemmed key, then the words of its phrases (a phrase
    "harbour tunnel" also speaks of "tunnel"), without repeats."""
    language = _language(entry)
    stem = stemmer_for(language)
    found: _KeywordKeys = []
    parts: list[tuple[str, str]] = []
    seen: set[str] = set()
    for keyword in entry.keywords:
        tokens = words(keyword, language)
        stems = [stem(w.lower()) for w in tokens]
        key = " ".join(stems)
        if key and key not in seen:
            seen.add(key)
            found.append((key, " ".join(keyword.split()), True))
        if len(tokens) > 1:
            parts.extend(zip(stems, tokens, strict=True))
    for key, word in parts:
        if key not in seen:
            seen.add(key)
            found.append((key, word, False))
    return found


def _shared_keywords(
    keys: Sequence[_KeywordKeys],
    limit: int,
    topics: Sequence[int] | None = None,
    rarity: Callable[[str], float] | None = None,
) -> list[tuple[str, int]]:
    """The keywords most entries share (a phrase counts more than a word; earlier in an entry's
    list weighs more); one that repeats a chosen one ("Senate" and "Senate vote") is left out.
    Each comes with the number of entries that have it.

    With the entries' ``topics``, a keyword counts less the more topics it is spread over: "year"
    in one article of each of ten topics says less about the period than "election" in eight
    articles of one topic (the score is entries x entries per topic). With ``rarity``, a
    keyword of words few entries use weighs more."""
    entries: Counter[str] = Counter()
    spread: dict[str, set[int]] = defaultdict(set)
    rank: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    whole: set[str] = set()
    for index, found in enumerate(keys):
        for position, (key, keyword, is_whole) in enumerate(found):
            if is_whole:
                whole.add(key)
            if topics is not None:
                spread[key].add(topics[index])
            entries[key] += 1
            rank[key] += 1.0 / (1 + position)
            forms[key][keyword] += 1
    chosen: list[tuple[str, int]] = []
    taken: list[set[str]] = []
    score = {
        k: n * (n / max(1, len(spread[k])) if topics is not None else 1.0)
        for k, n in entries.items()
    }
    score = {
        k: v * (PHRASE_WEIGHT if " " in k else 1.0) * (rarity(k) if rarity else 1.0)
        for k, v in score.items()
    }
    order = sorted(entries, key=lambda k: (-score[k], -rank[k], k))
    for key in order:
        if len(chosen) == limit:
            break
        parts = set(key.split())
        if key not in whole and entries[key] < 2:
            continue  # a phrase's word on its own, in one entry only
        if any(parts <= other or other <= parts for other in taken):
            continue
        taken.append(parts)
        form = max(forms[key].items(), key=lambda kv: (kv[1], kv[0]))[0]
        chosen.append((form, entries[key]))
    return chosen


def _topic(entries: Sequence[HistoryEntry], keys: Sequence[_KeywordKeys]) -> DigestTopic:
    """A topic titled by the keywords its articles share (or, alone, by the article's own)."""
    keywords = _shared_keywords(keys, TOPIC_KEYWORDS)
    shared = [k for k, n in keywords if n > 1] if len(entries) > 1 else []
    central = entries[0]
    title = ", ".join((shared or [k for k, _ in keywords])[:TITLE_KEYWORDS]) or " ".join(
        (central.title or entry_url(central) or central.source).split()
    )
    # an entry with neither keywords nor a readable title (only blanks) still gets a heading
    title = title.strip() or "Untitled"
    return DigestTopic(title=title, keywords=tuple(k for k, _ in keywords), entries=tuple(entries))


def _is_name(speaker: str) -> bool:
    """A person's name, not a role written in lower case ("a spokesperson")."""
    return bool(speaker) and not speaker[0].islower()


def _people(items: Sequence[HistoryEntry]) -> tuple[list[QuotedPerson], int, int]:
    """The people quoted, most quoted first; how many there are; how many quotations in all.

    A name that ends a longer name of only one person ("Lind", "Ada Lind" of "Mayor Ada Lind")
    is that person. The same quotation in two entries (a link summarized twice) counts once.
    """
    said: dict[str, list[tuple[Quote, int]]] = defaultdict(list)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    total = 0
    for entry in items:
        for quote in entry.quotes:
            total += 1
            name = " ".join((quote.speaker or "").split())
            if _is_name(name):
                key = name.casefold()
                said[key].append((quote, entry.id))
                forms[key][name] += 1
    parent = {key: key for key in said}

    def root(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    longer: dict[tuple[str, ...], list[str]] = defaultdict(list)  # a name's tails -> the name
    for key in said:
        parts = tuple(key.split())
        for cut in range(1, len(parts)):
            longer[parts[cut:]].append(key)
    for key in sorted(said, key=lambda k: (-len(k.split()), k)):
        owners = {root(other) for other in longer.get(tuple(key.split()), ())}
        if len(owners) == 1:
            parent[root(key)] = owners.pop()
    groups: dict[str, list[str]] = defaultdict(list)
    for key in sorted(said):
        groups[root(key)].append(key)
    people = [_person(keys, said, forms) for keys in groups.values()]
    people.sort(key=lambda p: (-p.count, p.speaker.casefold(), p.speaker))
    return people, len(people), total


def _person(
    keys: Sequence[str],
    said: dict[str, list[tuple[Quote, int]]],
    forms: dict[str, Counter[str]],
) -> QuotedPerson:
    names: Counter[str] = Counter()
    for key in keys:
        names.update(forms[key])
    speaker = max(names.items(), key=lambda kv: (kv[1], len(kv[0].split()), kv[0]))[0]
    distinct: dict[str, tuple[Quote, int]] = {}
    for key in keys:
        for quote, entry_id in said[key]:
            distinct.setdefault(" ".join(quote.display.casefold().split()), (quote, entry_id))
    quote, entry_id = min(
        distinct.values(),
        key=lambda qe: (-qe[0].score, abs(len(qe[0].display) - 140), qe[1], qe[0].display),
    )
    return QuotedPerson(speaker=speaker, quote=quote, count=len(distinct), entry_id=entry_id)
