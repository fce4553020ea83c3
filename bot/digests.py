"""A channel digest: what a channel summarized over a period, grouped into topics.

Pure functions over history entries, like ``bot.exports``: the service reads the period's entries
from the store and builds the digest here; nothing is fetched again. Deterministic: the same entries
give the same digest, whatever order they come in.

Each entry becomes a TF-IDF vector of its title, summary and keywords (stemmed, stop words out,
the strongest terms kept). Average-linkage agglomerative clustering merges the closest groups while
their mean cosine similarity stays above ``MERGE_SIMILARITY``, so every entry ends in exactly one
topic (an article like no other is a topic of its own). A topic's most central article (the closest
to the others) comes first; its keywords are the stored keywords its articles share most.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.errors import InputError
from bot.models import HistoryEntry, Quote, Scope
from bot.text.chat import parse_since
from bot.text.language import LANGUAGES
from bot.text.segment import words
from bot.text.stopwords import stemmer_for, stop_words

MERGE_SIMILARITY = 0.12  # two groups merge while their articles' mean cosine is at least this
MAX_TERMS = 24  # an article's strongest terms make its vector
PAIR_FLOOR = 0.02  # weaker similarities count as none (they never decide a merge)
COMMON_SHARE = 0.5  # in a long period, a term in more than this share of articles tells nothing
COMMON_MIN = 20
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


def timestamp(moment: datetime) -> str:
    """ISO 8601 UTC to the second, as entries write their times: ``2024-05-01T12:00:00Z``."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_period(text: str) -> timedelta:
    """``day``, ``week``, ``month`` or a span like ``7d``, ``36h``, ``2w`` (up to a year)."""
    word = text.strip().lower()
    if word in PERIODS:
        return PERIODS[word]
    try:
        span = timedelta(seconds=parse_since(word))
    except InputError:
        raise InputError(
            f"I can't read {text!r} as a period: say day, week or month, or a span like 7d or 36h."
        ) from None
    if span > MAX_PERIOD:
        raise InputError("A digest looks back a year at most: ask for a shorter period.")
    return span


# --------------------------------------------------------------------------- building


