"""Conversation catch-up speed (and topic splitting) against the article engine on the same text.

    .venv/bin/python benchmarks/conversation.py                  # 10,000 messages, 3 runs, medians
    .venv/bin/python benchmarks/conversation.py --messages 20000 --repeat 5

Builds a chat channel from the dev articles (cnndm-dev + bbc-dev): each article is one topic of
the conversation, its sentences are messages by a handful of people, 20-90 s apart, with replies,
reactions and links, and noise in between (acknowledgements, emoji, commands, bot messages).
The channel is written as a DiscordChatExporter JSON file, then timed:

- **catch-up, whole job**: reading and parsing the export, then ``catch_up`` (turns, noise,
  topics, picks, open questions), in this process (CPU time and wall time);
- **catch-up via the service**: ``Service.catch_up_export`` with a one-process worker pool, as
  ``summarybot tldr`` runs it (wall time, includes handing the messages to the worker);
- **article engine**: ``analyze`` (default method, quotes, keywords) on the same messages' text
  joined into one document of the same size.

Target (issue 14): 10,000 messages in under 2 s of compute for the whole job. Also printed: how
well topics follow the article boundaries (a boundary found within 3 messages counts), and how
many noise messages reached a pick (must be 0). Compare ratios, not absolute times: the machine is
shared.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, dev_texts, markdown_table  # noqa: E402

sys.path.insert(0, str(REPO))

from bot.chat_exports import load_export  # noqa: E402
from bot.text.conversation import catch_up, is_noise  # noqa: E402
from bot.text.pipeline import analyze  # noqa: E402
from bot.text.segment import segment  # noqa: E402

NOISE = ["ok", "lol", "thanks!", "👍", "haha nice", "+1", "!skip", "/roll d20", "same", "gm"]
PEOPLE = [f"user{i:02d}" for i in range(40)]
TOLERANCE = 3  # messages


def build_channel(count: int, seed: int = 14) -> tuple[dict, list[int]]:
    """A DiscordChatExporter document of ``count`` messages and the indexes where topics start."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    messages: list[dict] = []
    starts: list[int] = []
    moment = start
    texts = dev_texts()
    for text in (texts[i % len(texts)] for i in range(count)):  # articles again if needed
        sentences = [s.text for s in segment(text)][:40]
        if len(sentences) < 6:
            continue
        starts.append(len(messages))
        crowd = rng.sample(PEOPLE, 4)
        for sentence in sentences:
            if len(messages) >= count:
                return _document(messages), starts
            moment += timedelta(seconds=rng.randint(20, 90))
            if rng.random() < 0.15:
                messages.append(_message(len(messages), moment, rng.choice(NOISE), rng, crowd))
                continue
            if rng.random() < 0.05:
                sentence += f" https://example.com/{len(messages)}"
            messages.append(_message(len(messages), moment, sentence, rng, crowd))
            if rng.random() < 0.03:
                bot = _message(len(messages), moment, "Now playing: track", rng, crowd)
                bot["author"]["isBot"] = True
                messages.append(bot)
    return _document(messages[:count]), starts


def _message(i: int, moment: datetime, text: str, rng: random.Random, crowd: list[str]) -> dict:
    name = rng.choice(crowd)
    message = {
        "id": str(10_000 + i),
        "type": "Default",
        "timestamp": moment.isoformat(),
        "content": text,
        "author": {"id": str(PEOPLE.index(name)), "name": name, "isBot": False},
        "reactions": [{"count": rng.randint(1, 5)}] if rng.random() < 0.1 else [],
    }
    if i > 3 and rng.random() < 0.08:
        message["type"] = "Reply"
        message["reference"] = {"messageId": str(10_000 + i - rng.randint(1, 3))}
    return message


def _document(messages: list[dict]) -> dict:
    return {"guild": {"id": "1"}, "channel": {"id": "2"}, "messages": messages}


def timed(fn, repeat: int) -> tuple[float, float, object]:
    """Median CPU and wall seconds of ``fn()`` over ``repeat`` runs, and its last result."""
    cpu, wall = [], []
    result = None
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        result = fn()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return statistics.median(cpu), statistics.median(wall), result


async def via_service(path: str, repeat: int) -> float:
    from bot.config import Settings
    from bot.service import Service

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.from_env({"DATABASE_PATH": f"{tmp}/h.db", "WORKERS": "1"})
        async with await Service.create(settings) as service:
            await service.catch_up([])  # start the worker before timing
            walls = []
            for _ in range(repeat):
                w0 = time.perf_counter()
                await service.catch_up_export(path)
                walls.append(time.perf_counter() - w0)
    return statistics.median(walls)


def boundary_scores(result, messages: list, starts: list[int]) -> tuple[float, float]:
    """Share of true topic starts found (recall) and of found starts that are true (precision)."""
    position = {m.id: i for i, m in enumerate(messages)}
    found = []
    for topic in result.topics[1:]:
        later = [m for m in messages if m.timestamp >= topic.start]
        if later:
            found.append(position[later[0].id])
    truth = starts[1:]
    hit = sum(1 for t in truth if any(abs(t - f) <= TOLERANCE for f in found))
    right = sum(1 for f in found if any(abs(t - f) <= TOLERANCE for t in truth))
    return hit / max(1, len(truth)), right / max(1, len(found))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    doc, starts = build_channel(args.messages)
    text = "\n\n".join(m["content"] for m in doc["messages"])
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "channel.json")
        Path(path).write_text(json.dumps(doc), encoding="utf-8")
        size = Path(path).stat().st_size

        def whole_job():
            messages = load_export(path)
            return messages, catch_up(messages)

        job_cpu, job_wall, (messages, result) = timed(whole_job, args.repeat)
        every_topic = catch_up(messages, max_topics=len(messages))
        engine_cpu, engine_wall, _ = timed(lambda: catch_up(messages), args.repeat)
        article_cpu, article_wall, _ = timed(lambda: analyze(text), args.repeat)
        service_wall = asyncio.run(via_service(path, args.repeat))

    picks = [m.text for t in every_topic.topics for m in t.messages]
    noisy = sum(1 for p in picks if is_noise(p))
    recall, precision = boundary_scores(
        every_topic, sorted(messages, key=lambda m: m.timestamp), starts
    )
    print(
        f"{len(doc['messages']):,} messages, {len(text):,} characters of text "
        f"({size / 1e6:.1f} MB export), {len(starts)} true topics; median of {args.repeat}\n"
    )
    rows = [
        ["catch-up, whole job (parse + engine)", f"{job_cpu:.2f}", f"{job_wall:.2f}"],
        ["catch-up engine only", f"{engine_cpu:.2f}", f"{engine_wall:.2f}"],
        ["catch-up via Service (worker)", "", f"{service_wall:.2f}"],
        ["article engine (analyze), same text", f"{article_cpu:.2f}", f"{article_wall:.2f}"],
    ]
    print(markdown_table(["job", "CPU s", "wall s"], rows))
    print(
        f"\nwhole job / article engine (CPU): {job_cpu / article_cpu:.2f}x; "
        f"target < 2 s for 10,000 messages: {'PASS' if job_cpu < 2.0 else 'FAIL'}"
    )
    print(
        f"topics found {len(every_topic.topics)} (shown {len(result.topics)}), boundary recall {recall:.0%}, "
        f"precision {precision:.0%} (within {TOLERANCE} messages); "
        f"{len(picks)} picks, {noisy} of them noise; {result.kept:,} messages kept"
    )


if __name__ == "__main__":
    main()
