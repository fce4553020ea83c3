"""Catch up on a conversation: topics, their most central messages, links and open questions.

Messages in, ``CatchUp`` out; pure and deterministic. One author's consecutive messages a couple of
minutes apart make one turn; bot messages, commands and bare acknowledgements ("ok", "lol", 👍) are
noise. Turns split into topics at silences and vocabulary shifts (``topics``); in each topic the
turns closest to the topic's words, raised by replies, reactions and mentions, are shown verbatim.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from bot.errors import LanguageError
from bot.text.chat import CatchUp, ChatMessage, ChatPick, ChatTopic
from bot.text.keywords import keywords
from bot.text.language import detect_language
from bot.text.normalize import normalize
from bot.text.pipeline import clean_text
from bot.text.segment import split_sentences, words
from bot.text.stopwords import stemmer_for, stop_words
from bot.text.topics import boundaries, cosine

TURN_GAP = 120.0  # seconds between one author's messages that still make one turn
SILENCE = 45 * 60.0  # a silence this long (seconds) always starts a new topic
MAX_TOPICS = 10
MAX_PICKS = 3
MAX_OPEN_QUESTIONS = 10
PICK_CHARS = 300  # a longer message is shortened at a sentence end

_LINK = re.compile(r"<?(https?://[^\s<>|]+)(?:\|[^>]*)?>?", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'\"”’»"
_LETTER = re.compile(r"[^\W\d_]")
_MARKUP = re.compile(r"[<>`*_~|\[#@\\\x00-\x08\x0b-\x1f\x7f]|  |\n\n")
# whole-message acknowledgements and reactions: noise however they are combined
_ACKS = frozenset(
    """ok okay okey k kk ok thanks thank thx ty tysm thnx thankyou cheers lol lmao lmfao rofl haha
    hahaha hah heh hehe xd yes yep yup yeah ya yea yas no nope nah sure cool nice great awesome
    good neat sweet wow omg oh ah ahh hmm hm mhm uh um welcome np yw noted agreed agree same true
    facts fr gg ggs wp lgtm ack done brb gm gn hi hey hello yo sup bye cya ciao morning night
    you u too much very so indeed exactly right correct perfect thx ur it a that thats that's
    ig tbh imo idk fine alright aight plus""".split()
)
_ANSWER_OPENERS = frozenset("yes yeah yep yup no nope nah sure correct exactly".split())


@dataclass(slots=True)
class _Turn:
    """One author's run of messages."""

    messages: list[ChatMessage]
    author: str
    author_id: str
    text: str = ""
    plain: str = ""  # the text without links and markup
    bag: Counter[str] = field(default_factory=Counter)
    weight: float = 0.0
    question: bool = False

    @property
    def first(self) -> ChatMessage:
        return self.messages[0]

    @property
    def end(self) -> float:
        return self.messages[-1].timestamp


