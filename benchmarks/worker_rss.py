"""Peak memory of the worker processes on hostile and normal documents, through the real service.

Each document goes to ``Service.summarize`` as an attachment, as a Discord user would send it:
extraction and summarizing run in the worker pool with the configured limits (``WORKERS``,
``WORKER_MEMORY_MB``, ``EXTRACT_TIMEOUT``, ``JOB_TIMEOUT``: the defaults unless given). While a
document runs, /proc is sampled every 20 ms for every descendant of this process (the fork server
and the workers).

Columns: outcome (ok or the error's type), wall seconds, the largest worker's peak RSS (VmHWM) and
the peak sum of RSS over the worker tree (shared pages counted once per process, as ``ps`` does),
the largest worker's peak address space (VmPeak: what ``WORKER_MEMORY_MB`` caps), and this
process's own RSS (the bot's parent process) at the end.

Hostile documents (issue 15): 4.8 MB of ``<p>a</p>`` as a page, and a PDF of 20,000 pages that share
one content stream. Normal ones: a 1 MB article page, a 1 MB plain text and a 250-page PDF.
The last row runs both hostile documents at once (every worker busy).

Runs without evaluation data. Before/after a change: run it from each checkout, e.g.
``PYTHONPATH=/path/to/other/checkout .venv/bin/python benchmarks/worker_rss.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path

SAMPLE_SECONDS = 0.02
WORDS = {
    "who": (
        "The council",
        "A local teacher",
        "The harbour authority",
        "Our reporter",
        "The regional museum",
        "A group of farmers",
        "The city library",
        "Two volunteers",
    ),
    "did": (
        "approved",
        "questioned",
        "reopened",
        "described",
        "postponed",
        "celebrated",
        "inspected",
        "funded",
    ),
    "what": (
        "the new footbridge",
        "a plan for the old mill",
        "the winter market",
        "repairs to the north road",
        "a study of river levels",
        "the school's solar roof",
        "a festival of local music",
        "the bus timetable",
    ),
    "when": (
        "on Monday",
        "after a long debate",
        "for the third time",
        "before the summer",
        "despite the rain",
        "late in the evening",
    ),
}


def sentences(count: int, seed: int = 7) -> list[str]:
    """Invented news-like sentences (no evaluation text), each slightly different."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        parts = [rng.choice(WORDS[k]) for k in ("who", "did", "what", "when")]
        out.append(
            f"{parts[0]} {parts[1]} {parts[2]} {parts[3]}, with {i % 97 + 2} people present."
        )
    return out