def build_digest(
    entries: Iterable[HistoryEntry], *, scope: Scope, since: datetime, until: datetime
) -> Digest:
    """The digest of ``entries`` (the scope's entries from ``since`` until ``until``)."""
    items = sorted(entries, key=lambda e: (e.created_at, e.id))
    vectors = _vectors(items)
    groups = _clusters(vectors)
    ranked = [_ranked(group, vectors, items) for group in groups]
    # bigger topics first, then the one with the newest article (entries are in time order)
    ranked.sort(key=lambda group: (-len(group), -max(group)))
    keys = [_keyword_keys(e) for e in items]
    topics = tuple(_topic([items[i] for i in group], [keys[i] for i in group]) for group in ranked)
    people, speakers, quotes = _people(items)
    return Digest(
        scope=scope,
        since=since,
        until=until,
        topics=topics,
        keywords=tuple(k for k, _ in _shared_keywords(keys, PERIOD_KEYWORDS)),
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


def _terms(entry: HistoryEntry) -> Counter[str]:
    """The entry's stemmed content words, title and keywords weighing more than the summary."""
    language = _language(entry)
    stem = stemmer_for(language)
    stops = stop_words(language)
    bag: Counter[str] = Counter()
    parts = (
        (entry.title or "", TITLE_WEIGHT),
        (" ".join(entry.summary), 1.0),
        (" ; ".join(entry.keywords), KEYWORD_WEIGHT),
    )
    for text, weight in parts:
        for word, count in Counter(words(text.lower(), language)).items():
            if word in stops or word.isdigit() or (len(word) < 3 and word.isascii()):
                continue
            bag[stem(word)] += count * weight
    return bag


def _vectors(items: Sequence[HistoryEntry]) -> list[dict[str, float]]:
    """Each entry's strongest shared TF-IDF terms, scaled by the norm of all its terms."""
    bags = [_terms(e) for e in items]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(items)
    common = n * COMMON_SHARE if n >= COMMON_MIN else math.inf
    vectors = []
    for bag in bags:
        weights = {
            term: (1.0 + math.log(count)) * (math.log((1 + n) / (1 + df[term])) + 1.0)
            for term, count in bag.items()
            if df[term] <= common
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        # a term no other entry has cannot bring two entries together: only shared ones are kept
        shared = [(w, t) for t, w in weights.items() if df[t] > 1]
        top = heapq.nlargest(MAX_TERMS, shared)
        vectors.append({t: w / norm for w, t in top})
    return vectors


def _clusters(vectors: Sequence[dict[str, float]]) -> list[list[int]]:
    """Average-linkage clustering: merge the two groups whose entries are closest on average,
    while that average is at least ``MERGE_SIMILARITY``. Each group is a sorted list of indexes.

    Each group keeps its sums of similarities to the groups it touches and its best neighbour;
    a heap of those best pairs gives the closest pair overall.
    """
    n = len(vectors)
    links: dict[int, dict[int, float]] = {i: {} for i in range(n)}  # group -> group -> sum of sims
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, vector in enumerate(vectors):
        dots: dict[int, float] = defaultdict(float)
        for term, weight in vector.items():
            posting = postings[term]
            for j, other in posting:
                dots[j] += weight * other
            posting.append((i, weight))
        for j, similarity in dots.items():
            if similarity >= PAIR_FLOOR:
                links[i][j] = links[j][i] = similarity
    members = {i: [i] for i in range(n)}
    best: dict[int, tuple[float, int]] = {}
    heap: list[tuple[float, int, int]] = []

    def update(group: int) -> None:  # find the group's best neighbour and queue the pair
        size = len(members[group])
        mean, other = max(
            ((total / (size * len(members[k])), -k) for k, total in links[group].items()),
            default=(0.0, 0),
        )
        best[group] = (mean, -other)
        if mean >= MERGE_SIMILARITY:
            heapq.heappush(heap, (-mean, group, -other))

    for i in range(n):
        update(i)
    next_id = n
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members or best[a] != (-negative, b):
            continue  # stale: one of them has merged, or a has a better neighbour now
        merged = members.pop(a) + members.pop(b)
        first, second = links.pop(a), links.pop(b)
        del best[a], best[b]
        group = next_id
        next_id += 1
        members[group] = merged
        joined: dict[int, float] = {}
        links[group] = joined
        for k in sorted(first.keys() | second.keys()):
            if k == a or k == b:
                continue
            total = first.get(k, 0.0) + second.get(k, 0.0)
            neighbour = links[k]
            neighbour.pop(a, None)
            neighbour.pop(b, None)
            joined[k] = neighbour[group] = total
            mean = total / (len(merged) * len(members[k]))
            if best[k][1] in (a, b):
                update(k)  # its best neighbour is gone: look again
            elif (mean, -group) > (best[k][0], -best[k][1]):
                best[k] = (mean, group)
                if mean >= MERGE_SIMILARITY:
                    heapq.heappush(heap, (-mean, k, group))
        update(group)
    return [sorted(group) for group in members.values()]


def _ranked(
    group: list[int], vectors: Sequence[dict[str, float]], items: Sequence[HistoryEntry]
) -> list[int]:
    """The group's most central entry (the most similar to the others), then the rest in order."""
    if len(group) == 1:
        return group
    centre: dict[str, float] = defaultdict(float)
    for i in group:
        for term, weight in vectors[i].items():
            centre[term] += weight

    def closeness(i: int) -> float:
        vector = vectors[i]
        return sum(w * centre[t] for t, w in vector.items()) - sum(w * w for w in vector.values())

    best = min(group, key=lambda i: (-round(closeness(i), 9), -items[i].words, i))
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


def _shared_keywords(keys: Sequence[_KeywordKeys], limit: int) -> list[tuple[str, int]]:
    """The keywords most entries share (a phrase counts more than a word; earlier in an entry's
    list weighs more); one that repeats a chosen one ("Senate" and "Senate vote") is left out.
    Each comes with the number of entries that have it."""
    entries: Counter[str] = Counter()
    rank: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    whole: set[str] = set()
    for found in keys:
        for position, (key, keyword, is_whole) in enumerate(found):
            if is_whole:
                whole.add(key)
            entries[key] += 1
            rank[key] += 1.0 / (1 + position)
            forms[key][keyword] += 1
    chosen: list[tuple[str, int]] = []
    taken: list[set[str]] = []
    score = {k: n * (PHRASE_WEIGHT if " " in k else 1.0) for k, n in entries.items()}
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