def catch_up(
    messages: Iterable[ChatMessage],
    *,
    since: float | None = None,
    language: str | None = None,
    max_topics: int = MAX_TOPICS,
    silence: float = SILENCE,
) -> CatchUp:
    """The catch-up of ``messages``; ``since`` keeps the last so many seconds before the newest."""
    ordered = within(messages, since)
    people = [m for m in ordered if not m.is_bot]
    plain = {m.id: _plain(m.text) for m in people}
    kept = [m for m in people if not _is_noise(m.text, plain[m.id])]
    counts = Counter(m.author for m in people)
    result = CatchUp(
        topics=(),
        participants=tuple(sorted(counts, key=lambda a: (-counts[a], a.lower()))),
        links=tuple(_links(people)),
        open_questions=(),
        messages=len(ordered),
        kept=len(kept),
        start=ordered[0].timestamp if ordered else None,
        end=ordered[-1].timestamp if ordered else None,
        counts=dict(counts),
    )
    if not kept:
        return result
    lang = language or _language([plain[m.id] for m in kept])
    turns = _turns(kept, plain, lang)
    _weigh(turns, ordered)
    starts = boundaries([t.bag for t in turns], [t.first.timestamp for t in turns], silence=silence)
    cuts = [0, *starts, len(turns)]
    spans = [turns[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
    shown = spans
    if len(spans) > max_topics:  # keep the liveliest topics, still in time order
        ranked = sorted(range(len(spans)), key=lambda i: (-_liveliness(spans[i]), i))
        shown = [spans[i] for i in sorted(ranked[:max_topics])]
    idf = _idf(turns)
    return replace(
        result,
        topics=tuple(_topic(span, idf, lang) for span in shown),
        open_questions=tuple(_open_questions(spans, ordered, turns, lang)),
        language=lang,
    )


def within(messages: Iterable[ChatMessage], since: float | None) -> list[ChatMessage]:
    """Messages in time order, only the last ``since`` seconds before the newest when given."""
    ordered = sorted(messages, key=lambda m: m.timestamp)
    if since is not None and ordered:
        newest = ordered[-1].timestamp
        ordered = [m for m in ordered if m.timestamp >= newest - since]
    return ordered


def is_noise(text: str) -> bool:
    """A command, a bare link, emoji, or an acknowledgement: nothing to catch up on."""
    return _is_noise(text, _plain(text))


def _is_noise(text: str, plain: str) -> bool:
    if text.lstrip().startswith(("/", "!")):
        return True
    if not _LETTER.search(plain):
        return True
    tokens = [w.lower() for w in words(plain)]
    if len(tokens) <= 1:
        return True
    return len(tokens) <= 6 and all(w in _ACKS or not _LETTER.search(w) for w in tokens)


def _plain(text: str) -> str:
    """A message's words without links and chat markup (plain messages skip the markup rules)."""
    if "http" in text:
        text = _LINK.sub(" ", text)
    if text.isascii() and not _MARKUP.search(text):
        return " ".join(text.split()) if "\n" not in text else text.strip()
    return clean_text(text, chat=True)


def _links(messages: Sequence[ChatMessage]) -> list[str]:
    seen: dict[str, None] = {}
    for message in messages:
        for match in _LINK.finditer(message.text):
            seen.setdefault(match.group(1).rstrip(_TRAILING), None)
        for link in message.links:
            seen.setdefault(link, None)
    return list(seen)


def _language(texts: Sequence[str]) -> str:
    sample: list[str] = []
    size = 0
    for text in texts:
        sample.append(text)
        size += len(text)
        if size > 20_000:
            break
    try:
        return detect_language("\n".join(sample))
    except LanguageError:
        return "english"


def _turns(messages: Sequence[ChatMessage], plain: dict[str, str], language: str) -> list[_Turn]:
    turns: list[_Turn] = []
    for message in messages:
        last = turns[-1] if turns else None
        if (
            last is not None
            and last.author_id == message.author_id
            and message.timestamp - last.end <= TURN_GAP
            and message.reply_to is None
        ):
            last.messages.append(message)
        else:
            turns.append(_Turn([message], message.author, message.author_id))
    stem = stemmer_for(language)
    stops = stop_words(language)
    for turn in turns:
        turn.text = "\n".join(m.text.strip() for m in turn.messages)
        turn.plain = "\n".join(plain[m.id] for m in turn.messages)
        turn.bag = Counter(
            stem(w)
            for w in (t.lower() for t in words(turn.plain, language))
            if w not in stops and not w.isdigit()
        )
        turn.question = _asks(turn.plain, language)
    return turns


def _asks(plain: str, language: str) -> bool:
    """Whether a turn asks something: a sentence of three words or more ending in a question mark."""
    if "?" not in plain and "？" not in plain:
        return False
    for sentence in split_sentences(plain.replace("\n", " "), language):
        if sentence.rstrip().endswith(("?", "？")) and len(words(sentence, language)) >= 3:
            return True
    return False


def _weigh(turns: Sequence[_Turn], messages: Sequence[ChatMessage]) -> None:
    """Replies, reactions and mentions a turn's messages received (all messages count, noise too)."""
    owner = {m.id: turn for turn in turns for m in turn.messages}
    for turn in turns:
        turn.weight = float(sum(m.reactions for m in turn.messages)) * 0.5
    for message in messages:
        for target in (message.reply_to, *message.mentions):
            turn = owner.get(target) if target else None
            if turn is not None and message not in turn.messages:
                turn.weight += 1.0


def _idf(turns: Sequence[_Turn]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for turn in turns:
        df.update(turn.bag.keys())
    n = len(turns)
    return {w: math.log((n + 1) / (d + 0.5)) for w, d in df.items()}


def _vector(bag: Counter[str], idf: dict[str, float]) -> Counter[str]:
    return Counter({w: c * idf.get(w, 1.0) for w, c in bag.items()})


def _topic(turns: Sequence[_Turn], idf: dict[str, float], language: str) -> ChatTopic:
    centre: Counter[str] = Counter()
    for turn in turns:
        centre.update(turn.bag)
    centre_vector = _vector(centre, idf)
    scored = []
    for i, turn in enumerate(turns):
        size = sum(turn.bag.values())
        central = cosine(_vector(turn.bag, idf), centre_vector) if size else 0.0
        signal = 1.0 + math.log1p(turn.weight)
        scored.append((central * signal * min(1.0, size / 5), i))
    count = 1 if len(turns) < 6 else 2 if len(turns) < 15 else MAX_PICKS
    picked: list[int] = []
    for score, i in sorted(scored, key=lambda s: (-s[0], s[1])):
        if len(picked) == count:
            break
        if picked and score <= 0:
            break
        if any(cosine(turns[i].bag, turns[j].bag) > 0.6 for j in picked):
            continue
        picked.append(i)
    picks = tuple(_pick(turns[i], scored[i][0], language) for i in sorted(picked))
    return ChatTopic(
        title=_title(turns, language, picks),
        messages=picks,
        start=turns[0].first.timestamp,
        end=turns[-1].end,
        turns=len(turns),
    )


def _pick(turn: _Turn, score: float, language: str) -> ChatPick:
    return ChatPick(
        author=turn.author,
        text=shorten(turn.text, PICK_CHARS, language),
        url=turn.first.url,
        timestamp=turn.first.timestamp,
        message_id=turn.first.id,
        score=round(score, 4),
    )


def shorten(text: str, limit: int = PICK_CHARS, language: str = "english") -> str:
    """``text`` up to about ``limit`` characters, cut at the end of a sentence (or a word)."""
    text = normalize(text)
    if len(text) <= limit:
        return text
    kept = ""
    for sentence in split_sentences(text.replace("\n", " "), language):
        joined = f"{kept} {sentence}".strip()
        if len(joined) > limit:
            break
        kept = joined
    if not kept:
        cut = text[:limit].rsplit(None, 1)[0] if " " in text[:limit] else text[:limit]
        kept = cut.rstrip(" ,;:")
    return kept + " …"


def _title(turns: Sequence[_Turn], language: str, picks: Sequence[ChatPick]) -> str:
    found = keywords([t.plain for t in turns if t.plain], language, limit=3)
    if found:
        return ", ".join(found)
    return shorten(picks[0].text, 60, language) if picks else "Conversation"


def _liveliness(turns: Sequence[_Turn]) -> float:
    return len(turns) + sum(t.weight for t in turns)


def _open_questions(
    spans: Sequence[Sequence[_Turn]],
    messages: Sequence[ChatMessage],
    turns: Sequence[_Turn],
    language: str,
) -> list[ChatPick]:
    """Questions that got no reply, no mention and no answer from someone else later on."""
    answered_ids = {t for m in messages if not m.is_bot for t in (m.reply_to, *m.mentions) if t}
    position = {m.id: i for i, m in enumerate(messages)}
    df: Counter[str] = Counter()
    for turn in turns:
        df.update(turn.bag.keys())
    # in a long conversation, words in most turns say nothing of an answer
    common = {w for w, d in df.items() if d > len(turns) / 2} if len(turns) >= 8 else set()
    found: list[ChatPick] = []
    for span in spans:
        for k, turn in enumerate(span):
            if not turn.question or any(m.id in answered_ids for m in turn.messages):
                continue
            if _answered_later(turn, span[k + 1 :], common):
                continue
            if _acknowledged(turn, messages, position):
                continue
            found.append(_pick(turn, 0.0, language))
    return found[-MAX_OPEN_QUESTIONS:]


def _answered_later(turn: _Turn, later: Sequence[_Turn], common: set[str]) -> bool:
    asked = set(turn.bag) - common
    for other in later:
        if other.author_id == turn.author_id:
            continue
        if asked & set(other.bag) and not (other.question and len(other.messages) == 1):
            return True
    return False


def _acknowledged(turn: _Turn, messages: Sequence[ChatMessage], position: dict[str, int]) -> bool:
    """A short yes or no from someone else straight after the question answers it."""
    i = position.get(turn.messages[-1].id)
    if i is None:
        return False
    for message in messages[i + 1 : i + 3]:
        if message.is_bot or message.author_id == turn.author_id:
            continue
        head = words(message.text.lower())[:1]
        return bool(head) and head[0] in _ANSWER_OPENERS and message.timestamp - turn.end < 900
    return False