def article_text(size: int) -> str:
    text, n = [], 0
    for sentence in sentences(size // 60 + 10):
        text.append(sentence)
        n += len(sentence) + 1
        if n >= size:
            break
    return " ".join(text)


def normal_html(size: int) -> bytes:
    paragraphs = []
    words = article_text(size).split(". ")
    for i in range(0, len(words), 6):
        paragraphs.append("<p>" + ". ".join(words[i : i + 6]) + ".</p>")
    return (
        "<!doctype html><html><head><title>River Town Weekly</title></head><body>"
        "<article><h1>News from River Town</h1>"
        + "\n".join(paragraphs)
        + "</article></body></html>"
    ).encode()


def hostile_html(size: int = 4_800_000) -> bytes:
    return b"<html><body>" + b"<p>a</p>" * (size // 8) + b"</body></html>"


def _pdf(page_streams: list[bytes], repeat: int = 1) -> bytes:
    """A PDF whose pages draw ``page_streams``; ``repeat`` pages share each stream object."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    resources = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    for data in page_streams:
        stream = DecodedStreamObject()
        stream.set_data(data)
        ref = writer._add_object(stream)
        for _ in range(repeat):
            page = writer.add_blank_page(612, 792)
            page[NameObject("/Contents")] = ref
            page[NameObject("/Resources")] = resources
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _text_stream(lines: list[str]) -> bytes:
    body = " T* ".join("(" + line.replace("(", "").replace(")", "") + ") Tj" for line in lines)
    return f"BT /F1 10 Tf 12 TL 40 760 Td {body} ET".encode("latin-1")


def normal_pdf(pages: int = 250) -> bytes:
    lines = sentences(pages * 55, seed=11)
    return _pdf([_text_stream(lines[i * 55 : (i + 1) * 55]) for i in range(pages)])


def hostile_pdf(pages: int = 20_000) -> bytes:
    return _pdf([_text_stream(sentences(55, seed=3))], repeat=pages)


# ---------------------------------------------------------------------------- /proc sampling


def _status(pid: int) -> dict[str, int]:
    values = {}
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "VmHWM", "VmPeak"):
                    values[key] = int(rest.split()[0]) * 1024
    except OSError:
        pass
    return values


def descendants(root: int) -> list[int]:
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    stat = fh.read()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = [], [root]
    while frontier:
        pid = frontier.pop()
        children = [p for p, parent in parents.items() if parent == pid]
        found.extend(children)
        frontier.extend(children)
    return found


class Sampler:
    """Peak RSS of this process's descendants, sampled in a thread while a case runs."""

    def __init__(self) -> None:
        self.worker_peak = 0
        self.worker_vm_peak = 0
        self.tree_peak = 0
        self._stop = False

    def run(self) -> None:
        me = os.getpid()
        while not self._stop:
            total = 0
            for pid in descendants(me):
                status = _status(pid)
                total += status.get("VmRSS", 0)
                self.worker_peak = max(self.worker_peak, status.get("VmHWM", 0))
                self.worker_vm_peak = max(self.worker_vm_peak, status.get("VmPeak", 0))
            self.tree_peak = max(self.tree_peak, total)
            time.sleep(SAMPLE_SECONDS)

    def stop(self) -> None:
        self._stop = True


# ---------------------------------------------------------------------------- cases


async def run_case(service, documents: list[tuple[str, bytes]]) -> tuple[str, float, Sampler]:
    from bot.models import Attachment, Scope

    sampler = Sampler()
    thread = asyncio.get_running_loop().run_in_executor(None, sampler.run)
    started = time.monotonic()
    results = await asyncio.gather(
        *(
            service.summarize(
                Scope(guild_id=1, channel_id=1 + i),
                attachment=Attachment(filename=name, data=data),
                requester_id=100 + i,
                store=False,
            )
            for i, (name, data) in enumerate(documents)
        ),
        return_exceptions=True,
    )
    elapsed = time.monotonic() - started
    sampler.stop()
    await thread
    outcome = ", ".join(
        "ok" if not isinstance(r, BaseException) else type(r).__name__ for r in results
    )
    return outcome, elapsed, sampler


def _self_rss() -> int:
    return _status(os.getpid()).get("VmRSS", 0)


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--memory-mb", help="WORKER_MEMORY_MB for this run (default: the setting)")
    parser.add_argument("--workers", help="WORKERS for this run (default: the setting)")
    parser.add_argument("--only", help="run only cases whose name contains this")
    args = parser.parse_args()

    from bot.config import Settings
    from bot.service import Service

    tmp = tempfile.mkdtemp(prefix="worker-rss-")
    env = {"DATABASE_PATH": str(Path(tmp) / "history.db")}
    for key, value in (("WORKER_MEMORY_MB", args.memory_mb), ("WORKERS", args.workers)):
        if value:
            env[key] = value
    settings = Settings.from_env(env, dotenv=False)
    import bot

    print(f"code: {Path(bot.__file__).resolve().parent.parent}")
    print(
        f"workers {settings.workers}, WORKER_MEMORY_MB {settings.worker_memory_mb}, "
        f"EXTRACT_TIMEOUT {settings.extract_timeout:g} s, JOB_TIMEOUT {settings.job_timeout:g} s"
    )
    page_flood, shared_pdf = ("p-flood.html", hostile_html()), ("shared.pdf", hostile_pdf())
    cases = [
        ("normal: 1 MB article page", [("article.html", normal_html(1_000_000))]),
        ("normal: 1 MB plain text", [("article.txt", article_text(1_000_000).encode())]),
        ("normal: 250-page PDF", [("report.pdf", normal_pdf())]),
        ("hostile: 4.8 MB of <p>a</p>", [page_flood]),
        ("hostile: 20,000-page PDF, one stream", [shared_pdf]),
        ("hostile: both at once", [page_flood, shared_pdf]),
    ]
    if args.only:
        cases = [c for c in cases if args.only in c[0]]
    mib = 1024 * 1024
    print(f"{'case':42} {'outcome':32} {'s':>6} {'worker MB':>10} {'tree MB':>8} {'VM MB':>6}")
    for name, documents in cases:
        sizes = "+".join(f"{len(d) / 1e6:.1f}" for _, d in documents)
        async with await Service.create(settings) as service:  # fresh workers: a fresh VmHWM
            outcome, elapsed, sampler = await run_case(service, documents)
        print(
            f"{name + f' ({sizes} MB)':42} {outcome:32} {elapsed:6.1f} "
            f"{sampler.worker_peak / mib:10.0f} {sampler.tree_peak / mib:8.0f} "
            f"{sampler.worker_vm_peak / mib:6.0f}",
            flush=True,
        )
    print(f"parent process RSS at the end: {_self_rss() / mib:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
